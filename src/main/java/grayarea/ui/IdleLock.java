package grayarea.ui;

import grayarea.ui.toolkit.UiClock;
import java.time.Duration;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

/**
 * Locks the app when nobody has touched it for the chosen time: every key, click, scroll or mouse
 * move in the window starts the count again; a window left in the background, or a computer left
 * alone, counts on. What happens at the end (and whether anything does) is the owner's call.
 */
final class IdleLock {

    private final UiClock clock;
    private final Supplier<Duration> after;
    private final Runnable lock;
    private UiClock.Timer pending;

    /**
     * @param clock the time to count by
     * @param after how long to wait, asked anew at every restart; null or zero: never
     * @param lock what to do when the time is up
     */
    IdleLock(UiClock clock, Supplier<Duration> after, Runnable lock) {
        this.clock = clock;
        this.after = after;
        this.lock = lock;
    }

    /** Counts from now on, and again after every input event in the scene. */
    void watch(Scene scene) {
        scene.addEventFilter(InputEvent.ANY, e -> restart());
        restart();
    }

    /** Starts the count again: after input, or when the chosen time changed. */
    void restart() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        Duration wait = after.get();
        if (wait != null && wait.compareTo(Duration.ZERO) > 0) {
            pending = clock.after(wait, lock);
        }
    }
}
