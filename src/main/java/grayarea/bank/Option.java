package grayarea.bank;

import java.util.Map;
import java.util.Set;

/**
 * One answer a question offers, with the points it gives on each dimension and the flags it raises.
 * A scale question's options are its scale's steps with weights and reversal applied. Yes/no
 * options have an empty label: the app supplies "Yes" and "No" in its own language.
 *
 * @param means what the answer means when it is not a point on the scale ("not sure", "does not
 *     apply"), or null for an ordinary answer
 */
public record Option(
        String id, Text label, Map<String, Double> scores, Set<String> raises, Means means) {

    public Option {
        scores = Map.copyOf(scores);
        raises = Set.copyOf(raises);
    }

    public Option(String id, Text label, Map<String, Double> scores, Set<String> raises) {
        this(id, label, scores, raises, null);
    }

    public double score(String dimension) {
        return scores.getOrDefault(dimension, 0.0);
    }

    /** Whether choosing it is set aside: neither points nor a decline. */
    public boolean setsAside() {
        return means != null;
    }
}
