package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.BankLoader;
import grayarea.bank.QuestionBank;
import grayarea.session.Settings;
import grayarea.session.SettingsStore;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** With a passphrase set, the app locks by itself after the chosen time away, and nothing answered is lost. */
class IdleLockTest extends UiTest {

    private static final QuestionBank BANK = BankLoader.loadDefault();
    private static final String PASSPHRASE = "plum kettle river";
    /** A "minute" of the setting lasts this long here; the setting below is 2 of them. */
    private static final Duration MINUTE = Duration.ofMillis(1_500);

    @Override
    protected Duration idleMinute() {
        return MINUTE;
    }

    @Override
    protected void beforeOpen() throws java.io.IOException {
        new SettingsStore(dataFolder).save(Settings.FIRST_RUN.withStorage(Settings.Storage.KEEP).withIdleLock(2));
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

        // nobody touches the window: after two "minutes" the passphrase is asked, and nothing of the quiz shows
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#vault-passphrase").tryQuery().isPresent());
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
        assertThat(Files.readString(dataFolder.resolve(SettingsStore.FILE))).contains("\"idleLockMinutes\" : 0");
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

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#vault-passphrase").tryQuery().isPresent());
        assertThat(lookup(".question-text").tryQuery()).isEmpty();
        write(PASSPHRASE);
        type(KeyCode.ENTER);
        waitForBackgroundWork();

        assertThat(lookup("#step-label").queryAs(Label.class).getText()).as("back on the turn, nothing lost")
                .startsWith("Step 2 of");
    }
}
