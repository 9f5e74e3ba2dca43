package grayarea.testing;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerValue;
import grayarea.bank.Option;
import grayarea.bank.Parts;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random answer sheets that fit a bank, for property tests. */
public final class RandomSheets {

    private RandomSheets() {}

    /**
     * A sheet for one perspective part plus the boundary map, every question answered at random.
     */
    public static AnswerSheet answered(QuestionBank bank, String perspective, Random random) {
        Map<String, Map<String, Answer>> parts = new LinkedHashMap<>();
        String part = perspective == null ? Parts.MAIN : perspective;
        parts.put(part, answersFor(bank.questionsInPart(part), random));
        List<Question> boundaries = bank.questionsInPart(Parts.BOUNDARIES);
        if (!boundaries.isEmpty()) {
            parts.put(Parts.BOUNDARIES, answersFor(boundaries, random));
        }
        return new AnswerSheet(
                bank.ref(), "Random", "en", Instant.parse("2026-11-28T10:00:00Z"), parts, Map.of());
    }

    public static Map<String, Answer> answersFor(List<Question> questions, Random random) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question question : questions) {
            answers.put(question.id(), Answer.answered(randomValue(question, random)));
        }
        return answers;
    }

    public static AnswerValue randomValue(Question question, Random random) {
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
                return new AnswerValue.FreeText("note " + random.nextInt(1000));
            case BOUNDARY:
            default:
                AnswerValue.Rating[] ratings = AnswerValue.Rating.values();
                return new AnswerValue.BoundaryRating(
                        ratings[random.nextInt(3)], ratings[random.nextInt(3)]);
        }
    }
}
