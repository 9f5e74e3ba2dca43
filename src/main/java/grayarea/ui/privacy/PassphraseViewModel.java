package grayarea.ui.privacy;

import grayarea.session.Vault;
import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.ProblemWords;
import java.util.Arrays;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Setting a passphrase: long enough, typed the same twice, then every kept session is encrypted.
 * Stretching the passphrase into a key takes about half a second at the shipped cost, so it runs in
 * the background ({@link AppContext#background()}): the page is masked with words meanwhile, and a
 * second press starts nothing.
 */
public final class PassphraseViewModel {

    /** Which field a problem is about. */
    public enum Field {
        FIRST,
        SECOND
    }

    private final AppContext context;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Field> problemField = new ReadOnlyObjectWrapper<>();

    public PassphraseViewModel(AppContext context) {
        this.context = context;
    }

    /**
     * What is wrong with the passphrase typed, said under the first field; empty when nothing is.
     */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The field the person is sent back to after a problem, or null. */
    public ReadOnlyObjectProperty<Field> problemFieldProperty() {
        return problemField.getReadOnlyProperty();
    }

    /** The page's title, intro and the words around the fields. */
    public String text(String key, Object... arguments) {
        return context.texts().get(key, arguments);
    }

    public int minLength() {
        return Vault.MIN_LENGTH;
    }

    /**
     * Sets the passphrase when both are the same and long enough: the key is made and every file
     * holding answers is encrypted in the background, then {@code onSet} runs. Both arrays are
     * wiped either way (the first by the vault once its key is made).
     *
     * @return whether the setting started (false: a problem is said, or other work is still
     *     running)
     */
    public boolean set(char[] first, char[] second, Runnable onSet) {
        boolean valid = false;
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
            valid = true;
        } finally {
            Arrays.fill(second, '\0');
            if (!valid) {
                Arrays.fill(first, '\0');
            }
        }
        problem.set("");
        problemField.set(null);
        // every file holding answers is encrypted where it is (AppFiles is the one list); the vault
        // wipes first
        boolean started =
                context.background()
                        .run(
                                context.texts().get("busy.passphrase.set"),
                                () -> {
                                    context.vault().set(first);
                                    return Boolean.TRUE;
                                },
                                done -> onSet.run(),
                                failed -> {
                                    Arrays.fill(first, '\0');
                                    say(
                                            Field.FIRST,
                                            context.texts()
                                                    .get(
                                                            "wizard.saveFailed",
                                                            ProblemWords.of(
                                                                    context.texts(), failed)));
                                });
        if (!started) {
            Arrays.fill(first, '\0');
        }
        return started;
    }

    private void say(Field field, String text) {
        problemField.set(null);
        problem.set(text);
        problemField.set(field);
    }
}
