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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    @TempDir Path dir;

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** A run on an English system. */
    static Run run(String... args) {
        return runOn("en", args);
    }

    /** A run on a system whose language is {@code systemLanguage}. */
    static Run runOn(String systemLanguage, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code =
                GrayAreaCli.run(args, new PrintWriter(out), new PrintWriter(err), systemLanguage);
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * Runs grayarea.Main in a fresh JVM, as the jar runs it, with the environment given; out and
     * err are files.
     */
    private Process freshJvm(Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command =
                new ArrayList<>(
                        List.of(
                                java,
                                "-Duser.language=en",
                                "-cp",
                                System.getProperty("java.class.path"),
                                "grayarea.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeAll(List.of("LC_ALL", "LC_MESSAGES", "LANG"));
        builder.environment().putAll(environment);
        builder.redirectOutput(dir.resolve("out.txt").toFile());
        builder.redirectError(dir.resolve("err.txt").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process;
    }

    static Stream<String> sampleSheets() {
        return Stream.of(
                        "answers-intake.json",
                        "answers-partner.json",
                        "answers-safety.json",
                        "answers-self.json")
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
        return write(name, sample.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
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
            assertThat(run.out().lines())
                    .hasSize(2)
                    .satisfiesExactly(
                            line ->
                                    assertThat(line)
                                            .matches(
                                                    "questions/micro-cheating\\.json: valid \\(micro-cheating 1\\.1\\.0, 43 questions\\)"),
                            line ->
                                    assertThat(line)
                                            .matches(
                                                    "questions/examples/intake-example\\.json: valid \\(intake-example 1\\.0\\.0, 9 questions\\)"));
            assertThat(run.err()).isEmpty();
        }

        @Test
        @DisplayName("a broken bank: exit 1 and every located problem on standard error")
        void aBrokenBank() throws URISyntaxException {
            Path bank = severalProblems();
            Run run = run("validate", bank.toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.errLines())
                    .containsExactly(SeveralProblemsFile.expected(bank.toString()));
            assertThat(run.out()).isEmpty();
        }

        @Test
        @DisplayName(
                "a valid and a broken bank: the valid one is reported, the broken one's problems too, exit 1")
        void aValidAndABrokenBank() throws URISyntaxException {
            Path bank = severalProblems();
            Run run = run("validate", DEFAULT_BANK, bank.toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.out()).startsWith("questions/micro-cheating.json: valid");
            assertThat(run.errLines())
                    .containsExactly(SeveralProblemsFile.expected(bank.toString()));
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
            assertThat(run.errLines())
                    .containsExactly(empty + ":1:1: the file is empty; a JSON object was expected");
        }

        @Test
        @DisplayName("no bank named: exit 2 with the usage")
        void noArguments() {
            Run run = run("validate");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err())
                    .contains("Missing required parameter: 'BANK'")
                    .contains("Usage: grayarea validate");
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
        @DisplayName(
                "in a fresh JVM, as the jar runs it, validate prints nothing on standard error")
        void aFreshJvmIsQuiet() throws IOException, InterruptedException {
            Process process = freshJvm(Map.of(), "validate", DEFAULT_BANK);
            assertThat(Files.readString(dir.resolve("err.txt"))).isEmpty();
            assertThat(Files.readString(dir.resolve("out.txt")))
                    .startsWith("questions/micro-cheating.json: valid");
            assertThat(process.exitValue()).isZero();
        }
    }

    @Nested
    class TopLevel {

        @Test
        void version() {
            Run run = run("--version");
            assertThat(run.code()).isZero();
            assertThat(run.out().strip())
                    .isEqualTo("Gray Area " + AppVersion.get())
                    .matches("Gray Area \\d+\\.\\d+\\.\\d+.*");
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
            Run run =
                    run(
                            "score",
                            "--colour",
                            "red",
                            "--answers",
                            "questions/examples/answers-partner.json");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err())
                    .contains("Unknown options: '--colour', 'red'")
                    .contains("Usage: grayarea score");
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
            Run run =
                    run(
                            "score",
                            "--answers",
                            "questions/examples/answers-partner.json",
                            "--colour",
                            "red");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err())
                    .contains("Unknown option: '--colour'", "Usage: grayarea score")
                    .doesNotContain("no such file");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void anUnknownTopLevelOption() {
            Run run = run("--colour");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("--colour");
        }

        @Test
        @DisplayName(
                "no command at all (the window is Main's business, not the command line's): exit 2")
        void noCommand() {
            Run run = run();
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err())
                    .contains("name a command: validate, score, compare, report or export-csv");
        }
    }

    /**
     * The same command line for a Spanish speaker: chosen with --lang es, or by the system's
     * language.
     */
    @Nested
    class InSpanish {

        @Test
        @DisplayName(
                "--help: the usage, the commands, their descriptions and the exit codes in Spanish")
        void help() {
            Run run = run("--lang", "es", "--help");
            assertThat(run.code()).isZero();
            assertThat(run.out())
                    .startsWith("Uso: grayarea [-hV] [--lang=LANG] [COMMAND]")
                    .contains(
                            "Gray Area: autoevaluaciones privadas sobre una relación,",
                            "-h, --help        Muestra esta ayuda y termina.",
                            "Órdenes:",
                            "Comprueba bancos de preguntas.",
                            "Crea el informe en PDF para terapeutas",
                            "Escribe una tabla de archivos de resultado en CSV",
                            "Códigos de salida:",
                            "2   la orden no se usó correctamente")
                    .doesNotContain("Usage", "Commands", "Show this help");
            assertThat(run.err()).isEmpty();
        }

        @Test
        @DisplayName("a command's help in Spanish, on a Spanish system, without --lang")
        void helpOfACommandOnASpanishSystem() {
            Run run = runOn("es", "score", "--help");
            assertThat(run.code()).isZero();
            assertThat(run.out())
                    .startsWith("Uso: grayarea score")
                    .contains(
                            "--answers=FILE...   archivos de hojas de respuestas (JSON)",
                            "--format=FORMAT     text o json (por defecto: text)");
        }

        @Test
        @DisplayName("validate: the valid line in Spanish")
        void theValidLine() {
            Run run = run("validate", "--lang", "es", DEFAULT_BANK);
            assertThat(run.code()).isZero();
            assertThat(run.out().strip())
                    .matches(
                            "questions/micro-cheating\\.json: válido \\(micro-cheating 1\\.1\\.0, 43 preguntas\\)");
            assertThat(run.err()).isEmpty();
        }

        @Test
        @DisplayName("validate: every problem in Spanish, each still FILE:LINE:COLUMN")
        void aBrokenBank() throws URISyntaxException {
            Path bank = severalProblems();
            Run run = runOn("es", "validate", bank.toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.errLines())
                    .containsExactly(SeveralProblemsFile.expectedInSpanish(bank.toString()));
        }

        @Test
        void aMissingFile() {
            Path missing = dir.resolve("missing.json");
            Run run = runOn("es", "validate", missing.toString());
            assertThat(run.errLines()).containsExactly(missing + ":1:1: no existe ese archivo");
        }

        @Test
        @DisplayName(
                "score: a sheet for a bank version the app lacks, in Spanish, pointing to --bank")
        void anUnknownBankVersion() throws IOException {
            Path sheet = sheetWith("old.json", "\"version\": \"1.0.0\"", "\"version\": \"0.1.0\"");
            Run run = run("--lang=es", "score", "--answers", sheet.toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.errLines())
                    .containsExactly(
                            sheet
                                    + ":"
                                    + at(sheet, "{\n    \"id\": \"micro-cheating\"")
                                    + ": estas respuestas son de"
                                    + " \"micro-cheating\" versión 0.1.0, que esta aplicación no tiene (tiene solo la versión 1.1.0, 1.0.0);"
                                    + " indica el banco con --bank FILE");
        }

        @Test
        @DisplayName("a command used wrongly: what is wrong, then the usage, in Spanish; exit 2")
        void usedWrongly() {
            Run run = runOn("es", "validate");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err())
                    .startsWith("Falta el parámetro obligatorio: 'BANK'")
                    .contains("Uso: grayarea validate", "archivos de bancos de preguntas (JSON)");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void anUnknownOption() {
            Run run =
                    runOn(
                            "es",
                            "score",
                            "--colour",
                            "red",
                            "--answers",
                            "questions/examples/answers-partner.json");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).startsWith("Opciones desconocidas: '--colour', 'red'");
        }

        @Test
        void anUnknownFormat() {
            Run run =
                    runOn(
                            "es",
                            "score",
                            "--format",
                            "xml",
                            "--answers",
                            "questions/examples/answers-intake.json");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err())
                    .startsWith(
                            "Valor no válido para la opción '--format': se esperaba uno de [text, json]"
                                    + " (se distinguen mayúsculas y minúsculas), pero se recibió 'xml'");
        }

        @Test
        @DisplayName("a mistyped command: a suggestion in Spanish")
        void aMistypedCommand() {
            Run run = runOn("es", "scor");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.errLines())
                    .containsExactly(
                            "Argumento no reconocido en la posición 0: 'scor'",
                            "¿Quisiste decir: grayarea score, grayarea report o grayarea compare?");
        }

        @Test
        void noCommand() {
            Run run = runOn("es");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err())
                    .startsWith("indica una orden: validate, score, compare, report o export-csv");
        }

        @Test
        @DisplayName(
                "report and export-csv: what they wrote, and nothing written after a problem, in Spanish")
        void reportAndExportCsv() throws IOException {
            Path pdf = dir.resolve("informe.pdf");
            Run report =
                    runOn(
                            "es",
                            "report",
                            "--answers",
                            "questions/examples/answers-partner.json",
                            "--out",
                            pdf.toString());
            assertThat(report.code()).isZero();
            assertThat(report.out().strip()).isEqualTo("se escribió " + pdf);
            Path missing = dir.resolve("missing.json");
            Run csv =
                    runOn(
                            "es",
                            "export-csv",
                            "--out",
                            dir.resolve("tabla.csv").toString(),
                            missing.toString());
            assertThat(csv.code()).isEqualTo(1);
            assertThat(csv.errLines())
                    .containsExactly(
                            missing + ":1:1: no existe ese archivo",
                            "no se escribió nada: corrige o deja fuera los archivos de arriba");
            Run neither = runOn("es", "report", "--out", pdf.toString());
            assertThat(neither.code()).isEqualTo(2);
            assertThat(neither.err())
                    .startsWith(
                            "Error: falta un argumento obligatorio (indica uno de estos):"
                                    + " (--answers=FILE | [--first=FILE --second=FILE])");
        }

        @Test
        @DisplayName(
                "--lang en wins over a Spanish system; a language it does not speak gives English")
        void theLanguageChosen() {
            assertThat(runOn("es", "--lang", "en", "validate", DEFAULT_BANK).out())
                    .contains(": valid (");
            assertThat(runOn("fr", "validate", DEFAULT_BANK).out()).contains(": valid (");
            Run wrong = runOn("es", "--lang", "fr", "validate", DEFAULT_BANK);
            assertThat(wrong.code()).isEqualTo(2);
            assertThat(wrong.err())
                    .startsWith("Invalid value for option '--lang': expected one of [en, es]");
        }

        @Test
        @DisplayName(
                "the system's language: LC_ALL, then LC_MESSAGES, then LANG, then Java's; C names none")
        void theSystemLanguage() {
            assertThat(CliTexts.systemLanguage(Map.of("LANG", "es_ES.UTF-8"), Locale.ENGLISH))
                    .isEqualTo("es");
            assertThat(
                            CliTexts.systemLanguage(
                                    Map.of("LANG", "es_MX.UTF-8", "LC_ALL", "en_US.UTF-8"),
                                    Locale.ENGLISH))
                    .isEqualTo("en");
            assertThat(
                            CliTexts.systemLanguage(
                                    Map.of("LANG", "en_US.UTF-8", "LC_MESSAGES", "es"),
                                    Locale.ENGLISH))
                    .isEqualTo("es");
            assertThat(
                            CliTexts.systemLanguage(
                                    Map.of("LANG", "C.UTF-8"), Locale.forLanguageTag("es")))
                    .isEqualTo("es");
            assertThat(CliTexts.systemLanguage(Map.of(), Locale.forLanguageTag("es-ES")))
                    .isEqualTo("es");
        }

        @Test
        @DisplayName("in a fresh JVM with LANG=es_ES.UTF-8, as the jar runs it: Spanish")
        void aFreshJvmWithASpanishLang() throws IOException, InterruptedException {
            Path missing = dir.resolve("missing.json");
            Process process =
                    freshJvm(
                            Map.of("LANG", "es_ES.UTF-8"),
                            "validate",
                            DEFAULT_BANK,
                            missing.toString());
            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(Files.readString(dir.resolve("out.txt")))
                    .startsWith("questions/micro-cheating.json: válido (");
            assertThat(Files.readString(dir.resolve("err.txt")))
                    .isEqualTo(missing + ":1:1: no existe ese archivo" + System.lineSeparator());
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
            List<String> labels =
                    bank.primary().bands().stream()
                            .map(Band::label)
                            .map(l -> l.in(language))
                            .toList();
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
                assertThat(entry.get("bank").stringValue())
                        .isIn("micro-cheating", "intake-example");
                assertThat(entry.get("bankVersion").stringValue()).isEqualTo("1.0.0");
                assertThat(entry.get("result").isObject()).isTrue();
            }
        }

        @Test
        @DisplayName(
                "a sheet for a bank version the app does not have: exit 1, located, pointing to --bank")
        void anUnknownBankVersion() throws IOException {
            Path sheet = sheetWith("old.json", "\"version\": \"1.0.0\"", "\"version\": \"0.9.0\"");
            Run run = run("score", "--answers", sheet.toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.errLines())
                    .containsExactly(
                            sheet
                                    + ":"
                                    + at(sheet, "{\n    \"id\": \"micro-cheating\"")
                                    + ": these answers are to \"micro-cheating\" version 0.9.0, which this app does not have"
                                    + " (it has only version 1.1.0, 1.0.0); give the bank with --bank FILE");
            assertThat(run.out()).isEmpty();
        }

        @Test
        @DisplayName("a sheet for a bank the app has never heard of: exit 1, located")
        void anUnknownBank() throws IOException {
            Path sheet =
                    sheetWith(
                            "other.json",
                            "\"id\": \"micro-cheating\"",
                            "\"id\": \"someone-elses\"");
            Run run = run("score", "--answers", sheet.toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.errLines())
                    .containsExactly(
                            sheet
                                    + ":"
                                    + at(sheet, "{\n    \"id\": \"someone-elses\"")
                                    + ": these answers are to \"someone-elses\" version 1.0.0, which this app does not have"
                                    + " (it has no bank with that id); give the bank with --bank FILE");
        }

        @Test
        @DisplayName("--bank with the bank the sheet names scores it")
        void withTheBankGiven() {
            Run run =
                    run(
                            "score",
                            "--bank",
                            INTAKE_BANK,
                            "--answers",
                            "questions/examples/answers-intake.json");
            assertThat(run.code()).isZero();
            assertThat(run.err()).isEmpty();
        }

        @Test
        @DisplayName("--bank with another bank: exit 1, located at the sheet's bank")
        void withAnotherBankGiven() throws IOException {
            String sheet = "questions/examples/answers-partner.json";
            Run run = run("score", "--bank", INTAKE_BANK, "--answers", sheet);
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.errLines())
                    .containsExactly(
                            sheet
                                    + ":"
                                    + at(Path.of(sheet), "{\n    \"id\": \"micro-cheating\"")
                                    + ": these answers are to the bank \"micro-cheating\", not to \"intake-example\"");
        }

        @Test
        @DisplayName("a broken --bank: exit 1 with its located problems")
        void withABrokenBank() throws URISyntaxException {
            Path bank = severalProblems();
            Run run =
                    run(
                            "score",
                            "--bank",
                            bank.toString(),
                            "--answers",
                            "questions/examples/answers-intake.json");
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.errLines())
                    .containsExactly(SeveralProblemsFile.expected(bank.toString()));
        }

        @Test
        @DisplayName("a sheet with an unknown question: exit 1 with FILE:LINE:COLUMN")
        void anUnknownQuestion() throws IOException {
            Path sheet =
                    sheetWith(
                            "unknown.json",
                            "\"freq-disguised-contact\": {",
                            "\"freq-fake-name\": {");
            Run run = run("score", "--answers", sheet.toString());
            assertThat(run.code()).isEqualTo(1);
            String key = "\"freq-fake-name\": ";
            String[] lineColumn = at(sheet, key).split(":");
            String value = lineColumn[0] + ":" + (Integer.parseInt(lineColumn[1]) + key.length());
            assertThat(run.errLines())
                    .containsExactly(
                            sheet
                                    + ":"
                                    + value
                                    + ": unknown question \"freq-fake-name\": the bank has no question with that id");
        }

        @Test
        @DisplayName(
                "a sheet with an answer the question does not offer: exit 1 with FILE:LINE:COLUMN")
        void anOptionNotOffered() throws IOException {
            Path sheet =
                    sheetWith("option.json", "\"value\": \"often\"", "\"value\": \"constantly\"");
            Run run = run("score", "--answers", sheet.toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.errLines())
                    .containsExactly(
                            sheet
                                    + ":"
                                    + at(sheet, "\"constantly\"")
                                    + ": \"constantly\" is not an answer the question \"freq-social-media-focus\" offers;"
                                    + " it offers \"never\", \"rarely\", \"sometimes\", \"often\"");
        }

        @Test
        @DisplayName("one bad sheet among good ones: the good ones still get results, exit 1")
        void oneBadSheetAmongGoodOnes() throws IOException {
            Path bad = sheetWith("bad.json", "\"value\": \"often\"", "\"value\": \"constantly\"");
            Run run =
                    run(
                            "score",
                            "--answers",
                            "questions/examples/answers-intake.json",
                            bad.toString(),
                            "questions/examples/answers-self.json");
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.errLines()).singleElement().asString().startsWith(bad + ":");
            assertThat(run.out())
                    .contains(
                            "questions/examples/answers-intake.json\n",
                            "questions/examples/answers-self.json\n")
                    .doesNotContain(bad.toString());
        }

        @Test
        @DisplayName(
                "one bad sheet among good ones, as JSON: entries for the good ones only, still parseable")
        void oneBadSheetAmongGoodOnesAsJson() throws IOException {
            Path bad = sheetWith("bad.json", "\"value\": \"often\"", "\"value\": \"constantly\"");
            Run run =
                    run(
                            "score",
                            "--format",
                            "json",
                            "--answers",
                            "questions/examples/answers-intake.json",
                            bad.toString());
            assertThat(run.code()).isEqualTo(1);
            JsonNode results = JsonMapper.builder().build().readTree(run.out()).get("results");
            assertThat(results.size()).isEqualTo(1);
            assertThat(results.get(0).get("file").stringValue())
                    .isEqualTo("questions/examples/answers-intake.json");
        }

        @Test
        void aSheetThatIsNotJson() throws IOException {
            Path sheet = write("broken.json", "{\"kind\": \"grayarea.answer-sheet\",\n");
            Run run = run("score", "--answers", sheet.toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.errLines())
                    .singleElement()
                    .asString()
                    .matches(Pattern.quote(sheet.toString()) + ":\\d+:\\d+: not valid JSON: .+");
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
            assertThat(run.errLines())
                    .containsExactly(
                            DEFAULT_BANK
                                    + ":3:11: this is a \"grayarea.question-bank\" file,"
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
            Run run =
                    run(
                            "score",
                            "--format",
                            "xml",
                            "--answers",
                            "questions/examples/answers-intake.json");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("xml");
        }
    }
}
