package grayarea.testing;

import grayarea.bank.Json;
import grayarea.bank.JsonDocument;
import grayarea.bank.ProblemsException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Damage for hostile-file properties: changes to a file's bytes (flipped, inserted, deleted, the
 * end cut off), and changes to a JSON file that keep it well-formed so they reach the checks behind
 * the parser (a value replaced by one of another type or an id from elsewhere, an item or key
 * removed).
 */
public final class Mutations {

    private static final BigInteger HUGE = new BigInteger("99999999999999999999");

    /** Bytes that mean something to JSON or UTF-8, given as often as all other bytes together. */
    private static final byte[] JSON_BYTES = {
        '"', '{', '}', '[', ']', ',', ':', '\\', '0', '-', 'e', ' ', '\n', (byte) 0xC3, (byte) 0xFF
    };

    private Mutations() {}

    /** One change to the bytes: where (a fraction of the length), what kind, and a byte. */
    public record ByteEdit(String kind, double where, byte value) {
        public byte[] apply(byte[] bytes) {
            if (bytes.length == 0) {
                return bytes;
            }
            int at = (int) Math.min(bytes.length - 1L, Math.round(where * (bytes.length - 1)));
            switch (kind) {
                case "flip" -> {
                    byte[] out = bytes.clone();
                    out[at] = (byte) (out[at] ^ (value == 0 ? 1 : value));
                    return out;
                }
                case "insert" -> {
                    byte[] out = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, out, 0, at);
                    out[at] = value;
                    System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
                    return out;
                }
                case "delete" -> {
                    byte[] out = new byte[bytes.length - 1];
                    System.arraycopy(bytes, 0, out, 0, at);
                    System.arraycopy(bytes, at + 1, out, at, bytes.length - at - 1);
                    return out;
                }
                default -> {
                    byte[] out = new byte[at];
                    System.arraycopy(bytes, 0, out, 0, at);
                    return out;
                }
            }
        }
    }

    /** The bytes after each edit in turn. */
    public static byte[] apply(byte[] bytes, List<ByteEdit> edits) {
        byte[] out = bytes;
        for (ByteEdit edit : edits) {
            out = edit.apply(out);
        }
        return out;
    }

    /** One to four byte edits; bytes that matter to JSON are more likely than others. */
    public static List<ByteEdit> byteEdits(Random random) {
        return Generators.listOf(
                random,
                1,
                4,
                r ->
                        new ByteEdit(
                                Generators.oneOf(
                                        r,
                                        "flip",
                                        "flip",
                                        "insert",
                                        "insert",
                                        "delete",
                                        "delete",
                                        "truncate"),
                                Generators.fraction(r),
                                r.nextBoolean()
                                        ? Generators.anyByte(r)
                                        : JSON_BYTES[r.nextInt(JSON_BYTES.length)]));
    }

    /**
     * One edit for {@link #applyTreeEdits}: where (a fraction of the values), what to put there (0
     * to 9), and a number to pick with.
     */
    public record TreeEdit(double where, int what, int pick) {}

    /** One to three edits for {@link #applyTreeEdits}. */
    public static List<TreeEdit> treeEdits(Random random) {
        return Generators.listOf(
                random,
                1,
                3,
                r ->
                        new TreeEdit(
                                Generators.fraction(r),
                                Generators.between(r, 0, 9),
                                Generators.between(r, 0, 1000)));
    }

    /**
     * The JSON file with one value somewhere replaced (by an id from elsewhere in it, a small
     * number, null, an empty object or list, a boolean, a number far beyond the range of an int or
     * a long) or removed, per edit; still well-formed JSON.
     */
    public static byte[] applyTreeEdits(byte[] json, List<TreeEdit> edits) {
        JsonNode root;
        try {
            root = JsonDocument.read("sample.json", json).root().deepCopy();
        } catch (ProblemsException e) {
            throw new IllegalArgumentException("the sample must be valid JSON", e);
        }
        List<String> strings = new ArrayList<>();
        root.findValuesAsString("id").forEach(strings::add);
        strings.add("grayarea.result");
        strings.add("");
        for (TreeEdit edit : edits) {
            List<String> pointers = new ArrayList<>();
            collect(root, "", pointers);
            if (pointers.isEmpty()) {
                break;
            }
            String pointer =
                    pointers.get(
                            (int)
                                    Math.min(
                                            pointers.size() - 1L,
                                            Math.round(edit.where() * (pointers.size() - 1))));
            String parentPointer = pointer.substring(0, pointer.lastIndexOf('/'));
            String last =
                    pointer.substring(pointer.lastIndexOf('/') + 1)
                            .replace("~1", "/")
                            .replace("~0", "~");
            JsonNode parent = root.at(parentPointer);
            JsonNode replacement =
                    switch (edit.what()) {
                        case 0 ->
                                JsonNodeFactory.instance.stringNode(
                                        strings.get(edit.pick() % strings.size()));
                        case 1 -> JsonNodeFactory.instance.numberNode(edit.pick() - 5);
                        case 2 -> JsonNodeFactory.instance.nullNode();
                        case 3 -> JsonNodeFactory.instance.objectNode();
                        case 4 -> JsonNodeFactory.instance.arrayNode();
                        case 5 -> JsonNodeFactory.instance.booleanNode(edit.pick() % 2 == 0);
                        case 7 ->
                                JsonNodeFactory.instance.numberNode(
                                        HUGE.add(BigInteger.valueOf(edit.pick())));
                        case 8 -> JsonNodeFactory.instance.numberNode(HUGE.negate());
                        case 9 -> JsonNodeFactory.instance.numberNode(new BigDecimal("1E+300"));
                        default -> null; // 6: remove
                    };
            if (parent instanceof ObjectNode object) {
                if (replacement == null) {
                    object.remove(last);
                } else {
                    object.set(last, replacement);
                }
            } else if (parent instanceof ArrayNode array) {
                int index = Integer.parseInt(last);
                if (replacement == null) {
                    array.remove(index);
                } else {
                    array.set(index, replacement);
                }
            }
        }
        return Json.write(root).getBytes(StandardCharsets.UTF_8);
    }

    private static void collect(JsonNode node, String pointer, List<String> out) {
        if (!pointer.isEmpty()) {
            out.add(pointer);
        }
        if (node.isObject()) {
            for (String key : node.propertyNames()) {
                collect(
                        node.get(key),
                        pointer + "/" + key.replace("~", "~0").replace("/", "~1"),
                        out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, out);
            }
        }
    }
}
