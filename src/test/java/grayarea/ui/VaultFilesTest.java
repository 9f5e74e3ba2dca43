package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankLoader;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.QuestionType;
import grayarea.session.SessionStore;
import grayarea.session.Settings;
import grayarea.session.SettingsStore;
import grayarea.session.Vault;
import grayarea.session.WaitingRoomStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, items 2 to 4, in the window: a protected folder stays protected when its check file is
 * deleted, a damaged encrypted session is moved aside (and listed in Settings) before the next
 * answer is saved, and a passphrase set later encrypts results and damaged copies too.
 */
class VaultFilesTest extends UiTest {

    private static final QuestionBank BANK = BankLoader.loadDefault();
    private static final String PASSPHRASE = "plum kettle river";

    /** Made at run time, so that no file holds it beforehand. */
    private static final String CANARY = "canary-" + UUID.randomUUID();

    private static Answer plan(Question question) {
        return question.type() == QuestionType.TEXT
                ? Answer.answered(new AnswerValue.FreeText(CANARY))
                : SoloQuizTest.planned(question);
    }

    private Path sessionFile() {
        return dataFolder.resolve(SessionStore.FILE);
    }

    @Override
    protected boolean eachTestOpensTheWindow() {
        return true;
    }

    /** An answered quiz, encrypted under the passphrase. */
    private void anEncryptedSession() throws IOException {
        prepareAnsweredSession(BANK, "partner", VaultFilesTest::plan);
        testVault().set(PASSPHRASE.toCharArray(), List.of(sessionFile()));
    }

    /** An encrypted session whose check file (the passphrase's proof) was deleted. */
    private void anEncryptedSessionWithoutTheCheckFile() throws IOException {
        anEncryptedSession();
        Files.delete(dataFolder.resolve(Vault.CHECK_FILE));
    }

    /** An encrypted session with its last byte flipped. */
    private void aDamagedEncryptedSession() throws IOException {
        anEncryptedSession();
        byte[] bytes = Files.readAllBytes(sessionFile());
        bytes[bytes.length - 1] ^= 0x01;
        Files.write(sessionFile(), bytes);
    }

    /**
     * No passphrase yet; a waiting room's result and a damaged session set aside, both in plain
     * bytes.
     */
    private void plainResultsAndADamagedCopy() throws IOException {
        new SettingsStore(dataFolder).save(Settings.FIRST_RUN.withStorage(Settings.Storage.KEEP));
        Path results = Files.createDirectories(dataFolder.resolve(WaitingRoomStore.RESULTS));
        Files.writeString(
                results.resolve("A1-20261128-1000.json"), "{\"note\":\"" + CANARY + "\"}");
        Files.writeString(
                dataFolder.resolve("session-damaged-20261128-100000.json"),
                "{\"note\":\"" + CANARY);
    }

    @Test
    void withTheCheckFileDeletedTheAppStillAsksForThePassphraseAndSavesEncrypted()
            throws Exception {
        open(this::anEncryptedSessionWithoutTheCheckFile);
        assertThat(lookup("#vault-passphrase").tryQuery())
                .as("locked: the passphrase is asked first")
                .isPresent();
        assertThat(lookup("#resume-button").tryQuery()).isEmpty();
        byte[] before = Files.readAllBytes(sessionFile());
        write(PASSPHRASE);
        type(KeyCode.ENTER);
        waitForBackgroundWork();
        assertThat(dataFolder.resolve(Vault.CHECK_FILE))
                .as("written again once the passphrase is proven")
                .exists();
        assertThat(lookup("#resume-button").tryQuery())
                .as("unlocked: the saved quiz is offered")
                .isPresent();
        interact(() -> lookup("#resume-button").query().requestFocus());
        type(KeyCode.ENTER);
        // on the review page: the next step saves the session again (finished)
        type(KeyCode.ENTER);
        assertThat(lookup("#step-label").tryQuery()).as("on the result page").isEmpty();
        byte[] after = Files.readAllBytes(sessionFile());
        assertThat(after).as("saved again").isNotEqualTo(before);
        assertThat(new String(after, StandardCharsets.ISO_8859_1)).startsWith("GRAYAREA");
        assertThat(filesHoldingCanary()).as("no answer in plain bytes").isEmpty();
    }

