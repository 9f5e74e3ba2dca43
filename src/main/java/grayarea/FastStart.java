package grayarea;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Lets {@code java -jar grayarea.jar} open its window as fast as the installed app: when the
 * build left a class-data archive for this very jar and this very Java beside the jar (in
 * {@code start/}, made by scripts/start-archive.sh at {@code mvn package}), the JVM replaces
 * itself, in the same process, with one started with that archive and the installed app's JIT
 * options, which a jar can't give itself (docs/decisions/0015-same-process-fast-start.md).
 *
 * <p>It is the same process: same id, same standard streams, same exit status, the same signals
 * reach it. It happens only for the window (the command line starts as it is), only on Linux,
 * only where the small native library that calls {@code execv} was built, and only when the
 * archive still fits (the same jar, size and time, at the same path, and the same Java); in
 * every other case, or if anything fails, the app simply starts in this JVM as before.
 * {@code -Dgrayarea.faststart=off} turns it off; the restarted JVM has
 * {@code grayarea.faststart=on}.
 */
final class FastStart {

    /** The system property: {@code off} turns this off; the restarted JVM is given {@code on}. */
    static final String PROPERTY = "grayarea.faststart";
    /** The folder beside the jar with the archive, its description and the native library. */
    static final String FOLDER = "start";
    static final String ARCHIVE = "grayarea.jsa";
    static final String DESCRIPTION = "archive.properties";
    static final String LIBRARY = "libgrayarea-start.so";

    private FastStart() {
    }

    /**
     * Replaces this JVM with one started with the archive, if everything for that is in place;
     * returns (having changed nothing) otherwise.
     */
    static void restartWithArchiveIfReady() {
        if (System.getProperty(PROPERTY) != null || System.getProperty("jpackage.app-path") != null
                || !"Linux".equals(System.getProperty("os.name"))) {
            return;
        }
        Optional<Path> jar = runningJar();
        if (jar.isEmpty()) {
            return;
        }
        Path folder = jar.get().resolveSibling(FOLDER);
        Optional<StartArchive> archive = StartArchive.read(folder);
        if (archive.isEmpty() || !archive.get().fits(jar.get(), System.getProperty("java.home"),
                System.getProperty("java.vm.version")) || !Files.isRegularFile(folder.resolve(LIBRARY))) {
            return;
        }
        List<byte[]> commandLine;
        try {
            commandLine = splitCommandLine(Files.readAllBytes(Path.of("/proc/self/cmdline")));
        } catch (IOException e) {
            return;
        }
        if (commandLine.isEmpty() || choosesItsOwnSharing(commandLine, System.getenv("JAVA_TOOL_OPTIONS"),
                System.getenv("JDK_JAVA_OPTIONS"), System.getenv("_JAVA_OPTIONS"))) {
            return;
        }
        Charset paths = pathCharset();
        List<byte[]> restarted = restartedCommandLine(commandLine, archive.get().options(folder), paths);
        byte[] java = Path.of(System.getProperty("java.home"), "bin", "java").toString().getBytes(paths);
        try {
            System.load(folder.resolve(LIBRARY).toAbsolutePath().toString());
        } catch (UnsatisfiedLinkError | SecurityException e) {
            System.err.println("Gray Area: starting without its start-up archive (" + e.getMessage() + ")");
            return;
        }
        int errno = execv(java, restarted.toArray(byte[][]::new));
        System.err.println("Gray Area: starting without its start-up archive (could not restart Java: error " + errno + ")");
    }

