package grayarea.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The located, strict JSON reading that every file of the app goes through. */
class JsonDocumentTest {

    private static JsonDocument read(String json) throws ProblemsException {
        return JsonDocument.read("doc.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static String onlyProblem(String json) {
        return onlyProblem(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String onlyProblem(byte[] bytes) {
        try {
            JsonDocument.read("doc.json", bytes);
        } catch (ProblemsException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0).toString();
        }
        throw new AssertionError("the document should not have been read");
    }

    @Test
    void keepsTheLineAndColumnOfEveryValue() throws ProblemsException {
        JsonDocument doc = read("{\n  \"a\": [1,\n    {\"b\": \"x\"}],\n  \"c/d\": true\n}");
        assertThat(doc.locationOf("")).containsExactly(1, 1);
        assertThat(doc.locationOf("/a")).containsExactly(2, 8);
        assertThat(doc.locationOf("/a/0")).containsExactly(2, 9);
        assertThat(doc.locationOf("/a/1")).containsExactly(3, 5);
        assertThat(doc.locationOf("/a/1/b")).containsExactly(3, 11);
        assertThat(doc.locationOf("/c~1d")).containsExactly(4, 10);
        assertThat(doc.locationOf("/nothing")).isNull();
    }

    @Test
    @DisplayName(
            "a problem at a pointer that has no value is placed at the nearest enclosing value")
    void problemAtTheNearestEnclosingValue() throws ProblemsException {
        JsonDocument doc = read("{\n  \"a\": {\"b\": 1}\n}");
        Message message = Message.of("json.empty");
        assertThat(doc.problemAt("/a/b", message)).hasToString("doc.json:2:14: " + message);
        assertThat(doc.problemAt("/a/missing/deeper", message))
                .hasToString("doc.json:2:8: " + message);
        assertThat(doc.problemAt("/elsewhere", message)).hasToString("doc.json:1:1: " + message);
    }

    @Test
    @DisplayName(
            "pointers are read as RFC 6901 spells them: ~1 is /, ~0 is ~, empty keys, list indexes without leading zeros")
    void pointersAreReadAsTheStandardSpellsThem() throws ProblemsException {
        JsonDocument doc =
                read("{\"a/b\": 1, \"~1\": 2, \"\": {\"\": 3}, \"l\": [4, 5], \"o\": {\"01\": 6}}");
        assertThat(doc.locationOf("/a~1b")).containsExactly(1, 9);
        assertThat(doc.locationOf("/~01")).containsExactly(1, 18);
        assertThat(doc.locationOf("/~1")).isNull();
        assertThat(doc.locationOf("/")).containsExactly(1, 25);
        assertThat(doc.locationOf("//")).containsExactly(1, 30);
        assertThat(doc.locationOf("/l/1")).containsExactly(1, 43);
        assertThat(doc.locationOf("/l/01")).isNull();
        assertThat(doc.locationOf("/l/2")).isNull();
        assertThat(doc.locationOf("/l/-1")).isNull();
        assertThat(doc.locationOf("/o/01")).containsExactly(1, 59);
        assertThat(doc.locationOf("/o/1")).isNull();
        Message message = Message.of("json.empty");
        assertThat(doc.problemAt("/l/01", message)).hasToString("doc.json:1:39: " + message);
        assertThat(doc.problemAt("/o/1/x", message)).hasToString("doc.json:1:52: " + message);
    }

    @Test
    @DisplayName("columns count characters, not bytes: é and я are one column each")
    void columnsCountCharacters() {
        // { " é " : sp " я я я " , sp " é " -> the second key starts at character 14 (byte 18)
        assertThat(onlyProblem("{\"é\": \"яяя\", \"é\": 1}"))
                .isEqualTo("doc.json:1:14: the key \"é\" appears twice in the same object");
    }

    @Test
    @DisplayName("a syntax error after multi-byte characters is located in characters too")
    void syntaxErrorColumnsCountCharacters() {
        assertThat(onlyProblem("{\"a\": 1,\n \"título\": \"я\", \"y\": tru}"))
                .startsWith("doc.json:2:22: not valid JSON: Unrecognized token 'tru'");
        assertThat(onlyProblem("{\"title\": \"café я\", \"x\": tru}"))
                .startsWith("doc.json:1:26: not valid JSON: Unrecognized token 'tru'");
    }

    @Test
    void duplicateKeysAreRefusedWhereTheSecondOneIs() {
        assertThat(onlyProblem("{\"a\": 1,\n  \"b\": {\"c\": 1, \"c\": 2}}"))
                .isEqualTo("doc.json:2:17: the key \"c\" appears twice in the same object");
    }

    @Test
    void aByteOrderMarkIsSkippedAndNotCounted() throws ProblemsException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] json = "{\"a\": 1, \"a\": 2}".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + json.length];
        System.arraycopy(bom, 0, both, 0, 3);
        System.arraycopy(json, 0, both, 3, json.length);
        assertThat(onlyProblem(both))
                .isEqualTo("doc.json:1:10: the key \"a\" appears twice in the same object");

