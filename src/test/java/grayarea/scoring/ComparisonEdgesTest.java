package grayarea.scoring;

import static grayarea.bank.AnswerValue.Rating.CROSSES_LINE;
import static grayarea.bank.AnswerValue.Rating.FINE;
import static grayarea.testing.Fixtures.boundary;
import static grayarea.testing.Fixtures.choice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import grayarea.bank.AnswerSheet;
import grayarea.bank.ConversationPrompt.Topic;
import grayarea.bank.QuestionBank;
import grayarea.bank.Sharing;
import grayarea.scoring.Comparison.Agreement;
import grayarea.scoring.Comparison.ConversationStarter;
import grayarea.scoring.Comparison.Partner;
import grayarea.scoring.Comparison.PerceptionGap;
import grayarea.testing.Fixtures;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Perception gaps and conversation starters at their edges, on
 * src/test/resources/scoring/pit-couple.json. share = share of the maximum of q-share (0..5, range
 * 100); steady = sum of q-steady, whose two options both give 2 (range 0); tone = sum of q-tone,
 * calm 1 or sharp 3 (range 3 - 1 = 2). The bank's prompts: one for a boundary mismatch, and two
 * general ones, the first written for hiding ("Talk about {behaviour}."), the second for no
 * behaviour. It has none for perception gaps, double standards or shared lines. q-safe "yes" raises
 * the safety flag "unsafe"; unusually, the question is not private.
 */
class ComparisonEdgesTest {

    private final QuestionBank bank = Fixtures.resourceBank("scoring/pit-couple.json");

    private Fixtures.SheetBuilder sheet() {
        return Fixtures.sheet(bank);
    }

    private Comparison compare(Fixtures.SheetBuilder first, Fixtures.SheetBuilder second) {
        return CoupleComparison.compare(bank, first.build(), second.build());
    }

    @Test
    void eachDimensionsRangeIsItsHighestLessItsLowest() {
        assertThat(CoupleComparison.range(bank, bank.dimension("share").orElseThrow()))
                .isEqualTo(100);
        // tone: 3 - 1 = 2, in both parts
        assertThat(CoupleComparison.range(bank, bank.dimension("tone").orElseThrow())).isEqualTo(2);
        // steady: 2 - 2 = 0
        assertThat(CoupleComparison.range(bank, bank.dimension("steady").orElseThrow())).isZero();
    }

    @Test
    void aGapOnADimensionThatCannotVaryIsZeroAndAGapOnToneIsItsShareOfTheRange() {
        // about the first partner: steady 2 against 2 with a range of 0: size 0, never NaN;
        // tone: own calm 1, seen sharp 3: (3 - 1) / 2 = 1, the whole range
        Comparison c =
                compare(
                        sheet().answer("self", "q-steady", choice("x"))
                                .answer("self", "q-tone", choice("calm")),
                        sheet().answer("partner", "q-steady", choice("y"))
                                .answer("partner", "q-tone", choice("sharp")));
        assertThat(c.perceptionGaps())
                .extracting(PerceptionGap::dimension, PerceptionGap::size)
                .containsExactly(tuple("tone", 1.0), tuple("steady", 0.0));
    }

    @Test
    void aGapOfExactlyAFifthOfTheRangeStartsAConversationWithAGeneralPrompt() {
        // share: own l1 = 20 %, seen l2 = 40 %: 20 of 100 = 0.2, exactly MIN_GAP_FOR_STARTER.
        // The bank has no perception-gap prompt, so a general one without a behaviour is used.
        Comparison c =
                compare(
                        sheet().answer("self", "q-share", choice("l1")),
                        sheet().answer("partner", "q-share", choice("l2")));
        assertThat(c.perceptionGaps())
                .extracting(PerceptionGap::size)
                .containsExactly(CoupleComparison.MIN_GAP_FOR_STARTER);
        assertThat(c.starters())
                .extracting(
                        ConversationStarter::topic,
                        ConversationStarter::prompt,
                        ConversationStarter::dimension,
                        ConversationStarter::text)
                .containsExactly(
                        tuple(Topic.PERCEPTION_GAP, "g-plain", "share", "Pick a calm moment."));
    }

    @Test
    void withNothingToTalkAboutTheGeneralPromptForNoBehaviour() {
        // the same answers on both sides: no difference, so the general prompt written for no
        // behaviour, though the one written for hiding comes first in the bank
        Comparison c =
                compare(
                        sheet().answer("self", "q-share", choice("l3")),
                        sheet().answer("partner", "q-share", choice("l3")));
        assertThat(c.starters())
                .extracting(ConversationStarter::topic, ConversationStarter::text)
                .containsExactly(tuple(Topic.GENERAL, "Pick a calm moment."));
    }

