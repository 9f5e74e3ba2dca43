package grayarea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import grayarea.FastStart.StartArchive;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same-process restart of {@code java -jar} with its start-up archive: the pieces on their
 * own, then the real thing (the native library Maven built, the archive made by
 * scripts/start-archive.sh as {@code mvn package} makes it, and a jar started with {@code java -jar}).
 */
class FastStartTest {

    private static final Path LIBRARY = Path.of("target", FastStart.FOLDER, FastStart.LIBRARY).toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path folder;

    @Test
    void testsAndTheUiTestsNeverRestartTheirJvm() {
        // they run from target/classes, not from a jar: there is nothing to start again
        assertThat(FastStart.runningJar()).isEmpty();
    }

    @Test
    void theCommandLineIsSplitAtEachNulByteAndKeptByteForByte() {
        byte[] notUtf8 = {'/', 'c', (byte) 0xe9, '.', 'j', 'a', 'r'};
        byte[] raw = concat("java\0-Dgrayarea.home=/h\0-jar\0".getBytes(StandardCharsets.US_ASCII), notUtf8, new byte[] {0});
        List<byte[]> args = FastStart.splitCommandLine(raw);
        assertThat(args).hasSize(4);
        assertThat(new String(args.get(1), StandardCharsets.US_ASCII)).isEqualTo("-Dgrayarea.home=/h");
        assertThat(args.get(3)).isEqualTo(notUtf8);
    }

    @Test
    void theRestartedCommandLinePutsTheArchiveFirstAndKeepsWhatWasGivenAfterIt() {
        byte[] notUtf8 = {'/', 'c', (byte) 0xe9, '.', 'j', 'a', 'r'};
        List<byte[]> given = List.of(bytes("java"), bytes("-Dgrayarea.home=/h"), bytes("-jar"), notUtf8, bytes("file.grayarea"));
        List<byte[]> restarted = FastStart.restartedCommandLine(given,
                List.of("-XX:SharedArchiveFile=/app/start/grayarea.jsa", "-Dgrayarea.faststart=on"), StandardCharsets.UTF_8);
        assertThat(restarted.stream().map(b -> new String(b, StandardCharsets.ISO_8859_1)).collect(Collectors.toList()))
                .containsExactly("java", "-XX:SharedArchiveFile=/app/start/grayarea.jsa", "-Dgrayarea.faststart=on",
                        "-Dgrayarea.home=/h", "-jar", new String(notUtf8, StandardCharsets.ISO_8859_1), "file.grayarea");
        assertThat(restarted.get(5)).isSameAs(notUtf8);
    }

    @Test
    void javaStartedItsOwnWayIsLeftAsItIs() {
        assertThat(FastStart.startedItsOwnWay(List.of(bytes("java"), bytes("-Dgrayarea.home=/h"), bytes("-jar"), bytes("g.jar")),
                null, null)).isFalse();
        for (String own : List.of("-Xshare:off", "-XX:SharedArchiveFile=/mine.jsa", "-XX:-UseSharedSpaces",
                "-agentlib:jdwp=transport=dt_socket,server=y", "-javaagent:agent.jar", "-Xrunjdwp:server=y",
                "-XX:VMOptionsFile=opts", "@argfile")) {
            assertThat(FastStart.startedItsOwnWay(List.of(bytes("java"), bytes(own), bytes("-jar"), bytes("g.jar"))))
                    .as(own).isTrue();
        }
        assertThat(FastStart.startedItsOwnWay(List.of(bytes("java"), bytes("-jar"), bytes("g.jar")),
                " -Xlog:gc  -XX:DumpLoadedClassList=/tmp/list ", null)).as("in JAVA_TOOL_OPTIONS").isTrue();
    }

    @Test
    void theDescriptorsItClosesAreOnlyThoseOnJavasAndTheAppsOwnFiles() throws IOException {
        Path jdk = Files.createDirectories(folder.resolve("jdk/lib"));
        Path app = Files.createDirectories(folder.resolve("app/lib"));
        Path fds = Files.createDirectories(folder.resolve("fd"));
        Files.createSymbolicLink(fds.resolve("0"), app.resolve("stdin-from-the-app-folder"));
        Files.createSymbolicLink(fds.resolve("3"), jdk.resolve("modules"));
        Files.createSymbolicLink(fds.resolve("4"), app.resolve("extra.jar"));
        Files.createSymbolicLink(fds.resolve("5"), folder.resolve("elsewhere/given.txt"));
        Files.createSymbolicLink(fds.resolve("6"), Path.of("pipe:[1234]"));
        Files.createSymbolicLink(fds.resolve("7"), folder.resolve("app-other/given.txt"));
        int[] own = FastStart.ownDescriptors(fds, List.of(folder.resolve("jdk"), folder.resolve("app")));
        assertThat(own).containsExactlyInAnyOrder(3, 4);
    }

