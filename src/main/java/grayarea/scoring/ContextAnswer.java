package grayarea.scoring;

/**
 * The answer to a question that is never scored (such as how long a relationship has lasted),
 * reported beside the result as context.
 *
 * @param answer the option id, the ticked option ids joined by commas, or the text written
 */
public record ContextAnswer(String question, String answer) {}
