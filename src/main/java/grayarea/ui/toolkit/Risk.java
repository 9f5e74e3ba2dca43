package grayarea.ui.toolkit;

import javafx.scene.Node;

/**
 * Marks a control that loses or lets go of answers: one that deletes or replaces what is saved
 * ({@link #DESTRUCTIVE}: delete, discard, start over), or that puts answers outside the app ({@link
 * #SHARES}: save for a therapist, export a turn, save or print a result). Such a control is never
 * the first focus of a page (docs/decisions/0021), and those that lose answers ask first ({@link
 * Confirmation}). The mark is a style class, so tests and CSS can find it.
 */
public enum Risk {
    DESTRUCTIVE("destructive"),
    SHARES("shares");

    private final String styleClass;

    Risk(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }

    /** Marks the control, and returns it. */
    public <T extends Node> T mark(T node) {
        if (!node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        }
        return node;
    }

    /** Whether the node is marked as deleting, replacing or sharing. */
    public static boolean marked(Node node) {
        if (node == null) {
            return false;
        }
        for (Risk risk : values()) {
            if (node.getStyleClass().contains(risk.styleClass)) {
                return true;
            }
        }
        return false;
    }
}
