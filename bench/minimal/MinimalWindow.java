package bench.minimal;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The smallest JavaFX window worth comparing with: one Label in a window of the app's size
 * (980 x 760), default Modena theme. bench/startup.sh measures its start against the app's.
 */
public final class MinimalWindow extends Application {

    @Override
    public void start(Stage stage) {
        Label label = new Label("Gray Area: minimal JavaFX window");
        stage.setTitle("Minimal");
        stage.setScene(new Scene(new StackPane(label), 980, 760));
        stage.show();
    }
}
