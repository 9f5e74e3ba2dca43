package grayarea.ui.couple;

import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.TextPage;
import grayarea.report.ComparisonReport;
import grayarea.report.PdfReport;
import grayarea.report.ReportBlock;
import grayarea.scoring.Comparison;
import grayarea.session.AtomicFiles;
import grayarea.ui.toolkit.FilePicker;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * The comparison both partners look at together, in the same words as the command line's
 * `compare` and the PDF: where their lines meet and differ, double standards, how each sees
 * the other, and where to start talking. When the safety gate closed, one neutral sentence.
 */
final class ComparisonView {

    private final CoupleFlow flow;
    private final Texts texts;
    private final Comparison comparison;
    private final String firstName;
    private final String secondName;
    private final TextPage page = new TextPage("comparison");
    private final Label status = new Label();
    private final Label todo = new Label();
    private final javafx.scene.layout.VBox confirm = new javafx.scene.layout.VBox(8);
    /** The step before "Delete this session now" deletes both turns (decision 0021). */
    private final grayarea.ui.toolkit.Confirmation confirmDelete = new grayarea.ui.toolkit.Confirmation("confirm-delete");

    private final grayarea.scoring.ComparisonTurn first;
    private final grayarea.scoring.ComparisonTurn second;

    /** The two turns are as each partner shares them (gate and sharing applied); a file for a therapist keeps only them. */
    ComparisonView(CoupleFlow flow, Comparison comparison, String firstName, String secondName,
                   grayarea.scoring.ComparisonTurn first, grayarea.scoring.ComparisonTurn second) {
        this.first = first;
        this.second = second;
        this.flow = flow;
        this.texts = flow.context().texts();
        this.comparison = comparison;
        this.firstName = firstName;
        this.secondName = secondName;
        build();
    }

    Node node() {
        return page.node();
    }

    private ComparisonReport report() {
        return new ComparisonReport(flow.bank(), texts.language());
    }

    private void build() {
        page.column().getChildren().add(page.title(texts.get("couple.comparison.title")));
        if (!comparison.available()) {
            Label neutral = TextPage.paragraph(texts.get("couple.comparison.unavailable"));
            neutral.setId("comparison-unavailable");
            page.column().getChildren().addAll(neutral,
                    TextPage.paragraph(texts.get("couple.comparison.unavailable.detail")));
        } else {
            page.column().getChildren().addAll(TextPage.report(report().blocks(comparison, firstName, secondName).stream()
                    .filter(block -> block.kind() != ReportBlock.Kind.TITLE).toList()));
        }
        status.setId("comparison-status");
        status.setWrapText(true);
        status.getStyleClass().add(Style.STATUS);
        status.setVisible(false);
        status.setManaged(false);
        Button pdf = new Button(texts.get("result.print"));
        pdf.setId("comparison-pdf");
        pdf.setGraphic(Icon.PRINTER.node());
        pdf.setOnAction(e -> savePdf());
        Button done = new Button(texts.get("couple.comparison.done"));
        done.setId("comparison-done");
        done.getStyleClass().add(Style.ACCENT);
        done.setOnAction(e -> finish());
        Button delete = new Button(texts.get("result.safety.delete"));
        delete.setId("comparison-delete");
        delete.setGraphic(Icon.TRASH_2.node());
        grayarea.ui.toolkit.Risk.DESTRUCTIVE.mark(delete);
        delete.setOnAction(e -> confirmDelete.ask(texts.get("result.safety.confirm.title"),
                texts.get("couple.comparison.delete.detail"), texts.get("result.safety.confirm.keep"),
                texts.get("result.safety.confirm.yes"), delete, () -> {
                    flow.discard();
                    flow.backToStart(texts.get("welcome.deleted"));
                }));
        Button forTherapist = new Button(texts.get("couple.comparison.forTherapist"));
        forTherapist.setId("comparison-for-therapist");
        forTherapist.setGraphic(Icon.SEND.node());
        forTherapist.setOnAction(e -> saveForTherapist());
        grayarea.ui.toolkit.Risk.SHARES.mark(forTherapist);
        grayarea.ui.toolkit.Risk.SHARES.mark(pdf);
        FlowPane actions = new FlowPane(10, 10, done, forTherapist, delete);
        if (comparison.available()) {
            actions.getChildren().add(0, pdf);
        }
        if (flow.apart()) {
            // on two computers this turn may not have left yet: whatever the order, it can still go
            Button export = new Button(texts.get("couple.apart.export"));
            export.setId("comparison-export-turn");
            export.setOnAction(e -> exportTurn());
            grayarea.ui.toolkit.Risk.SHARES.mark(export);
            actions.getChildren().add(0, export);
            todo.setId("comparison-todo");
            todo.setWrapText(true);
            showTodo();
            page.column().getChildren().add(todo);
        }
        confirm.setId("comparison-finish-confirm");
        confirm.getStyleClass().add(Style.RESUME_BOX);
        confirm.setVisible(false);
        confirm.setManaged(false);
        page.column().getChildren().addAll(actions, confirmDelete.node(), status, confirm);
        Focus.later(page.node());
    }

