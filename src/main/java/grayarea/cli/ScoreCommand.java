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
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code score --answers FILE... [--bank FILE] [--format text|json] [--region XX]}: one result per
 * answer sheet, with the help lines for the region (the system's country by default).
 */
@Command(name = "score", mixinStandardHelpOptions = true)
final class ScoreCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format {
        text,
        json
    }

    @Option(names = "--answers", arity = "1..*", required = true, paramLabel = "FILE")
    private List<Path> answers;

    @Option(names = "--bank", paramLabel = "FILE")
    private Path bankFile;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT")
    private Format format;

    @Option(names = "--region", paramLabel = "XX")
    private String region;

    @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Banks banks;
        try {
            banks = Banks.of(bankFile);
        } catch (ProblemsException e) {
            GrayAreaCli.print(spec, e.problems());
            return GrayAreaCli.PROBLEMS;
        }
        // each sheet's result is written as soon as it is scored, so memory stays flat however many
        // sheets are given (10,000 sheets built as one tree took 1.1 GB): see docs/performance.md
        PrintWriter out = spec.commandLine().getOut();
        int code = 0;
        boolean first = true;
        try (JsonGenerator json = format == Format.json ? Json.generator(out) : null) {
            if (json != null) {
                json.writeStartObject();
                json.writeArrayPropertyStart("results");
            }
            for (Path path : answers) {
                try {
                    AnswerSheetJson.Located located = AnswerSheetJson.read(path);
                    QuestionBank bank =
                            banks.forFile(
                                    located.sheet().bank(),
                                    "problem.sheetToUnknownBank",
                                    located::problemAtBank);
                    List<Problem> problems = AnswerSheetFit.check(bank, located);
                    if (!problems.isEmpty()) {
                        throw new ProblemsException(problems);
                    }
                    Result result = new ScoringEngine(bank).score(located.sheet());
                    if (json != null) {
                        ObjectNode entry = Json.object();
                        entry.put("file", path.toString());
                        entry.put("bank", bank.id());
                        entry.put("bankVersion", bank.version());
                        entry.set("result", ResultFile.resultTree(result));
                        json.writeTree(entry);
                    } else {
                        String lang =
                                GrayAreaCli.resultLanguage(spec, bank, located.sheet().language());
                        if (!first) {
                            out.print("\n" + "-".repeat(60) + "\n\n");
                        }
                        out.print(
                                path
                                        + "\n\n"
                                        + new TextReport(bank, lang, Region.of(region))
                                                .renderOnScreen(located.sheet(), result));
                        out.flush();
                    }
                    first = false;
                } catch (ProblemsException e) {
                    if (json != null) {
                        json.flush();
                    }
                    GrayAreaCli.print(spec, e.problems());
                    code = GrayAreaCli.PROBLEMS;
                }
            }
            if (json != null) {
                json.writeEndArray();
                json.writeEndObject();
            }
        }
        if (format == Format.json) {
            out.print("\n");
        }
        out.flush();
        return code;
    }
}
