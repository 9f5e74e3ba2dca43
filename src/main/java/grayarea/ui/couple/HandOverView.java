package grayarea.ui.couple;

import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.TextPage;
import grayarea.session.CoupleSession;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Texts;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/**
 * Between turns: nothing of the previous turn is on screen; the next partner starts (or goes on
 * with) their turn, with their PIN when they set one.
 */
final class HandOverView {

    private final CoupleFlow flow;
    private final int partner;
    private final Texts texts;
    private final TextPage page = new TextPage("handover");
    private PartnerPin pin;
    private final Button go = new Button();

    HandOverView(CoupleFlow flow, int partner) {
        this.flow = flow;
        this.partner = partner;
        this.texts = flow.context().texts();
        build();
    }

    Node node() {
        return page.node();
    }

    private void build() {
        CoupleSession.Partner who = flow.session().partner(partner);
        String other = flow.session().partner(1 - partner).name();
        if (flow.apart()) {
            page.column().getChildren().addAll(page.title(texts.get("couple.apart.back.title", who.name())),
                    TextPage.paragraph(texts.get(who.isOpen() ? "couple.apart.back.open" : "couple.apart.back.pin")));
        } else {
            page.column().getChildren().addAll(page.title(texts.get("couple.handover.title", who.name())),
                    TextPage.paragraph(firstOfAll() ? texts.get("couple.handover.first", other, who.name())
                            : texts.get("couple.handover.detail", other, who.name())));
        }
        if (flow.turnWasLost(partner)) {
            Label lost = TextPage.paragraph(texts.get("couple.handover.lost", who.name()));
            lost.setId("turn-lost");
            lost.getStyleClass().add(Style.STATUS);
            page.column().getChildren().add(lost);
        }
        boolean started = who.turn() != null && (who.turn().step() > 0 || who.turn().finished());
        go.setId("start-turn");
        go.setText(texts.get(started ? "couple.handover.continue" : "couple.handover.start", who.name()));
        go.getStyleClass().add(Style.ACCENT);
        go.setGraphic(Icon.PLAY.node());
        go.setDefaultButton(true);
        if (!who.isOpen()) {
            pin = new PartnerPin(texts, who.name(), "turn-pin", "pin-error");
            page.column().getChildren().addAll(pin.nodes());
        }
        page.column().getChildren().add(new javafx.scene.layout.FlowPane(12, 8, flow.backButton("handover-back"), go));
        go.setOnAction(e -> open());
        Focus.later(pin == null ? go : pin.field());
    }

    /** No one has taken a turn yet: there is nothing of anyone's turn to hide. */
    private boolean firstOfAll() {
        for (int i = 0; i < 2; i++) {
            CoupleSession.Turn turn = flow.session().partner(i).turn();
            if (turn != null && (turn.step() > 0 || turn.finished())) {
                return false;
            }
        }
        return true;
    }

    private void open() {
        if (pin != null && !flow.unlock(partner, pin.take())) {
            pin.refused();
            return;
        }
        flow.openTurn(partner);
    }
}
