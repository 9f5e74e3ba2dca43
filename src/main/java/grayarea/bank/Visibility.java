package grayarea.bank;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which questions are shown, given the answers so far. A question whose condition does not hold is
 * hidden, and its answer is dropped; since conditions read only earlier questions, one pass in bank
 * order settles chains of conditions.
 */
public final class Visibility {

    private Visibility() {}

    /** The answers of a part with every answer to a hidden question dropped, in bank order. */
    public static Map<String, Answer> dropHidden(
            QuestionBank bank, String part, Map<String, Answer> answers) {
        Map<String, Answer> kept = new LinkedHashMap<>();
        for (Question question : bank.questionsInPart(part)) {
            Answer answer = answers.get(question.id());
            if (answer != null && isShown(question, kept)) {
                kept.put(question.id(), answer);
            }
        }
        return kept;
    }

    /** Whether the question is shown, given the (already condition-checked) answers. */
    public static boolean isShown(Question question, Map<String, Answer> answers) {
        if (question.showIf() == null) {
            return true;
        }
        return question.showIf()
                .holds(
                        id -> {
                            Answer a = answers.get(id);
                            return a == null || !a.isAnswered() ? null : a.value();
                        });
    }

    /** The whole sheet with hidden answers dropped from every part. */
    public static AnswerSheet dropHidden(QuestionBank bank, AnswerSheet sheet) {
        AnswerSheet result = sheet;
        for (String part : sheet.parts().keySet()) {
            result = result.withPart(part, dropHidden(bank, part, sheet.part(part)));
        }
        return result;
    }
}
