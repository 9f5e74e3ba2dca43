package grayarea.bank;

import java.util.List;

/** A scale defined once in a bank and reused by many questions, such as never … often. */
public record Scale(String id, List<Option> options) {

    /** One step of the scale, with the value it scores. */
    public record Option(String id, Text label, double value) {}

    public Scale {
        options = List.copyOf(options);
    }

    public double min() {
        return options.stream().mapToDouble(Option::value).min().orElse(0);
    }

    public double max() {
        return options.stream().mapToDouble(Option::value).max().orElse(0);
    }
}
