package grayarea.ui.waitingroom;

import grayarea.ui.toolkit.FieldProblems;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.SecretField;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.View;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * Leaving the waiting room: only with the therapist's PIN. A client who lands here goes back with
 * one key.
 */
public final class UnlockView extends View {

    private final UnlockViewModel model;
    private TextPage page;
    private SecretField pin;
    private Label error;
    private Button unlock;
    private Button back;

    public UnlockView(UnlockViewModel model) {
        this.model = model;
    }

    @Override
    protected void createParts() {
        page = new TextPage("waiting-room-unlock");
        pin = new SecretField("unlock-pin");
        pin.control().setMaxWidth(320);
        error =
                new FieldProblems()
                        .watch(
                                pin.control(),
                                model.text("waitingRoom.unlock.pin"),
                                model.problemProperty(),
                                "unlock-error");
        unlock = new Button(model.text("waitingRoom.unlock.button"));
        unlock.setId("unlock");
        unlock.setGraphic(Icon.UNLOCK.node());
        unlock.setDefaultButton(true);
        back = new Button(model.text("waitingRoom.unlock.back"));
        back.setId("unlock-back");
        back.setGraphic(Icon.ARROW_LEFT.node());
        back.setCancelButton(true);
    }

    @Override
    protected Node layOutParts() {
        Label label = TextPage.heading(model.text("waitingRoom.unlock.pin"));
        label.setLabelFor(pin.control());
        HBox buttons = new HBox(12, back, unlock);
        buttons.setAlignment(Pos.CENTER_LEFT);
        page.column()
                .getChildren()
                .addAll(
                        page.title(model.text("waitingRoom.unlock.title")),
                        TextPage.paragraph(model.text("waitingRoom.unlock.intro")),
                        label,
                        pin.control(),
                        error,
                        buttons);
        return page.node();
    }

    @Override
    protected void bind() {
        unlock.setOnAction(e -> model.unlock(pin.take()));
        back.setOnAction(
                e -> {
                    pin.wipe();
                    model.back();
                });
        Focus.later(pin.control());
    }
}
