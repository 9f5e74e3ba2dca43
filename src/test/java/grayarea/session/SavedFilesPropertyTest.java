package grayarea.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import grayarea.bank.ProblemsException;
import grayarea.session.crypto.CryptoFileException;
import grayarea.session.crypto.CryptoFiles;
import grayarea.session.crypto.EncryptedFile;
import grayarea.session.crypto.KdfParams;
import grayarea.session.crypto.SealedFile;
import grayarea.session.crypto.TherapistKeyFile;
import grayarea.testing.Mutations;
import grayarea.testing.Seeded;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every reader of the session room fed damaged copies of a valid file: bytes flipped, inserted,
 * deleted or cut off, and (for JSON) well-formed edits that reach the checks behind the parser.
 * Each try ends in the reader's own clear error, naming the file (and for JSON its line and
 * column), or in a valid read; never another exception, never a hang, and the file's bytes are
 * never lost: a reader leaves the file as it was, or (saved sessions) moves it aside whole.
 */
class SavedFilesPropertyTest {

    private static final Duration QUICKLY = Duration.ofSeconds(5);

    /**
     * An encrypted, sealed or key file whose damage lands in its header's iteration count may ask
     * for up to {@link grayarea.session.crypto.KdfParams#MAX_ITERATIONS} (16 times the shipped
     * cost) before it is found wrong: seconds of work, which the app does in the background with
     * the page masked. The bound is there to catch a hang, not those seconds.
     */
    private static final Duration WITHIN_THE_KDF_CAP = Duration.ofSeconds(30);

    private static final byte[] SETTINGS = SavedSamples.settings();
    private static final byte[] SESSION = SavedSamples.session();
    private static final byte[] COUPLE = SavedSamples.couple();
    private static final byte[] TURN = SavedSamples.turn();
    private static final byte[] RESULT = SavedSamples.result();
    private static final byte[] HAND_OUT = SavedSamples.handOut();
    private static final byte[] HAND_OUT_OWN_BANK = SavedSamples.handOutWithOwnBank();
    private static final byte[] PROFILE = SavedSamples.profile();
    private static final byte[] WAITING_ROOM = SavedSamples.waitingRoom();
    private static final byte[] ENCRYPTED = SavedSamples.encrypted();
    private static final byte[] SEALED = SavedSamples.sealed();
    private static final byte[] KEY_FILE = SavedSamples.keyFile();

    private Path folder;

    /** Runs the property that many times, each try in a fresh empty folder, removed after it. */
    private void tries(int tries, Seeded.Try property) {
        Seeded.tries(
                tries,
                random -> {
                    folder = Files.createTempDirectory("grayarea-hostile");
                    try {
                        property.run(random);
                    } finally {
                        removeFolder();
                    }
                });
    }

    /** The sample with one to four bytes flipped, inserted or deleted, or its end cut off. */
    private static byte[] damaged(byte[] sample, Random random) {
        return Mutations.apply(sample, Mutations.byteEdits(random));
    }

    /** The sample, still well-formed JSON, with one to three values replaced or removed. */
    private static byte[] wrong(byte[] sample, Random random) {
        return Mutations.applyTreeEdits(sample, Mutations.treeEdits(random));
    }

