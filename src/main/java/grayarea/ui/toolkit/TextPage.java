package grayarea.ui.toolkit;

import grayarea.bank.Problem;
import grayarea.report.ReportBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The common frame of the simpler pages (couple mode, waiting room, the therapist's pages): a
 * scrolling column of calm, wrapping text that keeps the focused control in sight.
 */
public final class TextPage {

    private final ScrollPane scroll = new ScrollPane();
    private final VBox column = new VBox(14);

    public TextPage(String id) {
        this(id, Style.COUPLE_PAGE);
    }

    /**
     * @param id the page's id, for tests and screenshots
     * @param styleClass the column's style class in app.css (its padding and width)
     */
    public TextPage(String id, String styleClass) {
        scroll.setId(id);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Style.PAGE_SCROLL);
        column.getStyleClass().add(styleClass);
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
        return titleLabel(text);
    }

    private static Label titleLabel(String text) {
        Label label = paragraph(text);
        label.getStyleClass().add(Style.SECTION_TITLE);
        return label;
    }

    public static Label heading(String text) {
        Label label = paragraph(text);
        label.getStyleClass().add(Style.SUBHEADING);
        return label;
    }

    public static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    public static Label hint(String text) {
        Label label = paragraph(text);
        label.getStyleClass().add(Style.HINT);
        return label;
    }

    /**
     * A list of located problems, in the language of the page, under a sentence that says what they
     * stop.
     */
    public static VBox problems(String id, String heading, List<Problem> problems, Locale locale) {
        VBox box = new VBox(4, paragraph(heading));
        box.setId(id);
        box.getStyleClass().add(Style.PROBLEMS);
        problems.forEach(p -> box.getChildren().add(paragraph(p.in(locale))));
        return box;
    }

    /** A large button for one of a page's main choices: a title, a line of detail, an icon. */
    public static Button card(String id, String title, String detail, Icon icon, Runnable action) {
        Button button = new Button(title + "\n" + detail);
        button.setId(id);
        button.setWrapText(true);
        button.setGraphic(icon.node());
        button.setContentDisplay(ContentDisplay.LEFT);
        button.getStyleClass().add(Style.CHOICE_CARD);
        button.setAccessibleText(title + ". " + detail);
        button.setOnAction(e -> action.run());
        return button;
    }

    /**
     * A report's blocks as the page shows them, in the same words as its PDF: headings, paragraphs,
     * bullets and notes as wrapping labels, a page break as a line.
     */
    public static List<Node> report(List<ReportBlock> blocks) {
        List<Node> nodes = new ArrayList<>();
        for (ReportBlock block : blocks) {
            if (block.kind() == ReportBlock.Kind.PAGE_BREAK) {
                nodes.add(new Separator());
                continue;
            }
            if (block.text().isEmpty()) {
                continue;
            }
            Label label =
                    switch (block.kind()) {
                        case TITLE -> titleLabel(block.text());
                        case HEADING -> heading(block.text());
                        case BULLET -> paragraph("•  " + block.text());
                        case NOTE -> paragraph("    " + block.text());
                        default -> paragraph(block.text());
                    };
            label.setAccessibleText(block.text());
            nodes.add(label);
        }
        return nodes;
    }
}
