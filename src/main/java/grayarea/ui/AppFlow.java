package grayarea.ui;

import grayarea.bank.QuestionBank;
import grayarea.ui.couple.CoupleFlow;
import grayarea.ui.quiz.QuizNavigation;
import grayarea.ui.quiz.QuizState;
import grayarea.ui.quiz.WizardView;
import grayarea.ui.quiz.WizardViewModel;
import grayarea.ui.result.ResultActions;
import grayarea.ui.result.ResultView;
import grayarea.ui.result.ResultViewModel;
import grayarea.ui.therapist.TherapistFlow;
import grayarea.ui.welcome.WelcomeView;
import grayarea.ui.welcome.WelcomeViewModel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * Moves between the pages: welcome, the wizard (with its review), the result, couple mode and
 * the settings. Each page is shown through a recipe that builds it from the current state, so a
 * change of language or text size redraws the page at once without losing anything.
 */
public final class AppFlow implements QuizNavigation, ResultActions {

    private final AppContext context;
    private final AppShell shell;
    private QuizState quiz;
    private CoupleFlow couple;
    private Supplier<Node> current;
    private String language;

    public AppFlow(AppContext context, AppShell shell) {
        this.context = context;
        this.shell = shell;
        this.language = context.settings().language();
        shell.onSettings(this::showSettings);
        context.settingsProperty().addListener((obs, old, now) -> {
            if (!now.language().equals(language)) {
                language = now.language();
                if (quiz != null) {
                    quiz.setLanguage(language);
                }
                if (couple != null) {
                    couple.setLanguage(language);
                }
                redraw();
            }
        });
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
        couple = null;
        show(() -> new WelcomeView(model, context.texts(), context.filePicker(), this::startQuiz, this::startCouple,
                this::startTherapist).node());
    }

    /** Shows a page and remembers how to build it again. */
    private void show(Supplier<Node> page) {
        current = page;
        shell.show(page.get());
    }

    /** Builds the current page again, in the current language. */
    public void redraw() {
        if (current != null) {
            shell.show(current.get());
        }
    }

    /** The settings page; Done goes back to the page it came from. */
    public void showSettings() {
        Supplier<Node> back = current;
        current = () -> new SettingsView(context, () -> {
            current = back;
            redraw();
        }).node();
        redraw();
    }

    /** Couple mode with the bank chosen on the welcome page. */
    public void startCouple(QuestionBank bank) {
        quiz = null;
        couple = new CoupleFlow(context, bank, this::show, this::showWelcome);
        couple.start();
    }

    /** The therapist's pages: practice profile, hand-outs and client results. */
    public void startTherapist() {
        quiz = null;
        couple = null;
        new TherapistFlow(context, this::show, this::showWelcome).start();
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
        show(() -> new WizardView(new WizardViewModel(state, context.texts()), context.texts(), this).node());
    }

    @Override
    public void showResult(QuizState state) {
        state.finishedProperty().set(true);
        show(() -> new ResultView(new ResultViewModel(state, context.texts()), context.texts(), context.filePicker(), this)
                .node());
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
