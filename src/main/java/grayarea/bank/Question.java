package grayarea.bank;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One question. Options are resolved at load time: a scale question's options carry their weighted
 * (and, where asked, reversed) points; yes/no questions have the options "yes" and "no".
 *
 * @param perspectives empty: asked from every perspective
 * @param behaviour the behaviour the question is about, or null
 * @param showIf shown only when this holds, or null for always
 * @param scale the scale a scale question uses, or null
 * @param maxLength the longest answer a text question takes
 * @param safety safety-relevant: marked so in the bank, or able to raise a safety flag. Leaving it
 *     unanswered is shown to the person and, sealed, to their therapist, and to no one else
 */
public record Question(
        String id,
        QuestionType type,
        Text text,
        Map<String, Text> textFor,
        Text help,
        Set<String> perspectives,
        String behaviour,
        boolean required,
        boolean declinable,
        boolean privateItem,
        boolean gutCheck,
        Condition showIf,
        List<Option> options,
        String scale,
        int maxLength,
        boolean safety) {

    public static final int DEFAULT_MAX_LENGTH = 4000;

    public Question {
        textFor = Map.copyOf(textFor);
        perspectives = Set.copyOf(perspectives);
        options = List.copyOf(options);
    }

    public boolean appliesTo(String perspective) {
        return perspective == null || perspectives.isEmpty() || perspectives.contains(perspective);
    }

    /** The wording for that perspective, else the general wording. */
    public Text textFor(String perspective) {
        Text specific = perspective == null ? null : textFor.get(perspective);
        return specific != null ? specific : text;
    }

    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    /**
     * The options that are points on the scale: every option but "not sure" and "does not apply".
     */
    public List<Option> valuedOptions() {
        return options.stream().filter(o -> !o.setsAside()).toList();
    }

    /** Whether any option gives points on any dimension. */
    public boolean isScored() {
        return options.stream().anyMatch(o -> !o.scores().isEmpty());
    }

    /** Whether any option gives points on the dimension. */
    public boolean scoresOn(String dimension) {
        return options.stream().anyMatch(o -> o.scores().containsKey(dimension));
    }

    /** The part of an answer sheet the answer belongs to when asked from that perspective. */
    public String partFor(String perspective) {
        if (type == QuestionType.BOUNDARY) {
            return Parts.BOUNDARIES;
        }
        return perspective == null ? Parts.MAIN : perspective;
    }

    /** The fewest points an answer to this question can give on the dimension. */
    public double minScore(String dimension) {
        if (type == QuestionType.CHECKLIST) {
            return options.stream().mapToDouble(o -> Math.min(0, o.score(dimension))).sum();
        }
        return valuedOptions().stream().mapToDouble(o -> o.score(dimension)).min().orElse(0);
    }

    /** The most points an answer to this question can give on the dimension. */
    public double maxScore(String dimension) {
        if (type == QuestionType.CHECKLIST) {
            return options.stream().mapToDouble(o -> Math.max(0, o.score(dimension))).sum();
        }
        return valuedOptions().stream().mapToDouble(o -> o.score(dimension)).max().orElse(0);
    }
}
