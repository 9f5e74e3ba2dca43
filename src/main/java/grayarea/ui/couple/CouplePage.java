package grayarea.ui.couple;

import grayarea.ui.Page;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The common frame of the couple pages: a scrolling column of calm, wrapping text. */
final class CouplePage {

    private final Page page;

    CouplePage(String id) {
        page = new Page(id, "couple-page");
    }

    VBox column() {
        return page.column();
    }

    Node node() {
        return page.node();
    }

    static Label title(String text) {
        return Page.title(text);
    }

    static Label heading(String text) {
        return Page.heading(text);
    }

    static Label paragraph(String text) {
        return Page.paragraph(text);
    }
}
