package grayarea.bank;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** A scale defined once in a bank and reused by many questions, such as never … often. */
public record Scale(String id, List<Option> options) {

    /**
     * One step of the scale, with the value it scores.
     *
     * @param value the value, or null for a step that {@code means} "not sure" or "does not apply"
     * @param means what a step without a value means, else null
     */
    public record Option(String id, Text label, Double value, Means means) {

        public Option(String id, Text label, double value) {
            this(id, label, value, null);
        }
    }

    public Scale {
        options = List.copyOf(options);
    }

    public double min() {
        return valued().mapToDouble(Option::value).min().orElse(0);
    }

    public double max() {
        return valued().mapToDouble(Option::value).max().orElse(0);
    }

    /** The value of a step, or empty for an unknown step or one that "means" something. */
    public Optional<Double> valueOf(String stepId) {
        return valued().filter(o -> o.id().equals(stepId)).map(Option::value).findFirst();
    }

    /**
     * The steps whose value is at least that step's, in the scale's order: "at or above" it,
     * however the scale lists its steps. Empty for an unknown step or one that "means" something.
     */
    public List<String> atOrAbove(String stepId) {
        Optional<Double> threshold = valueOf(stepId);
        if (threshold.isEmpty()) {
            return List.of();
        }
        return valued().filter(o -> o.value() >= threshold.get()).map(Option::id).toList();
    }

    /** The id of the step with the lowest value (the first of them), or null without one. */
    public String lowestStep() {
        return valued().min(Comparator.comparingDouble(Option::value)).map(Option::id).orElse(null);
    }

    /** The id of the step with the highest value (the first of them), or null without one. */
    public String highestStep() {
        return valued().max(Comparator.comparingDouble(Option::value)).map(Option::id).orElse(null);
    }

    private Stream<Option> valued() {
        return options.stream().filter(o -> Objects.nonNull(o.value()));
    }
}
