package grayarea.ui;

import grayarea.bank.Answer;
import grayarea.bank.AnswerValue;
import grayarea.bank.Option;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.QuestionType;
import grayarea.bank.Section;
import grayarea.bank.Visibility;
import grayarea.ui.toolkit.Style;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.assertj.core.api.Assertions;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Takes the whole quiz through the real window, by keyboard or by mouse, following a plan of
 * answers, and keeps the answers it gave so a test can work out the expected result itself.
 */
final class QuizDriver {

    private final UiTest ui;
    private final QuestionBank bank;
    private final String perspective;
    private final Function<Question, Answer> plan;
    private final Map<String, Answer> given = new LinkedHashMap<>();
    private boolean tabbing = true;

    QuizDriver(UiTest ui, QuestionBank bank, String perspective, Function<Question, Answer> plan) {
        this.ui = ui;
        this.bank = bank;
        this.perspective = perspective;
        this.plan = plan;
    }

    /**
     * Goes into each question directly (its first control takes the focus, as after a click) and
     * answers it with the same keys, instead of pressing Tab until the keyboard gets there: for
     * tests about something other than reaching every question by keyboard, which the whole runs by
     * keyboard (SoloQuizTest) check.
     */
    QuizDriver straightToEachQuestion() {
        tabbing = false;
        return this;
    }

    Map<String, Answer> given() {
        return given;
    }

    /** The steps the wizard shows for this perspective. */
    List<Section> steps() {
        return bank.sections().stream()
                .filter(s -> !s.questionsFor(perspective).isEmpty())
                .toList();
    }

    /** Answers every step by keyboard only and stops on the review page. */
    void answerAllByKeyboard(String screenshotPrefix) {
        int index = 0;
        for (Section section : steps()) {
            for (Question question : section.questionsFor(perspective)) {
                if (!shown(question)) {
                    continue;
                }
                Answer answer = plan.apply(question);
                focusQuestion(question);
                keyboardAnswer(question, answer);
                given.put(question.id(), answer);
                if (question.type() == QuestionType.TEXT) {
                    assertNoteSaysWhoSeesIt(question);
                }
            }
            if (screenshotPrefix != null) {
                ui.screenshot(screenshotPrefix + "-step-" + (++index) + "-" + section.id());
            }
            ui.type(KeyCode.ENTER);
        }
    }

    /** A note says "only you see this" when it is private, and never when it is shared. */
    private void assertNoteSaysWhoSeesIt(Question question) {
        String hint =
                ui.lookup("#q-" + question.id() + " ." + Style.QUESTION_HINT)
                        .queryAs(Label.class)
                        .getText();
        String onlyYou = ui.context.texts().get("wizard.text.hint", question.maxLength());
        if (question.privateItem()) {
            Assertions.assertThat(hint).contains(onlyYou);
        } else {
            Assertions.assertThat(hint)
                    .doesNotContain(onlyYou)
                    .contains(ui.context.texts().get("wizard.text.limit", question.maxLength()));
        }
    }

    /**
     * Answers page after page by keyboard, in the order the page shows its questions (which may be
     * shuffled, as in a couple's turn), until the review page; returns how many pages.
     */
    int answerPagesByKeyboard() {
        return answerPagesByKeyboard(Integer.MAX_VALUE);
    }

    /** The same, stopping after at most that many pages. */
    int answerPagesByKeyboard(int most) {
        int pages = 0;
        while (pages < most
                && !ui.lookup("#step-label")
                        .queryAs(Label.class)
                        .getText()
                        .equals(ui.context.texts().get("review.title"))) {
            VBox page = (VBox) ui.lookup(".section-page").query();
            for (Node node : List.copyOf(page.getChildren())) {
                if (node.getId() == null || !node.getId().startsWith("q-") || !node.isVisible()) {
                    continue;
                }
                Question question = bank.question(node.getId().substring(2)).orElseThrow();
                Answer answer = plan.apply(question);
                focusQuestion(question);
                keyboardAnswer(question, answer);
                given.put(question.id(), answer);
            }
            ui.type(KeyCode.ENTER);
            pages++;
        }
        return pages;
    }

    /**
     * Answers every step and stops on the review page: every kind of answer (each question type,
     * and "prefer not to say") is given with the mouse the first time it comes in the run, the same
     * kind again by its keyboard shortcut; Next with the mouse on every page.
     */
    void answerEachKindByMouse() {
        Set<String> clicked = new HashSet<>();
        for (Section section : steps()) {
            for (Question question : section.questionsFor(perspective)) {
                if (!shown(question)) {
                    continue;
                }
                Answer answer = plan.apply(question);
                String kind =
                        answer.status() == Answer.Status.DECLINED
                                ? "declined"
                                : question.type().name();
                if (clicked.add(kind)) {
                    mouseAnswer(question, answer);
                } else {
                    boolean was = tabbing;
                    tabbing = false;
                    focusQuestion(question);
                    tabbing = was;
                    keyboardAnswer(question, answer);
                }
                given.put(question.id(), answer);
            }
            ui.clickOn("#next");
        }
    }

    /**
     * Moves the keyboard into one question on the page and answers it, as a person would change one
     * answer.
     */
    void answerOneByKeyboard(Question question, Answer answer) {
        focusQuestion(question);
        keyboardAnswer(question, answer);
        given.put(question.id(), answer);
    }