    @Test
    void theArchivesDescriptionIsReadAndAnythingMissingOrDamagedMeansNoRestart() throws IOException {
        Path start = Files.createDirectories(folder.resolve("start"));
        assertThat(StartArchive.read(folder.resolve("nowhere"))).isEmpty();
        Files.writeString(start.resolve(FastStart.DESCRIPTION), "# test\njava.home=/j\njava.vm.version=17\n"
                + "jar.0=10 20 /app/grayarea.jar\njar.1=30 40 /app/lib/a b.jar\n"
                + "options=-XX:Tier4InvocationThreshold=50000 -XX:Tier4CompileThreshold=60000\n");
        assertThat(StartArchive.read(start)).as("no archive beside the description").isEmpty();

        Files.write(start.resolve(FastStart.ARCHIVE), new byte[] {1});
        StartArchive archive = StartArchive.read(start).orElseThrow();
        assertThat(archive).isEqualTo(new StartArchive("/j", "17",
                List.of(new FastStart.JarStamp("/app/grayarea.jar", 10, 20), new FastStart.JarStamp("/app/lib/a b.jar", 30, 40)),
                List.of("-XX:Tier4InvocationThreshold=50000", "-XX:Tier4CompileThreshold=60000")));
        assertThat(archive.options(start)).containsExactly("-XX:SharedArchiveFile=" + start.resolve(FastStart.ARCHIVE).toAbsolutePath(),
                "-Xshare:auto", "-XX:Tier4InvocationThreshold=50000", "-XX:Tier4CompileThreshold=60000", "-Dgrayarea.faststart=on");

        Files.writeString(start.resolve(FastStart.DESCRIPTION), "java.home=/j\njar.0=ten 20 /app/grayarea.jar\n");
        assertThat(StartArchive.read(start)).isEmpty();
    }

