package grayarea.ui.therapist;

import grayarea.report.ReportBlock;
import grayarea.ui.toolkit.FilePicker;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import grayarea.ui.toolkit.View;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** One client's report on screen: the clinician summary and the client pages, with Save as PDF. */
final class ReportView extends View {

    private final ReportViewModel model;
    private final Texts texts;
    private final FilePicker files;
    private TextPage page;
    private VBox report;
    private Label status;
    private Button back;
    private Button pdf;

    ReportView(ReportViewModel model, Texts texts, FilePicker files) {
        this.model = model;
        this.texts = texts;
        this.files = files;
    }

    @Override
    protected void createParts() {
        page = new TextPage("therapist-report-page", Style.THERAPIST_PAGE);
        report = new VBox(8);
        report.setId("therapist-report");
        status = FieldViews.status("report-status", texts, model.statusProperty());
        back = new Button();
        back.setId("report-back");
        back.setText(texts.get("therapist.report.back"));
        back.setGraphic(Icon.ARROW_LEFT.node());
        pdf = new Button();
        pdf.setId("report-pdf");
        pdf.setText(texts.get("therapist.report.pdf"));
        pdf.setGraphic(Icon.PRINTER.node());
        pdf.getStyleClass().add(Style.ACCENT);
    }

    @Override
    protected Node layOutParts() {
        List<ReportBlock> blocks = model.blocks();
        // the report's title is the page's, and names it
        if (!blocks.isEmpty() && blocks.get(0).kind() == ReportBlock.Kind.TITLE) {
            report.getChildren().add(page.title(blocks.get(0).text()));
            blocks = blocks.subList(1, blocks.size());
        }
        report.getChildren().addAll(TextPage.report(blocks));
        page.column()
                .getChildren()
                .addAll(
                        new FlowPane(12, 12, back, pdf),
                        status,
                        TextPage.hint(
                                texts.get("therapist.report.file", model.file().getFileName())),
                        report);
        return page.node();
    }

    @Override
    protected void bind() {
        back.setOnAction(e -> model.back());
        pdf.setOnAction(
                e ->
                        files.save(
                                        new FilePicker.Request(
                                                texts.get("result.print.pdfDialog"),
                                                texts.get("result.print.pdfFilter"),
                                                "pdf",
                                                model.suggestedName()))
                                .ifPresent(model::savePdf));
        Focus.later(pdf);
    }
}
