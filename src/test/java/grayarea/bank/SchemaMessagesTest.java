package grayarea.bank;

import static grayarea.bank.TinyBank.FILE;
import static grayarea.bank.TinyBank.at;
import static grayarea.bank.TinyBank.edit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Schema errors in words a clinician can act on (issue #17, item 10): one test per kind of message,
 * each asserting the exact line a person sees, {@code FILE:LINE:COLUMN: message}, in English and,
 * for the main kinds, in Spanish. The location is the one the schema check has always given.
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

    private static final String SHEET =
            """
            {
              "kind": "grayarea.answer-sheet",
              "formatVersion": 1,
              "bank": {"id": "tiny", "version": "1.0.0"},
              "respondent": "Sam",
              "language": "en",
              "parts": {}
            }
            """;

    private static List<String> sheetProblems(String json) {
        return schemaProblems(AnswerSheetJson.SCHEMA, "sheet.json", json);
    }

    @Nested
    @DisplayName("a value of the wrong form says the rule in words and what is wrong with it")
    class Patterns {

        @Test
        @DisplayName("\"PHQ-9\" as the bank's id")
        void anIdWithCapitals() {
            String json = edit("\"id\": \"tiny\"", "\"id\": \"PHQ-9\"");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"PHQ-9\"",
                                    "id: an id uses lower-case letters, digits and \"-\", up to 64 characters:"
                                            + " \"PHQ-9\" has capitals"));
            assertThat(problems(json, ES))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"PHQ-9\"",
                                    "id: un id usa letras minúsculas, cifras y \"-\", hasta 64 caracteres:"
                                            + " \"PHQ-9\" tiene mayúsculas"));
        }

        static Stream<Arguments> badIds() {
            return Stream.of(
                    Arguments.of("-habits", "starts with \"-\""),
                    Arguments.of("q_habits", "has the character \"_\""),
                    Arguments.of("hábitos", "has the character \"á\""),
                    Arguments.of("h".repeat(65), "is 65 characters long"),
                    Arguments.of("", "is empty"),
                    Arguments.of(
                            "Q_Habits ", "has capitals, has a space and has the character \"_\""));
        }

        @ParameterizedTest(name = "\"{0}\" {1}")
        @MethodSource("badIds")
        void aQuestionId(String id, String whatIsWrong) {
            String json = edit("\"id\": \"q-habits\"", "\"id\": \"" + id + "\"");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"" + id + "\", \"type\": \"checklist\"",
                                    "sections[0].questions[5].id: an id uses lower-case letters, digits and \"-\","
                                            + " up to 64 characters: \""
                                            + id
                                            + "\" "
                                            + whatIsWrong));
        }

        static Stream<Arguments> badVersions() {
            return Stream.of(
                    Arguments.of("1", "has only one number"),
                    Arguments.of("1.0.0.1", "has more than three numbers"),
                    Arguments.of("1..0", "has a dot with no number on one side"),
                    Arguments.of("v1.0", "has the character \"v\""),
                    Arguments.of("1 .0", "has a space"));
        }

        @ParameterizedTest(name = "\"{0}\" {1}")
        @MethodSource("badVersions")
        void aVersion(String version, String whatIsWrong) {
            String json = edit("\"version\": \"1.0.0\"", "\"version\": \"" + version + "\"");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"" + version + "\"",
                                    "version: a version is two or three whole numbers joined by dots, such as \"1.0\""
                                            + " or \"1.2.3\": \""
                                            + version
                                            + "\" "
                                            + whatIsWrong));
        }

        static Stream<Arguments> badLanguages() {
            return Stream.of(
                    Arguments.of("EN", "has capitals"),
                    Arguments.of("en_US", "has the character \"_\""),
                    Arguments.of("pt-br", "has its region in lower-case letters"),
                    Arguments.of("english", "has too many or too few letters"),
                    Arguments.of("en US", "has a space"));
        }

        @ParameterizedTest(name = "\"{0}\" {1}")
        @MethodSource("badLanguages")
        void aLanguageCode(String language, String whatIsWrong) {
            String json =
                    TinyBank.edit(
                            SHEET, "\"language\": \"en\"", "\"language\": \"" + language + "\"");
            assertThat(sheetProblems(json))
                    .containsExactly(
                            "sheet.json:"
                                    + at(json, "\"" + language + "\"")
                                    + ": language: a language code is two or three lower-case letters, maybe followed"
                                    + " by \"-\" and a region in two capitals, such as \"en\" or \"pt-BR\": \""
                                    + language
                                    + "\" "
                                    + whatIsWrong);
        }

        @Test
        @DisplayName("a key that must be an id says so about the key")
        void aKeyThatIsNotAnId() {
            String json =
                    edit(
                            "\"yes\": {\"scores\": {\"trust\": 1}}",
                            "\"yes\": {\"scores\": {\"Trust\": 1}}");
            assertThat(problems(json))
                    .contains(
                            after(
                                    json,
                                    "\"yes\": {\"scores\": ",
                                    "sections[0].questions[1].yes.scores: the key \"Trust\" is not allowed: an id uses"
                                            + " lower-case letters, digits and \"-\", up to 64 characters: \"Trust\" has capitals"));
        }
    }

    @Nested
    @DisplayName("a property an object does not have names the object and what it has")
    class UnknownProperties {

        /**
         * A band's properties as the bank schema lists them today, read from the schema so that a
         * property added there later changes this list, not this test.
         */
        private static String bandProperties() throws Exception {
            JsonNode schema =
                    JsonMapper.shared()
                            .readTree(
                                    Files.readString(
                                            Path.of("questions/schema/question-bank.schema.json")));
            List<String> names = new ArrayList<>();
            schema.at("/properties/primary/properties/bands/items/properties")
                    .properties()
                    .forEach(e -> names.add("\"" + e.getKey() + "\""));
            return String.join(", ", names.subList(0, names.size() - 1))
                    + " and "
                    + names.get(names.size() - 1);
        }

        @Test
        @DisplayName("\"to\" on a band: a band has only ... \"from\" ...")
        void toOnABand() throws Exception {
            String json =
                    edit(
                            "{\"id\": \"low\", \"from\": 0,",
                            "{\"id\": \"low\", \"from\": 0, \"to\": 3,");
            assertThat(bandProperties()).contains("\"from\"");
            assertThat(problems(json))
                    .containsExactly(
                            after(
                                    json,
                                    "\"to\": ",
                                    "primary.bands[0]: \"to\" is not a property of a band, which has only "
                                            + bandProperties()));
            assertThat(problems(json, ES))
                    .containsExactly(
                            after(
                                    json,
                                    "\"to\": ",
                                    "primary.bands[0]: un rango no tiene la propiedad \"to\"; solo tiene "
                                            + bandProperties().replace(" and ", " y ")));
        }

        @Test
        @DisplayName("\"raises\" on a scale question: did you mean \"raisesOn\"?")
        void raisesOnAScaleQuestion() {
            String json =
                    edit(
                            "\"raisesOn\": {\"often\": [\"afraid\"]}",
                            "\"raises\": {\"often\": [\"afraid\"]}");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "{\"often\": [\"afraid\"]}",
                                    "sections[0].questions[0]: \"raises\" is not a property of a scale question:"
                                            + " did you mean \"raisesOn\"?"));
            assertThat(problems(json, ES))
                    .containsExactly(
                            problem(
                                    json,
                                    "{\"often\": [\"afraid\"]}",
                                    "sections[0].questions[0]: una pregunta de escala no tiene la propiedad"
                                            + " \"raises\": ¿querías decir \"raisesOn\"?"));
        }

        @Test
        @DisplayName(
                "the suggestion is one the question's type can use: \"options\" for a single choice, not for a scale")
        void suggestionsFollowTheType() {
            String single =
                    edit("\"type\": \"single\", ", "\"type\": \"single\", \"option\": true, ");
            assertThat(problems(single))
                    .containsExactly(
                            after(
                                    single,
                                    "\"option\": ",
                                    "sections[0].questions[4]: \"option\" is not a property of a single-choice"
                                            + " question: did you mean \"options\"?"));
            String scale = edit("\"scale\": \"freq\", ", "\"scale\": \"freq\", \"option\": true, ");
            assertThat(problems(scale))
                    .containsExactly(
                            after(
                                    scale,
                                    "\"option\": ",
                                    "sections[0].questions[0]: \"option\" is not a property of a scale question"));
        }

        @Test
        @DisplayName("a property written with other capitals is suggested as written in the schema")
        void otherCapitals() {
            String json =
                    edit(
                            "\"label\": {\"en\": \"Afraid\", \"es\": \"Miedo\"}",
                            "\"Label\": {\"en\": \"Afraid\", \"es\": \"Miedo\"}");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "{\"id\": \"afraid\"",
                                    "flags[0]: a flag needs a \"label\""),
                            after(
                                    json,
                                    "\"Label\": ",
                                    "flags[0]: \"Label\" is not a property of a flag: did you mean \"label\"?"));
        }
    }

    @Nested
    @DisplayName("a missing property names the object and what it needs")
    class Required {

        @Test
        void aBandWithoutItsExplanation() {
            String json =
                    edit(
                            ", \"explanation\": {\"en\": \"Few signs.\", \"es\": \"Pocas señales.\"}",
                            "");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "{\"id\": \"low\"",
                                    "primary.bands[0]: a band needs an \"explanation\""));
            assertThat(problems(json, ES))
                    .containsExactly(
                            problem(
                                    json,
                                    "{\"id\": \"low\"",
                                    "primary.bands[0]: un rango necesita \"explanation\""));
        }

        @Test
        void aResourceWithoutItsRegion() {
            String json =
                    edit(
                            ", \"region\": {\"en\": \"United States\", \"es\": \"Estados Unidos\"}",
                            "");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "{\"id\": \"emergency\"",
                                    "resources[0]: a help resource needs a \"region\""));
        }

        @Test
        void aScaleQuestionWithoutItsScale() {
            String json = edit("\"scale\": \"freq\", ", "");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "{\"id\": \"q-often\"",
                                    "sections[0].questions[0]: a scale question needs a \"scale\""));
        }
    }

    @Nested
    @DisplayName("a value of the wrong kind, or out of bounds, says what it must be")
    class Values {

        @Test
        void textWhereANumberBelongs() {
            String json = edit("\"value\": 3}", "\"value\": \"three\"}");
            assertThat(problems(json, ES))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"three\"",
                                    "scales[0].options[1].value: debe ser un número, no un texto"));
        }

        @Test
        void aFractionWhereAWholeNumberBelongs() {
            String json = edit("\"private\": true, ", "\"private\": true, \"maxLength\": 2.5, ");
            assertThat(problems(json))
                    .containsExactly(
                            after(
                                    json,
                                    "\"maxLength\": ",
                                    "sections[0].questions[2].maxLength: must be a whole number, not 2.5"));
        }

        @Test
        void aListWhereAnObjectBelongs() {
            String json = edit("\"yes\": {\"scores\": {\"trust\": 1}}", "\"yes\": []");
            assertThat(problems(json))
                    .containsExactly(
                            after(
                                    json,
                                    "\"yes\": ",
                                    "sections[0].questions[1].yes: must be an object in braces { }, not a list"));
        }

        @Test
        void aFormatVersionThatIsNotOne() {
            String json = edit("\"formatVersion\": 1", "\"formatVersion\": 2");
            assertThat(problems(json))
                    .containsExactly(
                            after(json, "\"formatVersion\": ", "formatVersion: must be 1, not 2"));
        }

        @Test
        void aFormationNotInTheList() {
            String json = edit("\"formation\": \"sum\"", "\"formation\": \"total\"");
            assertThat(problems(json, ES))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"total\"",
                                    "dimensions[0].formation: debe ser \"sum\", \"mean\" o \"percentOfMax\", no \"total\""));
        }

        @Test
        void anEmptyListOfLanguages() {
            String json = edit("\"languages\": [\"en\", \"es\"]", "\"languages\": []");
            assertThat(problems(json))
                    .containsExactly(
                            after(
                                    json,
                                    "\"languages\": ",
                                    "languages: is an empty list: give at least one item"));
        }

        @Test
        void aScaleOfOneStep() {
            String json =
                    edit(
                            ",\n      {\"id\": \"often\", \"label\": {\"en\": \"Often\", \"es\": \"A menudo\"}, \"value\": 3}",
                            "");
            assertThat(problems(json))
                    .contains(
                            after(
                                    json,
                                    "{\"id\": \"freq\", \"options\": ",
                                    "scales[0].options: needs at least 2 items, and has 1"));
        }

        @Test
        void anEmptySourceTitle() {
            String json =
                    edit(
                            "\"version\": \"1.0.0\",",
                            "\"version\": \"1.0.0\", \"source\": {\"title\": \"\", \"author\": \"Me\"},");
            assertThat(problems(json))
                    .containsExactly(
                            after(json, "{\"title\": ", "source.title: must not be empty"));
        }

        @Test
        void aRespondentNameTooLong() {
            String name = "a".repeat(101);
            String json = TinyBank.edit(SHEET, "\"Sam\"", "\"" + name + "\"");
            assertThat(sheetProblems(json))
                    .containsExactly(
                            "sheet.json:"
                                    + at(json, "\"" + name + "\"")
                                    + ": respondent: is 101 characters long: at most 100 fit here");
        }

        @Test
        void aLengthLimitBelowOneAndAboveTheMost() {
            String low = edit("\"private\": true, ", "\"private\": true, \"maxLength\": 0, ");
            assertThat(problems(low))
                    .containsExactly(
                            after(
                                    low,
                                    "\"maxLength\": ",
                                    "sections[0].questions[2].maxLength: must be at least 1, not 0"));
            String high = edit("\"private\": true, ", "\"private\": true, \"maxLength\": 20001, ");
            assertThat(problems(high))
                    .containsExactly(
                            after(
                                    high,
                                    "\"maxLength\": ",
                                    "sections[0].questions[2].maxLength: must be at most 20000, not 20001"));
        }

        @Test
        void aPerspectiveListedTwice() {
            String json =
                    edit("\"perspectives\": [\"self\"]", "\"perspectives\": [\"self\", \"self\"]");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "[\"self\", \"self\"]",
                                    "sections[0].questions[3].perspectives: lists \"self\" twice: each may appear only once"));
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

    @Nested
    @DisplayName("what an object may have is read from the schema: a property added there is named")
    class FromTheSchema {

        private static final String GROWN = "schema-words/grown.schema.json";

        @Test
        void aNewPropertyIsSuggested() {
            String json =
                    "{\"primary\": {\"bands\": [{\"id\": \"low\", \"explanation\": \"x\", \"coverag\": 1}]}}";
            assertThat(schemaProblems(GROWN, "g.json", json))
                    .containsExactly(
                            "g.json:1:69: primary.bands[0]: \"coverag\" is not a property of a band: did you"
                                    + " mean \"coverage\"?");
        }

        @Test
        void aNewPropertyIsListed() {
            String json =
                    "{\"primary\": {\"bands\": [{\"id\": \"low\", \"explanation\": \"x\", \"to\": 1}]}}";
            assertThat(schemaProblems(GROWN, "g.json", json))
                    .containsExactly(
                            "g.json:1:64: primary.bands[0]: \"to\" is not a property of a band, which has only"
                                    + " \"id\", \"from\", \"coverage\" and \"explanation\"");
        }

        @Test
        @DisplayName("a new kind of object is named by the key that holds it")
        void aNewKindOfObject() {
            String json = "{\"bandRules\": [{\"band\": \"low\", \"atMost\": 3}]}";
            assertThat(schemaProblems(GROWN, "g.json", json))
                    .containsExactly(
                            "g.json:1:42: bandRules[0]: \"atMost\" is not a property of an item of \"bandRules\","
                                    + " which has only \"atLeast\" and \"band\"");
        }
    }
}
