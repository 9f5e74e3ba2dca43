package grayarea.ui.couple;

import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import grayarea.ui.toolkit.View;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;

/**
 * The end of a turn, seen only by its partner: thanks, and (when an answer raised a safety flag)
 * help resources in private, with the promise that the other partner learns nothing of why.
 */
final class TurnDoneView extends View {

    private final TurnDoneViewModel model;
    private final Texts texts;
    private final TextPage page = new TextPage("turn-done");
    private final Button next = new Button();
    private VBox help;

    TurnDoneView(TurnDoneViewModel model) {
        this.model = model;
        this.texts = model.texts();
    }

    @Override
    protected void createParts() {
        if (model.safety()) {
            help = CoupleParts.safetyBox(texts, model.safetyWord(), model);
        }
        next.setText(model.nextText());
        next.setId("hand-over");
        next.getStyleClass().add(Style.ACCENT);
    }

    @Override
    protected Node layOutParts() {
        page.column()
                .getChildren()
                .addAll(
                        page.title(model.title()),
                        TextPage.paragraph(texts.get("couple.done.detail")));
        if (help != null) {
            page.column().getChildren().add(help);
        }
        page.column().getChildren().add(next);
        return page.node();
    }

    @Override
    protected void bind() {
        next.setOnAction(e -> model.next());
        Focus.later(next);
    }
}