        byte[] ok = "\uFEFF{\"a\": 1}".getBytes(StandardCharsets.UTF_8);
        assertThat(JsonDocument.read("doc.json", ok).root().get("a").intValue()).isEqualTo(1);
    }

    @Test
    void numbersKeepTheirExactValue() throws ProblemsException {
        JsonDocument doc = read("{\"i\": 12345678901234567890, \"d\": 0.1}");
        assertThat(doc.root().get("i").bigIntegerValue()).hasToString("12345678901234567890");
        assertThat(doc.root().get("d").decimalValue()).hasToString("0.1");
    }

    @Test
    void aTooLongTextIsOneProblem() {
        assertThat(onlyProblem("{\"a\": \"" + "x".repeat(100_001) + "\"}"))
                .endsWith(": a text in the file is too long");
    }

    @Test
    void aTooLongNumberIsOneProblem() {
        assertThat(onlyProblem("{\"a\": " + "1".repeat(60) + "}"))
                .endsWith(": a number in the file is too long");
    }

    @Test
    void aTooLongKeyIsOneProblem() {
        assertThat(onlyProblem("{\"" + "k".repeat(201) + "\": 1}"))
                .endsWith(": a key in the file is too long");
    }

    @Test
    @DisplayName("comments, NaN and other non-standard JSON are refused, located")
    void nonStandardJson() {
        assertThat(onlyProblem("{\"a\": 1 /* note */}"))
                .startsWith("doc.json:1:9: not valid JSON: Unexpected character ('/'");
        assertThat(onlyProblem("{\"a\": NaN}"))
                .startsWith("doc.json:1:10: not valid JSON: Non-standard token 'NaN'");
        assertThat(onlyProblem("{\"a\": 1\n \"b\": 2}"))
                .isEqualTo(
                        "doc.json:2:2: not valid JSON: Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries");
    }

    @Test
    void aStreamThatNeverEndsStopsAtTheLimit() {
        InputStream endless =
                new InputStream() {
                    private boolean first = true;

                    @Override
                    public int read() {
                        if (first) {
                            first = false;
                            return '{';
                        }
                        return ' ';
                    }
                };
        assertThatThrownBy(
                        () ->
                                JsonDocument.read(
                                        "endless.json", endless, JsonDocument.Limits.DEFAULT))
                .isInstanceOfSatisfying(
                        ProblemsException.class,
                        e ->
                                assertThat(e.problems())
                                        .singleElement()
                                        .asString()
                                        .matches(
                                                "endless\\.json:\\d+:\\d+: the file is too large.*"));
    }

    @Test
    @DisplayName(
            "numbers beyond the range of a double are refused where they stand; zero and tiny ones that fit are kept")
    void numbersOutOfRange() throws ProblemsException {
        for (String number :
                List.of(
                        "1e400",
                        "-1e400",
                        "1e99999999999",
                        "1E+309",
                        "1e-400",
                        "-2.5e-99999999999")) {
            assertThat(onlyProblem("{\"a\": 1,\n \"b\": " + number + "}"))
                    .as(number)
                    .isEqualTo("doc.json:2:7: a number in the file is out of range");
        }
        JsonDocument doc =
                read(
                        "{\"zero\": 0e99999999999, \"tiny\": 4.9e-324, \"big\": 1.7e308, \"minus\": -0.0}");
        assertThat(doc.root().get("zero").doubleValue()).isZero();
        assertThat(doc.root().get("tiny").doubleValue()).isEqualTo(Double.MIN_VALUE);
        assertThat(doc.root().get("big").doubleValue()).isEqualTo(1.7e308);
        assertThat(doc.root().get("minus").doubleValue()).isZero();
    }

    @Test
    @DisplayName(
            "a whole number beyond the range of a double is refused too, when the limits allow that many digits")
    void aWholeNumberOutOfRange() {
        JsonDocument.Limits longNumbers =
                new JsonDocument.Limits(10_000, 10, 1_000, 20, 400, 1_000);
        String json = "{\"a\": " + "9".repeat(309) + "}";
        assertThatThrownBy(
                        () ->
                                JsonDocument.read(
                                        "long.json",
                                        new ByteArrayInputStream(
                                                json.getBytes(StandardCharsets.UTF_8)),
                                        longNumbers))
                .isInstanceOfSatisfying(
                        ProblemsException.class,
                        e ->
                                assertThat(e.problems())
                                        .singleElement()
                                        .hasToString(
                                                "long.json:1:7: a number in the file is out of range"));
    }

    @Test
    @DisplayName(
            "bytes that are not UTF-8 are located at the first bad one, in lines and characters")
    void notUtf8IsLocated() {
        byte[] latin1 =
                "{\"a\": \"é\",\r\n \"b\": \"я\",\r \"c\": \"é\"}".getBytes(StandardCharsets.UTF_8);
        // keep the first é and я as UTF-8, spoil the last é into Latin-1 (0xE9 alone)
        byte[] bytes = spoilLast(latin1);
        assertThat(onlyProblem(bytes))
                .isEqualTo("doc.json:3:8: the file is not valid UTF-8 text; save it as UTF-8");
        // a sequence cut short at the very end of the file
        byte[] cut = "{\"a\": \"\u00e9".getBytes(StandardCharsets.UTF_8);
        assertThat(onlyProblem(Arrays.copyOf(cut, cut.length - 1)))
                .isEqualTo("doc.json:1:8: the file is not valid UTF-8 text; save it as UTF-8");
    }

    /** The text with its last "é" (0xC3 0xA9 in UTF-8) replaced by the single Latin-1 byte 0xE9. */
    private static byte[] spoilLast(byte[] utf8) {
        int at = -1;
        for (int i = 0; i + 1 < utf8.length; i++) {
            if (utf8[i] == (byte) 0xC3 && utf8[i + 1] == (byte) 0xA9) {
                at = i;
            }
        }
        byte[] out = new byte[utf8.length - 1];
        System.arraycopy(utf8, 0, out, 0, at);
        out[at] = (byte) 0xE9;
        System.arraycopy(utf8, at + 2, out, at + 1, utf8.length - at - 2);
        return out;
    }

    @Test
    @DisplayName("a stream of unknown size is read up to the limit; past it, one problem")
    void aStreamPastTheLimit() throws ProblemsException {
        JsonDocument.Limits small = new JsonDocument.Limits(20, 10, 100, 20, 10, 1_000);
        byte[] fits = "{\"a\": \"01234567890\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(fits).hasSize(20);
        assertThat(
                        JsonDocument.read("fits.json", new ByteArrayInputStream(fits), small)
                                .root()
                                .get("a")
                                .stringValue())
                .isEqualTo("01234567890");
        byte[] over = "{\"a\": \"012345678901\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(
                        () -> JsonDocument.read("over.json", new ByteArrayInputStream(over), small))
                .isInstanceOfSatisfying(
                        ProblemsException.class,
                        e ->
                                assertThat(e.problems())
                                        .singleElement()
                                        .hasToString(
                                                "over.json:1:1: the file is too large; at most 20 bytes is read"));
    }

    @Test
    void limitMessagesNameTheLimitsInForce() {
        JsonDocument.Limits small = new JsonDocument.Limits(1_000, 10, 100, 20, 10, 1_000);
        String deep = "{\"a\": " + "[".repeat(20) + "]".repeat(20) + "}";
        assertThatThrownBy(
                        () ->
                                JsonDocument.read(
                                        "small.json",
                                        new ByteArrayInputStream(
                                                deep.getBytes(StandardCharsets.UTF_8)),
                                        small))
                .isInstanceOfSatisfying(
                        ProblemsException.class,
                        e ->
                                assertThat(e.problems())
                                        .singleElement()
                                        .asString()
                                        .endsWith(
                                                "the JSON is nested too deeply; at most 10 levels are read"));
    }
}
