package grayarea.bank;

import java.util.Map;
import java.util.Set;

/**
 * One answer a question offers, with the points it gives on each dimension and the flags it raises.
 * A scale question's options are its scale's steps with weights and reversal applied. Yes/no
 * options have an empty label: the app supplies "Yes" and "No" in its own language.
 */
public record Option(String id, Text label, Map<String, Double> scores, Set<String> raises) {

    public Option {
        scores = Map.copyOf(scores);
        raises = Set.copyOf(raises);
    }

    public double score(String dimension) {
        return scores.getOrDefault(dimension, 0.0);
    }
}
