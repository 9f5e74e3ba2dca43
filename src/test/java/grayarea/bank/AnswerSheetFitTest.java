package grayarea.bank;

import static grayarea.bank.TinyBank.at;
import static grayarea.bank.TinyBank.edit;
import static org.assertj.core.api.Assertions.assertThat;

import grayarea.TestBanks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whether an answer sheet fits its bank; every misfit located in the sheet. */
class AnswerSheetFitTest {

    private static QuestionBank defaultBank;

    static final String SHEET =
            """
            {
              "kind": "grayarea.answer-sheet",
              "formatVersion": 1,
              "bank": {"id": "micro-cheating", "version": "1.0.0"},
              "parts": {
                "partner": {
                  "freq-flirty-messages": {"status": "answered", "value": "sometimes"},
                  "reassure-habits": {"status": "answered", "value": ["know-friends", "time-together"]},
                  "connection-note": {"status": "answered", "value": {"text": "We talk less."}, "shared": false},
                  "safety-afraid": {"status": "declined"}
                },
                "boundaries": {
                  "boundary-comparing": {"status": "answered", "value": {"ifIDid": "fine", "ifPartnerDid": "depends"}}
                }
              }
            }
            """;

    @BeforeAll
    static void load() {
        defaultBank = TestBanks.released100();
    }

    private static List<String> misfits(QuestionBank bank, String json) {
        try {
            AnswerSheetJson.Located located =
                    AnswerSheetJson.read("sheet.json", json.getBytes(StandardCharsets.UTF_8));
            return AnswerSheetFit.check(bank, located).stream().map(Problem::toString).toList();
        } catch (ProblemsException e) {
            throw new AssertionError("the sheet should read: " + e.problems(), e);
        }
    }

    private static List<String> misfits(String json) {
        return misfits(defaultBank, json);
    }

    private static String problem(String json, String marker, String message) {
        return "sheet.json:" + at(json, marker) + ": " + message;
    }

    private static String problemAfter(String json, String marker, String message) {
        return "sheet.json:" + TinyBank.after(json, marker) + ": " + message;
    }

    @Test
    void theBaseSheetFits() {
        assertThat(misfits(SHEET)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "answers-intake.json",
                "answers-partner.json",
                "answers-safety.json",
                "answers-self.json"
            })
    void everySampleFitsTheBankItNames(String name) throws ProblemsException {
        AnswerSheetJson.Located located = AnswerSheetJson.read(Path.of("questions/examples", name));
        QuestionBank bank = BankCatalog.bundled().find(located.sheet().bank()).orElseThrow();
        assertThat(AnswerSheetFit.check(bank, located)).isEmpty();
    }

    @Test
    void anUnknownQuestion() {
        String json = edit(SHEET, "\"freq-flirty-messages\": {", "\"freq-flirting\": {");
        assertThat(misfits(json))
                .containsExactly(
                        problemAfter(
                                json,
                                "\"freq-flirting\": ",
                                "unknown question \"freq-flirting\": the bank has no question with that id"));
    }

    @Test
    void anAnswerTheQuestionDoesNotOffer() {
        String json = edit(SHEET, "\"value\": \"sometimes\"", "\"value\": \"always\"");
        assertThat(misfits(json))
                .containsExactly(
                        problem(
                                json,
                                "\"always\"",
                                "\"always\" is not an answer the question \"freq-flirty-messages\" offers; it offers"
                                        + " \"never\", \"rarely\", \"sometimes\", \"often\""));
    }

    @Test
    void aTickTheChecklistDoesNotOffer() {
        String json =
                edit(
                        SHEET,
                        "[\"know-friends\", \"time-together\"]",
                        "[\"know-friends\", \"read-diary\"]");
        assertThat(misfits(json))
                .singleElement()
                .asString()
                .startsWith(
                        problem(
                                json,
                                "[\"know-friends\"",
                                "\"read-diary\" is not an answer the question \"reassure-habits\" offers;"));
    }

