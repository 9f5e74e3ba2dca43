package grayarea.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import grayarea.bank.Problem;
import grayarea.bank.ProblemsException;
import grayarea.session.crypto.CryptoFileException;
import grayarea.session.crypto.CryptoFiles;
import grayarea.session.crypto.EncryptedFile;
import grayarea.session.crypto.SealedFile;
import grayarea.session.crypto.TherapistKeyFile;
import grayarea.session.crypto.TherapistKeys;
import grayarea.testing.Pipes;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The corpus of broken files in src/test/resources/hostile/ (its README lists them), read by each
 * reader of the session room, as a person would meet them: what the app says, exactly, and that the
 * file is kept. Each read must end within a few seconds.
 */
class HostileSavedFilesTest {

    private static final Duration QUICKLY = Duration.ofSeconds(5);

    @TempDir Path folder;

    private static Path corpus(String kind, String name) throws URISyntaxException {
        return Path.of(
                HostileSavedFilesTest.class.getResource("/hostile/" + kind + "/" + name).toURI());
    }

    /** The corpus file copied into the scratch folder under the name the reader looks for. */
    private Path copy(String kind, String name, String as) throws Exception {
        return Files.copy(corpus(kind, name), folder.resolve(as));
    }

    @ParameterizedTest(name = "settings.json: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "empty.json",
                "truncated.json",
                "wrong-types.json",
                "deep-nesting.json",
                "bad-utf8.json",
                "wrong-kind.json",
                "binary-junk.json"
            })
    void aBrokenSettingsFileStartsTheAppAsOnFirstRunAndIsKept(String name) throws Exception {
        Path file = copy("settings", name, SettingsStore.FILE);
        byte[] before = Files.readAllBytes(file);
        assertThat(assertTimeoutPreemptively(QUICKLY, () -> new SettingsStore(folder).load()))
                .isEqualTo(Settings.FIRST_RUN);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @ParameterizedTest(name = "settings.json: {0}")
    @CsvSource({"huge-numbers.json", "newer-version.json"})
    void aSettingsFileOfAnotherVersionIsReadForTheSettingsThisAppKnows(String name)
            throws Exception {
        copy("settings", name, SettingsStore.FILE);
        assertThat(new SettingsStore(folder).load())
                .isEqualTo(
                        new Settings(
                                Settings.Storage.KEEP, Settings.Theme.DARK, "es", 150, true, 5));
    }

    @ParameterizedTest(name = "session.json: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "empty.json         | 1:1: the file is empty; a JSON object was expected",
                "truncated.json     | 88:29: not valid JSON: Unexpected end-of-input: was expecting closing quote for a string value",
                "wrong-types.json   | 1:111: answers: must be an object in braces { }, not a list",
                "huge-numbers.json  | 3:21: this saved session is of a format this app does not read",
                "deep-nesting.json  | 1:119: the JSON is nested too deeply; at most 64 levels are read",
                "bad-utf8.json      | 2:7: the file is not valid UTF-8 text; save it as UTF-8",
                "wrong-kind.json    | 3:11: this is not a saved Gray Area session",
                "newer-version.json | 3:21: this saved session is of a format this app does not read",
                "binary-junk.json   | 1:1: the file is not valid UTF-8 text; save it as UTF-8"
            })
    void aBrokenSessionIsSetAsideWholeWithALocatedMessage(String name, String message)
            throws Exception {
        Path file = copy("session", name, SessionStore.FILE);
        setAside(file, message, () -> new SessionStore(folder).load());
    }

    @ParameterizedTest(name = "couple.json: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "empty.json         | 1:1: the file is empty; a JSON object was expected",
                "truncated.json     | 51:23: not valid JSON: Unexpected end-of-input in property name",
                "wrong-types.json   | 1:128: this partner's PIN lock is damaged",
                "huge-numbers.json  | 3:21: this saved couple session is of a format this app does not read",
                "deep-nesting.json  | 1:126: the JSON is nested too deeply; at most 64 levels are read",
                "bad-utf8.json      | 2:7: the file is not valid UTF-8 text; save it as UTF-8",
                "wrong-kind.json    | 3:11: this is not a saved Gray Area couple session",
                "newer-version.json | 3:21: this saved couple session is of a format this app does not read",
                "binary-junk.json   | 1:1: the file is not valid UTF-8 text; save it as UTF-8"
            })
    void aBrokenCoupleSessionIsSetAsideWholeWithALocatedMessage(String name, String message)
            throws Exception {
        Path file = copy("couple", name, CoupleStore.FILE);
        setAside(file, message, () -> new CoupleStore(folder).load());
    }

    private interface Load {
        SavedFiles.Found<?> load();
    }

    private static void setAside(Path file, String message, Load load) throws Exception {
        byte[] before = Files.readAllBytes(file);
        SavedFiles.Found<?> found = assertTimeoutPreemptively(QUICKLY, load::load);
        assertThat(found).isInstanceOf(SavedFiles.Found.Damaged.class);
        SavedFiles.Found.Damaged<?> damaged = (SavedFiles.Found.Damaged<?>) found;
        assertThat(damaged.problem().toString()).startsWith(file + ":" + message);
        assertThat(file).doesNotExist();
        assertThat(Files.readAllBytes(damaged.setAside())).isEqualTo(before);
    }

    @ParameterizedTest(name = "turn file: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "empty.json         | 1:1: the file is empty; a JSON object was expected",
                "truncated.json     | 128:7: not valid JSON: Unexpected end-of-input within/between Object entries",
                "wrong-types.json   | 1:55: bank: must be an object in braces { }, not a text",
                "huge-numbers.json  | 3:21: this turn file is format version 99999999999999999999, newer than this app reads (1); update Gray Area to open it",
                "deep-nesting.json  | 1:116: the JSON is nested too deeply; at most 64 levels are read",
                "bad-utf8.json      | 2:7: the file is not valid UTF-8 text; save it as UTF-8",
                "wrong-kind.json    | 3:11: this is a \"grayarea.answer-sheet\" file, not a turn file (\"grayarea.turn\")",
                "newer-version.json | 3:21: this turn file is format version 2, newer than this app reads (1); update Gray Area to open it",
                "binary-junk.json   | 1:1: the file is not valid UTF-8 text; save it as UTF-8"
            })
    void aBrokenTurnFileGivesLocatedProblems(String name, String message) throws Exception {
        Path file = copy("turn", name, "turn.json");
        handedOver(file, message, () -> TurnFile.read(file));
    }

    @ParameterizedTest(name = "result file: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "empty.json         | 1:1: the file is empty; a JSON object was expected",
                "truncated.json     | 153:22: not valid JSON: Unexpected end-of-input within/between Object entries",
                "wrong-types.json   | 1:62: \"createdAt\" is not a date and time",
                "huge-numbers.json  | 3:21: this result file is format version 99999999999999999999, newer than this app reads (2); update Gray Area to open it",
                "deep-nesting.json  | 1:118: the JSON is nested too deeply; at most 64 levels are read",
                "bad-utf8.json      | 2:7: the file is not valid UTF-8 text; save it as UTF-8",
                "wrong-kind.json    | 3:11: this is a \"grayarea.answer-sheet\" file, not a result file (\"grayarea.result\")",
                "newer-version.json | 3:21: this result file is format version 3, newer than this app reads (2); update Gray Area to open it",
                "binary-junk.json   | 1:1: the file is not valid UTF-8 text; save it as UTF-8"
            })
    void aBrokenResultFileGivesLocatedProblems(String name, String message) throws Exception {
        Path file = copy("result", name, "result.json");
        handedOver(file, message, () -> ResultFile.read(file));
    }

    @ParameterizedTest(name = "hand-out: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "empty.json         | 1:1: the file is empty; a JSON object was expected",
                "truncated.json     | 17:14: not valid JSON: Unexpected end-of-input in property name",
                "wrong-types.json   | 1:1: the practice profile is missing",
                "huge-numbers.json  | 3:21: this hand-out file is format version 99999999999999999999, newer than this app reads (1); update Gray Area to open it",
                "deep-nesting.json  | 1:119: the JSON is nested too deeply; at most 64 levels are read",
                "bad-utf8.json      | 2:7: the file is not valid UTF-8 text; save it as UTF-8",
                "wrong-kind.json    | 3:11: this is a \"grayarea.answer-sheet\" file, not a hand-out file (\"grayarea.handout\")",
                "newer-version.json | 3:21: this hand-out file is format version 2, newer than this app reads (1); update Gray Area to open it",
                "binary-junk.json   | 1:1: the file is not valid UTF-8 text; save it as UTF-8"
            })
    void aBrokenHandOutGivesLocatedProblems(String name, String message) throws Exception {
        Path file = copy("handout", name, "client.grayarea");
        handedOver(file, message, () -> HandOutFile.read(file));
    }

    @ParameterizedTest(name = "profile.json: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "empty.json         | 1:1: the file is empty; a JSON object was expected",
                "truncated.json     | 8:56: not valid JSON: Unexpected end-of-input: was expecting closing quote for a string value",
                "wrong-types.json   | 1:88: \"therapistName\" must be a text",
                "huge-numbers.json  | 3:21: this practice profile is format version 99999999999999999999, newer than this app reads (1); update Gray Area to open it",
                "deep-nesting.json  | 1:128: the JSON is nested too deeply; at most 64 levels are read",
                "bad-utf8.json      | 2:7: the file is not valid UTF-8 text; save it as UTF-8",
                "wrong-kind.json    | 3:11: this is a \"grayarea.answer-sheet\" file, not a practice profile (\"grayarea.practice-profile\")",
                "newer-version.json | 3:21: this practice profile is format version 2, newer than this app reads (1); update Gray Area to open it",
                "binary-junk.json   | 1:1: the file is not valid UTF-8 text; save it as UTF-8"
            })
    void aBrokenPracticeProfileGivesLocatedProblemsAndIsLeftAlone(String name, String message)
            throws Exception {
        Path file = copy("profile", name, PracticeProfileStore.FILE);
        handedOver(file, message, () -> new PracticeProfileStore(folder).load());
    }

    @ParameterizedTest(name = "waiting-room.json: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "empty.json         | 1:1: the file is empty; a JSON object was expected",
                "truncated.json     | 8:28: not valid JSON: Unexpected end-of-input: was expecting closing quote for a string value",
                "wrong-types.json   | 1:1: the lock has no PIN",
                "huge-numbers.json  | 3:21: this waiting-room lock is format version 99999999999999999999, newer than this app reads (1); update Gray Area to open it",
                "deep-nesting.json  | 1:124: the JSON is nested too deeply; at most 64 levels are read",
                "bad-utf8.json      | 2:7: the file is not valid UTF-8 text; save it as UTF-8",
                "wrong-kind.json    | 3:11: this is a \"grayarea.answer-sheet\" file, not a waiting-room lock (\"grayarea.waiting-room\")",
                "newer-version.json | 3:21: this waiting-room lock is format version 2, newer than this app reads (1); update Gray Area to open it",
                "binary-junk.json   | 1:1: the file is not valid UTF-8 text; save it as UTF-8"
            })
    void aBrokenWaitingRoomLockGivesLocatedProblemsAndIsLeftInPlace(String name, String message)
            throws Exception {
        Path file = copy("waiting-room", name, WaitingRoomStore.FILE);
        handedOver(file, message, () -> new WaitingRoomStore(folder).load());
    }

    @ParameterizedTest(name = "a named pipe given as {0}")
    @CsvSource({
        "turn file",
        "result file",
        "hand-out",
        "profile.json",
        "waiting-room.json",
        "any handed-over file"
    })
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aNamedPipeIsRefusedBeforeItIsOpened(String kind) throws Exception {
        Path pipe =
                Pipes.mkfifo(
                        folder.resolve(
                                switch (kind) {
                                    case "profile.json" -> PracticeProfileStore.FILE;
                                    case "waiting-room.json" -> WaitingRoomStore.FILE;
                                    default -> "handed-over.json";
                                }));
        Read read =
                switch (kind) {
                    case "turn file" -> () -> TurnFile.read(pipe);
                    case "result file" -> () -> ResultFile.read(pipe);
                    case "hand-out" -> () -> HandOutFile.read(pipe);
                    case "profile.json" -> () -> new PracticeProfileStore(folder).load();
                    case "waiting-room.json" -> () -> new WaitingRoomStore(folder).load();
                    default -> () -> new FileOpener(null, null).read(pipe);
                };
        ProblemsException thrown =
                Pipes.withoutHanging(
                        pipe, () -> catchThrowableOfType(ProblemsException.class, read::read));
        assertThat(thrown).as("a ProblemsException").isNotNull();
        assertThat(thrown.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        pipe
                                + ":1:1: this is not a regular file (it may be a pipe or a device), so it is not read");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aNamedPipeGivenAsAnEncryptedSealedOrKeyFileIsRefusedBeforeItIsOpened() throws Exception {
        Path pipe = Pipes.mkfifo(folder.resolve("therapist.key"));
        CryptoFileException thrown =
                Pipes.withoutHanging(
                        pipe,
                        () ->
                                catchThrowableOfType(
                                        CryptoFileException.class, () -> CryptoFiles.read(pipe)));
        assertThat(thrown).as("a CryptoFileException").isNotNull();
        assertThat(thrown.file()).isEqualTo(pipe.toString());
        assertThat(SessionMessages.of(thrown).toString())
                .isEqualTo(
                        "this is not a regular file (it may be a pipe or a device), so it is not read");
    }

    private interface Read {
        void read() throws ProblemsException;
    }

    private static void handedOver(Path file, String message, Read read) throws Exception {
        byte[] before = Files.readAllBytes(file);
        ProblemsException thrown =
                assertTimeoutPreemptively(
                        QUICKLY, () -> catchThrowableOfType(ProblemsException.class, read::read));
        assertThat(thrown).as("a ProblemsException").isNotNull();
        List<Problem> problems = thrown.problems();
        assertThat(problems.get(0).toString()).isEqualTo(file + ":" + message);
        assertThat(problems)
                .allSatisfy(
                        p ->
                                assertThat(p.toString())
                                        .matches(
                                                Pattern.quote(file.toString()) + ":\\d+:\\d+: .+"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "encrypted-cut-in-header.bin       | wrong passphrase or damaged file",
                "encrypted-cut-at-the-end.bin      | wrong passphrase or damaged file",
                "encrypted-one-byte-flipped.bin    | wrong passphrase or damaged file",
                "encrypted-2pow31-iterations.bin   | wrong passphrase or damaged file",
                "encrypted-zero-iterations.bin     | wrong passphrase or damaged file",
                "encrypted-other-kdf.bin           | wrong passphrase or damaged file",
                "encrypted-newer-version.bin       | this file is format version 2, newer than this app reads (1); update Gray Area to open it",
                "magic-only.bin                    | wrong passphrase or damaged file",
                "plain-json.bin                    | wrong passphrase or damaged file",
                "empty.bin                         | wrong passphrase or damaged file",
                "binary-junk.bin                   | wrong passphrase or damaged file",
                "sealed-cut-in-header.bin          | wrong key or damaged file",
                "sealed-one-byte-flipped.bin       | wrong key or damaged file",
                "sealed-for-another-key.bin        | wrong key or damaged file",
                "sealed-newer-version.bin          | this file is format version 7, newer than this app reads (1); update Gray Area to open it",
                "key-file-cut-short.bin            | wrong passphrase or damaged file",
                "key-file-holding-a-session.bin    | this file opened, but it is not a therapist's key file"
            })
    void aBrokenEncryptedSealedOrKeyFileGivesOneCalmMessage(String name, String message)
            throws Exception {
        char[] passphrase = HostileCorpus.PASSPHRASE.toCharArray();
        TherapistKeys therapist =
                TherapistKeyFile.open(
                        "therapist.key",
                        CryptoFiles.read(corpus("crypto", "therapist.key")),
                        passphrase);
        Path file = corpus("crypto", name);
        byte[] before = Files.readAllBytes(file);
        CryptoFileException thrown =
                assertTimeoutPreemptively(
                        QUICKLY,
                        () ->
                                catchThrowableOfType(
                                        CryptoFileException.class,
                                        () -> {
                                            byte[] bytes = CryptoFiles.read(file);
                                            if (name.startsWith("sealed")) {
                                                SealedFile.open(name, bytes, therapist);
                                            } else if (name.startsWith("key")) {
                                                TherapistKeyFile.open(name, bytes, passphrase);
                                            } else {
                                                EncryptedFile.decrypt(name, bytes, passphrase);
                                            }
                                        }));
        assertThat(thrown).as("a CryptoFileException").isNotNull();
        assertThat(thrown).hasMessage(name + ": " + message);
        assertThat(thrown.getStackTrace()).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} opens")
    @CsvSource({"encrypted-session.bin", "sealed-result.bin"})
    void theUndamagedSamplesOpen(String name) throws Exception {
        char[] passphrase = HostileCorpus.PASSPHRASE.toCharArray();
        byte[] bytes = CryptoFiles.read(corpus("crypto", name));
        TherapistKeys therapist =
                TherapistKeyFile.open(
                        "therapist.key",
                        CryptoFiles.read(corpus("crypto", "therapist.key")),
                        passphrase);
        String opened =
                new String(
                        name.startsWith("sealed")
                                ? SealedFile.open(name, bytes, therapist)
                                : EncryptedFile.decrypt(name, bytes, passphrase),
                        StandardCharsets.UTF_8);
        assertThat(opened)
                .startsWith("{")
                .contains(
                        name.startsWith("sealed") ? "\"grayarea.result\"" : "\"grayarea.session\"");
    }
}
