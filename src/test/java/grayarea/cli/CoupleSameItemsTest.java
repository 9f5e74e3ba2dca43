package grayarea.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import grayarea.bank.AnswerSheetJson;
import grayarea.bank.QuestionBank;
import grayarea.cli.CompareCommandTest.Run;
import grayarea.testing.CoupleScenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A couple's two turns made through the quiz model (as the window makes them), then scored and
 * compared through the command line: both parts of a turn are scored from the same questions, so
 * "Strain on your connection" has a value about each partner and the comparison sets like against
 * like (#18). The numbers are worked out by hand from the plan in {@link CoupleScenario}.
 */
class CoupleSameItemsTest {

    private static final QuestionBank BANK = CoupleScenario.bank();

    @TempDir Path dir;
    private Path alex;
    private Path sam;

    @BeforeEach
    void turns() throws Exception {
        alex = dir.resolve("alex.json");
        sam = dir.resolve("sam.json");
        Files.writeString(
                alex,
                AnswerSheetJson.write(CoupleScenario.alexSheet(BANK)),
                StandardCharsets.UTF_8);
        Files.writeString(
                sam, AnswerSheetJson.write(CoupleScenario.samSheet(BANK)), StandardCharsets.UTF_8);
    }

    private static String bank() {
        return CoupleScenario.MICRO_CHEATING_1_0_0.toString();
    }

    @Test
    void aTurnsTwoPartsEachHaveAStrainScore() {
        Run run = CompareCommandTest.run("score", "--bank", bank(), "--answers", alex.toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        // about Alex: dismissed 0, strain 2, need 1, weakened 0, open talk reversed 0: 3 of 15;
        // about Sam (dismissed not shown after "no"): 3 of 12
        assertThat(run.out())
                .contains("Strain on your connection: 20 of 100")
                .contains("Strain on your connection: 25 of 100")
                .doesNotContain("not enough answers")
                // the safety questions, answered once, are answered in both parts
                .doesNotContain("safety question");
        JsonNode json =
                CompareCommandTest.json(
                        CompareCommandTest.run(
                                        "score",
                                        "--bank",
                                        bank(),
                                        "--answers",
                                        alex.toString(),
                                        "--format",
                                        "json")
                                .out());
        JsonNode parts = json.path("results").get(0).path("result").path("parts");
        assertThat(parts).hasSize(2);
        assertThat(score(parts.get(0), "concern")).isCloseTo(100.0 * 9 / 43, within(0.05));
        assertThat(score(parts.get(1), "concern")).isCloseTo(100.0 * 17 / 35, within(0.05));
        assertThat(parts.get(1).path("band").asString()).isEqualTo("some-gray-areas");
    }

    private static double score(JsonNode part, String dimension) {
        for (JsonNode score : part.path("scores")) {
            if (score.path("dimension").asString().equals(dimension)) {
                return score.path("value").asDouble();
            }
        }
        throw new AssertionError("no " + dimension + " in " + part);
    }

    @Test
    void theComparisonSetsLikeAgainstLikeForBothPartners() {
        Run run =
                CompareCommandTest.run(
                        "compare", "--first", alex.toString(), "--second", sam.toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        // Alex about themself 3 of 15; Sam about Alex: dismissed 0, strain 3, need 2, weakened 1,
        // open talk "a little" reversed 2: 8 of 15. Sam about themself 8 of 12; Alex about Sam 3
        // of 12
        assertThat(run.out())
                .contains(
                        "- Strain on your connection, asked about Alex: 20 of 100 in Alex's own"
                                + " answers, 53.3 of 100 in Sam's")
                .contains(
                        "- Strain on your connection, asked about Sam: 66.7 of 100 in Sam's own"
                                + " answers, 25 of 100 in Alex's")
                // concern: Sam 18 and "no" if reversed 2, 20 of 37, against Alex's view 17 of 35
                .contains(
                        "- Overall concern, asked about Sam: 54.1 of 100 in Sam's own answers,"
                                + " 48.6 of 100 in Alex's")
                // concern about Alex, 9 of 43 against Sam's view 10 of 41 (no "if reversed" about
                // a partner), is among the smaller gaps: with both strain scores, 7 dimensions
                // about each of two partners give 14 gaps, 3 shown
                .contains("On 11 more scores you see things about the same.")
                .doesNotContain(CoupleScenario.ALEX_NOTE);

        JsonNode json =
                CompareCommandTest.json(
                        CompareCommandTest.run(
                                        "compare",
                                        "--first",
                                        alex.toString(),
                                        "--second",
                                        sam.toString(),
                                        "--format",
                                        "json")
                                .out());
        int connectionGaps = 0;
        for (JsonNode gap : json.path("perceptionGaps")) {
            if (gap.path("dimension").asString().equals("connection")) {
                connectionGaps++;
            }
            if (gap.path("dimension").asString().equals("concern")
                    && gap.path("about").asString().equals("first")) {
                assertThat(gap.path("ownView").asDouble()).isCloseTo(100.0 * 9 / 43, within(1e-9));
                assertThat(gap.path("partnerView").asDouble())
                        .isCloseTo(100.0 * 10 / 41, within(1e-9));
            }
        }
        assertThat(connectionGaps).as("about each partner").isEqualTo(2);
        // the largest difference is the strain Sam feels against what Alex sees: 41.7 of 100
        JsonNode largest = json.path("perceptionGaps").get(0);
        assertThat(largest.path("dimension").asString()).isEqualTo("connection");
        assertThat(largest.path("about").asString()).isEqualTo("second");
        assertThat(largest.path("size").asDouble()).isCloseTo(0.41667, within(0.0001));
        assertThat(json.toString())
                .doesNotContain("connection-note")
                .doesNotContain("safety-afraid")
                .doesNotContain("safety-checked");
    }

    @Test
    void anAnswerAskedOnceAndLeftOutCountsAsOneAnswerLeftOut() throws Exception {
        Files.writeString(
                alex,
                AnswerSheetJson.write(
                        CoupleScenario.leavingOut(CoupleScenario.alex(BANK), "raising-strain")),
                StandardCharsets.UTF_8);
        Run run =
                CompareCommandTest.run(
                        "compare", "--first", alex.toString(), "--second", sam.toString());
        assertThat(run.code()).isZero();
        // one box unticked on the sharing page: one answer, though both parts list it
        assertThat(run.out())
                .contains("- Alex chose not to share one answer.")
                .doesNotContain("Sam chose not to share");
        JsonNode json =
                CompareCommandTest.json(
                        CompareCommandTest.run(
                                        "compare",
                                        "--first",
                                        alex.toString(),
                                        "--second",
                                        sam.toString(),
                                        "--format",
                                        "json")
                                .out());
        assertThat(json.path("first").path("notShared").path("self").toString())
                .isEqualTo("[\"raising-strain\"]");
        assertThat(json.path("first").path("notShared").path("partner").toString())
                .isEqualTo("[\"raising-strain\"]");
        // left out of both parts, it is no longer compared: the strain gaps are formed without it
        assertThat(run.out())
                .doesNotContain("- Strain on your connection, asked about Alex: 20 of 100");
    }
}
