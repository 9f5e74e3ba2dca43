package grayarea.ui.quiz;

import grayarea.bank.Answer;
import grayarea.bank.Question;
import grayarea.bank.Section;
import grayarea.bank.Text;
import grayarea.quiz.Step;
import grayarea.ui.toolkit.Texts;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.MapChangeListener;

/**
 * The wizard's state and rules: which step is showing, which questions it shows, whether Next may
 * go on. A required question that is neither answered nor declined stops Next, and the view model
 * names it so the view can show the message there and move focus to it.
 */
public final class WizardViewModel {

    private final QuizState state;
    private final Texts texts;
    private final ObjectProperty<Question> blocking = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper blockingMessage = new ReadOnlyStringWrapper();
    private final BooleanBinding canGoBack;

    public WizardViewModel(QuizState state, Texts texts) {
        this.state = state;
        this.texts = texts;
        this.canGoBack = state.stepProperty().greaterThan(0);
        state.answers()
                .addListener(
                        (MapChangeListener<String, Answer>)
                                c -> {
                                    Question stopped = blocking.get();
                                    if (stopped != null && !onReview() && isAnswered(stopped)) {
                                        clearBlocking();
                                    }
                                });
    }

    public QuizState state() {
        return state;
    }

    public int stepCount() {
        return state.steps().size();
    }

    public int step() {
        return state.stepProperty().get();
    }

    public boolean onReview() {
        return step() >= stepCount();
    }

    public Step currentStep() {
        return state.steps().get(step());
    }

    public Section currentSection() {
        return currentStep().section();
    }

    /** The questions of a step shown with the answers so far (conditions applied). */
    public List<Question> shownQuestions(Step at) {
        return state.questionsOf(at).stream().filter(q -> state.isShown(at, q)).toList();
    }

    /**
     * Every question of a step, shown or not, so the view can show and hide them as answers change.
     */
    public List<Question> allQuestions(Step at) {
        return state.questionsOf(at);
    }

    /** Answers a question of the current step. */
    public void answer(Question question, Answer answer) {
        state.setAnswer(currentStep(), question, answer);
    }

    public void clear(Question question) {
        state.clearAnswer(currentStep(), question);
    }

    public Optional<Answer> answerTo(Question question) {
        return onReview()
                ? Optional.empty()
                : Optional.ofNullable(state.answer(currentStep(), question));
    }

    /** The answer to a question on any step (for the review page). */
    public Optional<Answer> answerTo(Step at, Question question) {
        return Optional.ofNullable(state.answer(at, question));
    }

    /** The wording of a question on a step. */
    public String questionText(Step at, Question question) {
        return text(question.textFor(at.perspective()));
    }

    /**
     * Goes to the next step, or to the review after the last; returns false when a required
     * question stops it, after naming that question in {@link #blockingProperty()}.
     */
    public boolean next() {
        if (onReview()) {
            return false;
        }
        for (Question question : shownQuestions(currentStep())) {
            if (question.required() && !isAnswered(question)) {
                blockingMessage.set(
                        texts.get(
                                "wizard.required",
                                questionText(currentStep(), question),
                                question.declinable()
                                        ? texts.get("wizard.required.orDecline")
                                        : ""));
                blocking.set(question);
                return false;
            }
        }
        clearBlocking();
        state.stepProperty().set(step() + 1);
        return true;
    }

    public boolean back() {
        if (step() == 0) {
            return false;
        }
        clearBlocking();
        state.stepProperty().set(step() - 1);
        return true;
    }

    /** Jumps to a step (from the review page). */
    public void goTo(Step at) {
        clearBlocking();
        state.stepProperty().set(state.steps().indexOf(at));
    }

    /** Whether the question of the current step has an answer or was declined. */
    public boolean isAnswered(Question question) {
        Answer answer = answerTo(question).orElse(null);
        return answer != null && answer.status() != Answer.Status.NOT_REACHED;
    }

    public ReadOnlyObjectProperty<Question> blockingProperty() {
        return blocking;
    }

    public ReadOnlyStringProperty blockingMessageProperty() {
        return blockingMessage.getReadOnlyProperty();
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    public String stepLabel() {
        return texts.get("wizard.step", Math.min(step() + 1, stepCount()), stepCount());
    }

    public double progress() {
        // the review counts as the last step, so the bar moves from the first page on
        return (double) (step() + 1) / (stepCount() + 1);
    }

    public String text(Text text) {
        return text.in(state.language());
    }

    private void clearBlocking() {
        blockingMessage.set(null);
        blocking.set(null);
    }
}
