package grayarea.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grayarea.TestBanks;
import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.AnswerValue;
import grayarea.bank.JsonDocument;
import grayarea.bank.Problem;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import grayarea.bank.SchemaCheck;
import grayarea.bank.Sharing;
import grayarea.scoring.Comparison;
import grayarea.scoring.ComparisonTurn;
import grayarea.scoring.CoupleBank;
import grayarea.scoring.CoupleComparison;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turn files: what one partner hands the other when they take their turns on two computers. */
class TurnFileTest {

    static final QuestionBank BANK = TestBanks.released100();
    static final QuestionBank COUPLE = CoupleBank.load();
    static final Path FIRST = Path.of("questions/examples/answers-couple-first.json");
    static final Path SECOND = Path.of("questions/examples/answers-couple-second.json");

    @TempDir Path dir;

    static AnswerSheet read(Path path) throws ProblemsException {
        return AnswerSheetJson.read(path).sheet();
    }

    static Answer choice(String option) {
        return Answer.answered(new AnswerValue.Choice(option));
    }

    static AnswerSheet coupleSheet(Map<String, Map<String, Answer>> parts) {
        return new AnswerSheet(
                COUPLE.ref(), "Alex", "en", Instant.parse("2026-11-28T10:00:00Z"), parts, Map.of());
    }

    @Test
    void importingTheOthersFileGivesTheSameComparisonAsOnOneComputer() throws Exception {
        AnswerSheet first = read(FIRST);
        AnswerSheet second = read(SECOND);
        Comparison together = CoupleComparison.compare(BANK, first, second, "en");

        Path firstFile = dir.resolve("alex.turn.json");
        Path secondFile = dir.resolve("sam.turn.json");
        TurnFile.export(firstFile, BANK, first);
        TurnFile.export(secondFile, BANK, second);
        ComparisonTurn a = TurnFile.read(firstFile).turn();
        ComparisonTurn b = TurnFile.read(secondFile).turn();

        assertThat(CoupleComparison.compare(BANK, a, b, "en")).isEqualTo(together);
        // one partner's sheet on this computer, the other's file from theirs
        assertThat(CoupleComparison.compare(BANK, ComparisonTurn.of(BANK, first), b, "en"))
                .isEqualTo(together);
        assertThat(together.available()).isTrue();
    }

    @Test
    void aFlaggedTurnFileClosesTheGateTheSameWayAsOnOneComputer() throws Exception {
        AnswerSheet flagged = read(Path.of("questions/examples/answers-safety.json"));
        AnswerSheet second = read(SECOND);
        Path file = dir.resolve("turn.json");
        TurnFile.export(file, BANK, flagged);
        ComparisonTurn turn = TurnFile.read(file).turn();
        assertThat(turn.available()).isFalse();
        Comparison apart =
                CoupleComparison.compare(BANK, turn, ComparisonTurn.of(BANK, second), "en");
        assertThat(apart).isEqualTo(CoupleComparison.compare(BANK, flagged, second, "en"));
        assertThat(apart.available()).isFalse();
    }

