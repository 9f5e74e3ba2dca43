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
@Command(name = "score", mixinStandardHelpOptions = true)
final class ScoreCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @Option(names = "--answers", arity = "1..*", required = true, paramLabel = "FILE")
    private List<Path> answers;

    @Option(names = "--bank", paramLabel = "FILE")
    private Path bankFile;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT")
    private Format format;

    @Option(names = "--language", paramLabel = "CODE")
    private String language;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Banks banks;
        try {
            banks = Banks.of(bankFile);
        } catch (ProblemsException e) {
            GrayAreaCli.print(spec, e.problems());
            return GrayAreaCli.PROBLEMS;
        }
        int code = 0;
        ObjectNode json = Json.object();
        ArrayNode results = json.putArray("results");
        StringBuilder text = new StringBuilder();
        for (Path path : answers) {
            try {
                AnswerSheetJson.Located located = AnswerSheetJson.read(path);
                QuestionBank bank = banks.forFile(located.sheet().bank(), "problem.sheetToUnknownBank", located::problemAtBank);
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
                GrayAreaCli.print(spec, e.problems());
                code = GrayAreaCli.PROBLEMS;
            }
        }
        spec.commandLine().getOut().print(format == Format.json ? Json.write(json) : text.toString());
        return code;
    }
}
