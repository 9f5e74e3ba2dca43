package grayarea.ui.couple;

import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.HelpLines;
import grayarea.ui.toolkit.Texts;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;

/**
 * The end of a turn, seen only by its partner: thanks, and (when an answer raised a safety flag)
 * help resources in private, with the promise that the other partner learns nothing of why.
 */
final class TurnDoneView {

    private final CoupleFlow flow;
    private final int partner;
    private final boolean safety;
    private final Texts texts;
    private final TextPage page = new TextPage("turn-done");

    TurnDoneView(CoupleFlow flow, int partner, boolean safety) {
        this.flow = flow;
        this.partner = partner;
        this.safety = safety;
        this.texts = flow.context().texts();
        build();
    }

    Node node() {
        return page.node();
    }

    private void build() {
        String name = flow.session().partner(partner).name();
        String other = flow.session().partner(1 - partner).name();
        page.column().getChildren().addAll(page.title(texts.get("couple.done.title", name)),
                TextPage.paragraph(texts.get("couple.done.detail")));
        if (safety) {
            VBox help = new VBox(8);
            help.setId("turn-safety");
            help.getStyleClass().add(Style.SAFETY_BOX);
            help.getChildren().add(TextPage.paragraph(texts.get("couple.done.safety", other)));
            String language = texts.language();
            for (String line : HelpLines.of(flow.bank(), texts, language)) {
                help.getChildren().add(TextPage.paragraph("•  " + line));
            }
            if (!flow.bank().resourcesNote().isEmpty()) {
                help.getChildren().add(TextPage.paragraph(flow.bank().resourcesNote().in(language)));
            }
            page.column().getChildren().add(help);
        }
        boolean last = flow.session().bothDone();
        Button next = new Button(last ? texts.get("couple.done.together") : texts.get("couple.done.handOver", other));
        next.setId("hand-over");
        next.getStyleClass().add(Style.ACCENT);
        next.setOnAction(e -> flow.next());
        page.column().getChildren().add(next);
        Focus.later(next);
    }
}
