package grayarea.scoring;

import static grayarea.testing.Fixtures.choice;
import static grayarea.testing.Fixtures.ticks;
import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerValue;
import grayarea.bank.Parts;
import grayarea.bank.QuestionBank;
import grayarea.testing.Fixtures;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The "why", the context answers, the flags of checklists and the headline's steps, on
 * src/test/resources/scoring/pit-headline.json, every number worked out by hand. Scale never 0 /
 * rarely 1 / sometimes 2 / often 3 / "not sure". concern (primary) = sum of s1..s4, w (lo 2, hi 5:
 * its lowest is 2) and the checklist ck (x 2 raising "ticked", y 1, z -1 raising "other": its
 * lowest is -1); secrecy = sum of rev (reversed) and fwd. Bands calm -1 (the lowest concern), some
 * 5, many 10. Coverage: at least half of concern's items answered. Band rules: any secrecy answer
 * at or above "often" → at least many; concern of at least 5 → at least some. Context: length
 * (single), shared (checklist), kept (private), safe (safety), note (text) score nothing.
 */
class HeadlineAndWhyArithmeticTest {

    private static final String MAIN = Parts.MAIN;
    private final QuestionBank bank = Fixtures.resourceBank("scoring/pit-headline.json");
    private final ScoringEngine engine = new ScoringEngine(bank);

    private Fixtures.SheetBuilder sheet() {
        return Fixtures.sheet(bank);
    }

    private PartResult main(Fixtures.SheetBuilder sheet) {
        return engine.score(sheet.build()).part(MAIN).orElseThrow();
    }

    @Nested
    class TheWhy {

        /** Six answers above their item's lowest. */
        private final PartResult part =
                main(
                        sheet().answer(MAIN, "s1", choice("often")) // 3 above 0
                                .answer(MAIN, "s2", choice("sometimes")) // 2 above 0
                                .answer(MAIN, "s3", choice("sometimes")) // 2 above 0
                                .answer(MAIN, "s4", choice("rarely")) // 1 above 0
                                .answer(MAIN, "w", choice("hi")) // 5, 3 above its lowest 2
                                .answer(MAIN, "ck", ticks("x", "y")) // 2 + 1 = 3, 4 above -1
                                .answer(MAIN, "rev", choice("never"))
                                .answer(MAIN, "fwd", choice("never")));

        @Test
        void theFiveLargestInOrderTiesInBankOrderPointsAboveTheLowest() {
            // ck 4, then s1 and w 3 each (s1 comes first in the bank), then s2 and s3 2 each;
            // s4's 1 is the sixth and is left out (at most 5)
            assertThat(part.why())
                    .containsExactly(
                            new WhyItem("ck", "x,y", 4.0),
                            new WhyItem("s1", "often", 3.0),
                            new WhyItem("w", "hi", 3.0),
                            new WhyItem("s2", "sometimes", 2.0),
                            new WhyItem("s3", "sometimes", 2.0));
            assertThat(ScoringEngine.WHY_LIMIT).isEqualTo(5);
        }

        @Test
        void theScoreAddsTheChecklistsTicks() {
            // concern 3 + 2 + 2 + 1 + 5 + 3 = 16: many
            assertThat(part.score("concern").orElseThrow().value()).isEqualTo(16.0);
            assertThat(part.headline().scoreBand()).isEqualTo("many");
            assertThat(part.band()).isEqualTo("many");
        }

        @Test
        void rulesAskingForNoMoreThanTheScoreGaveFireWithoutRaising() {
            // secrecy: rev "never" reversed gives 3 and, counted from the end that adds, is the
            // fourth step like "often": fires. fwd "never" is the first step: does not.
            // concern 16 >= 5 fires "plenty". Both ask for no more than "many": not raised.
            assertThat(part.headline().rules())
                    .containsExactly(
                            new Headline.FiredRule(
                                    "hidden",
                                    "many",
                                    false,
                                    List.of(new WhyItem("rev", "never", 3.0)),
                                    null),
                            new Headline.FiredRule("plenty", "some", false, List.of(), 16.0));
        }

        @Test
        void aTickedOptionRaisesItsFlag() {
            assertThat(engine.score(sheet().answer(MAIN, "ck", ticks("x", "y")).build()).flags())
                    .containsExactly("ticked");
        }
    }

    @Nested
    class AnswersAtTheirLowest {

