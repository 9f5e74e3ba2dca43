package grayarea.scoring;

import static grayarea.testing.Fixtures.choice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.BankLoader;
import grayarea.bank.Dimension.Rounding;
import grayarea.bank.Parts;
import grayarea.bank.QuestionBank;
import grayarea.bank.Sharing;
import grayarea.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The scoring features of #17 on src/test/resources/scoring/features-bank.json, every number worked
 * out by hand in the comments. The bank: scale never 0 / rarely 1 / sometimes 2 / often 3 / "not
 * sure"; total = sum of q1, q2, q3 (reversed), q6, prorated with at most 2 missing, rounded
 * half-up; secrecy = sum of q2 and q4 (reversed); openness = mean of q8 and q9 (shown when q1 is at
 * least "sometimes"), rounded down. Bands low 0, some 4, high 8. Coverage: 3 of total's items
 * answered. Band rules: any secrecy answer at or above "often" → at least high; openness at least 2
 * → at least some.
 */
class ScoringFeaturesTest {

    private static final String MAIN = Parts.MAIN;
    private final QuestionBank bank = Fixtures.resourceBank("scoring/features-bank.json");
    private final ScoringEngine engine = new ScoringEngine(bank);

    private Fixtures.SheetBuilder sheet() {
        return Fixtures.sheet(bank);
    }

    /** Everything answered. */
    private AnswerSheet complete() {
        return sheet().answer(MAIN, "q1", choice("often")) // total 3
                .answer(MAIN, "q2", choice("rarely")) // total 1, secrecy 1
                .answer(MAIN, "q3", choice("sometimes")) // reversed: 0 + 3 - 2 = 1
                .answer(MAIN, "q4", choice("never")) // secrecy reversed: 3
                .answer(MAIN, "q5", choice("mid")) // never scored: context
                .answer(MAIN, "q6", choice("b")) // total 2
                .answer(MAIN, "q7", choice("no"))
                .answer(MAIN, "q8", choice("yes")) // openness 3
                .answer(MAIN, "q9", choice("rarely")) // openness 1
                .build();
    }

    /** Some declined, some "not sure", one "does not apply"-free prorated total. */
    private AnswerSheet prorated() {
        return sheet().answer(MAIN, "q1", choice("sometimes")) // total 2
                .answer(MAIN, "q2", choice("sometimes")) // total 2, secrecy 2; raises "watch"
                .answer(MAIN, "q3", Answer.declined()) // total: missing
                .answer(MAIN, "q4", choice("not-sure")) // secrecy: set aside
                .answer(MAIN, "q6", choice("a")) // total 0
                .answer(MAIN, "q7", Answer.declined()) // safety-relevant, declined
                .answer(MAIN, "q8", choice("yes")) // openness 3
                .answer(MAIN, "q9", choice("not-sure")) // openness: set aside
                .build();
    }

    /** Too few answered; one strong secrecy answer; the safety question answered "yes". */
    private AnswerSheet tooFew() {
        return sheet().answer(MAIN, "q1", Answer.declined())
                .answer(MAIN, "q2", choice("often")) // total 3, secrecy 3
                .answer(MAIN, "q3", Answer.declined())
                .answer(MAIN, "q4", choice("never")) // secrecy reversed 3
                .answer(MAIN, "q6", Answer.declined())
                .answer(MAIN, "q7", choice("yes")) // raises the safety flag "afraid"
                .answer(MAIN, "q8", Answer.notReached())
                .build();
    }

    @Nested
    class Complete {

        private final Result result = engine.score(complete());
        private final PartResult part = result.part(MAIN).orElseThrow();

        @Test
        void theAverageGivesSomeAndTheSecrecyRuleRaisesItToHigh() {
            // total 3 + 1 + 1 + 2 = 7, all four answered: band "some" (4 <= 7 < 8)
            Score total = part.score("total").orElseThrow();
            assertThat(total.value()).isEqualTo(7.0);
            assertThat(total.counted()).isEqualTo(4);
            assertThat(part.headline().status()).isEqualTo(Headline.Status.BAND);
            assertThat(part.headline().scoreBand()).isEqualTo("some");
            // q4 "never" is reverse-scored on secrecy: from the end that adds, "never" is the
            // fourth step, as far as "often"; q2 "rarely" is not
            Headline.FiredRule secrecy = part.headline().rules().get(0);
            assertThat(secrecy.rule()).isEqualTo("strong-secrecy");
            assertThat(secrecy.raised()).isTrue();
            assertThat(secrecy.answers()).containsExactly(new WhyItem("q4", "never", 3.0));
            assertThat(secrecy.score()).isNull();
            // openness (3 + 1) / 2 = 2: the rule asks for "some", which the score already gave
            Headline.FiredRule openness = part.headline().rules().get(1);
            assertThat(openness.rule()).isEqualTo("open-enough");
            assertThat(openness.raised()).isFalse();
            assertThat(openness.score()).isEqualTo(2.0);
            assertThat(openness.answers()).isEmpty();
            assertThat(part.band()).isEqualTo("high");
        }

