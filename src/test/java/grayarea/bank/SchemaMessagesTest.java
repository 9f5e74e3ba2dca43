package grayarea.bank;

import static grayarea.bank.TinyBank.FILE;
import static grayarea.bank.TinyBank.at;
import static grayarea.bank.TinyBank.edit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Messages a clinician can act on (issue #17, item 10), each asserting the exact line a person
 * sees, {@code FILE:LINE:COLUMN: message}.
 */
class SchemaMessagesTest {

    private static final Locale ES = Locale.forLanguageTag("es");

    /** Every problem of the bank text, in the language. */
    private static List<String> problems(String json, Locale locale) {
        try {
            BankLoader.load(FILE, json.getBytes(StandardCharsets.UTF_8));
            return List.of();
        } catch (ProblemsException e) {
            return e.problems().stream().map(p -> p.in(locale)).toList();
        }
    }

    private static List<String> problems(String json) {
        return problems(json, Locale.ENGLISH);
    }

    /** The expected line, at the start of the marker. */
    private static String problem(String json, String marker, String message) {
        return FILE + ":" + at(json, marker) + ": " + message;
    }

    /** The expected line, at the value just after the marker (a key and its colon). */
    private static String after(String json, String marker, String message) {
        return FILE + ":" + TinyBank.after(json, marker) + ": " + message;
    }

    /** The schema problems of a document against a schema on the class path, in English. */
    private static List<String> schemaProblems(String schema, String name, String json) {
        try {
            JsonDocument document = JsonDocument.read(name, json.getBytes(StandardCharsets.UTF_8));
            return SchemaCheck.forResource(schema).check(document).stream()
                    .map(Problem::toString)
                    .toList();
        } catch (ProblemsException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
    }

    @Nested
    @DisplayName("a comma before a closing bracket says so, at the bracket")
    class TrailingCommas {

        private static List<String> read(String text, Locale locale) {
            try {
                JsonDocument.read("doc.json", text.getBytes(StandardCharsets.UTF_8));
                return List.of();
            } catch (ProblemsException e) {
                return e.problems().stream().map(p -> p.in(locale)).toList();
            }
        }

        @Test
        void inAList() {
            String json =
                    edit("\"languages\": [\"en\", \"es\"]", "\"languages\": [\"en\", \"es\",]");
            assertThat(problems(json))
                    .containsExactly(
                            after(
                                    json,
                                    "[\"en\", \"es\",",
                                    "a comma before \"]\" with nothing after it: remove the last comma"));
            assertThat(problems(json, ES))
                    .containsExactly(
                            after(
                                    json,
                                    "[\"en\", \"es\",",
                                    "hay una coma antes de \"]\" sin nada detrás: quita la última coma"));
        }

        @Test
        void inAnObject() {
            String json = edit("\"safety\": true}", "\"safety\": true,}");
            assertThat(problems(json))
                    .containsExactly(
                            FILE
                                    + ":"
                                    + TinyBank.after(json, "\"safety\": true,")
                                    + ": a comma before \"}\" with nothing after it: remove the last comma");
        }

        @Test
        @DisplayName("with the bracket on the next line, at the bracket")
        void acrossLines() {
            assertThat(read("{\n  \"a\": [1, 2,\n  ]\n}", Locale.ENGLISH))
                    .containsExactly(
                            "doc.json:3:3: a comma before \"]\" with nothing after it: remove the last comma");
            assertThat(read("{\r\n  \"a\": 1,\r\n}", Locale.ENGLISH))
                    .containsExactly(
                            "doc.json:3:1: a comma before \"}\" with nothing after it: remove the last comma");
        }

        @Test
        @DisplayName("two commas in a row are not a trailing comma, and keep the reader's words")
        void twoCommas() {
            assertThat(read("{\"a\": [1,, 2]}", Locale.ENGLISH))
                    .singleElement()
                    .asString()
                    .startsWith("doc.json:1:10: not valid JSON: ");
        }
    }
}