    @Test
    void aYesNoAnswerThatIsNeither() {
        String json =
                edit(
                        SHEET,
                        "\"safety-afraid\": {\"status\": \"declined\"}",
                        "\"safety-afraid\": {\"status\": \"answered\", \"value\": \"maybe\"}");
        assertThat(misfits(json))
                .containsExactly(
                        problem(
                                json,
                                "\"maybe\"",
                                "\"maybe\" is not an answer the question \"safety-afraid\" offers; it offers \"yes\", \"no\""));
    }

    @Test
    void aQuestionNotAskedInThatPart() {
        // "gut-if-reversed" is asked only about oneself
        String json =
                edit(
                        SHEET,
                        "\"safety-afraid\": {\"status\": \"declined\"}",
                        "\"safety-afraid\": {\"status\": \"declined\"},\n      \"gut-if-reversed\": {\"status\": \"answered\", \"value\": \"yes\"}");
        assertThat(misfits(json))
                .containsExactly(
                        problemAfter(
                                json,
                                "\"gut-if-reversed\": ",
                                "the question \"gut-if-reversed\" is not asked in the part \"partner\""));
    }

    @Test
    void aBoundaryRatingOutsideTheBoundaryMap() {
        String json =
                edit(
                        SHEET,
                        "\"safety-afraid\": {\"status\": \"declined\"}",
                        "\"safety-afraid\": {\"status\": \"declined\"},\n      \"boundary-flirty-messages\": {\"status\": \"declined\"}");
        assertThat(misfits(json))
                .containsExactly(
                        problemAfter(
                                json,
                                "\"boundary-flirty-messages\": ",
                                "the question \"boundary-flirty-messages\" is not asked in the part \"partner\""));
    }

    @Test
    void aValueOfTheWrongKind() {
        String json = edit(SHEET, "[\"know-friends\", \"time-together\"]", "\"know-friends\"");
        assertThat(misfits(json))
                .containsExactly(
                        problem(
                                json,
                                "\"know-friends\"",
                                "the question \"reassure-habits\" is a checklist question; its answer must be a list of the checked answer ids"));
    }

    @Test
    void aListForAScaleQuestion() {
        String json = edit(SHEET, "\"value\": \"sometimes\"", "\"value\": [\"sometimes\"]");
        assertThat(misfits(json))
                .containsExactly(
                        problem(
                                json,
                                "[\"sometimes\"]",
                                "the question \"freq-flirty-messages\" is a scale question; its answer must be one answer id such as \"never\""));
    }

    @Test
    void aChoiceForATextQuestion() {
        String json = edit(SHEET, "{\"text\": \"We talk less.\"}", "\"often\"");
        assertThat(misfits(json))
                .containsExactly(
                        problem(
                                json,
                                "\"often\"",
                                "the question \"connection-note\" is a text question; its answer must be {\"text\": \"...\"}"));
    }

    @Test
    void aChoiceForABoundaryRating() {
        String json =
                edit(SHEET, "{\"ifIDid\": \"fine\", \"ifPartnerDid\": \"depends\"}", "\"fine\"");
        assertThat(misfits(json))
                .containsExactly(
                        problem(
                                json,
                                "\"fine\"",
                                "the question \"boundary-comparing\" is a boundary question; its answer must be"
                                        + " {\"ifIDid\": rating, \"ifPartnerDid\": rating}"));
    }

    @Test
    void aTextLongerThanTheQuestionTakes() {
        int max = defaultBank.question("connection-note").orElseThrow().maxLength();
        String json =
                edit(
                        SHEET,
                        "{\"text\": \"We talk less.\"}",
                        "{\"text\": \"" + "é".repeat(max + 1) + "\"}");
        assertThat(misfits(json))
                .containsExactly(
                        problem(
                                json,
                                "{\"text\": \"ééé",
                                "the answer to \"connection-note\" is longer than "
                                        + max
                                        + " characters"));
        String justFits =
                edit(
                        SHEET,
                        "{\"text\": \"We talk less.\"}",
                        "{\"text\": \"" + "é".repeat(max) + "\"}");
        assertThat(misfits(justFits)).isEmpty();
    }

