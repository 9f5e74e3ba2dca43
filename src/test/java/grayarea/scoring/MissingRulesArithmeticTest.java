package grayarea.scoring;

import static grayarea.testing.Fixtures.choice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import grayarea.bank.Answer;
import grayarea.bank.Parts;
import grayarea.bank.QuestionBank;
import grayarea.testing.Fixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic of the missing rules, on src/test/resources/scoring/pit-lowest.json, every number
 * worked out by hand. Three items a1, a2, a3 each answer lo 1 / mid 2 / hi 4 (or "does not apply")
 * on every dimension but "flat": so each item's lowest is 1 and its highest 4. Dimensions: sum-low,
 * mean-low and pct-low (share of the maximum) count a missing item at its lowest; pct-skip leaves
 * it out; capped is a sum that may miss at most one item; flat is the share of the maximum of one
 * item whose two options both give 2, so its lowest and highest are equal.
 */
class MissingRulesArithmeticTest {

    private static final String MAIN = Parts.MAIN;
    private final QuestionBank bank = Fixtures.resourceBank("scoring/pit-lowest.json");
    private final ScoringEngine engine = new ScoringEngine(bank);

    private Score score(PartResult part, String dimension) {
        return part.score(dimension).orElseThrow();
    }

    /** a1 "hi" (4); a2 declined; a3 never reached (absent from the sheet). */
    @Nested
    class TwoOfThreeMissing {

        private final PartResult part =
                engine.score(
                                Fixtures.sheet(bank)
                                        .answer(MAIN, "a1", choice("hi"))
                                        .answer(MAIN, "a2", Answer.declined())
                                        .build())
                        .part(MAIN)
                        .orElseThrow();

        @Test
        void aSumCountsEachMissingItemAtItsLowest() {
            // 4 answered + 1 + 1 for the two missing items = 6, which is the band "high" (from 6)
            Score sum = score(part, "sum-low");
            assertThat(sum.raw()).isEqualTo(4.0);
            assertThat(sum.value()).isEqualTo(6.0);
            assertThat(sum.counted()).isEqualTo(1);
            assertThat(sum.missing()).isEqualTo(2);
            assertThat(part.band()).isEqualTo("high");
        }

        @Test
        void aMeanDividesByEveryItemMissingOnesIncluded() {
            // (4 + 1 + 1) / 3 items = 2 (skipping them it would be 4 / 1 = 4)
            assertThat(score(part, "mean-low").value()).isCloseTo(2.0, within(1e-9));
        }

        @Test
        void aShareOfTheMaximumWidensItsRangeByTheMissingItems() {
            // lowest 1 + 1 + 1 = 3, highest 4 + 4 + 4 = 12, points 4 + 1 + 1 = 6:
            // 100 x (6 - 3) / (12 - 3) = 33.33 %
            assertThat(score(part, "pct-low").value()).isCloseTo(100.0 / 3, within(1e-9));
            // skipped instead: lowest 1, highest 4, points 4: 100 x 3 / 3 = 100 %
            assertThat(score(part, "pct-skip").value()).isCloseTo(100.0, within(1e-9));
        }

        @Test
        void twoMissingIsOneMoreThanTheCapAllows() {
            // capped may miss at most 1 item; 2 are missing: no score, though 4 points were given
            Score capped = score(part, "capped");
            assertThat(capped.value()).isNull();
            assertThat(capped.unrounded()).isNull();
            assertThat(capped.computable()).isFalse();
            assertThat(capped.raw()).isEqualTo(4.0);
            assertThat(capped.missing()).isEqualTo(2);
        }

        @Test
        void aDimensionWithNothingAnsweredIsNotFormed() {
            // "same" was never reached: flat has no answered item
            assertThat(score(part, "flat").value()).isNull();
        }
    }

    /** a1 "hi" (4); a2 "mid" (2); a3 declined; "same" answered. */
    @Nested
    class OneOfThreeMissing {

        private final PartResult part =
                engine.score(
                                Fixtures.sheet(bank)
                                        .answer(MAIN, "a1", choice("hi"))
                                        .answer(MAIN, "a2", choice("mid"))
                                        .answer(MAIN, "a3", Answer.declined())
                                        .answer(MAIN, "same", choice("this"))
                                        .build())
                        .part(MAIN)
                        .orElseThrow();

        @Test
        void theLowestRuleInEachFormation() {
            // sum: 4 + 2 + 1 = 7
            assertThat(score(part, "sum-low").value()).isEqualTo(7.0);
            // mean: (4 + 2 + 1) / 3 = 2.33
            assertThat(score(part, "mean-low").value()).isCloseTo(7.0 / 3, within(1e-9));
            // share: lowest 3, highest 12, points 7: 100 x (7 - 3) / (12 - 3) = 44.44 %
            assertThat(score(part, "pct-low").value()).isCloseTo(400.0 / 9, within(1e-9));
            // skipped: lowest 1 + 1 = 2, highest 4 + 4 = 8, points 6: 100 x 4 / 6 = 66.67 %
            assertThat(score(part, "pct-skip").value()).isCloseTo(200.0 / 3, within(1e-9));
        }

        @Test
        void exactlyAsManyMissingAsTheCapAllowsStillFormsTheScore() {
            // one missing, maxMissing 1: formed from the answered items, 4 + 2 = 6
            Score capped = score(part, "capped");
            assertThat(capped.value()).isEqualTo(6.0);
            assertThat(capped.missing()).isEqualTo(1);
        }

        @Test
        void aShareOfAnItemThatCannotVaryIsZeroNotADivisionByZero() {
            // both options of "same" give 2: lowest = highest = 2, so there is no range to be a
            // share of; the engine says 0 %, a number, never NaN
            Score flat = score(part, "flat");
            assertThat(flat.value()).isEqualTo(0.0);
            assertThat(flat.counted()).isEqualTo(1);
        }
    }

    @Test
    void anItemThatDoesNotApplyIsNotCountedAtItsLowest() {
        // a1 "hi" 4; a2 "does not apply": set aside, neither points nor missing; a3 declined
        PartResult part =
                engine.score(
                                Fixtures.sheet(bank)
                                        .answer(MAIN, "a1", choice("hi"))
                                        .answer(MAIN, "a2", choice("na"))
                                        .answer(MAIN, "a3", Answer.declined())
                                        .build())
                        .part(MAIN)
                        .orElseThrow();
        // sum: 4 + 1 (a3 at its lowest) = 5, not 6: band "low"
        Score sum = score(part, "sum-low");
        assertThat(sum.value()).isEqualTo(5.0);
        assertThat(sum.notApplicable()).isEqualTo(1);
        assertThat(sum.missing()).isEqualTo(1);
        assertThat(part.band()).isEqualTo("low");
        // mean over the two items not set aside: (4 + 1) / 2 = 2.5
        assertThat(score(part, "mean-low").value()).isCloseTo(2.5, within(1e-9));
        // share: lowest 1 + 1 = 2, highest 4 + 4 = 8, points 5: 100 x 3 / 6 = 50 %
        assertThat(score(part, "pct-low").value()).isCloseTo(50.0, within(1e-9));
        // capped: one missing is allowed: 4
        assertThat(score(part, "capped").value()).isEqualTo(4.0);
    }
}
