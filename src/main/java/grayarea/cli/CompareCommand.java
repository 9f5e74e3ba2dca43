package grayarea.cli;

import grayarea.bank.AnswerSheetFit;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.BankRef;
import grayarea.bank.Json;
import grayarea.bank.JsonDocument;
import grayarea.bank.Message;
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
 * turns side by side, in the language of {@code --lang}, else the first turn's. Each file is an
 * answer sheet or a turn file. The sharing choices and the safety gate apply (docs/safety.md): when
 * the gate is closed, only a neutral message is printed.
 */
@Command(name = "compare", mixinStandardHelpOptions = true)
final class CompareCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format {
        text,
        json
    }

    @Option(names = "--first", required = true, paramLabel = "FILE")
    private Path first;

    @Option(names = "--second", required = true, paramLabel = "FILE")
    private Path second;

    @Option(names = "--bank", paramLabel = "FILE")
    private Path bankFile;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT")
    private Format format;

    @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

    /** One file read and checked: the turn it gives (gate and sharing applied) and its language. */
    private record Read(ComparisonTurn turn, String language) {}

    /** A file read but not yet checked against a bank: an answer sheet or a turn file. */
    private record Loaded(AnswerSheetJson.Located sheet, TurnFile.Contents turnFile) {
        BankRef bank() {
            return sheet != null ? sheet.sheet().bank() : turnFile.turn().bank();
        }

        Problem problemAtBank(Message message) {
            return sheet != null ? sheet.problemAtBank(message) : turnFile.problemAtBank(message);
        }
    }

    /** Two turns read, checked against their bank, with the gate and sharing choices applied. */
    record Couple(
            QuestionBank bank, ComparisonTurn first, ComparisonTurn second, String language) {}

    @Override
    public Integer call() {
        Couple couple;
        try {
            couple = read(Banks.of(bankFile), first, second);
        } catch (ProblemsException e) {
            return report(e.problems());
        }
        QuestionBank bank = couple.bank();
        String lang = GrayAreaCli.resultLanguage(spec, bank, couple.language());
        Comparison comparison =
                CoupleComparison.compare(bank, couple.first(), couple.second(), lang);
        ComparisonReport report = new ComparisonReport(bank, lang);
        if (format == Format.json) {
            spec.commandLine()
                    .getOut()
                    .print(
                            Json.write(
                                    ComparisonJson.tree(
                                            bank, comparison, couple.first(), couple.second())));
        } else {
            spec.commandLine()
                    .getOut()
                    .print(
                            report.render(
                                    comparison,
                                    couple.first().respondent(),
                                    couple.second().respondent()));
        }
        return 0;
    }

    /** Reads two partners' files (answer sheets or turn files), every problem of both at once. */
    static Couple read(Banks banks, Path first, Path second) throws ProblemsException {
        List<Problem> problems = new ArrayList<>();
        Loaded a = load(first, problems);
        Loaded b = load(second, problems);
        if (a == null || b == null) {
            throw new ProblemsException(problems);
        }
        QuestionBank bank = banks.forFile(a.bank(), "problem.turnToUnknownBank", a::problemAtBank);
        Read ra = prepare(bank, a, problems);
        Read rb = prepare(bank, b, problems);
        if (!problems.isEmpty()) {
            throw new ProblemsException(problems);
        }
        String lang = ra.language() != null ? ra.language() : bank.languages().get(0);
        return new Couple(bank, ra.turn(), rb.turn(), lang);
    }

    private static Loaded load(Path path, List<Problem> problems) {
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
            problems.add(
                    loaded.problemAtBank(
                            CliTexts.message(
                                    "problem.turnToOtherBank",
                                    loaded.bank().id(),
                                    loaded.bank().version(),
                                    bank.id(),
                                    bank.version())));
            return null;
        }
        if (loaded.sheet() != null) {
            List<Problem> fit = AnswerSheetFit.check(bank, loaded.sheet());
            problems.addAll(fit);
            return fit.isEmpty()
                    ? new Read(
                            ComparisonTurn.of(bank, loaded.sheet().sheet()),
                            loaded.sheet().sheet().language())
                    : null;
        }
        TurnFile.Contents contents = loaded.turnFile();
        if (contents.answers() == null) {
            return new Read(contents.turn(), null);
        }
        List<Problem> fit = AnswerSheetFit.check(bank, contents.answers());
        problems.addAll(fit);
        return fit.isEmpty()
                ? new Read(contents.turn(), contents.answers().sheet().language())
                : null;
    }

    private int report(List<Problem> problems) {
        GrayAreaCli.print(spec, problems);
        return GrayAreaCli.PROBLEMS;
    }
}
