package grayarea.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.BankCatalog;
import grayarea.bank.BankRef;
import grayarea.bank.Json;
import grayarea.bank.Parts;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.testing.RandomSheets;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every released bank version re-scores the sheets captured for it to exactly the numbers, bands,
 * flags, reflections and "why" it gave when they were captured: a change to the engine may change
 * texts, never an old result. The sheets are the shipped examples plus random sheets (answered,
 * declined and not reached at random) kept beside their expected outputs in {@code
 * src/test/resources/golden/}. Regenerate a file only for a new bank version: {@code mvn -B test
 * -Dtest=ReleasedBanksRescoreTest -Dgrayarea.golden.write=true}.
 */
class ReleasedBanksRescoreTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path EXAMPLES = Path.of("questions/examples");
    private static final int RANDOM_SHEETS_PER_PART = 40;
    private static final long SEED = 20_261_207L;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyReleasedBankRescoresItsCapturedSheetsExactly() throws IOException {
        BankCatalog catalog = BankCatalog.bundled();
        if (Boolean.getBoolean("grayarea.golden.write")) {
            for (BankRef ref : catalog.refs()) {
                write(catalog.find(ref).orElseThrow());
            }
        }
        int checked = 0;
        for (BankRef ref : catalog.refs()) {
            QuestionBank bank = catalog.find(ref).orElseThrow();
            Path file = fileFor(ref);
            assertThat(file).as("captured results for %s %s", ref.id(), ref.version()).exists();
            JsonNode golden = JSON.readTree(Files.readString(file));
            ScoringEngine engine = new ScoringEngine(bank);
            for (JsonNode entry : golden.path("cases")) {
                AnswerSheet sheet = AnswerSheetJson.fromTree(entry.path("sheet"));
                JsonNode expected = entry.path("result");
                assertThat(outcome(engine.score(sheet)))
                        .as("%s %s, case %s", ref.id(), ref.version(), entry.path("name").asText())
                        .isEqualTo(expected);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    private static Path fileFor(BankRef ref) {
        return GOLDEN.resolve(ref.id() + "-" + ref.version() + ".json");
    }

    private static void write(QuestionBank bank) throws IOException {
        ScoringEngine engine = new ScoringEngine(bank);
        ObjectNode root = JSON.createObjectNode();
        root.put("bank", bank.ref().id());
        root.put("version", bank.ref().version());
        ArrayNode cases = root.putArray("cases");
        for (Map.Entry<String, AnswerSheet> sheet : sheetsFor(bank).entrySet()) {
            ObjectNode entry = cases.addObject();
            entry.put("name", sheet.getKey());
            entry.set("sheet", AnswerSheetJson.toTree(sheet.getValue()));
            entry.set("result", outcome(engine.score(sheet.getValue())));
        }
        Files.createDirectories(GOLDEN);
        Files.writeString(fileFor(bank.ref()), Json.write(root));
    }

    /** The shipped example sheets for this bank, then random ones per perspective part. */
    private static Map<String, AnswerSheet> sheetsFor(QuestionBank bank) throws IOException {
        Map<String, AnswerSheet> sheets = new LinkedHashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(EXAMPLES, "answers-*.json")) {
            List<Path> sorted = new ArrayList<>();
            files.forEach(sorted::add);
            sorted.sort(null);
            for (Path file : sorted) {
                try (InputStream in = Files.newInputStream(file)) {
                    AnswerSheet sheet = AnswerSheetJson.fromTree(JSON.readTree(in));
                    if (sheet.bank().equals(bank.ref())) {
                        sheets.put(file.getFileName().toString(), sheet);
                    }
                }
            }
        }
        Random random = new Random(SEED);
        List<String> parts = new ArrayList<>();
        bank.perspectives().forEach(p -> parts.add(p.id()));
        if (parts.isEmpty()) {
            parts.add(Parts.MAIN);
        }
        for (String part : parts) {
            for (int i = 0; i < RANDOM_SHEETS_PER_PART; i++) {
                sheets.put(part + "-random-" + i, randomSheet(bank, part, random));
            }
        }
        return sheets;
    }

    /** Every question of the part answered at random, declined or not reached. */
    private static AnswerSheet randomSheet(QuestionBank bank, String part, Random random) {
        double declineShare = random.nextDouble() * 0.6;
        Map<String, Map<String, Answer>> parts = new LinkedHashMap<>();
        parts.put(part, answers(bank.questionsInPart(part), declineShare, random));
        List<Question> boundaries = bank.questionsInPart(Parts.BOUNDARIES);
        if (!boundaries.isEmpty()) {
            parts.put(Parts.BOUNDARIES, answers(boundaries, declineShare, random));
        }
        return new AnswerSheet(
                bank.ref(), "Random", "en", Instant.parse("2026-12-07T10:00:00Z"), parts, Map.of());
    }

    private static Map<String, Answer> answers(
            List<Question> questions, double declineShare, Random random) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question question : questions) {
            double roll = random.nextDouble();
            if (roll < declineShare / 2 && question.declinable()) {
                answers.put(question.id(), Answer.declined());
            } else if (roll < declineShare) {
                answers.put(question.id(), Answer.notReached());
            } else {
                answers.put(
                        question.id(), Answer.answered(RandomSheets.randomValue(question, random)));
            }
        }
        return answers;
    }

    /** What may not change: per part its scores, band, reflections and why; the flags. */
    private static JsonNode outcome(Result result) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode parts = node.putArray("parts");
        for (PartResult part : result.parts()) {
            ObjectNode p = parts.addObject();
            p.put("part", part.part());
            p.put("band", part.band());
            ArrayNode scores = p.putArray("scores");
            for (Score score : part.scores()) {
                ObjectNode s = scores.addObject();
                s.put("dimension", score.dimension());
                s.put("raw", exact(score.raw()));
                if (score.value() == null) {
                    s.putNull("value");
                } else {
                    s.put("value", exact(score.value()));
                }
                s.put("counted", score.counted());
                s.put("missing", score.missing());
            }
            ArrayNode reflections = p.putArray("reflections");
            part.reflections().forEach(reflections::add);
            ArrayNode why = p.putArray("why");
            for (WhyItem item : part.why()) {
                ObjectNode w = why.addObject();
                w.put("question", item.question());
                w.put("answer", item.answer());
                w.put("points", exact(item.points()));
            }
        }
        ArrayNode flags = node.putArray("flags");
        result.flags().forEach(flags::add);
        node.put("safety", result.safety());
        ArrayNode boundaries = node.putArray("boundaries");
        for (BoundaryReading b : result.boundaries()) {
            boundaries.add(b.question() + ":" + b.ifIDid() + "/" + b.ifPartnerDid());
        }
        return node;
    }

    /** A number to nine decimals, as text, so that a re-ordered sum cannot fail the comparison. */
    private static String exact(double value) {
        return BigDecimal.valueOf(value).setScale(9, RoundingMode.HALF_EVEN).toPlainString();
    }
}
