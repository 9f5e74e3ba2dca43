package grayarea.quiz;

import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.QuestionType;
import grayarea.bank.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which pages a quiz has and which questions each asks, in the order this person sees them. A solo
 * quiz asks one perspective; a partner's turn in couple mode asks about their own behaviour, then
 * their partner's, then the boundary map once. A question worded the same for every perspective is
 * asked once, and its answer goes in the part of every perspective that asks it ({@link #partsOf}),
 * so each part is scored from the same questions (docs/decisions/0035). Pure: no state, no JavaFX,
 * no files.
 */
public final class QuizPlan {

    private QuizPlan() {}

    /**
     * The pages: with one perspective, every section that asks something from it, in bank order.
     * With several, each perspective's sections in turn (a question worded the same for every
     * perspective is asked only the first time), then the boundary map once at the end.
     */
    public static List<Step> stepsFor(QuestionBank bank, List<String> perspectives) {
        List<Step> steps = new ArrayList<>();
        if (perspectives.size() == 1) {
            String perspective = perspectives.get(0);
            for (Section section : bank.sections()) {
                if (!section.questionsFor(perspective).isEmpty()) {
                    steps.add(new Step(section, perspective));
                }
            }
            return steps;
        }
        for (String perspective : perspectives) {
            for (Section section : bank.sections()) {
                if (!section.isBoundaryMap()
                        && !askedIn(section, perspective, perspectives).isEmpty()) {
                    steps.add(new Step(section, perspective));
                }
            }
        }
        for (Section section : bank.sections()) {
            if (section.isBoundaryMap() && !section.questionsFor(perspectives.get(0)).isEmpty()) {
                steps.add(new Step(section, perspectives.get(0)));
            }
        }
        return steps;
    }

    /**
     * A section's questions for a perspective, less those already asked in the same words for an
     * earlier one.
     */
    static List<Question> askedIn(Section section, String perspective, List<String> all) {
        List<Question> asked = new ArrayList<>();
        for (Question q : section.questionsFor(perspective)) {
            if (q.type() == QuestionType.BOUNDARY) {
                continue;
            }
            List<String> once = askedOnceFor(section, q, all);
            if (once.isEmpty() || once.get(0).equals(perspective)) {
                asked.add(q);
            }
        }
        return asked;
    }

    /**
     * The parts of the sheet an answer given from {@code perspective} goes in. Most answers go in
     * their own part only. A question worded the same for every perspective (no {@code textFor}) is
     * asked once, from the first perspective of the quiz that asks it, and its answer goes in the
     * part of every perspective of the quiz that asks it (its section and itself allow it), in quiz
     * order: a couple's "self" and "partner" parts then hold the same questions.
     */
    public static List<String> partsOf(
            Section section, Question question, String perspective, List<String> perspectives) {
        List<String> once = askedOnceFor(section, question, perspectives);
        if (once.isEmpty() || !once.contains(perspective)) {
            return List.of(question.partFor(perspective));
        }
        return once.stream().map(question::partFor).toList();
    }

    /**
     * The perspectives of a quiz that share one answer to the question, in quiz order: every one
     * that asks it, when it is worded the same for each and more than one asks it; else none.
     */
    static List<String> askedOnceFor(Section section, Question question, List<String> all) {
        if (all.size() < 2
                || question.type() == QuestionType.BOUNDARY
                || !question.textFor().isEmpty()) {
            return List.of();
        }
        List<String> asking =
                all.stream().filter(p -> section.appliesTo(p) && question.appliesTo(p)).toList();
        return asking.size() < 2 ? List.of() : asking;
    }

    /**
     * The questions a step asks, in the order this person sees them: the sheet's shuffled order for
     * that part and section when it has one (questions it does not name follow in bank order).
     *
     * @param order per {@link Quiz#orderKey}, the order to show a section's questions in
     */
    public static List<Question> questionsOf(
            Step at, List<String> perspectives, Map<String, List<String>> order) {
        List<Question> asked =
                perspectives.size() == 1 || at.section().isBoundaryMap()
                        ? at.section().questionsFor(at.perspective())
                        : askedIn(at.section(), at.perspective(), perspectives);
        String part = asked.isEmpty() ? at.perspective() : asked.get(0).partFor(at.perspective());
        List<String> shuffled = order.get(Quiz.orderKey(part, at.section().id()));
        if (shuffled == null) {
            return asked;
        }
        List<Question> ordered = new ArrayList<>();
        for (String id : shuffled) {
            asked.stream().filter(q -> q.id().equals(id)).findFirst().ifPresent(ordered::add);
        }
        asked.stream().filter(q -> !ordered.contains(q)).forEach(ordered::add);
        return ordered;
    }
}
