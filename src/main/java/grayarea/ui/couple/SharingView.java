package grayarea.ui.couple;

import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import grayarea.ui.toolkit.View;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Before the comparison, a partner chooses what to share: every answer they gave, ticked, except
 * private questions, which are never shared and not even offered.
 */
final class SharingView extends View {

    private final SharingViewModel model;
    private final Texts texts;
    private final TextPage page = new TextPage("sharing");
    private final List<CheckBox> boxes = new ArrayList<>();
    private final List<SharingViewModel.Item> items = new ArrayList<>();
    private final Button doneAtTop = new Button();
    private final Button done = new Button();

    SharingView(SharingViewModel model) {
        this.model = model;
        this.texts = model.texts();
    }

    @Override
    protected void createParts() {
        doneAtTop.setText(texts.get("couple.share.done"));
        doneAtTop.setId("sharing-done-top");
        done.setText(texts.get("couple.share.done"));
        done.setId("sharing-done");
        done.getStyleClass().add(Style.ACCENT);
        done.setDefaultButton(true);
        for (SharingViewModel.Group group : model.groups()) {
            for (SharingViewModel.Item item : group.items()) {
                CheckBox box = new CheckBox(item.text());
                box.setId(item.id());
                box.setWrapText(true);
                box.setAccessibleText(box.getText());
                boxes.add(box);
                items.add(item);
            }
        }
    }

    @Override
    protected Node layOutParts() {
        page.column()
                .getChildren()
                .addAll(
                        page.title(model.title()),
                        TextPage.paragraph(texts.get("couple.share.intro")),
                        TextPage.paragraph(texts.get("couple.share.keys")));
        if (model.offersAny()) {
            // with many answers, "Done" is one Tab away at the top too, not only after every box
            page.column().getChildren().add(doneAtTop);
        }
        int next = 0;
        for (SharingViewModel.Group group : model.groups()) {
            page.column().getChildren().add(TextPage.heading(group.heading()));
            page.column().getChildren().addAll(boxes.subList(next, next + group.items().size()));
            next += group.items().size();
        }
        if (!model.offersAny()) {
            page.column().getChildren().add(TextPage.paragraph(texts.get("couple.share.none")));
        }
        page.column().getChildren().add(done);
        return page.node();
    }

    @Override
    protected void bind() {
        for (int i = 0; i < boxes.size(); i++) {
            boxes.get(i).selectedProperty().bindBidirectional(items.get(i).shared());
        }
        done.setOnAction(e -> model.finish());
        doneAtTop.setOnAction(e -> model.finish());
        // Enter goes on, as everywhere else: on a box it would otherwise tick or untick it; Space
        // does that
        page.node()
                .addEventFilter(
                        KeyEvent.KEY_PRESSED,
                        event -> {
                            if (event.getCode() == KeyCode.ENTER
                                    && event.getTarget() instanceof CheckBox) {
                                event.consume();
                                done.fire();
                            }
                        });
        Focus.later(boxes.isEmpty() ? done : boxes.get(0));
    }
}
