package grayarea.ui;

import grayarea.ui.quiz.QuizNavigation;
import grayarea.ui.quiz.QuizState;
import grayarea.ui.quiz.WizardView;
import grayarea.ui.quiz.WizardViewModel;
import grayarea.ui.result.ResultActions;
import grayarea.ui.result.ResultView;
import grayarea.ui.result.ResultViewModel;
import grayarea.ui.welcome.WelcomeView;
import grayarea.ui.welcome.WelcomeViewModel;
import java.nio.file.Path;
import java.util.Optional;

/** Moves between the pages: welcome, the wizard (with its review), and the result. */
public final class AppFlow implements QuizNavigation, ResultActions {

    private final AppContext context;
    private final AppShell shell;
    private QuizState quiz;

    public AppFlow(AppContext context, AppShell shell) {
        this.context = context;
        this.shell = shell;
    }

    /** The first page; a bank file passed on start (a double-click) is opened at once. */
    public void start(Optional<Path> bankFile) {
        WelcomeViewModel model = new WelcomeViewModel(context, null);
        bankFile.ifPresent(model::openBank);
        showWelcome(model);
    }

    public void showWelcome(String message) {
        showWelcome(new WelcomeViewModel(context, message));
    }

    private void showWelcome(WelcomeViewModel model) {
        quiz = null;
        shell.show(new WelcomeView(model, context.texts(), context.filePicker(), this::startQuiz, this::startCouple).node());
    }

    /** Couple mode with the bank chosen on the welcome page. */
    public void startCouple(grayarea.bank.QuestionBank bank) {
        quiz = null;
        new grayarea.ui.couple.CoupleFlow(context, bank, shell::show, this::showWelcome).start();
    }

    /** Shows the wizard for a new or resumed quiz (a finished one opens on its result). */
    public void startQuiz(QuizState state) {
        quiz = state;
        if (state.finishedProperty().get()) {
            showResult(state);
            return;
        }
        showWizard(state);
    }

    private void showWizard(QuizState state) {
        WizardViewModel model = new WizardViewModel(state, context.texts());
        shell.show(new WizardView(model, context.texts(), this).node());
    }

    @Override
    public void showResult(QuizState state) {
        state.finishedProperty().set(true);
        ResultViewModel model = new ResultViewModel(state, context.texts());
        shell.show(new ResultView(model, context.texts(), context.filePicker(), this).node());
    }

    @Override
    public void startOver(String message) {
        showWelcome(message);
    }

    @Override
    public void backToAnswers() {
        if (quiz != null) {
            quiz.finishedProperty().set(false);
            quiz.stepProperty().set(quiz.steps().size());
            showWizard(quiz);
        }
    }

    public Optional<QuizState> quiz() {
        return Optional.ofNullable(quiz);
    }
}
