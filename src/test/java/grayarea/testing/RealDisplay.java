package grayarea.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A screen of the tests' own for the real window (GTK, not Monocle): a private Xvfb, whose display
 * number it picks itself ({@code -displayfd}, so parallel runs never clash), with openbox as its
 * window manager, and the X tools to act as a person would (xdotool, wmctrl, xprop). Tests that
 * need it check {@link #available()} first: .ci/run installs these packages, so in CI they run.
 */
public final class RealDisplay implements AutoCloseable {

    /** The programs needed, each from its Debian package (named in .ci/run). */
    private static final List<String> PROGRAMS =
            List.of("Xvfb", "openbox", "xdotool", "wmctrl", "xprop", "xwininfo");

    private final Process xvfb;
    private final Process windowManager;
    private final String display;
    private final Path work;

    private RealDisplay(Process xvfb, Process windowManager, String display, Path work) {
        this.xvfb = xvfb;
        this.windowManager = windowManager;
        this.display = display;
        this.work = work;
    }

    /**
     * Whether the X server, the window manager and the X tools are installed (Linux only). In CI
     * ({@code CI=true}, where .ci/run installs them) their absence is a failure, not a reason to
     * skip: a real-window test that quietly skipped would hold no promise.
     */
    public static boolean available() {
        if (!System.getProperty("os.name", "").equals("Linux")) {
            return false;
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        boolean installed =
                PROGRAMS.stream()
                        .allMatch(
                                program ->
                                        List.of(path.split(":")).stream()
                                                .anyMatch(
                                                        dir ->
                                                                !dir.isEmpty()
                                                                        && Files.isExecutable(
                                                                                Path.of(
                                                                                        dir,
                                                                                        program))));
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(
                    "CI must run the real-window tests, but one of "
                            + PROGRAMS
                            + " is missing: .ci/run installs them");
        }
        return installed;
    }

    /** Starts Xvfb and openbox; {@code work} holds their logs and openbox's own home folder. */
    public static RealDisplay start(Path work) throws IOException, InterruptedException {
        Files.createDirectories(work);
        // -displayfd 1: the server picks a free display and writes its number on standard output
        Process xvfb =
                new ProcessBuilder(
                                "Xvfb",
                                "-displayfd",
                                "1",
                                "-screen",
                                "0",
                                "1280x860x24",
                                "-nolisten",
                                "tcp")
                        .redirectError(work.resolve("xvfb.log").toFile())
                        .start();
        BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII));
        String number = out.readLine();
        if (number == null || !number.strip().matches("\\d+")) {
            xvfb.destroy();
            throw new IOException(
                    "Xvfb did not start: " + Files.readString(work.resolve("xvfb.log")));
        }
        String display = ":" + number.strip();
        Path wmHome = Files.createDirectories(work.resolve("wm-home"));
        ProcessBuilder wm =
                new ProcessBuilder("openbox", "--sm-disable")
                        .redirectOutput(work.resolve("openbox.log").toFile())
                        .redirectErrorStream(true);
        wm.environment().put("DISPLAY", display);
        wm.environment().put("HOME", wmHome.toString());
        RealDisplay screen = new RealDisplay(xvfb, wm.start(), display, work);
        // the window manager is ready once it has named itself on the root window
        try {
            screen.waitFor(
                    "openbox to manage the screen",
                    Duration.ofSeconds(60),
                    () -> {
                        if (!screen.windowManager.isAlive()) {
                            return "openbox ended: "
                                    + Files.readString(work.resolve("openbox.log"));
                        }
                        return screen.run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK");
                    },
                    text -> text.contains("window id") || text.startsWith("openbox ended"));
        } catch (AssertionError | IOException | InterruptedException e) {
            screen.close();
            throw e;
        }
        if (!screen.windowManager.isAlive()) {
            screen.close();
            throw new IOException(
                    "openbox did not start: " + Files.readString(work.resolve("openbox.log")));
        }
        return screen;
    }

    public String display() {
        return display;
    }

    /** Runs an X tool on this display and returns its standard output (empty when it failed). */
    public String run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", display);
        builder.environment().put("HOME", work.resolve("wm-home").toString());
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("did not end: " + String.join(" ", command));
        }
        return new String(output, StandardCharsets.UTF_8).strip();
    }

    /** Starts a program on this display and leaves it running (the caller ends it). */
    public Process launch(String... command) throws IOException {
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", display);
        return builder.start();
    }

    /**
     * Starts a Java class of the tests in its own JVM on this display, as the app starts on a
     * desktop: GTK (no Monocle), a home folder of its own ({@code HOME} and {@code user.home}, with
     * no XDG folders set but a runtime folder of its own), its own temp folder, and software
     * rendering (Xvfb has no GPU). Its standard output is piped to the caller, its errors go to
     * {@code work/NAME.err}.
     */
    public Process startJava(
            String name,
            Path home,
            Path temp,
            List<String> jvmOptions,
            String mainClass,
            String... args)
            throws IOException {
        return startJava(
                name,
                home,
                temp,
                System.getProperty("java.class.path"),
                jvmOptions,
                mainClass,
                args);
    }

    /**
     * The same, with a class path of the caller's (such as jars placed as the build places them).
     */
    public Process startJava(
            String name,
            Path home,
            Path temp,
            String classPath,
            List<String> jvmOptions,
            String mainClass,
            String... args)
            throws IOException {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-XX:TieredStopAtLevel=1",
                                "-Xshare:auto",
                                "-Dprism.order=sw",
                                "-Duser.home=" + home,
                                "-Djava.io.tmpdir=" + temp));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectError(work.resolve(name + ".err").toFile());
        builder.environment()
                .keySet()
                .removeIf(
                        key ->
                                key.startsWith("XDG_")
                                        || key.equals("JAVA_TOOL_OPTIONS")
                                        || key.equals("JDK_JAVA_OPTIONS")
                                        || key.equals("_JAVA_OPTIONS"));
        builder.environment().put("DISPLAY", display);
        builder.environment().put("HOME", home.toString());
        // as in a desktop session, the runtime folder is apart from the home folder (GTK's dconf
        // keeps a flag file there; without it, glib falls back to ~/.cache)
        Path runtime = work.resolve(name + "-runtime");
        if (!Files.isDirectory(runtime)) {
            Files.createDirectories(
                    runtime,
                    PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
        }
        builder.environment().put("XDG_RUNTIME_DIR", runtime.toString());
        Process java = builder.start();
        // a JVM that hangs (a window that never shows) is ended, so that reading its output ends
        // too
        Thread watchdog =
                new Thread(
                        () -> {
                            try {
                                if (!java.waitFor(120, TimeUnit.SECONDS)) {
                                    java.destroyForcibly();
                                }
                            } catch (InterruptedException e) {
                                java.destroyForcibly();
                            }
                        },
                        "end-" + name);
        watchdog.setDaemon(true);
        watchdog.start();
        return java;
    }

    /** What a JVM started with {@link #startJava} wrote on its standard error. */
    public String errors(String name) throws IOException {
        Path file = work.resolve(name + ".err");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    /** A question asked of the screen again and again, until its answer passes or time runs out. */
    public interface Probe {
        String ask() throws IOException, InterruptedException;
    }

    /** Asks until the answer passes; fails with the last answer after {@code limit}. */
    public String waitFor(String what, Duration limit, Probe probe, Predicate<String> passes)
            throws IOException, InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        String answer = probe.ask();
        while (!passes.test(answer)) {
            if (System.nanoTime() > end) {
                throw new AssertionError(
                        "waited "
                                + limit.toSeconds()
                                + " s for "
                                + what
                                + "; last seen: "
                                + answer);
            }
            Thread.sleep(50);
            answer = probe.ask();
        }
        return answer;
    }

    /**
     * The window states the window manager set on a window (_NET_WM_STATE), such as
     * _NET_WM_STATE_FULLSCREEN.
     */
    public List<String> states(String window) throws IOException, InterruptedException {
        String text = run("xprop", "-id", window, "_NET_WM_STATE");
        List<String> states = new ArrayList<>();
        int at = text.indexOf('=');
        if (at >= 0) {
            for (String state : text.substring(at + 1).split(",")) {
                states.add(state.strip());
            }
        }
        return states;
    }

    /** The window the window manager says is active, as xdotool numbers it (decimal). */
    public String activeWindow() throws IOException, InterruptedException {
        String text = run("xprop", "-root", "_NET_ACTIVE_WINDOW");
        int at = text.lastIndexOf(' ');
        if (at < 0 || !text.contains("0x")) {
            return "";
        }
        return String.valueOf(Long.parseLong(text.substring(at + 1).strip().replace("0x", ""), 16));
    }

    /** Whether the window is mapped and could be seen (not iconified or withdrawn). */
    public boolean viewable(String window) throws IOException, InterruptedException {
        return run("xwininfo", "-id", window).contains("Map State: IsViewable");
    }

    @Override
    public void close() {
        windowManager.destroy();
        xvfb.destroy();
        try {
            windowManager.waitFor(5, TimeUnit.SECONDS);
            xvfb.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        windowManager.destroyForcibly();
        xvfb.destroyForcibly();
    }
}
