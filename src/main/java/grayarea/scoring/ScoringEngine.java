package grayarea.scoring;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerValue;
import grayarea.bank.Dimension;
import grayarea.bank.Flag;
import grayarea.bank.Option;
import grayarea.bank.Parts;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.QuestionType;
import grayarea.bank.Reflection;
import grayarea.bank.Rule;
import grayarea.bank.Visibility;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores answer sheets against their bank. Pure and deterministic: the same bank and answers always
 * give the same result, whatever order the answers are in. The sheet is expected to fit the bank
 * ({@link grayarea.bank.AnswerSheetFit}); answers to hidden questions are dropped first.
 */
public final class ScoringEngine {

    /** How many answers the "why" lists at most. */
    public static final int WHY_LIMIT = 5;

    private final QuestionBank bank;

    public ScoringEngine(QuestionBank bank) {
        this.bank = bank;
    }

    public QuestionBank bank() {
        return bank;
    }

    public Result score(AnswerSheet sheet) {
        AnswerSheet visible = Visibility.dropHidden(bank, sheet);
        Set<String> raised = raisedFlags(visible);
        List<String> flags = bank.flags().stream().map(Flag::id).filter(raised::contains).toList();
        boolean safety = bank.flags().stream().anyMatch(f -> f.safety() && raised.contains(f.id()));
        List<PartResult> parts = new ArrayList<>();
        for (String part : visible.perspectiveParts()) {
            parts.add(scoreShown(part, visible.part(part), raised));
        }
        return new Result(
                sheet.bank(), parts, flags, safety, boundaries(visible.part(Parts.BOUNDARIES)));
    }

    /** Scores one part's answers alone, with the flags raised anywhere in the sheet. */
    public PartResult scorePart(String part, Map<String, Answer> answers, Set<String> raisedFlags) {
        return scoreShown(part, Visibility.dropHidden(bank, part, answers), raisedFlags);
    }

    /** Scores a part whose answers to hidden questions are already dropped. */
    private PartResult scoreShown(String part, Map<String, Answer> shown, Set<String> raisedFlags) {
        List<Question> asked =
                bank.questionsInPart(part).stream()
                        .filter(q -> Visibility.isShown(q, shown))
                        .toList();
        List<Score> scores = new ArrayList<>();
        for (Dimension dimension : bank.dimensions()) {
            scores.add(score(dimension, asked, shown));
        }
        Score primary =
                scores.stream()
                        .filter(s -> s.dimension().equals(bank.primary().dimension()))
                        .findFirst()
                        .orElseThrow();
        String band = primary.computable() ? bank.primary().bandFor(primary.value()).id() : null;
        RuleCheck rules = new RuleCheck(scores, band, raisedFlags, shown);
        List<String> reflections =
                bank.reflections().stream()
                        .filter(r -> rules.holds(r.when()))
                        .map(Reflection::id)
                        .toList();
        return new PartResult(part, scores, band, reflections, why(asked, shown));
    }

    private static Score score(
            Dimension dimension, List<Question> asked, Map<String, Answer> answers) {
        String id = dimension.id();
        double raw = 0;
        double answeredMin = 0;
        double answeredMax = 0;
        double missingMin = 0;
        double missingMax = 0;
        int counted = 0;
        int missing = 0;
        for (Question question : asked) {
            if (!question.scoresOn(id)) {
                continue;
            }
            Answer answer = answers.get(question.id());
            if (answer != null && answer.isAnswered()) {
                counted++;
                raw += points(question, answer.value(), id);
                answeredMin += question.minScore(id);
                answeredMax += question.maxScore(id);
            } else {
                missing++;
                missingMin += question.minScore(id);
                missingMax += question.maxScore(id);
            }
        }
        boolean formable =
                counted > 0
                        && (dimension.maxMissing() == null || missing <= dimension.maxMissing());
        if (!formable) {
            return new Score(id, raw, null, counted, missing);
        }
        boolean lowest = dimension.missing() == Dimension.MissingRule.LOWEST;
        int items = counted + missing;
        double value;
        switch (dimension.formation()) {
            case SUM ->
                    value =
                            switch (dimension.missing()) {
                                case SKIP -> raw;
                                case PRORATE -> raw * items / counted;
                                case LOWEST -> raw + missingMin;
                            };
            case MEAN -> value = lowest ? (raw + missingMin) / items : raw / counted;
            case PERCENT_OF_MAX -> {
                double low = lowest ? answeredMin + missingMin : answeredMin;
                double high = lowest ? answeredMax + missingMax : answeredMax;
                double points = lowest ? raw + missingMin : raw;
                value = high > low ? 100.0 * (points - low) / (high - low) : 0.0;
            }
            default -> throw new IllegalStateException(dimension.formation().toString());
        }
        return new Score(id, raw, value, counted, missing);
    }