    private void showTodo() {
        todo.setText(texts.get(flow.turnExported() ? "couple.apart.todo.exported" : "couple.apart.todo.export"));
    }

    /** Finish: on two computers, a turn not exported yet is named first, with exporting it the focused choice. */
    private void finish() {
        if (!flow.apart() || flow.turnExported()) {
            flow.backToStart(null);
            return;
        }
        boolean kept = flow.context().keepsProgress();
        boolean pin = flow.session().partner(0).lock() != null && kept;
        Button export = grayarea.ui.toolkit.Risk.SHARES.mark(new Button(texts.get("couple.apart.export")));
        export.setId("finish-export-turn");
        export.getStyleClass().add(Style.ACCENT);
        export.setOnAction(e -> exportTurn());
        Button leave = grayarea.ui.toolkit.Risk.DESTRUCTIVE.mark(new Button(texts.get("couple.apart.finish.leave")));
        leave.setId("finish-without-export");
        leave.setOnAction(e -> flow.backToStart(null));
        confirm.getChildren().setAll(TextPage.heading(texts.get("couple.apart.finish.title")),
                TextPage.paragraph(texts.get("couple.apart.finish.detail",
                        texts.get(pin ? "couple.apart.finish.keptPin" : kept ? "couple.apart.finish.keptWindow"
                                : "couple.apart.finish.keptNowhere"))),
                new FlowPane(10, 10, export, leave));
        // Escape stays on the page, as if nothing had been asked
        confirm.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                e.consume();
                confirm.setVisible(false);
                confirm.setManaged(false);
                Focus.later(page.node().lookup("#comparison-done"));
            }
        });
        confirm.setVisible(true);
        confirm.setManaged(true);
        Focus.later(export);
    }

    private void exportTurn() {
        flow.exportTurn(this::say, () -> {
            showTodo();
            confirm.setVisible(false);
            confirm.setManaged(false);
        });
    }

    /** No printer is assumed: the comparison is saved as a PDF, which can be printed anywhere. */
    private void savePdf() {
        flow.context().filePicker().save(new FilePicker.Request(texts.get("result.print.pdfDialog"),
                texts.get("result.print.pdfFilter"), "pdf", "comparison.pdf")).ifPresent(path -> {
                    try {
                        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                        new PdfReport().write(report().blocks(comparison, firstName, secondName),
                                texts.get("couple.comparison.title"), pdf);
                        AtomicFiles.write(path, pdf.toByteArray());
                        say(texts.get("result.print.done", path));
                    } catch (IOException ex) {
                        say(texts.get("result.print.failed", ex.getMessage()));
                    }
                });
    }

    /** A couple's result file for their therapist: only what both shared, each turn as a turn file. */
    private void saveForTherapist() {
        flow.context().filePicker().save(new FilePicker.Request(texts.get("couple.comparison.forTherapist.dialog"),
                texts.get("result.save.filter"), "json", "couple-result.json")).ifPresent(path -> {
                    try {
                        grayarea.session.ResultFile.save(path, flow.bank(), new grayarea.session.ResultFile.CoupleContents(
                                grayarea.session.AppVersion.get(), java.time.Instant.now(), null, flow.bank().ref(),
                                texts.language(), first, second));
                        say(texts.get("couple.comparison.forTherapist.done", path));
                    } catch (IOException ex) {
                        say(texts.get("result.save.failed", ex.getMessage()));
                    }
                });
    }

    private void say(String message) {
        status.setText(message);
        status.setVisible(true);
        status.setManaged(true);
    }
}
