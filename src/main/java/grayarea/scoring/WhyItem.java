package grayarea.scoring;

/**
 * An answer that moved the primary score: how many points it added above the lowest answer that
 * question allows.
 *
 * @param answer the option id, or the ticked option ids joined by commas
 */
public record WhyItem(String question, String answer, double points) {}