    /**
     * The points an answer gives on a dimension: one option's, or the sum of a checklist's ticks.
     */
    static double points(Question question, AnswerValue value, String dimension) {
        if (value instanceof AnswerValue.Choice choice) {
            return question.option(choice.option()).map(o -> o.score(dimension)).orElse(0.0);
        }
        if (value instanceof AnswerValue.Choices choices) {
            return choices.options().stream()
                    .distinct()
                    .mapToDouble(id -> question.option(id).map(o -> o.score(dimension)).orElse(0.0))
                    .sum();
        }
        return 0;
    }

    private List<WhyItem> why(List<Question> asked, Map<String, Answer> answers) {
        String primary = bank.primary().dimension();
        List<WhyItem> items = new ArrayList<>();
        for (Question question : asked) {
            Answer answer = answers.get(question.id());
            if (!question.scoresOn(primary) || answer == null || !answer.isAnswered()) {
                continue;
            }
            double above = points(question, answer.value(), primary) - question.minScore(primary);
            if (above > 0) {
                items.add(new WhyItem(question.id(), describe(answer.value()), above));
            }
        }
        // largest first; ties keep bank order, so the result never depends on answer order
        items.sort(Comparator.comparingDouble(WhyItem::points).reversed());
        return items.size() > WHY_LIMIT ? items.subList(0, WHY_LIMIT) : items;
    }

    private static String describe(AnswerValue value) {
        if (value instanceof AnswerValue.Choice c) {
            return c.option();
        }
        if (value instanceof AnswerValue.Choices c) {
            return String.join(",", c.options());
        }
        return "";
    }

    private Set<String> raisedFlags(AnswerSheet sheet) {
        Set<String> raised = new LinkedHashSet<>();
        for (Map.Entry<String, Map<String, Answer>> part : sheet.parts().entrySet()) {
            for (Question question : bank.questionsInPart(part.getKey())) {
                Answer answer = part.getValue().get(question.id());
                if (answer == null || !answer.isAnswered()) {
                    continue;
                }
                for (Option option : chosen(question, answer.value())) {
                    raised.addAll(option.raises());
                }
            }
        }
        return raised;
    }

    private static List<Option> chosen(Question question, AnswerValue value) {
        if (value instanceof AnswerValue.Choice c) {
            return question.option(c.option()).stream().toList();
        }
        if (value instanceof AnswerValue.Choices c) {
            return c.options().stream().flatMap(id -> question.option(id).stream()).toList();
        }
        return List.of();
    }

    private List<BoundaryReading> boundaries(Map<String, Answer> answers) {
        List<BoundaryReading> readings = new ArrayList<>();
        for (Question question : bank.questionsInPart(Parts.BOUNDARIES)) {
            Answer answer = answers.get(question.id());
            if (question.type() == QuestionType.BOUNDARY
                    && answer != null
                    && answer.value() instanceof AnswerValue.BoundaryRating rating) {
                readings.add(
                        new BoundaryReading(
                                question.behaviour(),
                                question.id(),
                                rating.ifIDid(),
                                rating.ifPartnerDid()));
            }
        }
        return readings;
    }

    /** Evaluates reflection rules against one part's scores, band, flags and answers. */
    private record RuleCheck(
            List<Score> scores, String band, Set<String> flags, Map<String, Answer> answers) {

        boolean holds(Rule rule) {
            if (rule instanceof Rule.Always) {
                return true;
            }
            if (rule instanceof Rule.ScoreRange range) {
                Double value =
                        scores.stream()
                                .filter(s -> s.dimension().equals(range.dimension()))
                                .findFirst()
                                .map(Score::value)
                                .orElse(null);
                return value != null
                        && (range.atLeast() == null || value >= range.atLeast())
                        && (range.below() == null || value < range.below());
            }
            if (rule instanceof Rule.BandIn bands) {
                return band != null && bands.bands().contains(band);
            }
            if (rule instanceof Rule.FlagRaised flag) {
                return flags.contains(flag.flag());
            }
            if (rule instanceof Rule.Answer answer) {
                return answer.condition()
                        .holds(
                                id -> {
                                    Answer a = answers.get(id);
                                    return a == null || !a.isAnswered() ? null : a.value();
                                });
            }
            if (rule instanceof Rule.AllOf all) {
                return all.parts().stream().allMatch(this::holds);
            }
            if (rule instanceof Rule.AnyOf any) {
                return any.parts().stream().anyMatch(this::holds);
            }
            throw new IllegalStateException(rule.toString());
        }
    }
}
