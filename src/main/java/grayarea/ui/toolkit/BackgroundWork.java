package grayarea.ui.toolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Slow work (stretching a passphrase into a key, sealing, writing a PDF or a CSV file) runs here,
 * off the JavaFX application thread, so that the window keeps drawing and the quick exit keeps
 * working. One piece of work at a time: while one runs, {@link #busyProperty()} is true (the app's
 * frame shows a ControlsFX {@code MaskerPane} with {@link #whatProperty()} over the page and the
 * page takes no input), and a second {@link #run} is refused, so a double press cannot start it
 * twice.
 *
 * <p>The result and any failure come back on the JavaFX thread. Tests give an executor of their own
 * to hold the work at a point of their choosing.
 */
public final class BackgroundWork {

    private final Executor executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper what = new ReadOnlyStringWrapper("");
    private final List<Runnable> afterWork = new ArrayList<>();

    /** Work on one daemon thread of its own, which never keeps the app from ending. */
    public BackgroundWork() {
        this(
                Executors.newSingleThreadExecutor(
                        work -> {
                            Thread thread = new Thread(work, "grayarea-background-work");
                            thread.setDaemon(true);
                            return thread;
                        }));
    }

    public BackgroundWork(Executor executor) {
        this.executor = Objects.requireNonNull(executor);
    }

    /** True while a piece of work runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the running work is doing, in the person's words ("Opening…"), empty when idle. */
    public ReadOnlyStringProperty whatProperty() {
        return what.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /**
     * Runs {@code work} in the background; call on the JavaFX thread.
     *
     * @param words what the person sees while it runs
     * @param work the slow part: no JavaFX in it
     * @param done its result, on the JavaFX thread
     * @param failed what it threw, on the JavaFX thread
     * @return false, and nothing runs, when other work is still running
     */
    public <T> boolean run(
            String words,
            Callable<T> work,
            Consumer<? super T> done,
            Consumer<? super Exception> failed) {
        if (busy.get()) {
            return false;
        }
        Task<T> task =
                new Task<>() {
                    @Override
                    protected T call() throws Exception {
                        return work.call();
                    }
                };
        task.setOnSucceeded(e -> finish(() -> done.accept(task.getValue())));
        task.setOnFailed(e -> finish(() -> failed.accept(asException(task.getException()))));
        what.set(words);
        busy.set(true);
        try {
            executor.execute(task);
        } catch (RuntimeException refused) {
            finish(() -> failed.accept(refused));
        }
        return true;
    }

    private void finish(Runnable report) {
        busy.set(false);
        what.set("");
        try {
            report.run();
        } finally {
            List<Runnable> waiting = List.copyOf(afterWork);
            afterWork.clear();
            waiting.forEach(Runnable::run);
        }
    }

    /**
     * Runs {@code action} once the work running now has ended and its result has been shown (at
     * once when nothing runs): something that would take the page away, such as locking, waits for
     * the page's own work to land first rather than have it land on the page after.
     */
    public void whenIdle(Runnable action) {
        if (busy.get()) {
            afterWork.add(action);
        } else {
            action.run();
        }
    }

    private static Exception asException(Throwable thrown) {
        if (thrown instanceof Exception exception) {
            return exception;
        }
        if (thrown instanceof Error error) {
            // an OutOfMemoryError or the like is not a failure the page can explain
            Platform.runLater(
                    () -> {
                        throw error;
                    });
        }
        return new IllegalStateException(thrown);
    }
}
