package grayarea.ui.couple;

import grayarea.ui.toolkit.Confirmation;
import grayarea.ui.toolkit.FilePicker;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.Risk;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import grayarea.ui.toolkit.View;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * The comparison both partners look at together, in the same words as the command line's `compare`
 * and the PDF: where their lines meet and differ, double standards, how each sees the other, and
 * where to start talking. When the safety gate closed, one neutral sentence.
 */
final class ComparisonView extends View {

    private final ComparisonViewModel model;
    private final FilePicker files;
    private final Texts texts;
    private final TextPage page = new TextPage("comparison");
    private final Label todo = new Label();
    private final Button pdf = new Button();
    private final Button done = new Button();
    private final Button delete = new Button();
    private final Button forTherapist = new Button();
    private final Button export = new Button();
    private Label status;

    /** The step before "Delete this session now" deletes both turns (decision 0021). */
    private final Confirmation confirmDelete = new Confirmation("confirm-delete");

    /** On two computers, the step before Finish leaves a turn not exported yet. */
    private final Confirmation confirmFinish = new Confirmation("comparison-finish-confirm");

    ComparisonView(ComparisonViewModel model, FilePicker files) {
        this.model = model;
        this.files = files;
        this.texts = model.texts();
    }

    @Override
    protected void createParts() {
        status = CoupleParts.status("comparison-status", model.statusProperty());
        pdf.setText(texts.get("result.print"));
        pdf.setId("comparison-pdf");
        pdf.setGraphic(Icon.PRINTER.node());
        Risk.SHARES.mark(pdf);
        done.setText(texts.get("couple.comparison.done"));
        done.setId("comparison-done");
        done.getStyleClass().add(Style.ACCENT);
        delete.setText(texts.get("result.safety.delete"));
        delete.setId("comparison-delete");
        delete.setGraphic(Icon.TRASH_2.node());
        Risk.DESTRUCTIVE.mark(delete);
        forTherapist.setText(texts.get("couple.comparison.forTherapist"));
        forTherapist.setId("comparison-for-therapist");
        forTherapist.setGraphic(Icon.SEND.node());
        Risk.SHARES.mark(forTherapist);
        export.setText(texts.get("couple.apart.export"));
        export.setId("comparison-export-turn");
        Risk.SHARES.mark(export);
        todo.setId("comparison-todo");
        todo.setWrapText(true);
    }

    @Override
    protected Node layOutParts() {
        page.column().getChildren().add(page.title(texts.get("couple.comparison.title")));
        if (!model.available()) {
            Label neutral = TextPage.paragraph(texts.get("couple.comparison.unavailable"));
            neutral.setId("comparison-unavailable");
            page.column()
                    .getChildren()
                    .addAll(neutral, TextPage.paragraph(model.unavailableDetail()));
        } else {
            page.column().getChildren().addAll(TextPage.report(model.blocks()));
        }
        FlowPane actions = new FlowPane(10, 10, done, forTherapist, delete);
        if (model.available()) {
            actions.getChildren().add(0, pdf);
        }
        if (model.apart()) {
            // on two computers this turn may not have left yet: whatever the order, it can still go
            actions.getChildren().add(0, export);
            page.column().getChildren().add(todo);
        }
        page.column()
                .getChildren()
                .addAll(actions, confirmDelete.node(), status, confirmFinish.node());
        return page.node();
    }

    @Override
    protected void bind() {
        todo.textProperty().bind(model.todoProperty());
        pdf.setOnAction(e -> files.save(model.pdfRequest()).ifPresent(model::savePdf));
        forTherapist.setOnAction(
                e -> files.save(model.therapistRequest()).ifPresent(model::saveForTherapist));
        export.setOnAction(e -> files.save(model.exportRequest()).ifPresent(model::exportTurn));
        delete.setOnAction(
                e ->
                        confirmDelete.ask(
                                texts.get("result.safety.confirm.title"),
                                texts.get("couple.comparison.delete.detail"),
                                texts.get("result.safety.confirm.keep"),
                                texts.get("result.safety.confirm.yes"),
                                delete,
                                model::delete));
        // Finish on two computers, with the turn not exported yet: named first; the safe choice
        // goes back
        // to Export, focused
        done.setOnAction(
                e -> {
                    if (model.finishAsks()) {
                        confirmFinish.ask(
                                texts.get("couple.apart.finish.title"),
                                model.finishDetail(),
                                texts.get("couple.apart.finish.keep"),
                                texts.get("couple.apart.finish.leave"),
                                export,
                                model::finish);
                    } else {
                        model.finish();
                    }
                });
        Focus.later(page.node());
    }
}
