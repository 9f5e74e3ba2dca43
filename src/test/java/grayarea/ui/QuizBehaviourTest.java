package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankLoader;
import grayarea.bank.Option;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.session.SessionStore;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The wizard's rules, driven through the window: required questions, conditions, going back,
 * safety.
 */
class QuizBehaviourTest extends UiTest {

    private static final QuestionBank BANK = BankLoader.loadDefault();

    @Test
    void aRequiredQuestionStopsNextNamesItAndTakesTheFocus() {
        keepProgressIfAsked();
        scrollAndClick("#start-partner");
        type(KeyCode.DIGIT2); // first question answered
        type(KeyCode.ENTER); // the second is required and unanswered
        Label error = lookup("#error-freq-disguised-contact").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        String question =
                BANK.question("freq-disguised-contact").orElseThrow().textFor("partner").in("en");
        assertThat(error.getText())
                .isEqualTo(
                        "Please answer \""
                                + question
                                + "\" before going on,"
                                + " or choose \"Prefer not to say\".");
        assertThat(lookup("#step-label").queryAs(Label.class).getText()).isEqualTo("Step 1 of 9");
        Node focus = focused();
        assertThat(
                        QuizDriver.inQuestion(
                                focus, BANK.question("freq-disguised-contact").orElseThrow()))
                .isTrue();
        assertThat(focus.getAccessibleText()).isEqualTo("Never. " + error.getText());
        screenshot("required-question");

        type(KeyCode.DIGIT0); // prefer not to say is an answer
        assertThat(error.isVisible()).isFalse();
        assertThat(focused().getAccessibleText()).isEqualTo("Prefer not to say");
    }

    @Test
    void everyControlSpeaksWhatIsWrittenOnIt() {
        keepProgressIfAsked();
        scrollAndClick("#start-partner");
        for (Node node : lookup(".answer-toggle").queryAll()) {
            ToggleButton toggle = (ToggleButton) node;
            assertThat(toggle.getAccessibleText()).isEqualTo(toggle.getText());
            assertThat(toggle.getAccessibleHelp()).doesNotContain("freq-").isNotBlank();
        }
        assertThat(lookup("#quick-exit").queryAs(Button.class).getText()).isEqualTo("Quick exit");
    }

    @Test
    void conditionalQuestionsAppearAndDisappearAsAnswersChange() {
        keepProgressIfAsked();
        scrollAndClick("#start-partner");
        answerStepOne();
        type(KeyCode.ENTER); // step 2, the safety questions: all optional
        type(KeyCode.ENTER);
        Node defensive = lookup("#q-raising-defensive").query();
        assertThat(defensive.isVisible()).isFalse();
        type(KeyCode.DIGIT1); // "Have you raised any of this?" yes
        assertThat(defensive.isVisible()).isTrue();
        screenshot("conditional-shown");
        type(KeyCode.DIGIT2); // no
        assertThat(defensive.isVisible()).isFalse();
    }

    @Test
    void goingBackKeepsAnswersAndChangingOneChangesTheResult() {
        keepProgressIfAsked();
        scrollAndClick("#start-partner");
        QuizDriver driver =
                new QuizDriver(this, BANK, "partner", q -> low(q)).straightToEachQuestion();
        driver.answerAllByKeyboard(null);
        type(KeyCode.ENTER);
        String before = lookup("#band").queryAs(Label.class).getText();

        scrollAndClick("#back-to-answers");
        assertThat(lookup("#step-label").queryAs(Label.class).getText()).isEqualTo("Your answers");
        scrollAndClick("#review-partner-freq-social-media-focus");
        assertThat(lookup("#step-label").queryAs(Label.class).getText()).isEqualTo("Step 1 of 9");
        // the earlier answers are still there
        assertThat(selected("freq-flirty-messages")).isEqualTo("Never");
        assertThat(
                        QuizDriver.inQuestion(
                                focused(), BANK.question("freq-social-media-focus").orElseThrow()))
                .isTrue();
        type(KeyCode.DIGIT4); // "often" instead of "never"
        for (String id :
                new String[] {
                    "freq-flirty-messages",
                    "freq-disguised-contact",
                    "freq-hidden-messages",
                    "freq-comparing"
                }) {
            clickOnAnswer(id, "Often");
        }
        for (int i = 0; i < 10; i++) {
            type(KeyCode.ENTER); // on through the nine steps and the review, to the result
        }
        String after = lookup("#band").queryAs(Label.class).getText();
        assertThat(after).isNotEqualTo(before);
        assertThat(before).endsWith("Few signs of concern");
    }

