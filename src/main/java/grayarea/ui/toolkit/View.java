package grayarea.ui.toolkit;

import javafx.scene.Node;

/**
 * One page (or one part of a page) of the app, always built the same way: first its parts are
 * created, then they are laid out, then they are bound to the page's view model. The view holds no
 * state of its own beyond its controls, and does no file, crypto or PDF work (ArchitectureTest):
 * its view model does, and has tests without a window.
 *
 * <p>{@link #node()} builds the page on its first call, in that order, so a subclass's fields are
 * all set before any step runs (a constructor calling overridable methods would see them unset).
 */
public abstract class View {

    private Node root;

    /** The page, built on the first call. */
    public final Node node() {
        if (root == null) {
            createParts();
            root = layOutParts();
            bind();
        }
        return root;
    }

    /** Creates the controls and gives them their ids, texts, icons and style classes. */
    protected abstract void createParts();

    /** Puts the parts in their containers; returns the page's root node. */
    protected abstract Node layOutParts();

    /** Binds the parts to the view model: properties, actions, the first focus. */
    protected abstract void bind();
}