    @Test
    void aMismatchComesBeforeADoubleStandardOfTheSameSize() {
        // flirting. First partner: fine for me, crosses a line for my partner (a double standard
        // of 2 steps, size 1.0). Second partner: fine, fine. When the second does it: fine against
        // the first's "crosses a line", 2 steps, a mismatch of size 1.0. One starter per
        // behaviour, and at equal sizes mismatches come first.
        Comparison c =
                compare(
                        sheet().answer("boundaries", "b-flirting", boundary(FINE, CROSSES_LINE)),
                        sheet().answer("boundaries", "b-flirting", boundary(FINE, FINE)));
        assertThat(c.starters())
                .extracting(ConversationStarter::topic, ConversationStarter::text)
                .containsExactly(tuple(Topic.BOUNDARY_MISMATCH, "Your lines differ on Flirting."));
    }

    @Test
    void aDoubleStandardWithoutItsOwnPromptGetsTheGeneralOneWrittenForItsBehaviour() {
        // hiding. First: fine for me, crosses for my partner; second: crosses for me, fine for my
        // partner. Each direction agrees (fine/fine, crosses/crosses): no mismatch. Each holds a
        // double standard of size 1.0 on hiding; the first partner's comes first and takes the
        // behaviour. No double-standard prompt: the general one for hiding, filled in.
        Comparison c =
                compare(
                        sheet().answer("boundaries", "b-hiding", boundary(FINE, CROSSES_LINE)),
                        sheet().answer("boundaries", "b-hiding", boundary(CROSSES_LINE, FINE)));
        assertThat(c.starters())
                .extracting(
                        ConversationStarter::topic,
                        ConversationStarter::partner,
                        ConversationStarter::prompt,
                        ConversationStarter::text)
                .containsExactly(
                        tuple(
                                Topic.DOUBLE_STANDARD,
                                Partner.FIRST,
                                "g-behaviour",
                                "Talk about Hiding."));
    }

    @Test
    void anAnswerAHandMadeTurnMarksNotSharedIsListedAsNotSharedNotAsUnanswered() {
        // the turn's own list of what was left out is empty, but its sheet marks the flirting
        // rating "not shared": shared again, the rating is dropped and listed as not shared
        AnswerSheet sheet =
                sheet().answer("boundaries", "b-flirting", boundary(FINE, FINE).withShared(false))
                        .build();
        ComparisonTurn turn =
                new ComparisonTurn(bank.ref(), "Alex", new Sharing.Shared(sheet, Map.of()));
        ComparisonTurn other =
                ComparisonTurn.of(
                        bank,
                        sheet().answer("boundaries", "b-flirting", boundary(FINE, FINE)).build());
        Comparison c = CoupleComparison.compare(bank, turn, other, "en");
        assertThat(c.boundary("flirting").orElseThrow().kind()).isEqualTo(Agreement.NOT_SHARED);
        assertThat(c.notShared(Partner.FIRST))
                .isEqualTo(Map.of("boundaries", Set.of("b-flirting")));
        assertThat(c.notShared(Partner.SECOND)).isEmpty();
    }

    @Test
    void aHandMadeTurnCarryingASafetyAnswerHasItDroppedAndSaysNothingOfIt() {
        // a turn file edited to carry an answer that raises a safety flag, though its turn said it
        // was available: a question that can raise a safety flag is private, so sharing it again
        // drops the answer; the comparison shows nothing of it, not even that it was there
        AnswerSheet sheet =
                sheet().answer("self", "q-safe", choice("yes"))
                        .answer("self", "q-share", choice("l1"))
                        .build();
        assertThat(bank.question("q-safe").orElseThrow().privateItem()).isTrue();
        ComparisonTurn turn =
                new ComparisonTurn(bank.ref(), "Alex", new Sharing.Shared(sheet, Map.of()));
        ComparisonTurn other =
                ComparisonTurn.of(bank, sheet().answer("self", "q-share", choice("l1")).build());
        Comparison c = CoupleComparison.compare(bank, turn, other, "en");
        assertThat(c.available()).isTrue();
        assertThat(c.notShared(Partner.FIRST)).isEmpty();
        assertThat(c.toString()).doesNotContain("q-safe", "unsafe");
    }

    @Test
    void aTurnThatClosedTheGatePrintsNothingButItsBankAndLabel() {
        // what a log line could show of a turn: never an answer
        ComparisonTurn closed =
                ComparisonTurn.of(bank, sheet().answer("self", "q-safe", choice("yes")).build());
        assertThat(closed.available()).isFalse();
        assertThat(closed.toString())
                .isEqualTo(
                        "ComparisonTurn[bank="
                                + bank.ref()
                                + ", respondent=Tester, not available]");
        ComparisonTurn open =
                ComparisonTurn.of(bank, sheet().answer("self", "q-share", choice("l1")).build());
        assertThat(open.toString()).contains("shared=").doesNotContain("not available");
    }
}
