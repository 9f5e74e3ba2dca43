package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankLoader;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.QuestionType;
import grayarea.bank.Sharing;
import grayarea.scoring.Result;
import grayarea.scoring.ScoringEngine;
import grayarea.session.ResultFile;
import grayarea.session.SavedFiles;
import grayarea.session.SessionStore;
import grayarea.session.SoloSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Whole solo runs through the real window: by keyboard and by mouse, from both perspectives. */
class SoloQuizTest extends UiTest {

    private static final QuestionBank BANK = BankLoader.loadDefault();

    /** A plan of answers that raises no safety flag and shows the conditional questions. */
    static Answer planned(Question question) {
        return switch (question.type()) {
            case YES_NO ->
                    Answer.answered(
                            new AnswerValue.Choice(
                                    question.id().startsWith("safety")
                                                    || question.id().startsWith("gut")
                                            ? "no"
                                            : "yes"));
            case SCALE, SINGLE -> {
                int index = Math.floorMod(question.id().hashCode(), question.options().size());
                yield Answer.answered(new AnswerValue.Choice(question.options().get(index).id()));
            }
            case CHECKLIST ->
                    Answer.answered(
                            new AnswerValue.Choices(
                                    List.of(
                                            question.options().get(0).id(),
                                            question.options().get(2).id())));
            case TEXT -> Answer.answered(new AnswerValue.FreeText("¿qué necesito?"));
            case BOUNDARY -> {
                AnswerValue.Rating[] ratings = AnswerValue.Rating.values();
                int h = Math.floorMod(question.id().hashCode(), 9);
                yield Answer.answered(
                        new AnswerValue.BoundaryRating(ratings[h % 3], ratings[h / 3]));
            }
        };
    }

    @Test
    void aWholeRunByKeyboardAboutMyPartner() throws Exception {
        screenshot("welcome");
        keepProgressByKeyboard(); // a first run: how to keep answers comes first
        assertThat(focused().getId()).isEqualTo("start-partner");
        type(KeyCode.ENTER);
        QuizDriver driver = new QuizDriver(this, BANK, "partner", SoloQuizTest::planned);
        driver.answerAllByKeyboard("partner");
        screenshot("review");
        assertThat(lookup("#step-label").queryAs(Label.class).getText()).isEqualTo("Your answers");
        type(KeyCode.ENTER);
        screenshot("result");
        assertResultShown(driver.given(), "partner");
    }

    @Test
    void aWholeRunByKeyboardAboutMyself() throws Exception {
        keepProgressByKeyboard();
        type(KeyCode.TAB);
        assertThat(focused().getId()).isEqualTo("start-self");
        type(KeyCode.ENTER);
        // every question is reached by Tab in the run about a partner; here each is entered
        // directly and answered by its keys, which keeps the suite within its time
        QuizDriver driver =
                new QuizDriver(this, BANK, "self", SoloQuizTest::planned).straightToEachQuestion();
        driver.answerAllByKeyboard("self");
        type(KeyCode.ENTER);
        screenshot("result-self");
        assertResultShown(driver.given(), "self");
        assertThat(driver.given()).containsKey("gut-if-reversed");
    }

    /**
     * With the mouse: every kind of answer on each page (each question type, and "prefer not to
     * say") is clicked the first time it comes there; the same kind again on that page goes by its
     * shortcut key, since clicking it again shows nothing new (every click costs half a second
     * here). Next, and everything else, by mouse.
     */
    @Test
    void aRunByMouseAboutMyPartner() throws Exception {
        keepProgressIfAsked();
        scrollAndClick("#start-partner");
        QuizDriver driver =
                new QuizDriver(this, BANK, "partner", declineSome(SoloQuizTest::planned));
        driver.answerEachKindByMouse();
        clickOn("#next");
        assertResultShown(driver.given(), "partner");
    }

    /** Declines every third optional-or-declinable question, to cover "prefer not to say". */
    private static Function<Question, Answer> declineSome(Function<Question, Answer> plan) {
        return q ->
                q.declinable()
                                && q.type() != QuestionType.TEXT
                                && Math.floorMod(q.id().hashCode(), 3) == 0
                        ? Answer.declined()
                        : plan.apply(q);
    }

    /**
     * The result page shows what the engine makes of exactly the answers given, and the autosave
     * holds them.
     */
    private void assertResultShown(Map<String, Answer> given, String perspective) throws Exception {
        var found = new SessionStore(dataFolder).load();
        assertThat(found).isInstanceOf(SavedFiles.Found.Contents.class);
        AnswerSheet saved = ((SavedFiles.Found.Contents<SoloSession>) found).value().answers();
        given.forEach(
                (id, answer) -> {
                    String part = BANK.question(id).orElseThrow().partFor(perspective);
                    assertThat(saved.part(part).get(id)).as(id).isEqualTo(answer);
                });
        Result expected = new ScoringEngine(BANK).score(saved);
        String band =
                BANK.primary().bands().stream()
                        .filter(b -> b.id().equals(expected.headline().orElseThrow().band()))
                        .findFirst()
                        .orElseThrow()
                        .label()
                        .in("en");
        assertThat(lookup("#band").queryAs(Label.class).getText())
                .isEqualTo("What your answers suggest: " + band);
        assertThat(lookup("#safety").tryQuery()).isEmpty();

        Path file = dataFolder.resolve("exported").resolve("my-result.json");
        Files.createDirectories(file.getParent());
        filesToPick.add(file);
        scrollAndClick("#save-result");
        assertThat(lookup("#result-status").queryAs(Label.class).getText())
                .isEqualTo("Saved to " + file + ".");
        assertThat(lastRequest.suggestedName())
                .as("a suggested name that does not name the app (issue 14)")
                .isEqualTo("result.json");
        ResultFile.Contents contents = ResultFile.read(file);
        assertThat(contents.complete()).as("a file that is not sealed").isFalse();
        // an unsealed result file keeps no private answers (result files v2): the saved sheet
        // without them, and the result those answers give (the private ones, such as "your own
        // side of it", shape reflections on screen only)
        AnswerSheet kept = Sharing.withoutPrivate(BANK, saved);
        assertThat(contents.answers().parts()).isEqualTo(kept.parts());
        assertThat(contents.result())
                .isEqualTo(new ScoringEngine(BANK).score(kept).withoutSafetyFlags(BANK));
        // private answers add no concern points: the file's headline is the one shown
        assertThat(contents.result().headline().orElseThrow().band())
                .isEqualTo(expected.headline().orElseThrow().band());
    }
}
