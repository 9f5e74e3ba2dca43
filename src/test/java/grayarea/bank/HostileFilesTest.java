package grayarea.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import grayarea.testing.HostileJson;
import grayarea.testing.Pipes;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a person might hand the app by mistake or on purpose. Each must give exactly one clear,
 * located line, quickly: no exception other than {@link ProblemsException}, no stack trace, no
 * hang, no running out of memory. Big and deep files are made here, in a temporary folder.
 */
class HostileFilesTest {

    private static final Duration QUICKLY = Duration.ofSeconds(5);

    @TempDir Path dir;

    /** The one problem loading the file as a bank gives, as the user sees it. */
    private static String onlyProblem(Path file) {
        Throwable thrown =
                assertTimeoutPreemptively(
                        QUICKLY, () -> catchThrowable(() -> BankLoader.load(file)));
        return onlyProblemOf(thrown);
    }

    private static String onlyProblemOf(Throwable thrown) {
        assertThat(thrown).isInstanceOf(ProblemsException.class);
        List<Problem> problems = ((ProblemsException) thrown).problems();
        assertThat(problems).hasSize(1);
        return problems.get(0).toString();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(HostileFilesTest.class.getResource("/hostile/" + name).toURI());
    }

    @Test
    void anEmptyFile() throws IOException {
        Path file = write("empty.json", new byte[0]);
        assertThat(onlyProblem(file))
                .isEqualTo(file + ":1:1: the file is empty; a JSON object was expected");
    }

    @Test
    void onlyWhitespace() throws IOException {
        Path file = write("blank.json", "  \n\t\r\n   \n");
        assertThat(onlyProblem(file))
                .isEqualTo(file + ":1:1: the file is empty; a JSON object was expected");
    }

    @Test
    @DisplayName("binary bytes that are not UTF-8 (a PNG header)")
    void binaryBytes() throws IOException {
        Path file =
                write(
                        "picture.json",
                        new byte[] {
                            (byte) 0x89,
                            'P',
                            'N',
                            'G',
                            '\r',
                            '\n',
                            0x1a,
                            '\n',
                            0,
                            0,
                            0,
                            13,
                            'I',
                            'H',
                            'D',
                            'R'
                        });
        assertThat(onlyProblem(file))
                .isEqualTo(file + ":1:1: the file is not valid UTF-8 text; save it as UTF-8");
    }

    @Test
    @DisplayName("binary bytes that happen to be valid UTF-8 (control characters)")
    void controlCharacters() throws IOException {
        Path file = write("control.json", new byte[] {0, 1, 2, 3, 4, 5, 6, 7});
        assertThat(onlyProblem(file))
                .isEqualTo(
                        file
                                + ":1:1: not valid JSON: Illegal character ((CTRL-CHAR, code 0)):"
                                + " only regular white space (\\r, \\n, \\t) is allowed between tokens");
    }

