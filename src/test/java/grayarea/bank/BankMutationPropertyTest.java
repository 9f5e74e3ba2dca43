package grayarea.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Damaged copies of the default bank (bytes flipped, inserted, deleted, the end cut off) either
 * load or give located problems; nothing else ever comes out of the loader.
 */
class BankMutationPropertyTest {

    private static final byte[] BANK = readBank();
    private static final String LOCATED = "^.+:\\d+:\\d+: .+$";

    private static byte[] readBank() {
        try {
            return Files.readAllBytes(Path.of("questions/micro-cheating.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One change to the bytes: where (a fraction of the length), what kind, and a byte. */
    record Mutation(String kind, double where, byte value) {
        byte[] apply(byte[] bytes) {
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

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<String> kind = Arbitraries.of("flip", "flip", "insert", "insert", "delete", "delete", "truncate");
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
        // bytes that matter to JSON are more likely than others
        Arbitrary<Byte> value = Arbitraries.oneOf(
                Arbitraries.bytes(),
                Arbitraries.of((byte) '"', (byte) '{', (byte) '}', (byte) '[', (byte) ']', (byte) ',', (byte) ':',
                        (byte) '\\', (byte) '0', (byte) '-', (byte) 'e', (byte) ' ', (byte) '\n', (byte) 0xC3, (byte) 0xFF));
        return Combinators.combine(kind, where, value).as(Mutation::new).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 200)
    void aDamagedBankLoadsOrGivesLocatedProblems(@ForAll("mutations") List<Mutation> mutations) {
        byte[] bytes = BANK;
        for (Mutation m : mutations) {
            if (bytes.length == 0) {
                break;
            }
            bytes = m.apply(bytes);
        }
        try {
            BankLoader.load("damaged.json", bytes);
        } catch (ProblemsException e) {
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.toString()).matches(LOCATED));
        }
        // any other exception fails the property
    }

    @Property(tries = 50)
    void aDamagedBankNeverThrowsAnythingElseEvenWhenEditedAsText(@ForAll("edits") Tuple.Tuple2<Double, String> edit) {
        String text = new String(BANK, StandardCharsets.UTF_8);
        int at = (int) Math.round(edit.get1() * text.length());
        String damaged = text.substring(0, at) + edit.get2() + text.substring(at);
        try {
            BankLoader.load("edited.json", damaged.getBytes(StandardCharsets.UTF_8));
        } catch (ProblemsException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.toString()).matches(LOCATED));
        }
    }

    @Provide
    Arbitrary<Tuple.Tuple2<Double, String>> edits() {
        Arbitrary<String> snippet = Arbitraries.of("\"", "{", "}", "[", "]", ",", ":", "null", "true", "0", "-1", "1.5",
                "\"x\": 1,", "{}", "[]", "\"é\"", "\\u0000", "\n\n", "\"id\": \"dup\",");
        return Combinators.combine(Arbitraries.doubles().between(0, 1), snippet).as(Tuple::of);
    }

    /**
     * Damage that keeps the JSON well-formed, so it reaches the schema and the meaning checks:
     * one value somewhere in the bank replaced by another (an id from elsewhere in the bank, a
     * number, null, an empty object or list), or one list item or key removed.
     */
    @Property(tries = 100)
    void aWellFormedButWrongBankLoadsOrGivesLocatedProblems(@ForAll("treeEdits") List<Tuple.Tuple3<Double, Integer, Integer>> edits)
            throws ProblemsException {
        JsonNode root = JsonDocument.read("bank.json", BANK).root().deepCopy();
        List<String> strings = new ArrayList<>();
        root.findValuesAsString("id").forEach(strings::add);
        for (Tuple.Tuple3<Double, Integer, Integer> edit : edits) {
            List<String> pointers = new ArrayList<>();
            collect(root, "", pointers);
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
                default -> null; // remove
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
        byte[] bytes = Json.write(root).getBytes(StandardCharsets.UTF_8);
        try {
            BankLoader.load("wrong.json", bytes);
        } catch (ProblemsException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.toString()).matches(LOCATED));
        }
    }

    private static void collect(JsonNode node, String pointer, List<String> out) {
        if (!pointer.isEmpty()) {
            out.add(pointer);
        }
        if (node.isObject()) {
            for (String key : node.propertyNames()) {
                collect(node.get(key), pointer + "/" + JsonDocument.escape(key), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    @Provide
    Arbitrary<List<Tuple.Tuple3<Double, Integer, Integer>>> treeEdits() {
        return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 1000)).as(Tuple::of).list().ofMinSize(1).ofMaxSize(3);
    }
}
