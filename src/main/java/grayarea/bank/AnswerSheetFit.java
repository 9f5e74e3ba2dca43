package grayarea.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks that an answer sheet fits a bank: the bank it names, parts the bank has, questions asked
 * in those parts, and answers of the right kind that the questions offer.
 */
public final class AnswerSheetFit {

    private AnswerSheetFit() {}

    public static List<Problem> check(QuestionBank bank, AnswerSheetJson.Located located) {
        List<Problem> problems = new ArrayList<>();
        AnswerSheet sheet = located.sheet();
        if (!sheet.bank().id().equals(bank.id())) {
            problems.add(
                    located.problemAtBank(
                            Message.of("fit.otherBank", sheet.bank().id(), bank.id())));
            return problems;
        }
        if (!sheet.bank().version().equals(bank.version())) {
            problems.add(
                    located.problemAtBank(
                            Message.of(
                                    "fit.otherVersion",
                                    sheet.bank().version(),
                                    bank.id(),
                                    bank.version())));
            return problems;
        }
        List<String> partNames = bank.partNames();
        for (Map.Entry<String, Map<String, Answer>> part : sheet.parts().entrySet()) {
            if (!partNames.contains(part.getKey())) {
                problems.add(
                        located.problemAtPart(
                                part.getKey(),
                                Message.of(
                                        "fit.noSuchPart",
                                        part.getKey(),
                                        String.join(", ", partNames))));
                continue;
            }
            List<Question> asked = bank.questionsInPart(part.getKey());
            for (Map.Entry<String, Answer> entry : part.getValue().entrySet()) {
                String id = entry.getKey();
                Question question =
                        asked.stream().filter(q -> q.id().equals(id)).findFirst().orElse(null);
                if (question == null) {
                    problems.add(
                            located.problemAt(
                                    part.getKey(),
                                    id,
                                    bank.question(id).isPresent()
                                            ? Message.of("fit.notAskedInPart", id, part.getKey())
                                            : Message.of("fit.unknownQuestion", id)));
                    continue;
                }
                checkAnswer(located, part.getKey(), question, entry.getValue(), problems);
            }
        }
        return problems;
    }

    private static void checkAnswer(
            AnswerSheetJson.Located located,
            String part,
            Question question,
            Answer answer,
            List<Problem> problems) {
        String id = question.id();
        if (answer.status() == Answer.Status.DECLINED && !question.declinable()) {
            problems.add(located.problemAt(part, id, Message.of("fit.notDeclinable", id)));
        }
        if (!answer.isAnswered()) {
            return;
        }
        AnswerValue value = answer.value();
        Message expected = null;
        switch (question.type()) {
            case SINGLE, SCALE, YES_NO -> {
                if (value instanceof AnswerValue.Choice c) {
                    if (question.option(c.option()).isEmpty()) {
                        problems.add(
                                located.problemAtValue(
                                        part,
                                        id,
                                        Message.of(
                                                "fit.notOffered",
                                                c.option(),
                                                id,
                                                offered(question))));
                    }
                } else {
                    expected = Message.of("fit.expected.one", question.options().get(0).id());
                }
            }
            case CHECKLIST -> {
                if (value instanceof AnswerValue.Choices c) {
                    for (String option : c.options()) {
                        if (question.option(option).isEmpty()) {
                            problems.add(
                                    located.problemAtValue(
                                            part,
                                            id,
                                            Message.of(
                                                    "fit.notOffered",
                                                    option,
                                                    id,
                                                    offered(question))));
                        }
                    }
                } else {
                    expected = Message.of("fit.expected.list");
                }
            }
            case TEXT -> {
                if (value instanceof AnswerValue.FreeText t) {
                    if (t.text().length() > question.maxLength()) {
                        problems.add(
                                located.problemAtValue(
                                        part,
                                        id,
                                        Message.of(
                                                "fit.tooLong",
                                                id,
                                                String.valueOf(question.maxLength()))));
                    }
                } else {
                    expected = Message.of("fit.expected.text");
                }
            }
            case BOUNDARY -> {
                if (!(value instanceof AnswerValue.BoundaryRating)) {
                    expected = Message.of("fit.expected.boundary");
                }
            }
            default -> throw new IllegalStateException(question.type().toString());
        }
        if (expected != null) {
            problems.add(
                    located.problemAtValue(
                            part,
                            id,
                            Message.of("fit.wrongKind", id, question.type().json(), expected)));
        }
    }

    private static String offered(Question question) {
        return "\""
                + String.join("\", \"", question.options().stream().map(Option::id).toList())
                + "\"";
    }
}
