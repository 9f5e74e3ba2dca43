package grayarea.ui;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.quiz.Step;
import grayarea.ui.quiz.QuizState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A couple's turn answered by a plan, as the app would save it. */
final class CoupleTurns {

    private CoupleTurns() {}

    /**
     * The step a turn is on once its pages are all answered: its review (the pages of both
     * perspectives, as a couple's turn asks them).
     */
    static int review(QuestionBank bank) {
        return new QuizState(
                        bank,
                        null,
                        List.of("self", "partner"),
                        "en",
                        null,
                        null,
                        Map.of(),
                        Instant.now())
                .steps()
                .size();
    }

    /**
     * A partner's whole turn (both perspectives) under their name, answered by the plan: what their
     * computer would export as a turn file.
     */
    static AnswerSheet turnOf(
            String respondent, QuestionBank bank, Function<Question, Answer> plan) {
        return answered(bank, List.of("self", "partner"), respondent, plan);
    }

    static AnswerSheet answered(QuestionBank bank, Function<Question, Answer> plan) {
        return answered(bank, List.of("self", "partner"), plan);
    }

    /**
     * A sheet with the given perspectives answered by the plan, such as one person's about
     * "partner".
     */
    static AnswerSheet answered(
            QuestionBank bank, List<String> perspectives, Function<Question, Answer> plan) {
        return answered(bank, perspectives, null, plan);
    }

    private static AnswerSheet answered(
            QuestionBank bank,
            List<String> perspectives,
            String respondent,
            Function<Question, Answer> plan) {
        QuizState state =
                new QuizState(
                        bank, null, perspectives, "en", respondent, null, Map.of(), Instant.now());
        for (Step step : state.steps()) {
            for (Question q : state.questionsOf(step)) {
                if (state.isShown(step, q)) {
                    state.setAnswer(step, q, plan.apply(q));
                }
            }
        }
        return state.toSheet();
    }
}
