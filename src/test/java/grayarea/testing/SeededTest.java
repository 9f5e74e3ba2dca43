package grayarea.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seeded property runner: the same seed gives the same values, and a failure says how to replay
 * it.
 */
class SeededTest {

    private static List<Long> valuesFrom(long seed, int tries) {
        List<Long> values = new ArrayList<>();
        Seeded.tries(seed, tries, random -> values.add(random.nextLong()));
        return values;
    }

    @Test
    void theSameSeedGivesTheSameValuesAndAnotherSeedOthers() {
        assertThat(valuesFrom(42, 20))
                .hasSize(20)
                .isEqualTo(valuesFrom(42, 20))
                .doesNotHaveDuplicates();
        assertThat(valuesFrom(43, 20)).doesNotContainAnyElementsOf(valuesFrom(42, 20));
        // the generators draw from the same source, so they repeat too
        List<List<Mutations.ByteEdit>> first = new ArrayList<>();
        List<List<Mutations.ByteEdit>> second = new ArrayList<>();
        Seeded.tries(7, 30, random -> first.add(Mutations.byteEdits(random)));
        Seeded.tries(7, 30, random -> second.add(Mutations.byteEdits(random)));
        assertThat(first).isEqualTo(second);
    }

    @Test
    void aFailureNamesTheSeedTheTryAndHowToReplayIt() {
        int[] ran = {0};
        assertThatThrownBy(
                        () ->
                                Seeded.tries(
                                        1234,
                                        50,
                                        random -> {
                                            ran[0]++;
                                            assertThat(ran[0]).as("the try").isLessThan(7);
                                        }))
                .isInstanceOf(Seeded.PropertyFailure.class)
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith(
                        "property failed at try 7 of 50 with seed 1234 (replay: -Dgrayarea.seed=1234): ")
                .hasMessageContaining("the try")
                .hasCauseInstanceOf(AssertionError.class)
                .satisfies(e -> assertThat(((Seeded.PropertyFailure) e).seed()).isEqualTo(1234))
                .satisfies(e -> assertThat(((Seeded.PropertyFailure) e).failedTry()).isEqualTo(7));
        assertThat(ran[0]).as("the first failing try ends the run").isEqualTo(7);

        // an exception other than a failed assertion is reported the same way
        assertThatThrownBy(
                        () ->
                                Seeded.tries(
                                        99,
                                        3,
                                        random -> {
                                            throw new IllegalStateException("broken");
                                        }))
                .hasMessage(
                        "property failed at try 1 of 3 with seed 99 (replay: -Dgrayarea.seed=99): "
                                + "java.lang.IllegalStateException: broken");
    }

    @Test
    void everyTryRunsWhenNoneFails() {
        int[] ran = {0};
        Seeded.tries(5, 200, random -> ran[0]++);
        assertThat(ran[0]).isEqualTo(200);
        assertThatThrownBy(() -> Seeded.tries(5, 0, random -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSeedComesFromTheSystemPropertyAsANumberOrRandom() {
        assertThat(Seeded.seed(null)).isEqualTo(Seeded.DEFAULT_SEED);
        assertThat(Seeded.seed(" ")).isEqualTo(Seeded.DEFAULT_SEED);
        assertThat(Seeded.seed("-8311")).isEqualTo(-8311);
        assertThat(Seeded.seed(" 0x10 ")).isEqualTo(16);
        // a fresh seed each time: two draws of 64 bits agree once in 2^64
        assertThat(Seeded.seed("random")).isNotEqualTo(Seeded.seed("RANDOM"));
        assertThatThrownBy(() -> Seeded.seed("tomorrow"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-Dgrayarea.seed must be a number or \"random\"");
    }

    @Test
    void aRunWithTheSeedSetReplaysTheSameTries() {
        // what -Dgrayarea.seed=N gives: the same values as that seed passed directly
        String before = System.getProperty(Seeded.SEED_PROPERTY);
        try {
            System.setProperty(Seeded.SEED_PROPERTY, "777");
            List<Long> values = new ArrayList<>();
            Seeded.tries(10, random -> values.add(random.nextLong()));
            assertThat(values).isEqualTo(valuesFrom(777, 10));
        } finally {
            if (before == null) {
                System.clearProperty(Seeded.SEED_PROPERTY);
            } else {
                System.setProperty(Seeded.SEED_PROPERTY, before);
            }
        }
    }

    @Test
    void theGeneratorsReachTheEdgesOfTheirRanges() {
        List<Double> fractions = new ArrayList<>();
        List<Long> longs = new ArrayList<>();
        List<Integer> ints = new ArrayList<>();
        Seeded.tries(
                3,
                500,
                random -> {
                    fractions.add(Generators.fraction(random));
                    longs.add(Generators.anyLong(random));
                    ints.add(Generators.between(random, 1, 4));
                });
        assertThat(fractions).contains(0.0, 1.0).allSatisfy(f -> assertThat(f).isBetween(0.0, 1.0));
        assertThat(longs).contains(0L, Long.MIN_VALUE, Long.MAX_VALUE);
        assertThat(ints).containsOnly(1, 2, 3, 4);
    }
}
