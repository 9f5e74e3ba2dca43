package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.BankLoader;
import grayarea.bank.QuestionBank;
import grayarea.session.Settings;
import grayarea.session.SettingsStore;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * With a passphrase set, the app locks by itself after the chosen time away, and nothing answered
 * is lost.
 */
class IdleLockTest extends UiTest {

    private static final QuestionBank BANK = BankLoader.loadDefault();
    private static final String PASSPHRASE = "plum kettle river";

    /** The setting below: two minutes. */
    private static final Duration IDLE = Duration.ofMinutes(2);

    private static final Duration A_SECOND = Duration.ofSeconds(1);

    @Override
    protected void beforeOpen() throws IOException {
        new SettingsStore(dataFolder)
                .save(Settings.FIRST_RUN.withStorage(Settings.Storage.KEEP).withIdleLock(2));
        testVault().set(PASSPHRASE.toCharArray(), List.of());
    }

    @Test
    void awayForTheChosenTimeTheAppLocksAndEverythingAnsweredIsKept() throws Exception {
        write(PASSPHRASE);
        type(KeyCode.ENTER);
        waitForBackgroundWork();
        scrollAndClick("#start-partner");
        QuizDriver quiz = new QuizDriver(this, BANK, "partner", SoloQuizTest::planned);
        quiz.answerPagesByKeyboard(1);
        assertThat(lookup("#vault-passphrase").tryQuery()).as("still open while in use").isEmpty();

        // a second short of two minutes untouched, it stays open; a key starts the count again
        passTime(IDLE.minus(A_SECOND));
        assertThat(lookup("#vault-passphrase").tryQuery())
                .as("still open a second before the time")
                .isEmpty();
        type(KeyCode.TAB);
        passTime(IDLE.minus(A_SECOND));
        assertThat(lookup("#vault-passphrase").tryQuery())
                .as("the key started the count again")
                .isEmpty();

        // nobody touches the window for two minutes: the passphrase is asked, and nothing of the
        // quiz shows
        passTime(A_SECOND);
        assertThat(lookup("#vault-passphrase").tryQuery())
                .as("locked after two minutes untouched")
                .isPresent();
        screenshot("idle-locked");
        assertThat(lookup(".question-text").tryQuery()).isEmpty();
        assertThat(lookup((TextArea a) -> true).tryQuery()).isEmpty();

        write(PASSPHRASE);
        type(KeyCode.ENTER);
        waitForBackgroundWork();
        assertThat(lookup("#resume-button").tryQuery()).as("the saved quiz is offered").isPresent();
        clickOn("#resume-button");
        assertThat(lookup("#step-label").queryAs(Label.class).getText()).startsWith("Step 2 of");

        // the choice in Settings: "Never" is remembered
        clickOn("#settings");
        RadioButton two = lookup("#idle-2").queryAs(RadioButton.class);
        assertThat(two.isSelected()).isTrue();
        screenshot("settings-idle-lock");
        interact(() -> lookup("#idle-0").queryAs(RadioButton.class).setSelected(true));
        assertThat(Files.readString(dataFolder.resolve(SettingsStore.FILE)))
                .contains("\"idleLockMinutes\" : 0");
        passTime(Duration.ofHours(8));
        assertThat(lookup("#vault-passphrase").tryQuery())
                .as("never locks by itself now")
                .isEmpty();
    }

    @Test
    void aTurnForTwoComputersIsKeptNowhereElseSoTheLockReturnsToIt() throws Exception {
        write(PASSPHRASE);
        type(KeyCode.ENTER);
        waitForBackgroundWork();
        scrollAndClick("#couple");
        scrollAndClick("#first-name");
        write("Sam");
        scrollAndClick("#couple-apart");
        new QuizDriver(this, BANK, null, CoupleModeTest::planFirst).answerPagesByKeyboard(1);

        passTime(IDLE);
        assertThat(lookup("#vault-passphrase").tryQuery())
                .as("locked after two minutes untouched")
                .isPresent();
        assertThat(lookup(".question-text").tryQuery()).isEmpty();
        write(PASSPHRASE);
        type(KeyCode.ENTER);
        waitForBackgroundWork();

        assertThat(lookup("#step-label").queryAs(Label.class).getText())
                .as("back on the turn, nothing lost")
                .startsWith("Step 2 of");
    }
}