    @Test
    @DisplayName("a 100 MB file fails at once with the size message, without being read")
    void aHundredMegabyteFile() throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.write('{');
            sparse.setLength(100L * 1024 * 1024);
        }
        assertThat(onlyProblem(file))
                .isEqualTo(file + ":1:1: the file is too large (100.0 MB); at most 8.0 MB is read");
    }

    @Test
    @DisplayName("a 100 MB byte array fails at once with the size message")
    void aHundredMegabytesInMemory() {
        byte[] bytes = new byte[100 * 1024 * 1024];
        bytes[0] = '{';
        Throwable thrown =
                assertTimeoutPreemptively(
                        QUICKLY, () -> catchThrowable(() -> BankLoader.load("huge.json", bytes)));
        assertThat(onlyProblemOf(thrown))
                .isEqualTo(
                        "huge.json:1:1: the file is too large (100.0 MB); at most 8.0 MB is read");
    }

    @Test
    @DisplayName("10,000 arrays nested inside an object")
    void deeplyNestedArrays() throws IOException {
        Path file =
                write(
                        "deep-arrays.json",
                        "{\"a\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");
        // the object is level 1, the 63rd array is level 64; the next one, at column 70, is one too
        // many
        assertThat(onlyProblem(file))
                .isEqualTo(
                        file + ":1:71: the JSON is nested too deeply; at most 64 levels are read");
    }

    @Test
    @DisplayName("10,000 objects nested inside each other, never closed")
    void deeplyNestedObjects() throws IOException {
        Path file = write("deep-objects.json", "{\"a\": ".repeat(10_000));
        assertThat(onlyProblem(file))
                .isEqualTo(
                        file + ":1:386: the JSON is nested too deeply; at most 64 levels are read");
    }

    @Test
    @DisplayName("10,000 objects nested on separate lines, properly closed")
    void deeplyNestedObjectsOnLines() throws IOException {
        Path file = write("deep-lines.json", "{\"a\":\n".repeat(10_000) + "1" + "}".repeat(10_000));
        assertThat(onlyProblem(file))
                .matches(
                        Pattern.quote(file.toString())
                                + ":6[45]:\\d+: the JSON is nested too deeply; at most 64 levels are read");
    }

    @Test
    @DisplayName("Latin-1 text (café saved by an old editor) is not UTF-8")
    void latin1() throws URISyntaxException {
        Path file = resource("latin-1.json");
        // {"title": "caf  then the Latin-1 é, the 15th character of the line
        assertThat(onlyProblem(file))
                .isEqualTo(file + ":1:15: the file is not valid UTF-8 text; save it as UTF-8");
    }

    @Test
    void notUtf8IsLocatedAtTheBadByte() throws IOException {
        Path file =
                write(
                        "latin-1-late.json",
                        ("{\"kind\": \"grayarea.question-bank\",\n \"title\": \"caf\u00e9\"}")
                                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(onlyProblem(file))
                .isEqualTo(file + ":2:15: the file is not valid UTF-8 text; save it as UTF-8");
    }

    @Test
    void aListAtTheTop() throws URISyntaxException {
        Path file = resource("top-level-array.json");
        assertThat(onlyProblem(file))
                .isEqualTo(
                        file
                                + ":1:1: the file holds a list at the top; a JSON object was expected");
    }

    @Test
    void aTextAtTheTop() throws IOException {
        Path file = write("string.json", "\n  \"grayarea.question-bank\"\n");
        assertThat(onlyProblem(file))
                .isEqualTo(
                        file
                                + ":2:3: the file holds a text at the top; a JSON object was expected");
    }

    @Test
    void aNumberAtTheTop() throws IOException {
        Path file = write("number.json", "42");
        assertThat(onlyProblem(file))
                .isEqualTo(
                        file
                                + ":1:1: the file holds a number at the top; a JSON object was expected");
    }

    @Test
    void anotherObjectAfterTheFirst() throws URISyntaxException {
        Path file = resource("trailing-object.json");
        assertThat(onlyProblem(file))
                .isEqualTo(file + ":2:1: unexpected content after the end of the JSON object");
    }

    @Test
    @DisplayName("garbage after the object is one located problem")
    void garbageAfterTheObject() throws IOException {
        Path comment =
                write(
                        "comment.json",
                        "{\"kind\": \"grayarea.question-bank\"}\r\n\r\n  // saved on Windows");
        assertThat(onlyProblem(comment))
                .isEqualTo(comment + ":3:3: unexpected content after the end of the JSON object");
        Path bracket = write("bracket.json", "{\"kind\": \"grayarea.question-bank\"}\n]");
        assertThat(onlyProblem(bracket))
                .isEqualTo(bracket + ":2:1: unexpected content after the end of the JSON object");
    }

    @Test
    void garbageAfterTheObjectSaysSo() throws IOException {
        Path file = write("garbage.json", "{\"kind\": \"grayarea.question-bank\"} x");
        assertThat(onlyProblem(file))
                .isEqualTo(file + ":1:36: unexpected content after the end of the JSON object");
    }

    @Test
    void aDuplicateKey() throws URISyntaxException {
        Path file = resource("duplicate-key.json");
        assertThat(onlyProblem(file))
                .isEqualTo(file + ":2:3: the key \"id\" appears twice in the same object");
    }

    @Test
    @DisplayName("a UTF-8 byte-order mark is accepted and not counted as a column")
    void aByteOrderMark() throws URISyntaxException {
        Path file = resource("bom-duplicate-key.json");
        assertThat(onlyProblem(file))
                .isEqualTo(file + ":1:15: the key \"kind\" appears twice in the same object");
    }

    @Test
    @DisplayName("the default bank saved with a byte-order mark loads")
    void theDefaultBankWithAByteOrderMark() throws IOException, ProblemsException {
        byte[] bank = Files.readAllBytes(Path.of("questions/micro-cheating.json"));
        byte[] withBom = new byte[bank.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(bank, 0, withBom, 3, bank.length);
        Path file = write("bom.json", withBom);
        assertThat(BankLoader.load(file).id()).isEqualTo("micro-cheating");
    }

    @Test
    void aFolder() {
        assertThat(onlyProblem(dir)).isEqualTo(dir + ":1:1: this is a folder, not a file");
    }

    @Test
    void aMissingFile() {
        Path file = dir.resolve("not-there.json");
        assertThat(onlyProblem(file)).isEqualTo(file + ":1:1: no such file");
    }

    @Test
    @DisplayName("an answer sheet is read as strictly as a bank")
    void anAnswerSheetIsReadAsStrictly() throws IOException {
        Path file =
                write(
                        "sheet.json",
                        "{\"kind\": \"grayarea.answer-sheet\", \"x\": " + "[".repeat(10_000));
        Throwable thrown =
                assertTimeoutPreemptively(
                        QUICKLY, () -> catchThrowable(() -> AnswerSheetJson.read(file)));
        assertThat(onlyProblemOf(thrown))
                .endsWith(": the JSON is nested too deeply; at most 64 levels are read");
    }

    @Test
    void aNumberWithAHugeExponentInTheFile() throws IOException {
        Path file =
                write(
                        "exponent.json",
                        "{\"kind\": \"grayarea.question-bank\", \"formatVersion\": 1e99999999999}");
        assertThat(onlyProblem(file)).startsWith(file + ":1:53: ").contains("number");
    }

    @Test
    void aNumberBeyondTheDoubleRangeInABank() throws IOException {
        String bank = Files.readString(Path.of("questions/micro-cheating.json"));
        int at = bank.indexOf("\"from\": 25");
        Path file =
                write(
                        "far.json",
                        bank.substring(0, at)
                                + "\"from\": 1e999999999"
                                + bank.substring(at + "\"from\": 25".length()));
        assertThat(onlyProblem(file)).startsWith(file + ":").contains("number");
    }

    @Test
    void aNumberBeyondTheDoubleRangeInASheet() throws IOException {
        Path file =
                write(
                        "sheet.json",
                        "{\"kind\": \"grayarea.answer-sheet\", \"formatVersion\": 1e400,"
                                + " \"bank\": {\"id\": \"micro-cheating\", \"version\": \"1.0.0\"}, \"parts\": {}}");
        Throwable thrown = catchThrowable(() -> AnswerSheetJson.read(file));
        assertThat(onlyProblemOf(thrown)).startsWith(file + ":1:52: ");
    }

    @Test
    @DisplayName(
            "a named pipe (FIFO) is refused before it is opened, which would wait for a writer forever")
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aNamedPipe() throws Exception {
        Path pipe = Pipes.mkfifo(dir.resolve("bank.json"));
        String refused =
                pipe
                        + ":1:1: this is not a regular file (it may be a pipe or a device), so it is not read";
        assertThat(
                        onlyProblemOf(
                                Pipes.withoutHanging(
                                        pipe, () -> catchThrowable(() -> BankLoader.load(pipe)))))
                .isEqualTo(refused);
        assertThat(
                        onlyProblemOf(
                                Pipes.withoutHanging(
                                        pipe,
                                        () -> catchThrowable(() -> AnswerSheetJson.read(pipe)))))
                .isEqualTo(refused);
    }

    @Test
    @DisplayName("a device such as /dev/zero, which never ends, is refused before it is opened")
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aDevice() {
        assertThat(onlyProblem(Path.of("/dev/zero")))
                .isEqualTo(
                        "/dev/zero:1:1: this is not a regular file (it may be a pipe or a device), so it is not read");
    }

    @Test
    @DisplayName(
            "an 8 MB bank of long keys nested 60 deep is one located problem (the small heap: CliHostileFilesTest)")
    void anEightMegabyteFileOfNestedLongKeys() throws IOException {
        Path file =
                HostileJson.deepLongKeys(
                        dir.resolve("crafted.json"),
                        Files.readString(Path.of("questions/micro-cheating.json")),
                        "extra");
        // not timed: reading 8 MB and checking it takes seconds on a busy machine
        assertThat(onlyProblemOf(catchThrowable(() -> BankLoader.load(file))))
                .isEqualTo(file + ":2:12: \"extra\" is not a property of the bank");
    }
}
