package grayarea.bank;

/** One band of the primary score: every score from {@code from} up to the next band's start. */
public record Band(String id, double from, Text label, Text explanation) {}
