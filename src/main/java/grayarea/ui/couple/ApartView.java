package grayarea.ui.couple;

import grayarea.ui.toolkit.FilePicker;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Risk;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import grayarea.ui.toolkit.View;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Partners on two computers: the turn just taken is exported as a file (only what was shared, or,
 * after a safety flag, only a neutral marker), and the partner's file is opened to compare.
 */
final class ApartView extends View {

    private final ApartViewModel model;
    private final FilePicker files;
    private final Texts texts;
    private final TextPage page = new TextPage("apart");
    private final Label todo = new Label();
    private final Button export = new Button();
    private final Button open = new Button();
    private Label status;
    private VBox help;

    ApartView(ApartViewModel model, FilePicker files) {
        this.model = model;
        this.files = files;
        this.texts = model.texts();
    }

    @Override
    protected void createParts() {
        if (model.safety()) {
            help = CoupleParts.safetyBox(texts, texts.get("couple.apart.safety"), model);
        }
        export.setText(texts.get("couple.apart.export"));
        export.setId("export-turn");
        Risk.SHARES.mark(export);
        export.getStyleClass().add(Style.ACCENT);
        open.setText(model.openText());
        open.setId("open-turn");
        status = CoupleParts.status("apart-status", model.statusProperty());
        todo.setId("apart-todo");
        todo.setWrapText(true);
    }

    @Override
    protected Node layOutParts() {
        page.column()
                .getChildren()
                .addAll(
                        page.title(model.title()),
                        TextPage.paragraph(texts.get("couple.apart.detail")));
        if (help != null) {
            page.column().getChildren().add(help);
        }
        page.column().getChildren().addAll(todo, export, open, status);
        return page.node();
    }

    @Override
    protected void bind() {
        todo.textProperty().bind(model.todoProperty());
        export.setOnAction(e -> files.save(model.exportRequest()).ifPresent(model::exportTurn));
        open.setOnAction(e -> model.openAsked(files));
        // on the page, where the words say what remains; Tab reaches Export first (decision 0021)
        Focus.later(page.node());
    }
}