    @Test
    void anUnknownPart() {
        String json = edit(SHEET, "\"boundaries\": {", "\"them\": {");
        assertThat(misfits(json))
                .containsExactly(
                        problemAfter(
                                json,
                                "\"them\": ",
                                "the bank has no part \"them\"; its parts are partner, self, boundaries"));
    }

    @Test
    @DisplayName("a bank without perspectives has the single part \"main\"")
    void aPerspectiveInABankWithout() throws ProblemsException {
        QuestionBank intake = BankLoader.load(Path.of("questions/examples/intake-example.json"));
        String json =
                """
                {"kind": "grayarea.answer-sheet", "formatVersion": 1, "bank": {"id": "intake-example", "version": "1.0.0"},
                 "parts": {"partner": {"rs1": {"status": "answered", "value": "several-days"}}}}
                """;
        assertThat(misfits(intake, json))
                .containsExactly(
                        problemAfter(
                                json,
                                "\"partner\": ",
                                "the bank has no part \"partner\"; its parts are main"));
    }

    @Test
    void declinedWhereTheQuestionCannotBeDeclined() {
        QuestionBank tiny =
                TinyBank.load(
                        edit(
                                TinyBank.JSON,
                                "{\"id\": \"q-often\", ",
                                "{\"id\": \"q-often\", \"declinable\": false, "));
        String json =
                """
                {"kind": "grayarea.answer-sheet", "formatVersion": 1, "bank": {"id": "tiny", "version": "1.0.0"},
                 "parts": {"self": {
                   "q-often": {"status": "declined"},
                   "q-talked": {"status": "declined"}
                 }}}
                """;
        assertThat(misfits(tiny, json))
                .containsExactly(
                        problemAfter(
                                json,
                                "\"q-often\": ",
                                "the question \"q-often\" cannot be declined"));
    }

    @Test
    void anotherBank() throws ProblemsException {
        QuestionBank intake = BankLoader.load(Path.of("questions/examples/intake-example.json"));
        assertThat(misfits(intake, SHEET))
                .containsExactly(
                        problemAfter(
                                SHEET,
                                "\"bank\": ",
                                "these answers are to the bank \"micro-cheating\", not to \"intake-example\""));
    }

    @Test
    void anotherVersionOfTheBank() {
        String json = edit(SHEET, "\"version\": \"1.0.0\"", "\"version\": \"0.9.0\"");
        assertThat(misfits(json))
                .containsExactly(
                        problemAfter(
                                json,
                                "\"bank\": ",
                                "these answers are to version 0.9.0 of \"micro-cheating\", but the bank given is version 1.0.0"));
    }

    @Test
    @DisplayName("every misfit is reported, not only the first")
    void everyMisfit() {
        String json = edit(SHEET, "\"value\": \"sometimes\"", "\"value\": \"always\"");
        json = edit(json, "\"reassure-habits\": {", "\"reassure-everything\": {");
        json = edit(json, "\"boundaries\": {", "\"them\": {");
        assertThat(misfits(json))
                .containsExactly(
                        problem(
                                json,
                                "\"always\"",
                                "\"always\" is not an answer the question \"freq-flirty-messages\" offers;"
                                        + " it offers \"never\", \"rarely\", \"sometimes\", \"often\""),
                        problemAfter(
                                json,
                                "\"reassure-everything\": ",
                                "unknown question \"reassure-everything\": the bank has no question with that id"),
                        problemAfter(
                                json,
                                "\"them\": ",
                                "the bank has no part \"them\"; its parts are partner, self, boundaries"));
    }
}
