package grayarea.scoring;

/**
 * The answer to a question that is never scored (such as how long a relationship has lasted),
 * reported beside the result as context.
 *
 * @param answer the option id, or the ticked option ids joined by commas
 */
public record ContextAnswer(String question, String answer) {}
