package bench.minimal;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The baseline of bench/quick-exit.sh: the smallest JavaFX window that ends on Shift pressed
 * three times, or on its button at the top left (where the app's quick exit is, with a tooltip as
 * it has), by hiding itself and calling System.exit (no cover, no five-second window, no data).
 * What the app's quick exit takes beyond this is its own.
 */
public final class QuickExitWindow extends Application {

    private int shifts;

    @Override
    public void start(Stage stage) {
        Label label = new Label("Gray Area: quick-exit baseline");
        Button exit = new Button("Quick exit");
        exit.setTooltip(new Tooltip("Hides this window at once and closes the app."));
        exit.setOnAction(e -> end(stage));
        BorderPane root = new BorderPane(label);
        root.setTop(exit);
        BorderPane.setMargin(exit, new Insets(10, 0, 0, 18));
        Scene scene = new Scene(root, 980, 760);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SHIFT && ++shifts == 3) {
                end(stage);
            }
        });
        stage.setTitle("Quick exit baseline");
        stage.setScene(scene);
        stage.show();
    }

    private static void end(Stage stage) {
        stage.hide();
        System.exit(0);
    }

    /** A plain launcher, as the app has. */
    public static final class Launcher {
        private Launcher() {
        }

        public static void main(String[] args) {
            Application.launch(QuickExitWindow.class, args);
        }
    }
}
