package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankLoader;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.QuestionType;
import grayarea.session.Vault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With a passphrase set on first run, a typed answer is found nowhere on disk (data folder, temp
 * folder), and the next start shows nothing before the passphrase.
 */
class PassphraseTest extends UiTest {

    private static final QuestionBank BANK = BankLoader.loadDefault();

    /**
     * Made at run time, so that no file (this source, a copy of it in the temp folder) holds it
     * beforehand.
     */
    private static final String CANARY = "canary-" + UUID.randomUUID();

    private static Answer plan(Question question) {
        return question.type() == QuestionType.TEXT
                ? Answer.answered(new AnswerValue.FreeText(CANARY))
                : SoloQuizTest.planned(question);
    }

    @Test
    void withAPassphraseATypedAnswerIsNowhereOnDiskAndTheNextStartAsksFirst() throws Exception {
        Instant started = Instant.now().minusSeconds(1);
        keepProgressIfAsked(); // the passphrase is offered with keeping progress
        scrollAndClick("#protect-with-passphrase");
        assertThat(lookup("#passphrase-warning").queryAs(Label.class).getText())
                .startsWith("If you forget the passphrase, what is saved is gone.");
        assertThat(focused().getId()).isEqualTo("passphrase");
        write("short");
        type(KeyCode.ENTER);
        assertThat(lookup("#passphrase-problem").queryAs(Label.class).getText())
                .isEqualTo("The passphrase needs at least 8 characters.");
        assertThat(focused().getAccessibleText())
                .isEqualTo("Passphrase. The passphrase needs at least 8 characters.");
        write("plum kettle river");
        clickOn("#passphrase-again").write("plum kettle rover");
        type(KeyCode.ENTER);
        assertThat(focused().getId())
                .as("both fields emptied: typing starts again in the first")
                .isEqualTo("passphrase");
        screenshot("passphrase-problem");
        clickOn("#passphrase").write("plum kettle river");
        clickOn("#passphrase-again").write("plum kettle river");
        type(KeyCode.ENTER);
        waitForBackgroundWork();
        assertThat(dataFolder.resolve(Vault.CHECK_FILE)).exists();
        type(KeyCode.ENTER); // "Your passphrase is set": Go on
        assertThat(lookup("#protect-with-passphrase").tryQuery())
                .as("back on the welcome page, protected")
                .isEmpty();

        scrollAndClick("#start-partner");
        new QuizDriver(this, BANK, "partner", PassphraseTest::plan)
                .straightToEachQuestion()
                .answerAllByKeyboard(null);
        assertThat(filesHolding(dataFolder, started)).as("data folder").isEmpty();
        assertThat(filesHolding(Path.of(System.getProperty("java.io.tmpdir")), started))
                .as("temp folder")
                .isEmpty();

        restart();
        assertThat(lookup("#vault-passphrase").tryQuery())
                .as("locked before anything kept is shown")
                .isPresent();
        assertThat(lookup("#resume-button").tryQuery()).isEmpty();
        screenshot("passphrase-unlock");
        write("plum kettle rover");
        type(KeyCode.ENTER);
        waitForBackgroundWork();
        assertThat(lookup("#vault-problem").queryAs(Label.class).getText())
                .startsWith("That passphrase does not open");
        write("plum kettle river");
        type(KeyCode.ENTER);
        waitForBackgroundWork();
        assertThat(lookup("#resume-button").tryQuery())
                .as("unlocked: the saved quiz is offered")
                .isPresent();
    }

