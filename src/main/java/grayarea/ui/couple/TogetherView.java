package grayarea.ui.couple;

import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import grayarea.ui.toolkit.View;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;

/**
 * Both turns are done: sit together for the comparison. Each partner with a PIN types it here,
 * since their turn (what they chose to share included) is kept only under it.
 */
final class TogetherView extends View {

    private final TogetherViewModel model;
    private final Texts texts;
    private final TextPage page = new TextPage("together");
    private final PartnerPin[] pins = new PartnerPin[2];
    private final Button show = new Button();
    private Button back;
    private List<Integer> asked;

    TogetherView(TogetherViewModel model) {
        this.model = model;
        this.texts = model.texts();
    }

    @Override
    protected void createParts() {
        show.setText(texts.get("couple.together.show"));
        show.setId("show-comparison");
        show.getStyleClass().add(Style.ACCENT);
        show.setDefaultButton(true);
        asked = model.askedPins();
        for (int partner : asked) {
            pins[partner] =
                    new PartnerPin(
                            texts,
                            model.name(partner),
                            "together-pin-" + partner,
                            "together-pin-" + partner + "-error");
        }
        back = CoupleParts.backButton(texts, "together-back");
    }

    @Override
    protected Node layOutParts() {
        page.column()
                .getChildren()
                .addAll(
                        page.title(texts.get("couple.together.title")),
                        TextPage.paragraph(texts.get("couple.together.detail")));
        if (!asked.isEmpty()) {
            page.column().getChildren().add(TextPage.paragraph(texts.get("couple.together.pins")));
            asked.forEach(partner -> page.column().getChildren().addAll(pins[partner].nodes()));
        }
        page.column().getChildren().add(new FlowPane(12, 8, back, show));
        return page.node();
    }

    @Override
    protected void bind() {
        show.setOnAction(e -> compare());
        back.setOnAction(e -> model.back());
        model.refusedProperty()
                .addListener(
                        (obs, old, partner) -> {
                            if (partner.intValue() >= 0) {
                                pins[partner.intValue()].refused();
                            }
                        });
        model.problemProperty()
                .addListener(
                        (obs, old, problem) -> {
                            if (!problem.isEmpty() && !asked.isEmpty()) {
                                pins[asked.get(0)].failed(problem);
                            }
                        });
        Focus.later(asked.isEmpty() ? show : pins[asked.get(0)].field());
    }

    private void compare() {
        char[][] typed = new char[2][];
        for (int partner = 0; partner < 2; partner++) {
            if (pins[partner] != null) {
                pins[partner].clearRefusal();
                typed[partner] = pins[partner].take();
            }
        }
        model.compare(typed);
    }
}
