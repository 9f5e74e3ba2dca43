package grayarea.bank;

import java.util.List;
import java.util.Set;

/** A step of the quiz: a title, an optional intro, and its questions in order. */
public record Section(
        String id, Text title, Text intro, Set<String> perspectives, List<Question> questions) {

    public Section {
        perspectives = Set.copyOf(perspectives);
        questions = List.copyOf(questions);
    }

    /** Whether the section is asked from that perspective (null: a bank without perspectives). */
    public boolean appliesTo(String perspective) {
        return perspective == null || perspectives.isEmpty() || perspectives.contains(perspective);
    }

    /** The questions asked from that perspective, in order. */
    public List<Question> questionsFor(String perspective) {
        if (!appliesTo(perspective)) {
            return List.of();
        }
        return questions.stream().filter(q -> q.appliesTo(perspective)).toList();
    }

    /** Whether every question here is a boundary rating (the boundary map). */
    public boolean isBoundaryMap() {
        return questions.stream().allMatch(q -> q.type() == QuestionType.BOUNDARY);
    }
}
