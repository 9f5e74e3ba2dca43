import atlantafx.base.theme.PrimerLight;
import grayarea.ui.toolkit.Icon;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;

/**
 * Times what the welcome page's icons cost a fresh JVM, in the app's theme and stylesheet: from the
 * first use of {@code Icon} to the icons' nodes made, then to their first drawing (a snapshot of the
 * styled buttons holding them). The theme and a page without icons are styled and drawn first, so
 * that only the icons' own cost is timed. Prints one line: {@code nodes-ms drawn-ms}.
 *
 *   mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt
 *   java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *       -cp target/classes:$(cat cp.txt) scripts/IconLoadTime.java
 *
 * Run it many times in fresh JVMs (and against another build's classes to compare) and take medians.
 */
public final class IconLoadTime {

    /** The icons of the welcome page on a first run, with its top bar. */
    private static final List<String> WELCOME = List.of(
            "X_CIRCLE", "SETTINGS", "MOON", "LOCK", "EYE_OFF", "USER", "USERS", "HEART", "CLIPBOARD", "FOLDER");

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            HBox page = new HBox(8);
            for (String name : WELCOME) {
                page.getChildren().add(new Button(name));
            }
            Scene scene = new Scene(page, 1200, 100);
            scene.getStylesheets().add(Icon.class.getResource("/grayarea/ui/app.css").toExternalForm());
            page.snapshot(null, null);

            long start = System.nanoTime();
            for (int i = 0; i < WELCOME.size(); i++) {
                ((Button) page.getChildren().get(i)).setGraphic(Icon.valueOf(WELCOME.get(i)).node());
            }
            long nodes = System.nanoTime();
            page.snapshot(null, null);
            long drawn = System.nanoTime();
            System.out.printf("%.1f %.1f%n", (nodes - start) / 1e6, (drawn - start) / 1e6);
            done.countDown();
        });
        done.await();
        Platform.exit();
    }
}
