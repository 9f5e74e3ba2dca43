package bench.minimal;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of bench/quick-exit.sh: the smallest JavaFX window that ends on Shift pressed
 * three times, by hiding itself and calling System.exit (no cover, no five-second window, no
 * data). What the app's quick exit takes beyond this is its own.
 */
public final class QuickExitWindow extends Application {

    private int shifts;

    @Override
    public void start(Stage stage) {
        Label label = new Label("Gray Area: quick-exit baseline");
        Scene scene = new Scene(new StackPane(label), 980, 760);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SHIFT && ++shifts == 3) {
                stage.hide();
                System.exit(0);
            }
        });
        stage.setTitle("Quick exit baseline");
        stage.setScene(scene);
        stage.show();
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
