package grayarea.ui.therapist;

import grayarea.ui.toolkit.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Something a person fills in on a page, and what is wrong with it, if anything. */
class Checked {

    private final ReadOnlyObjectWrapper<Message> error = new ReadOnlyObjectWrapper<>();

    ReadOnlyObjectProperty<Message> errorProperty() {
        return error.getReadOnlyProperty();
    }

    void setError(Message message) {
        error.set(message);
    }

    boolean ok() {
        return error.get() == null;
    }

    /**
     * What is wrong, in the words of {@code texts}, or empty: what the page shows under the field.
     */
    StringBinding problemIn(Texts texts) {
        return Bindings.createStringBinding(
                () -> error.get() == null ? "" : error.get().in(texts), error);
    }

    /** A text, optional or required, of limited length. */
    static final class Text extends Checked {

        final StringProperty text = new SimpleStringProperty("");
        private final int maxLength;
        private final String requiredKey;

        /**
         * @param requiredKey the message when it is left empty, or null when it may be
         */
        Text(int maxLength, String requiredKey) {
            this.maxLength = maxLength;
            this.requiredKey = requiredKey;
        }

        /** The text without surrounding spaces, or null when there is none. */
        String value() {
            String value = text.get() == null ? "" : text.get().strip();
            return value.isEmpty() ? null : value;
        }

        /** Checks what is there now; true when it may be used. */
        boolean check() {
            String value = value();
            if (value == null && requiredKey != null) {
                setError(new Message(requiredKey));
            } else if (value != null && value.length() > maxLength) {
                setError(new Message("therapist.error.tooLong", value.length(), maxLength));
            } else {
                setError(null);
            }
            return ok();
        }
    }

    /** A box to tick before something is done that cannot be undone. */
    static final class Confirmation extends Checked {

        final BooleanProperty ticked = new SimpleBooleanProperty();
    }
}
