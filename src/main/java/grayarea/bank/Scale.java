package grayarea.bank;

import java.util.List;
import java.util.Objects;
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

    private Stream<Option> valued() {
        return options.stream().filter(o -> Objects.nonNull(o.value()));
    }
}
