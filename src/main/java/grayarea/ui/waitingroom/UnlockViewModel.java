package grayarea.ui.waitingroom;

import grayarea.session.WaitingRoom;
import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.ProblemWords;
import java.util.Arrays;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Leaving the waiting room: only with the therapist's PIN. Checking it stretches it (PBKDF2), so it
 * runs in the background with the page masked; a second press meanwhile starts nothing.
 */
public final class UnlockViewModel {

    private final AppContext context;
    private final WaitingRoom room;
    private final Runnable onUnlocked;
    private final Runnable onBack;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    /**
     * @param onUnlocked after the right PIN
     * @param onBack back to the client's page, nothing changed
     */
    public UnlockViewModel(
            AppContext context, WaitingRoom room, Runnable onUnlocked, Runnable onBack) {
        this.context = context;
        this.room = room;
        this.onUnlocked = onUnlocked;
        this.onBack = onBack;
    }

    /** "That is not the PIN…", or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public String text(String key) {
        return context.texts().get(key);
    }

    /**
     * Checks the PIN in the background; it is wiped either way.
     *
     * @return false when other work still runs (nothing was checked)
     */
    public boolean unlock(char[] pin) {
        boolean started =
                context.background()
                        .run(
                                text("busy.pin"),
                                () -> {
                                    try {
                                        return room.pin().matches(pin);
                                    } finally {
                                        Arrays.fill(pin, '\0');
                                    }
                                },
                                right -> {
                                    if (right) {
                                        problem.set("");
                                        onUnlocked.run();
                                    } else {
                                        problem.set(text("waitingRoom.unlock.wrong"));
                                    }
                                },
                                failed -> {
                                    Arrays.fill(pin, '\0');
                                    // not a wrong PIN: the PIN was never judged
                                    problem.set(
                                            context.texts()
                                                    .get(
                                                            "waitingRoom.unlock.failed",
                                                            ProblemWords.of(
                                                                    context.texts(), failed)));
                                });
        if (!started) {
            Arrays.fill(pin, '\0');
        }
        return started;
    }

    public void back() {
        onBack.run();
    }
}
