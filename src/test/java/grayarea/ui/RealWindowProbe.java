package grayarea.ui;

import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.FilePicker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Runs in a JVM of its own on a real X display (started by the real-window tests through {@link
 * grayarea.testing.RealDisplay#startJava}), and says on standard output what happened, one line at
 * a time.
 *
 * <ul>
 *   <li>{@code app}: starts the app exactly as {@code java -jar} does ({@link grayarea.Main}, no
 *       arguments); once its window shows, prints {@code shown}, where JavaFX keeps its native
 *       libraries ({@code cache NONE} or {@code cache PATH PERMISSIONS}), and quits when a line
 *       {@code quit} arrives on standard input.
 *   <li>{@code files DATA-FOLDER}: opens the window's file dialogs as the app does ({@link
 *       GrayAreaApp#filePicker}): a save dialog titled "Probe save", then an open dialog titled
 *       "Probe open", printing {@code save-dialog}/{@code open-dialog} before each and {@code saved
 *       PATH}/{@code opened PATH} after (the saved file gets a line of text); then it keeps the
 *       toolkit running for two seconds, past GTK's delayed write of its recent files, and quits.
 * </ul>
 */
public final class RealWindowProbe {

    private RealWindowProbe() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("app")) {
            app();
        } else {
            files(Path.of(args[1]));
        }
    }

    private static void app() {
        Thread watcher =
                new Thread(
                        () -> {
                            try {
                                waitForAShownWindow();
                                String cache = System.getProperty("javafx.cachedir");
                                if (cache == null) {
                                    System.out.println("cache NONE");
                                } else {
                                    Path folder = Path.of(cache);
                                    System.out.println(
                                            "cache "
                                                    + folder
                                                    + " "
                                                    + (Files.isDirectory(folder)
                                                            ? PosixFilePermissions.toString(
                                                                    Files.getPosixFilePermissions(
                                                                            folder))
                                                            : "absent"));
                                }
                                System.out.println("shown");
                                System.out.flush();
                                BufferedReader in =
                                        new BufferedReader(
                                                new InputStreamReader(
                                                        System.in, StandardCharsets.UTF_8));
                                String line;
                                while ((line = in.readLine()) != null && !line.equals("quit")) {
                                    // only "quit" is understood
                                }
                                Platform.runLater(Platform::exit);
                            } catch (Exception e) {
                                e.printStackTrace();
                                System.exit(3);
                            }
                        },
                        "probe");
        watcher.setDaemon(true);
        watcher.start();
        grayarea.Main.main(new String[0]);
    }

    private static void waitForAShownWindow() throws InterruptedException {
        while (true) {
            CountDownLatch asked = new CountDownLatch(1);
            boolean[] shown = {false};
            try {
                Platform.runLater(
                        () -> {
                            shown[0] = Window.getWindows().stream().anyMatch(Window::isShowing);
                            asked.countDown();
                        });
                asked.await();
            } catch (IllegalStateException notYet) {
                // the toolkit is not started yet
            }
            if (shown[0]) {
                return;
            }
            Thread.sleep(50);
        }
    }

    private static void files(Path dataFolder) {
        Platform.startup(
                () -> {
                    Stage owner = new Stage();
                    owner.setTitle("Probe window");
                    owner.setScene(new Scene(new StackPane(), 400, 300));
                    owner.show();
                    FilePicker picker =
                            GrayAreaApp.filePicker(
                                    owner, new AppContext(dataFolder, null, () -> {}));
                    System.out.println("save-dialog");
                    Optional<Path> saved =
                            picker.save(
                                    new FilePicker.Request(
                                            "Probe save",
                                            "JSON files (*.json)",
                                            "json",
                                            "result.json"));
                    System.out.println("saved " + saved.map(Path::toString).orElse("NOTHING"));
                    saved.ifPresent(
                            path -> {
                                try {
                                    Files.writeString(path, "{\"probe\": true}\n");
                                } catch (IOException e) {
                                    System.out.println("write failed " + e);
                                }
                            });
                    System.out.println("open-dialog");
                    Optional<Path> opened =
                            picker.open(
                                    new FilePicker.Request(
                                            "Probe open", "JSON files (*.json)", "json", null));
                    System.out.println("opened " + opened.map(Path::toString).orElse("NOTHING"));
                    System.out.flush();
                    // GTK writes recently-used.xbel from a timer after each change: stay past it
                    PauseTransition linger = new PauseTransition(Duration.seconds(2));
                    linger.setOnFinished(e -> Platform.exit());
                    linger.play();
                });
    }
}
