package grayarea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.testing.HostileJson;
import grayarea.testing.Pipes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile files given to every command (issue 14, items 12 and 13), as a person sees the result:
 * one located line on standard error, exit code 1, no stack trace, no hang, in a small heap.
 */
class CliHostileFilesTest {

    private static final String SHEET = "questions/examples/answers-self.json";
    private static final String RESULT = "questions/examples/result-partner.json";
    private static final String NOT_IN_BANK = "\"extra\" is not a property of the bank";
    private static final String NOT_IN_SHEET =
            "\"extra\" is not a property of an answer sheet, which has only \"kind\", \"formatVersion\","
                    + " \"bank\", \"respondent\", \"language\", \"createdAt\", \"parts\" and \"order\"";
    private static final String NOT_A_DATE = "\"createdAt\" is not a date and time";
    private static final String NOT_REGULAR =
            ":1:1: this is not a regular file (it may be a pipe or a device), so it is not read";
    private static final String NOTHING_WRITTEN =
            "nothing was written: mend or leave out the files above";

    @TempDir Path dir;

    /**
     * Each command with the crafted file where it reads one: the file's valid original, the key
     * whose value becomes the 8 MB of nested long keys, the command line (FILE stands for the
     * crafted file, OUT for a file to write) and the one problem it must say, at line 2 column C.
     */
    static Stream<Arguments> readers() {
        return Stream.of(
                Arguments.of(
                        "validate",
                        "questions/micro-cheating.json",
                        "extra",
                        List.of("validate", "FILE"),
                        "2:12: " + NOT_IN_BANK),
                Arguments.of(
                        "score",
                        SHEET,
                        "extra",
                        List.of("score", "--answers", "FILE"),
                        "2:12: " + NOT_IN_SHEET),
                Arguments.of(
                        "compare",
                        "questions/examples/answers-couple-second.json",
                        "extra",
                        List.of(
                                "compare",
                                "--first",
                                "questions/examples/answers-couple-first.json",
                                "--second",
                                "FILE"),
                        "2:12: " + NOT_IN_SHEET),
                Arguments.of(
                        "report",
                        RESULT,
                        "createdAt",
                        List.of("report", "--answers", "FILE", "--out", "OUT"),
                        "2:16: " + NOT_A_DATE),
                Arguments.of(
                        "export-csv",
                        RESULT,
                        "createdAt",
                        List.of("export-csv", "--out", "OUT", "FILE"),
                        "2:16: " + NOT_A_DATE));
    }

    @ParameterizedTest(name = "{0}: an 8 MB file of nested long keys under -Xmx256m")
    @MethodSource("readers")
    void anEightMegabyteFileOfNestedLongKeysIsOneLocatedProblemInASmallHeap(
            String command, String valid, String key, List<String> args, String problem)
            throws Exception {
        Path file =
                HostileJson.deepLongKeys(
                        dir.resolve("crafted.json"), Files.readString(Path.of(valid)), key);
        assertThat(Files.size(file)).isGreaterThan(8_000_000);
        Path out = dir.resolve("out");
        Child child =
                small(
                        args.stream()
                                .map(
                                        a ->
                                                a.equals("FILE")
                                                        ? file.toString()
                                                        : a.equals("OUT") ? out.toString() : a)
                                .toList());
        String stdout = child.stdout();
        String stderr = child.stderr();
        assertThat(stderr).doesNotContain("Exception", "OutOfMemoryError", "\tat ");
        List<String> expected = new ArrayList<>(List.of(file + ":" + problem));
        if (command.equals("export-csv")) {
            expected.add(NOTHING_WRITTEN);
        }
        assertThat(stderr.lines()).containsExactlyElementsOf(expected);
        assertThat(stdout).isEmpty();
        assertThat(child.code()).isEqualTo(GrayAreaCli.PROBLEMS);
        assertThat(out).doesNotExist();
    }

    @Test
    void anEightMegabyteBankOfNestedTextsIsLocatedProblemsInASmallHeap() throws Exception {
        // each innermost key holds a text, so the bank's check of its texts walks all 40,000 of
        // them
        Path file =
                HostileJson.deepLongKeys(
                        dir.resolve("crafted.json"),
                        Files.readString(Path.of("questions/micro-cheating.json")),
                        "extra",
                        "{\"notes\": \"x\"}");
        Child child = small(List.of("validate", file.toString()));

        assertThat(child.stderr()).doesNotContain("Exception", "OutOfMemoryError", "\tat ");
        List<String> lines = child.stderr().lines().toList();
        assertThat(lines.get(0)).isEqualTo(file + ":2:12: " + NOT_IN_BANK);
        assertThat(lines)
                .hasSizeGreaterThan(30_000)
                .allMatch(line -> line.matches(Pattern.quote(file.toString()) + ":\\d+:\\d+: .+"));
        assertThat(child.code()).isEqualTo(GrayAreaCli.PROBLEMS);
    }

