package grayarea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.AnswerSheetJson;
import grayarea.bank.BankCatalog;
import grayarea.bank.Json;
import grayarea.bank.QuestionBank;
import grayarea.scoring.ScoringEngine;
import grayarea.session.ResultFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code score} writes each sheet's result as soon as it is scored instead of building all of them
 * first: the output is the same as the whole tree written at once, and it reaches the output while
 * the later sheets are still being read.
 */
class ScoreStreamingTest {

    @TempDir Path dir;

    @Test
    @DisplayName("--format json streams exactly what one tree of all results would print")
    void sameJsonAsOneTree() throws Exception {
        List<String> sheets = CliTest.sampleSheets().toList();
        List<String> args = new ArrayList<>(List.of("score", "--format", "json", "--answers"));
        args.addAll(sheets);
        CliTest.Run run = CliTest.run(args.toArray(String[]::new));
        assertThat(run.code()).isZero();

        ObjectNode whole = Json.object();
        ArrayNode results = whole.putArray("results");
        BankCatalog catalog = BankCatalog.bundled();
        for (String sheet : sheets) {
            AnswerSheetJson.Located located = AnswerSheetJson.read(Path.of(sheet));
            QuestionBank bank = catalog.find(located.sheet().bank()).orElseThrow();
            ObjectNode entry = results.addObject();
            entry.put("file", sheet);
            entry.put("bank", bank.id());
            entry.put("bankVersion", bank.version());
            entry.set(
                    "result",
                    ResultFile.resultTree(new ScoringEngine(bank).score(located.sheet())));
        }
        assertThat(run.out()).isEqualTo(Json.write(whole));
    }

    @Test
    @DisplayName("a sheet with problems leaves the others' results, and the JSON stays whole")
    void problemsInTheMiddle() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{");
        String good = "questions/examples/answers-partner.json";
        CliTest.Run run =
                CliTest.run("score", "--format", "json", "--answers", good, bad.toString(), good);
        assertThat(run.code()).isEqualTo(GrayAreaCli.PROBLEMS);
        assertThat(run.err()).contains(bad.toString());
        var results = JsonMapper.builder().build().readTree(run.out()).get("results");
        assertThat(results.size()).isEqualTo(2);
        assertThat(run.out()).endsWith("}\n");
    }

    @Test
    @DisplayName("the first result is written before the last sheet is read")
    void writesAsItGoes() throws IOException {
        // the second "sheet" is a folder: reading it fails, after the first result must already be
        // out
        String good = "questions/examples/answers-partner.json";
        for (String format : List.of("json", "text")) {
            StringWriter seen = new StringWriter();
            StringBuilder atProblem = new StringBuilder();
            Writer err =
                    new Writer() {
                        @Override
                        public void write(char[] c, int off, int len) {
                            if (atProblem.length() == 0) {
                                atProblem.append(seen).append('.');
                            }
                        }

                        @Override
                        public void flush() {}

                        @Override
                        public void close() {}
                    };
            int code =
                    GrayAreaCli.run(
                            new String[] {
                                "score", "--format", format, "--answers", good, dir.toString()
                            },
                            new PrintWriter(seen),
                            new PrintWriter(err));
            assertThat(code).isEqualTo(GrayAreaCli.PROBLEMS);
            assertThat(atProblem.toString()).as(format).contains(good);
        }
    }
}