        /** Every concern answer at its item's lowest but s1. */
        private final Result result =
                engine.score(
                        sheet().answer(MAIN, "s1", choice("rarely")) // 1
                                .answer(MAIN, "s2", choice("never")) // 0, its lowest
                                .answer(MAIN, "s3", choice("never"))
                                .answer(MAIN, "s4", choice("never"))
                                .answer(MAIN, "w", choice("lo")) // 2, its lowest
                                .answer(MAIN, "ck", ticks("z")) // -1, its lowest
                                .answer(MAIN, "rev", choice("rarely")) // reversed 2: 3rd step
                                .answer(MAIN, "fwd", choice("often")) // 3: the 4th step
                                .build());

        private final PartResult part = result.part(MAIN).orElseThrow();

        @Test
        void anAnswerAtItsItemsLowestMovedNothingAndIsNotInTheWhy() {
            assertThat(part.why()).containsExactly(new WhyItem("s1", "rarely", 1.0));
        }

        @Test
        void aRuleAboveTheScoresBandRaisesTheHeadline() {
            // concern 1 + 0 + 0 + 0 + 2 - 1 = 2: calm; fwd "often" fires "hidden", which asks for
            // at least many: raised. rev "rarely" reversed is only the third step. 2 < 5: no
            // "plenty".
            assertThat(part.score("concern").orElseThrow().value()).isEqualTo(2.0);
            assertThat(part.headline().scoreBand()).isEqualTo("calm");
            assertThat(part.headline().rules())
                    .containsExactly(
                            new Headline.FiredRule(
                                    "hidden",
                                    "many",
                                    true,
                                    List.of(new WhyItem("fwd", "often", 3.0)),
                                    null));
            assertThat(part.band()).isEqualTo("many");
        }

        @Test
        void theFlagOfAnyTickedOptionIsRaised() {
            // z raises "other"
            assertThat(result.flags()).containsExactly("other");
            assertThat(result.safety()).isFalse();
        }
    }

    @Test
    void flagsFromSeveralTicksComeInBankOrder() {
        // ticked z then x: the flags in the bank's order, ticked before other
        assertThat(engine.score(sheet().answer(MAIN, "ck", ticks("z", "x")).build()).flags())
                .containsExactly("ticked", "other");
    }

    @Test
    void anOptionTickedTwiceCountsOnce() {
        // a hand-edited sheet ticking x twice: x 2 + y 1 = 3, not 5
        PartResult part = main(sheet().answer(MAIN, "ck", ticks("x", "x", "y")));
        assertThat(part.score("concern").orElseThrow().value()).isEqualTo(3.0);
    }

    @Test
    void aFlagThatIsNotAboutSafetyStaysInAFileThatIsNotSealed() {
        Result result = engine.score(sheet().answer(MAIN, "ck", ticks("x")).build());
        assertThat(result.withoutSafetyFlags(bank).flags()).containsExactly("ticked");
    }

    @Test
    void onePartScoredAloneIsThatPartOfTheWholeSheet() {
        // scorePart drops the answers to hidden questions and scores like score() does
        Fixtures.SheetBuilder answers =
                sheet().answer(MAIN, "s1", choice("often"))
                        .answer(MAIN, "w", choice("hi"))
                        .answer(MAIN, "length", choice("short"));
        var sheet = answers.build();
        assertThat(engine.bank()).isSameAs(bank);
        assertThat(engine.scorePart(MAIN, sheet.part(MAIN), Set.of()))
                .isEqualTo(engine.score(sheet).part(MAIN).orElseThrow());
    }