    /** The jar this class was loaded from, if it was loaded from a jar file. */
    static Optional<Path> runningJar() {
        try {
            var source = FastStart.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path path = Path.of(URI.create(source.getLocation().toString()));
            return path.toString().endsWith(".jar") && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (IllegalArgumentException | FileSystemNotFoundException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The arguments in a /proc/PID/cmdline: each one ends with a NUL byte. */
    static List<byte[]> splitCommandLine(byte[] raw) {
        List<byte[]> args = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                byte[] arg = new byte[i - from];
                System.arraycopy(raw, from, arg, 0, arg.length);
                args.add(arg);
                from = i + 1;
            }
        }
        return args;
    }

    /**
     * Whether the person starting Java already chose what it shares (an archive of their own, or
     * none, or a list of classes to record), on the command line or in the environment variables
     * Java reads options from: then theirs stands and nothing is restarted. Looks at the whole
     * command line, the app's own arguments too, which can only make it restart less often.
     */
    static boolean choosesItsOwnSharing(List<byte[]> commandLine, String... environmentOptions) {
        List<String> given = new ArrayList<>();
        for (byte[] arg : commandLine) {
            given.add(new String(arg, StandardCharsets.ISO_8859_1));
        }
        for (String options : environmentOptions) {
            if (options != null) {
                given.addAll(List.of(options.strip().split("\\s+")));
            }
        }
        return given.stream().anyMatch(arg -> arg.startsWith("-Xshare") || arg.startsWith("-XX:SharedArchiveFile")
                || arg.startsWith("-XX:ArchiveClassesAtExit") || arg.startsWith("-XX:DumpLoadedClassList"));
    }

    /**
     * The command line to start again with: the program's name as it was, then the archive's
     * options, then everything that was given, unchanged (byte for byte), so the person's own
     * options come later and win where they overlap.
     */
    static List<byte[]> restartedCommandLine(List<byte[]> commandLine, List<String> options, Charset paths) {
        List<byte[]> restarted = new ArrayList<>();
        restarted.add(commandLine.get(0));
        for (String option : options) {
            restarted.add(option.getBytes(paths));
        }
        restarted.addAll(commandLine.subList(1, commandLine.size()));
        return restarted;
    }

    /** How Java turns file names into bytes here (what the JVM will read them back with). */
    private static Charset pathCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Replaces this process's program (execv); returns only if that failed, with errno. */
    static native int execv(byte[] path, byte[][] args);

    /**
     * What scripts/start-archive.sh recorded when it made the archive: for which Java, which
     * jar (its real path, size and time) and with which JVM options the app is to start.
     */
    record StartArchive(String javaHome, String vmVersion, String jar, long jarSize, long jarModified,
            List<String> jvmOptions) {

        static Optional<StartArchive> read(Path folder) {
            Path description = folder.resolve(DESCRIPTION);
            if (!Files.isRegularFile(description) || !Files.isRegularFile(folder.resolve(ARCHIVE))) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(description, StandardCharsets.UTF_8)) {
                properties.load(in);
                String options = properties.getProperty("options", "").strip();
                return Optional.of(new StartArchive(properties.getProperty("java.home", ""),
                        properties.getProperty("java.vm.version", ""), properties.getProperty("jar", ""),
                        Long.parseLong(properties.getProperty("jar.size", "-1").strip()),
                        Long.parseLong(properties.getProperty("jar.modified", "-1").strip()),
                        options.isEmpty() ? List.of() : List.of(options.split("\\s+"))));
            } catch (IOException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        /**
         * Whether the archive was made for this jar as it is now, at this path, and for this Java:
         * what JDK 17 checks before it maps an archive (it silently starts without one that does
         * not fit, which would make the restart a loss).
         */
        boolean fits(Path runningJar, String runningJavaHome, String runningVmVersion) {
            try {
                return javaHome.equals(runningJavaHome) && vmVersion.equals(runningVmVersion)
                        && jar.equals(runningJar.toRealPath().toString()) && jarSize == Files.size(runningJar)
                        && jarModified == Files.getLastModifiedTime(runningJar).to(TimeUnit.SECONDS);
            } catch (IOException | InvalidPathException | SecurityException e) {
                return false;
            }
        }

        /** The options the app starts again with: the archive's, its JIT options, and the marker. */
        List<String> options(Path folder) {
            List<String> options = new ArrayList<>();
            options.add("-XX:SharedArchiveFile=" + folder.resolve(ARCHIVE).toAbsolutePath());
            options.add("-Xshare:auto");
            options.addAll(jvmOptions);
            options.add("-D" + PROPERTY + "=on");
            return options;
        }
    }
}
