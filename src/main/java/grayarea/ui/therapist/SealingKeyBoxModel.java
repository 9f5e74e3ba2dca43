package grayarea.ui.therapist;

import grayarea.session.TherapistKeyStore;
import grayarea.session.Vault;
import grayarea.session.crypto.TherapistPublicKey;
import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.ProblemWords;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The therapist's key for sealed results: made once under a passphrase typed twice (stretching it
 * into a key takes about half a second, so it is made in the background with the page masked), then
 * shown by its fingerprint, with a backup copy to save.
 */
final class SealingKeyBoxModel {

    /** What became of the two passphrases typed to make a key. */
    enum Typed {
        /** the key is being made */
        MAKING,
        /** the first is too short: it should be typed again */
        TOO_SHORT,
        /** the second is not the same as the first */
        DIFFERENT,
        /** other slow work still runs: nothing was done */
        BUSY
    }

    private final AppContext context;
    private final TherapistKeyStore store;
    private final ReadOnlyStringWrapper fingerprint = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Message> status = new ReadOnlyObjectWrapper<>();

    SealingKeyBoxModel(AppContext context) {
        this.context = context;
        this.store = new TherapistKeyStore(context.dataFolder());
        fingerprint.set(store.publicKey().map(TherapistPublicKey::fingerprint).orElse(null));
    }

    /** The key's fingerprint once there is a key, else null. */
    ReadOnlyStringProperty fingerprintProperty() {
        return fingerprint.getReadOnlyProperty();
    }

    /** What just happened, or null. */
    ReadOnlyObjectProperty<Message> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * Makes the key under {@code first} when it is long enough and {@code again} is the same. Both
     * arrays are wiped, whatever happens: {@code again} at once, {@code first} once the key is
     * made.
     */
    Typed make(char[] first, char[] again) {
        boolean handedOver = false;
        try {
            if (first.length < Vault.MIN_LENGTH) {
                status.set(new Message("passphrase.short", Vault.MIN_LENGTH));
                return Typed.TOO_SHORT;
            }
            if (!Arrays.equals(first, again)) {
                status.set(new Message("passphrase.different"));
                return Typed.DIFFERENT;
            }
            status.set(null);
            // the store wipes the passphrase once it has stretched it, made or not
            handedOver =
                    context.background()
                            .run(
                                    context.texts().get("therapist.key.making"),
                                    () -> store.create(first),
                                    made -> {
                                        fingerprint.set(made.fingerprint());
                                        status.set(new Message("therapist.key.madeNow"));
                                    },
                                    failed -> {
                                        // the store wipes it too; this holds on every path
                                        Arrays.fill(first, '\0');
                                        status.set(
                                                failed instanceof IllegalStateException
                                                        ? new Message("therapist.key.exists")
                                                        : new Message(
                                                                "therapist.key.makeFailed",
                                                                ProblemWords.of(
                                                                        context.texts(), failed)));
                                    });
            return handedOver ? Typed.MAKING : Typed.BUSY;
        } finally {
            Arrays.fill(again, '\0');
            if (!handedOver) {
                Arrays.fill(first, '\0');
            }
        }
    }

    /**
     * Saves a copy of the key file (it opens only with the passphrase) where the therapist chose.
     */
    void backup(Path to) {
        try {
            store.backup(to);
            status.set(new Message("therapist.key.backup.done", to));
        } catch (IOException e) {
            status.set(
                    new Message(
                            "therapist.key.backup.failed", ProblemWords.of(context.texts(), e)));
        }
    }
}
