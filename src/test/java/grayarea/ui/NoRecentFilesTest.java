package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import grayarea.testing.RealDisplay;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 6: a file saved and then opened through the window's file dialogs, in a real GTK
 * window on a real X display (Xvfb, openbox), typed as a person types, leaves no entry in the
 * desktop's recent files ({@code ~/.local/share/recently-used.xbel}), also after GTK's delayed
 * write. With the system's GTK dialog (the app before decision 0017) both files are listed there.
 * Runs where Xvfb, openbox and the X tools are installed, as .ci/run installs them.
 */
class NoRecentFilesTest {

    @TempDir Path work;

    @Test
    void savingAndOpeningThroughTheDialogsLeavesNoRecentFilesEntry() throws Exception {
        assumeTrue(
                RealDisplay.available(),
                "needs Xvfb, openbox, xdotool, wmctrl and x11-utils (.ci/run installs them)");
        Path home = Files.createDirectories(work.resolve("home"));
        Path temp = Files.createDirectories(work.resolve("tmp"));
        Path files = Files.createDirectories(work.resolve("files"));
        Path chosen = files.resolve("kept-7.json");
        try (RealDisplay screen = RealDisplay.start(work.resolve("x"))) {
            Process probe =
                    screen.startJava(
                            "files",
                            home,
                            temp,
                            List.of(),
                            RealWindowProbe.class.getName(),
                            "files",
                            work.resolve("data").toString());
            // a hung dialog ends the probe (RealDisplay.startJava), so the reads below end too,
            // with null
            BufferedReader out =
                    new BufferedReader(
                            new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8));
            List<String> said = new ArrayList<>();
            try {
                assertThat(readLine(out, said)).isEqualTo("save-dialog");
                String dialog =
                        screen.waitFor(
                                "the save dialog",
                                Duration.ofSeconds(30),
                                () ->
                                        screen.run(
                                                "xdotool",
                                                "search",
                                                "--onlyvisible",
                                                "--name",
                                                "^Probe save$"),
                                id -> !id.isEmpty());
                awaitActive(screen, dialog.lines().findFirst().orElseThrow(), "the save dialog");
                // replace the suggested name with a whole path, then Enter, as a person would
                screen.run("xdotool", "key", "--clearmodifiers", "ctrl+a");
                screen.run("xdotool", "type", "--delay", "20", chosen.toString());
                screen.run("xdotool", "key", "Return");
                assertThat(readLine(out, said)).isEqualTo("saved " + chosen);
                assertThat(readLine(out, said)).isEqualTo("open-dialog");
                String open =
                        screen.waitFor(
                                "the open dialog",
                                Duration.ofSeconds(30),
                                () ->
                                        screen.run(
                                                "xdotool",
                                                "search",
                                                "--onlyvisible",
                                                "--name",
                                                "^Probe open$"),
                                id -> !id.isEmpty());
                awaitActive(screen, open.lines().findFirst().orElseThrow(), "the open dialog");
                screen.run("xdotool", "type", "--delay", "20", chosen.toString());
                screen.run("xdotool", "key", "Return");
                assertThat(readLine(out, said)).isEqualTo("opened " + chosen);
                assertThat(probe.waitFor(30, TimeUnit.SECONDS))
                        .as("the probe quits after lingering")
                        .isTrue();
            } finally {
                probe.destroyForcibly();
                said.add("errors: " + screen.errors("files"));
            }
            assertThat(chosen).as("the dialog really saved (%s)", said).exists();
        }

        Path recent = home.resolve(".local/share/recently-used.xbel");
        String listed = Files.exists(recent) ? Files.readString(recent) : "";
        assertThat(listed)
                .as("the desktop's recent files")
                .doesNotContain("kept-7.json")
                .doesNotContain(files.toUri().getPath());
        assertThat(everyFileIn(home))
                .as("what the dialogs left in the home folder")
                .noneMatch(path -> path.toString().contains("recent"));
    }

    /**
     * A dialog takes the keyboard by itself, as on a desktop: nothing here clicks or activates it.
     */
    private static void awaitActive(RealDisplay screen, String window, String what)
            throws Exception {
        screen.waitFor(
                what + " to have the keyboard",
                Duration.ofSeconds(10),
                screen::activeWindow,
                window::equals);
    }

    private static String readLine(BufferedReader out, List<String> said) throws IOException {
        String line = out.readLine();
        said.add(line);
        return line;
    }

    private static List<Path> everyFileIn(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
