package grayarea.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The common frame of the simpler pages (couple mode, waiting room): a scrolling column of calm, wrapping text. */
public final class TextPage {

    private final ScrollPane scroll = new ScrollPane();
    private final VBox column = new VBox(14);

    public TextPage(String id) {
        scroll.setId(id);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("page-scroll");
        column.getStyleClass().add("couple-page");
        scroll.setContent(column);
        KeyboardFocus.follow(scroll);
    }

    public VBox column() {
        return column;
    }

    public Node node() {
        return scroll;
    }

    /** The page's title, which also names the page to assistive technology. */
    public Label title(String text) {
        scroll.setAccessibleText(text);
        Label label = paragraph(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    public static Label heading(String text) {
        Label label = paragraph(text);
        label.getStyleClass().add("subheading");
        return label;
    }

    public static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
