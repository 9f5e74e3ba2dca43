package grayarea.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.session.crypto.CryptoFileException;
import grayarea.session.crypto.KdfParams;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What keeps a passphrase's protection on (issue 14, items 2 to 4): deleting the check file does
 * not switch it off, a damaged encrypted file is moved aside before anything is written, and
 * setting a passphrase later encrypts every file holding answers, not only the three session files.
 */
class VaultProtectionTest {

    private static final String PASSPHRASE = "plum kettle river";

    /** Made at run time, so that no file holds it beforehand. */
    private static final String CANARY = "canary-" + UUID.randomUUID();

    @TempDir Path folder;

    private Vault vault() {
        return new Vault(folder, () -> KdfParams.freshForTests(2_000));
    }

    private static SoloSession session(String note) throws Exception {
        AnswerSheet sheet =
                AnswerSheetJson.read(Path.of("questions/examples/answers-partner.json")).sheet();
        return new SoloSession(
                null,
                "partner",
                3,
                sheet,
                Map.of("unmet-need", note),
                false,
                Instant.parse("2026-11-28T10:00:00Z"));
    }

    /** The three session files, as the app passed them to the vault before. */
    private List<Path> sessionFiles() {
        return List.of(
                folder.resolve(SessionStore.FILE),
                folder.resolve(CoupleStore.FILE),
                folder.resolve("waiting-room").resolve(SessionStore.FILE));
    }

    /** A folder protected with a passphrase, holding an encrypted session.json with the canary. */
    private Path protectedSession() throws Exception {
        Vault first = vault();
        first.set(PASSPHRASE.toCharArray(), sessionFiles());
        SessionStore store = new SessionStore(folder, first);
        store.save(session(CANARY));
        assertThat(Files.readString(store.file(), StandardCharsets.ISO_8859_1))
                .startsWith("GRAYAREA")
                .doesNotContain(CANARY);
        return store.file();
    }

    @Test
    void deletingTheCheckFileDoesNotSwitchEncryptionOff() throws Exception {
        Path saved = protectedSession();
        byte[] before = Files.readAllBytes(saved);
        Files.delete(folder.resolve(Vault.CHECK_FILE));

        Vault next = vault();
        assertThat(next.isSet()).as("an encrypted session.json means a passphrase is set").isTrue();
        assertThat(next.isOpen()).as("the app asks for the passphrase first").isFalse();
        SessionStore store = new SessionStore(folder, next);
        assertThatThrownBy(() -> store.save(session("plain-" + CANARY)))
                .isInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(saved))
                .as("nothing written over it while locked")
                .isEqualTo(before);

