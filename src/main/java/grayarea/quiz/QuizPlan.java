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
 * their partner's, then the boundary map once. Pure: no state, no JavaFX, no files.
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
        int index = all.indexOf(perspective);
        List<Question> asked = new ArrayList<>();
        for (Question q : section.questionsFor(perspective)) {
            if (q.type() == QuestionType.BOUNDARY) {
                continue;
            }
            boolean sameWording = q.textFor().isEmpty();
            boolean askedEarlier = all.subList(0, index).stream().anyMatch(q::appliesTo);
            if (!(sameWording && askedEarlier)) {
                asked.add(q);
            }
        }
        return asked;
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
