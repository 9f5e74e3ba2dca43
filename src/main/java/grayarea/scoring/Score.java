package grayarea.scoring;

/**
 * One dimension's score for one part of an answer sheet.
 *
 * @param raw the points of the answered items added up
 * @param value the score as the bank forms it (sum, mean or share of the maximum) and rounds it, or
 *     null when too many items are missing to form it. This is the number every report shows and
 *     the band is taken from.
 * @param counted items answered with points
 * @param missing items declined or not reached (hidden items are neither)
 * @param notSure items answered "not sure": neither counted nor missing
 * @param notApplicable items answered "does not apply": neither counted nor missing
 * @param unrounded the formed score before rounding (equal to {@code value} when the dimension does
 *     not round), or null when not formed
 */
public record Score(
        String dimension,
        double raw,
        Double value,
        int counted,
        int missing,
        int notSure,
        int notApplicable,
        Double unrounded) {

    public Score(String dimension, double raw, Double value, int counted, int missing) {
        this(dimension, raw, value, counted, missing, 0, 0, value);
    }

    public boolean computable() {
        return value != null;
    }

    /** Whether rounding changed the formed score. */
    public boolean rounded() {
        return value != null && unrounded != null && value.doubleValue() != unrounded.doubleValue();
    }

    /** Items answered "not sure" or "does not apply". */
    public int setAside() {
        return notSure + notApplicable;
    }
}
