package grayarea.ui.couple;

import grayarea.session.CoupleSession;
import grayarea.ui.Focus;
import grayarea.ui.TextPage;
import grayarea.ui.Texts;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;

/**
 * Both turns are done: sit together for the comparison. Each partner with a PIN types it here,
 * since their turn (what they chose to share included) is kept only under it.
 */
final class TogetherView {

    private final CoupleFlow flow;
    private final Texts texts;
    private final TextPage page = new TextPage("together");
    private final PasswordField[] pins = new PasswordField[2];
    private final Label error = new Label();
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
        show.getStyleClass().add("accent");
        show.setDefaultButton(true);
        error.setId("together-pin-error");
        error.getStyleClass().add("question-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);

        page.column().getChildren().addAll(page.title(texts.get("couple.together.title")),
                TextPage.paragraph(texts.get("couple.together.detail")));
        List<PasswordField> asked = new ArrayList<>();
        for (int partner = 0; partner < 2; partner++) {
            CoupleSession.Partner who = flow.session().partner(partner);
            if (who.isOpen()) {
                continue;
            }
            PasswordField pin = new PasswordField();
            pin.setId("together-pin-" + partner);
            pin.setMaxWidth(320);
            pin.setAccessibleText(texts.get("couple.handover.pin", who.name()));
            Label label = new Label(texts.get("couple.handover.pin", who.name()));
            label.setLabelFor(pin);
            pins[partner] = pin;
            asked.add(pin);
            page.column().getChildren().addAll(label, pin);
        }
        if (!asked.isEmpty()) {
            page.column().getChildren().add(1 + 1, TextPage.paragraph(texts.get("couple.together.pins")));
        }
        page.column().getChildren().addAll(error, show);
        show.setOnAction(e -> compare());
        Focus.later(asked.isEmpty() ? show : asked.get(0));
    }

    private void compare() {
        char[][] typed = new char[2][];
        for (int partner = 0; partner < 2; partner++) {
            typed[partner] = pins[partner] == null ? null : pins[partner].getText().toCharArray();
        }
        int wrong = flow.showComparison(typed);
        if (wrong < 0) {
            return;
        }
        String name = flow.session().partner(wrong).name();
        String message = texts.get("couple.handover.wrongPin", name);
        error.setText(message);
        error.setVisible(true);
        error.setManaged(true);
        PasswordField field = pins[wrong];
        field.setAccessibleText(texts.get("couple.handover.pin", name) + ". " + message);
        field.clear();
        field.requestFocus();
    }
}
