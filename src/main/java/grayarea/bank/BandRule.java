package grayarea.bank;

/**
 * A rule that raises the headline to at least a band, whatever the average says: one strong answer
 * is not diluted by many calm ones.
 *
 * @param label names the rule where the result explains itself
 * @param band the id of the lowest band the headline may have when the rule fires
 */
public record BandRule(String id, Text label, String band, Trigger when) {

    /** When a band rule fires. */
    public sealed interface Trigger {

        /** The dimension the rule reads. */
        String dimension();
    }

    /**
     * Any shown, answered scale question scored on the dimension was answered at or above the step,
     * counting in the direction that adds to the dimension (for a reverse-scored question, from the
     * other end of its scale).
     */
    public record AnswerAtLeast(String dimension, String step) implements Trigger {}

    /** The dimension's formed (and rounded) score is at least the value. */
    public record ScoreAtLeast(String dimension, double value) implements Trigger {}
}
