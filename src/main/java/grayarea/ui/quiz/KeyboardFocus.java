package grayarea.ui.quiz;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Keeps the focused control in sight inside a scroll pane. */
final class KeyboardFocus {

    private KeyboardFocus() {
    }

    static void follow(ScrollPane scroll) {
        scroll.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, before, now) -> {
                    if (now != null && isInside(now, scroll.getContent())) {
                        reveal(scroll, now);
                    }
                });
            }
        });
    }

    static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls just enough to show the node. */
    static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (content == null) {
            return;
        }
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport || inContent == null) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double bottom = top + viewport;
        double target = top;
        if (inContent.getMinY() < top) {
            target = Math.max(0, inContent.getMinY() - 12);
        } else if (inContent.getMaxY() > bottom) {
            target = Math.min(contentHeight - viewport, inContent.getMaxY() - viewport + 12);
        }
        scroll.setVvalue(target / (contentHeight - viewport));
    }
}
