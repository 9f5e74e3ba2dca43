package grayarea.ui.privacy;

import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.View;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Right after a passphrase is set: says in words that protection is on, what it covers (and what it
 * does not), and where "Lock now" is. Go on returns to where the passphrase was asked from.
 */
public final class PassphraseSetView extends View {

    private final PassphraseSetViewModel model;
    private TextPage page;
    private Label covered;
    private Label plain;
    private Button done;

    public PassphraseSetView(PassphraseSetViewModel model) {
        this.model = model;
    }

    @Override
    protected void createParts() {
        page = new TextPage("passphrase-set-page");
        covered = TextPage.paragraph(model.covered());
        covered.setId("passphrase-done-covered");
        covered.setGraphic(Icon.LOCK.node());
        plain = TextPage.paragraph(model.plain());
        plain.setId("passphrase-done-plain");
        done = new Button(model.goOn());
        done.setId("passphrase-done");
        done.getStyleClass().add(Style.ACCENT);
        done.setDefaultButton(true);
    }

    @Override
    protected Node layOutParts() {
        VBox box = new VBox(8, covered);
        box.getStyleClass().add(Style.STORAGE_BOX);
        page.column()
                .getChildren()
                .addAll(
                        page.title(model.title()),
                        box,
                        plain,
                        TextPage.paragraph(model.lockNow()),
                        done);
        return page.node();
    }

    @Override
    protected void bind() {
        done.setOnAction(e -> model.done());
        Focus.later(done);
    }
}
