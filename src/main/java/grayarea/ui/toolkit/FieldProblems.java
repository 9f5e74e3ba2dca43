package grayarea.ui.toolkit;

import atlantafx.base.theme.Styles;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * What is wrong with the fields of a form, shown the one way the app shows it: ControlsFX's {@link
 * ValidationSupport} keeps track of each field's problem, and instead of its default decoration (a
 * small image with a tooltip, which neither the keyboard nor a screen reader reaches) each problem
 * is written in words right under its field, with a warning icon, and is part of what a screen
 * reader says for the field; the field is marked with the theme's danger colour.
 *
 * <p>The problems themselves come from the page's view model (state and validation live there): a
 * form gives each field the view model's observable problem, a text, or empty when it is fine.
 */
public final class FieldProblems {

    private final ValidationSupport support = new ValidationSupport();
    private final Map<Control, Shown> shown = new HashMap<>();

    /** Watched controls ControlsFX cannot read (buttons), and their problems. */
    private final Map<Control, ObservableValue<String>> unread = new HashMap<>();

    private record Shown(Label message, String name) {}

    public FieldProblems() {
        support.setValidationDecorator(new WordsUnderTheField());
    }

    /**
     * Watches one field.
     *
     * @param control the field
     * @param name its name, as its label says it (what a screen reader says first)
     * @param problem what is wrong with it now, from the view model: empty or null when nothing is
     * @param messageId the id of the line that shows the problem
     * @return the line to lay out right under the field; it takes no room while there is no problem
     */
    public Label watch(
            Control control, String name, ObservableValue<String> problem, String messageId) {
        Label message = TextPage.paragraph("");
        message.setId(messageId);
        message.getStyleClass().add(Style.QUESTION_ERROR);
        message.setGraphic(Icon.ALERT_CIRCLE.node());
        message.setVisible(false);
        message.setManaged(false);
        control.setAccessibleText(name);
        shown.put(control, new Shown(message, name));
        boolean registered =
                support.registerValidator(
                        control,
                        false,
                        (Control c, Object value) -> {
                            String now = shown.containsKey(c) ? problem.getValue() : null;
                            return ValidationResult.fromErrorIf(
                                    c, now == null ? "" : now, now != null && !now.isEmpty());
                        });
        if (registered) {
            problem.addListener((obs, old, now) -> support.revalidate(control));
            // ControlsFX shows a problem only once the field was edited; here the view model says
            // when it is one
            support.initInitialDecoration();
        } else {
            // a control ControlsFX cannot read a value from (a button that picks a file): the same
            // words, directly
            WordsUnderTheField words = new WordsUnderTheField();
            Runnable show =
                    () -> {
                        String now = shown.containsKey(control) ? problem.getValue() : null;
                        words.removeDecorations(control);
                        if (now != null && !now.isEmpty()) {
                            words.applyValidationDecoration(ValidationMessage.error(control, now));
                        }
                    };
            problem.addListener((obs, old, now) -> show.run());
            unread.put(control, problem);
            show.run();
        }
        return message;
    }

    /**
     * Stops watching a field that a page took away (a list of fields built again): its problem no
     * longer counts and its line is emptied.
     */
    public void forget(Control control) {
        Shown field = shown.remove(control);
        if (field != null) {
            field.message().setText("");
            field.message().setVisible(false);
            field.message().setManaged(false);
        }
        // ControlsFX has no way to unregister: the field's validator now finds it forgotten and
        // says nothing
        if (unread.remove(control) == null) {
            support.revalidate(control);
        }
    }

    /** True while any watched field has a problem. */
    public boolean hasProblems() {
        return Boolean.TRUE.equals(support.isInvalid())
                || unread.values().stream()
                        .anyMatch(
                                problem ->
                                        problem.getValue() != null
                                                && !problem.getValue().isEmpty());
    }

    /** The problem shown for a field now, or empty. */
    public String problemOf(Control control) {
        ObservableValue<String> direct = unread.get(control);
        if (direct != null) {
            return direct.getValue() == null ? "" : direct.getValue();
        }
        return support.getHighestMessage(control).map(ValidationMessage::getText).orElse("");
    }

    /**
     * ControlsFX's decoration, made of words: the message under the field, and in what is said for
     * it.
     */
    private final class WordsUnderTheField implements ValidationDecoration {

        @Override
        public void removeDecorations(Control target) {
            Shown field = shown.get(target);
            if (field != null) {
                field.message().setText("");
                field.message().setVisible(false);
                field.message().setManaged(false);
                target.setAccessibleText(field.name());
            }
            target.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        }

        @Override
        public void applyValidationDecoration(ValidationMessage problem) {
            Control target = problem.getTarget();
            Shown field = shown.get(target);
            if (field != null) {
                field.message().setText(problem.getText());
                field.message().setVisible(true);
                field.message().setManaged(true);
                target.setAccessibleText(field.name() + ". " + problem.getText());
            }
            target.pseudoClassStateChanged(Styles.STATE_DANGER, true);
        }

        @Override
        public void applyRequiredDecoration(Control target) {
            // a required field says so in its label's words, not with a mark
        }
    }
}
