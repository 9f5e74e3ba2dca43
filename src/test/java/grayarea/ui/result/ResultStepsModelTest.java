package grayarea.ui.result;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankLoader;
import grayarea.bank.ProblemsException;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.quiz.Step;
import grayarea.report.TextReport;
import grayarea.session.SessionStore;
import grayarea.ui.quiz.QuizState;
import grayarea.ui.quiz.SoloStore;
import grayarea.ui.toolkit.HelpLines;
import grayarea.ui.toolkit.Texts;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the result page explains its headline (#17), without a window: a small bank with coverage, a
 * band rule, a "not sure" step, rounding, a context question and a safety question
 * (src/test/resources/ui/result-steps-bank.json).
 */
class ResultStepsModelTest {

    static final Path BANK_FILE = Path.of("src/test/resources/ui/result-steps-bank.json");
    private static final QuestionBank BANK = load(BANK_FILE);
    private static final Texts TEXTS = new Texts(Locale.ENGLISH);

    @TempDir Path folder;

    static QuestionBank load(Path file) {
        try {
            return BankLoader.load(file);
        } catch (ProblemsException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    /** The answers by question id ("-" declines); a question not named is declined too. */
    private ResultViewModel answered(Map<String, String> answers) {
        QuizState state =
                new QuizState(
                        BANK, null, (String) null, "en", new SoloStore(new SessionStore(folder)));
        for (Step step : state.steps()) {
            for (Question question : state.questionsOf(step)) {
                String id = answers.getOrDefault(question.id(), "-");
                state.setAnswer(
                        step,
                        question,
                        id.equals("-")
                                ? Answer.declined()
                                : Answer.answered(new AnswerValue.Choice(id)));
            }
        }
        return new ResultViewModel(state, TEXTS);
    }

    private static List<String> steps(ResultViewModel model) {
        return model.howItCameAbout().stream().map(ResultViewModel.Step::text).toList();
    }

    @Test
    void tooFewAnswersGiveNoBandButSayWhatWasLeftAndWhatStandsOut() {
        ResultViewModel model = answered(Map.of("h-late", "often", "together-for", "years"));

        assertThat(model.band()).isEmpty();
        assertThat(model.bandHeadline()).isEqualTo("Not enough answered to say");
        assertThat(model.bandExplanation().orElseThrow())
                .startsWith("Too few of the questions this result rests on were answered");
        assertThat(model.howItCameAbout())
                .containsExactly(
                        new ResultViewModel.Step(
                                "1 of 4 questions answered, and at least 3 are needed: not"
                                        + " enough to say.",
                                List.of()),
                        new ResultViewModel.Step(
                                "Not answered:",
                                List.of(
                                        "A phone comes to the dinner table.",
                                        "Plans change without a word.",
                                        "Chores are left for the other one.")),
                        new ResultViewModel.Step(
                                "Answers that stand out:",
                                List.of("We stay up late arguing. — Often")));
        assertThat(model.context())
                .containsExactly("How long have you been together? — A year or more");
        assertThat(model.safetyUnanswered()).isTrue();
    }

    @Test
    void aBandRuleThatRaisedTheBandIsExplainedWithItsAnswerAndNotSureIsCountedApart() {
        ResultViewModel model =
                answered(
                        Map.of(
                                "h-late", "often",
                                "h-phone", "never",
                                "h-plans", "never",
                                "h-chores", "not-sure",
                                "together-for", "under-a-year",
                                "afraid-home", "no"));

        assertThat(model.bandHeadline()).isEqualTo("What your answers suggest: Worth a talk soon");
        assertThat(model.howItCameAbout())
                .containsExactly(
                        new ResultViewModel.Step(
                                "3 of 4 questions answered: enough to say.", List.of()),
                        new ResultViewModel.Step(
                                "1 answered \"not sure\" or \"doesn't apply\", which counts"
                                        + " neither way.",
                                List.of()),
                        new ResultViewModel.Step(
                                "Raised to \"Worth a talk soon\" because one habit comes up often:",
                                List.of("We stay up late arguing. — Often")),
                        new ResultViewModel.Step(
                                "On its own, the score (Total: 2.67, rounded to 3) falls in"
                                        + " \"Some things to talk about\".",
                                List.of()));
        // 2 from three answers, scaled up over all four items ("not sure" is not a 0): 2 x 4 / 3
        assertThat(model.scores())
                .extracting(ResultViewModel.ScoreLine::value)
                .containsExactly("3 (1 not sure)");
        assertThat(model.context())
                .containsExactly("How long have you been together? — Less than a year");
        assertThat(model.safetyUnanswered()).isFalse();
    }

    @Test
    void aBandRuleThatFiredWithoutRaisingIsListedQuietlyAsAlsoStandingOut() {
        // 2 + 2 + 2 + 0 = 6: the score alone is already "Worth a talk soon"
        ResultViewModel model =
                answered(
                        Map.of(
                                "h-late", "often",
                                "h-phone", "often",
                                "h-plans", "often",
                                "h-chores", "never",
                                "together-for", "years",
                                "afraid-home", "no"));

        assertThat(model.bandHeadline()).isEqualTo("What your answers suggest: Worth a talk soon");
        assertThat(model.howItCameAbout())
                .containsExactly(
                        new ResultViewModel.Step(
                                "4 of 4 questions answered: enough to say.", List.of()),
                        new ResultViewModel.Step(
                                "Also standing out (one habit comes up often):",
                                List.of(
                                        "We stay up late arguing. — Often",
                                        "A phone comes to the dinner table. — Often",
                                        "Plans change without a word. — Often")),
                        new ResultViewModel.Step(
                                "On its own, the score (Total: 6) falls in \"Worth a talk soon\".",
                                List.of()));
    }

    @Test
    void thePageAndTheReportSayHowItCameAboutInTheSameWords() {
        for (String language : List.of("en", "es")) {
            QuizState state =
                    new QuizState(
                            BANK,
                            null,
                            (String) null,
                            language,
                            new SoloStore(new SessionStore(folder.resolve(language))));
            Map<String, String> answers =
                    Map.of(
                            "h-late", "often",
                            "h-phone", "never",
                            "h-plans", "not-sure",
                            "together-for", "years",
                            "afraid-home", "no");
            for (Step step : state.steps()) {
                for (Question question : state.questionsOf(step)) {
                    String id = answers.getOrDefault(question.id(), "-");
                    state.setAnswer(
                            step,
                            question,
                            id.equals("-")
                                    ? Answer.declined()
                                    : Answer.answered(new AnswerValue.Choice(id)));
                }
            }
            ResultViewModel model =
                    new ResultViewModel(state, new Texts(Locale.forLanguageTag(language)));
            String report = new TextReport(BANK, language).render(state.toSheet(), model.result());

            // not enough answered: the count leaves out the answer set aside as "not sure"
            List<ResultViewModel.Step> steps = model.howItCameAbout();
            assertThat(steps).extracting(ResultViewModel.Step::text).hasSize(4);
            StringBuilder expected = new StringBuilder();
            for (ResultViewModel.Step step : steps) {
                expected.append("- ").append(step.text()).append('\n');
                step.answers().forEach(line -> expected.append("  ").append(line).append('\n'));
            }
            assertThat(report).as(language).contains(expected.toString());
        }
        assertThat(steps(answered(Map.of("h-late", "often", "h-plans", "not-sure"))))
                .startsWith(
                        "1 of 4 questions answered, and at least 3 are needed: not enough to"
                                + " say.",
                        "1 answered \"not sure\" or \"doesn't apply\", which counts neither way.");
    }

    @Test
    void aRoundedScoreShowsTheNumberItsBandWasTakenFrom() {
        // 1 + 1 + 0 of three answered, prorated to four items: 2 x 4 / 3 = 2.67, rounded to 3
        ResultViewModel model =
                answered(
                        Map.of(
                                "h-late", "sometimes",
                                "h-phone", "sometimes",
                                "h-plans", "never",
                                "together-for", "years",
                                "afraid-home", "no"));

        assertThat(model.bandHeadline())
                .isEqualTo("What your answers suggest: Some things to talk about");
        assertThat(steps(model))
                .containsExactly(
                        "3 of 4 questions answered: enough to say.",
                        "On its own, the score (Total: 2.67, rounded to 3) falls in \"Some things"
                                + " to talk about\".");
        assertThat(model.scores())
                .extracting(ResultViewModel.ScoreLine::value)
                .containsExactly("3");
    }

    @Test
    void aFlagThatWithholdsTheBandLeavesOnlyItsMessageAndTheHelp() {
        ResultViewModel model =
                answered(
                        Map.of(
                                "h-late", "often",
                                "h-phone", "often",
                                "h-plans", "often",
                                "together-for", "years",
                                "afraid-home", "yes"));

        assertThat(model.safety()).isTrue();
        assertThat(model.band()).isEmpty();
        assertThat(model.bandHeadline()).startsWith("No band is shown for these answers");
        assertThat(model.bandExplanation()).isEmpty();
        assertThat(model.howItCameAbout()).isEmpty();
        assertThat(model.context()).isEmpty();
        assertThat(model.safetyMessages())
                .containsExactly(
                        "You said you sometimes feel afraid at home. You deserve to feel safe.");
    }

    @Test
    void aHelpLineToBeFilledInUsesTheBanksWordsOrNeutralOnes() {
        assertThat(HelpLines.of(BANK, "en", "US"))
                .contains(
                        "Your local support service (Your region): ask your counsellor for the"
                                + " number");
        QuestionBank withoutWords = load(Path.of("src/test/resources/scoring/reports-bank.json"));
        assertThat(HelpLines.of(withoutWords, "en", "US"))
                .contains("Your local service (Your area): details to be added");
    }

    @Test
    void notADiagnosisIsTheAppsNeutralSentenceThenTheBanksOwnClosingWords() {
        assertThat(answered(Map.of()).notDiagnosis())
                .isEqualTo(
                        "This is a reflection aid, not a diagnosis. It gives no verdict on anyone.");
        QuizState state =
                new QuizState(
                        BankLoader.defaultBank(),
                        null,
                        "partner",
                        "en",
                        new SoloStore(new SessionStore(folder)));
        assertThat(new ResultViewModel(state, TEXTS).notDiagnosis())
                .isEqualTo(
                        "This is a reflection aid, not a diagnosis. It gives no verdict on anyone."
                                + " The lines between these results are Gray Area's own choices,"
                                + " not a validated test."
                                + " If something feels off, a calm conversation or a couples"
                                + " therapist can help.");
    }
}
