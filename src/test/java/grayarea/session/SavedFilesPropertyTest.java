package grayarea.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import grayarea.bank.ProblemsException;
import grayarea.session.crypto.CryptoFileException;
import grayarea.session.crypto.EncryptedFile;
import grayarea.session.crypto.SealedFile;
import grayarea.session.crypto.TherapistKeyFile;
import grayarea.testing.Mutations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Every reader of the session room fed damaged copies of a valid file: bytes flipped, inserted,
 * deleted or cut off, and (for JSON) well-formed edits that reach the checks behind the parser.
 * Each try ends in the reader's own clear error, naming the file (and for JSON its line and
 * column), or in a valid read; never another exception, never a hang, and the file's bytes are
 * never lost: a reader leaves the file as it was, or (saved sessions) moves it aside whole.
 */
class SavedFilesPropertyTest {

    private static final Duration QUICKLY = Duration.ofSeconds(5);
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

    @BeforeTry
    void makeFolder() throws IOException {
        folder = Files.createTempDirectory("grayarea-hostile");
    }

    @AfterTry
    void removeFolder() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(folder);
    }

    @Provide
    Arbitrary<List<Mutations.ByteEdit>> bytes() {
        return Mutations.byteEdits();
    }

    @Provide
    Arbitrary<List<Tuple.Tuple3<Double, Integer, Integer>>> tree() {
        return Mutations.treeEdits();
    }

    private static String located(Path file) {
        // (?s): the message may quote a damaged value, line breaks and all
        return "(?s)^" + Pattern.quote(file.toString()) + ":\\d+:\\d+: .+$";
    }

    // settings.json: a damaged file is not fatal, the app starts as on first run; the file stays as it was

    @Property(tries = 60)
    void settingsWithDamagedBytes(@ForAll("bytes") List<Mutations.ByteEdit> edits) throws IOException {
        settings(Mutations.apply(SETTINGS, edits));
    }

    @Property(tries = 40)
    void settingsWithWrongValues(@ForAll("tree") List<Tuple.Tuple3<Double, Integer, Integer>> edits) throws IOException {
        settings(Mutations.applyTreeEdits(SETTINGS, edits));
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

    // session.json and couple.json: read, or moved aside whole under a dated name with a located problem

    @Property(tries = 60)
    void sessionWithDamagedBytes(@ForAll("bytes") List<Mutations.ByteEdit> edits) throws IOException {
        saved(SessionStore.FILE, Mutations.apply(SESSION, edits), () -> new SessionStore(folder).load());
    }

    @Property(tries = 60)
    void sessionWithWrongValues(@ForAll("tree") List<Tuple.Tuple3<Double, Integer, Integer>> edits) throws IOException {
        saved(SessionStore.FILE, Mutations.applyTreeEdits(SESSION, edits), () -> new SessionStore(folder).load());
    }

    @Property(tries = 60)
    void coupleWithDamagedBytes(@ForAll("bytes") List<Mutations.ByteEdit> edits) throws IOException {
        saved(CoupleStore.FILE, Mutations.apply(COUPLE, edits), () -> new CoupleStore(folder).load());
    }

    @Property(tries = 60)
    void coupleWithWrongValues(@ForAll("tree") List<Tuple.Tuple3<Double, Integer, Integer>> edits) throws IOException {
        saved(CoupleStore.FILE, Mutations.applyTreeEdits(COUPLE, edits), () -> new CoupleStore(folder).load());
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
            assertThat(Files.readAllBytes(d.setAside())).as("the damaged file survives whole, set aside").isEqualTo(damaged);
            assertThat(file).doesNotExist();
        } else {
            assertThat(found).isInstanceOf(SavedFiles.Found.Contents.class);
            assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
            if (((SavedFiles.Found.Contents<T>) found).value() instanceof CoupleSession couple) {
                // what was read must be usable: a turn lock that loads opens, or says calmly that it can't
                for (int i = 0; i < 2; i++) {
                    try {
                        CoupleStore.open(couple, i, "2468".toCharArray(), grayarea.session.crypto.KdfParams.freshForTests(1_000));
                    } catch (grayarea.session.crypto.CryptoFileException | grayarea.bank.ProblemsException calm) {
                        assertThat(calm.getMessage()).doesNotContain("Exception");
                    }
                }
            }
        }
    }

    // turn files and result files: read, or ProblemsException with located problems; the file untouched

    @Property(tries = 60)
    void turnWithDamagedBytes(@ForAll("bytes") List<Mutations.ByteEdit> edits) throws IOException {
        handed("turn.json", Mutations.apply(TURN, edits), TurnFile::read);
    }

    @Property(tries = 60)
    void turnWithWrongValues(@ForAll("tree") List<Tuple.Tuple3<Double, Integer, Integer>> edits) throws IOException {
        handed("turn.json", Mutations.applyTreeEdits(TURN, edits), TurnFile::read);
    }

    @Property(tries = 60)
    void resultWithDamagedBytes(@ForAll("bytes") List<Mutations.ByteEdit> edits) throws IOException {
        handed("result.json", Mutations.apply(RESULT, edits), ResultFile::read);
    }

    @Property(tries = 60)
    void resultWithWrongValues(@ForAll("tree") List<Tuple.Tuple3<Double, Integer, Integer>> edits) throws IOException {
        handed("result.json", Mutations.applyTreeEdits(RESULT, edits), ResultFile::read);
    }

    // hand-outs (a problem in a bank carried inside is located in that bank) and the practice profile

    @Property(tries = 60)
    void handOutWithDamagedBytes(@ForAll("bytes") List<Mutations.ByteEdit> edits) throws IOException {
        handed("client.grayarea", Mutations.apply(HAND_OUT, edits), HandOutFile::read);
    }

    @Property(tries = 60)
    void handOutWithWrongValues(@ForAll("tree") List<Tuple.Tuple3<Double, Integer, Integer>> edits) throws IOException {
        handed("client.grayarea", Mutations.applyTreeEdits(HAND_OUT, edits), HandOutFile::read);
    }

    @Property(tries = 60)
    void handOutWithADamagedBankInside(@ForAll("bytes") List<Mutations.ByteEdit> edits) throws IOException {
        handed("client.grayarea", Mutations.apply(HAND_OUT_OWN_BANK, edits), HandOutFile::read);
    }

    @Property(tries = 60)
    void profileWithDamagedBytes(@ForAll("bytes") List<Mutations.ByteEdit> edits) throws IOException {
        handed(PracticeProfileStore.FILE, Mutations.apply(PROFILE, edits), file -> new PracticeProfileStore(folder).load());
    }

    @Property(tries = 40)
    void profileWithWrongValues(@ForAll("tree") List<Tuple.Tuple3<Double, Integer, Integer>> edits) throws IOException {
        handed(PracticeProfileStore.FILE, Mutations.applyTreeEdits(PROFILE, edits),
                file -> new PracticeProfileStore(folder).load());
    }

    @Property(tries = 60)
    void waitingRoomLockWithDamagedBytes(@ForAll("bytes") List<Mutations.ByteEdit> edits) throws IOException {
        handed(WaitingRoomStore.FILE, Mutations.apply(WAITING_ROOM, edits), file -> new WaitingRoomStore(folder).load());
    }

    @Property(tries = 40)
    void waitingRoomLockWithWrongValues(@ForAll("tree") List<Tuple.Tuple3<Double, Integer, Integer>> edits)
            throws IOException {
        handed(WaitingRoomStore.FILE, Mutations.applyTreeEdits(WAITING_ROOM, edits),
                file -> new WaitingRoomStore(folder).load());
    }

    private interface Read {
        Object read(Path file) throws ProblemsException;
    }

    private void handed(String name, byte[] damaged, Read read) throws IOException {
        Path file = Files.write(folder.resolve(name), damaged);
        // a problem in a bank carried inside a hand-out is named by the hand-out's name and located in that bank
        String located = "(?s)^(" + Pattern.quote(file.toString()) + "|" + Pattern.quote(file.getFileName() + " (its question bank)")
                + "):\\d+:\\d+: .+$";
        assertTimeoutPreemptively(QUICKLY, () -> {
            try {
                read.read(file);
            } catch (ProblemsException e) {
                assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.toString()).matches(located));
            }
        });
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    }

    // encrypted, sealed and key files: any change at all gives the one calm message

    @Property(tries = 60)
    void encryptedWithDamagedBytes(@ForAll("bytes") List<Mutations.ByteEdit> edits) throws IOException {
        sealedOrEncrypted("session.json", Mutations.apply(ENCRYPTED, edits), ENCRYPTED,
                bytes -> EncryptedFile.decrypt("session.json", bytes, SavedSamples.PASSPHRASE.toCharArray()));
    }

    @Property(tries = 60)
    void sealedWithDamagedBytes(@ForAll("bytes") List<Mutations.ByteEdit> edits) throws IOException {
        sealedOrEncrypted("result.sealed", Mutations.apply(SEALED, edits), SEALED,
                bytes -> SealedFile.open("result.sealed", bytes, SavedSamples.THERAPIST));
    }

    @Property(tries = 60)
    void keyFileWithDamagedBytes(@ForAll("bytes") List<Mutations.ByteEdit> edits) throws IOException {
        sealedOrEncrypted("therapist.key", Mutations.apply(KEY_FILE, edits), KEY_FILE,
                bytes -> TherapistKeyFile.open("therapist.key", bytes, SavedSamples.PASSPHRASE.toCharArray()));
    }

    private interface Open {
        Object open(byte[] bytes) throws CryptoFileException;
    }

    private void sealedOrEncrypted(String name, byte[] damaged, byte[] original, Open open) throws IOException {
        Path file = Files.write(folder.resolve(name), damaged);
        CryptoFileException thrown = assertTimeoutPreemptively(QUICKLY, () -> {
            try {
                open.open(grayarea.session.crypto.CryptoFiles.read(file));
                return null;
            } catch (CryptoFileException e) {
                return e;
            }
        });
        if (java.util.Arrays.equals(damaged, original)) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).as("a changed file never opens").isNotNull();
            assertThat(thrown.getMessage()).matches(Pattern.quote(name) + ": (wrong (passphrase|key) or damaged file"
                    + "|this file is format version \\d+, newer than this app reads \\(1\\); update Gray Area to open it)");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    }
}
