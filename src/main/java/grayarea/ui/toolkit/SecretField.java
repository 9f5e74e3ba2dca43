package grayarea.ui.toolkit;

import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.PasswordField;

/**
 * The one field for a PIN or a passphrase. What is typed is handed out only as a {@code char[]}
 * that the caller wipes ({@link #take()}), never read into a String by the app, and the field's own
 * buffer is overwritten before it is emptied. JavaFX itself makes Strings of the text while typing
 * (its text property), which no code can wipe: docs/privacy.md says so.
 */
public final class SecretField {

    private final PasswordField field = new PasswordField();

    public SecretField(String id) {
        field.setId(id);
    }

    /** The control, to lay out, label and focus. */
    public PasswordField control() {
        return field;
    }

    /** True while nothing is typed. */
    public BooleanBinding emptyProperty() {
        return field.lengthProperty().isEqualTo(0);
    }

    public int length() {
        return field.getLength();
    }

    /**
     * Whether the same characters are typed here as in {@code other} (a repeat field), compared
     * where they are, without a copy of either.
     */
    public boolean sameAs(SecretField other) {
        CharSequence typed = field.getCharacters();
        CharSequence again = other.field.getCharacters();
        boolean alike = typed.length() == again.length();
        for (int i = 0; alike && i < typed.length(); i++) {
            alike = typed.charAt(i) == again.charAt(i);
        }
        return alike;
    }

    /**
     * What was typed, as a new array the caller must wipe ({@code Arrays.fill(chars, '\0')}) when
     * done; the field is wiped and emptied.
     */
    public char[] take() {
        CharSequence typed = field.getCharacters();
        char[] chars = new char[typed.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = typed.charAt(i);
        }
        wipe();
        return chars;
    }

    /**
     * Empties the field, first overwriting its buffer so that the characters typed do not stay in
     * the control's memory after it is cleared.
     */
    public void wipe() {
        int length = field.getLength();
        if (length > 0) {
            field.replaceText(0, length, "\0".repeat(length));
        }
        field.clear();
    }
}
