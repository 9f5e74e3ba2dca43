package grayarea.ui.toolkit;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;

/** Keeps the focused control in sight inside a scroll pane. */
public final class KeyboardFocus {

    private KeyboardFocus() {}

    /**
     * From now on, whatever takes the keyboard focus inside the scroll pane is scrolled into view.
     */
    public static void follow(ScrollPane scroll) {
        boolean[] mouseDown = {false};
        // a click moves the focus too, but the person already sees what they clicked: scrolling
        // then would move the button from under the pointer and swallow the click
        scroll.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> mouseDown[0] = true);
        scroll.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> mouseDown[0] = false);
        ChangeListener<Node> onFocus =
                (o, before, now) -> {
                    if (now != null && !mouseDown[0] && isInside(now, scroll.getContent())) {
                        reveal(scroll, now);
                    }
                };
        // listen to the scene only while the page is in it, so old pages are not kept alive
        scroll.sceneProperty()
                .addListener(
                        (obs, old, scene) -> {
                            if (old != null) {
                                old.focusOwnerProperty().removeListener(onFocus);
                            }
                            if (scene != null) {
                                scene.focusOwnerProperty().addListener(onFocus);
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
        // a page that was just put in the window may not be laid out yet
        scroll.applyCss();
        scroll.layout();
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
