package grayarea.bank;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Loads a question bank: strict JSON reading, then the schema, then the meaning. A bank with any
 * problem is refused with every problem found, each located.
 *
 * <p>The banks packed into the app ({@link #loadResource}) skip the JSON-schema check at run time:
 * the build's tests check every one of them against the schema (BundledBanksTest), and building the
 * schema validator costs more than the rest of the loading together on a cold start. Their meaning
 * is still checked. Banks from files and bytes are always checked in full.
 */
public final class BankLoader {

    /** The default bank packed into the app. */
    public static final String DEFAULT_BANK = "questions/micro-cheating.json";

    private static final class Schema {
        static final SchemaCheck INSTANCE = SchemaCheck.forResource(SchemaCheck.BANK_SCHEMA);
    }

    private BankLoader() {}

    public static QuestionBank load(Path path) throws ProblemsException {
        return check(JsonDocument.read(path), true);
    }

    public static QuestionBank load(String name, byte[] bytes) throws ProblemsException {
        return check(JsonDocument.read(name, bytes), true);
    }

    /**
     * Loads a bank packed into the app, such as {@link #DEFAULT_BANK}: its meaning is checked, but
     * not the schema, which the build's tests check for every bundled bank.
     */
    public static QuestionBank loadResource(String resource) throws ProblemsException {
        try (InputStream in = BankLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ProblemsException(
                        Problem.atStart(resource, Message.of("bank.missingResource")));
            }
            return check(JsonDocument.read(resource, in, JsonDocument.Limits.DEFAULT), false);
        } catch (IOException e) {
            throw new ProblemsException(
                    Problem.atStart(resource, Message.of("bank.unreadableResource")));
        }
    }

    private static volatile CompletableFuture<QuestionBank> preloaded;
    private static volatile CompletableFuture<List<Perspective>> perspectives;

    /**
     * Starts loading the default bank on a background thread, so that it is ready by the time the
     * quiz needs it (reading and checking it takes a few hundred milliseconds cold). The window
     * calls this after its first frame, so that it doesn't compete with the start for the CPU.
     */
    public static synchronized void preloadDefault() {
        if (preloaded == null) {
            preloaded = CompletableFuture.supplyAsync(BankLoader::loadDefault);
        }
    }

    /**
     * The default bank: the preloaded one when {@link #preloadDefault()} was called, else read now.
     */
    public static QuestionBank defaultBank() {
        CompletableFuture<QuestionBank> started = preloaded;
        if (started == null) {
            return loadDefault();
        }
        try {
            return started.join();
        } catch (CompletionException e) {
            return loadDefault();
        }
    }

    /**
     * The default bank if it is loaded already (preloaded, and done), without waiting for it: what
     * a page may show at once rather than after loading.
     */
    public static Optional<QuestionBank> defaultBankIfLoaded() {
        CompletableFuture<QuestionBank> started = preloaded;
        return started != null && started.isDone() && !started.isCompletedExceptionally()
                ? Optional.of(started.join())
                : Optional.empty();
    }

    /**
     * Starts reading the default bank's perspectives on a background thread (see {@link
     * #defaultPerspectives()}); the window calls this before the toolkit starts.
     */
    public static synchronized void preloadDefaultPerspectives() {
        if (perspectives == null) {
            perspectives = CompletableFuture.supplyAsync(BankLoader::readDefaultPerspectives);
        }
    }

    /**
     * The default bank's perspectives, which is all the welcome page needs of it before its first
     * frame: read from the bank's JSON with a streaming parser that skips everything else (the
     * whole bank takes several times longer), or taken from the bank when it is already loaded.
     */
    public static List<Perspective> defaultPerspectives() {
        CompletableFuture<QuestionBank> bank = preloaded;
        if (bank != null && bank.isDone() && !bank.isCompletedExceptionally()) {
            return bank.join().perspectives();
        }
        CompletableFuture<List<Perspective>> started = perspectives;
        if (started == null) {
            return readDefaultPerspectives();
        }
        try {
            return started.join();
        } catch (CompletionException e) {
            return readDefaultPerspectives();
        }
    }

    private static List<Perspective> readDefaultPerspectives() {
        try {
            return PerspectivesReader.read(DEFAULT_BANK);
        } catch (IOException | RuntimeException e) {
            // not as expected: the full load says what is wrong, or gives them anyway
            return defaultBank().perspectives();
        }
    }

    /**
     * The default bank; it is checked by the build's tests, so a failure here is a broken build.
     */
    public static QuestionBank loadDefault() {
        try {
            return loadResource(DEFAULT_BANK);
        } catch (ProblemsException e) {
            throw new IllegalStateException("the default bank is broken: " + e.problems(), e);
        }
    }

    /** Every problem of a bank document, the schema's included; an empty list means it loads. */
    public static List<Problem> problemsOf(JsonDocument document) {
        return problemsOf(document, true);
    }

    private static List<Problem> problemsOf(JsonDocument document, boolean schema) {
        List<Problem> problems =
                new ArrayList<>(schema ? Schema.INSTANCE.check(document) : List.of());
        problems.addAll(BankValidator.check(document));
        if (problems.isEmpty()) {
            problems.addAll(bandCoverage(document, BankMapper.map(JsonAt.root(document.root()))));
        }
        Collections.sort(problems);
        return problems;
    }

    private static QuestionBank check(JsonDocument document, boolean schema)
            throws ProblemsException {
        List<Problem> problems = problemsOf(document, schema);
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
            problems.add(
                    document.problemAt(
                            "/primary/bands/0/from",
                            Message.of(
                                    "bank.firstBandTooHigh",
                                    BankValidator.format(bands.get(0).from()),
                                    dimension.id(),
                                    BankValidator.format(range[0]))));
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).from() > range[1]) {
                problems.add(
                        document.problemAt(
                                "/primary/bands/" + i + "/from",
                                Message.of(
                                        "bank.bandUnreachable",
                                        bands.get(i).id(),
                                        BankValidator.format(bands.get(i).from()),
                                        dimension.id(),
                                        BankValidator.format(range[1]))));
            }
        }
        return problems;
    }
}
