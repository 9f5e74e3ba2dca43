package grayarea.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading and writing answer sheets (format version 1). */
class AnswerSheetJsonTest {

    static final String SHEET =
            """
            {
              "kind": "grayarea.answer-sheet",
              "formatVersion": 1,
              "bank": {"id": "micro-cheating", "version": "1.0.0"},
              "parts": {}
            }
            """;

    private static List<String> problems(String json) {
        try {
            AnswerSheetJson.read("sheet.json", json.getBytes(StandardCharsets.UTF_8));
            return List.of();
        } catch (ProblemsException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
    }

    private static String problem(String json, String marker, String message) {
        return "sheet.json:" + TinyBank.at(json, marker) + ": " + message;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "answers-intake.json",
                "answers-partner.json",
                "answers-safety.json",
                "answers-self.json"
            })
    void everySampleReadsAndRoundTrips(String name) throws ProblemsException {
        AnswerSheet sheet = AnswerSheetJson.read(Path.of("questions/examples", name)).sheet();
        assertThat(sheet.parts()).isNotEmpty();
        assertThat(sheet.createdAt()).isNotNull();
        String written = AnswerSheetJson.write(sheet);
        AnswerSheet again =
                AnswerSheetJson.read("again.json", written.getBytes(StandardCharsets.UTF_8))
                        .sheet();
        assertThat(again).isEqualTo(sheet);
        assertThat(AnswerSheetJson.write(again)).isEqualTo(written);
    }

    @Test
    void theSamplesHoldWhatTheDocsSay() throws ProblemsException {
        AnswerSheet partner =
                AnswerSheetJson.read(Path.of("questions/examples/answers-partner.json")).sheet();
        assertThat(partner.bank()).isEqualTo(new BankRef("micro-cheating", "1.0.0"));
        assertThat(partner.respondent()).isEqualTo("Alex");
        assertThat(partner.language()).isEqualTo("en");
        assertThat(partner.createdAt()).isEqualTo(Instant.parse("2026-11-20T19:30:00Z"));
        assertThat(partner.parts()).containsOnlyKeys("partner", "boundaries");
        assertThat(partner.perspectiveParts()).containsExactly("partner");
        assertThat(partner.part("partner").get("freq-flirty-messages"))
                .isEqualTo(Answer.answered(new AnswerValue.Choice("sometimes")));
        assertThat(partner.part("partner").get("freq-comparing")).isEqualTo(Answer.declined());
        assertThat(partner.part("partner").get("reassure-habits").value())
                .isEqualTo(new AnswerValue.Choices(List.of("know-friends", "time-together")));
        assertThat(partner.part("partner").get("connection-note").value())
                .isEqualTo(new AnswerValue.FreeText("I miss our Sunday walks."));
        assertThat(partner.part("boundaries").values())
                .allSatisfy(
                        a -> assertThat(a.value()).isInstanceOf(AnswerValue.BoundaryRating.class));

        AnswerSheet self =
                AnswerSheetJson.read(Path.of("questions/examples/answers-self.json")).sheet();
        assertThat(self.language()).isEqualTo("es");
        assertThat(self.part("self").values())
                .anySatisfy(a -> assertThat(a.status()).isEqualTo(Answer.Status.NOT_REACHED));

        AnswerSheet intake =
                AnswerSheetJson.read(Path.of("questions/examples/answers-intake.json")).sheet();
        assertThat(intake.bank()).isEqualTo(new BankRef("intake-example", "1.0.0"));
        assertThat(intake.parts()).containsOnlyKeys("main");
    }

    @Test
    @DisplayName(
            "every kind of answer and status, unshared answers and the shown order survive writing and reading back")
    void everyKindOfAnswerRoundTrips() throws ProblemsException {
        Map<String, Answer> partner = new LinkedHashMap<>();
        partner.put("q-often", Answer.answered(new AnswerValue.Choice("often")));
        partner.put("q-talked", Answer.declined());
        partner.put(
                "q-note",
                Answer.answered(new AnswerValue.FreeText("Line one\nline two: \"quoted\", é я 😀"))
                        .withShared(false));
        partner.put("q-signs", Answer.notReached());
        partner.put("q-habits", Answer.answered(new AnswerValue.Choices(List.of())));
        Map<String, Answer> boundaries =
                Map.of(
                        "b-flirting",
                        Answer.answered(
                                new AnswerValue.BoundaryRating(
                                        AnswerValue.Rating.DEPENDS,
                                        AnswerValue.Rating.CROSSES_LINE)));
        Map<String, Map<String, Answer>> parts = new LinkedHashMap<>();
        parts.put("partner", partner);
        parts.put("boundaries", boundaries);
        AnswerSheet sheet =
                new AnswerSheet(
                        new BankRef("tiny", "1.0.0"),
                        "Partner A",
                        "es",
                        Instant.parse("2026-11-28T09:30:00Z"),
                        parts,
                        Map.of("main", List.of("q-talked", "q-often")));

        String written = AnswerSheetJson.write(sheet);
        AnswerSheetJson.Located back =
                AnswerSheetJson.read("back.json", written.getBytes(StandardCharsets.UTF_8));

        assertThat(back.sheet()).isEqualTo(sheet);
        assertThat(back.sheet().part("partner").keySet())
                .containsExactly("q-often", "q-talked", "q-note", "q-signs", "q-habits");
        assertThat(written).contains("\"shared\" : false").doesNotContain("\"value\" : null");
        // and it fits the bank it names
        assertThat(AnswerSheetFit.check(TinyBank.load(TinyBank.JSON), back)).isEmpty();
    }

