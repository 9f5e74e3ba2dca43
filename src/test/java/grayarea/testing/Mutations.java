package grayarea.testing;

import grayarea.bank.Json;
import grayarea.bank.JsonDocument;
import grayarea.bank.ProblemsException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Damage for hostile-file properties: changes to a file's bytes (flipped, inserted, deleted, the
 * end cut off), and changes to a JSON file that keep it well-formed so they reach the checks
 * behind the parser (a value replaced by one of another type or an id from elsewhere, an item or
 * key removed).
 */
public final class Mutations {

    private static final BigInteger HUGE = new BigInteger("99999999999999999999");

    private Mutations() {
    }

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
    public static Arbitrary<List<ByteEdit>> byteEdits() {
        Arbitrary<String> kind = Arbitraries.of("flip", "flip", "insert", "insert", "delete", "delete", "truncate");
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
        Arbitrary<Byte> value = Arbitraries.oneOf(
                Arbitraries.bytes(),
                Arbitraries.of((byte) '"', (byte) '{', (byte) '}', (byte) '[', (byte) ']', (byte) ',', (byte) ':',
                        (byte) '\\', (byte) '0', (byte) '-', (byte) 'e', (byte) ' ', (byte) '\n', (byte) 0xC3, (byte) 0xFF));
        return Combinators.combine(kind, where, value).as(ByteEdit::new).list().ofMinSize(1).ofMaxSize(4);
    }

    /** Edits for {@link #applyTreeEdits}: where, what to put there (0 to 9), and a number to pick with. */
    public static Arbitrary<List<Tuple.Tuple3<Double, Integer, Integer>>> treeEdits() {
        return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 1000)).as(Tuple::of).list().ofMinSize(1).ofMaxSize(3);
    }

    /**
     * The JSON file with one value somewhere replaced (by an id from elsewhere in it, a small
     * number, null, an empty object or list, a boolean, a number far beyond the range of an int or
     * a long) or removed, per edit; still well-formed JSON.
     */
    public static byte[] applyTreeEdits(byte[] json, List<Tuple.Tuple3<Double, Integer, Integer>> edits) {
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
        for (Tuple.Tuple3<Double, Integer, Integer> edit : edits) {
            List<String> pointers = new ArrayList<>();
            collect(root, "", pointers);
            if (pointers.isEmpty()) {
                break;
            }
            String pointer = pointers.get((int) Math.min(pointers.size() - 1L, Math.round(edit.get1() * (pointers.size() - 1))));
            String parentPointer = pointer.substring(0, pointer.lastIndexOf('/'));
            String last = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
            JsonNode parent = root.at(parentPointer);
            JsonNode replacement = switch (edit.get2()) {
                case 0 -> JsonNodeFactory.instance.stringNode(strings.get(edit.get3() % strings.size()));
                case 1 -> JsonNodeFactory.instance.numberNode(edit.get3() - 5);
                case 2 -> JsonNodeFactory.instance.nullNode();
                case 3 -> JsonNodeFactory.instance.objectNode();
                case 4 -> JsonNodeFactory.instance.arrayNode();
                case 5 -> JsonNodeFactory.instance.booleanNode(edit.get3() % 2 == 0);
                case 7 -> JsonNodeFactory.instance.numberNode(HUGE.add(BigInteger.valueOf(edit.get3())));
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
                collect(node.get(key), pointer + "/" + key.replace("~", "~0").replace("/", "~1"), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, out);
            }
        }
    }
}
