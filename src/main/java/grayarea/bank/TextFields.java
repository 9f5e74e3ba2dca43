package grayarea.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Where the texts of a bank are: the JSON pointers of every text field present. */
final class TextFields {

    private static final Set<String> TEXT_KEYS = Set.of("title", "description", "credits", "label", "intro",
            "text", "help", "explanation", "message", "name", "contact", "region", "notes", "note", "resourcesNote");

    private TextFields() {
    }

    static List<String> pointers(JsonNode root) {
        List<String> out = new ArrayList<>();
        walk(root, "", out);
        return out;
    }

    private static void walk(JsonNode node, String pointer, List<String> out) {
        if (node.isObject()) {
            for (String key : node.propertyNames()) {
                String child = pointer + "/" + JsonDocument.escape(key);
                JsonNode value = node.get(key);
                boolean sourceName = pointer.equals("/source") && (key.equals("title") || key.equals("author"));
                boolean isText = pointer.endsWith("/textFor") || (TEXT_KEYS.contains(key) && !sourceName);
                if (isText && (value.isString() || value.isObject())) {
                    out.add(child);
                } else {
                    walk(value, child, out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, out);
            }
        }
    }
}