    @Test
    void aDamagedEncryptedSessionIsMovedAsideKeptAndListedInSettings() throws Exception {
        open(this::aDamagedEncryptedSession);
        byte[] damaged = Files.readAllBytes(sessionFile());
        write(PASSPHRASE);
        type(KeyCode.ENTER);
        waitForBackgroundWork();
        String message = lookup("#welcome-message").queryAs(Label.class).getText();
        assertThat(message)
                .matches(
                        "Your saved progress could not be read\\. It was moved to "
                                + "session-damaged-\\d{8}-\\d{6}\\.json and kept exactly as it was; your new answers start fresh\\. "
                                + "Settings lists the files set aside\\.");
        String asideName = message.replaceAll(".*moved to (\\S+\\.json).*", "$1");
        Path aside = dataFolder.resolve(asideName);
        assertThat(Files.readAllBytes(aside)).as("kept byte for byte").isEqualTo(damaged);
        screenshot("vault-damaged-set-aside");

        // a new quiz: the first page answered and saved, the damaged file untouched
        interact(() -> lookup("#start-partner").query().requestFocus());
        type(KeyCode.ENTER);
        new QuizDriver(this, BANK, "partner", VaultFilesTest::plan).answerPagesByKeyboard(1);
        assertThat(new String(Files.readAllBytes(sessionFile()), StandardCharsets.ISO_8859_1))
                .startsWith("GRAYAREA");
        assertThat(Files.readAllBytes(aside))
                .as("still kept after the next answer")
                .isEqualTo(damaged);

        clickOn("#settings");
        Node list = lookup("#set-aside-files").query();
        scrollIntoView(list);
        List<String> items =
                lookup(".set-aside-file").queryAllAs(Label.class).stream()
                        .map(Label::getText)
                        .toList();
        assertThat(items)
                .singleElement()
                .asString()
                .startsWith(asideName + ": your saved progress, set aside on ");
        screenshot("settings-set-aside");
    }

    @Test
    void aPassphraseSetLaterEncryptsResultsAndDamagedCopiesAndSaysWhatMayRemain() throws Exception {
        open(this::plainResultsAndADamagedCopy);
        assertThat(filesHoldingCanary()).hasSize(2);
        clickOn("#settings");
        scrollAndClick("#protect");
        String freeBlocks =
                lookup("#passphrase-free-blocks")
                        .tryQueryAs(Label.class)
                        .map(Label::getText)
                        .orElse("");
        write(PASSPHRASE);
        type(KeyCode.TAB);
        write(PASSPHRASE);
        type(KeyCode.ENTER);
        waitForBackgroundWork();
        assertThat(dataFolder.resolve(Vault.CHECK_FILE)).exists();
        assertThat(filesHoldingCanary())
                .as("no file in the data folder holds an answer in plain bytes")
                .isEmpty();
        type(KeyCode.ENTER); // "Your passphrase is set": Go on
        assertThat(freeBlocks)
                .as("said before the passphrase is chosen")
                .contains(
                        "the computer may still keep the earlier plain text in unused parts of the disk")
                .contains("On an SSD no app can reliably erase it.");

        // back in Settings, which now says the same
        Label note = lookup("#settings-free-blocks").queryAs(Label.class);
        scrollIntoView(note);
        assertThat(note.getText()).contains("earlier plain text in unused parts of the disk");
    }

    private List<Path> filesHoldingCanary() throws IOException {
        byte[] needle = CANARY.getBytes(StandardCharsets.UTF_8);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dataFolder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                        .contains(new String(needle, StandardCharsets.ISO_8859_1))) {
                    found.add(file);
                }
            }
        }
        return found;
    }
}
