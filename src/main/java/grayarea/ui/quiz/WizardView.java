package grayarea.ui.quiz;

import grayarea.bank.Answer;
import grayarea.bank.Question;
import grayarea.bank.Section;
import grayarea.quiz.Step;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.KeyboardFocus;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.Texts;
import grayarea.ui.toolkit.View;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The wizard in the main window: one page per section of the bank, with its intro, the progress,
 * Back and Next; after the last section, a review of every answer, each a link back to its
 * question; then the result. Enter goes on, Alt+Left goes back.
 */
public final class WizardView extends View {

    private final WizardViewModel model;
    private final Texts texts;
    private final QuizNavigation navigation;
    private BorderPane root;
    private Label stepLabel;
    private ProgressBar progress;
    private Label saveProblem;
    private Button back;
    private Button next;
    private ScrollPane scroll;
    private final List<QuestionView> questionViews = new ArrayList<>();
    private Question focusAfterRender;
    private Step stepAfterRender;

    public WizardView(WizardViewModel model, Texts texts, QuizNavigation navigation) {
        this.model = model;
        this.texts = texts;
        this.navigation = navigation;
    }

    @Override
    protected void createParts() {
        root = new BorderPane();
        stepLabel = new Label();
        progress = new ProgressBar();
        saveProblem = new Label();
        back = new Button();
        next = new Button();
        scroll = new ScrollPane();
        root.setId("wizard");
        stepLabel.setId("step-label");
        stepLabel.getStyleClass().add(Style.STEP_LABEL);
        progress.setId("progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setFocusTraversable(false);
        back.setId("back");
        back.setText(texts.get("wizard.back"));
        back.setGraphic(Icon.ARROW_LEFT.node());
        next.setId("next");
        next.getStyleClass().add(Style.ACCENT);
        next.setGraphic(Icon.ARROW_RIGHT.node());
        next.setContentDisplay(ContentDisplay.RIGHT);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Style.PAGE_SCROLL);
        scroll.setFocusTraversable(false);
        KeyboardFocus.follow(scroll);
    }

    @Override
    protected Node layOutParts() {
        saveProblem.setId("save-problem");
        saveProblem.setWrapText(true);
        saveProblem.getStyleClass().add(Style.PROBLEMS);
        saveProblem.setVisible(false);
        saveProblem.setManaged(false);
        VBox header = new VBox(6, stepLabel, progress, saveProblem);
        header.getStyleClass().add(Style.WIZARD_HEADER);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox nav = new HBox(12, back, spacer, next);
        nav.setAlignment(Pos.CENTER_LEFT);
        nav.getStyleClass().add(Style.WIZARD_NAV);
        root.setTop(header);
        root.setCenter(scroll);
        root.setBottom(nav);
        return root;
    }

