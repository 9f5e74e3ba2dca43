package grayarea.ui.couple;

import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import grayarea.ui.toolkit.View;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * Between turns: nothing of the previous turn is on screen; the next partner starts (or goes on
 * with) their turn, with their PIN when they set one.
 */
final class HandOverView extends View {

    private final HandOverViewModel model;
    private final Texts texts;
    private final TextPage page = new TextPage("handover");
    private PartnerPin pin;
    private Label lost;
    private Button back;
    private final Button go = new Button();

    HandOverView(HandOverViewModel model) {
        this.model = model;
        this.texts = model.texts();
    }

    @Override
    protected void createParts() {
        String lostNote = model.lostNote();
        if (lostNote != null) {
            lost = TextPage.paragraph(lostNote);
            lost.setId("turn-lost");
            lost.getStyleClass().add(Style.STATUS);
        }
        go.setId("start-turn");
        go.setText(model.goText());
        go.getStyleClass().add(Style.ACCENT);
        go.setGraphic(Icon.PLAY.node());
        go.setDefaultButton(true);
        if (model.asksPin()) {
            pin = new PartnerPin(texts, model.name(), "turn-pin", "pin-error");
        }
        back = CoupleParts.backButton(texts, "handover-back");
    }

    @Override
    protected Node layOutParts() {
        page.column()
                .getChildren()
                .addAll(page.title(model.title()), TextPage.paragraph(model.detail()));
        if (lost != null) {
            page.column().getChildren().add(lost);
        }
        if (pin != null) {
            page.column().getChildren().addAll(pin.nodes());
        }
        page.column().getChildren().add(new FlowPane(12, 8, back, go));
        return page.node();
    }

    @Override
    protected void bind() {
        go.setOnAction(e -> model.open(pin == null ? null : pin.take()));
        back.setOnAction(e -> model.back());
        model.refusalsProperty().addListener((obs, old, now) -> pin.refused());
        model.problemProperty()
                .addListener(
                        (obs, old, problem) -> {
                            if (!problem.isEmpty() && pin != null) {
                                pin.failed(problem);
                            }
                        });
        Focus.later(pin == null ? go : pin.field());
    }
}
