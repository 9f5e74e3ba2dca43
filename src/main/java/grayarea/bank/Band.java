package grayarea.bank;

/**
 * One band of the primary score: every score from {@code from} up to the next band's start.
 *
 * @param together whether the explanation suggests talking together or couples therapy: with a
 *     safety flag raised it is not shown (the label and the "why" stay)
 */
public record Band(String id, double from, Text label, Text explanation, boolean together) {

    public Band(String id, double from, Text label, Text explanation) {
        this(id, from, label, explanation, false);
    }
}
