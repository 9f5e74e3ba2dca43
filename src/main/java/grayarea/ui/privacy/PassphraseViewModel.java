package grayarea.ui.privacy;

import grayarea.session.Vault;
import grayarea.ui.toolkit.AppContext;
import java.io.IOException;
import java.util.Arrays;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Setting a passphrase: long enough, typed the same twice, then every kept session is encrypted. */
public final class PassphraseViewModel {

    /** Which field a problem is about. */
    public enum Field { FIRST, SECOND }

    private final AppContext context;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Field> problemField = new ReadOnlyObjectWrapper<>();

    public PassphraseViewModel(AppContext context) {
        this.context = context;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Field> problemFieldProperty() {
        return problemField.getReadOnlyProperty();
    }

    /**
     * Sets the passphrase when both are the same and long enough; both arrays are wiped either way.
     *
     * @return whether it was set
     */
    public boolean set(char[] first, char[] second) {
        try {
            if (first.length < Vault.MIN_LENGTH) {
                say(Field.FIRST, context.texts().get("passphrase.short", Vault.MIN_LENGTH));
                return false;
            }
            if (!Arrays.equals(first, second)) {
                // both fields are emptied: typing starts again in the first
                say(Field.FIRST, context.texts().get("passphrase.different"));
                return false;
            }
            // every file holding answers is encrypted where it is (AppFiles is the one list)
            context.vault().set(first.clone());
            problem.set(null);
            problemField.set(null);
            return true;
        } catch (IOException e) {
            say(Field.FIRST, context.texts().get("wizard.saveFailed", e.getMessage()));
            return false;
        } finally {
            Arrays.fill(first, '\0');
            Arrays.fill(second, '\0');
        }
    }

    private void say(Field field, String text) {
        problemField.set(null);
        problem.set(text);
        problemField.set(field);
    }
}
