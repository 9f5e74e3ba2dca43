package grayarea.ui.couple;

import grayarea.ui.TextPage;
import grayarea.ui.Focus;
import grayarea.ui.Texts;
import javafx.scene.Node;
import javafx.scene.control.Button;

/** Both turns are done: sit together for the comparison. */
final class TogetherView {

    private final TextPage page = new TextPage("together");

    TogetherView(CoupleFlow flow) {
        Texts texts = flow.context().texts();
        Button show = new Button(texts.get("couple.together.show"));
        show.setId("show-comparison");
        show.getStyleClass().add("accent");
        show.setOnAction(e -> flow.showComparison());
        page.column().getChildren().addAll(page.title(texts.get("couple.together.title")),
                TextPage.paragraph(texts.get("couple.together.detail")), show);
        Focus.later(show);
    }

    Node node() {
        return page.node();
    }
}
