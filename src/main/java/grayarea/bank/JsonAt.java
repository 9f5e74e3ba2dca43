package grayarea.bank;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * A JSON value together with where it is, so that checks can say where a problem is. The JSON
 * pointer is spelled only when asked for ({@link #pointer()}, when a problem is reported): each
 * value keeps a link to the value holding it and its own key or index, so a walk over a large tree
 * of long keys does not make a long pointer text for every value (issue 14, item 12).
 */
final class JsonAt {

    /**
     * The value holding this one, or null at the top (then {@link #segment} is the whole pointer).
     */
    private final JsonAt parent;

    /** This value's key (escaped as pointers spell it) or index in its parent. */
    private final String segment;

    private final JsonNode node;

    JsonAt(String pointer, JsonNode node) {
        this(null, pointer, node);
    }

    private JsonAt(JsonAt parent, String segment, JsonNode node) {
        this.parent = parent;
        this.segment = segment;
        this.node = node == null ? MissingNode.getInstance() : node;
    }

    static JsonAt root(JsonNode node) {
        return new JsonAt("", node);
    }

    /** The JSON pointer of the value, such as /sections/0/questions/2. */
    String pointer() {
        if (parent == null) {
            return segment;
        }
        StringBuilder pointer = new StringBuilder();
        spell(pointer);
        return pointer.toString();
    }

    private void spell(StringBuilder pointer) {
        if (parent == null) {
            pointer.append(segment);
            return;
        }
        parent.spell(pointer);
        pointer.append('/').append(segment);
    }

    JsonNode node() {
        return node;
    }

    JsonAt get(String key) {
        return new JsonAt(this, JsonDocument.escape(key), node.isObject() ? node.get(key) : null);
    }

    JsonAt get(int index) {
        return new JsonAt(this, Integer.toString(index), node.isArray() ? node.get(index) : null);
    }

    boolean exists() {
        return !node.isMissingNode() && !node.isNull();
    }

    /** The items of an array, or none when this is not an array. */
    List<JsonAt> items() {
        List<JsonAt> items = new ArrayList<>();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                items.add(get(i));
            }
        }
        return items;
    }

    /** The keys of an object, in file order, or none. */
    List<String> keys() {
        return node.isObject() ? new ArrayList<>(node.propertyNames()) : List.of();
    }

    /** The string value, or null when this is not a string. */
    String string() {
        return node.isString() ? node.stringValue() : null;
    }

    String string(String key) {
        return get(key).string();
    }

    boolean bool(String key, boolean fallback) {
        JsonNode value = get(key).node();
        return value.isBoolean() ? value.booleanValue() : fallback;
    }

    Double number(String key) {
        JsonNode value = get(key).node();
        return value.isNumber() ? value.doubleValue() : null;
    }

    /** The strings of an array of strings (others skipped). */
    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (JsonAt item : get(key).items()) {
            if (item.string() != null) {
                out.add(item.string());
            }
        }
        return out;
    }
}
