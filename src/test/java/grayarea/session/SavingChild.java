package grayarea.session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Run by {@link CrashSafetyTest} in a child JVM: the app's real saving code ({@link AtomicFiles}),
 * writing one target file.
 *
 * <ul>
 *   <li>{@code loop TARGET MARKER}: once told {@code go} on its standard input, writes version A,
 *       says {@code ready}, then writes B, A, B, ... until it is killed. Around each call of {@link
 *       AtomicFiles#write} it sets the first byte of the memory-mapped MARKER file to 1 and back to
 *       0: a store to shared memory, no system call, which the page cache keeps when the process is
 *       killed, so the parent can tell whether the kill landed inside a save;
 *   <li>{@code once TARGET}: writes version B once and says {@code saved}, or {@code failed:} and
 *       the exception.
 * </ul>
 */
public final class SavingChild {

    /** Sizes that make one write (and its flush to disk) take tens of milliseconds. */
    static final int SIZE_A = 4_000_000;

    static final int SIZE_B = 4_200_000;

    private SavingChild() {}

    /**
     * Version A or B: different lengths, and different bytes almost everywhere, so no mix can pass
     * for either.
     */
    static byte[] version(char which) {
        int size = which == 'A' ? SIZE_A : SIZE_B;
        int step = which == 'A' ? 31 : 17;
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * step + which);
        }
        return bytes;
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[1]);
        byte[] a = version('A');
        byte[] b = version('B');
        if ("once".equals(args[0])) {
            try {
                AtomicFiles.write(target, b);
                System.out.println("saved");
            } catch (IOException e) {
                System.out.println(
                        "failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            return;
        }
        MappedByteBuffer marker;
        try (FileChannel channel =
                FileChannel.open(
                        Path.of(args[2]),
                        StandardOpenOption.CREATE,
                        StandardOpenOption.READ,
                        StandardOpenOption.WRITE)) {
            marker = channel.map(FileChannel.MapMode.READ_WRITE, 0, 1);
        }
        // started ahead, while the previous child still runs: nothing is written before the parent
        // says go
        if (!"go"
                .equals(
                        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                                .readLine())) {
            return;
        }
        AtomicFiles.write(target, a);
        System.out.println("ready");
        System.out.flush();
        while (true) {
            marker.put(0, (byte) 1);
            AtomicFiles.write(target, b);
            marker.put(0, (byte) 0);
            marker.put(0, (byte) 1);
            AtomicFiles.write(target, a);
            marker.put(0, (byte) 0);
        }
    }
}