    private void removeFolder() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(folder);
    }

    private static String located(Path file) {
        // (?s): the message may quote a damaged value, line breaks and all
        return "(?s)^" + Pattern.quote(file.toString()) + ":\\d+:\\d+: .+$";
    }

    // settings.json: a damaged file is not fatal, the app starts as on first run; the file stays as
    // it was

    @Test
    void settingsWithDamagedBytes() {
        tries(60, random -> settings(damaged(SETTINGS, random)));
    }

    @Test
    void settingsWithWrongValues() {
        tries(40, random -> settings(wrong(SETTINGS, random)));
    }

    private void settings(byte[] damaged) throws IOException {
        Path file = Files.write(folder.resolve(SettingsStore.FILE), damaged);
        Settings read = assertTimeoutPreemptively(QUICKLY, () -> new SettingsStore(folder).load());
        assertThat(read).isNotNull();
        assertThat(Settings.TEXT_SIZES).contains(read.textSize());
        assertThat(read.theme()).isNotNull();
        assertThat(read.language()).isIn("en", "es");
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    }

    // session.json and couple.json: read, or moved aside whole under a dated name with a located
    // problem

    @Test
    void sessionWithDamagedBytes() {
        tries(
                60,
                random ->
                        saved(
                                SessionStore.FILE,
                                damaged(SESSION, random),
                                () -> new SessionStore(folder).load()));
    }

    @Test
    void sessionWithWrongValues() {
        tries(
                60,
                random ->
                        saved(
                                SessionStore.FILE,
                                wrong(SESSION, random),
                                () -> new SessionStore(folder).load()));
    }

    @Test
    void coupleWithDamagedBytes() {
        tries(
                60,
                random ->
                        saved(
                                CoupleStore.FILE,
                                damaged(COUPLE, random),
                                () -> new CoupleStore(folder).load()));
    }

    @Test
    void coupleWithWrongValues() {
        tries(
                60,
                random ->
                        saved(
                                CoupleStore.FILE,
                                wrong(COUPLE, random),
                                () -> new CoupleStore(folder).load()));
    }

    private interface Load<T> {
        SavedFiles.Found<T> load();
    }

    private <T> void saved(String name, byte[] damaged, Load<T> load) throws IOException {
        Path file = Files.write(folder.resolve(name), damaged);
        SavedFiles.Found<T> found = assertTimeoutPreemptively(QUICKLY, load::load);
        if (found instanceof SavedFiles.Found.Damaged<T> d) {
            assertThat(d.problem().toString()).matches(located(file));
            assertThat(d.setAside()).isNotEqualTo(file);
            assertThat(Files.readAllBytes(d.setAside()))
                    .as("the damaged file survives whole, set aside")
                    .isEqualTo(damaged);
            assertThat(file).doesNotExist();
        } else {
            assertThat(found).isInstanceOf(SavedFiles.Found.Contents.class);
            assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
            if (((SavedFiles.Found.Contents<T>) found).value() instanceof CoupleSession couple) {
                // what was read must be usable: a turn lock that loads opens, or says calmly that
                // it can't
                for (int i = 0; i < 2; i++) {
                    try {
                        CoupleStore.open(
                                couple, i, "2468".toCharArray(), KdfParams.freshForTests(1_000));
                    } catch (CryptoFileException | ProblemsException calm) {
                        assertThat(calm.getMessage()).doesNotContain("Exception");
                    }
                }
            }
        }
    }

    // turn files and result files: read, or ProblemsException with located problems; the file
    // untouched

    @Test
    void turnWithDamagedBytes() {
        tries(60, random -> handed("turn.json", damaged(TURN, random), TurnFile::read));
    }

    @Test
    void turnWithWrongValues() {
        tries(60, random -> handed("turn.json", wrong(TURN, random), TurnFile::read));
    }

    @Test
    void resultWithDamagedBytes() {
        tries(60, random -> handed("result.json", damaged(RESULT, random), ResultFile::read));
    }

    @Test
    void resultWithWrongValues() {
        tries(60, random -> handed("result.json", wrong(RESULT, random), ResultFile::read));
    }

    // hand-outs (a problem in a bank carried inside is located in that bank) and the practice
    // profile

    @Test
    void handOutWithDamagedBytes() {
        tries(
                60,
                random -> handed("client.grayarea", damaged(HAND_OUT, random), HandOutFile::read));
    }

    @Test
    void handOutWithWrongValues() {
        tries(60, random -> handed("client.grayarea", wrong(HAND_OUT, random), HandOutFile::read));
    }

    @Test
    void handOutWithADamagedBankInside() {
        tries(
                60,
                random ->
                        handed(
                                "client.grayarea",
                                damaged(HAND_OUT_OWN_BANK, random),
                                HandOutFile::read));
    }

    @Test
    void profileWithDamagedBytes() {
        tries(
                60,
                random ->
                        handed(
                                PracticeProfileStore.FILE,
                                damaged(PROFILE, random),
                                file -> new PracticeProfileStore(folder).load()));
    }

    @Test
    void profileWithWrongValues() {
        tries(
                40,
                random ->
                        handed(
                                PracticeProfileStore.FILE,
                                wrong(PROFILE, random),
                                file -> new PracticeProfileStore(folder).load()));
    }

    @Test
    void waitingRoomLockWithDamagedBytes() {
        tries(
                60,
                random ->
                        handed(
                                WaitingRoomStore.FILE,
                                damaged(WAITING_ROOM, random),
                                file -> new WaitingRoomStore(folder).load()));
    }

    @Test
    void waitingRoomLockWithWrongValues() {
        tries(
                40,
                random ->
                        handed(
                                WaitingRoomStore.FILE,
                                wrong(WAITING_ROOM, random),
                                file -> new WaitingRoomStore(folder).load()));
    }

    private interface Read {
        Object read(Path file) throws ProblemsException;
    }

    private void handed(String name, byte[] damaged, Read read) throws IOException {
        Path file = Files.write(folder.resolve(name), damaged);
        // a problem in a bank carried inside a hand-out is named by the hand-out's name and located
        // in that bank
        String located =
                "(?s)^("
                        + Pattern.quote(file.toString())
                        + "|"
                        + Pattern.quote(file.getFileName() + " (its question bank)")
                        + "):\\d+:\\d+: .+$";
        assertTimeoutPreemptively(
                QUICKLY,
                () -> {
                    try {
                        read.read(file);
                    } catch (ProblemsException e) {
                        assertThat(e.problems())
                                .isNotEmpty()
                                .allSatisfy(p -> assertThat(p.toString()).matches(located));
                    }
                });
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    }

    // encrypted, sealed and key files: any change at all gives the one calm message

    @Test
    void encryptedWithDamagedBytes() {
        tries(
                60,
                random ->
                        sealedOrEncrypted(
                                "session.json",
                                damaged(ENCRYPTED, random),
                                ENCRYPTED,
                                bytes ->
                                        EncryptedFile.decrypt(
                                                "session.json",
                                                bytes,
                                                SavedSamples.PASSPHRASE.toCharArray())));
    }

    @Test
    void sealedWithDamagedBytes() {
        tries(
                60,
                random ->
                        sealedOrEncrypted(
                                "result.sealed",
                                damaged(SEALED, random),
                                SEALED,
                                bytes ->
                                        SealedFile.open(
                                                "result.sealed", bytes, SavedSamples.THERAPIST)));
    }

    @Test
    void keyFileWithDamagedBytes() {
        tries(
                60,
                random ->
                        sealedOrEncrypted(
                                "therapist.key",
                                damaged(KEY_FILE, random),
                                KEY_FILE,
                                bytes ->
                                        TherapistKeyFile.open(
                                                "therapist.key",
                                                bytes,
                                                SavedSamples.PASSPHRASE.toCharArray())));
    }

    private interface Open {
        Object open(byte[] bytes) throws CryptoFileException;
    }

    private void sealedOrEncrypted(String name, byte[] damaged, byte[] original, Open open)
            throws IOException {
        Path file = Files.write(folder.resolve(name), damaged);
        CryptoFileException thrown =
                assertTimeoutPreemptively(
                        WITHIN_THE_KDF_CAP,
                        () -> {
                            try {
                                open.open(CryptoFiles.read(file));
                                return null;
                            } catch (CryptoFileException e) {
                                return e;
                            }
                        });
        if (Arrays.equals(damaged, original)) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).as("a changed file never opens").isNotNull();
            assertThat(thrown.getMessage())
                    .matches(
                            Pattern.quote(name)
                                    + ": (wrong (passphrase|key) or damaged file"
                                    + "|this file is format version \\d+, newer than this app reads \\(1\\); update Gray Area to open it)");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    }
}
