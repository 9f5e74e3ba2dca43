package grayarea.cli;

import grayarea.bank.AnswerSheetFit;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.AnswerValue.BoundaryRating;
import grayarea.bank.BankCatalog;
import grayarea.bank.BankLoader;
import grayarea.bank.BankRef;
import grayarea.bank.Json;
import grayarea.bank.JsonDocument;
import grayarea.bank.Message;
import grayarea.bank.Problem;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import grayarea.report.ComparisonReport;
import grayarea.scoring.Comparison;
import grayarea.scoring.Comparison.BoundaryAgreement;
import grayarea.scoring.Comparison.ConversationStarter;
import grayarea.scoring.Comparison.DoubleStandard;
import grayarea.scoring.Comparison.PerceptionGap;
import grayarea.scoring.ComparisonTurn;
import grayarea.scoring.CoupleComparison;
import grayarea.session.TurnFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code compare --first FILE --second FILE [--bank FILE] [--format text|json]}: two partners'
 * turns side by side. Each file is an answer sheet or a turn file. The sharing choices and the
 * safety gate apply (docs/safety.md): when the gate is closed, only a neutral message is printed.
 */
@Command(name = "compare", mixinStandardHelpOptions = true)
final class CompareCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @Option(names = "--first", required = true, paramLabel = "FILE")
    private Path first;

    @Option(names = "--second", required = true, paramLabel = "FILE")
    private Path second;

    @Option(names = "--bank", paramLabel = "FILE")
    private Path bankFile;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT")
    private Format format;

    @Option(names = "--language", paramLabel = "CODE")
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

        Problem problemAtBank(Message message) {
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
                return report(List.of(a.problemAtBank(CliTexts.message("problem.turnToUnknownBank", a.bank().id(),
                        a.bank().version(), ScoreCommand.known(catalog, a.bank().id())))));
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
            spec.commandLine().getOut().print(Json.write(tree(bank, comparison, ra.turn(), rb.turn())));
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
            problems.add(loaded.problemAtBank(CliTexts.message("problem.turnToOtherBank", loaded.bank().id(),
                    loaded.bank().version(), bank.id(), bank.version())));
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
        GrayAreaCli.print(spec, problems);
        return GrayAreaCli.PROBLEMS;
    }

    /**
     * The comparison as JSON. When it is not available, only {@code {"available": false}}: nothing of
     * either turn, not even the bank.
     */
    static ObjectNode tree(QuestionBank bank, Comparison comparison, ComparisonTurn first, ComparisonTurn second) {
        ObjectNode root = Json.object();
        root.put("available", comparison.available());
        if (!comparison.available()) {
            return root;
        }
        root.put("bank", bank.id());
        root.put("bankVersion", bank.version());
        root.set("first", side(first, comparison.firstNotShared()));
        root.set("second", side(second, comparison.secondNotShared()));
        ArrayNode boundaries = root.putArray("boundaries");
        for (BoundaryAgreement b : comparison.boundaries()) {
            ObjectNode n = boundaries.addObject();
            n.put("behaviour", b.behaviour());
            n.put("question", b.question());
            n.put("kind", b.kind().json());
            rating(n, "first", b.first());
            rating(n, "second", b.second());
            if (b.first() != null && b.second() != null) {
                n.put("whenFirstDoesIt", b.whenFirstDoesIt().json());
                n.put("whenSecondDoesIt", b.whenSecondDoesIt().json());
                n.put("generalLine", b.generalLine().json());
                n.put("difference", b.difference());
            }
        }
        ArrayNode doubles = root.putArray("doubleStandards");
        for (DoubleStandard d : comparison.doubleStandards()) {
            ObjectNode n = doubles.addObject();
            n.put("partner", d.partner().json());
            n.put("behaviour", d.behaviour());
            n.put("question", d.reading().question());
            n.put("ifIDid", d.reading().ifIDid().json());
            n.put("ifPartnerDid", d.reading().ifPartnerDid().json());
            n.put("lean", d.lean().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        ArrayNode gaps = root.putArray("perceptionGaps");
        for (PerceptionGap g : comparison.perceptionGaps()) {
            ObjectNode n = gaps.addObject();
            n.put("about", g.about().json());
            n.put("dimension", g.dimension());
            n.put("ownView", g.ownView());
            n.put("partnerView", g.partnerView());
            n.put("difference", g.difference());
            n.put("size", g.size());
        }
        ArrayNode starters = root.putArray("conversationStarters");
        for (ConversationStarter s : comparison.starters()) {
            ObjectNode n = starters.addObject();
            n.put("topic", s.topic().json());
            n.put("prompt", s.prompt());
            if (s.behaviour() != null) {
                n.put("behaviour", s.behaviour());
            }
            if (s.dimension() != null) {
                n.put("dimension", s.dimension());
            }
            if (s.partner() != null) {
                n.put("partner", s.partner().json());
            }
            n.put("size", s.size());
            n.put("text", s.text());
        }
        return root;
    }

    private static ObjectNode side(ComparisonTurn turn, Map<String, Set<String>> notShared) {
        ObjectNode n = Json.object();
        if (turn.respondent() != null) {
            n.put("respondent", turn.respondent());
        }
        ObjectNode parts = n.putObject("notShared");
        notShared.forEach((part, ids) -> {
            ArrayNode list = parts.putArray(part);
            ids.forEach(list::add);
        });
        return n;
    }

    private static void rating(ObjectNode node, String key, BoundaryRating rating) {
        if (rating == null) {
            node.putNull(key);
        } else {
            ObjectNode r = node.putObject(key);
            r.put("ifIDid", rating.ifIDid().json());
            r.put("ifPartnerDid", rating.ifPartnerDid().json());
        }
    }
}
