package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankLoader;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.session.Settings;
import grayarea.session.SettingsStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

/**
 * The result page says how its headline came about (#17), in the smallest window, answered by
 * keyboard only: too few answers give no band, a band rule that raised the band is explained, a
 * context answer is shown, a "not sure" step is chosen like any other, and a safety question left
 * unanswered is noted gently without naming it. Bank: src/test/resources/ui/result-steps-bank.json.
 */
class ResultStepsTest extends UiTest {

    private static final Path BANK_FILE = Path.of("src/test/resources/ui/result-steps-bank.json");

    @Override
    protected boolean eachTestOpensTheWindow() {
        return true;
    }

    @Override
    protected Optional<Path> bankArgument() {
        return Optional.of(BANK_FILE);
    }

    /** Answers kept on this computer, text at that size. */
    private void keptAt(int textSize) throws Exception {
        new SettingsStore(dataFolder)
                .save(Settings.FIRST_RUN.withStorage(Settings.Storage.KEEP).withTextSize(textSize));
    }

    /** Takes the quiz by keyboard with these answers ("-" or a question not named: declined). */
    private void answer(QuestionBank bank, Map<String, String> answers) {
        keepProgressIfAsked();
        scrollAndClick("#start");
        new QuizDriver(
                        this,
                        bank,
                        null,
                        (Question q) -> {
                            String id = answers.getOrDefault(q.id(), "-");
                            return id.equals("-")
                                    ? Answer.declined()
                                    : Answer.answered(new AnswerValue.Choice(id));
                        })
                .answerAllByKeyboard(null);
        type(KeyCode.ENTER); // the review: on to the result
    }

    private List<String> lines(String box) {
        return lookup(box).queryAs(VBox.class).getChildren().stream()
                .filter(Label.class::isInstance)
                .map(n -> ((Label) n).getText())
                .toList();
    }

    private void scrollTo(String id) {
        Node node = lookup(id).query();
        scrollIntoView(node);
    }

    @Test
    void aBandRuleThatRaisedTheBandIsExplainedAndNotSureIsChosenByKeyboard() throws Exception {
        open(() -> keptAt(100), SMALLEST);
        QuestionBank bank = BankLoader.load(BANK_FILE);
        keepProgressIfAsked();
        scrollAndClick("#start");
        // "I'm not sure" is a step like any other: the fourth, so key 4 picks it
        QuizDriver driver =
                new QuizDriver(
                        this,
                        bank,
                        null,
                        (Question q) ->
                                Answer.answered(
                                        new AnswerValue.Choice(
                                                switch (q.id()) {
                                                    case "h-late" -> "often";
                                                    case "h-chores" -> "not-sure";
                                                    case "together-for" -> "under-a-year";
                                                    case "afraid-home" -> "no";
                                                    default -> "never";
                                                })));
        driver.answerAllByKeyboard("result-steps");
        type(KeyCode.ENTER);

        assertThat(lookup("#band").queryAs(Label.class).getText())
                .isEqualTo("What your answers suggest: Worth a talk soon");
        screenshot("result-steps-raised");
        assertThat(lines("#how"))
                .containsExactly(
                        "How this result came about",
                        "3 of 4 questions answered: enough to say.",
                        "1 answered \"not sure\" or \"doesn't apply\", which counts neither way.",
                        "Raised to \"Worth a talk soon\" because one habit comes up often:",
                        "•  We stay up late arguing. — Often",
                        "On its own, the score (Total: 2.67, rounded to 3) falls in \"Some things"
                                + " to talk about\".");
        assertThat(lines("#scores-text")).containsExactly("Total: 3 (1 not sure)");
        scrollTo("#context");
        screenshot("result-steps-raised-context");
        assertThat(lines("#context"))
                .containsExactly(
                        "About your situation",
                        "•  How long have you been together? — Less than a year");
        // the test bank has no reflections and no gut checks: no empty headings for them
        assertThat(lookup("#reflections").tryQuery()).isEmpty();
        assertThat(lookup("#gut-checks").tryQuery()).isEmpty();
        assertThat(lookup("#safety-unanswered").tryQuery()).isEmpty();
        assertThat(allText()).doesNotContain(context.texts().get("result.safetyUnanswered"));
    }

    @Test
    void tooFewAnswersGiveNoBandAndASkippedSafetyQuestionIsNotedWithoutNamingIt() throws Exception {
        // the smallest window at 200 % text: the steps and the note must still read well
        open(() -> keptAt(200), SMALLEST);
        QuestionBank bank = BankLoader.load(BANK_FILE);
        answer(bank, Map.of("h-late", "often", "together-for", "years"));

        assertThat(lookup("#band").queryAs(Label.class).getText())
                .isEqualTo("Not enough answered to say");
        screenshot("result-steps-not-enough-200");
        String page = allText();
        assertThat(page).doesNotContain("What your answers suggest");
        for (var band : bank.primary().bands()) {
            assertThat(page).doesNotContain(band.label().in("en"));
        }
        assertThat(lines("#how"))
                .containsExactly(
                        "How this result came about",
                        "1 of 4 questions answered, and at least 3 are needed: not enough to say.",
                        "Not answered:",
                        "•  A phone comes to the dinner table.",
                        "•  Plans change without a word.",
                        "•  Chores are left for the other one.",
                        "Answers that stand out:",
                        "•  We stay up late arguing. — Often");
        scrollTo("#how");
        screenshot("result-steps-not-enough-how-200");

        scrollTo("#safety-unanswered");
        screenshot("result-steps-safety-unanswered-200");
        assertThat(lookup("#safety-unanswered-note").queryAs(Label.class).getText())
                .isEqualTo(
                        "Not every question about your safety was answered, and that is"
                                + " completely fine: you choose what to answer. If anything there"
                                + " is on your mind, the help below is there for you.");
        assertThat(lines("#safety-unanswered #resource-lines"))
                .contains(
                        "•  National Domestic Violence Hotline (United States): Call"
                                + " 1-800-799-7233 (800-799-SAFE) — 24/7, free and confidential.")
                .contains(
                        "•  Your local support service (Your region): ask your counsellor for"
                                + " the number");
        // someone may be looking over the person's shoulder: the question is never quoted
        assertThat(page).doesNotContain("afraid at home");
        // the help is shown once, in the note
        assertThat(lookup("#resources").queryAll()).hasSize(1);
        scrollTo("#context");
        assertThat(lines("#context"))
                .contains("•  How long have you been together? — A year or more");
    }

    @Test
    void aFlagThatWithholdsTheBandLeavesTheMessageAndTheHelpAlone() throws Exception {
        open(() -> keptAt(100), SMALLEST);
        QuestionBank bank = BankLoader.load(BANK_FILE);
        answer(
                bank,
                Map.of(
                        "h-late", "often",
                        "h-phone", "often",
                        "h-plans", "often",
                        "h-chores", "often",
                        "together-for", "years",
                        "afraid-home", "yes"));

        screenshot("result-steps-withheld");
        assertThat(lookup("#safety").tryQuery()).isPresent();
        assertThat(lookup("#band").queryAs(Label.class).getText())
                .startsWith("No band is shown for these answers");
        String page = allText();
        assertThat(page)
                .contains("You said you sometimes feel afraid at home. You deserve to feel safe.")
                .contains("National Domestic Violence Hotline")
                .doesNotContain("What your answers suggest");
        for (var band : bank.primary().bands()) {
            assertThat(page).doesNotContain(band.label().in("en"));
        }
        for (String part : List.of("#how", "#scores-text", "#why", "#context")) {
            assertThat(lookup(part).tryQuery()).as(part).isEmpty();
        }
    }
}
