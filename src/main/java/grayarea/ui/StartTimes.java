package grayarea.ui;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Optional timing of the start and of answering input, for the benchmarks in bench/: with {@code
 * -Dgrayarea.times=true} the app writes to standard error when each step of the start was reached,
 * up to the first frame's layout pulse, in milliseconds since the JVM started, with the CPU time
 * the whole process had used by then; and, for every key press and mouse click, how long the app
 * took to answer it (see {@link #watchInput}). Without the property nothing is recorded and nothing
 * is printed.
 */
public final class StartTimes {

    static final boolean ON = Boolean.getBoolean("grayarea.times");

    private static final List<String> names = new ArrayList<>();
    private static final List<Long> nanos = new ArrayList<>();
    private static final List<Long> cpuMillis = new ArrayList<>();
    private static boolean started;

    private StartTimes() {}

    /** Notes that the start reached this step (no-op unless switched on). */
    public static void mark(String step) {
        if (ON) {
            synchronized (names) {
                names.add(step + " [" + Thread.currentThread().getName() + "]");
                nanos.add(System.nanoTime());
                // the whole process's CPU time (every thread), as Linux counts it: in 10 ms ticks
                cpuMillis.add(
                        ProcessHandle.current()
                                .info()
                                .totalCpuDuration()
                                .map(d -> d.toMillis())
                                .orElse(-1L));
            }
        }
    }

    /** Prints the start's steps at the scene's first layout pulse. */
    static void atFirstPulse(Scene scene) {
        if (!ON) {
            return;
        }
        Runnable[] self = new Runnable[1];
        self[0] =
                () -> {
                    mark("first layout pulse");
                    scene.removePostLayoutPulseListener(self[0]);
                    started = true;
                    print();
                };
        scene.addPostLayoutPulseListener(self[0]);
    }

    /**
     * Times the app's answer to each key press and mouse click: from the event until the end of the
     * layout pulse after it, that is the event's handling (such as building the next page), CSS and
     * layout, but not the drawing (done on the render thread after the pulse).
     */
    static void watchInput(Scene scene) {
        if (!ON) {
            return;
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> inputAt(scene, e.getCode().getName()));
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> inputAt(scene, "mouse"));
    }

    private static void inputAt(Scene scene, String what) {
        if (!started) {
            return;
        }
        long from = System.nanoTime();
        Runnable[] self = new Runnable[1];
        self[0] =
                () -> {
                    scene.removePostLayoutPulseListener(self[0]);
                    System.err.printf(
                            "grayarea.times input %s %.1f ms%n",
                            what, (System.nanoTime() - from) / 1e6);
                };
        scene.addPostLayoutPulseListener(self[0]);
    }

    /**
     * The CPU time each thread of the process has used so far, by thread name, from Linux's
     * /proc/self/task (nothing elsewhere): what the JIT compilers, the garbage collector and
     * JavaFX's render thread take besides the JavaFX thread.
     */
    private static void printThreads() {
        File[] tasks = new File("/proc/self/task").listFiles();
        if (tasks == null) {
            return;
        }
        Map<String, Long> byName = new TreeMap<>();
        for (File task : tasks) {
            try {
                String stat = Files.readString(task.toPath().resolve("stat"));
                // the name is in parentheses and may hold spaces; utime and stime follow as fields
                // 14 and 15
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
                // a kind of thread, not each one: "C2 CompilerThre" for all C2 threads, "GC
                // Thread#" for all GC workers
                byName.merge(name.replaceAll("[0-9]+$", ""), ticks * 10, Long::sum);
            } catch (IOException | RuntimeException e) {
                // a thread that ended meanwhile
            }
        }
        byName.forEach(
                (name, ms) -> {
                    if (ms > 0) {
                        System.err.printf("grayarea.times thread %5d ms cpu: %s%n", ms, name);
                    }
                });
    }

    private static void print() {
        // read the JVM's start only now, so that the management classes load after the first frame
        long startMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        long nowNanos = System.nanoTime();
        long nowMillis = System.currentTimeMillis();
        synchronized (names) {
            for (int i = 0; i < names.size(); i++) {
                double sinceStart = nowMillis - startMillis - (nowNanos - nanos.get(i)) / 1e6;
                System.err.printf(
                        "grayarea.times %7.1f ms (cpu %5d ms) %s%n",
                        sinceStart, cpuMillis.get(i), names.get(i));
            }
        }
        printThreads();
    }
}
