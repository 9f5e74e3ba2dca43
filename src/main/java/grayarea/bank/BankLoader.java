package grayarea.bank;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Loads a question bank: strict JSON reading, then the schema, then the meaning. A bank with
 * any problem is refused with every problem found, each located.
 */
public final class BankLoader {

    /** The default bank packed into the app. */
    public static final String DEFAULT_BANK = "questions/micro-cheating.json";

    private static final class Schema {
        static final SchemaCheck INSTANCE = SchemaCheck.forResource(SchemaCheck.BANK_SCHEMA);
    }

    private BankLoader() {
    }

    public static QuestionBank load(Path path) throws ProblemsException {
        return check(JsonDocument.read(path));
    }

    public static QuestionBank load(String name, byte[] bytes) throws ProblemsException {
        return check(JsonDocument.read(name, bytes));
    }

    /** Loads a bank packed into the app, such as {@link #DEFAULT_BANK}. */
    public static QuestionBank loadResource(String resource) throws ProblemsException {
        try (InputStream in = BankLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ProblemsException(Problem.atStart(resource, Message.of("bank.missingResource")));
            }
            return check(JsonDocument.read(resource, in, JsonDocument.Limits.DEFAULT));
        } catch (IOException e) {
            throw new ProblemsException(Problem.atStart(resource, Message.of("bank.unreadableResource")));
        }
    }

    private static volatile java.util.concurrent.CompletableFuture<QuestionBank> preloaded;

    /**
     * Starts reading the default bank on a background thread, so that it is ready by the time the
     * welcome page needs it (reading and checking it takes a few hundred milliseconds cold).
     */
    public static synchronized void preloadDefault() {
        if (preloaded == null) {
            preloaded = java.util.concurrent.CompletableFuture.supplyAsync(BankLoader::loadDefault);
        }
    }

    /** The default bank: the preloaded one when {@link #preloadDefault()} was called, else read now. */
    public static QuestionBank defaultBank() {
        java.util.concurrent.CompletableFuture<QuestionBank> started = preloaded;
        if (started == null) {
            return loadDefault();
        }
        try {
            return started.join();
        } catch (java.util.concurrent.CompletionException e) {
            return loadDefault();
        }
    }

    /** The default bank; it is checked by the build's tests, so a failure here is a broken build. */
    public static QuestionBank loadDefault() {
        try {
            return loadResource(DEFAULT_BANK);
        } catch (ProblemsException e) {
            throw new IllegalStateException("the default bank is broken: " + e.problems(), e);
        }
    }

    /** Every problem of a bank document; an empty list means it loads. */
    public static List<Problem> problemsOf(JsonDocument document) {
        List<Problem> problems = new ArrayList<>(Schema.INSTANCE.check(document));
        problems.addAll(BankValidator.check(document));
        if (problems.isEmpty()) {
            problems.addAll(bandCoverage(document, BankMapper.map(JsonAt.root(document.root()))));
        }
        Collections.sort(problems);
        return problems;
    }

    private static QuestionBank check(JsonDocument document) throws ProblemsException {
        List<Problem> problems = problemsOf(document);
        if (!problems.isEmpty()) {
            throw new ProblemsException(problems);
        }
        return BankMapper.map(JsonAt.root(document.root()));
    }

    /** The first band must start at or below the lowest score the primary dimension can take. */
    private static List<Problem> bandCoverage(JsonDocument document, QuestionBank bank) {
        Dimension dimension = bank.dimension(bank.primary().dimension()).orElseThrow();
        double[] range = ScoreBounds.of(bank, dimension);
        List<Problem> problems = new ArrayList<>();
        List<Band> bands = bank.primary().bands();
        if (bands.get(0).from() > range[0]) {
            problems.add(document.problemAt("/primary/bands/0/from", Message.of("bank.firstBandTooHigh",
                    BankValidator.format(bands.get(0).from()), dimension.id(), BankValidator.format(range[0]))));
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).from() > range[1]) {
                problems.add(document.problemAt("/primary/bands/" + i + "/from", Message.of("bank.bandUnreachable",
                        bands.get(i).id(), BankValidator.format(bands.get(i).from()), dimension.id(),
                        BankValidator.format(range[1]))));
            }
        }
        return problems;
    }
}