    /** What a command run in a child JVM printed and returned. */
    private record Child(int code, String stdout, String stderr) {}

    /**
     * Runs grayarea.Main in a child JVM with a 256 MB heap, as a person runs the jar, and waits for
     * it.
     */
    private Child small(List<String> args) throws Exception {
        List<String> line =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Xmx256m",
                                "-Duser.language=en",
                                "-Dgrayarea.home=" + dir.resolve("home"),
                                "-cp",
                                System.getProperty("java.class.path"),
                                "grayarea.Main"));
        line.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(line);
        builder.environment()
                .keySet()
                .removeAll(List.of("LC_ALL", "LC_MESSAGES", "LANG", "JAVA_TOOL_OPTIONS"));
        builder.redirectOutput(dir.resolve("stdout.txt").toFile());
        builder.redirectError(dir.resolve("stderr.txt").toFile());
        Process child = builder.start();
        boolean ended = child.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly().waitFor();
        }
        String stdout = Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8);
        String stderr = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
        assertThat(ended).as("the command ended; it printed:%n%s", stderr).isTrue();
        return new Child(child.exitValue(), stdout, stderr);
    }

    /**
     * Every place a command reads a file, with a named pipe there: FIFO is the pipe, FOLDER a
     * folder holding one.
     */
    static Stream<Arguments> pipes() {
        return Stream.of(
                Arguments.of(List.of("validate", "FIFO")),
                Arguments.of(List.of("score", "--answers", "FIFO")),
                Arguments.of(List.of("score", "--bank", "FIFO", "--answers", SHEET)),
                Arguments.of(List.of("compare", "--first", SHEET, "--second", "FIFO")),
                Arguments.of(List.of("report", "--answers", "FIFO", "--out", "OUT")),
                Arguments.of(
                        List.of(
                                "report",
                                "--answers",
                                SHEET,
                                "--passphrase-file",
                                "FIFO",
                                "--out",
                                "OUT")),
                Arguments.of(
                        List.of(
                                "report",
                                "--answers",
                                "src/test/resources/hostile/crypto/sealed-result.bin",
                                "--key",
                                "FIFO",
                                "--passphrase-file",
                                "PASSPHRASE",
                                "--out",
                                "OUT")),
                Arguments.of(List.of("export-csv", "--out", "OUT", "FIFO")),
                Arguments.of(
                        List.of("export-csv", "--out", "OUT", "--passphrase-file", "FIFO", RESULT)),
                Arguments.of(List.of("export-csv", "--out", "OUT", "FOLDER")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pipes")
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aNamedPipeIsRefusedWithALocatedProblemInsteadOfWaitingForever(List<String> args)
            throws Exception {
        Path folder = Files.createDirectory(dir.resolve("results"));
        Files.copy(Path.of(RESULT), folder.resolve("a.json"));
        Path fifo =
                Pipes.mkfifo(
                        args.contains("FOLDER")
                                ? folder.resolve("b.json")
                                : dir.resolve("pipe.json"));
        Path passphrase =
                Files.writeString(dir.resolve("passphrase.txt"), "hostile corpus passphrase\n");
        Path out = dir.resolve("out");
        String[] line =
                args.stream()
                        .map(
                                a ->
                                        switch (a) {
                                            case "FIFO" -> fifo.toString();
                                            case "FOLDER" -> folder.toString();
                                            case "PASSPHRASE" -> passphrase.toString();
                                            case "OUT" -> out.toString();
                                            default -> a;
                                        })
                        .toArray(String[]::new);

        CliTest.Run run = Pipes.withoutHanging(fifo, () -> CliTest.run(line));

        List<String> expected = new ArrayList<>(List.of(fifo + NOT_REGULAR));
        if (args.get(0).equals("export-csv") && !args.contains("--passphrase-file")) {
            expected.add(NOTHING_WRITTEN);
        }
        assertThat(run.errLines()).containsExactlyElementsOf(expected);
        assertThat(run.code()).isEqualTo(GrayAreaCli.PROBLEMS);
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }
}
