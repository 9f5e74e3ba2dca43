package grayarea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.TestBanks;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.QuestionBank;
import grayarea.session.TurnFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code compare}: output, the safety gate and exit codes. */
class CompareCommandTest {

    static final String FIRST = "questions/examples/answers-couple-first.json";
    static final String SECOND = "questions/examples/answers-couple-second.json";
    static final String SAFETY = "questions/examples/answers-safety.json";

    /** Neutral: no hint of why or whose; then the default bank's own words for that page. */
    static final String NEUTRAL =
            "A comparison is not available for these two turns. If you would like to talk things"
                    + " through, a couples therapist can help.\n";

    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GrayAreaCli.run(args, new PrintWriter(out), new PrintWriter(err), "en");
        return new Run(code, out.toString(), err.toString());
    }

    static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }

    @Test
    void theSampleCoupleComparesInPlainWords() {
        Run run = run("compare", "--first", FIRST, "--second", SECOND);
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("Your two turns side by side: Gray Area")
                .contains("Compared: Alex (first turn) and Sam (second turn).")
                .contains("This is not a score, and nobody wins or loses.")
                .contains(
                        "- A contact under another name: you both feel it crosses a line, whoever does it")
                .contains(
                        "- Flirty messages or private jokes: your lines differ. If Alex did it, Alex says it is fine"
                                + " and Sam says it crosses a line. If Sam did it, Sam says it depends and Alex says it depends.")
                .contains("- Hidden or deleted messages: not shared")
                .contains(
                        "- Flirty messages or private jokes: Alex finds it more okay if Alex does it (fine) than if Sam"
                                + " does (depends)")
                .contains(
                        "- Flirting and boundaries, asked about Alex: 66.7 of 100 in Alex's own answers, 100 of 100 in Sam's")
                .contains(
                        "Where to start talking\n- Playful banter means different things in different friendships.")
                .contains("- Alex chose not to share 2 answers.")
                .contains("- Sam chose not to share one answer.")
                .endsWith(
                        "This is a reflection aid, not a diagnosis. It gives no verdict on anyone. If something feels"
                                + " off, a calm conversation or a couples therapist can help.\n");
        // the private notes of both partners stay with them
        assertThat(run.out()).doesNotContain("evenings", "Me gustaría", "safety", "afraid");
    }

    @Test
    void inSpanish() {
        Run run = run("compare", "--first", FIRST, "--second", SECOND, "--lang", "es");
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .startsWith("Sus dos turnos, lado a lado:")
                .contains("- Mensajes ocultos o borrados: no se compartió")
                .contains("- Alex eligió no compartir 2 respuestas.")
                .contains("Por dónde empezar a hablar\n- Las bromas juguetonas");
    }

    @Test
    void theFirstTurnsLanguageIsTheDefault() {
        // the second sample is in Spanish: as the first turn it sets the language
        Run run = run("compare", "--first", SECOND, "--second", FIRST);
        assertThat(run.out())
                .startsWith("Sus dos turnos, lado a lado:")
                .contains("Se comparan: Sam (primer turno) y Alex");
    }

    @Test
    void asJson() {
        Run run = run("compare", "--first", FIRST, "--second", SECOND, "--format", "json");
        assertThat(run.code()).isZero();
        JsonNode root = json(run.out());
        assertThat(root.path("available").asBoolean()).isTrue();
        assertThat(root.path("bank").asString()).isEqualTo("micro-cheating");
        assertThat(root.path("first").path("respondent").asString()).isEqualTo("Alex");
        assertThat(root.path("first").path("notShared").path("self").get(0).asString())
                .isEqualTo("freq-comparing");
        assertThat(root.path("second").path("notShared").path("self").get(0).asString())
                .isEqualTo("connection-weakened");
        assertThat(root.path("boundaries")).hasSize(5);
        JsonNode flirty = root.path("boundaries").get(0);
        assertThat(flirty.path("behaviour").asString()).isEqualTo("flirty-messages");
        assertThat(flirty.path("kind").asString()).isEqualTo("mismatch");
        assertThat(flirty.path("whenFirstDoesIt").asString()).isEqualTo("mismatch");
        assertThat(flirty.path("whenSecondDoesIt").asString()).isEqualTo("agreement");
        assertThat(flirty.path("difference").asInt()).isEqualTo(2);
        JsonNode hidden = root.path("boundaries").get(3);
        assertThat(hidden.path("kind").asString()).isEqualTo("not-shared");
        assertThat(hidden.path("first").isNull()).isTrue();
        assertThat(hidden.path("second").isNull()).isTrue();
        assertThat(root.path("doubleStandards").get(0).path("lean").asString())
                .isEqualTo("easier-on-me");
        assertThat(root.path("perceptionGaps").get(0).path("dimension").asString())
                .isEqualTo("flirting");
        assertThat(root.path("perceptionGaps").get(0).path("size").asDouble())
                .isBetween(0.33, 0.34);
        assertThat(root.path("conversationStarters")).hasSize(3);
        assertThat(root.path("conversationStarters").get(0).path("prompt").asString())
                .isEqualTo("flirty-friendly-or-more");
        assertThat(run.out())
                .doesNotContain(
                        "connection-note",
                        "safety-afraid",
                        "safety-checked",
                        "safety-fear",
                        "safety-control",
                        "evenings",
                        "Me gustaría");
    }

    @Test
    void whenEitherTurnRaisesASafetyFlagOnlyTheNeutralMessage() {
        Run flaggedFirst = run("compare", "--first", SAFETY, "--second", SECOND);
        Run flaggedSecond = run("compare", "--first", FIRST, "--second", SAFETY);
        assertThat(flaggedFirst.code()).isZero();
        assertThat(flaggedFirst.err()).isEmpty();
        assertThat(flaggedFirst.out()).isEqualTo(NEUTRAL);
        // no hint of whose turn closed it
        assertThat(flaggedSecond.out()).isEqualTo(flaggedFirst.out());
        assertThat(run("compare", "--first", SAFETY, "--second", SAFETY).out()).isEqualTo(NEUTRAL);
    }

    @Test
    void whenTheGateIsClosedTheJsonSaysOnlyThat() {
        Run run = run("compare", "--first", FIRST, "--second", SAFETY, "--format", "json");
        assertThat(run.code()).isZero();
        assertThat(json(run.out()).propertyNames()).containsExactly("available");
        assertThat(json(run.out()).path("available").asBoolean()).isFalse();
        assertThat(run("compare", "--first", SAFETY, "--second", FIRST, "--format", "json").out())
                .isEqualTo(run.out());
    }

    @Test
    void neutralInSpanishToo() {
        assertThat(run("compare", "--first", SAFETY, "--second", SECOND, "--lang", "es").out())
                .isEqualTo(
                        "La comparación no está disponible para estos dos turnos. Si quieren conversar las"
                                + " cosas con calma, un terapeuta de pareja puede ayudar.\n");
    }

    @Test
    void turnFilesFromTwoComputersGiveTheSameOutputAsTheSheets() throws Exception {
        QuestionBank bank = TestBanks.released100();
        Path first = dir.resolve("alex.turn.json");
        Path second = dir.resolve("sam.turn.json");
        TurnFile.export(first, bank, AnswerSheetJson.read(Path.of(FIRST)).sheet());
        TurnFile.export(second, bank, AnswerSheetJson.read(Path.of(SECOND)).sheet());
        for (String format : List.of("text", "json")) {
            String fromSheets =
                    run("compare", "--first", FIRST, "--second", SECOND, "--format", format).out();
            assertThat(
                            run(
                                            "compare",
                                            "--first",
                                            first.toString(),
                                            "--second",
                                            second.toString(),
                                            "--format",
                                            format)
                                    .out())
                    .isEqualTo(fromSheets);
            assertThat(
                            run(
                                            "compare",
                                            "--first",
                                            FIRST,
                                            "--second",
                                            second.toString(),
                                            "--format",
                                            format)
                                    .out())
                    .isEqualTo(fromSheets);
        }
    }

    @Test
    void aFlaggedTurnFileGivesTheNeutralMessage() throws Exception {
        Path flagged = dir.resolve("turn.json");
        TurnFile.export(
                flagged, TestBanks.released100(), AnswerSheetJson.read(Path.of(SAFETY)).sheet());
        Run run = run("compare", "--first", FIRST, "--second", flagged.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo(NEUTRAL);
    }

    @Test
    void withTheBankGiven() {
        Run run =
                run(
                        "compare",
                        "--first",
                        FIRST,
                        "--second",
                        SECOND,
                        "--bank",
                        TestBanks.RELEASED_1_0_0);
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo(run("compare", "--first", FIRST, "--second", SECOND).out());
    }

    // --- problems: exit 1, each located ---

    @Test
    void aMissingFileIsLocated() {
        Run run = run("compare", "--first", FIRST, "--second", "nowhere.json");
        assertThat(run.code()).isEqualTo(GrayAreaCli.PROBLEMS);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("nowhere.json:1:1: no such file\n");
    }

    @Test
    void sheetsToAnotherBankThanTheOneGiven() {
        Run run =
                run(
                        "compare",
                        "--first",
                        FIRST,
                        "--second",
                        SECOND,
                        "--bank",
                        "questions/examples/intake-example.json");
        assertThat(run.code()).isEqualTo(GrayAreaCli.PROBLEMS);
        assertThat(run.err().lines())
                .hasSize(2)
                .allSatisfy(
                        line ->
                                assertThat(line)
                                        .matches(
                                                "questions/examples/answers-couple-(first|second)\\.json:5:11:"
                                                        + " this turn is to micro-cheating 1\\.0\\.0, but the comparison uses intake-example .*"));
        assertThat(run.out()).isEmpty();
    }

    @Test
    void twoTurnsToDifferentBanks() throws IOException {
        Path other =
                Files.writeString(
                        dir.resolve("other.json"),
                        Files.readString(Path.of(SECOND))
                                .replace("\"version\": \"1.0.0\"", "\"version\": \"0.9.0\""));
        Run run = run("compare", "--first", FIRST, "--second", other.toString());
        assertThat(run.code()).isEqualTo(GrayAreaCli.PROBLEMS);
        // the bank comes from the first turn; the second's "bank" is where the problem is
        assertThat(run.err())
                .isEqualTo(
                        other
                                + ":5:11: this turn is to micro-cheating 0.9.0, but the comparison uses"
                                + " micro-cheating 1.0.0; both partners must answer the same bank\n");
    }

    @Test
    void aSheetThatDoesNotFitItsBankIsLocated() throws IOException {
        Path bad =
                Files.writeString(
                        dir.resolve("bad.json"),
                        Files.readString(Path.of(SECOND))
                                .replaceFirst("\"freq-flirty-messages\"", "\"colour\""));
        Run run = run("compare", "--first", FIRST, "--second", bad.toString());
        assertThat(run.code()).isEqualTo(GrayAreaCli.PROBLEMS);
        assertThat(run.err())
                .matches(
                        Pattern.quote(bad.toString())
                                + ":14:17: unknown question \"colour\": the bank has no question with that id\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void problemsInBothFilesAreAllPrinted() throws IOException {
        Path a = Files.writeString(dir.resolve("a.json"), "[]");
        Path b = Files.writeString(dir.resolve("b.json"), "{\"kind\": \"grayarea.turn\"}");
        Run run = run("compare", "--first", a.toString(), "--second", b.toString());
        assertThat(run.code()).isEqualTo(GrayAreaCli.PROBLEMS);
        List<String> lines = new ArrayList<>(run.err().lines().toList());
        assertThat(lines.get(0)).startsWith(a + ":1:1: the file holds a list at the top");
        assertThat(lines.subList(1, lines.size()))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith(b + ":1:1: "));
    }

    // --- usage: exit 2 ---

    @Test
    void bothTurnsAreRequired() {
        Run run = run("compare", "--first", FIRST);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--second=FILE'");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Run run = run("compare", "--first", FIRST, "--second", SECOND, "--format", "pdf");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--format");
    }

    @Test
    void theCommandIsListedInHelp() {
        assertThat(run("--help").out()).contains("compare");
        assertThat(run("compare", "--help").out())
                .contains("--first=FILE", "--second=FILE", "--bank=FILE", "--format");
    }
}
