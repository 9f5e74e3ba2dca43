package grayarea.session;

import grayarea.bank.JsonDocument;
import grayarea.bank.Message;
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
            problem(pointer, SessionMessages.of("fields.notText", name(pointer)));
            return null;
        }
        String value = node.stringValue().strip();
        if (value.length() > maxLength) {
            problem(
                    pointer,
                    SessionMessages.of(
                            "fields.tooLong",
                            name(pointer),
                            String.valueOf(value.length()),
                            String.valueOf(maxLength)));
            return null;
        }
        return value.isEmpty() ? null : value;
    }

    /** A text that must be there. */
    String requiredText(String pointer, int maxLength) {
        if (at(pointer).isMissingNode() || at(pointer).isNull()) {
            problem(
                    pointer.substring(0, Math.max(0, pointer.lastIndexOf('/'))),
                    SessionMessages.of("fields.missing", name(pointer)));
            return null;
        }
        String value = text(pointer, maxLength);
        if (value == null && at(pointer).isString()) {
            problem(pointer, SessionMessages.of("fields.empty", name(pointer)));
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
            problem(pointer, SessionMessages.of("fields.notList", name(pointer)));
            return pointers;
        }
        if (node.size() > maxItems) {
            problem(
                    pointer,
                    SessionMessages.of(
                            "fields.tooManyItems",
                            name(pointer),
                            String.valueOf(node.size()),
                            String.valueOf(maxItems)));
            return pointers;
        }
        for (int i = 0; i < node.size(); i++) {
            pointers.add(pointer + "/" + i);
        }
        return pointers;
    }

    /** An optional true or false: false when absent; a problem when it is something else. */
    boolean bool(String pointer) {
        JsonNode node = at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            problem(pointer, SessionMessages.of("fields.notBoolean", name(pointer)));
            return false;
        }
        return node.booleanValue();
    }

    /** Whether an optional object is there; a problem when it is there but not an object. */
    boolean object(String pointer) {
        JsonNode node = at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            return false;
        }
        if (!node.isObject()) {
            problem(pointer, SessionMessages.of("fields.notObject", name(pointer)));
            return false;
        }
        return true;
    }

    void problem(String pointer, Message message) {
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