        assertThatThrownBy(() -> next.unlock("plum kettle rover".toCharArray()))
                .isInstanceOf(CryptoFileException.class)
                .hasMessageContaining("wrong passphrase or damaged file");
        assertThat(next.isOpen()).isFalse();
        next.unlock(PASSPHRASE.toCharArray());
        assertThat(folder.resolve(Vault.CHECK_FILE)).as("the check file is written again").exists();
        assertThat(store.load())
                .isInstanceOfSatisfying(
                        SavedFiles.Found.Contents.class,
                        c ->
                                assertThat(((SoloSession) c.value()).notes())
                                        .containsEntry("unmet-need", CANARY));
        store.save(session(CANARY));
        assertThat(Files.readString(saved, StandardCharsets.ISO_8859_1))
                .startsWith("GRAYAREA")
                .doesNotContain(CANARY);
        assertThat(filesHoldingCanary()).isEmpty();
    }

    @Test
    void anEncryptedResultAloneMeansAPassphraseIsSet() throws Exception {
        Vault first = vault();
        first.set(PASSPHRASE.toCharArray(), sessionFiles());
        Path result = folder.resolve(WaitingRoomStore.RESULTS).resolve("A1-20261128-1000.json");
        Files.createDirectories(result.getParent());
        first.write(result, ("{\"note\":\"" + CANARY + "\"}").getBytes(StandardCharsets.UTF_8));
        Files.delete(folder.resolve(Vault.CHECK_FILE));

        Vault next = vault();
        assertThat(next.isSet()).isTrue();
        next.unlock(PASSPHRASE.toCharArray());
        assertThat(next.read(result).root().path("note").asString()).isEqualTo(CANARY);
    }

    @Test
    void aDamagedCheckFileIsReplacedWhenAnotherFileProvesThePassphrase() throws Exception {
        protectedSession();
        Path check = folder.resolve(Vault.CHECK_FILE);
        flipLastByte(check);
        Vault next = vault();
        next.unlock(PASSPHRASE.toCharArray());
        assertThat(next.isOpen()).isTrue();
        // the check file was written again: it alone now proves the passphrase
        Files.delete(folder.resolve(SessionStore.FILE));
        vault().unlock(PASSPHRASE.toCharArray());
    }

    @Test
    void whenEveryEncryptedFileIsDamagedAndNoCheckFileIsLeftNothingUnlocksAndNothingIsWritten()
            throws Exception {
        Path saved = protectedSession();
        Files.delete(folder.resolve(Vault.CHECK_FILE));
        flipLastByte(saved);
        byte[] damaged = Files.readAllBytes(saved);

        Vault next = vault();
        assertThat(next.isSet()).isTrue();
        assertThatThrownBy(() -> next.unlock(PASSPHRASE.toCharArray()))
                .isInstanceOf(CryptoFileException.class);
        assertThatThrownBy(() -> new SessionStore(folder, next).save(session("x")))
                .isInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(saved)).isEqualTo(damaged);
        assertThat(folder.resolve(Vault.CHECK_FILE)).doesNotExist();
    }

    @Test
    void aDamagedEncryptedSessionIsMovedAsideWholeBeforeAnythingNewIsWritten() throws Exception {
        Path saved = protectedSession();
        flipLastByte(saved);
        byte[] damaged = Files.readAllBytes(saved);

        Vault next = vault();
        next.unlock(PASSPHRASE.toCharArray());
        SessionStore store = new SessionStore(folder, next);
        SavedFiles.Found<SoloSession> found = store.load();
        assertThat(found).isInstanceOf(SavedFiles.Found.Damaged.class);
        Path aside = ((SavedFiles.Found.Damaged<SoloSession>) found).setAside();
        assertThat(aside.getFileName().toString()).matches("session-damaged-\\d{8}-\\d{6}\\.json");
        assertThat(Files.readAllBytes(aside)).as("kept byte for byte").isEqualTo(damaged);
        assertThat(saved).doesNotExist();

        store.save(session("fresh"));
        assertThat(Files.readAllBytes(aside))
                .as("still kept after the next answer")
                .isEqualTo(damaged);
        assertThat(Files.readString(saved, StandardCharsets.ISO_8859_1)).startsWith("GRAYAREA");
        assertThat(new SessionStore(folder, next).load())
                .isInstanceOf(SavedFiles.Found.Contents.class);
    }

    @Test
    void anEncryptedFileTheKeyDoesNotOpenIsNeverWrittenOver() throws Exception {
        Path saved = protectedSession();
        flipLastByte(saved);
        byte[] damaged = Files.readAllBytes(saved);
        Vault next = vault();
        next.unlock(PASSPHRASE.toCharArray());
        // a save without a load first (no chance to set it aside): refused, the file kept
        assertThatThrownBy(() -> new SessionStore(folder, next).save(session("fresh")))
                .isInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(saved)).isEqualTo(damaged);
        // and a store without the passphrase never writes plain over an encrypted file
        assertThatThrownBy(() -> new SessionStore(folder).save(session("plain")))
                .isInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(saved)).isEqualTo(damaged);
    }

    @Test
    void aPassphraseSetLaterEncryptsEveryFileHoldingAnswers() throws Exception {
        // before the passphrase: progress, a waiting room's client progress and results, damaged
        // copies, a leftover temp file
        new SessionStore(folder).save(session(CANARY));
        new SessionStore(folder.resolve("waiting-room")).save(session(CANARY));
        Path results = Files.createDirectories(folder.resolve(WaitingRoomStore.RESULTS));
        Files.writeString(
                results.resolve("A1-20261128-1000.json"), "{\"note\":\"" + CANARY + "\"}");
        Files.writeString(
                folder.resolve("session-damaged-20261128-100000.json"), "{\"note\":\"" + CANARY);
        Files.writeString(
                folder.resolve("couple-damaged-20261128-100000-2.json"), "{\"note\":\"" + CANARY);
        Files.writeString(
                folder.resolve("waiting-room").resolve("session-damaged-20261128-100000.json"),
                CANARY);
        Files.writeString(folder.resolve(".session.json123456.tmp"), CANARY);
        assertThat(filesHoldingCanary()).hasSize(7);
        // a file a person put in the results folder themselves is theirs, not an answer file: left
        // as it is
        Path theirs = results.resolve("my-notes.pdf");
        Files.writeString(theirs, "%PDF-1.7 mine");

        Vault vault = vault();
        vault.set(PASSPHRASE.toCharArray(), sessionFiles());
        assertThat(filesHoldingCanary())
                .as("no file in the data folder holds an answer in plain bytes")
                .isEmpty();
        assertThat(Files.readString(theirs)).isEqualTo("%PDF-1.7 mine");

        // and each still opens with the passphrase, as it was
        Vault next = vault();
        next.unlock(PASSPHRASE.toCharArray());
        assertThat(
                        next.read(results.resolve("A1-20261128-1000.json"))
                                .root()
                                .path("note")
                                .asString())
                .isEqualTo(CANARY);
    }

    private static void flipLastByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 0x01;
        Files.write(file, bytes);
    }

    private List<Path> filesHoldingCanary() throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                        .contains(CANARY)) {
                    found.add(file);
                }
            }
        }
        return found;
    }
}