    @Test
    void eachHeadlineStatusHasTheNameFilesUse() {
        for (Headline.Status status : Headline.Status.values()) {
            assertThat(Headline.Status.fromJson(status.json())).isEqualTo(status);
        }
        assertThat(Headline.Status.NOT_ENOUGH_ANSWERED.json()).isEqualTo("not-enough-answered");
        Assertions.assertThatThrownBy(() -> Headline.Status.fromJson("maybe"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void notSureOnAReversedItemFiresNoRule() {
        // rev "not sure" has no step on the scale; reversed it would not be "often" either
        PartResult part =
                main(
                        sheet().answer(MAIN, "s1", choice("often"))
                                .answer(MAIN, "rev", choice("not-sure"))
                                .answer(MAIN, "fwd", choice("sometimes")));
        assertThat(part.headline().rules()).isEmpty();
    }

    @Nested
    class Coverage {

        @Test
        void exactlyHalfAnsweredIsEnough() {
            // concern's items: s1..s4, w, ck = 6; 3 answered, 3 declined: 3 >= 0.5 x 6
            PartResult part =
                    main(
                            sheet().answer(MAIN, "s1", choice("often"))
                                    .answer(MAIN, "s2", choice("often"))
                                    .answer(MAIN, "s3", Answer.declined())
                                    .answer(MAIN, "s4", Answer.declined())
                                    .answer(MAIN, "w", choice("lo"))
                                    .answer(MAIN, "ck", Answer.declined()));
            Headline.CoverageCheck coverage = part.headline().coverage();
            assertThat(coverage.met()).isTrue();
            assertThat(coverage.answered()).isEqualTo(3);
            assertThat(coverage.missing()).isEqualTo(3);
            assertThat(coverage.unanswered()).containsExactly("s3", "s4", "ck");
            // 3 + 3 + 2 = 8: some
            assertThat(part.band()).isEqualTo("some");
        }

        @Test
        void oneLessThanHalfIsNotEnough() {
            // 2 answered, 4 missing (s3, s4, w declined; ck never reached): 2 < 0.5 x 6
            PartResult part =
                    main(
                            sheet().answer(MAIN, "s1", choice("often"))
                                    .answer(MAIN, "s2", choice("often"))
                                    .answer(MAIN, "s3", Answer.declined())
                                    .answer(MAIN, "s4", Answer.declined())
                                    .answer(MAIN, "w", Answer.declined()));
            assertThat(part.headline().status()).isEqualTo(Headline.Status.NOT_ENOUGH_ANSWERED);
            assertThat(part.headline().coverage().missing()).isEqualTo(4);
            assertThat(part.headline().coverage().unanswered())
                    .containsExactly("s3", "s4", "w", "ck");
            // the score 6 is formed (band "some") but there is no headline band
            assertThat(part.headline().scoreBand()).isEqualTo("some");
            assertThat(part.band()).isNull();
            // the rule that fires is listed, but raises nothing without a band
            assertThat(part.headline().rules())
                    .extracting(Headline.FiredRule::rule, Headline.FiredRule::raised)
                    .containsExactly(Tuple.tuple("plenty", false));
        }

        @Test
        void notSureIsNeitherAnsweredNorMissing() {
            // 2 answered, 2 "not sure", 2 missing: 2 >= 0.5 x (2 + 2): met
            PartResult part =
                    main(
                            sheet().answer(MAIN, "s1", choice("often"))
                                    .answer(MAIN, "s2", choice("not-sure"))
                                    .answer(MAIN, "s3", choice("not-sure"))
                                    .answer(MAIN, "s4", Answer.declined())
                                    .answer(MAIN, "w", choice("hi")));
            Headline.CoverageCheck coverage = part.headline().coverage();
            assertThat(coverage)
                    .isEqualTo(new Headline.CoverageCheck(true, 2, 2, 2, List.of("s4", "ck")));
            // 3 + 5 = 8: some
            assertThat(part.band()).isEqualTo("some");
        }

        @Test
        void nothingButNotSureIsNotEnough() {
            // 0 answered, 0 missing would be "all of nothing": not enough, and no score either
            PartResult part =
                    main(
                            sheet().answer(MAIN, "s1", choice("not-sure"))
                                    .answer(MAIN, "s2", choice("not-sure"))
                                    .answer(MAIN, "s3", choice("not-sure"))
                                    .answer(MAIN, "s4", choice("not-sure")));
            // w and ck never reached: 0 answered of 2
            assertThat(part.headline().coverage().met()).isFalse();
            assertThat(part.headline().status()).isEqualTo(Headline.Status.NOT_ENOUGH_ANSWERED);
        }
    }

    @Nested
    class Context {

        @Test
        void unscoredAnswersAreContextInBankOrderTicksJoined() {
            PartResult part =
                    main(
                            sheet().answer(MAIN, "shared", ticks("home", "car"))
                                    .answer(
                                            MAIN,
                                            "note",
                                            Answer.answered(new AnswerValue.FreeText("hello")))
                                    .answer(MAIN, "safe", choice("yes"))
                                    .answer(MAIN, "kept", choice("p"))
                                    .answer(MAIN, "length", choice("long"))
                                    .answer(MAIN, "s1", choice("often")));
            // private "kept", safety-relevant "safe" and the scored s1 are not context; a free
            // text that is not private is, as written
            assertThat(part.context())
                    .containsExactly(
                            new ContextAnswer("length", "long"),
                            new ContextAnswer("shared", "home,car"),
                            new ContextAnswer("note", "hello"));
        }

        @Test
        void aDeclinedContextQuestionIsLeftOut() {
            PartResult part =
                    main(
                            sheet().answer(MAIN, "length", Answer.declined())
                                    .answer(MAIN, "shared", ticks("pets")));
            assertThat(part.context()).containsExactly(new ContextAnswer("shared", "pets"));
        }
    }
}
