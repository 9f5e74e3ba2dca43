package grayarea.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Where the texts of a bank are: every text field present, with its place. The places are {@link
 * JsonAt}s, whose pointers are spelled only for a text a problem is about.
 */
final class TextFields {

    private static final Set<String> TEXT_KEYS =
            Set.of(
                    "title",
                    "description",
                    "credits",
                    "label",
                    "intro",
                    "text",
                    "help",
                    "explanation",
                    "message",
                    "name",
                    "contact",
                    "region",
                    "notes",
                    "note",
                    "resourcesNote");

    private TextFields() {}

    static List<JsonAt> texts(JsonNode root) {
        List<JsonAt> out = new ArrayList<>();
        walk(JsonAt.root(root), null, 0, out);
        return out;
    }

    /**
     * @param key the key {@code at} has in the object holding it, or null (the top, or a list's
     *     item)
     * @param depth how deep {@code at} is: 0 at the top
     */
    private static void walk(JsonAt at, String key, int depth, List<JsonAt> out) {
        JsonNode node = at.node();
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                JsonAt child = at.get(name);
                JsonNode value = child.node();
                boolean sourceName =
                        depth == 1
                                && "source".equals(key)
                                && (name.equals("title") || name.equals("author"));
                boolean isText =
                        "textFor".equals(key)
                                || (depth == 1 && "texts".equals(key))
                                || (TEXT_KEYS.contains(name) && !sourceName);
                if (isText && (value.isString() || value.isObject())) {
                    out.add(child);
                } else {
                    walk(child, name, depth + 1, out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(at.get(i), null, depth + 1, out);
            }
        }
    }
}
