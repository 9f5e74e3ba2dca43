package grayarea;

import java.lang.management.ManagementFactory;

/**
 * The main class of the small jar {@link FastStartTest} builds: it says which JVM it runs in
 * (and loads a class from the jar's library), starts again as {@link Main} does, says so again,
 * and ends with status 3. With
 * {@code --version} (the proof run of scripts/start-archive.sh) it only answers.
 */
public final class FastStartProbe {

    private FastStartProbe() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--version")) {
            System.out.println("probe");
            return;
        }
        report("before " + FastStartLibMarker.name(), args);
        FastStart.restartWithArchiveIfReady();
        report("after", args);
        System.exit(3);
    }

    private static void report(String when, String[] args) {
        System.out.println(when + " pid=" + ProcessHandle.current().pid() + " faststart="
                + System.getProperty(FastStart.PROPERTY) + " args=" + String.join(",", args) + " jvm="
                + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        System.out.flush();
    }
}
