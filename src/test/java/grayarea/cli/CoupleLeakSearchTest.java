package grayarea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.AnswerValue;
import grayarea.bank.QuestionBank;
import grayarea.report.ComparisonReport;
import grayarea.scoring.Comparison;
import grayarea.scoring.ComparisonTurn;
import grayarea.scoring.CoupleBank;
import grayarea.scoring.CoupleComparison;
import grayarea.session.TurnFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The leak search (docs/safety.md): the first partner writes a private note and a follow-up to a
 * private question, each with a unique canary, leaves out an answer with another canary, and, in
 * one run, answers the private safety question so that it raises a safety flag. None of the
 * canaries, the flag, its texts or the private questions' ids may be found anywhere the second
 * partner can reach: the comparison (its toString), the compare command's text and JSON output, and
 * the first partner's exported turn file.
 */
class CoupleLeakSearchTest {

    static final QuestionBank BANK = CoupleBank.load();
    static final String PRIVATE_CANARY = "CANARY-PRIVATE-7f3a";
    static final String FOLLOW_UP_CANARY = "CANARY-FOLLOWS-PRIVATE-c21e";
    static final String UNSHARED_CANARY = "CANARY-UNSHARED-91bd";

    /**
     * What must never be found: the canaries, the flag and its texts, the private questions' ids.
     */
    static final List<String> FORBIDDEN =
            List.of(
                    PRIVATE_CANARY,
                    FOLLOW_UP_CANARY,
                    UNSHARED_CANARY,
                    "fear-flag",
                    "FLAGLABEL",
                    "FLAGMESSAGE",
                    "secret-note",
                    "q-fear",
                    "fear-more");

    @TempDir Path dir;

    static Answer choice(String option) {
        return Answer.answered(new AnswerValue.Choice(option));
    }

    static Answer text(String text) {
        return Answer.answered(new AnswerValue.FreeText(text));
    }

    static Answer line(AnswerValue.Rating me, AnswerValue.Rating partner) {
        return Answer.answered(new AnswerValue.BoundaryRating(me, partner));
    }

    static AnswerSheet firstSheet(boolean flagged) {
        Map<String, Answer> self = new LinkedHashMap<>();
        self.put("f-flirt", choice("often"));
        self.put("f-hide", choice("sometimes"));
        self.put("f-warm", choice("often"));
        self.put("hopes", text(UNSHARED_CANARY).withShared(false));
        self.put("secret-note", text(PRIVATE_CANARY));
        self.put("q-fear", choice(flagged ? "yes" : "no"));
        if (flagged) {
            self.put("fear-more", text(FOLLOW_UP_CANARY));
        }
        Map<String, Answer> partner = new LinkedHashMap<>();
        partner.put("f-flirt", choice("never"));
        partner.put("secret-note", text(PRIVATE_CANARY + " about them"));
        Map<String, Answer> boundaries =
                Map.of(
                        "b-flirting",
                        line(AnswerValue.Rating.FINE, AnswerValue.Rating.CROSSES_LINE),
                        "b-hiding",
                        line(AnswerValue.Rating.DEPENDS, AnswerValue.Rating.DEPENDS));
        return new AnswerSheet(
                BANK.ref(),
                "Alex",
                "en",
                Instant.parse("2026-11-28T10:00:00Z"),
                Map.of("self", self, "partner", partner, "boundaries", boundaries),
                Map.of(
                        "self.habits",
                        List.of("secret-note", "q-fear", "fear-more", "hopes", "f-flirt")));
    }

    static AnswerSheet secondSheet() {
        return new AnswerSheet(
                BANK.ref(),
                "Sam",
                "en",
                Instant.parse("2026-11-28T11:00:00Z"),
                Map.of(
                        "self", Map.of("f-flirt", choice("never"), "f-hide", choice("never")),
                        "partner",
                                Map.of(
                                        "f-flirt",
                                        choice("sometimes"),
                                        "f-hide",
                                        choice("often"),
                                        "f-warm",
                                        choice("never")),
                        "boundaries",
                                Map.of(
                                        "b-flirting",
                                        line(
                                                AnswerValue.Rating.DEPENDS,
                                                AnswerValue.Rating.DEPENDS),
                                        "b-hiding",
                                        line(
                                                AnswerValue.Rating.CROSSES_LINE,
                                                AnswerValue.Rating.CROSSES_LINE))),
                Map.of());
    }

