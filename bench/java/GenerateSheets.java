import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankLoader;
import grayarea.bank.Option;
import grayarea.bank.Parts;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes COUNT random answer sheets for the default bank into DIR, as sheet-00001.json ...
 * (one perspective part, plus the boundary map, every question answered or, now and then,
 * declined). Deterministic (fixed seed). Uses the app's own records and writer, so the sheets
 * are what the app itself would save.
 *
 *   java -cp target/grayarea.jar:target/lib/*:CLASSES GenerateSheets COUNT DIR
 */
public final class GenerateSheets {

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path dir = Files.createDirectories(Path.of(args[1]));
        QuestionBank bank = BankLoader.loadDefault();
        List<String> perspectives = bank.perspectiveIds();
        Random random = new Random(10_000);
        for (int i = 1; i <= count; i++) {
            String perspective = perspectives.get(random.nextInt(perspectives.size()));
            String part = perspective == null ? Parts.MAIN : perspective;
            Map<String, Map<String, Answer>> parts = new LinkedHashMap<>();
            parts.put(part, answers(bank.questionsInPart(part), random));
            List<Question> boundaries = bank.questionsInPart(Parts.BOUNDARIES);
            if (!boundaries.isEmpty()) {
                parts.put(Parts.BOUNDARIES, answers(boundaries, random));
            }
            AnswerSheet sheet = new AnswerSheet(bank.ref(), "respondent " + i, random.nextBoolean() ? "en" : "es",
                    Instant.parse("2026-11-28T10:00:00Z").plusSeconds(i), parts, Map.of());
            Files.writeString(dir.resolve(String.format("sheet-%05d.json", i)), AnswerSheetJson.write(sheet),
                    StandardCharsets.UTF_8);
        }
    }

    private static Map<String, Answer> answers(List<Question> questions, Random random) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question question : questions) {
            answers.put(question.id(), random.nextInt(20) == 0 && question.type() != grayarea.bank.QuestionType.BOUNDARY
                    ? Answer.declined() : Answer.answered(value(question, random)));
        }
        return answers;
    }

    private static AnswerValue value(Question question, Random random) {
        List<Option> options = question.options();
        switch (question.type()) {
            case SINGLE, SCALE, YES_NO:
                return new AnswerValue.Choice(options.get(random.nextInt(options.size())).id());
            case CHECKLIST:
                List<String> ticked = new ArrayList<>();
                for (Option option : options) {
                    if (random.nextBoolean()) {
                        ticked.add(option.id());
                    }
                }
                return new AnswerValue.Choices(ticked);
            case TEXT:
                return new AnswerValue.FreeText("a note " + random.nextInt(1000));
            case BOUNDARY:
            default:
                AnswerValue.Rating[] ratings = AnswerValue.Rating.values();
                return new AnswerValue.BoundaryRating(ratings[random.nextInt(3)], ratings[random.nextInt(3)]);
        }
    }
}
