package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import grayarea.testing.Launcher;
import grayarea.testing.RealDisplay;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's window started as its launcher starts it (packaging/package-linux.sh): JavaFX's jars on
 * the module path, the rest on the class path, and the options of src/main/start/jvm-options.txt.
 * On a real X display (GTK, not Monocle), where .ci/run installs Xvfb and the X tools; decision
 * 0024.
 */
class ModularLaunchTest {

    private static final String WARNING = "Unsupported JavaFX configuration";

    @TempDir Path work;

    private List<String> launcher() throws Exception {
        List<String> options = new ArrayList<>(List.of("--module-path", Launcher.modulePath()));
        options.addAll(Launcher.options());
        return options;
    }

    @Test
    void theAppOpensItsWindowWithJavafxAsModulesAndNoWarning() throws Exception {
        assumeTrue(
                RealDisplay.available(),
                "needs Xvfb, openbox, xdotool, wmctrl and x11-utils (.ci/run installs them)");
        Path home = Files.createDirectories(work.resolve("home"));
        Path temp = Files.createDirectories(work.resolve("tmp"));
        try (RealDisplay screen = RealDisplay.start(work.resolve("x"))) {
            Process app =
                    screen.startJava(
                            "app",
                            home,
                            temp,
                            Launcher.classPath(),
                            launcher(),
                            RealWindowProbe.class.getName(),
                            "app");
            List<String> said = new ArrayList<>();
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
            } finally {
                try (PrintWriter in =
                        new PrintWriter(app.getOutputStream(), true, StandardCharsets.UTF_8)) {
                    in.println("quit");
                }
                if (!app.waitFor(20, TimeUnit.SECONDS)) {
                    app.destroyForcibly();
                }
            }
            String errors = screen.errors("app");
            assertThat(said).as("the window showed; errors: %s", errors).contains("shown");
            assertThat(errors)
                    .doesNotContain(WARNING)
                    .doesNotContain("Exception")
                    .doesNotContain("Error");
            assertThat(app.exitValue()).as("the app ended by itself; errors: %s", errors).isZero();
        }
    }

    @Test
    void controlsFxControlsWorkWithTheLauncherOptionsAndFailWithoutThem() throws Exception {
        assumeTrue(
                RealDisplay.available(),
                "needs Xvfb, openbox, xdotool, wmctrl and x11-utils (.ci/run installs them)");
        Path home = Files.createDirectories(work.resolve("home"));
        Path temp = Files.createDirectories(work.resolve("tmp"));
        try (RealDisplay screen = RealDisplay.start(work.resolve("x"))) {
            List<String> said = probe(screen, "controls", home, temp, launcher());
            assertThat(said)
                    .as("errors: %s", screen.errors("controls"))
                    .containsExactly("controls shown invalid=true masker=true");
            assertThat(screen.errors("controls"))
                    .doesNotContain("IllegalAccess")
                    .doesNotContain("InaccessibleObject")
                    .doesNotContain(WARNING);

            // the same controls, JavaFX as modules but without ControlsFX's exports and opens:
            // what the options are for (and that this test would see their absence)
            List<String> bare = new ArrayList<>(launcher());
            bare.removeIf(
                    option ->
                            option.startsWith("--add-exports=")
                                    || option.startsWith("--add-opens="));
            List<String> failed = probe(screen, "bare", home, temp, bare);
            assertThat(failed)
                    .anySatisfy(
                            line ->
                                    assertThat(line)
                                            .startsWith("failed java.lang.IllegalAccessError")
                                            .contains("com.sun.javafx.event"));
        }
    }

    private static List<String> probe(
            RealDisplay screen, String name, Path home, Path temp, List<String> options)
            throws Exception {
        Process java =
                screen.startJava(
                        name,
                        home,
                        temp,
                        Launcher.classPath(),
                        options,
                        ControlsFxProbe.class.getName());
        List<String> said =
                new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .toList();
        if (!java.waitFor(60, TimeUnit.SECONDS)) {
            java.destroyForcibly();
        }
        return said;
    }
}
