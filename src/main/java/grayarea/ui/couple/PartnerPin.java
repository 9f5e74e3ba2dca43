package grayarea.ui.couple;

import grayarea.ui.toolkit.SecretField;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.Texts;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;

/**
 * A partner's PIN field, its label, and the message under it when the PIN does not open their turn:
 * on the hand-over page and on the page where both sit together for the comparison.
 */
final class PartnerPin {

    private final Texts texts;
    private final String name;
    private final Label label;
    private final SecretField secret;
    private final PasswordField field;
    private final Label error = new Label();
    private final Label forgotten = new Label();

    PartnerPin(Texts texts, String name, String fieldId, String errorId) {
        this.texts = texts;
        this.name = name;
        this.secret = new SecretField(fieldId);
        this.field = secret.control();
        this.label = new Label(texts.get("couple.handover.pin", name));
        label.setLabelFor(field);
        field.setMaxWidth(320);
        field.setAccessibleText(label.getText());
        error.setId(errorId);
        error.getStyleClass().add(Style.QUESTION_ERROR);
        error.setWrapText(true);
        forgotten.setId(errorId + "-forgotten");
        forgotten.setText(texts.get("couple.handover.forgotten"));
        forgotten.getStyleClass().add(Style.HINT);
        forgotten.setWrapText(true);
        showError(false);
    }

    List<Node> nodes() {
        return List.of(label, field, error, forgotten);
    }

    PasswordField field() {
        return field;
    }

    /**
     * What was typed, as an array the caller wipes; the field is wiped and emptied, so the PIN
     * stays on screen no longer than needed.
     */
    char[] take() {
        return secret.take();
    }

    /**
     * The PIN did not open the turn: say so under the field, to assistive technology too, with what
     * a forgotten PIN means, and go back to the field.
     */
    void refused() {
        String message = texts.get("couple.handover.wrongPin", name);
        error.setText(message);
        showError(true);
        field.setAccessibleText(label.getText() + ". " + message);
        field.setAccessibleHelp(forgotten.getText());
        field.requestFocus();
    }

    /**
     * The turn could not be opened for another reason than the PIN: say so under the field, without
     * the note on forgotten PINs (the PIN was never judged), and go back to the field.
     */
    void failed(String message) {
        error.setText(message);
        showError(true);
        forgotten.setVisible(false);
        forgotten.setManaged(false);
        field.setAccessibleText(label.getText() + ". " + message);
        field.setAccessibleHelp(null);
        field.requestFocus();
    }

    /** Another try: the last refusal is no longer shown. */
    void clearRefusal() {
        showError(false);
        field.setAccessibleText(label.getText());
        field.setAccessibleHelp(null);
    }

    private void showError(boolean shown) {
        for (Label shownAfterRefusal : List.of(error, forgotten)) {
            shownAfterRefusal.setVisible(shown);
            shownAfterRefusal.setManaged(shown);
        }
    }
}
