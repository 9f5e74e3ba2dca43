package grayarea.ui.couple;

import grayarea.ui.TextPage;
import grayarea.session.CoupleSession;
import grayarea.ui.Focus;
import grayarea.ui.Texts;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Between turns: nothing of the previous turn is on screen; the next partner starts (or goes on
 * with) their turn, with their PIN when they set one.
 */
final class HandOverView {

    private final CoupleFlow flow;
    private final int partner;
    private final Texts texts;
    private final TextPage page = new TextPage("handover");
    private final PasswordField pin = new PasswordField();
    private final Label error = new Label();
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
        page.column().getChildren().addAll(page.title(texts.get("couple.handover.title", who.name())),
                TextPage.paragraph(texts.get("couple.handover.detail", other, who.name())));
        boolean started = who.turn() != null && (who.turn().step() > 0 || who.turn().finished());
        go.setId("start-turn");
        go.setText(texts.get(started ? "couple.handover.continue" : "couple.handover.start", who.name()));
        go.getStyleClass().add("accent");
        go.setGraphic(new FontIcon(Feather.PLAY));
        go.setDefaultButton(true);
        error.setId("pin-error");
        error.getStyleClass().add("question-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        if (!who.isOpen()) {
            Label pinLabel = new Label(texts.get("couple.handover.pin", who.name()));
            pinLabel.setLabelFor(pin);
            pin.setId("turn-pin");
            pin.setMaxWidth(320);
            pin.setAccessibleText(texts.get("couple.handover.pin", who.name()));
            page.column().getChildren().addAll(pinLabel, pin, error);
        }
        page.column().getChildren().add(go);
        go.setOnAction(e -> open(who));
        Focus.later(who.isOpen() ? go : pin);
    }

    private void open(CoupleSession.Partner who) {
        if (!who.isOpen() && !flow.unlock(partner, pin.getText().toCharArray())) {
            String message = texts.get("couple.handover.wrongPin", who.name());
            error.setText(message);
            error.setVisible(true);
            error.setManaged(true);
            pin.setAccessibleText(texts.get("couple.handover.pin", who.name()) + ". " + message);
            pin.clear();
            pin.requestFocus();
            return;
        }
        pin.clear();
        flow.openTurn(partner);
    }
}
