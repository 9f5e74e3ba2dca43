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
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * With a passphrase set on first run, a typed answer is found nowhere on disk (data folder, temp
 * folder), and the next start shows nothing before the passphrase.
 */
class PassphraseTest extends UiTest {

    private static final QuestionBank BANK = BankLoader.loadDefault();
    /** Made at run time, so that no file (this source, a copy of it in the temp folder) holds it beforehand. */
    private static final String CANARY = "canary-" + java.util.UUID.randomUUID();

    private static Answer plan(Question question) {
        return question.type() == QuestionType.TEXT ? Answer.answered(new AnswerValue.FreeText(CANARY))
                : SoloQuizTest.planned(question);
    }

    @Test
    void withAPassphraseATypedAnswerIsNowhereOnDiskAndTheNextStartAsksFirst() throws Exception {
        Instant started = Instant.now().minusSeconds(1);
        keepProgressIfAsked();                          // the passphrase is offered with keeping progress
        scrollAndClick("#protect-with-passphrase");
        assertThat(lookup("#passphrase-warning").queryAs(Label.class).getText())
                .startsWith("If you forget the passphrase, what is saved is gone.");
        assertThat(focused().getId()).isEqualTo("passphrase");
        write("short");
        type(KeyCode.ENTER);
        assertThat(lookup("#passphrase-problem").queryAs(Label.class).getText())
                .isEqualTo("The passphrase needs at least 8 characters.");
        assertThat(focused().getAccessibleText()).isEqualTo("Passphrase. The passphrase needs at least 8 characters.");
        write("plum kettle river");
        clickOn("#passphrase-again").write("plum kettle rover");
        type(KeyCode.ENTER);
        assertThat(focused().getId()).isEqualTo("passphrase-again");
        screenshot("passphrase-problem");
        clickOn("#passphrase").write("plum kettle river");
        clickOn("#passphrase-again").write("plum kettle river");
        type(KeyCode.ENTER);
        assertThat(dataFolder.resolve(Vault.CHECK_FILE)).exists();
        assertThat(lookup("#protect-with-passphrase").tryQuery()).as("back on the welcome page, protected").isEmpty();

        scrollAndClick("#start-partner");
        new QuizDriver(this, BANK, "partner", PassphraseTest::plan).answerAllByKeyboard(null);
        assertThat(filesHolding(dataFolder, started)).as("data folder").isEmpty();
        assertThat(filesHolding(Path.of(System.getProperty("java.io.tmpdir")), started)).as("temp folder").isEmpty();

        restart();
        assertThat(lookup("#vault-passphrase").tryQuery()).as("locked before anything kept is shown").isPresent();
        assertThat(lookup("#resume-button").tryQuery()).isEmpty();
        screenshot("passphrase-unlock");
        write("plum kettle rover");
        type(KeyCode.ENTER);
        assertThat(lookup("#vault-problem").queryAs(Label.class).getText()).startsWith("That passphrase does not open");
        write("plum kettle river");
        type(KeyCode.ENTER);
        assertThat(lookup("#resume-button").tryQuery()).as("unlocked: the saved quiz is offered").isPresent();
    }

    /** The files under the folder, changed since the test began, that hold the canary in UTF-8 or UTF-16. */
    private static List<Path> filesHolding(Path folder, Instant since) throws IOException {
        byte[][] needles = {CANARY.getBytes(StandardCharsets.UTF_8), CANARY.getBytes(StandardCharsets.UTF_16LE),
            CANARY.getBytes(StandardCharsets.UTF_16BE)};
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).filter(f -> changedSince(f, since)).forEach(f -> {
                try {
                    if (Files.size(f) < 20_000_000 && contains(Files.readAllBytes(f), needles)) {
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
