package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankLoader;
import grayarea.bank.QuestionBank;
import grayarea.session.CoupleStore;
import grayarea.session.SessionStore;
import grayarea.session.SettingsStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost by one keypress (issue 15, docs/decisions/0021), driven by keyboard: the key that
 * used to delete, replace or start writing no longer does; the choice that does asks first, in the
 * page, naming what is lost, with the safe choice focused (Enter takes it, Escape takes it too);
 * and a first run writes nothing before the person has chosen how to keep answers. Every screen's
 * first focus: AccessibilityTest.
 */
class OneKeypressTest extends UiTest {

    private static final QuestionBank BANK = BankLoader.loadDefault();

    @Override
    protected boolean eachTestOpensTheWindow() {
        return true;
    }

    /** A quiz about a partner answered up to the review, as planned. */
    private void anAnsweredQuiz() throws IOException {
        prepareAnsweredSession(BANK, "partner", SoloQuizTest::planned);
    }

    /** A quiz about a partner answered up to the review, the safety question answered yes. */
    private void anAnsweredQuizWithTheSafetyFlag() throws IOException {
        prepareAnsweredSession(
                BANK,
                "partner",
                q ->
                        q.id().equals("safety-afraid")
                                ? Answer.answered(new AnswerValue.Choice("yes"))
                                : QuizBehaviourTest.low(q));
    }

    /** Nothing kept yet: a first run. */
    private static void firstRun() {}

    private Path session() {
        return dataFolder.resolve(SessionStore.FILE);
    }

    /** From the welcome page: Resume (focused) opens the review, Enter there the result. */
    private void resumeToTheResult() {
        assertThat(focused().getId()).isEqualTo("resume-button");
        type(KeyCode.SPACE);
        type(KeyCode.ENTER);
        assertThat(lookup("#band").tryQuery()).as("the result").isPresent();
    }

    private void focusOn(String query) {
        interact(() -> lookup(query).query().requestFocus());
        assertThat(focused().getId()).isEqualTo(query.substring(1));
    }

