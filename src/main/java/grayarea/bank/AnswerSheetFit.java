package grayarea.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks that an answer sheet fits a bank: the bank it names, parts the bank has, questions
 * asked in those parts, and answers of the right kind that the questions offer.
 */
public final class AnswerSheetFit {

    private AnswerSheetFit() {
    }

    public static List<Problem> check(QuestionBank bank, AnswerSheetJson.Located located) {
        List<Problem> problems = new ArrayList<>();
        AnswerSheet sheet = located.sheet();
        if (!sheet.bank().id().equals(bank.id())) {
            problems.add(located.problemAtBank("these answers are to the bank \"" + sheet.bank().id()
                    + "\", not to \"" + bank.id() + "\""));
            return problems;
        }
        if (!sheet.bank().version().equals(bank.version())) {
            problems.add(located.problemAtBank("these answers are to version " + sheet.bank().version()
                    + " of \"" + bank.id() + "\", but the bank given is version " + bank.version()));
            return problems;
        }
        List<String> partNames = bank.partNames();
        for (Map.Entry<String, Map<String, Answer>> part : sheet.parts().entrySet()) {
            if (!partNames.contains(part.getKey())) {
                problems.add(located.problemAtPart(part.getKey(), "the bank has no part \"" + part.getKey()
                        + "\"; its parts are " + String.join(", ", partNames)));
                continue;
            }
            List<Question> asked = bank.questionsInPart(part.getKey());
            for (Map.Entry<String, Answer> entry : part.getValue().entrySet()) {
                String id = entry.getKey();
                Question question = asked.stream().filter(q -> q.id().equals(id)).findFirst().orElse(null);
                if (question == null) {
                    problems.add(located.problemAt(part.getKey(), id, bank.question(id).isPresent()
                            ? "the question \"" + id + "\" is not asked in the part \"" + part.getKey() + "\""
                            : "unknown question \"" + id + "\": the bank has no question with that id"));
                    continue;
                }
                checkAnswer(located, part.getKey(), question, entry.getValue(), problems);
            }
        }
        return problems;
    }

    private static void checkAnswer(AnswerSheetJson.Located located, String part, Question question, Answer answer,
                                    List<Problem> problems) {
        String id = question.id();
        if (answer.status() == Answer.Status.DECLINED && !question.declinable()) {
            problems.add(located.problemAt(part, id, "the question \"" + id + "\" cannot be declined"));
        }
        if (!answer.isAnswered()) {
            return;
        }
        AnswerValue value = answer.value();
        String expected = null;
        switch (question.type()) {
            case SINGLE, SCALE, YES_NO -> {
                if (value instanceof AnswerValue.Choice c) {
                    if (question.option(c.option()).isEmpty()) {
                        problems.add(located.problemAtValue(part, id, "\"" + c.option() + "\" is not an answer the question \""
                                + id + "\" offers; it offers " + offered(question)));
                    }
                } else {
                    expected = "one answer id such as \"" + question.options().get(0).id() + "\"";
                }
            }
            case CHECKLIST -> {
                if (value instanceof AnswerValue.Choices c) {
                    for (String option : c.options()) {
                        if (question.option(option).isEmpty()) {
                            problems.add(located.problemAtValue(part, id, "\"" + option + "\" is not an answer the question \""
                                    + id + "\" offers; it offers " + offered(question)));
                        }
                    }
                } else {
                    expected = "a list of the ticked answer ids";
                }
            }
            case TEXT -> {
                if (value instanceof AnswerValue.FreeText t) {
                    if (t.text().length() > question.maxLength()) {
                        problems.add(located.problemAtValue(part, id, "the answer to \"" + id + "\" is longer than "
                                + question.maxLength() + " characters"));
                    }
                } else {
                    expected = "{\"text\": \"...\"}";
                }
            }
            case BOUNDARY -> {
                if (!(value instanceof AnswerValue.BoundaryRating)) {
                    expected = "{\"ifIDid\": rating, \"ifPartnerDid\": rating}";
                }
            }
            default -> throw new IllegalStateException(question.type().toString());
        }
        if (expected != null) {
            problems.add(located.problemAtValue(part, id, "the question \"" + id + "\" is a " + question.type().json()
                    + " question; its answer must be " + expected));
        }
    }

    private static String offered(Question question) {
        return "\"" + String.join("\", \"", question.options().stream().map(Option::id).toList()) + "\"";
    }
}
