package grayarea.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every command of the README's "The command line" section runs as written on a fresh clone. Each
 * {@code java -jar target/grayarea.jar ...} line of that section's code blocks (a line ending in a
 * backslash goes on on the next) runs, in the README's order, as {@code grayarea.Main} (the jar's
 * main class) runs it, in one fresh JVM whose working folder is a temporary one holding only the
 * repository files the commands name (a glob is expanded as the shell would) and what earlier
 * commands wrote; the app's data folder is another empty temporary folder. Each must exit 0, print
 * nothing on standard error, and print (or write) what its command is for.
 */
class ReadmeCommandsTest {

    private static final String JAR = "java -jar target/grayarea.jar ";

    @TempDir Path work;

    @TempDir Path home;

    /**
     * The README's command-line examples, each as the words after {@code java -jar
     * target/grayarea.jar}.
     */
    static List<List<String>> readmeCommands(String readme) {
        int start = readme.indexOf("\n## The command line\n");
        assertThat(start).as("the README's \"## The command line\" section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<List<String>> commands = new ArrayList<>();
        Matcher block = Pattern.compile("\n```[a-z]*\n(.*?)\n```", Pattern.DOTALL).matcher(section);
        while (block.find()) {
            String joined = block.group(1).replaceAll("\\\\\n\\s*", " ");
            for (String line : joined.lines().map(String::strip).toList()) {
                if (line.startsWith(JAR)) {
                    assertThat(line)
                            .as("a README command the test would have to quote as a shell does")
                            .doesNotContain("\"", "'", "$", "`", "|", ">", "<", ";", "&");
                    commands.add(List.of(line.substring(JAR.length()).strip().split("\\s+")));
                }
            }
        }
        return commands;
    }

    @Test
    @DisplayName(
            "the extraction finds every java -jar line, joins continued lines and splits words")
    void extraction() {
        String readme =
                "# X\n\n## The command line\n\ntext\n\n```\njava -jar target/grayarea.jar validate a.json\n"
                        + "java -jar target/grayarea.jar compare --first a.json \\\n    --second b.json\nmvn package\n```\n\n"
                        + "## Installers\n\n```\njava -jar target/grayarea.jar not-this-one\n```\n";
        assertThat(readmeCommands(readme))
                .containsExactly(
                        List.of("validate", "a.json"),
                        List.of("compare", "--first", "a.json", "--second", "b.json"));
    }

    @Test
    @DisplayName(
            "every command of the README's command-line section runs as written on a fresh clone")
    void everyReadmeCommandRuns() throws Exception {
        Path repository = Path.of("").toAbsolutePath();
        List<List<String>> commands =
                readmeCommands(Files.readString(repository.resolve("README.md")));
        assertThat(commands)
                .as("the README's command-line examples")
                .hasSizeGreaterThanOrEqualTo(8);
        List<List<String>> expanded = new ArrayList<>();
        for (List<String> written : commands) {
            List<String> args = new ArrayList<>();
            for (String word : written) {
                args.addAll(copyFromRepository(repository, word));
            }
            expanded.add(args);
        }
        Path list = work.resolve(".commands.txt");
        Files.write(
                list,
                expanded.stream().map(args -> String.join("\t", args)).toList(),
                StandardCharsets.UTF_8);
        freshJvm(list);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            String shown = String.join(" ", commands.get(i));
            int code =
                    Integer.parseInt(Files.readString(work.resolve(".code-" + i + ".txt")).strip());
            String out =
                    Files.readString(work.resolve(".out-" + i + ".txt"), StandardCharsets.UTF_8);
            String err =
                    Files.readString(work.resolve(".err-" + i + ".txt"), StandardCharsets.UTF_8);
            if (code != 0 || !err.isEmpty()) {
                failures.add(shown + "\n  exit " + code + ", standard error: " + err.strip());
                continue;
            }
            try {
                checkOutput(expanded.get(i), out);
            } catch (AssertionError e) {
                failures.add(shown + "\n  " + e.getMessage().strip());
            }
        }
        assertThat(failures).as("README commands that do not run as written").isEmpty();
    }

