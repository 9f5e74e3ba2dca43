package grayarea.testing;

import java.security.SecureRandom;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Property tests in plain JUnit 5: a property runs a stated number of tries, each with its own
 * {@link Random} drawn from one seed, so a run is the same every time and any failing try can be
 * replayed.
 *
 * <p>The seed is {@link #DEFAULT_SEED} unless the system property {@value #SEED_PROPERTY} says
 * otherwise: a number replays that run ({@code mvn -B test -Dtest=SomeTest -Dgrayarea.seed=42}),
 * {@code random} draws a fresh seed to explore further. A failing try fails the test with a message
 * that names the seed, the try and how to replay it.
 */
public final class Seeded {

    /** The system property that sets the seed: a number, or {@code random}. */
    public static final String SEED_PROPERTY = "grayarea.seed";

    /** The seed of an ordinary run. */
    public static final long DEFAULT_SEED = 20_261_207L;

    private Seeded() {}

    /** One try of a property, given its own random source. */
    @FunctionalInterface
    public interface Try {
        void run(Random random) throws Exception;
    }

    /**
     * Runs the property the given number of times, with the seed the system property sets (or the
     * default).
     */
    public static void tries(int tries, Try property) {
        tries(seed(System.getProperty(SEED_PROPERTY)), tries, property);
    }

    /**
     * Runs the property the given number of times from this seed; the first failing try ends it.
     */
    public static void tries(long seed, int tries, Try property) {
        if (tries < 1) {
            throw new IllegalArgumentException("a property needs at least one try, not " + tries);
        }
        SplittableRandom seeds = new SplittableRandom(seed);
        for (int i = 1; i <= tries; i++) {
            Random random = new Random(seeds.nextLong());
            try {
                property.run(random);
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable e) {
                throw new PropertyFailure(seed, i, tries, e);
            }
        }
    }

    /**
     * The seed a property runs with: the default when unset, a fresh one for {@code random}, else
     * the number given.
     */
    static long seed(String setting) {
        if (setting == null || setting.isBlank()) {
            return DEFAULT_SEED;
        }
        if (setting.strip().equalsIgnoreCase("random")) {
            return new SecureRandom().nextLong();
        }
        try {
            return Long.decode(setting.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "-D"
                            + SEED_PROPERTY
                            + " must be a number or \"random\", not \""
                            + setting
                            + "\"",
                    e);
        }
    }

    /** A property that failed: says with which seed and at which try, and how to run it again. */
    public static final class PropertyFailure extends AssertionError {

        private final long seed;
        private final int failedTry;

        PropertyFailure(long seed, int failedTry, int tries, Throwable cause) {
            super(
                    "property failed at try "
                            + failedTry
                            + " of "
                            + tries
                            + " with seed "
                            + seed
                            + " (replay: -D"
                            + SEED_PROPERTY
                            + "="
                            + seed
                            + "): "
                            + cause,
                    cause);
            this.seed = seed;
            this.failedTry = failedTry;
        }

        public long seed() {
            return seed;
        }

        public int failedTry() {
            return failedTry;
        }
    }
}
