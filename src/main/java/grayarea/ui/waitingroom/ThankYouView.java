package grayarea.ui.waitingroom;

import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.View;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The page a waiting room shows once a client has finished and their result is saved for the
 * therapist, the same for every client (see {@link ThankYouViewModel}). The help lines are on it
 * for everyone, so a client who needs them has them without anyone learning that.
 */
public final class ThankYouView extends View {

    private final ThankYouViewModel model;
    private TextPage page;
    private Label saved;
    private VBox help;
    private Button next;

    public ThankYouView(ThankYouViewModel model) {
        this.model = model;
    }

    @Override
    protected void createParts() {
        page = new TextPage("waiting-room-thank-you");
        saved = TextPage.paragraph(model.saved());
        saved.setId("waiting-room-saved");
        help = new VBox(6, TextPage.heading(model.text("result.resources")));
        help.setId("waiting-room-help");
        help.getChildren().add(TextPage.paragraph(model.helpFor()));
        for (String line : model.helpLines()) {
            Label item = TextPage.paragraph("•  " + line);
            item.setAccessibleText(line);
            help.getChildren().add(item);
        }
        if (!model.resourcesNote().isEmpty()) {
            help.getChildren().add(TextPage.paragraph(model.resourcesNote()));
        }
        next = new Button(model.text("waitingRoom.done.next"));
        next.setId("next-person");
        next.setGraphic(Icon.REFRESH_CW.node());
    }

    @Override
    protected Node layOutParts() {
        page.column()
                .getChildren()
                .addAll(
                        page.title(model.text("result.thankYou.title")),
                        saved,
                        TextPage.paragraph(model.detail()));
        if (help.getChildren().size() > 1) {
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