    @Override
    protected void bind() {
        back.disableProperty().bind(model.canGoBackProperty().not());
        back.setOnAction(e -> model.back());
        next.setOnAction(e -> goOn());
        model.state().stepProperty().addListener((obs, old, now) -> render());
        model.blockingProperty()
                .addListener(
                        (obs, old, now) -> {
                            questionViews.forEach(
                                    v ->
                                            v.showError(
                                                    v.question() == now
                                                            ? model.blockingMessageProperty().get()
                                                            : null));
                        });
        model.state()
                .answers()
                .addListener((MapChangeListener<String, Answer>) c -> refreshShown());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // an answer that could not be saved is said plainly; the answers stay while the app is open
        model.state()
                .saveErrorProperty()
                .addListener(
                        (obs, old, now) -> {
                            saveProblem.setText(
                                    now == null ? "" : texts.get("wizard.saveFailed", now));
                            saveProblem.setVisible(now != null);
                            saveProblem.setManaged(now != null);
                        });
        render();
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.LEFT && e.isAltDown()) {
            model.back();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && !e.isShiftDown() && !e.isAltDown()) {
            Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
            if (focused instanceof TextArea && !e.isControlDown()) {
                return;
            }
            if (focused instanceof ButtonBase button
                    && !(focused instanceof ToggleButton)
                    && !(focused instanceof CheckBox)) {
                button.fire();
            } else {
                goOn();
            }
            e.consume();
        }
    }

    private void goOn() {
        if (model.onReview()) {
            navigation.showResult(model.state());
            return;
        }
        if (!model.next()) {
            Question blocking = model.blockingProperty().get();
            questionViews.stream()
                    .filter(v -> v.question() == blocking)
                    .findFirst()
                    .ifPresent(QuestionView::focus);
        }
    }

    private void render() {
        stepLabel.textProperty().unbind();
        questionViews.clear();
        progress.setProgress(model.progress());
        if (model.onReview()) {
            stepLabel.setText(texts.get("review.title"));
            progress.setAccessibleText(texts.get("review.title"));
            next.setText(texts.get(navigation.finishKey()));
            scroll.setContent(reviewPage());
            scroll.setAccessibleText(texts.get("review.title"));
            scroll.setVvalue(0);
            // on the review, Enter goes on to the result; Shift+Tab reaches the answers to change
            Focus.later(next);
            return;
        }
        stepLabel.setText(model.stepLabel());
        progress.setAccessibleText(
                texts.get("wizard.progress", model.step() + 1, model.stepCount()));
        boolean last = model.step() == model.stepCount() - 1;
        next.setText(texts.get(last ? "wizard.review" : "wizard.next"));
        scroll.setContent(sectionPage(model.currentStep()));
        scroll.setAccessibleText(stepTitle(model.currentStep()));
        scroll.setVvalue(0);
        refreshShown();
        Question target = model.currentStep().equals(stepAfterRender) ? focusAfterRender : null;
        focusAfterRender = null;
        stepAfterRender = null;
        questionViews.stream()
                .filter(v -> target == null ? v.node().isVisible() : v.question() == target)
                .findFirst()
                .ifPresent(QuestionView::focus);
    }

    private Node sectionPage(Step at) {
        Section section = at.section();
        VBox page = new VBox(16);
        page.getStyleClass().add(Style.SECTION_PAGE);
        Label title = new Label(stepTitle(at));
        title.getStyleClass().add(Style.SECTION_TITLE);
        title.setWrapText(true);
        title.setAccessibleRole(AccessibleRole.TEXT);
        page.getChildren().add(title);
        if (!section.intro().isEmpty()) {
            Label intro = new Label(model.text(section.intro()));
            intro.setWrapText(true);
            intro.getStyleClass().add(Style.SECTION_INTRO);
            page.getChildren().add(intro);
        }
        Label keys = new Label(texts.get("wizard.keys"));
        keys.setWrapText(true);
        keys.getStyleClass().add(Style.KEYS_HINT);
        page.getChildren().add(keys);
        for (Question question : model.allQuestions(at)) {
            QuestionView view = new QuestionView(new QuestionViewModel(question, at, model, texts));
            questionViews.add(view);
            page.getChildren().add(view.node());
        }
        for (int i = 0; i < questionViews.size(); i++) {
            int index = i;
            questionViews
                    .get(i)
                    .onTabOut(() -> focusShownAfter(index, 1), () -> focusShownAfter(index, -1));
        }
        return page;
    }

    /**
     * Focuses the next (or previous) shown question, or the Next (or Back) button past the ends.
     */
    private void focusShownAfter(int index, int direction) {
        for (int i = index + direction; i >= 0 && i < questionViews.size(); i += direction) {
            if (questionViews.get(i).node().isVisible()) {
                questionViews.get(i).focusTarget().requestFocus();
                return;
            }
        }
        (direction > 0 ? next : back.isDisabled() ? next : back).requestFocus();
    }

    /** Shows and hides conditional questions as answers change. */
    private void refreshShown() {
        for (QuestionView view : questionViews) {
            boolean shown = model.state().isShown(model.currentStep(), view.question());
            view.node().setVisible(shown);
            view.node().setManaged(shown);
        }
    }

    private Node reviewPage() {
        VBox page = new VBox(12);
        page.getStyleClass().add(Style.REVIEW_PAGE);
        Label title = new Label(texts.get("review.title"));
        title.getStyleClass().add(Style.SECTION_TITLE);
        Label intro = new Label(texts.get("review.intro"));
        intro.setWrapText(true);
        page.getChildren().addAll(title, intro);
        for (Step at : model.state().steps()) {
            Label heading = new Label(stepTitle(at));
            heading.getStyleClass().add(Style.REVIEW_SECTION);
            heading.setWrapText(true);
            page.getChildren().add(heading);
            for (Question question : model.shownQuestions(at)) {
                String questionText = model.questionText(at, question);
                Hyperlink link = new Hyperlink(questionText);
                link.setId("review-" + model.state().partOf(at, question) + "-" + question.id());
                link.setWrapText(true);
                String answer = answerText(at, question);
                link.setAccessibleText(texts.get("review.edit", questionText) + ": " + answer);
                link.setOnAction(
                        e -> {
                            focusAfterRender = question;
                            stepAfterRender = at;
                            model.goTo(at);
                        });
                Label value = new Label(answer);
                value.setWrapText(true);
                value.getStyleClass().add(Style.REVIEW_ANSWER);
                VBox item = new VBox(2, link, value);
                item.getStyleClass().add(Style.REVIEW_ITEM);
                page.getChildren().add(item);
            }
        }
        return page;
    }

    /** A step's title; in a couple's turn, with whose behaviour it is about. */
    private String stepTitle(Step at) {
        String title = model.text(at.section().title());
        if (model.state().perspectives().size() > 1 && !at.section().isBoundaryMap()) {
            return texts.get(
                    "couple.stepTitle", texts.get("couple.about." + at.perspective()), title);
        }
        return title;
    }

    private String answerText(Step at, Question question) {
        return new AnswerWords(texts, model.state().language())
                .describe(question, model.answerTo(at, question).orElse(null));
    }
}
