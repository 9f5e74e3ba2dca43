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

    static AnswerSheet answered(QuestionBank bank, Function<Question, Answer> plan) {
        return answered(bank, List.of("self", "partner"), plan);
    }

    /**
     * A sheet with the given perspectives answered by the plan, such as one person's about
     * "partner".
     */
    static AnswerSheet answered(
            QuestionBank bank, List<String> perspectives, Function<Question, Answer> plan) {
        QuizState state =
                new QuizState(bank, null, perspectives, "en", null, null, Map.of(), Instant.now());
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
