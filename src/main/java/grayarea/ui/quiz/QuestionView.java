package grayarea.ui.quiz;

import grayarea.bank.Answer;
import grayarea.bank.AnswerValue;
import grayarea.bank.Option;
import grayarea.bank.Question;
import grayarea.ui.toolkit.ChoiceGroup;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.Texts;
import grayarea.ui.toolkit.View;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * One question on a wizard page: its text, its answer controls, and an inline message when it stops
 * Next. Number keys pick an option (1 the first, 0 "prefer not to say") while focus is in the
 * question. Every control's accessible text is what is written on it.
 */
final class QuestionView extends View {

    private final Question question;
    private final QuestionViewModel model;
    private final Texts texts;
    private final String questionText;
    private VBox box;
    private Label textLabel;
    private Label error;
    private final List<Control> controls = new ArrayList<>();
    private final List<String> controlNames = new ArrayList<>();
    private boolean updating;
    private Runnable tabForward = () -> {};
    private Runnable tabBackward = () -> {};

    QuestionView(QuestionViewModel model) {
        this.model = model;
        this.question = model.question();
        this.texts = model.texts();
        this.questionText = model.questionText();
    }

    Question question() {
        return question;
    }

    /** Where Tab and Shift+Tab go from a text answer, which would otherwise keep them. */
    void onTabOut(Runnable forward, Runnable backward) {
        this.tabForward = forward;
        this.tabBackward = backward;
    }

    @Override
    protected void createParts() {
        box = new VBox();
        textLabel = new Label();
        error = new Label();
        box.setId("q-" + question.id());
        box.getStyleClass().add(Style.QUESTION);
        textLabel.setText(questionText);
        textLabel.setWrapText(true);
        textLabel.getStyleClass().add(Style.QUESTION_TEXT);
        error.setId("error-" + question.id());
        error.getStyleClass().add(Style.QUESTION_ERROR);
        error.setGraphic(Icon.ALERT_CIRCLE.node());
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
    }

    @Override
    protected Node layOutParts() {
        box.getChildren().add(textLabel);
        model.hint()
                .ifPresent(
                        words -> {
                            Label hint = new Label(words);
                            hint.setWrapText(true);
                            hint.getStyleClass().add(Style.QUESTION_HINT);
                            box.getChildren().add(hint);
                        });
        switch (question.type()) {
            case SINGLE, SCALE, YES_NO -> box.getChildren().add(choiceRow());
            case CHECKLIST -> box.getChildren().add(checklist());
            case TEXT -> box.getChildren().add(textArea());
            case BOUNDARY -> box.getChildren().add(boundary());
            default -> throw new IllegalStateException(question.type().toString());
        }
        box.getChildren().add(error);
        return box;
    }

    /** The answer controls were bound to the quiz as they were made (each kind its own way). */
    @Override
    protected void bind() {
        textLabel.setLabelFor(controls.isEmpty() ? null : controls.get(0));
    }

    private String optionLabel(Option option) {
        return model.optionLabel(option);
    }

    private ToggleButton toggle(String label, String accessibleName, ToggleGroup group) {
        ToggleButton button = new ToggleButton(label);
        button.setToggleGroup(group);
        button.setWrapText(true);
        button.getStyleClass().add(Style.ANSWER_TOGGLE);
        register(button, accessibleName);
        return button;
    }

    private void register(Control control, String name) {
        control.setAccessibleText(name);
        control.setAccessibleHelp(questionText);
        controls.add(control);
        controlNames.add(name);
    }

    private FlowPane row() {
        FlowPane row = new FlowPane(8, 8);
        return row;
    }

