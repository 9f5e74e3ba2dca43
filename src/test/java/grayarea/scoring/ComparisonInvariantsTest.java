package grayarea.scoring;

import static grayarea.bank.AnswerValue.Rating.CROSSES_LINE;
import static grayarea.bank.AnswerValue.Rating.DEPENDS;
import static grayarea.bank.AnswerValue.Rating.FINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grayarea.bank.AnswerValue.BoundaryRating;
import grayarea.bank.ConversationPrompt.Topic;
import grayarea.scoring.Comparison.Agreement;
import grayarea.scoring.Comparison.BoundaryAgreement;
import grayarea.scoring.Comparison.ConversationStarter;
import grayarea.scoring.Comparison.DoubleStandard;
import grayarea.scoring.Comparison.Partner;
import grayarea.scoring.Comparison.PerceptionGap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * What a comparison promises whatever builds it: one that is not available carries nothing at all
 * (no rating, no score, not even what was left out), and the small pieces a report reads off it.
 */
class ComparisonInvariantsTest {

    private static final BoundaryAgreement AGREEMENT =
            new BoundaryAgreement(
                    "flirting",
                    "b-flirting",
                    new BoundaryRating(FINE, FINE),
                    new BoundaryRating(FINE, FINE),
                    Agreement.BOTH_FINE);
    private static final DoubleStandard DOUBLE_STANDARD =
            new DoubleStandard(
                    Partner.FIRST,
                    new BoundaryReading("flirting", "b-flirting", FINE, CROSSES_LINE));
    private static final PerceptionGap GAP =
            new PerceptionGap(Partner.SECOND, "secrecy", 1, 3, 0.5);
    private static final ConversationStarter STARTER =
            new ConversationStarter(Topic.GENERAL, "general-any", null, null, null, 0, "Talk.");
    private static final Map<String, Set<String>> LEFT_OUT = Map.of("self", Set.of("hopes"));

    @Test
    void aComparisonThatIsNotAvailableCarriesNoneOfItsSixParts() {
        // each part alone is enough to refuse it: a closed gate never lets one of them through
        List<ThrowingCallable> each =
                List.of(
                        () ->
                                new Comparison(
                                        false,
                                        List.of(AGREEMENT),
                                        List.of(),
                                        List.of(),
                                        List.of(),
                                        Map.of(),
                                        Map.of()),
                        () ->
                                new Comparison(
                                        false,
                                        List.of(),
                                        List.of(DOUBLE_STANDARD),
                                        List.of(),
                                        List.of(),
                                        Map.of(),
                                        Map.of()),
                        () ->
                                new Comparison(
                                        false,
                                        List.of(),
                                        List.of(),
                                        List.of(GAP),
                                        List.of(),
                                        Map.of(),
                                        Map.of()),
                        () ->
                                new Comparison(
                                        false,
                                        List.of(),
                                        List.of(),
                                        List.of(),
                                        List.of(STARTER),
                                        Map.of(),
                                        Map.of()),
                        () ->
                                new Comparison(
                                        false, List.of(), List.of(), List.of(), List.of(), LEFT_OUT,
                                        Map.of()),
                        () ->
                                new Comparison(
                                        false, List.of(), List.of(), List.of(), List.of(), Map.of(),
                                        LEFT_OUT));
        for (ThrowingCallable build : each) {
            assertThatThrownBy(build)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a comparison that is not available carries nothing");
        }
    }

    @Test
    void theNeutralNotAvailableIsEmptyAndSaysNothingElse() {
        Comparison none = Comparison.notAvailable();
        assertThat(none.available()).isFalse();
        assertThat(none.notShared(Partner.FIRST)).isEmpty();
        assertThat(none.notShared(Partner.SECOND)).isEmpty();
        assertThat(none).hasToString("Comparison[not available]");
    }

    @Test
    void anAvailableComparisonKeepsEveryPartAndEachPartnersLeftOutQuestions() {
        Comparison c =
                new Comparison(
                        true,
                        List.of(AGREEMENT),
                        List.of(DOUBLE_STANDARD),
                        List.of(GAP),
                        List.of(STARTER),
                        Map.of(),
                        LEFT_OUT);
        assertThat(c.notShared(Partner.FIRST)).isEmpty();
        assertThat(c.notShared(Partner.SECOND)).isEqualTo(LEFT_OUT);
        assertThat(c.doubleStandardsOf(Partner.FIRST)).containsExactly(DOUBLE_STANDARD);
        assertThat(c.doubleStandardsOf(Partner.SECOND)).isEmpty();
        assertThat(c.boundary("flirting")).contains(AGREEMENT);
        assertThat(c.boundary("hiding")).isEmpty();
    }

    @Test
    void partnersAndAgreementsAsFilesSpellThem() {
        assertThat(Partner.FIRST.other()).isEqualTo(Partner.SECOND);
        assertThat(Partner.SECOND.other()).isEqualTo(Partner.FIRST);
        assertThat(Partner.FIRST.json()).isEqualTo("first");
        assertThat(Partner.SECOND.json()).isEqualTo("second");
        assertThat(Agreement.BOTH_CROSSES_LINE.json()).isEqualTo("both-crosses-line");
        assertThat(Agreement.NOT_SHARED.json()).isEqualTo("not-shared");
    }

    @Test
    void aDoubleStandardsSizeIsTheStepsBetweenTheTwoRatings() {
        // depends (1) against crosses a line (2): one step; fine (0) against crosses (2): two
        assertThat(
                        new DoubleStandard(
                                        Partner.SECOND,
                                        new BoundaryReading("x", "b-x", DEPENDS, CROSSES_LINE))
                                .size())
                .isEqualTo(1);
        assertThat(DOUBLE_STANDARD.size()).isEqualTo(2);
        assertThatThrownBy(
                        () ->
                                new DoubleStandard(
                                        Partner.FIRST,
                                        new BoundaryReading("x", "b-x", DEPENDS, DEPENDS)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whichWayALineLeans() {
        // stricter for the partner (crosses a line) than for oneself (depends): easier on me
        assertThat(new BoundaryReading("x", "b-x", DEPENDS, CROSSES_LINE).lean())
                .isEqualTo(BoundaryReading.Lean.EASIER_ON_ME);
        assertThat(new BoundaryReading("x", "b-x", DEPENDS, FINE).lean())
                .isEqualTo(BoundaryReading.Lean.EASIER_ON_PARTNER);
        assertThat(new BoundaryReading("x", "b-x", FINE, FINE).lean())
                .isEqualTo(BoundaryReading.Lean.SAME);
    }

    @Test
    void aGapIsTheOtherPartnersViewMinusTheirOwn() {
        // the second partner sees themself at 1; the first partner sees them at 3: 3 - 1 = 2
        assertThat(GAP.difference()).isEqualTo(2.0);
    }
}