    /**
     * Runs each command of a list (one a line, words separated by tabs) as {@code grayarea.Main}
     * would (it must not open the window), in order, writing its exit code, standard output and
     * standard error to files beside the list. One JVM for every command, in the folder the
     * commands are run from; Main's own {@code System.exit} is left out.
     */
    static final class Runner {
        public static void main(String[] argv) throws Exception {
            Path list = Path.of(argv[0]);
            Method opensWindow =
                    Class.forName("grayarea.Main").getDeclaredMethod("opensWindow", String[].class);
            opensWindow.setAccessible(true);
            List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String[] args = lines.get(i).split("\t");
                Path folder = list.getParent();
                int code;
                try (PrintWriter out =
                                new PrintWriter(
                                        Files.newBufferedWriter(
                                                folder.resolve(".out-" + i + ".txt"),
                                                StandardCharsets.UTF_8));
                        PrintWriter err =
                                new PrintWriter(
                                        Files.newBufferedWriter(
                                                folder.resolve(".err-" + i + ".txt"),
                                                StandardCharsets.UTF_8))) {
                    if ((boolean) opensWindow.invoke(null, (Object) args)) {
                        err.println("this would open the window, not the command line");
                        code = -1;
                    } else {
                        code = GrayAreaCli.run(args, out, err);
                    }
                }
                Files.writeString(folder.resolve(".code-" + i + ".txt"), Integer.toString(code));
            }
        }
    }

    /**
     * The word as the shell would pass it (a glob expanded against the repository), each path the
     * repository has copied into the work folder; a word that names nothing there (an option, an
     * output) is passed as it is.
     */
    private List<String> copyFromRepository(Path repository, String word) throws IOException {
        List<String> words = new ArrayList<>();
        if (word.contains("*") || word.contains("?")) {
            Path folder = repository.resolve(word).getParent();
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + word);
            try (Stream<Path> files = Files.list(folder)) {
                files.map(repository::relativize)
                        .filter(matcher::matches)
                        .map(Path::toString)
                        .sorted()
                        .forEach(words::add);
            }
            assertThat(words).as("files matching " + word).isNotEmpty();
        } else {
            words.add(word);
        }
        for (String each : words) {
            Path source = word.startsWith("-") ? null : repository.resolve(each).normalize();
            if (source != null
                    && source.startsWith(repository)
                    && !source.equals(repository)
                    && Files.exists(source)) {
                copy(source, work.resolve(each));
            }
        }
        return words;
    }

    /**
     * Copies a file, or a folder's files, leaving what is already there (an earlier command's copy
     * or output).
     */
    private static void copy(Path source, Path target) throws IOException {
        try (Stream<Path> tree = Files.walk(source)) {
            for (Path each : tree.filter(Files::isRegularFile).toList()) {
                Path to = target.resolve(source.relativize(each).toString());
                if (!Files.exists(to)) {
                    Files.createDirectories(to.getParent());
                    Files.copy(each, to);
                }
            }
        }
    }

    /**
     * The Runner in a fresh JVM, in the work folder, on an English system, with an empty data
     * folder.
     */
    private void freshJvm(Path list) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command =
                List.of(
                        java,
                        "-Duser.language=en",
                        "-Dgrayarea.home=" + home,
                        "-cp",
                        System.getProperty("java.class.path"),
                        Runner.class.getName(),
                        list.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().keySet().removeAll(List.of("LC_ALL", "LC_MESSAGES", "LANG"));
        builder.redirectOutput(work.resolve(".runner-out.txt").toFile());
        builder.redirectError(work.resolve(".runner-err.txt").toFile());
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("still running after 180 s: " + list);
        }
        assertThat(process.exitValue())
                .as(Files.readString(work.resolve(".runner-err.txt")))
                .isZero();
    }

    /** What the command is for, in what it printed or wrote. */
    private void checkOutput(List<String> args, String out) throws IOException {
        List<String> rest = new ArrayList<>(args);
        boolean spanish = false;
        int lang = rest.indexOf("--lang");
        if (lang >= 0) {
            spanish = rest.get(lang + 1).equals("es");
            rest.subList(lang, lang + 2).clear();
        }
        String notDiagnosis = spanish ? "no un diagnóstico" : "not a diagnosis";
        String command = rest.get(0);
        switch (command) {
            case "--help" ->
                    assertThat(out)
                            .startsWith(spanish ? "Uso: grayarea" : "Usage: grayarea")
                            .contains("validate", "score", "compare", "report", "export-csv");
            case "validate" -> {
                for (String bank : rest.subList(1, rest.size())) {
                    assertThat(out).contains(bank + (spanish ? ": válido (" : ": valid ("));
                }
            }
            case "score" -> {
                List<String> sheets = valuesOf(rest, "--answers");
                if (rest.contains("json")) {
                    JsonNode results = JsonMapper.builder().build().readTree(out).get("results");
                    assertThat(results).as("one result per sheet").hasSize(sheets.size());
                } else {
                    assertThat(out).contains(sheets.toArray(String[]::new)).contains(notDiagnosis);
                }
            }
            case "compare" ->
                    assertThat(out)
                            .startsWith(
                                    spanish
                                            ? "Sus dos turnos, lado a lado:"
                                            : "Your two turns side by side:")
                            .contains(notDiagnosis);
            case "report" -> {
                Path pdf = work.resolve(valuesOf(rest, "--out").get(0));
                assertThat(out.strip())
                        .isEqualTo(
                                (spanish ? "se escribió " : "wrote ")
                                        + valuesOf(rest, "--out").get(0));
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    assertThat(new PDFTextStripper().getText(doc))
                            .contains(spanish ? "Resumen" : "Clinician summary");
                }
            }
            case "export-csv" -> {
                String csv = valuesOf(rest, "--out").get(0);
                Matcher wrote =
                        Pattern.compile(
                                        (spanish ? "se escribió|se escribieron" : "wrote")
                                                + " (\\d+) ")
                                .matcher(out);
                assertThat(wrote.find()).as(out).isTrue();
                int rows = Integer.parseInt(wrote.group(1));
                assertThat(rows).as("rows written").isPositive();
                assertThat(Files.readAllLines(work.resolve(csv), StandardCharsets.UTF_8))
                        .hasSize(rows + 1);
            }
            default ->
                    fail(
                            "a README command this test does not know what to expect of: "
                                    + command
                                    + " (add it to ReadmeCommandsTest.checkOutput)");
        }
    }

    /** The values that follow an option, up to the next option. */
    private static List<String> valuesOf(List<String> args, String option) {
        int at = args.indexOf(option);
        assertThat(at).as(option + " in " + args).isNotNegative();
        List<String> values = new ArrayList<>();
        for (String word : args.subList(at + 1, args.size())) {
            if (word.startsWith("-")) {
                break;
            }
            values.add(word);
        }
        return values;
    }
}
