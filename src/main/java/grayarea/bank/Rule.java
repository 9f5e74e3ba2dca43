package grayarea.bank;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** When a reflection prompt is chosen: a rule over the scores, band, flags and answers. */
public sealed interface Rule {

    /** The flags the rule names, directly or inside "all" or "any". */
    default Set<String> flags() {
        if (this instanceof FlagRaised raised) {
            return Set.of(raised.flag());
        }
        List<Rule> parts =
                this instanceof AllOf all
                        ? all.parts()
                        : this instanceof AnyOf any ? any.parts() : List.of();
        Set<String> named = new LinkedHashSet<>();
        parts.forEach(part -> named.addAll(part.flags()));
        return named;
    }

    record Always() implements Rule {}

    /** The formed score of the dimension lies in [atLeast, below); either bound may be absent. */
    record ScoreRange(String dimension, Double atLeast, Double below) implements Rule {}

    record BandIn(Set<String> bands) implements Rule {
        public BandIn {
            bands = Set.copyOf(bands);
        }
    }

    record FlagRaised(String flag) implements Rule {}

    /** An answer condition, as {@code showIf} writes it: "in" some answers or "at least" a step. */
    record Answer(Condition condition) implements Rule {}

    record AllOf(List<Rule> parts) implements Rule {
        public AllOf {
            parts = List.copyOf(parts);
        }
    }

    record AnyOf(List<Rule> parts) implements Rule {
        public AnyOf {
            parts = List.copyOf(parts);
        }
    }
}
