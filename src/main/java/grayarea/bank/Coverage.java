package grayarea.bank;

import java.util.Set;

/**
 * How many answers a headline needs. The items are the shown questions that are scored on one of
 * {@code dimensions} or named in {@code questions}. An item answered "not sure" or "does not apply"
 * is set aside: it is neither answered nor missing.
 *
 * @param minAnswered at least this many items answered, or null
 * @param minShare at least this share (0 to 1) of the items not set aside answered, or null
 */
public record Coverage(
        Set<String> dimensions, Set<String> questions, Integer minAnswered, Double minShare) {

    public Coverage {
        dimensions = Set.copyOf(dimensions);
        questions = Set.copyOf(questions);
    }

    /** Whether the question is one of the items whose answers count. */
    public boolean counts(Question question) {
        return questions.contains(question.id())
                || dimensions.stream().anyMatch(question::scoresOn);
    }

    /**
     * How many answers a headline needs when so many items were answered or missing (items set
     * aside do not count): {@code minAnswered}, or the share of them rounded up, at least one.
     */
    public int needed(int answered, int missing) {
        if (minAnswered != null) {
            return minAnswered;
        }
        return Math.max(1, (int) Math.ceil(minShare * (answered + missing) - 1e-9));
    }

    /** Whether so many answered and missing items are enough for a headline. */
    public boolean metBy(int answered, int missing) {
        // one reading of the rule: what the headline says is needed is what decides
        return answered >= needed(answered, missing);
    }
}
