package grayarea.ui.privacy;

import grayarea.session.AppFiles;
import grayarea.session.HandOutFile;
import grayarea.session.PracticeProfile;
import grayarea.session.crypto.CryptoFileException;
import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.AppIdentity;
import grayarea.ui.toolkit.ProblemWords;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The lock page: the passphrase opens what is kept (the key is stretched in the background, about
 * half a second, with the page masked and a second press refused); a wrong one changes nothing and
 * says so calmly; a forgotten one leaves one way on, deleting what cannot be read, after a second
 * step that names what goes. With a therapist's hand-out opened on it, it first offers to take the
 * hand-out as a private session.
 */
public final class UnlockVaultViewModel {

    private final AppContext context;
    private final Runnable onUnlocked;
    private final Consumer<String> onDeleted;
    private final HandOutFile.Opened handOut;
    private final Runnable takePrivately;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper forgotShown = new ReadOnlyBooleanWrapper();

    /**
     * @param onUnlocked after the right passphrase
     * @param onDeleted after everything was deleted instead, with the message to start again with
     * @param handOut a hand-out opened on the lock page, or null
     * @param takePrivately takes that hand-out as a private session (null without one)
     */
    public UnlockVaultViewModel(
            AppContext context,
            Runnable onUnlocked,
            Consumer<String> onDeleted,
            HandOutFile.Opened handOut,
            Runnable takePrivately) {
        this.context = context;
        this.onUnlocked = onUnlocked;
        this.onDeleted = onDeleted;
        this.handOut = takePrivately == null ? null : handOut;
        this.takePrivately = takePrivately;
    }

    public UnlockVaultViewModel(
            AppContext context, Runnable onUnlocked, Consumer<String> onDeleted) {
        this(context, onUnlocked, onDeleted, null, null);
    }

    /**
     * Why the passphrase did not open, or what could not be deleted; empty when nothing is wrong.
     */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether "I forgot the passphrase" was chosen, showing the way on. */
    public ReadOnlyBooleanProperty forgotShownProperty() {
        return forgotShown.getReadOnlyProperty();
    }

    public String text(String key, Object... arguments) {
        return context.texts().get(key, arguments);
    }

    /** "Gray Area is locked", or in discreet mode "Notes is locked". */
    public String title() {
        return text("unlock.title", AppIdentity.name(context.texts(), context.settings()));
    }

    /** Whether a hand-out is offered first, to take as a private session. */
    public boolean offersHandOut() {
        return handOut != null;
    }

    public String handOutTitle() {
        return text("unlock.handOut.title", practice().heading());
    }

    public String handOutDetail() {
        return text("unlock.handOut.detail", practice().therapistName());
    }

    private PracticeProfile practice() {
        return handOut.handOut().practice();
    }

    public void takePrivately() {
        takePrivately.run();
    }

    /**
     * Tries the passphrase, in the background; it is wiped either way. The right one runs {@code
     * onUnlocked}; a wrong one says so.
     *
     * @return false when other work still runs (nothing was tried)
     */
    public boolean unlock(char[] typed) {
        boolean started =
                context.background()
                        .run(
                                text("busy.unlock"),
                                () -> {
                                    context.vault().unlock(typed);
                                    return Boolean.TRUE;
                                },
                                done -> {
                                    problem.set("");
                                    onUnlocked.run();
                                },
                                failed -> {
                                    Arrays.fill(typed, '\0');
                                    problem.set(
                                            failed instanceof CryptoFileException
                                                    ? text("unlock.wrong")
                                                    : text(
                                                            "unlock.readFailed",
                                                            ProblemWords.of(
                                                                    context.texts(), failed)));
                                });
        if (!started) {
            Arrays.fill(typed, '\0');
        }
        return started;
    }

    public void showForgot() {
        forgotShown.set(true);
    }

    /** The second step's title: names what goes. */
    public String deleteTitle() {
        return text("unlock.forgot.confirm", AppIdentity.name(context.texts(), context.settings()));
    }

    /** The second step's detail: where, how many files, and what stays. */
    public String deleteDetail() {
        String where = text("settings.delete.detail", context.dataFolder());
        try {
            int count = AppFiles.list(context.dataFolder(), context.desktopEntry()).size();
            return text("settings.delete.confirm", count) + " " + where;
        } catch (IOException e) {
            return where;
        }
    }

    /**
     * Deletes everything kept here (the one operation), then starts again with what it did,
     * failures named.
     */
    public void deleteEverything() {
        try {
            onDeleted.accept(DeleteEverything.run(context));
        } catch (IOException e) {
            problem.set(text("settings.delete.failed", e.getMessage()));
        }
    }
}
