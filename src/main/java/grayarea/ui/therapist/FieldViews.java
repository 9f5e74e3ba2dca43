package grayarea.ui.therapist;

import grayarea.ui.toolkit.FieldProblems;
import grayarea.ui.toolkit.FilePicker;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;

/**
 * A field as the therapist pages show it: its label, the control, a hint, and what is wrong in
 * words right below it (the toolkit's {@link FieldProblems}, ControlsFX validation shown as words);
 * the same words are part of what a screen reader says for the control.
 */
final class FieldViews {

    private FieldViews() {}

    static VBox row(
            FieldProblems problems,
            Texts texts,
            String id,
            String labelText,
            TextInputControl control,
            Checked.Text entry,
            String hint) {
        control.setId(id);
        control.textProperty().bindBidirectional(entry.text);
        Label label = TextPage.paragraph(labelText);
        label.getStyleClass().add(Style.FIELD_LABEL);
        label.setLabelFor(control);
        VBox box = new VBox(4, label, control);
        if (hint != null) {
            box.getChildren().add(TextPage.hint(hint));
        }
        box.getChildren().add(error(problems, texts, id + "-error", entry, control, labelText));
        return box;
    }

    /**
     * The message of {@code checked} under its control: shown only when there is one, in words, and
     * spoken with the control's name.
     */
    static Label error(
            FieldProblems problems,
            Texts texts,
            String id,
            Checked checked,
            Control control,
            String name) {
        return problems.watch(control, name, checked.problemIn(texts), id);
    }

    /**
     * A status line saying what just happened, in words, shown only when there is something to say.
     */
    static Label status(String id, Texts texts, ObservableValue<Message> message) {
        Label status = TextPage.paragraph("");
        status.setId(id);
        status.getStyleClass().add(Style.STATUS);
        status.textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () ->
                                        message.getValue() == null
                                                ? ""
                                                : message.getValue().in(texts),
                                message));
        status.visibleProperty()
                .bind(Bindings.createBooleanBinding(() -> message.getValue() != null, message));
        status.managedProperty().bind(status.visibleProperty());
        status.accessibleTextProperty().bind(status.textProperty());
        return status;
    }

    /** Asks for a question bank file. */
    static Optional<Path> pickBank(FilePicker files, Texts texts) {
        return files.open(
                new FilePicker.Request(
                        texts.get("therapist.bank.dialog"),
                        texts.get("therapist.bank.filter"),
                        "json",
                        null));
    }
}
