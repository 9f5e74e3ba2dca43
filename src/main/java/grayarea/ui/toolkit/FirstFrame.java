package grayarea.ui.toolkit;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Work the first frame doesn't show waits until that frame is out: the window's content appears
 * sooner. JavaFX has no public event for "the frame is drawn": the frame's layout pulse is known,
 * and the drawing follows on JavaFX's render thread (about 150 ms for the welcome page with the
 * software renderer on a 2-CPU machine, see docs/performance.md). Work started right at the layout
 * pulse competes with that drawing for the CPU, so it starts {@link #DRAWING_MARGIN_MS} later.
 */
public final class FirstFrame {

    /** How long after the first frame's layout pulse the deferred work starts. */
    static final long DRAWING_MARGIN_MS = 300;

    private FirstFrame() {}

    /**
     * Runs the task on the JavaFX thread once the scene's first frame is out (see the class
     * comment).
     */
    public static void then(Scene scene, Runnable task) {
        Runnable[] once = new Runnable[1];
        once[0] =
                () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    CompletableFuture.delayedExecutor(DRAWING_MARGIN_MS, TimeUnit.MILLISECONDS)
                            .execute(() -> Platform.runLater(task));
                };
        scene.addPostLayoutPulseListener(once[0]);
        // a pulse comes only when something changed: ask for one, in case the scene is already
        // shown
        Platform.requestNextPulse();
    }
}
