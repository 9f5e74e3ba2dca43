package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import grayarea.testing.RealDisplay;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 5: the app started as {@code java -jar} starts it ({@link grayarea.Main}, no
 * arguments, no {@code grayarea.home}), in a real GTK window, with a home folder of its own. Until
 * the person chooses to keep things, it writes nothing into the home folder: not the data folder
 * (JavaFX's native libraries used to be unpacked into it, creating it 0755), nor JavaFX's own
 * {@code ~/.openjfx}. With the libraries beside the JavaFX jars, as the build and the app image put
 * them, nothing is unpacked at all; without them, they go into an owner-only temp folder that is
 * gone when the app ends. Runs where Xvfb, openbox and the X tools are installed (.ci/run).
 */
class PrivateStartTest {

    @TempDir Path work;

    @Test
    void fromJarsWithoutTheirLibrariesNothingIsWrittenInTheHomeFolder() throws Exception {
        assumeTrue(
                RealDisplay.available(),
                "needs Xvfb, openbox, xdotool, wmctrl and x11-utils (.ci/run installs them)");
        Path home = Files.createDirectories(work.resolve("home"));
        Path temp = Files.createDirectories(work.resolve("tmp"));
        List<String> said = run(home, temp, System.getProperty("java.class.path"));

        String cache =
                said.stream().filter(line -> line.startsWith("cache ")).findFirst().orElseThrow();
        assertThat(cache)
                .as("JavaFX unpacks its libraries into an owner-only temp folder of the run")
                .startsWith("cache " + temp.resolve("javafx-"))
                .endsWith(" rwx------");
        assertThat(everythingIn(home)).as("what the start left in the home folder").isEmpty();
        assertThat(everythingIn(temp)).as("the temp folder is cleared at exit").isEmpty();
    }

    @Test
    void withTheLibrariesBesideTheJarsNothingIsUnpacked() throws Exception {
        assumeTrue(
                RealDisplay.available(),
                "needs Xvfb, openbox, xdotool, wmctrl and x11-utils (.ci/run installs them)");
        // the jars as the build leaves them in target/lib: JavaFX's with its libraries beside them
        Path lib = Files.createDirectories(work.resolve("lib"));
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (path.getFileName().toString().startsWith("javafx-")
                    && path.toString().endsWith(".jar")) {
                Path copy = lib.resolve(path.getFileName());
                Files.copy(path, copy);
                unpackNativeLibraries(copy, lib);
                classPath.add(copy.toString());
            } else {
                classPath.add(entry);
            }
        }
        assertThat(lib.resolve(System.mapLibraryName("glass"))).exists();
        Path home = Files.createDirectories(work.resolve("home"));
        Path temp = Files.createDirectories(work.resolve("tmp"));
        List<String> said = run(home, temp, String.join(File.pathSeparator, classPath));

        assertThat(said).contains("cache NONE");
        assertThat(everythingIn(home)).as("what the start left in the home folder").isEmpty();
        assertThat(everythingIn(temp)).isEmpty();
    }

    /**
     * Starts the app on a screen of its own, waits for its window, quits it; returns what the probe
     * said.
     */
    private List<String> run(Path home, Path temp, String classPath) throws Exception {
        List<String> said = new ArrayList<>();
        try (RealDisplay screen = RealDisplay.start(work.resolve("x"))) {
            Process app =
                    screen.startJava(
                            "app",
                            home,
                            temp,
                            classPath,
                            List.of(),
                            RealWindowProbe.class.getName(),
                            "app");
            try {
                BufferedReader out =
                        new BufferedReader(
                                new InputStreamReader(
                                        app.getInputStream(), StandardCharsets.UTF_8));
                String line;
                while ((line = out.readLine()) != null) {
                    said.add(line);
                    if (line.equals("shown")) {
                        break;
                    }
                }
                assertThat(said)
                        .as("the window showed; errors: %s", screen.errors("app"))
                        .contains("shown");
            } finally {
                try (PrintWriter in =
                        new PrintWriter(app.getOutputStream(), true, StandardCharsets.UTF_8)) {
                    in.println("quit");
                }
                if (!app.waitFor(20, TimeUnit.SECONDS)) {
                    app.destroyForcibly();
                }
            }
            assertThat(app.exitValue())
                    .as("the app ended by itself; errors: %s", screen.errors("app"))
                    .isZero();
        }
        return said;
    }

    private static void unpackNativeLibraries(Path jar, Path into) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".so") && !entry.getName().contains("/")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, into.resolve(entry.getName()));
                    }
                }
            }
        }
    }

    private static List<Path> everythingIn(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(path -> !path.equals(folder)).toList();
        }
    }
}
