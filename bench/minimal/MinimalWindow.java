package bench.minimal;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The smallest JavaFX window worth comparing with: one Label in a window of the app's size
 * (980 x 760), default Modena theme. bench/startup.sh measures its start against the app's.
 * With -Dgrayarea.times=true it prints, like the app, when Application.start was entered, when
 * stage.show() returned and when the first layout pulse came (ms since the JVM started).
 */
public final class MinimalWindow extends Application {

    private static final boolean TIMES = Boolean.getBoolean("grayarea.times");

    @Override
    public void start(Stage stage) {
        long start = System.nanoTime();
        Label label = new Label("Gray Area: minimal JavaFX window");
        stage.setTitle("Minimal");
        Scene scene = new Scene(new StackPane(label), 980, 760);
        stage.setScene(scene);
        stage.show();
        long shown = System.nanoTime();
        if (TIMES) {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                long pulse = System.nanoTime();
                scene.removePostLayoutPulseListener(once[0]);
                long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
                long now = System.currentTimeMillis();
                for (String[] mark : new String[][] {{"Application.start", "" + start}, {"stage shown", "" + shown},
                    {"first layout pulse", "" + pulse}}) {
                    double at = now - jvmStart - (System.nanoTime() - Long.parseLong(mark[1])) / 1e6;
                    System.err.printf("grayarea.times %7.1f ms %s%n", at, mark[0]);
                }
            };
            scene.addPostLayoutPulseListener(once[0]);
        }
    }
}
