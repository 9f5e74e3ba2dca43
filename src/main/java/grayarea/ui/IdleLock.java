package grayarea.ui;

import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;

/**
 * Locks the app when nobody has touched it for the chosen time: every key, click, scroll or mouse
 * move in the window starts the count again; a window left in the background, or a computer left
 * alone, counts on. What happens at the end (and whether anything does) is the owner's call.
 */
final class IdleLock {

    private final PauseTransition timer = new PauseTransition();
    private final Supplier<Duration> after;

    /**
     * @param after how long to wait, asked anew at every restart; null or zero: never
     * @param lock  what to do when the time is up
     */
    IdleLock(Supplier<Duration> after, Runnable lock) {
        this.after = after;
        timer.setOnFinished(e -> lock.run());
    }

    /** Counts from now on, and again after every input event in the scene. */
    void watch(Scene scene) {
        scene.addEventFilter(InputEvent.ANY, e -> restart());
        restart();
    }

    /** Starts the count again: after input, or when the chosen time changed. */
    void restart() {
        timer.stop();
        Duration wait = after.get();
        if (wait != null && wait.greaterThan(Duration.ZERO)) {
            timer.setDuration(wait);
            timer.playFromStart();
        }
    }
}
