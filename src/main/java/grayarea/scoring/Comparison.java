package grayarea.scoring;

import grayarea.bank.AnswerValue.BoundaryRating;
import grayarea.bank.AnswerValue.Rating;
import grayarea.bank.ConversationPrompt;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Two partners' shared answers side by side ({@link CoupleComparison}): where their lines differ,
 * each one's double standards, where they see the same behaviour differently, and what to talk
 * about first.
 *
 * <p>When the safety gate is closed ({@link #available()} is false) the comparison carries nothing
 * at all: no ratings, no scores, not which partner closed it. Everything in an available comparison
 * comes from the answers both partners shared: no private item, no flag, no answer left out.
 *
 * @param available false when the safety gate is closed; every list is then empty
 * @param boundaries one entry per boundary question of the bank, in bank order
 * @param doubleStandards each partner's double standards: the first partner's in bank order, then
 *     the second's
 * @param perceptionGaps per dimension and per partner, how that partner sees their own behaviour
 *     against how the other sees it; only where both scores could be formed from shared answers;
 *     largest first (a size of 0 means they see it alike)
 * @param starters the few largest differences as conversation starters, largest first
 * @param firstNotShared per part, the questions the first partner chose not to share
 * @param secondNotShared the same for the second partner
 */
public record Comparison(
        boolean available,
        List<BoundaryAgreement> boundaries,
        List<DoubleStandard> doubleStandards,
        List<PerceptionGap> perceptionGaps,
        List<ConversationStarter> starters,
        Map<String, Set<String>> firstNotShared,
        Map<String, Set<String>> secondNotShared) {

    private static final Comparison NOT_AVAILABLE =
            new Comparison(false, List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of());

    public Comparison {
        boundaries = List.copyOf(boundaries);
        doubleStandards = List.copyOf(doubleStandards);
        perceptionGaps = List.copyOf(perceptionGaps);
        starters = List.copyOf(starters);
        firstNotShared = copy(firstNotShared);
        secondNotShared = copy(secondNotShared);
        if (!available
                && !(boundaries.isEmpty()
                        && doubleStandards.isEmpty()
                        && perceptionGaps.isEmpty()
                        && starters.isEmpty()
                        && firstNotShared.isEmpty()
                        && secondNotShared.isEmpty())) {
            throw new IllegalArgumentException(
                    "a comparison that is not available carries nothing");
        }
    }

    /** The neutral "not available": the same object whichever partner, for whatever reason. */
    public static Comparison notAvailable() {
        return NOT_AVAILABLE;
    }

    /** The questions one partner chose not to share, per part. */
    public Map<String, Set<String>> notShared(Partner partner) {
        return partner == Partner.FIRST ? firstNotShared : secondNotShared;
    }

    /** The boundary agreement on one behaviour, if the bank has a boundary question about it. */
    public Optional<BoundaryAgreement> boundary(String behaviour) {
        return boundaries.stream().filter(b -> behaviour.equals(b.behaviour())).findFirst();
    }

    /** One partner's double standards. */
    public List<DoubleStandard> doubleStandardsOf(Partner partner) {
        return doubleStandards.stream().filter(d -> d.partner() == partner).toList();
    }

    @Override
    public String toString() {
        return available
                ? "Comparison[boundaries="
                        + boundaries
                        + ", doubleStandards="
                        + doubleStandards
                        + ", perceptionGaps="
                        + perceptionGaps
                        + ", starters="
                        + starters
                        + ", firstNotShared="
                        + firstNotShared
                        + ", secondNotShared="
                        + secondNotShared
                        + "]"
                : "Comparison[not available]";
    }

    private static Map<String, Set<String>> copy(Map<String, Set<String>> map) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        return Collections.unmodifiableMap(out);
    }

    /** Which of the two partners: the one whose turn was first, or second. */
    public enum Partner {
        FIRST("first"),
        SECOND("second");

        private final String json;

        Partner(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        public Partner other() {
            return this == FIRST ? SECOND : FIRST;
        }
    }

    /** How two ratings of the same behaviour compare. */
    public enum Agreement {
        /** both say fine */
        BOTH_FINE("both-fine"),
        /** both say it crosses a line */
        BOTH_CROSSES_LINE("both-crosses-line"),
        /** the same rating otherwise (both "depends"; or, overall, agreeing in each direction) */
        AGREEMENT("agreement"),
        /** different ratings */
        MISMATCH("mismatch"),
        /** at least one partner chose not to share this rating */
        NOT_SHARED("not-shared"),
        /** shared, but at least one partner declined it or never reached it */
        NOT_ANSWERED("not-answered");

        private final String json;

        Agreement(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        /** Two ratings of the same thing side by side. */
        public static Agreement of(Rating a, Rating b) {
            if (a != b) {
                return MISMATCH;
            }
            return switch (a) {
                case FINE -> BOTH_FINE;
                case CROSSES_LINE -> BOTH_CROSSES_LINE;
                case DEPENDS -> AGREEMENT;
            };
        }

        /** Whether the two sides agree (both fine, both crossing a line, or the same otherwise). */
        public boolean agrees() {
            return this == BOTH_FINE || this == BOTH_CROSSES_LINE || this == AGREEMENT;
        }
    }

    /**
     * Both partners' boundary ratings of one behaviour.
     *
     * <p>The behaviour is looked at from each side of who does it. <b>When the first partner does
     * it</b>: the first partner's own "if I did it" against the second partner's "if my partner did
     * it": what the first allows themself against what the second allows them. <b>When the second
     * partner does it</b>: the reverse. The overall {@link #kind()} is:
     *
     * <ul>
     *   <li>{@code NOT_SHARED} when either partner left the rating out, {@code NOT_ANSWERED} when
     *       either declined it or never reached it: nothing is guessed;
     *   <li>{@code BOTH_FINE} / {@code BOTH_CROSSES_LINE} when all four ratings say so;
     *   <li>{@code AGREEMENT} when they agree in both directions otherwise (for example both say
     *       "depends", or both agree that one of them may and the other may not);
     *   <li>{@code MISMATCH} when they disagree in at least one direction.
     * </ul>
     *
     * The general line, what each partner asks of the other (both "if my partner did it"), is given
     * too, in {@link #generalLine()}; where it differs while both directions agree, the two hold
     * mirrored double standards, which {@link DoubleStandard} reports.
     *
     * @param first the first partner's rating, or null when not shared or not answered
     * @param second the second partner's rating, or null when not shared or not answered
     */
    public record BoundaryAgreement(
            String behaviour,
            String question,
            BoundaryRating first,
            BoundaryRating second,
            Agreement kind) {

        /**
         * The first partner's "if I did it" against the second's "if my partner did it", or null.
         */
        public Agreement whenFirstDoesIt() {
            return first == null || second == null
                    ? null
                    : Agreement.of(first.ifIDid(), second.ifPartnerDid());
        }

        /**
         * The second partner's "if I did it" against the first's "if my partner did it", or null.
         */
        public Agreement whenSecondDoesIt() {
            return first == null || second == null
                    ? null
                    : Agreement.of(second.ifIDid(), first.ifPartnerDid());
        }

        /** Both partners' "if my partner did it": what each asks of the other, or null. */
        public Agreement generalLine() {
            return first == null || second == null
                    ? null
                    : Agreement.of(first.ifPartnerDid(), second.ifPartnerDid());
        }

        /**
         * How far apart they are: the largest step between the two ratings in either direction, 0
         * (agreed) to 2 (fine against crosses a line); 0 when not comparable.
         */
        public int difference() {
            if (first == null || second == null) {
                return 0;
            }
            return Math.max(
                    Math.abs(first.ifIDid().strictness() - second.ifPartnerDid().strictness()),
                    Math.abs(second.ifIDid().strictness() - first.ifPartnerDid().strictness()));
        }
    }

    /** A behaviour one partner rates differently for themself than for their partner. */
    public record DoubleStandard(Partner partner, BoundaryReading reading) {

        public DoubleStandard {
            if (reading.lean() == BoundaryReading.Lean.SAME) {
                throw new IllegalArgumentException(
                        "the same line for both is not a double standard");
            }
        }

        public String behaviour() {
            return reading.behaviour();
        }

        /**
         * EASIER_ON_ME: they would allow themself more than their partner; EASIER_ON_PARTNER: the
         * reverse.
         */
        public BoundaryReading.Lean lean() {
            return reading.lean();
        }

        /** Steps between the two ratings: 1 or 2. */
        public int size() {
            return Math.abs(reading.ifIDid().strictness() - reading.ifPartnerDid().strictness());
        }
    }

    /**
     * How one partner sees their own behaviour on a dimension against how the other sees it: {@code
     * about}'s "self" score against the other partner's "partner" score.
     *
     * @param about whose behaviour
     * @param ownView the score from {@code about}'s own answers about themself
     * @param partnerView the score from the other partner's answers about {@code about}
     * @param size the gap as a share of the dimension's whole range, 0 to 1
     */
    public record PerceptionGap(
            Partner about, String dimension, double ownView, double partnerView, double size) {

        /** partnerView minus ownView: above 0 when the other partner sees more of it. */
        public double difference() {
            return partnerView - ownView;
        }
    }

    /**
     * A difference turned into one of the bank's conversation prompts.
     *
     * @param topic what kind of difference
     * @param prompt the prompt's id in the bank
     * @param behaviour the behaviour it is about, or null
     * @param dimension the dimension it is about (a perception gap), or null
     * @param partner the partner it is about (a double standard's holder, a gap's subject), or null
     * @param size how large the difference is, 0 to 1 (a shared line or general prompt: 0)
     * @param text the prompt in the language asked for, with {@code {behaviour}} replaced
     */
    public record ConversationStarter(
            ConversationPrompt.Topic topic,
            String prompt,
            String behaviour,
            String dimension,
            Partner partner,
            double size,
            String text) {}
}