    /**
     * Single choice, scale and yes/no: a wrapping row of toggles, then "prefer not to say"; one
     * {@link ChoiceGroup} whose value is the answer.
     */
    private Node choiceRow() {
        ChoiceGroup<Answer> group = new ChoiceGroup<>(questionText);
        FlowPane row = row();
        row.setAccessibleRole(AccessibleRole.LIST_VIEW);
        row.setAccessibleText(questionText);
        List<ToggleButton> options = new ArrayList<>();
        for (Option option : question.options()) {
            options.add(
                    choice(
                            group,
                            optionLabel(option),
                            Answer.answered(new AnswerValue.Choice(option.id()))));
        }
        row.getChildren().addAll(options);
        ToggleButton decline = null;
        if (question.declinable()) {
            decline = choice(group, texts.get("wizard.declined"), Answer.declined());
            decline.getStyleClass().add(Style.DECLINE_TOGGLE);
            row.getChildren().add(decline);
        }
        numberKeys(row, options, decline);
        // an answer kept as not shared is still this choice
        group.select(model.current() == null ? null : model.current().withShared(true));
        group.valueProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (now == null) {
                                model.clear();
                            } else {
                                model.answer(now);
                            }
                        });
        return row;
    }

    private ToggleButton choice(ChoiceGroup<Answer> group, String label, Answer answer) {
        ToggleButton button = group.toggle(label, label, answer);
        button.setWrapText(true);
        button.getStyleClass().add(Style.ANSWER_TOGGLE);
        register(button, label);
        return button;
    }

    private void numberKeys(Node area, List<? extends Toggle> options, Toggle decline) {
        area.addEventFilter(
                KeyEvent.KEY_PRESSED,
                e -> {
                    if (e.isAltDown() || e.isControlDown() || e.isMetaDown() || e.isShiftDown()) {
                        return;
                    }
                    int digit = digit(e.getCode());
                    if (digit >= 1 && digit <= options.size()) {
                        Toggle toggle = options.get(digit - 1);
                        toggle.setSelected(true);
                        ((Node) toggle).requestFocus();
                        e.consume();
                    } else if (digit == 0 && decline != null) {
                        decline.setSelected(true);
                        ((Node) decline).requestFocus();
                        e.consume();
                    }
                });
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            return name.charAt(name.length() - 1) - '0';
        }
        return -1;
    }

    /** Checklist: a box per option; "prefer not to say" unticks and locks them. */
    private Node checklist() {
        VBox list = new VBox(6);
        List<CheckBox> boxes = new ArrayList<>();
        for (Option option : question.options()) {
            CheckBox check = new CheckBox(optionLabel(option));
            check.setWrapText(true);
            check.setUserData(option.id());
            register(check, optionLabel(option));
            boxes.add(check);
        }
        list.getChildren().addAll(boxes);
        ToggleButton decline = null;
        if (question.declinable()) {
            decline = new ToggleButton(texts.get("wizard.declined"));
            decline.getStyleClass().addAll(Style.ANSWER_TOGGLE, Style.DECLINE_TOGGLE);
            register(decline, texts.get("wizard.declined"));
            list.getChildren().add(decline);
        }
        Answer current = model.current();
        if (current != null && current.status() == Answer.Status.DECLINED && decline != null) {
            decline.setSelected(true);
            boxes.forEach(b -> b.setDisable(true));
        } else if (current != null && current.value() instanceof AnswerValue.Choices ticked) {
            boxes.forEach(b -> b.setSelected(ticked.options().contains((String) b.getUserData())));
        }
        ToggleButton declineButton = decline;
        Runnable store =
                () -> {
                    if (declineButton != null && declineButton.isSelected()) {
                        model.answer(Answer.declined());
                        return;
                    }
                    List<String> ids =
                            boxes.stream()
                                    .filter(CheckBox::isSelected)
                                    .map(b -> (String) b.getUserData())
                                    .toList();
                    model.answer(Answer.answered(new AnswerValue.Choices(ids)));
                };
        boxes.forEach(b -> b.selectedProperty().addListener((obs, old, now) -> store.run()));
        if (decline != null) {
            decline.selectedProperty()
                    .addListener(
                            (obs, old, now) -> {
                                boxes.forEach(
                                        b -> {
                                            b.setDisable(now);
                                            if (now) {
                                                b.setSelected(false);
                                            }
                                        });
                                store.run();
                            });
        }
        list.addEventFilter(
                KeyEvent.KEY_PRESSED,
                e -> {
                    int digit = digit(e.getCode());
                    if (e.isAltDown() || e.isControlDown() || e.isShiftDown()) {
                        return;
                    }
                    if (digit >= 1 && digit <= boxes.size() && !boxes.get(digit - 1).isDisabled()) {
                        boxes.get(digit - 1).setSelected(!boxes.get(digit - 1).isSelected());
                        boxes.get(digit - 1).requestFocus();
                        e.consume();
                    } else if (digit == 0 && declineButton != null) {
                        declineButton.setSelected(!declineButton.isSelected());
                        declineButton.requestFocus();
                        e.consume();
                    }
                });
        return list;
    }

    /** A free-text reflection: kept to the bank's length; never scored. */
    private Node textArea() {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(4);
        int max = question.maxLength();
        area.setTextFormatter(
                new TextFormatter<String>(
                        change -> change.getControlNewText().length() <= max ? change : null));
        register(area, questionText);
        // Tab leaves the text area, as everywhere else in the page (a tab character is never needed
        // here)
        area.addEventFilter(
                KeyEvent.KEY_PRESSED,
                e -> {
                    if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown()) {
                        e.consume();
                        (e.isShiftDown() ? tabBackward : tabForward).run();
                    }
                });
        Answer current = model.current();
        if (current != null && current.value() instanceof AnswerValue.FreeText text) {
            area.setText(text.text());
        }
        area.textProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (now.isBlank()) {
                                model.clear();
                            } else {
                                model.answer(Answer.answered(new AnswerValue.FreeText(now)));
                            }
                        });
        return area;
    }

    /** A boundary rating: fine / depends / crosses a line, for me and for my partner. */
    private Node boundary() {
        VBox rows = new VBox(8);
        Map<Side, ToggleGroup> groups = new EnumMap<>(Side.class);
        ToggleGroup declineGroup = new ToggleGroup();
        ToggleButton decline = null;
        for (Side side : Side.values()) {
            ToggleGroup group = new ToggleGroup();
            groups.put(side, group);
            Label sideLabel = new Label(texts.get(side.key));
            sideLabel.getStyleClass().add(Style.BOUNDARY_SIDE);
            FlowPane row = row();
            row.setAccessibleRole(AccessibleRole.LIST_VIEW);
            row.setAccessibleText(questionText + ": " + texts.get(side.key));
            List<ToggleButton> ratings = new ArrayList<>();
            for (AnswerValue.Rating rating : AnswerValue.Rating.values()) {
                String label = texts.get("rating." + rating.json());
                ToggleButton button = toggle(label, texts.get(side.key) + ": " + label, group);
                button.setUserData(rating);
                ratings.add(button);
            }
            row.getChildren().addAll(ratings);
            numberKeys(row, ratings, null);
            rows.getChildren().addAll(sideLabel, row);
        }
        if (question.declinable()) {
            decline = new ToggleButton(texts.get("wizard.declined"));
            decline.setToggleGroup(declineGroup);
            decline.getStyleClass().addAll(Style.ANSWER_TOGGLE, Style.DECLINE_TOGGLE);
            register(decline, texts.get("wizard.declined"));
            rows.getChildren().add(decline);
        }
        Answer current = model.current();
        updating = true;
        if (current != null && current.value() instanceof AnswerValue.BoundaryRating rating) {
            selectRating(groups.get(Side.ME), rating.ifIDid());
            selectRating(groups.get(Side.PARTNER), rating.ifPartnerDid());
        } else if (current != null
                && current.status() == Answer.Status.DECLINED
                && decline != null) {
            decline.setSelected(true);
        }
        updating = false;
        ToggleButton declineButton = decline;
        Runnable store =
                () -> {
                    if (updating) {
                        return;
                    }
                    Toggle me = groups.get(Side.ME).getSelectedToggle();
                    Toggle partner = groups.get(Side.PARTNER).getSelectedToggle();
                    if (me != null && partner != null) {
                        model.answer(
                                Answer.answered(
                                        new AnswerValue.BoundaryRating(
                                                (AnswerValue.Rating) me.getUserData(),
                                                (AnswerValue.Rating) partner.getUserData())));
                    } else if (declineButton == null || !declineButton.isSelected()) {
                        model.clear();
                    }
                };
        for (ToggleGroup group : groups.values()) {
            group.selectedToggleProperty()
                    .addListener(
                            (obs, old, now) -> {
                                if (now != null
                                        && declineButton != null
                                        && declineButton.isSelected()) {
                                    updating = true;
                                    declineButton.setSelected(false);
                                    updating = false;
                                }
                                store.run();
                            });
        }
        if (decline != null) {
            decline.selectedProperty()
                    .addListener(
                            (obs, old, now) -> {
                                if (updating) {
                                    return;
                                }
                                if (now) {
                                    updating = true;
                                    groups.values().forEach(g -> g.selectToggle(null));
                                    updating = false;
                                    model.answer(Answer.declined());
                                } else {
                                    store.run();
                                }
                            });
            rows.addEventFilter(
                    KeyEvent.KEY_PRESSED,
                    e -> {
                        if (digit(e.getCode()) == 0
                                && !e.isShiftDown()
                                && !e.isAltDown()
                                && !e.isControlDown()) {
                            declineButton.setSelected(true);
                            declineButton.requestFocus();
                            e.consume();
                        }
                    });
        }
        return rows;
    }

    private static void selectRating(ToggleGroup group, AnswerValue.Rating rating) {
        group.getToggles().stream()
                .filter(t -> t.getUserData() == rating)
                .findFirst()
                .ifPresent(group::selectToggle);
    }

    /** The two sides of a boundary rating. */
    private enum Side {
        ME("wizard.boundary.ifIDid"),
        PARTNER("wizard.boundary.ifPartnerDid");

        private final String key;

        Side(String key) {
            this.key = key;
        }
    }

    /** The control keyboard focus goes to: the chosen answer, else the first one. */
    Control focusTarget() {
        if (controls.isEmpty()) {
            return null;
        }
        return controls.stream()
                .filter(c -> c instanceof Toggle t && t.isSelected())
                .findFirst()
                .orElse(controls.get(0));
    }

    /** Moves keyboard focus to the question (now, or as soon as it is on screen). */
    void focus() {
        Focus.later(focusTarget());
    }

    /**
     * Shows (or, with null, hides) the message that stops Next; it joins each control's accessible
     * text.
     */
    void showError(String message) {
        boolean show = message != null;
        error.setText(show ? message : "");
        error.setVisible(show);
        error.setManaged(show);
        box.pseudoClassStateChanged(PseudoClass.getPseudoClass("invalid"), show);
        for (int i = 0; i < controls.size(); i++) {
            String name = controlNames.get(i);
            controls.get(i).setAccessibleText(show ? name + ". " + message : name);
            controls.get(i).setAccessibleHelp(show ? questionText + " " + message : questionText);
        }
    }
}
