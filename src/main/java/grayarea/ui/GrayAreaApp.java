package grayarea.ui;

import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The Gray Area window. */
public final class GrayAreaApp extends Application {

    @Override
    public void start(Stage stage) {
        ResourceBundle texts = ResourceBundle.getBundle("grayarea.ui.messages");
        Label welcome = new Label(texts.getString("placeholder.welcome"));
        welcome.setWrapText(true);
        StackPane root = new StackPane(welcome);
        root.getStyleClass().add("placeholder");
        Scene scene = new Scene(root, 800, 600);
        scene.getStylesheets().add(GrayAreaApp.class.getResource("app.css").toExternalForm());
        stage.setTitle(texts.getString("app.title"));
        stage.setMinWidth(800);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.show();
    }
}