    private boolean showing(String query) {
        return lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private static boolean marked(Node node) {
        return node != null
                && (node.getStyleClass().contains("destructive")
                        || node.getStyleClass().contains("shares"));
    }

    @Test
    void theSafetyResultOpensOnThePageAndDeletesOnlyAfterAskingWithNotNowFocused()
            throws Exception {
        open(this::anAnsweredQuizWithTheSafetyFlag);
        resumeToTheResult();
        assertThat(lookup("#safety").tryQuery()).isPresent();
        assertThat(focused().getId()).as("the page itself, help at its top").isEqualTo("result");
        assertThat(marked(focused())).isFalse();
        type(KeyCode.ENTER); // on main this deleted the session at once
        assertThat(session()).exists();
        assertThat(lookup("#safety").tryQuery()).isPresent();

        clickOn("#settings"); // and back: the focus is on the page again
        scrollAndClick("#settings-done");
        assertThat(focused().getId()).isEqualTo("result");
        type(KeyCode.ENTER);
        assertThat(session()).exists();

        focusOn("#delete-session");
        type(KeyCode.ENTER);
        assertThat(showing("#confirm-delete")).isTrue();
        assertThat(text("#confirm-delete-title")).isEqualTo("Delete this session now?");
        assertThat(text("#confirm-delete-detail"))
                .isEqualTo(
                        "Your answers, your notes and this result will be deleted"
                                + " from this computer, and cannot be brought back. Anything you saved or printed elsewhere stays where it is.");
        assertThat(focused().getId()).as("the safe choice").isEqualTo("confirm-delete-keep");
        type(KeyCode.ENTER); // Not now, keep it
        assertThat(showing("#confirm-delete")).isFalse();
        assertThat(focused().getId()).isEqualTo("delete-session");
        assertThat(session()).exists();

        type(KeyCode.ENTER, KeyCode.ESCAPE); // Escape is the safe choice too
        assertThat(showing("#confirm-delete")).isFalse();
        assertThat(session()).exists();

        type(KeyCode.ENTER, KeyCode.TAB);
        assertThat(focused().getId()).isEqualTo("confirm-delete-yes");
        type(KeyCode.ENTER); // Yes, delete it now
        assertThat(session()).doesNotExist();
        assertThat(text("#welcome-message"))
                .isEqualTo("This session was deleted from this computer.");
    }

    @Test
    void startingOverAsksFirstAndNamesWhatIsLost() throws Exception {
        open(this::anAnsweredQuiz);
        resumeToTheResult();
        assertThat(marked(focused())).isFalse();
        byte[] before = Files.readAllBytes(session());
        focusOn("#start-over");
        type(KeyCode.ENTER); // on main this deleted the session at once
        assertThat(session()).exists();
        assertThat(showing("#confirm-start-over")).isTrue();
        assertThat(text("#confirm-start-over-title"))
                .isEqualTo("Start over and delete these answers?");
        assertThat(text("#confirm-start-over-detail"))
                .isEqualTo(
                        "Your answers, your notes and this result will be"
                                + " deleted from this computer. To keep them, save or print the result first.");
        assertThat(focused().getId()).isEqualTo("confirm-start-over-keep");
        type(KeyCode.ESCAPE);
        assertThat(showing("#confirm-start-over")).isFalse();
        assertThat(focused().getId()).isEqualTo("start-over");
        assertThat(lookup("#band").tryQuery()).isPresent();
        assertThat(Files.readAllBytes(session())).isEqualTo(before);

        type(KeyCode.ENTER, KeyCode.TAB, KeyCode.ENTER); // Delete them and start over
        assertThat(lookup("#choices").tryQuery()).isPresent();
        assertThat(session()).doesNotExist();
    }

    @Test
    void aNewQuizWhileResumeIsShowingAsksBeforeReplacingTheSavedOne() throws Exception {
        open(this::anAnsweredQuiz);
        byte[] before = Files.readAllBytes(session());
        assertThat(focused().getId()).isEqualTo("resume-button");
        focusOn("#start-self");
        type(KeyCode.ENTER); // on main this replaced the saved run at once
        assertThat(Files.readAllBytes(session())).isEqualTo(before);
        assertThat(lookup("#step-label").tryQuery()).as("no new quiz yet").isEmpty();
        assertThat(showing("#confirm-replace")).isTrue();
        assertThat(text("#confirm-replace-title"))
                .isEqualTo("Start anew and delete your saved answers?");
        assertThat(text("#confirm-replace-detail"))
                .startsWith("Starting a new session deletes the answers you saved on ")
                .endsWith(
                        ", with any notes, and they cannot be brought back. To go on with them instead, choose Resume.");
        assertThat(focused().getId()).isEqualTo("confirm-replace-keep");
        type(KeyCode.ENTER); // Keep my saved answers
        assertThat(showing("#confirm-replace")).isFalse();
        assertThat(focused().getId()).isEqualTo("start-self");
        assertThat(Files.readAllBytes(session())).isEqualTo(before);

        focusOn("#discard-button"); // discarding asks too
        type(KeyCode.ENTER);
        assertThat(showing("#confirm-discard")).isTrue();
        assertThat(text("#confirm-discard-title")).isEqualTo("Discard your saved answers?");
        assertThat(text("#confirm-discard-detail"))
                .startsWith("The answers you saved on ")
                .endsWith(
                        ", with any notes, will be deleted from this computer and cannot be brought back.");
        assertThat(focused().getId()).isEqualTo("confirm-discard-keep");
        type(KeyCode.ESCAPE);
        assertThat(showing("#confirm-discard")).isFalse();
        assertThat(Files.readAllBytes(session())).isEqualTo(before);

        focusOn("#start-self");
        type(KeyCode.ENTER, KeyCode.TAB, KeyCode.ENTER); // Delete them and start anew
        assertThat(text("#step-label")).isEqualTo("Step 1 of 9");
        assertThat(
                        !Files.exists(session())
                                || !Arrays.equals(Files.readAllBytes(session()), before))
                .as("the saved run is gone")
                .isTrue();
    }

    @Test
    void aHandOutCardWhileResumeIsShowingAsksBeforeReplacingTheSavedOne() throws Exception {
        open(
                () -> {
                    anAnsweredQuiz();
                    ScreenTour.prepareHandOut(
                            this, "en", 100, true); // cliente.grayarea in the data folder
                });
        byte[] before = Files.readAllBytes(session());
        filesToPick.add(dataFolder.resolve("cliente.grayarea"));
        scrollAndClick("#open-bank");
        assertThat(lookup("#hand-out").tryQuery()).isPresent();
        assertThat(showing("#resume")).isTrue();
        focusOn("#start-partner"); // the hand-out's one card
        type(KeyCode.ENTER); // on main this replaced the saved run at once
        assertThat(Files.readAllBytes(session())).isEqualTo(before);
        assertThat(text("#confirm-replace-title"))
                .isEqualTo("Start anew and delete your saved answers?");
        assertThat(focused().getId()).isEqualTo("confirm-replace-keep");
        type(KeyCode.ESCAPE);
        assertThat(focused().getId()).isEqualTo("start-partner");
        assertThat(Files.readAllBytes(session())).isEqualTo(before);
        assertThat(lookup("#step-label").tryQuery()).isEmpty();
    }

    @Test
    void aFirstRunWritesNothingUntilHowToKeepAnswersIsChosen() throws Exception {
        open(OneKeypressTest::firstRun);
        assertThat(focused().getId()).as("the first focus is the choice").isEqualTo("storage-keep");
        assertThat(find("#storage-keep", RadioButton.class).isSelected())
                .as("nothing preselected")
                .isFalse();
        assertThat(find("#storage-private", RadioButton.class).isSelected()).isFalse();
        type(KeyCode.ENTER); // on main this started a quiz that wrote at once
        assertThat(dataFolder.resolve(SettingsStore.FILE)).doesNotExist();
        assertThat(session()).doesNotExist();
        assertThat(lookup("#step-label").tryQuery()).isEmpty();
        assertThat(find("#storage-keep", RadioButton.class).isSelected())
                .as("Enter chooses nothing")
                .isFalse();
        assertThat(showing("#storage-needed")).as("it asks for the choice").isTrue();

        focusOn("#start-partner"); // a card before the choice: the choice is asked for
        type(KeyCode.ENTER);
        assertThat(lookup("#step-label").tryQuery()).isEmpty();
        assertThat(showing("#storage-needed")).isTrue();
        assertThat(text("#storage-needed"))
                .isEqualTo(
                        "First, choose how to keep your answers. Nothing is written to this computer until you do.");
        assertThat(focused().getId()).isEqualTo("storage-keep");
        try (var files = Files.list(dataFolder)) {
            assertThat(files).as("nothing written").isEmpty();
        }

        type(KeyCode.SPACE); // Keep my progress on this computer: now chosen
        assertThat(find("#storage-keep", RadioButton.class).isSelected()).isTrue();
        assertThat(showing("#storage-needed")).isFalse();
        type(KeyCode.ENTER); // Enter goes on, to the first card
        assertThat(focused().getId()).isEqualTo("start-partner");
        type(KeyCode.ENTER);
        assertThat(text("#step-label")).isEqualTo("Step 1 of 9");
        assertThat(dataFolder.resolve(SettingsStore.FILE)).exists();
    }

    @Test
    void aCoupleComparisonIsDeletedOnlyAfterAsking() throws Exception {
        open(() -> ScreenTour.prepareCouple(this, "en", 100));
        new ScreenTour(this, screen -> {}).couple(); // to the comparison, both PINs typed
        Path couple = dataFolder.resolve(CoupleStore.FILE);
        assertThat(marked(focused())).isFalse();
        focusOn("#comparison-delete");
        type(KeyCode.ENTER); // on main this deleted both turns at once
        assertThat(couple).exists();
        assertThat(text("#confirm-delete-title")).isEqualTo("Delete this session now?");
        assertThat(text("#confirm-delete-detail"))
                .isEqualTo(
                        "Both turns, their answers and this comparison will be"
                                + " deleted from this computer, and cannot be brought back. Files you saved or exported elsewhere stay"
                                + " where they are.");
        assertThat(focused().getId()).isEqualTo("confirm-delete-keep");
        type(KeyCode.ENTER);
        assertThat(couple).exists();
        assertThat(lookup("#comparison-delete").tryQuery()).isPresent();
        type(KeyCode.ENTER, KeyCode.TAB, KeyCode.ENTER); // Yes, delete it now
        assertThat(couple).doesNotExist();
        assertThat(text("#welcome-message"))
                .isEqualTo("This session was deleted from this computer.");
    }
}
