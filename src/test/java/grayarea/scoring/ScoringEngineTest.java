package grayarea.scoring;

import static grayarea.testing.Fixtures.boundary;
import static grayarea.testing.Fixtures.choice;
import static grayarea.testing.Fixtures.ticks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerValue.Rating;
import grayarea.bank.QuestionBank;
import grayarea.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The engine on a hand-made bank whose every number is worked out by hand in the comments. */
class ScoringEngineTest {

    private final QuestionBank bank = Fixtures.scoringBank();
    private final ScoringEngine engine = new ScoringEngine(bank);

    /** Partner part, everything answered; the condition on "defensive" holds. */
    private AnswerSheet fullPartnerSheet() {
        return Fixtures.sheet(bank)
                .answer(
                        "partner",
                        "flirt",
                        choice("sometimes")) // concern 2, total 2, floor 2, average 2
                .answer(
                        "partner",
                        "hide",
                        choice("often")) // concern 2x3 = 6, total 3, floor 3, average 3; raises
                // "note"
                .answer("partner", "talked", choice("yes"))
                .answer("partner", "defensive", choice("tense")) // concern 1, total 1
                .answer(
                        "partner",
                        "open",
                        choice("rarely")) // reversed on concern: 3 + 0 - 1 = 2; protective 1
                .answer("partner", "habits", ticks("friends")) // concern -1, protective 1
                .answer("boundaries", "b-flirting", boundary(Rating.FINE, Rating.CROSSES_LINE))
                .answer(
                        "boundaries",
                        "b-hiding",
                        boundary(Rating.CROSSES_LINE, Rating.CROSSES_LINE))
                .build();
    }

    @Test
    void formsEachScoreAsTheBankSays() {
        PartResult partner = engine.score(fullPartnerSheet()).part("partner").orElseThrow();

        // concern, share of the maximum: raw 2+6+1+2-1 = 10; lowest possible -1 (the checklist's
        // "friends"), highest 3+6+2+3+1 = 15; (10 - -1) / (15 - -1) = 68.75 %
        Score concern = partner.score("concern").orElseThrow();
        assertThat(concern.raw()).isEqualTo(10.0);
        assertThat(concern.value()).isCloseTo(68.75, within(1e-9));
        assertThat(concern.counted()).isEqualTo(5);
        assertThat(concern.missing()).isZero();
        assertThat(partner.score("total").orElseThrow().value()).isEqualTo(6.0);
        assertThat(partner.score("floor").orElseThrow().value()).isEqualTo(5.0);
        assertThat(partner.score("average").orElseThrow().value()).isEqualTo(2.5);
        assertThat(partner.score("protective").orElseThrow().value()).isEqualTo(2.0);
        assertThat(partner.band()).isEqualTo("high");
    }

    @Test
    void choosesReflectionsByTheirRulesInBankOrder() {
        PartResult partner = engine.score(fullPartnerSheet()).part("partner").orElseThrow();
        // "both": total 6 >= 3 and the flag "note" was raised by hide = often
        assertThat(partner.reflections()).containsExactly("always", "high-concern", "both");
    }

    @Test
    void explainsTheResultByTheAnswersThatMovedItMost() {
        PartResult partner = engine.score(fullPartnerSheet()).part("partner").orElseThrow();
        // points above each question's lowest answer; the checklist tick sits at its lowest (0)
        assertThat(partner.why())
                .containsExactly(
                        new WhyItem("hide", "often", 6.0),
                        new WhyItem("flirt", "sometimes", 2.0),
                        new WhyItem("open", "rarely", 2.0),
                        new WhyItem("defensive", "tense", 1.0));
    }

    @Test
    void raisesFlagsInBankOrderAndOnlySafetyFlagsCountAsSafety() {
        Result result = engine.score(fullPartnerSheet());
        assertThat(result.flags()).containsExactly("note");
        assertThat(result.safety()).isFalse();

        Result afraid =
                engine.score(
                        Fixtures.sheet(bank)
                                .answer("partner", "flirt", choice("never"))
                                .answer("partner", "afraid", choice("yes"))
                                .answer("partner", "hide", choice("often"))
                                .build());
        assertThat(afraid.flags()).containsExactly("fear", "note");
        assertThat(afraid.safety()).isTrue();
        assertThat(afraid.part("partner").orElseThrow().reflections()).contains("fear");
    }

