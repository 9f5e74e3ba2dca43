package grayarea.session;

import grayarea.bank.JsonDocument;
import grayarea.bank.Problem;
import grayarea.bank.ProblemsException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a small file the app makes itself (a practice profile, a hand-out),
 * collecting every problem, located, instead of stopping at the first.
 */
final class Fields {

    private final JsonDocument document;
    private final List<Problem> problems = new ArrayList<>();

    Fields(JsonDocument document) {
        this.document = document;
    }

    JsonNode at(String pointer) {
        return pointer.isEmpty() ? document.root() : document.root().at(pointer);
    }

    /** An optional text of at most {@code maxLength} characters: null when absent. */
    String text(String pointer, int maxLength) {
        JsonNode node = at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            problem(pointer, "\"" + name(pointer) + "\" must be a text");
            return null;
        }
        String value = node.stringValue().strip();
        if (value.length() > maxLength) {
            problem(pointer, "\"" + name(pointer) + "\" is " + value.length() + " characters long; at most "
                    + maxLength + " are allowed");
            return null;
        }
        return value.isEmpty() ? null : value;
    }

    /** A text that must be there. */
    String requiredText(String pointer, int maxLength) {
        if (at(pointer).isMissingNode() || at(pointer).isNull()) {
            problem(pointer.substring(0, Math.max(0, pointer.lastIndexOf('/'))), "\"" + name(pointer) + "\" is missing");
            return null;
        }
        String value = text(pointer, maxLength);
        if (value == null && at(pointer).isString()) {
            problem(pointer, "\"" + name(pointer) + "\" is empty");
        }
        return value;
    }

    /** The items of an optional array of at most {@code maxItems}: their pointers. */
    List<String> items(String pointer, int maxItems) {
        JsonNode node = at(pointer);
        List<String> pointers = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return pointers;
        }
        if (!node.isArray()) {
            problem(pointer, "\"" + name(pointer) + "\" must be a list");
            return pointers;
        }
        if (node.size() > maxItems) {
            problem(pointer, "\"" + name(pointer) + "\" has " + node.size() + " items; at most " + maxItems + " are allowed");
            return pointers;
        }
        for (int i = 0; i < node.size(); i++) {
            pointers.add(pointer + "/" + i);
        }
        return pointers;
    }

    /** Whether an optional object is there; a problem when it is there but not an object. */
    boolean object(String pointer) {
        JsonNode node = at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            return false;
        }
        if (!node.isObject()) {
            problem(pointer, "\"" + name(pointer) + "\" must be an object");
            return false;
        }
        return true;
    }

    void problem(String pointer, String message) {
        problems.add(document.problemAt(pointer, message));
    }

    /** Stops with every problem found so far, if any. */
    void throwIfAny() throws ProblemsException {
        if (!problems.isEmpty()) {
            throw new ProblemsException(problems.stream().sorted().toList());
        }
    }

    private static String name(String pointer) {
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        return last.replace("~1", "/").replace("~0", "~");
    }
}
