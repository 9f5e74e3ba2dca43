package grayarea.ui.couple;

import grayarea.ui.Texts;
import javafx.scene.Node;
import javafx.scene.control.Button;

/** The comparison both partners look at together. */
final class ComparisonView {

    private final CouplePage page = new CouplePage("comparison");

    ComparisonView(CoupleFlow flow) {
        Texts texts = flow.context().texts();
        Button done = new Button(texts.get("couple.comparison.done"));
        done.setId("comparison-done");
        done.setOnAction(e -> flow.backToStart(null));
        page.column().getChildren().addAll(CouplePage.title(texts.get("couple.comparison.title")), done);
    }

    Node node() {
        return page.node();
    }
}
