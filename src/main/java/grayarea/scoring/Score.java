package grayarea.scoring;

/**
 * One dimension's score for one part of an answer sheet.
 *
 * @param raw the points of the answered items added up
 * @param value the score as the bank forms it (sum, mean or share of the maximum), or null when too
 *     many items are missing to form it
 * @param counted items answered
 * @param missing items declined or not reached (hidden items are neither)
 */
public record Score(String dimension, double raw, Double value, int counted, int missing) {

    public boolean computable() {
        return value != null;
    }
}
