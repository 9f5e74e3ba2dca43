package grayarea.bank;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** A JSON value together with its JSON pointer, so that checks can say where a problem is. */
record JsonAt(String pointer, JsonNode node) {

    JsonAt {
        if (node == null) {
            node = MissingNode.getInstance();
        }
    }

    static JsonAt root(JsonNode node) {
        return new JsonAt("", node);
    }

    JsonAt get(String key) {
        return new JsonAt(pointer + "/" + JsonDocument.escape(key), node.isObject() ? node.get(key) : null);
    }

    JsonAt get(int index) {
        return new JsonAt(pointer + "/" + index, node.isArray() ? node.get(index) : null);
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