        @Test
        void coverageIsMetWithEveryItemAnswered() {
            Headline.CoverageCheck coverage = part.headline().coverage();
            assertThat(coverage.met()).isTrue();
            assertThat(coverage.answered()).isEqualTo(4);
            assertThat(coverage.missing()).isZero();
            assertThat(coverage.setAside()).isZero();
            assertThat(coverage.unanswered()).isEmpty();
        }

        @Test
        void theUnscoredQuestionIsContextAndNothingElseIs() {
            // q5 scores nothing; q7 raises a safety flag and is private; q8 is marked safety
            assertThat(part.context()).containsExactly(new ContextAnswer("q5", "mid"));
        }

        @Test
        void theWhyIsUnchangedByTheRules() {
            // points above each item's lowest on total: q1 3, q6 2, q2 1, q3 1 (tie in bank order)
            assertThat(part.why())
                    .extracting(WhyItem::question)
                    .containsExactly("q1", "q6", "q2", "q3");
        }

        @Test
        void anAtLeastRuleChoosesItsReflection() {
            // q1 "often" is at least "often"
            assertThat(part.reflections()).containsExactly("r-always", "r-often");
            assertThat(result.flags()).isEmpty();
            assertThat(result.safetyUnanswered()).isEmpty();
        }
    }

    @Nested
    class Prorated {

        private final Result result = engine.score(prorated());
        private final PartResult part = result.part(MAIN).orElseThrow();

        @Test
        void aProratedTotalIsRoundedBeforeItIsBanded() {
            // total: q1 2 + q2 2 + q6 0 = 4 from 3 items, q3 missing: 4 x 4 / 3 = 5.33, rounded
            // half-up to 5: band "some"
            Score total = part.score("total").orElseThrow();
            assertThat(total.raw()).isEqualTo(4.0);
            assertThat(total.unrounded()).isCloseTo(16.0 / 3, within(1e-9));
            assertThat(total.value()).isEqualTo(5.0);
            assertThat(total.rounded()).isTrue();
            assertThat(total.counted()).isEqualTo(3);
            assertThat(total.missing()).isEqualTo(1);
            assertThat(part.headline().scoreBand()).isEqualTo("some");
            assertThat(part.band()).isEqualTo("some");
        }

        @Test
        void notSureCountsNeitherAsPointsNorAsMissing() {
            // secrecy: q2 2, q4 "not sure": 2 from one item, nothing missing
            Score secrecy = part.score("secrecy").orElseThrow();
            assertThat(secrecy.value()).isEqualTo(2.0);
            assertThat(secrecy.counted()).isEqualTo(1);
            assertThat(secrecy.missing()).isZero();
            assertThat(secrecy.notSure()).isEqualTo(1);
            assertThat(secrecy.rounded()).isFalse();
            // openness: q8 3, q9 "not sure": mean 3 / 1 = 3 (with "not sure" as 0 it would be 1.5)
            Score openness = part.score("openness").orElseThrow();
            assertThat(openness.value()).isEqualTo(3.0);
            assertThat(openness.notSure()).isEqualTo(1);
        }

        @Test
        void aStepAndEveryLaterOneRaiseTheFlag() {
            // q2 "sometimes" reaches raisesAtLeast "sometimes"
            assertThat(result.flags()).containsExactly("watch");
            assertThat(result.safety()).isFalse();
        }

        @Test
        void aDeclinedSafetyQuestionIsRecordedForThePersonAlone() {
            // q7 raises a safety flag, so it is safety-relevant; declined. q8 is answered.
            assertThat(result.safetyUnanswered()).containsExactly("q7");
            assertThat(result.withoutSafetyFlags(bank).safetyUnanswered()).isEmpty();
        }

