package grayarea.cli;

import grayarea.bank.AnswerSheetFit;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.Json;
import grayarea.bank.Problem;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import grayarea.report.TextReport;
import grayarea.scoring.Result;
import grayarea.scoring.ScoringEngine;
import grayarea.session.ResultFile;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code score --answers FILE... [--bank FILE] [--format text|json]}: one result per answer sheet. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score answer sheets: one result for each. Without --bank, each sheet is scored with the"
                + " bank version it names, from the banks built into the app.")
final class ScoreCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @Option(names = "--answers", arity = "1..*", required = true, paramLabel = "FILE",
            description = "answer sheet files (JSON)")
    private List<Path> answers;

    @Option(names = "--bank", paramLabel = "FILE", description = "the question bank the answers were given to")
    private Path bankFile;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE})")
    private Format format;

    @Option(names = "--language", paramLabel = "CODE",
            description = "language of the text output (default: the sheet's own)")
    private String language;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Banks banks;
        try {
            banks = Banks.of(bankFile);
        } catch (ProblemsException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println(p));
            return GrayAreaCli.PROBLEMS;
        }
        int code = 0;
        ObjectNode json = Json.object();
        ArrayNode results = json.putArray("results");
        StringBuilder text = new StringBuilder();
        for (Path path : answers) {
            try {
                AnswerSheetJson.Located located = AnswerSheetJson.read(path);
                QuestionBank bank = banks.forFile(located.sheet().bank(), "these answers are", located::problemAtBank);
                List<Problem> problems = AnswerSheetFit.check(bank, located);
                if (!problems.isEmpty()) {
                    throw new ProblemsException(problems);
                }
                Result result = new ScoringEngine(bank).score(located.sheet());
                if (format == Format.json) {
                    ObjectNode entry = results.addObject();
                    entry.put("file", path.toString());
                    entry.put("bank", bank.id());
                    entry.put("bankVersion", bank.version());
                    entry.set("result", ResultFile.resultTree(result));
                } else {
                    String lang = language != null ? language
                            : located.sheet().language() != null ? located.sheet().language() : bank.languages().get(0);
                    if (text.length() > 0) {
                        text.append("\n").append("-".repeat(60)).append("\n\n");
                    }
                    text.append(path).append("\n\n").append(new TextReport(bank, lang).render(located.sheet(), result));
                }
            } catch (ProblemsException e) {
                e.problems().forEach(p -> spec.commandLine().getErr().println(p));
                code = GrayAreaCli.PROBLEMS;
            }
        }
        spec.commandLine().getOut().print(format == Format.json ? Json.write(json) : text.toString());
        return code;
    }
}
