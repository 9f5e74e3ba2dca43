package grayarea.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.opentest4j.AssertionFailedError;

/**
 * Real named pipes (FIFOs) for tests of hostile files (issue 14, item 13): opening one for reading
 * waits for a writer.
 */
public final class Pipes {

    /** Long enough for any read on a busy machine; only a hang takes longer. */
    public static final Duration HANG = Duration.ofSeconds(30);

    private Pipes() {}

    /** A real named pipe, made with mkfifo (Linux and macOS). */
    public static Path mkfifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).as("mkfifo %s", path).isZero();
        assertThat(Files.isRegularFile(path)).isFalse();
        return path;
    }

    /**
     * Runs {@code work}, which must not wait on the pipe; see {@link #withoutHanging(Path,
     * ThrowingSupplier)}.
     */
    public static void withoutHanging(Path pipe, Runnable work) {
        withoutHanging(
                pipe,
                () -> {
                    work.run();
                    return null;
                });
    }

    /**
     * Runs {@code work}, which must not wait on the pipe: when it is still running after {@link
     * #HANG}, the test fails, and a writer opens the pipe and closes it, so that the waiting reader
     * ends.
     */
    public static <T> T withoutHanging(Path pipe, ThrowingSupplier<T> work) {
        try {
            return assertTimeoutPreemptively(HANG, work, () -> "hung on the named pipe " + pipe);
        } catch (AssertionFailedError e) {
            release(pipe);
            throw e;
        }
    }

    /**
     * Opens the pipe for writing and closes it at once, on a thread of its own: any reader waiting
     * on it then ends.
     */
    private static void release(Path pipe) {
        Thread writer =
                new Thread(
                        () -> {
                            try (OutputStream ignored = Files.newOutputStream(pipe)) {
                                // opening is enough: the reader's open returns, and it reads an
                                // empty file
                            } catch (IOException ignored) {
                                // the pipe is gone: nothing waits on it
                            }
                        },
                        "release " + pipe.getFileName());
        writer.setDaemon(true);
        writer.start();
    }
}
