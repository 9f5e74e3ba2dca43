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
    void aSharingChoiceOfItsOwnIsLeftAlone() {
        assertThat(FastStart.choosesItsOwnSharing(List.of(bytes("java"), bytes("-jar"), bytes("g.jar")), null, null))
                .isFalse();
        assertThat(FastStart.choosesItsOwnSharing(List.of(bytes("java"), bytes("-Xshare:off"), bytes("-jar"), bytes("g.jar"))))
                .isTrue();
        assertThat(FastStart.choosesItsOwnSharing(List.of(bytes("java"), bytes("-XX:SharedArchiveFile=/mine.jsa"))))
                .isTrue();
        assertThat(FastStart.choosesItsOwnSharing(List.of(bytes("java"), bytes("-jar"), bytes("g.jar")),
                " -Xlog:gc  -XX:DumpLoadedClassList=/tmp/list ", null)).isTrue();
    }

    @Test
    void theArchivesDescriptionIsReadAndAnythingMissingOrDamagedMeansNoRestart() throws IOException {
        Path start = Files.createDirectories(folder.resolve("start"));
        assertThat(StartArchive.read(folder.resolve("nowhere"))).isEmpty();
        Files.writeString(start.resolve(FastStart.DESCRIPTION), description("/j", "17", "/app/grayarea.jar", 10, 20));
        assertThat(StartArchive.read(start)).as("no archive beside the description").isEmpty();

        Files.write(start.resolve(FastStart.ARCHIVE), new byte[] {1});
        StartArchive archive = StartArchive.read(start).orElseThrow();
        assertThat(archive).isEqualTo(new StartArchive("/j", "17", "/app/grayarea.jar", 10, 20,
                List.of("-XX:Tier4InvocationThreshold=50000", "-XX:Tier4CompileThreshold=60000")));
        assertThat(archive.options(start)).containsExactly("-XX:SharedArchiveFile=" + start.resolve(FastStart.ARCHIVE).toAbsolutePath(),
                "-Xshare:auto", "-XX:Tier4InvocationThreshold=50000", "-XX:Tier4CompileThreshold=60000", "-Dgrayarea.faststart=on");

        Files.writeString(start.resolve(FastStart.DESCRIPTION), "jar.size=ten\n");
        assertThat(StartArchive.read(start)).isEmpty();
    }

    @Test
    void theArchiveFitsOnlyTheSameJarAtTheSamePathAndTheSameJava() throws IOException {
        Path jar = Files.writeString(folder.resolve("grayarea.jar"), "a jar");
        long modified = Files.getLastModifiedTime(jar).to(TimeUnit.SECONDS);
        String real = jar.toRealPath().toString();
        StartArchive archive = new StartArchive("/jdk", "17.0.15", real, Files.size(jar), modified, List.of());

        assertThat(archive.fits(jar, "/jdk", "17.0.15")).isTrue();
        assertThat(archive.fits(jar, "/jdk", "17.0.16")).as("another Java").isFalse();
        assertThat(archive.fits(jar, "/other-jdk", "17.0.15")).as("another Java").isFalse();
        Path copy = Files.copy(jar, folder.resolve("copy.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        assertThat(archive.fits(copy, "/jdk", "17.0.15")).as("the jar moved").isFalse();
        Files.setLastModifiedTime(jar, FileTime.from(modified + 60, TimeUnit.SECONDS));
        assertThat(archive.fits(jar, "/jdk", "17.0.15")).as("the jar was rebuilt").isFalse();
        Files.setLastModifiedTime(jar, FileTime.from(modified, TimeUnit.SECONDS));
        Files.writeString(jar, "a longer jar");
        Files.setLastModifiedTime(jar, FileTime.from(modified, TimeUnit.SECONDS));
        assertThat(archive.fits(jar, "/jdk", "17.0.15")).as("the jar changed").isFalse();
    }

    @Test
    void execvReplacesTheJvmInTheSameProcessWithNothingOfItsOwnLeftOpenOrBlocked() throws Exception {
        assumeNativeLibrary();
        Path open = Files.writeString(folder.resolve("kept-open.txt"), "x");

        Run same = runProbe(open, "/bin/sh", "-c", "echo sh pid=$$; exit 7");
        assertThat(same.exit).as("the new program's exit status is the process's").isEqualTo(7);
        assertThat(same.lines).hasSize(2);
        assertThat(same.lines.get(1)).isEqualTo("sh pid=" + same.lines.get(0).substring("java pid=".length()));

        Run files = runProbe(open, "/bin/ls", "/proc/self/fd");
        // the standard three, and the one ls opens to list them: none of the JVM's jars or files
        assertThat(files.lines.subList(1, files.lines.size())).containsExactly("0", "1", "2", "3");

        Run signals = runProbe(open, "/bin/grep", "^SigBlk", "/proc/self/status");
        assertThat(signals.lines.get(1)).isEqualTo("SigBlk:\t0000000000000000");

        Run failed = runProbe(open, "/no/such/program");
        assertThat(failed.exit).isZero();
        assertThat(failed.lines.get(1)).isEqualTo("still here: error 2, the open file still reads: true");
    }

    @Test
    void javaDashJarStartsAgainInTheSameProcessWithItsArchiveAndEverythingItWasGiven() throws Exception {
        Path app = appWithArchive();

        Run run = run(List.of(JAVA, "-Dprobe.mark=kept", "-Xlog:class+load:file=" + folder.resolve("classes.log"),
                "-jar", app.resolve("grayarea.jar").toString(), "one", "two words"));
        assertThat(run.exit).isEqualTo(3);
        assertThat(run.lines).hasSize(3);
        String pid = run.lines.get(0).split(" ")[1];
        assertThat(run.lines.get(0)).startsWith("before " + pid + " faststart=null args=one,two words jvm=");
        assertThat(run.lines.get(1)).startsWith("before " + pid + " faststart=on args=one,two words jvm=");
        assertThat(run.lines.get(2)).startsWith("after " + pid + " faststart=on args=one,two words jvm=");
        String jvm = run.lines.get(2).substring(run.lines.get(2).indexOf(" jvm=") + 5);
        String archive = "-XX:SharedArchiveFile=" + app.resolve("start/grayarea.jsa");
        assertThat(jvm).contains(archive, "-Xshare:auto", "-XX:Tier4InvocationThreshold=50000", "-Dprobe.mark=kept");
        assertThat(jvm.indexOf(archive)).as("the person's own options come after the archive's, and win")
                .isLessThan(jvm.indexOf("-Dprobe.mark=kept"));
        // the restarted JVM's log (it replaced the first one's): the app's class came from the archive
        assertThat(Files.readString(folder.resolve("classes.log"))).contains("grayarea.FastStart source: shared objects file");
    }

    @Test
    void aJarChangedSinceItsArchiveWasMadeOrTurnedOffStartsAsItIs() throws Exception {
        Path app = appWithArchive();
        String jar = app.resolve("grayarea.jar").toString();

        Run off = run(List.of(JAVA, "-Dgrayarea.faststart=off", "-jar", jar));
        assertThat(off.lines).hasSize(2);
        assertThat(off.lines.get(1)).startsWith("after ").contains(" faststart=off ");

        Files.setLastModifiedTime(Path.of(jar), FileTime.fromMillis(System.currentTimeMillis() + 120_000));
        Run changed = run(List.of(JAVA, "-jar", jar));
        assertThat(changed.exit).isEqualTo(3);
        assertThat(changed.lines).hasSize(2);
        assertThat(changed.lines.get(1)).startsWith("after ").contains(" faststart=null ");
    }

    /** A jar of FastStart and the probe, with the native library and an archive made by the build's script. */
    private Path appWithArchive() throws Exception {
        assumeNativeLibrary();
        Path app = Files.createDirectories(folder.resolve("app"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FastStartProbe.class.getName());
        List<Path> classes = new ArrayList<>();
        for (Path root : List.of(Path.of("target/classes/grayarea"), Path.of("target/test-classes/grayarea"))) {
            try (Stream<Path> files = Files.list(root)) {
                files.filter(f -> f.getFileName().toString().matches("(FastStart|FastStart\\$.*|FastStartProbe)\\.class"))
                        .forEach(classes::add);
            }
        }
        try (OutputStream file = Files.newOutputStream(app.resolve("grayarea.jar"));
                JarOutputStream jar = new JarOutputStream(file, manifest)) {
            for (Path cls : classes) {
                jar.putNextEntry(new JarEntry("grayarea/" + cls.getFileName()));
                Files.copy(cls, jar);
                jar.closeEntry();
            }
        }
        Path start = Files.createDirectories(app.resolve(FastStart.FOLDER));
        Files.copy(LIBRARY, start.resolve(FastStart.LIBRARY));
        ProcessBuilder script = new ProcessBuilder("bash", "scripts/start-archive.sh", "archive", app.toString())
                .redirectErrorStream(true);
        script.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Run made = run(script);
        assertThat(made.exit).as(String.join("\n", made.lines)).isZero();
        assertThat(start.resolve(FastStart.ARCHIVE)).as(String.join("\n", made.lines)).isRegularFile();
        assertThat(Files.readString(start.resolve(FastStart.DESCRIPTION)))
                .contains("jar=" + app.resolve("grayarea.jar").toRealPath(), "java.vm.version=" + System.getProperty("java.vm.version"));
        return app.toRealPath();
    }

    private static void assumeNativeLibrary() {
        assumeTrue(System.getProperty("os.name").equals("Linux"), "Linux only");
        assumeTrue(Files.isRegularFile(LIBRARY),
                "no " + LIBRARY + ": scripts/start-archive.sh native found no C compiler (see the build's output)");
    }

    private Run runProbe(Path open, String... program) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA, "-cp", System.getProperty("java.class.path"),
                ExecvProbe.class.getName(), LIBRARY.toString(), open.toString()));
        command.addAll(List.of(program));
        return run(command);
    }

    private static Run run(List<String> command) throws Exception {
        return run(new ProcessBuilder(command).redirectErrorStream(true));
    }

    private static Run run(ProcessBuilder builder) throws Exception {
        Process process = builder.start();
        process.getOutputStream().close();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.startsWith("Picked up "))
                .collect(Collectors.toList());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), lines);
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

    private static String description(String javaHome, String vm, String jar, long size, long modified) {
        return "# test\njava.home=" + javaHome + "\njava.vm.version=" + vm + "\njar=" + jar + "\njar.size=" + size
                + "\njar.modified=" + modified + "\noptions=-XX:Tier4InvocationThreshold=50000 -XX:Tier4CompileThreshold=60000\n";
    }
}
