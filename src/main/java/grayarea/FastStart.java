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
 * <p>It is the same process: same id, same standard streams and inherited descriptors, same
 * exit status, the same signals reach it. It happens only for the window (the command line
 * starts as it is), only on Linux, only where the small native library that calls
 * {@code execv} was built, only when the archive still fits (the same jars, sizes and times, at
 * the same paths, and the same Java), and only when Java was started plainly (no argument
 * files, agents or sharing options of the person's own); in every other case, or if anything
 * before {@code execv} fails, the app simply starts in this JVM as before.
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
        String javaHome = System.getProperty("java.home");
        Optional<StartArchive> archive = StartArchive.read(folder);
        if (archive.isEmpty() || !archive.get().fits(jar.get(), javaHome, System.getProperty("java.vm.version"))
                || !Files.isRegularFile(folder.resolve(LIBRARY))) {
            return;
        }
        List<byte[]> commandLine;
        try {
            commandLine = splitCommandLine(Files.readAllBytes(Path.of("/proc/self/cmdline")));
        } catch (IOException e) {
            return;
        }
        if (commandLine.isEmpty() || startedItsOwnWay(commandLine, System.getenv("JAVA_TOOL_OPTIONS"),
                System.getenv("JDK_JAVA_OPTIONS"), System.getenv("_JAVA_OPTIONS"))) {
            return;
        }
        Charset paths = pathCharset();
        List<byte[]> restarted = restartedCommandLine(commandLine, archive.get().options(folder), paths);
        byte[] java = Path.of(javaHome, "bin", "java").toString().getBytes(paths);
        int[] own = ownDescriptors(Path.of("/proc/self/fd"), List.of(Path.of(javaHome), jar.get().getParent()));
        try {
            System.load(folder.resolve(LIBRARY).toAbsolutePath().toString());
        } catch (UnsatisfiedLinkError | SecurityException e) {
            System.err.println("Gray Area: starting without its start-up archive (" + e.getMessage() + ")");
            return;
        }
        int errno = execv(java, restarted.toArray(byte[][]::new), own);
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

    /** Options after which Java is left as it was started (see {@link #startedItsOwnWay}). */
    private static final List<String> OWN_WAY = List.of(
            // sharing of their own: an archive, none, or a list of classes to record
            "-Xshare", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:DumpLoadedClassList",
            "-XX:+UseSharedSpaces", "-XX:-UseSharedSpaces", "-XX:+AutoCreateSharedArchive",
            // options read from files this class does not look into
            "-XX:VMOptionsFile", "-XX:Flags",
            // agents and debuggers, which would start twice (a debugger would lose its session)
            "-agentlib", "-agentpath", "-javaagent", "-Xrun", "-Xdebug");

    /**
     * Whether Java was started in a way a second start would not honour or repeat badly, on the
     * command line or in the environment variables Java reads options from: sharing options of
     * the person's own (theirs stand), option files, agents and debuggers, and argument files
     * ({@code @file}: one read from a pipe can't be read twice). Looks at the whole command line,
     * the app's own arguments too, which can only make it restart less often.
     */
    static boolean startedItsOwnWay(List<byte[]> commandLine, String... environmentOptions) {
        List<String> given = new ArrayList<>();
        for (byte[] arg : commandLine) {
            given.add(new String(arg, StandardCharsets.ISO_8859_1));
        }
        for (String options : environmentOptions) {
            if (options != null) {
                given.addAll(List.of(options.strip().split("\\s+")));
            }
        }
        return given.stream().anyMatch(arg -> arg.startsWith("@") || OWN_WAY.stream().anyMatch(arg::startsWith));
    }

    /**
     * The descriptors this JVM opened for itself, which the new one must not inherit: those open
     * on files under Java's home (its modules) or the jar's folder (the jar and its libraries).
     * Anything else open, such as a descriptor the app was given by whoever started it, stays
     * open across the restart, as the standard streams do.
     */
    static int[] ownDescriptors(Path descriptors, List<Path> ownFolders) {
        List<Path> folders = new ArrayList<>();
        for (Path folder : ownFolders) {
            try {
                folders.add(folder.toRealPath());
            } catch (IOException | SecurityException e) {
                folders.add(folder.toAbsolutePath().normalize());
            }
        }
        List<Integer> own = new ArrayList<>();
        try (var entries = Files.newDirectoryStream(descriptors)) {
            for (Path entry : entries) {
                try {
                    int fd = Integer.parseInt(entry.getFileName().toString());
                    Path target = Files.readSymbolicLink(entry);
                    if (fd > 2 && target.isAbsolute() && folders.stream().anyMatch(target::startsWith)) {
                        own.add(fd);
                    }
                } catch (IOException | NumberFormatException | SecurityException e) {
                    // closed meanwhile (the listing's own descriptor), or not ours to judge
                }
            }
        } catch (IOException | SecurityException e) {
            // no list: the new JVM inherits this one's few open files, which wastes a little
        }
        return own.stream().mapToInt(Integer::intValue).toArray();
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

    /**
     * Replaces this process's program (execv), closing the descriptors named in
     * {@code closeOnExec} on the way; returns only if that failed, with errno, every descriptor's
     * flags and the thread's blocked signals as they were.
     */
    static native int execv(byte[] path, byte[][] args, int[] closeOnExec);

    /**
     * What scripts/start-archive.sh recorded when it made the archive: for which Java, which jars
     * (the app's first, then its libraries, as Java lists them in the archive: real path, size,
     * time) and with which JVM options the app is to start.
     */
    record StartArchive(String javaHome, String vmVersion, List<JarStamp> jars, List<String> jvmOptions) {

        static Optional<StartArchive> read(Path folder) {
            Path description = folder.resolve(DESCRIPTION);
            if (!Files.isRegularFile(description) || !Files.isRegularFile(folder.resolve(ARCHIVE))) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(description, StandardCharsets.UTF_8)) {
                properties.load(in);
                List<JarStamp> jars = new ArrayList<>();
                for (int i = 0; properties.getProperty("jar." + i) != null; i++) {
                    jars.add(JarStamp.parse(properties.getProperty("jar." + i)));
                }
                String options = properties.getProperty("options", "").strip();
                return Optional.of(new StartArchive(properties.getProperty("java.home", ""),
                        properties.getProperty("java.vm.version", ""), List.copyOf(jars),
                        options.isEmpty() ? List.of() : List.of(options.split("\\s+"))));
            } catch (IOException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        /**
         * Whether the archive was made for this jar, at this path, for the jars as they are now,
         * and for this Java: what JDK 17 checks before it maps an archive (it silently starts
         * without one that does not fit, which would make the restart a loss).
         */
        boolean fits(Path runningJar, String runningJavaHome, String runningVmVersion) {
            try {
                return javaHome.equals(runningJavaHome) && vmVersion.equals(runningVmVersion) && !jars.isEmpty()
                        && jars.get(0).path().equals(runningJar.toRealPath().toString())
                        && jars.stream().allMatch(JarStamp::isUnchanged);
            } catch (IOException | SecurityException e) {
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

    /** A jar as it was when the archive was made: {@code SIZE SECONDS PATH} in the description. */
    record JarStamp(String path, long size, long modified) {

        static JarStamp parse(String text) {
            String[] parts = text.strip().split(" ", 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException("not SIZE SECONDS PATH: " + text);
            }
            return new JarStamp(parts[2], Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        }

        boolean isUnchanged() {
            try {
                Path jar = Path.of(path);
                return Files.size(jar) == size && Files.getLastModifiedTime(jar).to(TimeUnit.SECONDS) == modified;
            } catch (IOException | InvalidPathException | SecurityException e) {
                return false;
            }
        }
    }
}
