package grayarea.ui.toolkit;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** Shows a {@link NoticeViewModel}: its title, then its text. */
public final class NoticeView extends View {

    private final NoticeViewModel model;
    private TextPage page;
    private Label text;

    public NoticeView(NoticeViewModel model) {
        this.model = model;
    }

    @Override
    protected void createParts() {
        page = new TextPage(model.id());
        text = TextPage.paragraph(model.text());
        text.setId(model.id() + "-text");
    }

    @Override
    protected Node layOutParts() {
        if (!model.title().isEmpty()) {
            page.column().getChildren().add(page.title(model.title()));
        }
        page.column().getChildren().add(text);
        return page.node();
    }

    @Override
    protected void bind() {
        // nothing to bind: the text is all there is, and the frame's bar keeps the focus it has
    }
}
