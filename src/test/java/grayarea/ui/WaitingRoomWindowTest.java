package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import grayarea.bank.BankLoader;
import grayarea.bank.QuestionBank;
import grayarea.session.HandOut;
import grayarea.session.HandOutFile;
import grayarea.session.PinLock;
import grayarea.session.PracticeProfile;
import grayarea.session.WaitingRoom;
import grayarea.session.WaitingRoomStore;
import grayarea.testing.RealDisplay;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 11: the waiting room's window under a real window manager (openbox on Xvfb),
 * started as {@code java -jar} starts it, comes back to full screen and to the front whenever the
 * window manager takes either away: minimized from its window menu, taken out of full screen, or
 * put behind another program's window. On Monocle none of this can happen, hence a real screen.
 * Runs where Xvfb, openbox and the X tools are installed, as .ci/run installs them.
 */
class WaitingRoomWindowTest {

    private static final Duration BACK_WITHIN = Duration.ofSeconds(10);
    private static final String FULL_SCREEN = "_NET_WM_STATE_FULLSCREEN";
    private static final String HIDDEN = "_NET_WM_STATE_HIDDEN";

    @TempDir Path work;

    @Test
    void theWaitingRoomComesBackToFullScreenAndToTheFrontUntilThePin() throws Exception {
        assumeTrue(
                RealDisplay.available(),
                "needs Xvfb, openbox, xdotool, wmctrl and x11-utils (.ci/run installs them)");
        Path data = Files.createDirectories(work.resolve("data"));
        QuestionBank bank = BankLoader.loadDefault();
        Path handOut = data.resolve("waiting-room.grayarea");
        HandOutFile.save(
                handOut,
                new HandOut(
                        bank.ref(),
                        null,
                        "partner",
                        List.of("behaviours"),
                        null,
                        HandOut.ClientSees.THANK_YOU,
                        new PracticeProfile(
                                "Ana Ruiz", "Harbor Couples Therapy", null, null, List.of()),
                        null,
                        Instant.parse("2026-11-28T10:00:00Z")));
        new WaitingRoomStore(data)
                .save(
                        new WaitingRoom(
                                handOut,
                                "WR-7",
                                PinLock.of("2468".toCharArray()),
                                data.resolve(WaitingRoomStore.RESULTS),
                                Instant.parse("2026-11-28T10:05:00Z")));

        try (RealDisplay screen = RealDisplay.start(work.resolve("x"))) {
            Process app =
                    screen.startJava(
                            "app",
                            Files.createDirectories(work.resolve("home")),
                            Files.createDirectories(work.resolve("tmp")),
                            List.of("-Dgrayarea.home=" + data),
                            RealWindowProbe.class.getName(),
                            "app");
            try {
                BufferedReader out =
                        new BufferedReader(
                                new InputStreamReader(
                                        app.getInputStream(), StandardCharsets.UTF_8));
                String line;
                do {
                    line = out.readLine();
                } while (line != null && !line.equals("shown"));
                assertThat(line)
                        .as("the window showed; errors: %s", screen.errors("app"))
                        .isEqualTo("shown");
                String window =
                        screen.waitFor(
                                        "the app's window",
                                        BACK_WITHIN,
                                        () ->
                                                screen.run(
                                                        "xdotool",
                                                        "search",
                                                        "--onlyvisible",
                                                        "--class",
                                                        "GrayAreaApp"),
                                        id -> !id.isEmpty())
                                .lines()
                                .findFirst()
                                .orElseThrow();
                awaitFullScreenInFront(screen, window, "at the start");

                // the window menu's Iconify, as a window manager does it
                screen.run("xdotool", "windowminimize", window);
                awaitFullScreenInFront(screen, window, "after being minimized");

                // the window menu's leave full screen
                screen.run("wmctrl", "-i", "-r", window, "-b", "remove,fullscreen");
                awaitFullScreenInFront(screen, window, "after leaving full screen");

                // another program's window brought to the front
                Process other = screen.launch("xmessage", "-center", "another program");
                try {
                    String otherWindow =
                            screen.waitFor(
                                            "the other program's window",
                                            BACK_WITHIN,
                                            () ->
                                                    screen.run(
                                                            "xdotool",
                                                            "search",
                                                            "--onlyvisible",
                                                            "--name",
                                                            "^xmessage$"),
                                            id -> !id.isEmpty())
                                    .lines()
                                    .findFirst()
                                    .orElseThrow();
                    screen.run("xdotool", "windowactivate", otherWindow);
                    awaitFullScreenInFront(
                            screen, window, "after another window was brought to the front");
                } finally {
                    other.destroy();
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
        }
    }

    /**
     * Waits until the window is mapped, full screen, not hidden, active and on top of the stack.
     */
    private static void awaitFullScreenInFront(RealDisplay screen, String window, String when)
            throws Exception {
        screen.waitFor(
                "the waiting room in full screen and in front " + when,
                BACK_WITHIN,
                () -> {
                    List<String> states = screen.states(window);
                    String stacking = screen.run("xprop", "-root", "_NET_CLIENT_LIST_STACKING");
                    String top = stacking.substring(stacking.lastIndexOf(' ') + 1).strip();
                    boolean onTop =
                            top.startsWith("0x")
                                    && Long.parseLong(top.substring(2), 16)
                                            == Long.parseLong(window);
                    return "viewable="
                            + screen.viewable(window)
                            + " states="
                            + states
                            + " active="
                            + screen.activeWindow()
                            + " top="
                            + onTop;
                },
                seen ->
                        seen.startsWith("viewable=true")
                                && seen.contains(FULL_SCREEN)
                                && !seen.contains(HIDDEN)
                                && seen.contains("active=" + window + " ")
                                && seen.endsWith("top=true"));
        assertThat(screen.states(window)).contains(FULL_SCREEN);
    }
}