    private boolean shown(Question question) {
        String part = question.partFor(perspective);
        Map<String, Answer> answers = new LinkedHashMap<>();
        given.forEach(
                (id, a) ->
                        bank.question(id)
                                .filter(q -> q.partFor(perspective).equals(part))
                                .ifPresent(q -> answers.put(id, a)));
        return Visibility.isShown(question, Visibility.dropHidden(bank, part, answers));
    }

    /** Presses Tab until the keyboard is in the question (it never needs the mouse). */
    private void focusQuestion(Question question) {
        if (!tabbing) {
            Node box = ui.lookup("#q-" + question.id()).query();
            Node first =
                    ui
                            .from(box)
                            .lookup(
                                    (Node n) ->
                                            n.isFocusTraversable()
                                                    && n.isVisible()
                                                    && !n.isDisabled())
                            .queryAll()
                            .stream()
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            new AssertionError(
                                                    "nothing to focus in " + question.id()));
            ui.interact(first::requestFocus);
            if (!inQuestion(ui.focused(), question)) {
                throw new AssertionError(
                        "the focus did not go into "
                                + question.id()
                                + "; it is on "
                                + ui.focused());
            }
            return;
        }
        for (int i = 0; i < 40 && !inQuestion(ui.focused(), question); i++) {
            ui.type(KeyCode.TAB);
        }
        if (!inQuestion(ui.focused(), question)) {
            throw new AssertionError(
                    "Tab never reached " + question.id() + "; focus is on " + ui.focused());
        }
    }

    static boolean inQuestion(Node node, Question question) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (("q-" + question.id()).equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    private void keyboardAnswer(Question question, Answer answer) {
        if (answer.status() == Answer.Status.DECLINED) {
            ui.type(KeyCode.DIGIT0);
            return;
        }
        AnswerValue value = answer.value();
        switch (question.type()) {
            case SINGLE, SCALE, YES_NO ->
                    ui.type(digit(indexOf(question, ((AnswerValue.Choice) value).option()) + 1));
            case CHECKLIST -> {
                for (String id : ((AnswerValue.Choices) value).options()) {
                    ui.type(digit(indexOf(question, id) + 1));
                }
            }
            case TEXT -> {
                // Enter makes a new line in a text answer; Tab leaves it, to the next question or
                // to Next
                ui.write(((AnswerValue.FreeText) value).text());
                ui.type(KeyCode.TAB);
            }
            case BOUNDARY -> {
                AnswerValue.BoundaryRating rating = (AnswerValue.BoundaryRating) value;
                ui.type(digit(rating.ifIDid().ordinal() + 1));
                ui.type(KeyCode.TAB);
                ui.type(digit(rating.ifPartnerDid().ordinal() + 1));
            }
            default -> throw new IllegalStateException();
        }
    }

    private void mouseAnswer(Question question, Answer answer) {
        String box = "#q-" + question.id();
        if (answer.status() == Answer.Status.DECLINED) {
            clickText(box, ui.context.texts().get("wizard.declined"), 0);
            return;
        }
        AnswerValue value = answer.value();
        switch (question.type()) {
            case SINGLE, SCALE, YES_NO ->
                    clickText(box, label(question, ((AnswerValue.Choice) value).option()), 0);
            case CHECKLIST -> {
                for (String id : ((AnswerValue.Choices) value).options()) {
                    clickText(box, label(question, id), 0);
                }
            }
            case TEXT -> {
                Node area = ui.lookup(box + " .text-area").query();
                scrollIntoView(area);
                ui.clickOn(area);
                ui.write(((AnswerValue.FreeText) value).text());
            }
            case BOUNDARY -> {
                AnswerValue.BoundaryRating rating = (AnswerValue.BoundaryRating) value;
                clickText(box, ui.context.texts().get("rating." + rating.ifIDid().json()), 0);
                clickText(box, ui.context.texts().get("rating." + rating.ifPartnerDid().json()), 1);
            }
            default -> throw new IllegalStateException();
        }
    }

    /** Clicks the n-th control in the question whose text is exactly the label. */
    private void clickText(String box, String label, int nth) {
        Node question = ui.lookup(box).query();
        List<Node> inBox =
                ui
                        .from(question)
                        .lookup(
                                (Node n) ->
                                        (n instanceof ToggleButton || n instanceof CheckBox)
                                                && label.equals(((Labeled) n).getText()))
                        .queryAll()
                        .stream()
                        .toList();
        if (inBox.size() <= nth) {
            throw new AssertionError("no control \"" + label + "\" (#" + nth + ") in " + box);
        }
        scrollIntoView(inBox.get(nth));
        ui.clickOn(inBox.get(nth));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void scrollIntoView(Node node) {
        ui.scrollIntoView(node);
    }

    private String label(Question question, String optionId) {
        Option option = question.option(optionId).orElseThrow();
        return option.label().isEmpty()
                ? ui.context.texts().get("answer." + optionId)
                : option.label().in("en");
    }

    private static int indexOf(Question question, String optionId) {
        for (int i = 0; i < question.options().size(); i++) {
            if (question.options().get(i).id().equals(optionId)) {
                return i;
            }
        }
        throw new IllegalArgumentException(optionId);
    }

    private static KeyCode digit(int n) {
        return KeyCode.valueOf("DIGIT" + n);
    }
}
