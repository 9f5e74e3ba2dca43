package grayarea.ui.couple;

import grayarea.ui.TextPage;
import grayarea.bank.AnswerSheet;
import grayarea.bank.ProblemsException;
import grayarea.scoring.ComparisonTurn;
import grayarea.session.TurnFile;
import grayarea.ui.FilePicker;
import grayarea.ui.Focus;
import grayarea.ui.HelpLines;
import grayarea.ui.Texts;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Partners on two computers: the turn just taken is exported as a file (only what was shared,
 * or, after a safety flag, only a neutral marker), and the partner's file is opened to compare.
 */
final class ApartView {

    private final CoupleFlow flow;
    private final Texts texts;
    private final TextPage page = new TextPage("apart");
    private final Label status = new Label();

    ApartView(CoupleFlow flow, boolean safety) {
        this.flow = flow;
        this.texts = flow.context().texts();
        build(safety);
    }

    Node node() {
        return page.node();
    }

    private void build(boolean safety) {
        String name = flow.session().partner(0).name();
        page.column().getChildren().addAll(page.title(texts.get("couple.done.title", name)),
                TextPage.paragraph(texts.get("couple.apart.detail")));
        if (safety) {
            VBox help = new VBox(8, TextPage.paragraph(texts.get("couple.apart.safety")));
            help.setId("turn-safety");
            help.getStyleClass().add("safety-box");
            HelpLines.of(flow.bank(), texts, texts.language())
                    .forEach(line -> help.getChildren().add(TextPage.paragraph("•  " + line)));
            if (!flow.bank().resourcesNote().isEmpty()) {
                help.getChildren().add(TextPage.paragraph(flow.bank().resourcesNote().in(texts.language())));
            }
            page.column().getChildren().add(help);
        }
        Button export = new Button(texts.get("couple.apart.export"));
        export.setId("export-turn");
        export.getStyleClass().add("accent");
        export.setOnAction(e -> export());
        Button open = new Button(texts.get("couple.apart.open"));
        open.setId("open-turn");
        open.setOnAction(e -> open());
        status.setId("apart-status");
        status.setWrapText(true);
        status.getStyleClass().add("status");
        status.setVisible(false);
        status.setManaged(false);
        page.column().getChildren().addAll(export, open, status);
        Focus.later(export);
    }

    private AnswerSheet mine() {
        return flow.session().partner(0).turn().answers();
    }

    private void export() {
        flow.context().filePicker().save(new FilePicker.Request(texts.get("couple.apart.export"),
                texts.get("couple.apart.filter"), "json", "my-turn.json")).ifPresent(path -> {
                    try {
                        TurnFile.export(path, flow.bank(), mine());
                        say(texts.get("couple.apart.exported", path));
                    } catch (IOException ex) {
                        say(texts.get("result.save.failed", ex.getMessage()));
                    }
                });
    }

    private void open() {
        flow.context().filePicker().open(new FilePicker.Request(texts.get("couple.apart.open"),
                texts.get("couple.apart.filter"), "json", null)).ifPresent(this::compareWith);
    }

    private void compareWith(Path path) {
        try {
            TurnFile.Contents theirs = TurnFile.read(path);
            if (!theirs.turn().bank().equals(flow.bank().ref())) {
                say(texts.get("couple.apart.otherBank"));
                return;
            }
            String name = theirs.turn().respondent() == null ? texts.get("couple.name.prompt.second")
                    : theirs.turn().respondent();
            flow.showComparison(ComparisonTurn.of(flow.bank(), mine()), theirs.turn(), name);
        } catch (ProblemsException ex) {
            say(ex.problems().get(0).in(texts.locale()));
        }
    }

    private void say(String message) {
        status.setText(message);
        status.setVisible(true);
        status.setManaged(true);
    }
}
