package grayarea.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A shuffled order of a section's questions in which every conditional question still comes after
 * the questions its condition reads, so it can appear as soon as they are answered.
 */
public final class QuestionOrder {

    private QuestionOrder() {}

    public static List<String> shuffle(List<Question> questions, Random random) {
        List<Question> waiting = new ArrayList<>(questions);
        List<String> order = new ArrayList<>();
        while (!waiting.isEmpty()) {
            List<Question> ready =
                    waiting.stream()
                            .filter(
                                    q ->
                                            q.showIf() == null
                                                    || q.showIf().questions().stream()
                                                            .allMatch(
                                                                    id ->
                                                                            order.contains(id)
                                                                                    || questions
                                                                                            .stream()
                                                                                            .noneMatch(
                                                                                                    other ->
                                                                                                            other.id()
                                                                                                                    .equals(
                                                                                                                            id))))
                            .toList();
            Question next = ready.get(random.nextInt(ready.size()));
            order.add(next.id());
            waiting.remove(next);
        }
        return order;
    }

    /**
     * A second order for the same questions that differs from the first whenever the conditions
     * allow any other order (tried a bounded number of times).
     */
    public static List<String> shuffleUnlike(
            List<Question> questions, List<String> other, Random random) {
        List<String> order = shuffle(questions, random);
        for (int i = 0; i < 50 && order.equals(other) && questions.size() > 1; i++) {
            order = shuffle(questions, random);
        }
        return order;
    }
}