    @Test
    void theArchiveFitsOnlyTheSameJarsAtTheSamePathsAndTheSameJava() throws IOException {
        Path jar = Files.writeString(folder.resolve("grayarea.jar"), "a jar");
        Path lib = Files.writeString(Files.createDirectories(folder.resolve("lib")).resolve("lib.jar"), "a library");
        StartArchive archive = new StartArchive("/jdk", "17.0.15", List.of(stamp(jar), stamp(lib)), List.of());

        assertThat(archive.fits(jar, "/jdk", "17.0.15")).isTrue();
        assertThat(archive.fits(jar, "/jdk", "17.0.16")).as("another Java").isFalse();
        assertThat(archive.fits(jar, "/other-jdk", "17.0.15")).as("another Java").isFalse();
        Path copy = Files.copy(jar, folder.resolve("copy.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        assertThat(archive.fits(copy, "/jdk", "17.0.15")).as("the jar moved").isFalse();
        assertThat(new StartArchive("/jdk", "17.0.15", List.of(), List.of()).fits(jar, "/jdk", "17.0.15")).isFalse();

        long modified = Files.getLastModifiedTime(lib).to(TimeUnit.SECONDS);
        Files.setLastModifiedTime(lib, FileTime.from(modified + 60, TimeUnit.SECONDS));
        assertThat(archive.fits(jar, "/jdk", "17.0.15")).as("a library was replaced").isFalse();
        Files.setLastModifiedTime(lib, FileTime.from(modified, TimeUnit.SECONDS));
        assertThat(archive.fits(jar, "/jdk", "17.0.15")).isTrue();
        Files.writeString(jar, "a longer jar");
        Files.setLastModifiedTime(jar, FileTime.from(stamp(jar).modified(), TimeUnit.SECONDS));
        assertThat(archive.fits(jar, "/jdk", "17.0.15")).as("the jar changed").isFalse();
        Files.delete(lib);
        assertThat(new StartArchive("/jdk", "17.0.15", List.of(stamp(jar), archive.jars().get(1)), List.of())
                .fits(jar, "/jdk", "17.0.15")).as("a library is gone").isFalse();
    }

    @Test
    void theKeptClassListNamesOnlyClassesTheAppHas() throws IOException {
        // a class renamed or removed since the list was recorded: run scripts/start-archive.sh record
        List<String> apps = Files.readAllLines(Path.of("src/main/start/grayarea.classlist")).stream()
                .map(line -> line.split(" ")[0]).filter(name -> name.startsWith("grayarea/")).collect(Collectors.toList());
        assertThat(apps).contains("grayarea/Main", "grayarea/FastStart", "grayarea/ui/GrayAreaApp",
                "grayarea/ui/welcome/WelcomeView");
        assertThat(apps).allSatisfy(name -> assertThat(Path.of("target/classes", name + ".class"))
                .as("%s in src/main/start/grayarea.classlist: run scripts/start-archive.sh record", name).isRegularFile());
    }

    @Test
    void execvReplacesTheJvmInTheSameProcessClosingOnlyItsOwnFiles() throws Exception {
        assumeNativeLibrary();
        Path own = Files.writeString(folder.resolve("its-own.txt"), "x");

        Run same = runProbe(own, "/bin/sh", "-c", "echo sh pid=$$; exit 7");
        assertThat(same.exit).as("the new program's exit status is the process's").isEqualTo(7);
        assertThat(same.lines).hasSize(2);
        String pid = same.lines.get(0).split("[= ]")[2];
        assertThat(same.lines.get(0)).matches("java pid=\\d+ own descriptors=[1-9]\\d*");
        assertThat(same.lines.get(1)).isEqualTo("sh pid=" + pid);

        // given a descriptor (3) by whoever started it, as a shell can; ls lists what the new program has
        Run files = runProbe(own, "/bin/ls", "-l", "/proc/self/fd");
        List<String> open = files.lines.stream().filter(line -> line.contains(" -> ")).map(line -> line.replaceAll(".* (\\d+ -> .*)$", "$1"))
                .collect(Collectors.toList());
        assertThat(open).contains("3 -> /etc/hostname");
        assertThat(open).noneMatch(line -> line.contains(own.toString()) || line.contains(System.getProperty("java.home")));

        Run signals = runProbe(own, "/bin/grep", "^SigBlk", "/proc/self/status");
        assertThat(signals.lines.get(1)).isEqualTo("SigBlk:\t0000000000000000");

        Run failed = runProbe(own, "/no/such/program");
        assertThat(failed.exit).isZero();
        assertThat(failed.lines.get(1)).isEqualTo("still here: error 2, as before: true, the open file still reads: true");
    }

    @Test
    void javaDashJarStartsAgainInTheSameProcessWithItsArchiveAndEverythingItWasGiven() throws Exception {
        Path app = appWithArchive();

        Run run = run(List.of(JAVA, "-Dprobe.mark=kept", "-Xlog:class+load:file=" + folder.resolve("classes.log"),
                "-jar", app.resolve("grayarea.jar").toString(), "one", "two words"));
        assertThat(run.exit).isEqualTo(3);
        assertThat(run.lines).hasSize(3);
        String pid = run.lines.get(0).split(" ")[2];
        assertThat(run.lines.get(0)).startsWith("before marker " + pid + " faststart=null args=one,two words jvm=");
        assertThat(run.lines.get(1)).startsWith("before marker " + pid + " faststart=on args=one,two words jvm=");
        assertThat(run.lines.get(2)).startsWith("after " + pid + " faststart=on args=one,two words jvm=");
        String jvm = run.lines.get(2).substring(run.lines.get(2).indexOf(" jvm=") + 5);
        String archive = "-XX:SharedArchiveFile=" + app.resolve("start/grayarea.jsa");
        assertThat(jvm).contains(archive, "-Xshare:auto", "-XX:Tier4InvocationThreshold=50000", "-Dprobe.mark=kept");
        assertThat(jvm.indexOf(archive)).as("the person's own options come after the archive's, and win")
                .isLessThan(jvm.indexOf("-Dprobe.mark=kept"));
        // the restarted JVM's log (it replaced the first one's): the classes came from the archive,
        // the library's too
        assertThat(Files.readString(folder.resolve("classes.log"))).contains("grayarea.FastStart source: shared objects file",
                "grayarea.FastStartLibMarker source: shared objects file");
    }

    @Test
    void javaStartedOtherwiseOrJarsChangedSinceTheArchiveStartAsTheyAre() throws Exception {
        Path app = appWithArchive();
        String jar = app.resolve("grayarea.jar").toString();

        assertStartsOnce(List.of(JAVA, "-Dgrayarea.faststart=off", "-jar", jar), "off");
        assertStartsOnce(List.of(JAVA, "-Djpackage.app-path=/opt/grayarea/bin/grayarea", "-jar", jar), "null");
        Path argfile = Files.writeString(folder.resolve("args"), "-jar " + jar + "\n");
        assertStartsOnce(List.of(JAVA, "@" + argfile), "null");

        Path lib = app.resolve("lib/extra.jar");
        FileTime libTime = Files.getLastModifiedTime(lib);
        Files.setLastModifiedTime(lib, FileTime.fromMillis(libTime.toMillis() + 120_000));
        assertStartsOnce(List.of(JAVA, "-jar", jar), "null");
        Files.setLastModifiedTime(lib, libTime);
        assertThat(run(List.of(JAVA, "-jar", jar)).lines).as("the library as it was: starts again").hasSize(3);

        Files.setLastModifiedTime(Path.of(jar), FileTime.fromMillis(System.currentTimeMillis() + 120_000));
        assertStartsOnce(List.of(JAVA, "-jar", jar), "null");
    }

    private void assertStartsOnce(List<String> command, String faststart) throws Exception {
        Run run = run(command);
        assertThat(run.exit).as(String.join(" ", command)).isEqualTo(3);
        assertThat(run.lines).as(String.join(" ", command)).hasSize(2);
        assertThat(run.lines.get(1)).startsWith("after ").contains(" faststart=" + faststart + " ");
    }

    /**
     * A jar of FastStart and the probe, its library lib/extra.jar, the native library, and an
     * archive of the three classes they hold made by the build's script.
     */
    private Path appWithArchive() throws Exception {
        assumeNativeLibrary();
        Path app = Files.createDirectories(folder.resolve("app"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FastStartProbe.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, "lib/extra.jar");
        writeJar(app.resolve("grayarea.jar"), manifest, "(FastStart|FastStart\\$.*|FastStartProbe)\\.class");
        Manifest plain = new Manifest();
        plain.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        writeJar(Files.createDirectories(app.resolve("lib")).resolve("extra.jar"), plain, "FastStartLibMarker\\.class");
        Path start = Files.createDirectories(app.resolve(FastStart.FOLDER));
        Files.copy(LIBRARY, start.resolve(FastStart.LIBRARY));
        Path classes = Files.writeString(folder.resolve("classlist"), "grayarea/FastStart\ngrayarea/FastStartProbe\ngrayarea/FastStartLibMarker\n");

        ProcessBuilder script = new ProcessBuilder("bash", "scripts/start-archive.sh", "archive", app.toString());
        script.environment().put("JAVA_HOME", System.getProperty("java.home"));
        script.environment().put("START_CLASSLIST", classes.toString());
        Run made = run(script);
        assertThat(made.exit).as(String.join("\n", made.lines)).isZero();
        assertThat(start.resolve(FastStart.ARCHIVE)).as(String.join("\n", made.lines)).isRegularFile();
        Path real = app.toRealPath();
        assertThat(Files.readString(start.resolve(FastStart.DESCRIPTION))).contains(
                "java.vm.version=" + System.getProperty("java.vm.version"),
                "jar.0=" + Files.size(app.resolve("grayarea.jar")) + " ", " " + real.resolve("grayarea.jar") + "\n",
                "jar.1=", " " + real.resolve("lib/extra.jar") + "\n");
        return real;
    }

    private static void writeJar(Path jar, Manifest manifest, String classes) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path root : List.of(Path.of("target/classes/grayarea"), Path.of("target/test-classes/grayarea"))) {
            try (Stream<Path> files = Files.list(root)) {
                files.filter(f -> f.getFileName().toString().matches(classes)).forEach(found::add);
            }
        }
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Path cls : found) {
                out.putNextEntry(new JarEntry("grayarea/" + cls.getFileName()));
                Files.copy(cls, out);
                out.closeEntry();
            }
        }
    }

    private static void assumeNativeLibrary() {
        assumeTrue(System.getProperty("os.name").equals("Linux"), "Linux only");
        assumeTrue(Files.isRegularFile(LIBRARY),
                "no " + LIBRARY + ": scripts/start-archive.sh native found no C compiler (see the build's output)");
    }

    /** The probe started by a shell that first opens /etc/hostname as descriptor 3, given to it. */
    private Run runProbe(Path own, String... program) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "exec 3</etc/hostname; exec \"$@\"", "sh",
                JAVA, "-cp", System.getProperty("java.class.path"), ExecvProbe.class.getName(), LIBRARY.toString(),
                own.toString()));
        command.addAll(List.of(program));
        return run(command);
    }

    private Run run(List<String> command) throws Exception {
        return run(new ProcessBuilder(command));
    }

    /**
     * Runs a program to its end (a minute at most), without the environment's JVM options (so a
     * developer's JAVA_TOOL_OPTIONS changes nothing here), standard error joined to the output.
     */
    private Run run(ProcessBuilder builder) throws Exception {
        Path output = Files.createTempFile(folder, "output", ".txt");
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        Process process = builder.redirectErrorStream(true).redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after a minute: " + builder.command() + "\n" + Files.readString(output));
        }
        return new Run(process.exitValue(), Files.readAllLines(output));
    }

    private static FastStart.JarStamp stamp(Path jar) throws IOException {
        return new FastStart.JarStamp(jar.toRealPath().toString(), Files.size(jar),
                Files.getLastModifiedTime(jar).to(TimeUnit.SECONDS));
    }

    private record Run(int exit, List<String> lines) {
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
