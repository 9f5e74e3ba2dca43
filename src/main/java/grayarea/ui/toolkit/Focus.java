package grayarea.ui.toolkit;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Moves keyboard focus to a node once it is really on screen. A page is built before it is put in
 * the window; asking for focus before then is silently ignored, and the window would fall back to
 * its first control (the quick exit), so we wait for the node's scene.
 */
public final class Focus {

    private Focus() {}

    public static void later(Node node) {
        if (node == null) {
            return;
        }
        if (node.getScene() != null) {
            Platform.runLater(node::requestFocus);
            return;
        }
        node.sceneProperty()
                .addListener(
                        new ChangeListener<Scene>() {
                            @Override
                            public void changed(
                                    ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                                if (now != null) {
                                    node.sceneProperty().removeListener(this);
                                    Platform.runLater(node::requestFocus);
                                }
                            }
                        });
    }
}
