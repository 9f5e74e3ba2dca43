package grayarea.scoring;

import java.util.List;

/**
 * How a part's headline band came about, in the order the steps apply: whether enough was answered
 * (coverage), which band rules fired, and the band the primary score itself falls in. Safety comes
 * before all of these; it is the whole result's ({@link Result#safety()}), not one part's.
 *
 * @param status whether there is a band, and if not, why
 * @param scoreBand the band the (rounded) primary score falls in, or null when not formed
 * @param coverage the coverage check, or null when the bank sets none
 * @param rules the band rules that fired, in bank order. Without a headline band they are the
 *     answers that stand out.
 */
public record Headline(
        Status status, String scoreBand, CoverageCheck coverage, List<FiredRule> rules) {

    public Headline {
        rules = List.copyOf(rules);
    }

    /** Whether the part has a headline band, and if not, why not. */
    public enum Status {
        /** a band was given */
        BAND("band"),
        /** too few of the answers the bank names were given to say */
        NOT_ENOUGH_ANSWERED("not-enough-answered"),
        /** the primary score could not be formed (too many missing answers for its dimension) */
        NOT_FORMED("not-formed");

        private final String json;

        Status(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        public static Status fromJson(String value) {
            for (Status s : values()) {
                if (s.json.equals(value)) {
                    return s;
                }
            }
            throw new IllegalArgumentException(value);
        }
    }

    /**
     * The bank's coverage rule applied to one part.
     *
     * @param answered items answered with points
     * @param missing items declined or not reached
     * @param setAside items answered "not sure" or "does not apply"
     * @param unanswered the missing items' question ids in bank order, private questions left out
     */
    public record CoverageCheck(
            boolean met, int answered, int missing, int setAside, List<String> unanswered) {

        public CoverageCheck {
            unanswered = List.copyOf(unanswered);
        }
    }

    /**
     * A band rule that fired.
     *
     * @param band the band it asks for at least
     * @param raised whether it lifted the headline above the band the score gave
     * @param answers for an answer rule, the answers that fired it (with the points each gave on
     *     the rule's dimension); for a score rule, none
     * @param score for a score rule, the (rounded) score that fired it; else null
     */
    public record FiredRule(
            String rule, String band, boolean raised, List<WhyItem> answers, Double score) {

        public FiredRule {
            answers = List.copyOf(answers);
        }
    }
}
