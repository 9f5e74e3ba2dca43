package grayarea.ui.toolkit;

import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The second step, inside the page, before answers are deleted or replaced: a title that names what
 * is lost, a line of detail, and two buttons. The safe one comes first and takes the focus; Escape
 * chooses it too, and Enter chooses whichever button has the focus, as Space does. Hidden until
 * {@link #ask}; the page places {@link #node()} beside the control that asks. Ids: ID (the box),
 * ID-title, ID-detail, ID-keep (safe), ID-yes (goes ahead).
 */
public final class Confirmation {

    private final VBox box = new VBox(8);
    private final Label title = new Label();
    private final Label detail = new Label();
    private final Button keep = new Button();
    private final Button go = new Button();
    private Runnable onConfirm = () -> {};
    private Node back;

    public Confirmation(String id) {
        box.setId(id);
        box.getStyleClass().add(Style.CONFIRMATION);
        title.setId(id + "-title");
        title.getStyleClass().add(Style.SUBHEADING);
        detail.setId(id + "-detail");
        for (Label label : new Label[] {title, detail}) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.setAccessibleRole(AccessibleRole.TEXT);
        }
        keep.setId(id + "-keep");
        keep.setWrapText(true);
        go.setId(id + "-yes");
        go.setWrapText(true);
        go.getStyleClass().add(Style.DANGER);
        Risk.DESTRUCTIVE.mark(go);
        keep.setOnAction(e -> cancel());
        go.setOnAction(
                e -> {
                    hide();
                    onConfirm.run();
                });
        box.addEventFilter(
                KeyEvent.KEY_PRESSED,
                e -> {
                    if (e.getCode() == KeyCode.ESCAPE) {
                        e.consume();
                        cancel();
                    } else if (e.getCode() == KeyCode.ENTER
                            && e.getTarget() instanceof Button button) {
                        e.consume();
                        button.fire();
                    }
                });
        FlowPane buttons = new FlowPane(12, 8, keep, go);
        box.getChildren().addAll(title, detail, buttons);
        hide();
    }

    public Node node() {
        return box;
    }

    /**
     * Shows the step with the safe choice focused.
     *
     * @param titleText names what will be lost
     * @param detailText what exactly, and what stays
     * @param keepText the safe choice: nothing changes, the focus goes back to {@code from}
     * @param goText the choice that deletes or replaces, then runs {@code onConfirm}
     * @param from the control that asked, focused again on the safe choice
     */
    public void ask(
            String titleText,
            String detailText,
            String keepText,
            String goText,
            Node from,
            Runnable onConfirm) {
        title.setText(titleText);
        detail.setText(detailText);
        keep.setText(keepText);
        go.setText(goText);
        box.setAccessibleText(titleText);
        this.back = from;
        this.onConfirm = onConfirm;
        box.setVisible(true);
        box.setManaged(true);
        Focus.later(keep);
    }

    /**
     * The safe choice: the step closes, nothing changes, and the focus goes back to where it was
     * asked from.
     */
    public void cancel() {
        hide();
        if (back != null) {
            back.requestFocus();
        }
    }

    public boolean isShowing() {
        return box.isVisible();
    }

    private void hide() {
        box.setVisible(false);
        box.setManaged(false);
    }
}
