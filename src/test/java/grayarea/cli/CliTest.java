package grayarea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.AnswerSheetJson;
import grayarea.bank.Band;
import grayarea.bank.BankCatalog;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import grayarea.bank.SeveralProblemsFile;
import grayarea.session.AppVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line as a person uses it: exit codes, standard output and standard error. */
class CliTest {

    private static final String DEFAULT_BANK = "questions/micro-cheating.json";
    private static final String INTAKE_BANK = "questions/examples/intake-example.json";

    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GrayAreaCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static Stream<String> sampleSheets() {
        return Stream.of("answers-intake.json", "answers-partner.json", "answers-safety.json", "answers-self.json")
                .map(name -> "questions/examples/" + name);
    }

    private static Path severalProblems() throws URISyntaxException {
        return Path.of(CliTest.class.getResource(SeveralProblemsFile.RESOURCE).toURI());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Path sheetWith(String name, String from, String to) throws IOException {
        String sample = Files.readString(Path.of("questions/examples/answers-partner.json"));
        assertThat(sample).contains(from);
        return write(name, sample.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    /** "LINE:COLUMN" of the one occurrence of the marker in the file. */
    private static String at(Path file, String marker) throws IOException {
        String text = Files.readString(file);
        int index = text.indexOf(marker);
        assertThat(index).isNotNegative();
        assertThat(text.indexOf(marker, index + 1)).as("one " + marker).isNegative();
        String before = text.substring(0, index);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int lineStart = before.lastIndexOf('\n') + 1;
        return line + ":" + (before.codePointCount(lineStart, before.length()) + 1);
    }

    @Nested
    class Validate {

        @Test
        void bothShippedBanksAreValid() {
            Run run = run("validate", DEFAULT_BANK, INTAKE_BANK);
            assertThat(run.code()).isZero();
            assertThat(run.out().lines()).hasSize(2).satisfiesExactly(
                    line -> assertThat(line).matches("questions/micro-cheating\\.json: valid \\(micro-cheating 1\\.0\\.0, \\d+ questions\\)"),
                    line -> assertThat(line).matches(
                            "questions/examples/intake-example\\.json: valid \\(intake-example 1\\.0\\.0, 9 questions\\)"));
            assertThat(run.err()).isEmpty();
        }

        @Test
        @DisplayName("a broken bank: exit 1 and every located problem on standard error")
        void aBrokenBank() throws URISyntaxException {
            Path bank = severalProblems();
            Run run = run("validate", bank.toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.errLines()).containsExactly(SeveralProblemsFile.expected(bank.toString()));
            assertThat(run.out()).isEmpty();
        }

        @Test
        @DisplayName("a valid and a broken bank: the valid one is reported, the broken one's problems too, exit 1")
        void aValidAndABrokenBank() throws URISyntaxException {
            Path bank = severalProblems();
            Run run = run("validate", DEFAULT_BANK, bank.toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.out()).startsWith("questions/micro-cheating.json: valid");
            assertThat(run.errLines()).containsExactly(SeveralProblemsFile.expected(bank.toString()));
        }

        @Test
        void aMissingFile() {
            Path missing = dir.resolve("missing.json");
            Run run = run("validate", missing.toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.errLines()).containsExactly(missing + ":1:1: no such file");
        }

        @Test
        void anEmptyFile() throws IOException {
            Path empty = write("empty.json", "");
            Run run = run("validate", empty.toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.errLines()).containsExactly(empty + ":1:1: the file is empty; a JSON object was expected");
        }

        @Test
        @DisplayName("no bank named: exit 2 with the usage")
        void noArguments() {
            Run run = run("validate");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("Missing required parameter: 'BANK'").contains("Usage: grayarea validate");
            assertThat(run.out()).isEmpty();
        }

        @Test
        @DisplayName("logging setup prints nothing on standard error")
        void loggingIsQuiet() {
            PrintStream original = System.err;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            Run run;
            try {
                System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
                run = run("validate", DEFAULT_BANK);
            } finally {
                System.setErr(original);
            }
            assertThat(run.code()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
        }

        @Test
        @DisplayName("in a fresh JVM, as the jar runs it, validate prints nothing on standard error")
        void aFreshJvmIsQuiet() throws IOException, InterruptedException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "grayarea.Main", "validate", DEFAULT_BANK);
            builder.redirectOutput(dir.resolve("out.txt").toFile());
            builder.redirectError(dir.resolve("err.txt").toFile());
            Process process = builder.start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(dir.resolve("err.txt"))).isEmpty();
            assertThat(Files.readString(dir.resolve("out.txt"))).startsWith("questions/micro-cheating.json: valid");
            assertThat(process.exitValue()).isZero();
        }
    }

    @Nested
    class TopLevel {

        @Test
        void version() {
            Run run = run("--version");
            assertThat(run.code()).isZero();
            assertThat(run.out().strip()).isEqualTo("Gray Area " + AppVersion.get()).matches("Gray Area \\d+\\.\\d+\\.\\d+.*");
            assertThat(run.err()).isEmpty();
        }

        @Test
        void help() {
            Run run = run("--help");
            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("Usage: grayarea", "validate", "score", "Exit codes:");
            assertThat(run.err()).isEmpty();
        }

        @Test
        void helpOfACommand() {
            Run run = run("score", "--help");
            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("--answers", "--bank", "--format");
        }

        @Test
        void anUnknownCommand() {
            Run run = run("frobnicate");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("frobnicate");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void anUnknownOption() {
            Run run = run("score", "--colour", "red", "--answers", "questions/examples/answers-partner.json");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("Unknown options: '--colour', 'red'").contains("Usage: grayarea score");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void anUnknownOptionOfValidate() {
            Run run = run("validate", "--colour", DEFAULT_BANK);
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("Unknown option: '--colour'");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void anUnknownOptionAfterTheSheets() {
            Run run = run("score", "--answers", "questions/examples/answers-partner.json", "--colour", "red");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("Unknown option: '--colour'", "Usage: grayarea score").doesNotContain("no such file");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void anUnknownTopLevelOption() {
            Run run = run("--colour");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("--colour");
        }

        @Test
        @DisplayName("no command at all (the window is Main's business, not the command line's): exit 2")
        void noCommand() {
            Run run = run();
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("name a command: validate, score, compare, report or export-csv");
        }
    }

    @Nested
    class Score {

        @ParameterizedTest
        @MethodSource("grayarea.cli.CliTest#sampleSheets")
        @DisplayName("every sample sheet scores, and the result names one of its bank's bands")
        void everySampleSheet(String sheet) throws ProblemsException {
            Run run = run("score", "--answers", sheet);
            assertThat(run.code()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).startsWith(sheet);
            var located = AnswerSheetJson.read(Path.of(sheet));
            QuestionBank bank = BankCatalog.bundled().find(located.sheet().bank()).orElseThrow();
            String language = located.sheet().language();
            List<String> labels = bank.primary().bands().stream().map(Band::label).map(l -> l.in(language)).toList();
            assertThat(labels).anySatisfy(label -> assertThat(run.out()).contains(label));
        }

        @Test
        @DisplayName("several sheets in one run: one result each, in order")
        void severalSheets() {
            List<String> sheets = sampleSheets().toList();
            List<String> args = new ArrayList<>(List.of("score", "--answers"));
            args.addAll(sheets);
            Run run = run(args.toArray(String[]::new));
            assertThat(run.code()).isZero();
            assertThat(run.err()).isEmpty();
            String[] results = run.out().split("\n" + "-".repeat(60) + "\n\n");
            assertThat(results).hasSize(sheets.size());
            for (int i = 0; i < sheets.size(); i++) {
                assertThat(results[i]).startsWith(sheets.get(i) + "\n");
            }
        }

        @Test
        @DisplayName("--format json: one entry per sheet, parseable")
        void json() {
            List<String> sheets = sampleSheets().toList();
            List<String> args = new ArrayList<>(List.of("score", "--format", "json", "--answers"));
            args.addAll(sheets);
            Run run = run(args.toArray(String[]::new));
            assertThat(run.code()).isZero();
            assertThat(run.err()).isEmpty();
            JsonNode results = JsonMapper.builder().build().readTree(run.out()).get("results");
            assertThat(results.size()).isEqualTo(sheets.size());
            for (int i = 0; i < sheets.size(); i++) {
                JsonNode entry = results.get(i);
                assertThat(entry.get("file").stringValue()).isEqualTo(sheets.get(i));
                assertThat(entry.get("bank").stringValue()).isIn("micro-cheating", "intake-example");
                assertThat(entry.get("bankVersion").stringValue()).isEqualTo("1.0.0");
                assertThat(entry.get("result").isObject()).isTrue();
            }
        }

        @Test
        @DisplayName("a sheet for a bank version the app does not have: exit 1, located, pointing to --bank")
        void anUnknownBankVersion() throws IOException {
            Path sheet = sheetWith("old.json", "\"version\": \"1.0.0\"", "\"version\": \"0.9.0\"");
            Run run = run("score", "--answers", sheet.toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.errLines()).containsExactly(sheet + ":" + at(sheet, "{\n    \"id\": \"micro-cheating\"")
                    + ": these answers are to \"micro-cheating\" version 0.9.0, which this app does not have"
                    + " (it has only version 1.0.0); give the bank with --bank FILE");
            assertThat(run.out()).isEmpty();
        }

        @Test
        @DisplayName("a sheet for a bank the app has never heard of: exit 1, located")
        void anUnknownBank() throws IOException {
            Path sheet = sheetWith("other.json", "\"id\": \"micro-cheating\"", "\"id\": \"someone-elses\"");
            Run run = run("score", "--answers", sheet.toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.errLines()).containsExactly(sheet + ":" + at(sheet, "{\n    \"id\": \"someone-elses\"")
                    + ": these answers are to \"someone-elses\" version 1.0.0, which this app does not have"
                    + " (it has no bank with that id); give the bank with --bank FILE");
        }

        @Test
        @DisplayName("--bank with the bank the sheet names scores it")
        void withTheBankGiven() {
            Run run = run("score", "--bank", INTAKE_BANK, "--answers", "questions/examples/answers-intake.json");
            assertThat(run.code()).isZero();
            assertThat(run.err()).isEmpty();
        }

        @Test
        @DisplayName("--bank with another bank: exit 1, located at the sheet's bank")
        void withAnotherBankGiven() throws IOException {
            String sheet = "questions/examples/answers-partner.json";
            Run run = run("score", "--bank", INTAKE_BANK, "--answers", sheet);
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.errLines()).containsExactly(sheet + ":" + at(Path.of(sheet), "{\n    \"id\": \"micro-cheating\"")
                    + ": these answers are to the bank \"micro-cheating\", not to \"intake-example\"");
        }

        @Test
        @DisplayName("a broken --bank: exit 1 with its located problems")
        void withABrokenBank() throws URISyntaxException {
            Path bank = severalProblems();
            Run run = run("score", "--bank", bank.toString(), "--answers", "questions/examples/answers-intake.json");
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.errLines()).containsExactly(SeveralProblemsFile.expected(bank.toString()));
        }

        @Test
        @DisplayName("a sheet with an unknown question: exit 1 with FILE:LINE:COLUMN")
        void anUnknownQuestion() throws IOException {
            Path sheet = sheetWith("unknown.json", "\"freq-disguised-contact\": {", "\"freq-fake-name\": {");
            Run run = run("score", "--answers", sheet.toString());
            assertThat(run.code()).isEqualTo(1);
            String key = "\"freq-fake-name\": ";
            String[] lineColumn = at(sheet, key).split(":");
            String value = lineColumn[0] + ":" + (Integer.parseInt(lineColumn[1]) + key.length());
            assertThat(run.errLines()).containsExactly(sheet + ":" + value
                    + ": unknown question \"freq-fake-name\": the bank has no question with that id");
        }

        @Test
        @DisplayName("a sheet with an answer the question does not offer: exit 1 with FILE:LINE:COLUMN")
        void anOptionNotOffered() throws IOException {
            Path sheet = sheetWith("option.json", "\"value\": \"often\"", "\"value\": \"constantly\"");
            Run run = run("score", "--answers", sheet.toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.errLines()).containsExactly(sheet + ":" + at(sheet, "\"constantly\"")
                    + ": \"constantly\" is not an answer the question \"freq-social-media-focus\" offers;"
                    + " it offers \"never\", \"rarely\", \"sometimes\", \"often\"");
        }

        @Test
        @DisplayName("one bad sheet among good ones: the good ones still get results, exit 1")
        void oneBadSheetAmongGoodOnes() throws IOException {
            Path bad = sheetWith("bad.json", "\"value\": \"often\"", "\"value\": \"constantly\"");
            Run run = run("score", "--answers", "questions/examples/answers-intake.json", bad.toString(),
                    "questions/examples/answers-self.json");
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.errLines()).singleElement().asString().startsWith(bad + ":");
            assertThat(run.out()).contains("questions/examples/answers-intake.json\n", "questions/examples/answers-self.json\n")
                    .doesNotContain(bad.toString());
        }

        @Test
        @DisplayName("one bad sheet among good ones, as JSON: entries for the good ones only, still parseable")
        void oneBadSheetAmongGoodOnesAsJson() throws IOException {
            Path bad = sheetWith("bad.json", "\"value\": \"often\"", "\"value\": \"constantly\"");
            Run run = run("score", "--format", "json", "--answers", "questions/examples/answers-intake.json", bad.toString());
            assertThat(run.code()).isEqualTo(1);
            JsonNode results = JsonMapper.builder().build().readTree(run.out()).get("results");
            assertThat(results.size()).isEqualTo(1);
            assertThat(results.get(0).get("file").stringValue()).isEqualTo("questions/examples/answers-intake.json");
        }

        @Test
        void aSheetThatIsNotJson() throws IOException {
            Path sheet = write("broken.json", "{\"kind\": \"grayarea.answer-sheet\",\n");
            Run run = run("score", "--answers", sheet.toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.errLines()).singleElement().asString().matches(java.util.regex.Pattern.quote(sheet.toString())
                    + ":\\d+:\\d+: not valid JSON: .+");
        }

        @Test
        void aMissingSheet() {
            Path missing = dir.resolve("missing.json");
            Run run = run("score", "--answers", missing.toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.errLines()).containsExactly(missing + ":1:1: no such file");
        }

        @Test
        void aBankGivenAsAnAnswerSheet() {
            Run run = run("score", "--answers", DEFAULT_BANK);
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.errLines()).containsExactly(DEFAULT_BANK + ":3:11: this is a \"grayarea.question-bank\" file,"
                    + " not an answer sheet (\"grayarea.answer-sheet\")");
        }

        @Test
        void noSheets() {
            Run run = run("score");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("--answers");
        }

        @Test
        void anUnknownFormat() {
            Run run = run("score", "--format", "xml", "--answers", "questions/examples/answers-intake.json");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("xml");
        }
    }
}
