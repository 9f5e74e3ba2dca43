package grayarea.ui.toolkit;

import java.time.Duration;
import javafx.animation.PauseTransition;

/**
 * The time the window's own timers go by (the idle lock, the quick exit's count of Shift presses
 * and its blank cover): the real time in the app, a clock of their own in tests, which move it on
 * instead of waiting.
 */
public interface UiClock {

    /** Real time: the wall clock, and timers run by JavaFX's animation pulse. */
    UiClock SYSTEM =
            new UiClock() {
                @Override
                public long millis() {
                    return System.currentTimeMillis();
                }

                @Override
                public Timer after(Duration wait, Runnable action) {
                    PauseTransition pause =
                            new PauseTransition(javafx.util.Duration.millis(wait.toMillis()));
                    pause.setOnFinished(e -> action.run());
                    pause.play();
                    return pause::stop;
                }
            };

    /** The time now, in milliseconds. */
    long millis();

    /**
     * Runs the action on the JavaFX application thread once the wait is over, unless cancelled
     * first; call it on that thread.
     */
    Timer after(Duration wait, Runnable action);

    /** A pending action. */
    @FunctionalInterface
    interface Timer {
        /** The action will not run (nothing happens if it ran already). */
        void cancel();
    }
}
