package grayarea.ui;

import grayarea.ui.toolkit.Risk;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;

/**
 * The keyboard on a screen as it opens: the focus owner is no control that deletes, replaces or
 * shares (marked "destructive" or "shares", {@link Risk}), so that one Enter or Space loses nothing
 * and sends nothing. And the marks are there: every visible button whose id says it deletes,
 * discards, starts over, exports or saves for someone else carries one, so an unmarked new one
 * cannot slip past the check.
 */
final class FirstFocus {

    /**
     * Ids of buttons that delete, replace or share; the safe halves of a confirmation ("-keep",
     * "-no") are not.
     */
    private static final Pattern RISKY_ID =
            Pattern.compile(
                    "(.*delete.*|.*discard.*|start-over|.*export.*|.*for-therapist.*|save-result|print|comparison-pdf|.*-yes)");

    private static final Pattern SAFE_ID = Pattern.compile(".*(-keep|-no|without-export)");

    private FirstFocus() {}

    /**
     * What is wrong with the focus and the marks on the scene as it is now (call on the FX thread).
     */
    static List<String> problems(Scene scene) {
        List<String> found = new ArrayList<>();
        Node owner = scene.getFocusOwner();
        if (Risk.marked(owner)) {
            found.add("the focus is on #" + owner.getId() + ", which " + owner.getStyleClass());
        }
        unmarked(scene.getRoot(), found);
        return found;
    }

    private static void unmarked(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ButtonBase button
                && button.getId() != null
                && RISKY_ID.matcher(button.getId()).matches()
                && !SAFE_ID.matcher(button.getId()).matches()
                && !Risk.marked(button)) {
            found.add("#" + button.getId() + " deletes, replaces or shares but is not marked so");
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> unmarked(child, found));
        }
    }
}
