package grayarea.bank;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** When a question is shown: only after given earlier answers. */
public sealed interface Condition {

    /**
     * Whether the condition holds, given a way to look up the current answer value of a question.
     */
    boolean holds(Function<String, AnswerValue> answers);

    /** The question ids this condition reads. */
    Set<String> questions();

    /**
     * Holds when the question's answer is one of the options (for a checklist: any of them is
     * ticked).
     */
    record AnswerIn(String question, Set<String> options) implements Condition {
        public AnswerIn {
            options = Set.copyOf(options);
        }

        @Override
        public boolean holds(Function<String, AnswerValue> answers) {
            AnswerValue value = answers.apply(question);
            if (value instanceof AnswerValue.Choice choice) {
                return options.contains(choice.option());
            }
            if (value instanceof AnswerValue.Choices choices) {
                return choices.options().stream().anyMatch(options::contains);
            }
            return false;
        }

        @Override
        public Set<String> questions() {
            return Set.of(question);
        }
    }

    /**
     * Holds when any of the questions was answered at or above a step of its scale, in the order
     * the scale lists its steps. Resolved at load time: for each question, the steps from that step
     * on ("not sure" and "does not apply" never count).
     *
     * @param step the step as the bank names it
     * @param atOrAbove question id → the ids of its steps at or above {@code step}
     */
    record AtLeast(String step, Map<String, Set<String>> atOrAbove) implements Condition {
        public AtLeast {
            Map<String, Set<String>> copy = new LinkedHashMap<>();
            atOrAbove.forEach((q, steps) -> copy.put(q, Set.copyOf(steps)));
            atOrAbove = Collections.unmodifiableMap(copy);
        }

        @Override
        public boolean holds(Function<String, AnswerValue> answers) {
            return atOrAbove.entrySet().stream()
                    .anyMatch(
                            e ->
                                    answers.apply(e.getKey()) instanceof AnswerValue.Choice choice
                                            && e.getValue().contains(choice.option()));
        }

        @Override
        public Set<String> questions() {
            return atOrAbove.keySet();
        }
    }

    /** Holds when every part holds. */
    record AllOf(List<Condition> parts) implements Condition {
        public AllOf {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean holds(Function<String, AnswerValue> answers) {
            return parts.stream().allMatch(c -> c.holds(answers));
        }

        @Override
        public Set<String> questions() {
            return parts.stream().flatMap(c -> c.questions().stream()).collect(Collectors.toSet());
        }
    }

    /** Holds when at least one part holds. */
    record AnyOf(List<Condition> parts) implements Condition {
        public AnyOf {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean holds(Function<String, AnswerValue> answers) {
            return parts.stream().anyMatch(c -> c.holds(answers));
        }

        @Override
        public Set<String> questions() {
            return parts.stream().flatMap(c -> c.questions().stream()).collect(Collectors.toSet());
        }
    }
}
