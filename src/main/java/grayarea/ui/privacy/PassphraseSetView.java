package grayarea.ui.privacy;

import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Right after a passphrase is set: says in words that protection is on, what it covers (and what
 * it does not), and where "Lock now" is. Go on returns to where the passphrase was asked from.
 */
public final class PassphraseSetView {

    private final TextPage page = new TextPage("passphrase-set-page");

    public PassphraseSetView(Texts texts, Runnable onDone) {
        Label covered = TextPage.paragraph(texts.get("passphrase.done.covered"));
        covered.setId("passphrase-done-covered");
        covered.setGraphic(Icon.LOCK.node());
        VBox box = new VBox(8, covered);
        box.getStyleClass().add(Style.STORAGE_BOX);
        Label plain = TextPage.paragraph(texts.get("passphrase.done.plain"));
        plain.setId("passphrase-done-plain");
        Button done = new Button(texts.get("passphrase.done.continue"));
        done.setId("passphrase-done");
        done.getStyleClass().add(Style.ACCENT);
        done.setDefaultButton(true);
        done.setOnAction(e -> onDone.run());
        page.column().getChildren().addAll(page.title(texts.get("passphrase.done.title")), box, plain,
                TextPage.paragraph(texts.get("passphrase.done.lock")), done);
        Focus.later(done);
    }

    public Node node() {
        return page.node();
    }
}