    @Test
    void aRaisedSafetyFlagPutsHelpFirstAndOffersToDeleteTheSession() throws Exception {
        keepProgressIfAsked();
        scrollAndClick("#start-partner");
        QuizDriver driver =
                new QuizDriver(
                                this,
                                BANK,
                                "partner",
                                q ->
                                        q.id().equals("safety-afraid")
                                                ? Answer.answered(new AnswerValue.Choice("yes"))
                                                : low(q))
                        .straightToEachQuestion();
        driver.answerAllByKeyboard(null);
        type(KeyCode.ENTER);
        screenshot("result-safety");
        Node safety = lookup("#safety").query();
        Node band = lookup("#band").query();
        var page = safety.getParent().getChildrenUnmodifiable();
        assertThat(page.indexOf(safety)).isLessThan(page.indexOf(band));
        String text = texts(safety);
        assertThat(text)
                .contains(
                        "National Domestic Violence Hotline: call 1-800-799-7233 (800-799-SAFE);"
                                + " TTY 1-800-787-3224; text START to 88788; chat at thehotline.org");
        assertThat(text).contains(BANK.flag("safety-fear").orElseThrow().message().in("en"));
        assertThat(focused().getId())
                .as("the page, help at its top; not the delete")
                .isEqualTo("result");
        assertThat(Files.exists(dataFolder.resolve(SessionStore.FILE))).isTrue();

        interact(() -> lookup("#delete-session").query().requestFocus());
        type(KeyCode.SPACE); // delete this session now: asks first (OneKeypressTest)
        type(KeyCode.TAB, KeyCode.SPACE);
        assertThat(Files.exists(dataFolder.resolve(SessionStore.FILE))).isFalse();
        assertThat(lookup("#welcome-message").queryAs(Label.class).getText())
                .isEqualTo("This session was deleted from this computer.");
        assertThat(lookup("#resume").query().isVisible()).isFalse();
    }

    /** The least-concern answer to each question, never declined. */
    static Answer low(Question q) {
        return switch (q.type()) {
            case SCALE -> {
                // reversed items score low on their highest step; a step that sets the answer
                // aside ("not sure", "doesn't apply") is no position on the scale
                List<Option> steps = q.options().stream().filter(o -> !o.setsAside()).toList();
                boolean reversed =
                        steps.get(0).score("concern")
                                > steps.get(steps.size() - 1).score("concern");
                yield Answer.answered(
                        new AnswerValue.Choice(steps.get(reversed ? steps.size() - 1 : 0).id()));
            }
            case YES_NO ->
                    Answer.answered(
                            new AnswerValue.Choice(
                                    !q.option("yes").orElseThrow().raises().isEmpty()
                                                    || q.option("yes")
                                                                    .orElseThrow()
                                                                    .score("concern")
                                                            > q.option("no")
                                                                    .orElseThrow()
                                                                    .score("concern")
                                            ? "no"
                                            : "yes"));
            case SINGLE -> Answer.answered(new AnswerValue.Choice(q.options().get(0).id()));
            case CHECKLIST ->
                    Answer.answered(
                            new AnswerValue.Choices(
                                    q.options().stream().map(o -> o.id()).toList()));
            case TEXT -> Answer.answered(new AnswerValue.FreeText("ok"));
            case BOUNDARY ->
                    Answer.answered(
                            new AnswerValue.BoundaryRating(
                                    AnswerValue.Rating.FINE, AnswerValue.Rating.FINE));
        };
    }

    private void answerStepOne() {
        for (int i = 0; i < 5; i++) {
            type(KeyCode.DIGIT1);
            type(KeyCode.TAB);
        }
    }

    private String selected(String questionId) {
        return from(lookup("#q-" + questionId).<Node>query())
                .lookup(".answer-toggle")
                .queryAll()
                .stream()
                .map(n -> (ToggleButton) n)
                .filter(ToggleButton::isSelected)
                .map(ToggleButton::getText)
                .findFirst()
                .orElse(null);
    }

    private void clickOnAnswer(String questionId, String label) {
        Node toggle =
                from(lookup("#q-" + questionId).<Node>query())
                        .lookup(".answer-toggle")
                        .queryAll()
                        .stream()
                        .filter(n -> label.equals(((ToggleButton) n).getText()))
                        .findFirst()
                        .orElseThrow();
        scrollIntoView(toggle);
        clickOn(toggle);
    }

    private static String texts(Node root) {
        StringBuilder out = new StringBuilder();
        Stream.of(root).forEach(n -> collect(n, out));
        return out.toString();
    }

    private static void collect(Node node, StringBuilder out) {
        if (node instanceof Labeled labeled) {
            out.append(labeled.getText()).append('\n');
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