        @Test
        void coverageCountsTheMissingItemAgainstAndNothingSetAside() {
            Headline.CoverageCheck coverage = part.headline().coverage();
            assertThat(coverage.met()).isTrue();
            assertThat(coverage.answered()).isEqualTo(3);
            assertThat(coverage.missing()).isEqualTo(1);
            assertThat(coverage.unanswered()).containsExactly("q3");
        }

        @Test
        void aScoreRuleAtExactlyItsValueFires() {
            assertThat(part.headline().rules())
                    .extracting(Headline.FiredRule::rule)
                    .containsExactly("open-enough");
            assertThat(part.headline().rules().get(0).score()).isEqualTo(3.0);
        }

        @Test
        void aSetAsideAnswerIsNotInTheWhy() {
            assertThat(part.why())
                    .containsExactly(
                            new WhyItem("q1", "sometimes", 2.0),
                            new WhyItem("q2", "sometimes", 2.0));
        }
    }

    @Nested
    class TooFewAnswered {

        private final Result result = engine.score(tooFew());
        private final PartResult part = result.part(MAIN).orElseThrow();

        @Test
        void thereIsNoBandOnlyTheUnansweredQuestions() {
            // total's items q1, q2, q3, q6: one answered, three declined; coverage needs 3
            assertThat(part.band()).isNull();
            assertThat(part.headline().status()).isEqualTo(Headline.Status.NOT_ENOUGH_ANSWERED);
            assertThat(part.headline().coverage().met()).isFalse();
            assertThat(part.headline().coverage().answered()).isEqualTo(1);
            assertThat(part.headline().coverage().unanswered()).containsExactly("q1", "q3", "q6");
            // three missing is more than maxMissing 2: the total is not formed either
            assertThat(part.score("total").orElseThrow().value()).isNull();
            assertThat(part.headline().scoreBand()).isNull();
        }

        @Test
        void theAnswersThatFiredARuleStillStandOut() {
            Headline.FiredRule rule = part.headline().rules().get(0);
            assertThat(rule.rule()).isEqualTo("strong-secrecy");
            assertThat(rule.raised()).isFalse();
            assertThat(rule.answers())
                    .containsExactly(
                            new WhyItem("q2", "often", 3.0), new WhyItem("q4", "never", 3.0));
            // openness has no answer (q8 not reached, q9 hidden): its rule cannot fire
            assertThat(part.headline().rules()).hasSize(1);
        }

        @Test
        void aSafetyFlagThatWithholdsTheBandSaysSo() {
            assertThat(result.flags()).containsExactly("afraid", "watch");
            assertThat(result.safety()).isTrue();
            assertThat(result.bandWithheld(bank)).isTrue();
            assertThat(result.withoutSafetyFlags(bank).bandWithheld(bank)).isFalse();
        }

        @Test
        void aSafetyQuestionNotReachedIsRecordedAndAHiddenOneIsNot() {
            // q8 (marked "safety") not reached; q9 is hidden because q1 was declined
            assertThat(result.safetyUnanswered()).containsExactly("q8");
        }

        @Test
        void aDeclinedQuestionDoesNotMeetAnAtLeastCondition() {
            assertThat(part.score("openness").orElseThrow().value()).isNull();
            assertThat(part.reflections()).containsExactly("r-always", "r-often");
        }
    }

    @Test
    void theScoreBandStandsWhenNoRuleFires() {
        AnswerSheet calm =
                sheet().answer(MAIN, "q1", choice("rarely")) // total 1; q9 hidden
                        .answer(MAIN, "q2", choice("never")) // total 0, secrecy 0
                        .answer(MAIN, "q3", choice("often")) // reversed 0
                        .answer(MAIN, "q4", choice("often")) // secrecy reversed 0
                        .answer(MAIN, "q6", choice("na")) // does not apply
                        .answer(MAIN, "q8", choice("no")) // openness 0
                        .build();
        PartResult part = engine.score(calm).part(MAIN).orElseThrow();
        // total 1 + 0 + 0 from three items, q6 set aside; band low; coverage 3 of 3 met
        // prorated over the four items, the one that does not apply included (not counted as 0):
        // 1 x 4 / 3 = 1.33, rounded half-up to 1
        Score total = part.score("total").orElseThrow();
        assertThat(total.unrounded()).isCloseTo(4.0 / 3, within(1e-9));
        assertThat(total.value()).isEqualTo(1.0);
        assertThat(total.notApplicable()).isEqualTo(1);
        assertThat(total.missing()).isZero();
        assertThat(part.headline().coverage().setAside()).isEqualTo(1);
        assertThat(part.headline().rules()).isEmpty();
        assertThat(part.band()).isEqualTo("low");
        assertThat(part.reflections()).containsExactly("r-always");
    }

