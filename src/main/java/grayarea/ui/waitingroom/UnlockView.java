package grayarea.ui.waitingroom;

import grayarea.ui.toolkit.Style;
import grayarea.session.WaitingRoom;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import java.util.Arrays;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;

/** Leaving the waiting room: only with the therapist's PIN. A client who lands here goes back with one key. */
public final class UnlockView {

    private final TextPage page = new TextPage("waiting-room-unlock");
    private final PasswordField pin = new PasswordField();
    private final Label error = TextPage.paragraph("");
    private final Button unlock = new Button();
    private final Button back = new Button();
    private final Texts texts;

    public UnlockView(WaitingRoom room, Texts texts, Runnable onUnlocked, Runnable onBack) {
        this.texts = texts;
        pin.setId("unlock-pin");
        pin.setMaxWidth(320);
        pin.setAccessibleText(texts.get("waitingRoom.unlock.pin"));
        error.setId("unlock-error");
        error.getStyleClass().add(Style.QUESTION_ERROR);
        error.setGraphic(Icon.ALERT_CIRCLE.node());
        error.setVisible(false);
        error.setManaged(false);
        unlock.setId("unlock");
        unlock.setText(texts.get("waitingRoom.unlock.button"));
        unlock.setGraphic(Icon.UNLOCK.node());
        unlock.setDefaultButton(true);
        back.setId("unlock-back");
        back.setText(texts.get("waitingRoom.unlock.back"));
        back.setGraphic(Icon.ARROW_LEFT.node());
        back.setCancelButton(true);

        Label label = TextPage.heading(texts.get("waitingRoom.unlock.pin"));
        label.setLabelFor(pin);
        HBox buttons = new HBox(12, back, unlock);
        buttons.setAlignment(Pos.CENTER_LEFT);
        page.column().getChildren().addAll(page.title(texts.get("waitingRoom.unlock.title")),
                TextPage.paragraph(texts.get("waitingRoom.unlock.intro")), label, pin, error, buttons);

        unlock.setOnAction(e -> {
            char[] typed = pin.getText().toCharArray();
            boolean right = room.pin().matches(typed);
            Arrays.fill(typed, '\0');
            pin.clear();
            if (right) {
                onUnlocked.run();
            } else {
                say(texts.get("waitingRoom.unlock.wrong"));
            }
        });
        back.setOnAction(e -> onBack.run());
        Focus.later(pin);
    }

    private void say(String problem) {
        error.setText(problem);
        error.setVisible(true);
        error.setManaged(true);
        pin.setAccessibleText(texts.get("waitingRoom.unlock.pin") + ". " + problem);
        pin.requestFocus();
    }

    public Node node() {
        return page.node();
    }
}
