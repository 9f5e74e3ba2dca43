package grayarea.ui.couple;

import grayarea.ui.KeyboardFocus;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The common frame of the couple pages: a scrolling column of calm, wrapping text. */
final class CouplePage {

    private final ScrollPane scroll = new ScrollPane();
    private final VBox column = new VBox(14);

    CouplePage(String id) {
        scroll.setId(id);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("page-scroll");
        column.getStyleClass().add("couple-page");
        scroll.setContent(column);
        KeyboardFocus.follow(scroll);
    }

    VBox column() {
        return column;
    }

    Node node() {
        return scroll;
    }

    /** The page's title, which also names the page to assistive technology. */
    Label title(String text) {
        scroll.setAccessibleText(text);
        Label label = paragraph(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    static Label heading(String text) {
        Label label = paragraph(text);
        label.getStyleClass().add("subheading");
        return label;
    }

    static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