    @Test
    void aFlaggedTurnHoldsOnlyTheNeutralMarker() throws Exception {
        AnswerSheet flagged = read(Path.of("questions/examples/answers-safety.json"));
        Path file = dir.resolve("turn.json");
        TurnFile.export(file, BANK, flagged);
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file));
        assertThat(root.propertyNames())
                .containsExactly("kind", "formatVersion", "bank", "respondent", "comparison");
        assertThat(root.path("comparison").asString()).isEqualTo("not-available");
        assertThat(root.path("kind").asString()).isEqualTo("grayarea.turn");
        assertThat(root.path("formatVersion").asInt()).isEqualTo(1);
        String text = Files.readString(file);
        assertThat(text).doesNotContain("safety", "answered", "parts", "flag");
    }

    @Test
    void anAvailableTurnHoldsTheSharedSheetAndWhatWasLeftOut() throws Exception {
        Path file = dir.resolve("turn.json");
        TurnFile.export(file, BANK, read(FIRST));
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file));
        assertThat(root.propertyNames())
                .containsExactly(
                        "kind",
                        "formatVersion",
                        "bank",
                        "respondent",
                        "comparison",
                        "answers",
                        "notShared");
        assertThat(root.path("comparison").asString()).isEqualTo("available");
        assertThat(root.path("respondent").asString()).isEqualTo("Alex");
        assertThat(root.path("notShared").path("self").get(0).asString())
                .isEqualTo("freq-comparing");
        assertThat(root.path("notShared").path("boundaries").get(0).asString())
                .isEqualTo("boundary-hidden-messages");
        JsonNode answers = root.path("answers");
        assertThat(answers.path("parts").path("self").has("freq-comparing")).isFalse();
        assertThat(answers.path("parts").path("self").has("freq-flirty-messages")).isTrue();
        String text = Files.readString(file);
        // the private note, the private safety answers and the unshared answer are not in the file
        assertThat(text)
                .doesNotContain(
                        "connection-note",
                        "safety-afraid",
                        "safety-checked",
                        "I would like more evenings",
                        "\"shared\"");
    }

    @Test
    void writtenAtomicallyOwnerOnlyWithNothingLeftBeside() throws Exception {
        Path file = dir.resolve("turns").resolve("turn.json");
        TurnFile.export(file, BANK, read(FIRST));
        TurnFile.export(file, BANK, read(SECOND));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("turn.json");
        }
        assertThat(TurnFile.read(file).turn().respondent()).isEqualTo("Sam");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void writingSharesTheSheetOnceMore() throws Exception {
        // a turn put together by hand around a full sheet: the writer still leaves out what is
        // private
        AnswerSheet full =
                coupleSheet(
                        Map.of(
                                "self",
                                Map.of(
                                        "f-flirt",
                                        choice("often"),
                                        "secret-note",
                                        Answer.answered(new AnswerValue.FreeText("PRIVATE-NOTE")),
                                        "hopes",
                                        Answer.answered(new AnswerValue.FreeText("UNSHARED-HOPE"))
                                                .withShared(false))));
        ComparisonTurn handMade =
                new ComparisonTurn(COUPLE.ref(), "Alex", new Sharing.Shared(full, Map.of()));
        String text = TurnFile.toJson(COUPLE, handMade);
        assertThat(text)
                .doesNotContain("PRIVATE-NOTE", "UNSHARED-HOPE", "secret-note")
                .contains("\"hopes\"", "f-flirt");
    }

    @Test
    void aTurnFilePassesItsSchemaAndTheSheetInsidePassesTheAnswerSheetSchema() throws Exception {
        Path file = dir.resolve("turn.json");
        TurnFile.export(file, BANK, read(FIRST));
        JsonDocument document = JsonDocument.read(file);
        assertThat(SchemaCheck.forResource(TurnFile.SCHEMA).check(document)).isEmpty();
        assertThat(AnswerSheetJson.schemaProblems(document, "/answers")).isEmpty();
    }

    @Test
    void readingBackGivesTheSameTurn() throws Exception {
        AnswerSheet first = read(FIRST);
        ComparisonTurn before = ComparisonTurn.of(BANK, first);
        Path file = dir.resolve("turn.json");
        TurnFile.write(file, BANK, before);
        TurnFile.Contents after = TurnFile.read(file);
        assertThat(after.turn()).isEqualTo(before);
        assertThat(after.answers().sheet()).isEqualTo(before.shared().sheet());
        assertThat(after.answers().pointer()).isEqualTo("/answers");
    }

    // --- reading problems, each located as FILE:LINE:COLUMN ---

    private List<Problem> problemsOf(String text) {
        try {
            TurnFile.read("turn.json", text.getBytes(StandardCharsets.UTF_8));
        } catch (ProblemsException e) {
            return e.problems();
        }
        throw new AssertionError("read without a problem");
    }

    private static String notAvailable(String extra) {
        return """
                {
                  "kind": "grayarea.turn",
                  "formatVersion": 1,
                  "bank": {"id": "micro-cheating", "version": "1.0.0"},
                  "comparison": "not-available"%s
                }
                """
                .formatted(extra);
    }

    @Test
    void anAnswerSheetIsNotATurnFile() throws IOException {
        List<Problem> problems = problemsOf(Files.readString(FIRST));
        assertThat(problems)
                .extracting(Problem::toString)
                .containsExactly(
                        "turn.json:3:11: this is a \"grayarea.answer-sheet\" file, not a turn file (\"grayarea.turn\")");
    }

    @Test
    void aNewerFormatIsRefusedWithAClearMessage() {
        List<Problem> problems =
                problemsOf(
                        notAvailable("").replace("\"formatVersion\": 1", "\"formatVersion\": 2"));
        assertThat(problems)
                .extracting(Problem::toString)
                .containsExactly(
                        "turn.json:3:20: this turn file is format version 2, newer than this app reads (1); update Gray Area to open it");
    }

    @Test
    void aFormatVersionBeyondTheRangeOfALongIsNewerNotACrash() {
        List<Problem> problems =
                problemsOf(
                        notAvailable("")
                                .replace(
                                        "\"formatVersion\": 1",
                                        "\"formatVersion\": 99999999999999999999"));
        assertThat(problems)
                .extracting(Problem::toString)
                .containsExactly(
                        "turn.json:3:20: this turn file is format"
                                + " version 99999999999999999999, newer than this app reads (1); update Gray Area to open it");
    }

    @Test
    void aNotAvailableTurnMayCarryNoAnswers() {
        List<Problem> problems = problemsOf(notAvailable(",\n  \"answers\": {}"));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).toString()).startsWith("turn.json:6:").contains("answers");
    }

    @Test
    void anAvailableTurnMustCarryAnswers() {
        List<Problem> problems =
                problemsOf(notAvailable("").replace("\"not-available\"", "\"available\""));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).toString()).startsWith("turn.json:1:1:").contains("answers");
    }

    @Test
    void anUnknownMarkerIsLocated() {
        List<Problem> problems =
                problemsOf(notAvailable("").replace("\"not-available\"", "\"maybe\""));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).toString()).startsWith("turn.json:5:17:");
    }

    @Test
    void aBrokenSheetInsideIsLocatedInsideIt() throws Exception {
        Path file = dir.resolve("turn.json");
        TurnFile.export(file, BANK, read(FIRST));
        String text = Files.readString(file);
        String broken = text.replaceFirst("\"status\" : \"answered\"", "\"status\" : \"perhaps\"");
        List<Problem> problems = problemsOf(broken);
        String[] lines = broken.split("\n", -1);
        int line = 0;
        while (!lines[line].contains("perhaps")) {
            line++;
        }
        assertThat(problems.get(0).toString())
                .startsWith("turn.json:" + (line + 1) + ":")
                .contains("answers.parts.self.freq-flirty-messages.status");
    }

    @Test
    void theSheetInsideMustBeToTheSameBank() throws Exception {
        Path file = dir.resolve("turn.json");
        TurnFile.export(file, BANK, read(FIRST));
        String text = Files.readString(file);
        int second = text.indexOf("\"version\" : \"1.0.0\"", text.indexOf("\"answers\""));
        String other =
                text.substring(0, second)
                        + "\"version\" : \"0.9.0\""
                        + text.substring(second + "\"version\" : \"1.0.0\"".length());
        List<Problem> problems = problemsOf(other);
        assertThat(problems)
                .extracting(p -> p.message().toString())
                .containsExactly(
                        "the answers are to micro-cheating 0.9.0, but the turn file is to micro-cheating 1.0.0");
    }

    @Test
    void notJsonAtAllIsOneLocatedProblem() {
        assertThatThrownBy(() -> TurnFile.read("turn.json", new byte[] {(byte) 0xff, 0x00}))
                .isInstanceOf(ProblemsException.class)
                .hasMessageStartingWith("turn.json:1:1:");
    }

    @Test
    void aTurnFileIsToldApartFromAnAnswerSheet() throws Exception {
        Path file = dir.resolve("turn.json");
        TurnFile.export(file, BANK, read(FIRST));
        assertThat(TurnFile.isTurnFile(JsonDocument.read(file))).isTrue();
        assertThat(TurnFile.isTurnFile(JsonDocument.read(FIRST))).isFalse();
    }

    @Test
    void theTurnNamesOnlyTheBankAndTheLabelWhenNotAvailable() {
        Map<String, Map<String, Answer>> parts = new LinkedHashMap<>();
        parts.put("self", Map.of("q-fear", choice("yes")));
        String text = TurnFile.toJson(COUPLE, ComparisonTurn.of(COUPLE, coupleSheet(parts)));
        assertThat(text)
                .isEqualTo(
                        """
                {
                  "kind" : "grayarea.turn",
                  "formatVersion" : 1,
                  "bank" : {
                    "id" : "couple-test",
                    "version" : "1.0.0"
                  },
                  "respondent" : "Alex",
                  "comparison" : "not-available"
                }
                """);
    }
}
