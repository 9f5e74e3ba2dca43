package grayarea.ui.couple;

import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.TextPage;
import grayarea.bank.AnswerSheet;
import grayarea.bank.ProblemsException;
import grayarea.scoring.ComparisonTurn;
import grayarea.session.TurnFile;
import grayarea.ui.toolkit.FilePicker;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.HelpLines;
import grayarea.ui.toolkit.Texts;
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
    private final Label todo = new Label();

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
            help.getStyleClass().add(Style.SAFETY_BOX);
            HelpLines.of(flow.bank(), texts, texts.language())
                    .forEach(line -> help.getChildren().add(TextPage.paragraph("•  " + line)));
            if (!flow.bank().resourcesNote().isEmpty()) {
                help.getChildren().add(TextPage.paragraph(flow.bank().resourcesNote().in(texts.language())));
            }
            page.column().getChildren().add(help);
        }
        Button export = new Button(texts.get("couple.apart.export"));
        export.setId("export-turn");
        grayarea.ui.toolkit.Risk.SHARES.mark(export);
        export.getStyleClass().add(Style.ACCENT);
        export.setOnAction(e -> export());
        Button open = new Button(texts.get("couple.apart.open"));
        open.setId("open-turn");
        open.setOnAction(e -> open());
        Path known = flow.partnerTurnFile();
        if (known != null) {
            // the partner's file was opened before this turn: compared with it at once
            open.setText(texts.get("couple.partnerTurn.compare", flow.partnerTurnName()));
            open.setOnAction(e -> compareWith(known));
        }
        status.setId("apart-status");
        status.setWrapText(true);
        status.getStyleClass().add(Style.STATUS);
        status.setVisible(false);
        status.setManaged(false);
        todo.setId("apart-todo");
        todo.setWrapText(true);
        showTodo();
        page.column().getChildren().addAll(todo, export, open, status);
        // on the page, where the words say what remains; Tab reaches Export first (decision 0021)
        Focus.later(page.node());
    }

    /** What remains to be done, in words: export (unless done), then open the partner's turn. */
    private void showTodo() {
        todo.setText(texts.get(flow.turnExported() ? "couple.apart.todo.open" : "couple.apart.todo.export"));
    }

    private AnswerSheet mine() {
        return flow.session().partner(0).turn().answers();
    }

    private void export() {
        flow.exportTurn(this::say, this::showTodo);
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
            ComparisonTurn own = ComparisonTurn.of(flow.bank(), mine());
            if (isMine(own, theirs.turn())) {
                // compared with itself it would look like perfect agreement: say what happened instead
                say(texts.get("couple.apart.ownTurn"));
                return;
            }
            String name = theirs.turn().respondent() == null ? texts.get("couple.apart.partner")
                    : theirs.turn().respondent();
            flow.showComparison(own, theirs.turn(), name);
        } catch (ProblemsException ex) {
            say(ex.problems().get(0).in(texts.locale()));
        }
    }

    /**
     * Whether the opened turn is this computer's own: the same file, or a turn begun at the very same
     * moment with the very same question order (two people's turns never share both).
     */
    private static boolean isMine(ComparisonTurn own, ComparisonTurn opened) {
        // two turns that closed the gate carry no answers to tell them apart: the comparison says only
        // that it is not available, which is true whichever file this is
        return own.available() && opened.available()
                && own.shared().sheet().createdAt().equals(opened.shared().sheet().createdAt())
                && own.shared().sheet().order().equals(opened.shared().sheet().order());
    }

    private void say(String message) {
        status.setText(message);
        status.setVisible(true);
        status.setManaged(true);
    }
}