    @Test
    void aMeanIsRoundedDownAndTheRuleReadsTheRoundedValue() {
        AnswerSheet sheet =
                sheet().answer(MAIN, "q1", choice("sometimes"))
                        .answer(MAIN, "q2", choice("never"))
                        .answer(MAIN, "q3", choice("often"))
                        .answer(MAIN, "q6", choice("a"))
                        .answer(MAIN, "q8", choice("no")) // openness 0
                        .answer(MAIN, "q9", choice("often")) // openness 3
                        .build();
        PartResult part = engine.score(sheet).part(MAIN).orElseThrow();
        // openness (0 + 3) / 2 = 1.5, rounded down to 1: below the rule's 2, which does not fire
        Score openness = part.score("openness").orElseThrow();
        assertThat(openness.unrounded()).isEqualTo(1.5);
        assertThat(openness.value()).isEqualTo(1.0);
        assertThat(part.headline().rules()).isEmpty();
        // total 2 + 0 + 0 + 0 = 2: low
        assertThat(part.band()).isEqualTo("low");
    }

    @Test
    void aSetAsideAnswerIsNotCountedAsZeroInAProratedSum() {
        AnswerSheet sheet =
                sheet().answer(MAIN, "q1", choice("often")) // total 3
                        .answer(MAIN, "q2", choice("not-sure"))
                        .answer(MAIN, "q3", choice("never")) // reversed 3
                        .answer(MAIN, "q6", choice("na"))
                        .build();
        // 6 from two items, the other two set aside: 6 x 4 / 2 = 12 (as 0 they would give 6)
        Score total = engine.score(sheet).part(MAIN).orElseThrow().score("total").orElseThrow();
        assertThat(total.value()).isEqualTo(12.0);
        assertThat(total.counted()).isEqualTo(2);
        assertThat(total.missing()).isZero();
        assertThat(total.setAside()).isEqualTo(2);
    }

    @Test
    void theOrderAScaleListsItsStepsInChangesNoResult() throws Exception {
        String json =
                new String(
                        getClass()
                                .getClassLoader()
                                .getResourceAsStream("scoring/features-bank.json")
                                .readAllBytes(),
                        StandardCharsets.UTF_8);
        String ascending =
                "{ \"id\": \"never\", \"label\": \"Never\", \"value\": 0 },\n"
                        + "        { \"id\": \"rarely\", \"label\": \"Rarely\", \"value\": 1 },\n"
                        + "        { \"id\": \"sometimes\", \"label\": \"Sometimes\", \"value\": 2 },\n"
                        + "        { \"id\": \"often\", \"label\": \"Often\", \"value\": 3 },";
        String strongestFirst =
                "{ \"id\": \"often\", \"label\": \"Often\", \"value\": 3 },\n"
                        + "        { \"id\": \"sometimes\", \"label\": \"Sometimes\", \"value\": 2 },\n"
                        + "        { \"id\": \"rarely\", \"label\": \"Rarely\", \"value\": 1 },\n"
                        + "        { \"id\": \"never\", \"label\": \"Never\", \"value\": 0 },";
        assertThat(json).contains(ascending);
        QuestionBank reordered =
                BankLoader.load(
                        "reordered.json",
                        json.replace(ascending, strongestFirst).getBytes(StandardCharsets.UTF_8));
        ScoringEngine other = new ScoringEngine(reordered);
        AnswerSheet calm =
                sheet().answer(MAIN, "q1", choice("never"))
                        .answer(MAIN, "q2", choice("sometimes"))
                        .answer(MAIN, "q3", choice("often"))
                        .answer(MAIN, "q4", choice("often"))
                        .answer(MAIN, "q6", choice("a"))
                        .build();
        for (AnswerSheet sheet : List.of(complete(), prorated(), tooFew(), calm)) {
            assertThat(other.score(sheet)).isEqualTo(engine.score(sheet));
        }
        // the calm sheet: "sometimes" raises "watch" whichever way the scale is listed, and no
        // band rule fires on calm answers
        assertThat(other.score(calm).flags()).containsExactly("watch");
        assertThat(other.score(calm).part(MAIN).orElseThrow().headline().rules()).isEmpty();
    }