    /**
     * Issue 15, item 6, by keyboard alone: after two different passphrases both fields are empty
     * and typing starts again in the first; once set, a page says in words that protection is on
     * and what it encrypts; "Lock now" then sits in the top bar beside the quick exit (also at
     * 800x600 with 200 % text) and locks the app from the keyboard.
     */
    @Test
    void
            aMismatchStartsAgainInTheFirstFieldAndOnceSetThePageSaysWhatIsEncryptedAndLockNowIsInTheBar()
                    throws Exception {
        assertThat(lookup("#top-lock-now").queryButton().isVisible())
                .as("no passphrase yet: nothing to lock with")
                .isFalse();
        interact(flow::showPassphraseSetup);
        assertThat(focused().getId()).isEqualTo("passphrase");
        write("plum kettle river");
        type(KeyCode.TAB);
        write("plum kettle rover");
        type(KeyCode.ENTER);
        assertThat(lookup("#passphrase-problem").queryAs(Label.class).getText())
                .isEqualTo("The two passphrases are not the same.");
        assertThat(find("#passphrase", PasswordField.class).getText()).isEmpty();
        assertThat(find("#passphrase-again", PasswordField.class).getText()).isEmpty();
        assertThat(focused().getId())
                .as("both fields emptied: typing starts again in the first")
                .isEqualTo("passphrase");
        assertThat(focused().getAccessibleText())
                .isEqualTo("Passphrase. The two passphrases are not the same.");

        write("plum kettle river");
        type(KeyCode.TAB);
        write("plum kettle river");
        type(KeyCode.ENTER);
        waitForBackgroundWork();
        assertThat(dataFolder.resolve(Vault.CHECK_FILE)).exists();
        assertThat(lookup("#passphrase-done-covered").queryAs(Label.class).getText())
                .startsWith("Protection is on.")
                .contains(
                        "now encrypted on this computer: your saved progress, a couple's turns and their comparison, "
                                + "and the results kept here");
        assertThat(lookup("#passphrase-done-plain").queryAs(Label.class).getText())
                .contains("your settings (language, text size, look)");
        assertThat(focused().getId()).isEqualTo("passphrase-done");
        assertThat(lookup("#top-lock-now").queryButton().isVisible()).isTrue();
        screenshot("passphrase-set");

        type(KeyCode.ENTER); // Go on: back to the welcome page
        assertThat(lookup("#protect-with-passphrase").tryQuery()).isEmpty();
        Button lockNow = lookup("#top-lock-now").queryButton();
        assertThat(lockNow.isVisible()).as("Lock now in the top bar on every page").isTrue();
        assertThat(lockNow.getText()).isEqualTo("Lock now");

        // the smallest window, 200 % text: still shown whole, on the quick exit's row
        interact(
                () -> {
                    try {
                        context.updateSettings(context.settings().withTextSize(200));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    stage.setWidth(800);
                    stage.setHeight(600);
                });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds lock = interactReturning(() -> lockNow.localToScene(lockNow.getLayoutBounds()));
        Node quickExit = lookup("#quick-exit").query();
        Bounds exit = interactReturning(() -> quickExit.localToScene(quickExit.getLayoutBounds()));
        double sceneWidth = stage.getScene().getWidth();
        assertThat(lock.getMinX())
                .as("right of the quick exit")
                .isGreaterThanOrEqualTo(exit.getMaxX());
        assertThat(lock.getMaxX()).as("inside the window").isLessThanOrEqualTo(sceneWidth);
        assertThat(lock.getMinY())
                .as("on the quick exit's row")
                .isCloseTo(exit.getMinY(), Offset.offset(1.0));
        assertThat(interactReturning(() -> LayoutCheck.problems(lockNow.getParent()))).isEmpty();
        screenshot("lock-now-200");

        // by keyboard: Tab reaches it, Enter locks
        for (int i = 0; i < 12 && !"top-lock-now".equals(focused().getId()); i++) {
            type(KeyCode.TAB);
        }
        assertThat(focused().getId()).isEqualTo("top-lock-now");
        type(KeyCode.ENTER);
        assertThat(context.vault().isOpen()).isFalse();
        assertThat(lookup("#vault-passphrase").tryQuery())
                .as("locked: the passphrase is asked")
                .isPresent();
        assertThat(lockNow.isVisible()).as("nothing to lock while locked").isFalse();
        write("plum kettle river");
        type(KeyCode.ENTER);
        waitForBackgroundWork();
        assertThat(context.vault().isOpen()).isTrue();
        assertThat(lockNow.isVisible()).isTrue();
    }

    /**
     * The files under the folder, changed since the test began, that hold the canary in UTF-8 or
     * UTF-16.
     */
    private static List<Path> filesHolding(Path folder, Instant since) throws IOException {
        byte[][] needles = {
            CANARY.getBytes(StandardCharsets.UTF_8),
            CANARY.getBytes(StandardCharsets.UTF_16LE),
            CANARY.getBytes(StandardCharsets.UTF_16BE)
        };
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> changedSince(f, since))
                    .forEach(
                            f -> {
                                try {
                                    if (Files.size(f) < 20_000_000
                                            && contains(Files.readAllBytes(f), needles)) {
                                        found.add(f);
                                    }
                                } catch (IOException e) {
                                    // a file another test removed meanwhile
                                }
                            });
        } catch (UncheckedIOException e) {
            // a folder another test removed while it was walked
        }
        return found;
    }

    private static boolean changedSince(Path file, Instant since) {
        try {
            return Files.getLastModifiedTime(file).compareTo(FileTime.from(since)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean contains(byte[] haystack, byte[][] needles) {
        for (byte[] needle : needles) {
            outer:
            for (int i = 0; i + needle.length <= haystack.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (haystack[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
