package grayarea.cli;

import grayarea.bank.AnswerSheetFit;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.BankCatalog;
import grayarea.bank.BankLoader;
import grayarea.bank.BankRef;
import grayarea.bank.Json;
import grayarea.bank.JsonDocument;
import grayarea.bank.Problem;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import grayarea.report.ComparisonReport;
import grayarea.scoring.Comparison;
import grayarea.scoring.ComparisonTurn;
import grayarea.scoring.CoupleComparison;
import grayarea.session.ComparisonJson;
import grayarea.session.TurnFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code compare --first FILE --second FILE [--bank FILE] [--format text|json]}: two partners'
 * turns side by side. Each file is an answer sheet or a turn file. The sharing choices and the
 * safety gate apply (docs/safety.md): when the gate is closed, only a neutral message is printed.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two partners' turns (couple mode): where their lines differ, double standards,"
                + " how each sees the other, and where to start talking. Each FILE is an answer sheet or a turn"
                + " file. Only shared answers are compared; private answers never are.")
final class CompareCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @Option(names = "--first", required = true, paramLabel = "FILE", description = "the first partner's answer sheet or turn file")
    private Path first;

    @Option(names = "--second", required = true, paramLabel = "FILE", description = "the second partner's answer sheet or turn file")
    private Path second;

    @Option(names = "--bank", paramLabel = "FILE", description = "the question bank both turns were answered to")
    private Path bankFile;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE})")
    private Format format;

    @Option(names = "--language", paramLabel = "CODE",
            description = "language of the text output and of the conversation starters (default: the first turn's own)")
    private String language;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** One file read and checked: the turn it gives (gate and sharing applied) and its language. */
    private record Read(ComparisonTurn turn, String language) {
    }

    /** A file read but not yet checked against a bank: an answer sheet or a turn file. */
    private record Loaded(AnswerSheetJson.Located sheet, TurnFile.Contents turnFile) {
        BankRef bank() {
            return sheet != null ? sheet.sheet().bank() : turnFile.turn().bank();
        }

        Problem problemAtBank(String message) {
            return sheet != null ? sheet.problemAtBank(message) : turnFile.problemAtBank(message);
        }
    }

    @Override
    public Integer call() {
        QuestionBank given = null;
        List<Problem> problems = new ArrayList<>();
        if (bankFile != null) {
            try {
                given = BankLoader.load(bankFile);
            } catch (ProblemsException e) {
                return report(e.problems());
            }
        }
        Loaded a = load(first, problems);
        Loaded b = load(second, problems);
        if (a == null || b == null) {
            return report(problems);
        }
        QuestionBank bank = given;
        if (bank == null) {
            BankCatalog catalog = BankCatalog.bundled();
            bank = catalog.find(a.bank()).orElse(null);
            if (bank == null) {
                List<String> versions = catalog.versionsOf(a.bank().id());
                String known = versions.isEmpty() ? "no bank with that id" : "only version " + String.join(", ", versions);
                return report(List.of(a.problemAtBank("this turn is to \"" + a.bank().id() + "\" version "
                        + a.bank().version() + ", which this app does not have (it has " + known
                        + "); give the bank with --bank FILE")));
            }
        }
        Read ra = prepare(bank, a, problems);
        Read rb = prepare(bank, b, problems);
        if (!problems.isEmpty()) {
            return report(problems);
        }
        String lang = language != null ? language : ra.language() != null ? ra.language() : bank.languages().get(0);
        Comparison comparison = CoupleComparison.compare(bank, ra.turn(), rb.turn(), lang);
        ComparisonReport report = new ComparisonReport(bank, lang);
        if (format == Format.json) {
            spec.commandLine().getOut().print(Json.write(ComparisonJson.tree(bank, comparison, ra.turn(), rb.turn())));
        } else {
            spec.commandLine().getOut().print(report.render(comparison, ra.turn().respondent(), rb.turn().respondent()));
        }
        return 0;
    }

    private Loaded load(Path path, List<Problem> problems) {
        try {
            JsonDocument document = JsonDocument.read(path);
            if (TurnFile.isTurnFile(document)) {
                return new Loaded(null, TurnFile.read(document));
            }
            return new Loaded(AnswerSheetJson.read(document), null);
        } catch (ProblemsException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** Checks a file against the bank and applies the gate and the sharing choices. */
    private static Read prepare(QuestionBank bank, Loaded loaded, List<Problem> problems) {
        if (!loaded.bank().equals(bank.ref())) {
            problems.add(loaded.problemAtBank("this turn is to " + loaded.bank().id() + " " + loaded.bank().version()
                    + ", but the comparison uses " + bank.id() + " " + bank.version()
                    + "; both partners must answer the same bank"));
            return null;
        }
        if (loaded.sheet() != null) {
            List<Problem> fit = AnswerSheetFit.check(bank, loaded.sheet());
            problems.addAll(fit);
            return fit.isEmpty() ? new Read(ComparisonTurn.of(bank, loaded.sheet().sheet()),
                    loaded.sheet().sheet().language()) : null;
        }
        TurnFile.Contents contents = loaded.turnFile();
        if (contents.answers() == null) {
            return new Read(contents.turn(), null);
        }
        List<Problem> fit = AnswerSheetFit.check(bank, contents.answers());
        problems.addAll(fit);
        return fit.isEmpty() ? new Read(contents.turn(), contents.answers().sheet().language()) : null;
    }

    private int report(List<Problem> problems) {
        problems.forEach(p -> spec.commandLine().getErr().println(p));
        return GrayAreaCli.PROBLEMS;
    }
}
