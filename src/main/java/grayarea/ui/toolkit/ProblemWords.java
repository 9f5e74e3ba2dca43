package grayarea.ui.toolkit;

import java.util.regex.Pattern;

/**
 * The reason a failure gives, in words fit to show a person: the message of the app's own checked
 * exceptions (an IOException from writing a file carries the system's reason), never a Java class
 * name, "null", or the developer's words of a programming error (a RuntimeException); then "for an
 * unknown reason" from the bundle instead.
 */
public final class ProblemWords {

    /** "java.io.IOException" or "java.io.IOException: …", as a wrapping exception's message is. */
    private static final Pattern CLASS_NAME =
            Pattern.compile(
                    "^\\s*([a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(:.*)?$", Pattern.DOTALL);

    private ProblemWords() {}

    public static String of(Texts texts, Throwable failure) {
        String message = failure == null ? null : failure.getMessage();
        if (failure instanceof RuntimeException
                || message == null
                || message.isBlank()
                || CLASS_NAME.matcher(message).matches()) {
            return texts.get("problem.unknownReason");
        }
        return message;
    }
}
