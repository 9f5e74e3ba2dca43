package grayarea.ui;

import grayarea.ui.toolkit.UiClock;
import java.time.Duration;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The quick exit: covers the window at once with a blank page, then hides every window and quits.
 * It writes nothing: every answer was already saved when it was given.
 */
public final class QuickExit {

    /** How long the blank cover shows before the windows are hidden (well under half a second). */
    public static final Duration COVER_TIME = Duration.ofMillis(60);

    private final Region cover;
    private final Runnable quit;
    private final UiClock clock;
    private final ShiftTripleTap taps = new ShiftTripleTap();
    private boolean triggered;

    /** The quick exit, counting Shift presses and showing its cover by the clock given. */
    QuickExit(Region cover, Runnable quit, UiClock clock) {
        this.cover = cover;
        this.quit = quit;
        this.clock = clock;
    }

    /** Listens for Shift pressed three times in the scene. */
    void watch(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, onPressed());
        scene.addEventFilter(
                KeyEvent.KEY_RELEASED,
                e -> {
                    if (e.getCode() == KeyCode.SHIFT) {
                        taps.shiftReleased();
                    }
                });
    }

    private EventHandler<KeyEvent> onPressed() {
        return e -> {
            if (e.getCode() == KeyCode.SHIFT) {
                if (taps.shiftPressed(clock.millis())) {
                    e.consume();
                    trigger();
                }
            } else {
                taps.otherKey();
            }
        };
    }

    public boolean triggered() {
        return triggered;
    }

    /** Covers now; hides every window and quits a moment later. */
    public void trigger() {
        if (triggered) {
            return;
        }
        triggered = true;
        cover.setVisible(true);
        cover.toFront();
        clock.after(
                COVER_TIME,
                () -> {
                    for (Window window : Window.getWindows().toArray(new Window[0])) {
                        window.hide();
                    }
                    quit.run();
                });
    }
}
