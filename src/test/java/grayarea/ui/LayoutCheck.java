package grayarea.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Looks at a laid-out window for text that is cut (an ellipsis where the full text should be, or
 * text wider than its control) and for texts that overlap.
 */
final class LayoutCheck {

    private LayoutCheck() {}

    /** Every problem found, each naming the text it is about. */
    static List<String> problems(Parent root) {
        List<Labeled> labels = new ArrayList<>();
        collect(root, labels);
        List<String> problems = new ArrayList<>();
        for (Labeled labeled : labels) {
            String full = labeled.getText();
            Text shown = shownText(labeled);
            if (shown == null) {
                continue;
            }
            if (!full.equals(shown.getText())) {
                problems.add("cut: \"" + full + "\" shows as \"" + shown.getText() + "\"");
                continue;
            }
            Bounds text = shown.localToScene(shown.getBoundsInLocal());
            Bounds box = labeled.localToScene(labeled.getBoundsInLocal());
            if (text.getMaxX() > box.getMaxX() + 1 || text.getMinX() < box.getMinX() - 1) {
                problems.add("wider than its control: \"" + full + "\"");
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                Labeled a = labels.get(i);
                Labeled b = labels.get(j);
                if (isAncestor(a, b) || isAncestor(b, a)) {
                    continue;
                }
                Bounds ba = textBounds(a);
                Bounds bb = textBounds(b);
                if (ba != null && bb != null && overlap(ba, bb)) {
                    problems.add("overlap: \"" + a.getText() + "\" and \"" + b.getText() + "\"");
                }
            }
        }
        return problems;
    }

    private static void collect(Node node, List<Labeled> out) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled
                && labeled.getText() != null
                && !labeled.getText().isBlank()
                && labeled.getScene() != null) {
            out.add(labeled);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }

    /** The Text node a control's skin draws its text with. */
    private static Text shownText(Labeled labeled) {
        // the skin's own text node (an icon in the graphic is a Text too, but styled otherwise)
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && text.getStyleClass().contains("text")) {
                return text;
            }
        }
        return null;
    }

    /**
     * Where the text can be seen: its bounds cut to every scroll pane's viewport around it, or
     * null.
     */
    private static Bounds textBounds(Labeled labeled) {
        Text text = shownText(labeled);
        if (text == null) {
            return null;
        }
        Bounds b = text.localToScene(text.getBoundsInLocal());
        double minX = b.getMinX();
        double minY = b.getMinY();
        double maxX = b.getMaxX();
        double maxY = b.getMaxY();
        for (Node n = labeled.getParent(); n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("viewport")) {
                Bounds v = n.localToScene(n.getLayoutBounds());
                minX = Math.max(minX, v.getMinX());
                minY = Math.max(minY, v.getMinY());
                maxX = Math.min(maxX, v.getMaxX());
                maxY = Math.min(maxY, v.getMaxY());
            }
        }
        if (maxX <= minX || maxY <= minY) {
            return null;
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    private static boolean overlap(Bounds a, Bounds b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 2 && h > 2;
    }

    private static boolean isAncestor(Node ancestor, Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