    static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GrayAreaCli.run(args, new PrintWriter(out), new PrintWriter(err), "en");
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
        return out.toString();
    }

    @ParameterizedTest(name = "flagged: {0}")
    @ValueSource(booleans = {true, false})
    void nothingPrivateUnsharedOrFlaggedReachesTheOtherPartner(boolean flagged) throws Exception {
        AnswerSheet first = firstSheet(flagged);
        AnswerSheet second = secondSheet();
        // the canaries really are in the first partner's own sheet, so the search can find them
        assertThat(AnswerSheetJson.write(first))
                .contains(PRIVATE_CANARY, UNSHARED_CANARY, "secret-note", "q-fear");

        Comparison comparison = CoupleComparison.compare(BANK, first, second);
        assertThat(comparison.available()).isEqualTo(!flagged);

        Path bankFile = Files.writeString(dir.resolve("bank.json"), CoupleBank.JSON);
        Path firstFile = Files.writeString(dir.resolve("first.json"), AnswerSheetJson.write(first));
        Path secondFile =
                Files.writeString(dir.resolve("second.json"), AnswerSheetJson.write(second));
        Path firstTurn = dir.resolve("first.turn.json");
        TurnFile.export(firstTurn, BANK, first);

        Map<String, String> reachable = new LinkedHashMap<>();
        reachable.put("the comparison", comparison.toString());
        reachable.put(
                "the report", new ComparisonReport(BANK, "en").render(comparison, "Alex", "Sam"));
        reachable.put(
                "compare, text",
                run(
                        "compare",
                        "--first",
                        firstFile.toString(),
                        "--second",
                        secondFile.toString(),
                        "--bank",
                        bankFile.toString()));
        reachable.put(
                "compare, json",
                run(
                        "compare",
                        "--first",
                        firstFile.toString(),
                        "--second",
                        secondFile.toString(),
                        "--bank",
                        bankFile.toString(),
                        "--format",
                        "json"));
        reachable.put(
                "compare of the turn file, text",
                run(
                        "compare",
                        "--first",
                        firstTurn.toString(),
                        "--second",
                        secondFile.toString(),
                        "--bank",
                        bankFile.toString()));
        reachable.put(
                "compare of the turn file, json",
                run(
                        "compare",
                        "--first",
                        firstTurn.toString(),
                        "--second",
                        secondFile.toString(),
                        "--bank",
                        bankFile.toString(),
                        "--format",
                        "json"));
        reachable.put(
                "the turn file", new String(Files.readAllBytes(firstTurn), StandardCharsets.UTF_8));
        reachable.put("the turn file, read back", TurnFile.read(firstTurn).turn().toString());

        reachable.forEach((where, text) -> assertThat(text).as(where).doesNotContain(FORBIDDEN));

        if (flagged) {
            String neutral = "A comparison is not available for these two turns.\n";
            assertThat(reachable.get("compare, text")).isEqualTo(neutral);
            assertThat(reachable.get("compare of the turn file, text")).isEqualTo(neutral);
            assertThat(reachable.get("compare, json")).isEqualTo("{\n  \"available\" : false\n}\n");
            assertThat(reachable.get("the turn file"))
                    .doesNotContain("answers", "notShared", "hopes", "f-flirt");
        } else {
            // an answer left out by choice is named as not shared, without its content
            assertThat(reachable.get("the turn file")).contains("\"hopes\"");
            assertThat(reachable.get("compare, text"))
                    .contains("Alex chose not to share one answer.");
            assertThat(ComparisonTurn.of(BANK, first).shared().notShared())
                    .containsOnlyKeys("self");
        }
    }
}
