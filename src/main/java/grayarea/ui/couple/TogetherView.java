package grayarea.ui.couple;

import grayarea.ui.toolkit.Style;
import grayarea.session.CoupleSession;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;

/**
 * Both turns are done: sit together for the comparison. Each partner with a PIN types it here,
 * since their turn (what they chose to share included) is kept only under it.
 */
final class TogetherView {

    private final CoupleFlow flow;
    private final Texts texts;
    private final TextPage page = new TextPage("together");
    private final PartnerPin[] pins = new PartnerPin[2];
    private final Button show = new Button();

    TogetherView(CoupleFlow flow) {
        this.flow = flow;
        this.texts = flow.context().texts();
        build();
    }

    Node node() {
        return page.node();
    }

    private void build() {
        show.setText(texts.get("couple.together.show"));
        show.setId("show-comparison");
        show.getStyleClass().add(Style.ACCENT);
        show.setDefaultButton(true);

        page.column().getChildren().addAll(page.title(texts.get("couple.together.title")),
                TextPage.paragraph(texts.get("couple.together.detail")));
        List<PartnerPin> asked = new ArrayList<>();
        for (int partner = 0; partner < 2; partner++) {
            CoupleSession.Partner who = flow.session().partner(partner);
            if (!who.isOpen()) {
                pins[partner] = new PartnerPin(texts, who.name(), "together-pin-" + partner,
                        "together-pin-" + partner + "-error");
                asked.add(pins[partner]);
            }
        }
        if (!asked.isEmpty()) {
            page.column().getChildren().add(TextPage.paragraph(texts.get("couple.together.pins")));
            asked.forEach(pin -> page.column().getChildren().addAll(pin.nodes()));
        }
        page.column().getChildren().add(new javafx.scene.layout.FlowPane(12, 8, flow.backButton("together-back"), show));
        show.setOnAction(e -> compare());
        Focus.later(asked.isEmpty() ? show : asked.get(0).field());
    }

    private void compare() {
        char[][] typed = new char[2][];
        for (int partner = 0; partner < 2; partner++) {
            if (pins[partner] != null) {
                pins[partner].clearRefusal();
                typed[partner] = pins[partner].take();
            }
        }
        int wrong = flow.showComparison(typed);
        if (wrong >= 0) {
            pins[wrong].refused();
        }
    }
}