    @Test
    @DisplayName("a sheet without the optional fields round-trips too")
    void aMinimalSheetRoundTrips() throws ProblemsException {
        AnswerSheet sheet =
                AnswerSheetJson.read("min.json", SHEET.getBytes(StandardCharsets.UTF_8)).sheet();
        assertThat(sheet.respondent()).isNull();
        assertThat(sheet.createdAt()).isNull();
        assertThat(
                        AnswerSheetJson.read(
                                        "again.json",
                                        AnswerSheetJson.write(sheet)
                                                .getBytes(StandardCharsets.UTF_8))
                                .sheet())
                .isEqualTo(sheet);
    }

    @Test
    @DisplayName("a newer format version asks to update Gray Area")
    void aNewerFormatVersion() {
        String json = TinyBank.edit(SHEET, "\"formatVersion\": 1", "\"formatVersion\": 2");
        assertThat(problems(json))
                .containsExactly(
                        problemAfterKey(
                                json,
                                "\"formatVersion\": ",
                                "this answer sheet is format version 2, newer than this app reads (1); update Gray Area to open it"));
    }

    @Test
    @DisplayName("a bank (or any other kind of file) given as an answer sheet")
    void anotherKindOfFile() {
        String json =
                TinyBank.edit(SHEET, "\"grayarea.answer-sheet\"", "\"grayarea.question-bank\"");
        assertThat(problems(json))
                .containsExactly(
                        problem(
                                json,
                                "\"grayarea.question-bank\"",
                                "this is a \"grayarea.question-bank\" file, not an answer sheet (\"grayarea.answer-sheet\")"));
    }

    @Test
    void aDateThatIsNotADate() {
        String json =
                TinyBank.edit(
                        SHEET, "\"parts\": {}", "\"createdAt\": \"last Tuesday\", \"parts\": {}");
        assertThat(problems(json))
                .containsExactly(
                        problem(
                                json,
                                "\"last Tuesday\"",
                                "\"createdAt\" is not a date and time such as 2026-11-28T09:30:00Z"));
    }

    @Test
    void anUnknownStatus() {
        String json =
                TinyBank.edit(
                        SHEET,
                        "\"parts\": {}",
                        "\"parts\": {\"partner\": {\"q\": {\"status\": \"maybe\"}}}");
        assertThat(problems(json))
                .containsExactly(
                        problem(
                                json,
                                "\"maybe\"",
                                "parts.partner.q.status: must be one of \"answered\", \"declined\" or \"not-reached\", not \"maybe\""));
    }

    @Test
    void anAnsweredQuestionWithoutAValue() {
        String json =
                TinyBank.edit(
                        SHEET,
                        "\"parts\": {}",
                        "\"parts\": {\"partner\": {\"q\": {\"status\": \"answered\"}}}");
        assertThat(problems(json))
                .containsExactly(
                        problem(
                                json,
                                "{\"status\"",
                                "parts.partner.q: an answer needs a \"value\""));
    }

    @Test
    void aDeclinedQuestionWithAValue() {
        String json =
                TinyBank.edit(
                        SHEET,
                        "\"parts\": {}",
                        "\"parts\": {\"partner\": {\"q\": {\"status\": \"declined\", \"value\": \"yes\"}}}");
        assertThat(problems(json))
                .containsExactly(
                        problem(
                                json,
                                "{\"status\"",
                                "parts.partner.q: a declined or not-reached answer has no \"value\""));
    }

    @Test
    void aNotReachedQuestionWithAValue() {
        String json =
                TinyBank.edit(
                        SHEET,
                        "\"parts\": {}",
                        "\"parts\": {\"boundaries\": {\"b\": {\"status\": \"not-reached\", \"value\": {\"ifIDid\": \"fine\", \"ifPartnerDid\": \"fine\"}}}}");
        assertThat(problems(json))
                .containsExactly(
                        problem(
                                json,
                                "{\"status\"",
                                "parts.boundaries.b: a declined or not-reached answer has no \"value\""));
    }

    @Test
    void aValueOfNoKnownShape() {
        String json =
                TinyBank.edit(
                        SHEET,
                        "\"parts\": {}",
                        "\"parts\": {\"partner\": {\"q\": {\"status\": \"answered\", \"value\": 5}}}");
        assertThat(problems(json))
                .containsExactly(
                        problem(
                                json,
                                "5}",
                                "parts.partner.q.value: must be an answer: an option id, a list of option ids, {\"text\": \"...\"}"
                                        + " or {\"ifIDid\": rating, \"ifPartnerDid\": rating}"));
    }

    @Test
    @DisplayName("an object that is neither a text nor a boundary rating names the forms too")
    void anObjectValueOfNoKnownShape() {
        String json =
                TinyBank.edit(
                        SHEET,
                        "\"parts\": {}",
                        "\"parts\": {\"boundaries\": {\"b\": {\"status\": \"answered\", \"value\": {\"ifIDid\": \"fine\"}}}}");
        assertThat(problems(json))
                .containsExactly(
                        problem(
                                json,
                                "{\"ifIDid\"",
                                "parts.boundaries.b.value: must be an answer: an option id, a list of option ids, {\"text\": \"...\"}"
                                        + " or {\"ifIDid\": rating, \"ifPartnerDid\": rating}"));
    }

    private static String problemAfterKey(String json, String key, String message) {
        return "sheet.json:" + TinyBank.after(json, key) + ": " + message;
    }

    @Test
    void aSheetThatIsNotJsonIsOneLocatedProblem() {
        assertThatThrownBy(
                        () ->
                                AnswerSheetJson.read(
                                        "sheet.json",
                                        "{\"kind\": ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        ProblemsException.class,
                        e ->
                                assertThat(e.problems())
                                        .singleElement()
                                        .asString()
                                        .startsWith("sheet.json:1:"));
    }
}
