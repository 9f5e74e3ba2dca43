package grayarea.scoring;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerValue;
import grayarea.bank.BandRule;
import grayarea.bank.Coverage;
import grayarea.bank.Dimension;
import grayarea.bank.Flag;
import grayarea.bank.Means;
import grayarea.bank.Option;
import grayarea.bank.Parts;
import grayarea.bank.PrimaryScore;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.QuestionType;
import grayarea.bank.Reflection;
import grayarea.bank.Rule;
import grayarea.bank.Scale;
import grayarea.bank.Visibility;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
                sheet.bank(),
                parts,
                flags,
                safety,
                boundaries(visible.part(Parts.BOUNDARIES)),
                safetyUnanswered(visible));
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
        Headline headline = headline(primary, scores, asked, shown);
        String band = band(headline);
        RuleCheck rules = new RuleCheck(scores, band, raisedFlags, shown);
        // with a safety flag raised, the result offers individual support only: no reflection
        // that suggests talking together (docs/decisions/0033)
        boolean safety = bank.safetyFlags().stream().anyMatch(raisedFlags::contains);
        List<String> reflections =
                bank.reflections().stream()
                        .filter(r -> !(safety && r.together()))
                        .filter(r -> rules.holds(r.when()))
                        .map(Reflection::id)
                        .toList();
        return new PartResult(
                part,
                scores,
                band,
                reflections,
                why(asked, shown),
                headline,
                context(asked, shown));
    }

    /**
     * The headline's steps, in the order they apply: coverage, then band rules, then the score's
     * own band (safety, which comes first, is the whole result's).
     */
    private Headline headline(
            Score primary, List<Score> scores, List<Question> asked, Map<String, Answer> shown) {
        PrimaryScore spec = bank.primary();
        String scoreBand = primary.computable() ? spec.bandFor(primary.value()).id() : null;
        Headline.CoverageCheck coverage =
                spec.coverage() == null ? null : coverage(spec.coverage(), asked, shown);
        Headline.Status status;
        if (coverage != null && !coverage.met()) {
            status = Headline.Status.NOT_ENOUGH_ANSWERED;
        } else if (scoreBand == null) {
            status = Headline.Status.NOT_FORMED;
        } else {
            status = Headline.Status.BAND;
        }
        List<Headline.FiredRule> fired = new ArrayList<>();
        for (BandRule rule : spec.bandRules()) {
            boolean raised =
                    status == Headline.Status.BAND && spec.rank(rule.band()) > spec.rank(scoreBand);
            if (rule.when() instanceof BandRule.AnswerAtLeast trigger) {
                List<WhyItem> answers = answersAtLeast(trigger, asked, shown);
                if (!answers.isEmpty()) {
                    fired.add(
                            new Headline.FiredRule(rule.id(), rule.band(), raised, answers, null));
                }
            } else if (rule.when() instanceof BandRule.ScoreAtLeast trigger) {
                Double value =
                        scores.stream()
                                .filter(x -> x.dimension().equals(trigger.dimension()))
                                .findFirst()
                                .map(Score::value)
                                .orElse(null);
                if (value != null && value >= trigger.value()) {
                    fired.add(
                            new Headline.FiredRule(
                                    rule.id(), rule.band(), raised, List.of(), value));
                }
            }
        }
        return new Headline(status, scoreBand, coverage, fired);
    }

    /** The headline band: the score's own, raised by every band rule that fired; null without. */
    private String band(Headline headline) {
        if (headline.status() != Headline.Status.BAND) {
            return null;
        }
        PrimaryScore spec = bank.primary();
        String band = headline.scoreBand();
        for (Headline.FiredRule rule : headline.rules()) {
            if (spec.rank(rule.band()) > spec.rank(band)) {
                band = rule.band();
            }
        }
        return band;
    }

    private static Headline.CoverageCheck coverage(
            Coverage coverage, List<Question> asked, Map<String, Answer> shown) {
        int answered = 0;
        int missing = 0;
        int setAside = 0;
        List<String> unanswered = new ArrayList<>();
        for (Question question : asked) {
            if (!coverage.counts(question)) {
                continue;
            }
            Answer answer = shown.get(question.id());
            if (answer == null || !answer.isAnswered()) {
                missing++;
                if (!question.privateItem()) {
                    unanswered.add(question.id());
                }
            } else if (setAside(question, answer.value()) != null) {
                setAside++;
            } else {
                answered++;
            }
        }
        return new Headline.CoverageCheck(
                coverage.metBy(answered, missing), answered, missing, setAside, unanswered);
    }

    /**
     * The shown scale questions scored on the rule's dimension answered at or above its step,
     * counting from the end of each scale that adds to the dimension (for a reverse-scored
     * question, its lowest values), with the points each gave. Steps compare by value, so the order
     * a scale lists them in does not matter.
     */
    private List<WhyItem> answersAtLeast(
            BandRule.AnswerAtLeast trigger, List<Question> asked, Map<String, Answer> shown) {
        String dimension = trigger.dimension();
        List<WhyItem> fired = new ArrayList<>();
        for (Question question : asked) {
            Answer answer = shown.get(question.id());
            Scale scale =
                    question.scale() == null ? null : bank.scale(question.scale()).orElse(null);
            if (scale == null
                    || !question.scoresOn(dimension)
                    || answer == null
                    || !(answer.value() instanceof AnswerValue.Choice choice)) {
                continue;
            }
            Double threshold = scale.valueOf(trigger.step()).orElse(null);
            Double value = scale.valueOf(choice.option()).orElse(null);
            int direction = direction(question, scale, dimension);
            if (threshold == null || value == null || direction == 0) {
                // an item whose every step gives the same points (weight 0) adds nothing to stand
                // out
                continue;
            }
            // read from the end that adds: a reverse-scored item's value mirrored in its scale
            double fromAddingEnd = direction < 0 ? scale.min() + scale.max() - value : value;
            if (fromAddingEnd >= threshold) {
                fired.add(
                        new WhyItem(
                                question.id(),
                                choice.option(),
                                points(question, choice, dimension)));
            }
        }
        return fired;
    }

    /**
     * Which way the question adds to the dimension along its scale: above 0 when its highest step
     * gives more points than its lowest, below 0 when fewer (reverse-scored), 0 when the same.
     */
    private static int direction(Question question, Scale scale, String dimension) {
        double atLowest =
                question.option(scale.lowestStep()).map(o -> o.score(dimension)).orElse(0.0);
        double atHighest =
                question.option(scale.highestStep()).map(o -> o.score(dimension)).orElse(0.0);
        return Double.compare(atHighest, atLowest);
    }

    /**
     * The answers to shown questions that are never scored: context, not score. A free text that is
     * not private (such as a note for a therapist) is context too; a private one never is.
     */
    private static List<ContextAnswer> context(List<Question> asked, Map<String, Answer> shown) {
        List<ContextAnswer> context = new ArrayList<>();
        for (Question question : asked) {
            Answer answer = shown.get(question.id());
            boolean choice =
                    switch (question.type()) {
                        case SINGLE, SCALE, YES_NO, CHECKLIST, TEXT -> true;
                        default -> false;
                    };
            // a safety-relevant question is always private, so the private check leaves it out too
            if (choice
                    && !question.isScored()
                    && !question.privateItem()
                    && answer != null
                    && answer.isAnswered()) {
                context.add(new ContextAnswer(question.id(), describe(answer.value())));
            }
        }
        return context;
    }

    /** The safety-relevant questions shown in any part but not answered, in bank order. */
    private List<String> safetyUnanswered(AnswerSheet visible) {
        Set<String> unanswered = new HashSet<>();
        for (String part : visible.perspectiveParts()) {
            Map<String, Answer> answers = visible.part(part);
            for (Question question : bank.questionsInPart(part)) {
                Answer answer = answers.get(question.id());
                if (question.safety()
                        && Visibility.isShown(question, answers)
                        && (answer == null || !answer.isAnswered())) {
                    unanswered.add(question.id());
                }
            }
        }
        return bank.questions().stream().map(Question::id).filter(unanswered::contains).toList();
    }

    /** What a set-aside answer means ("not sure", "does not apply"), or null for any other. */
    private static Means setAside(Question question, AnswerValue value) {
        if (value instanceof AnswerValue.Choice choice) {
            return question.option(choice.option()).map(Option::means).orElse(null);
        }
        return null;
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
        int notSure = 0;
        int notApplicable = 0;
        for (Question question : asked) {
            if (!question.scoresOn(id)) {
                continue;
            }
            Answer answer = answers.get(question.id());
            Means means = answer == null ? null : setAside(question, answer.value());
            if (means == Means.NOT_SURE) {
                notSure++;
            } else if (means == Means.DOES_NOT_APPLY) {
                notApplicable++;
            } else if (answer != null && answer.isAnswered()) {
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
            return new Score(id, raw, null, counted, missing, notSure, notApplicable, null);
        }
        boolean lowest = dimension.missing() == Dimension.MissingRule.LOWEST;
        int items = counted + missing;
        // a prorated sum is scaled up over every item not answered with points: "not sure" and
        // "does not apply" are not counted as 0
        int prorateOver = items + notSure + notApplicable;
        double value;
        switch (dimension.formation()) {
            case SUM ->
                    value =
                            switch (dimension.missing()) {
                                case SKIP -> raw;
                                case PRORATE -> raw * prorateOver / counted;
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
        return new Score(
                id,
                raw,
                dimension.rounding().apply(value),
                counted,
                missing,
                notSure,
                notApplicable,
                value);
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
            if (!question.scoresOn(primary)
                    || answer == null
                    || !answer.isAnswered()
                    || setAside(question, answer.value()) != null) {
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
        if (value instanceof AnswerValue.FreeText t) {
            return t.text();
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
