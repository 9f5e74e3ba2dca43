package grayarea.ui.quiz;

import grayarea.bank.Answer;
import grayarea.bank.Question;
import grayarea.bank.Section;
import grayarea.bank.Text;
import grayarea.ui.Texts;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The wizard's state and rules: which step is showing, which questions it shows, whether Next
 * may go on. A required question that is neither answered nor declined stops Next, and the
 * view model names it so the view can show the message there and move focus to it.
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
        state.answers().addListener((javafx.collections.MapChangeListener<String, Answer>) c -> {
            Question stopped = blocking.get();
            if (stopped != null && c.getKey().equals(stopped.id()) && isAnswered(stopped)) {
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

    public Section currentSection() {
        return state.steps().get(step());
    }

    /** The questions of a step shown with the answers so far (conditions applied). */
    public List<Question> shownQuestions(Section section) {
        return state.questionsOf(section).stream().filter(state::isShown).toList();
    }

    /** Every question of a step, shown or not, so the view can show and hide them as answers change. */
    public List<Question> allQuestions(Section section) {
        return state.questionsOf(section);
    }

    public void answer(Question question, Answer answer) {
        state.answers().put(question.id(), answer);
    }

    public void clear(Question question) {
        state.answers().remove(question.id());
    }

    public Optional<Answer> answerTo(Question question) {
        return Optional.ofNullable(state.answers().get(question.id()));
    }

    /**
     * Goes to the next step, or to the review after the last; returns false when a required
     * question stops it, after naming that question in {@link #blockingProperty()}.
     */
    public boolean next() {
        if (onReview()) {
            return false;
        }
        for (Question question : shownQuestions(currentSection())) {
            if (question.required() && !isAnswered(question)) {
                blockingMessage.set(texts.get("wizard.required", text(question.textFor(state.perspective())),
                        question.declinable() ? texts.get("wizard.required.orDecline") : ""));
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

    /** Jumps to the step that holds the question (from the review page). */
    public void goTo(Question question) {
        clearBlocking();
        for (int i = 0; i < stepCount(); i++) {
            if (state.questionsOf(state.steps().get(i)).contains(question)) {
                state.stepProperty().set(i);
                return;
            }
        }
    }

    /** Whether the question has an answer or was declined. */
    public boolean isAnswered(Question question) {
        Answer answer = state.answers().get(question.id());
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

    /** For bindings that follow the step. */
    public javafx.beans.binding.StringBinding stepLabelBinding() {
        return Bindings.createStringBinding(this::stepLabel, state.stepProperty());
    }
}