    @Test
    void dropsTheAnswerToAQuestionItsConditionHides() {
        AnswerSheet sheet =
                Fixtures.sheet(bank)
                        .answer("partner", "flirt", choice("sometimes"))
                        .answer("partner", "hide", choice("often"))
                        .answer("partner", "talked", choice("no"))
                        .answer(
                                "partner",
                                "defensive",
                                choice("defensive")) // hidden: talked is "no"
                        .answer("partner", "open", choice("rarely"))
                        .answer("partner", "habits", ticks("friends"))
                        .build();
        Score concern =
                engine.score(sheet).part("partner").orElseThrow().score("concern").orElseThrow();
        // without "defensive": raw 2+6+2-1 = 9, range -1..13, (9+1)/14 = 71.43 %
        assertThat(concern.raw()).isEqualTo(9.0);
        assertThat(concern.value()).isCloseTo(100.0 * 10 / 14, within(1e-9));
        assertThat(concern.counted()).isEqualTo(4);
        assertThat(concern.missing()).isZero();
    }

    @Test
    void appliesEachMissingRule() {
        AnswerSheet sheet =
                Fixtures.sheet(bank)
                        .answer("partner", "flirt", choice("sometimes"))
                        .answer("partner", "hide", Answer.declined())
                        .answer("partner", "talked", choice("no"))
                        .answer("partner", "open", Answer.notReached())
                        .build();
        PartResult partner = engine.score(sheet).part("partner").orElseThrow();
        // total: prorated, flirt 2 with hide missing (1 of 2 items, allowed): 2 x 2 / 1 = 4
        assertThat(partner.score("total").orElseThrow().value()).isEqualTo(4.0);
        // floor: the missing item counts as its lowest (0): 2
        assertThat(partner.score("floor").orElseThrow().value()).isEqualTo(2.0);
        // average: mean of the answered only: 2
        assertThat(partner.score("average").orElseThrow().value()).isEqualTo(2.0);
        // concern: hide, open and habits missing = 3 > maxMissing 2: not formed, no band
        Score concern = partner.score("concern").orElseThrow();
        assertThat(concern.computable()).isFalse();
        assertThat(concern.missing()).isEqualTo(3);
        assertThat(partner.band()).isNull();
        assertThat(partner.reflections()).containsExactly("always", "not-talked");
    }

    @Test
    void proratedSumIsNotFormedPastItsMissingLimit() {
        AnswerSheet sheet =
                Fixtures.sheet(bank)
                        .answer("partner", "flirt", Answer.declined())
                        .answer("partner", "hide", Answer.declined())
                        .answer("partner", "talked", choice("no"))
                        .build();
        assertThat(
                        engine.score(sheet)
                                .part("partner")
                                .orElseThrow()
                                .score("total")
                                .orElseThrow()
                                .computable())
                .isFalse();
    }

    @Test
    void readsTheBoundaryMapForDoubleStandards() {
        Result result = engine.score(fullPartnerSheet());
        assertThat(result.boundaries()).hasSize(2);
        assertThat(result.doubleStandards())
                .singleElement()
                .satisfies(
                        b -> {
                            assertThat(b.behaviour()).isEqualTo("flirting");
                            assertThat(b.lean()).isEqualTo(BoundaryReading.Lean.EASIER_ON_ME);
                        });
        assertThat(new BoundaryReading("x", "q", Rating.CROSSES_LINE, Rating.DEPENDS).lean())
                .isEqualTo(BoundaryReading.Lean.EASIER_ON_PARTNER);
    }

    @Test
    void scoresEachPerspectivePartOnItsOwn() {
        AnswerSheet sheet =
                Fixtures.sheet(bank)
                        .answer("self", "flirt", choice("never"))
                        .answer("self", "hide", choice("never"))
                        .answer("self", "open", choice("often"))
                        .answer("partner", "flirt", choice("often"))
                        .answer("partner", "hide", choice("often"))
                        .answer("partner", "open", choice("never"))
                        .build();
        Result result = engine.score(sheet);
        assertThat(result.parts()).extracting(PartResult::part).containsExactly("self", "partner");
        assertThat(result.part("self").orElseThrow().band()).isEqualTo("low");
        assertThat(result.part("partner").orElseThrow().band()).isEqualTo("high");
        assertThat(result.headline().orElseThrow().part()).isEqualTo("self");
    }

    @Test
    void bandBoundariesAreLowerBoundsSoEveryScoreFallsInExactlyOne() {
        var primary = bank.primary();
        assertThat(primary.bandFor(0).id()).isEqualTo("low");
        assertThat(primary.bandFor(33.4999).id()).isEqualTo("low");
        assertThat(primary.bandFor(33.5).id()).isEqualTo("middle");
        assertThat(primary.bandFor(66.49).id()).isEqualTo("middle");
        assertThat(primary.bandFor(66.5).id()).isEqualTo("high");
        assertThat(primary.bandFor(100).id()).isEqualTo("high");
    }

    @Test
    void theSameAnswersAlwaysGiveTheSameResult() {
        assertThat(engine.score(fullPartnerSheet())).isEqualTo(engine.score(fullPartnerSheet()));
    }
}