    /** The features bank with one edit made to its text. */
    private static QuestionBank featuresWith(String from, String to) throws Exception {
        String json =
                new String(
                        ScoringFeaturesTest.class
                                .getClassLoader()
                                .getResourceAsStream("scoring/features-bank.json")
                                .readAllBytes(),
                        StandardCharsets.UTF_8);
        assertThat(json).contains(from);
        return BankLoader.load(
                "edited.json", json.replace(from, to).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anItemThatGivesTheSamePointsAtEveryStepNeverStandsOut() throws Exception {
        // q1 also scored on secrecy with weight 0: "often" adds nothing there, so the secrecy
        // rule does not read it (q4 "never", reversed, still fires it)
        QuestionBank edited =
                featuresWith(
                        "\"text\": \"Q1\", \"scoring\": [{ \"dimension\": \"total\" }]",
                        "\"text\": \"Q1\", \"scoring\": [{ \"dimension\": \"total\" },"
                                + " { \"dimension\": \"secrecy\", \"weight\": 0 }]");
        PartResult part = new ScoringEngine(edited).score(complete()).part(MAIN).orElseThrow();
        assertThat(part.headline().rules().get(0).answers())
                .containsExactly(new WhyItem("q4", "never", 3.0));
    }

    @Test
    void onAScaleThatStartsAboveZeroAnOrdinaryItemStandsOutAtItsHighEndOnly() throws Exception {
        // the scale valued 1 to 4: q2 (straight) "never" gives 1, its lowest; q4 (reversed)
        // "never" gives 4, its highest. Only q4 reaches "often" from the end that adds.
        QuestionBank edited =
                featuresWith(
                        "\"value\": 0 },\n        { \"id\": \"rarely\", \"label\": \"Rarely\", \"value\": 1 },\n        { \"id\": \"sometimes\", \"label\": \"Sometimes\", \"value\": 2 },\n        { \"id\": \"often\", \"label\": \"Often\", \"value\": 3 }",
                        "\"value\": 1 },\n        { \"id\": \"rarely\", \"label\": \"Rarely\", \"value\": 2 },\n        { \"id\": \"sometimes\", \"label\": \"Sometimes\", \"value\": 3 },\n        { \"id\": \"often\", \"label\": \"Often\", \"value\": 4 }");
        AnswerSheet sheet =
                sheet().answer(MAIN, "q1", choice("never"))
                        .answer(MAIN, "q2", choice("never"))
                        .answer(MAIN, "q3", choice("often"))
                        .answer(MAIN, "q4", choice("never"))
                        .answer(MAIN, "q6", choice("a"))
                        .build();
        PartResult part = new ScoringEngine(edited).score(sheet).part(MAIN).orElseThrow();
        assertThat(part.headline().rules().get(0).answers())
                .containsExactly(new WhyItem("q4", "never", 4.0));
    }

    @Test
    void aSafetyQuestionIsKeptPrivateEvenWhenTheBankForgetsToSaySo() {
        // q8 is marked "safety" but not "private": it never travels, and is never named
        assertThat(bank.question("q8").orElseThrow().privateItem()).isTrue();
        AnswerSheet sheet =
                sheet().answer(MAIN, "q1", choice("often"))
                        .answer(MAIN, "q8", choice("no"))
                        .build();
        assertThat(Sharing.withoutPrivate(bank, sheet).part(MAIN)).containsOnlyKeys("q1");
    }

    @Test
    void roundingCountsAHairBelowAHalfAsTheHalf() {
        assertThat(Rounding.HALF_UP.apply(2.5)).isEqualTo(3.0);
        assertThat(Rounding.HALF_UP.apply(2.4999999999999996)).isEqualTo(3.0);
        assertThat(Rounding.HALF_UP.apply(2.49)).isEqualTo(2.0);
        assertThat(Rounding.HALF_UP.apply(-2.5)).isEqualTo(-2.0);
        assertThat(Rounding.FLOOR.apply(2.9999999999999996)).isEqualTo(3.0);
        assertThat(Rounding.FLOOR.apply(2.99)).isEqualTo(2.0);
        assertThat(Rounding.FLOOR.apply(-0.5)).isEqualTo(-1.0);
        assertThat(Rounding.NONE.apply(2.49)).isEqualTo(2.49);
    }
}
