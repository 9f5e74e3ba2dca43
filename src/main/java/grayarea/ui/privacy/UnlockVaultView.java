package grayarea.ui.privacy;

import grayarea.ui.toolkit.Style;
import grayarea.session.AppFiles;
import grayarea.session.crypto.CryptoFileException;
import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import java.io.IOException;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The first page when a passphrase is set: nothing kept is shown until it is given. A wrong
 * passphrase changes nothing and says so calmly; a forgotten one leaves one way on, deleting
 * what cannot be read.
 */
public final class UnlockVaultView {

    private final AppContext context;
    private final Texts texts;
    private final TextPage page = new TextPage("unlock-vault");
    private final PasswordField passphrase = new PasswordField();
    private final Label problem = TextPage.paragraph("");
    private final Button unlock = new Button();
    private final Hyperlink forgot = new Hyperlink();
    private final VBox forgotBox = new VBox(8);

    /**
     * @param onUnlocked  after the right passphrase
     * @param onDeleted   after everything was deleted instead, with the message to start again with
     */
    public UnlockVaultView(AppContext context, Runnable onUnlocked, java.util.function.Consumer<String> onDeleted) {
        this(context, onUnlocked, onDeleted, null, null);
    }

    /**
     * The lock page with a therapist's hand-out opened on it (a double-click on a computer where
     * someone set a passphrase): first, and focused, the offer to take it as a private session,
     * which opens nothing kept here and writes nothing; the passphrase after it, for the owner.
     *
     * @param handOut       the hand-out opened, or null
     * @param takePrivately takes the hand-out as a private session
     */
    public UnlockVaultView(AppContext context, Runnable onUnlocked, java.util.function.Consumer<String> onDeleted,
                           grayarea.session.HandOutFile.Opened handOut, Runnable takePrivately) {
        this.context = context;
        this.texts = context.texts();
        passphrase.setId("vault-passphrase");
        passphrase.setMaxWidth(360);
        passphrase.setAccessibleText(texts.get("unlock.passphrase"));
        problem.setId("vault-problem");
        problem.getStyleClass().add(Style.QUESTION_ERROR);
        problem.setGraphic(Icon.ALERT_CIRCLE.node());
        problem.setVisible(false);
        problem.setManaged(false);
        unlock.setId("vault-unlock");
        unlock.setText(texts.get("unlock.button"));
        unlock.setGraphic(Icon.UNLOCK.node());
        unlock.getStyleClass().add(Style.ACCENT);
        unlock.setDefaultButton(true);
        forgot.setId("vault-forgot");
        forgot.setText(texts.get("unlock.forgot"));
        forgot.setWrapText(true);
        forgotBox.setVisible(false);
        forgotBox.setManaged(false);

        Label label = TextPage.heading(texts.get("unlock.passphrase"));
        label.setLabelFor(passphrase);
        HBox buttons = new HBox(12, unlock);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Button delete = grayarea.ui.toolkit.Risk.DESTRUCTIVE.mark(new Button(texts.get("unlock.forgot.delete")));
        delete.setId("vault-delete-everything");
        delete.getStyleClass().add(Style.DANGER);
        forgotBox.getChildren().addAll(TextPage.paragraph(texts.get("unlock.forgot.detail")), delete);
        forgotBox.getStyleClass().add(Style.STORAGE_BOX);
        // "Gray Area is locked", or in discreet mode "Notes is locked": the first page a locked start shows
        String name = grayarea.ui.toolkit.AppIdentity.name(texts, context.settings());
        page.column().getChildren().add(page.title(texts.get("unlock.title", name)));
        Button take = null;
        if (handOut != null && takePrivately != null) {
            grayarea.session.PracticeProfile practice = handOut.handOut().practice();
            Label from = TextPage.heading(texts.get("unlock.handOut.title", practice.heading()));
            from.setGraphic(Icon.CLIPBOARD.node());
            Label detail = TextPage.paragraph(texts.get("unlock.handOut.detail", practice.therapistName()));
            detail.setId("unlock-hand-out-detail");
            take = new Button(texts.get("unlock.handOut.take"));
            take.setId("take-privately");
            take.getStyleClass().add(Style.ACCENT);
            take.setOnAction(e -> takePrivately.run());
            // the passphrase's own button is then no default: Enter takes what has the focus
            unlock.setDefaultButton(false);
            VBox offer = new VBox(8, from, detail, take);
            offer.setId("unlock-hand-out");
            offer.getStyleClass().add(Style.HAND_OUT);
            page.column().getChildren().addAll(offer, TextPage.paragraph(texts.get("unlock.handOut.owner")));
            passphrase.setOnAction(e -> unlock.fire());
        } else {
            page.column().getChildren().add(TextPage.paragraph(texts.get("unlock.intro")));
        }
        page.column().getChildren().addAll(label, passphrase, problem, buttons, forgot, forgotBox);

        unlock.setOnAction(e -> {
            char[] typed = passphrase.getText().toCharArray();
            passphrase.clear();
            try {
                context.vault().unlock(typed);
                onUnlocked.run();
            } catch (CryptoFileException ex) {
                say(texts.get("unlock.wrong"));
            }
        });
        forgot.setOnAction(e -> {
            forgotBox.setVisible(true);
            forgotBox.setManaged(true);
        });
        delete.setOnAction(e -> {
            try {
                AppFiles.Deleted deleted = AppFiles.deleteAll(context.dataFolder(), context.desktopEntry());
                onDeleted.accept(texts.get("settings.delete.done", deleted.files()));
            } catch (IOException ex) {
                say(texts.get("settings.delete.failed", ex.getMessage()));
            }
        });
        Focus.later(take != null ? take : passphrase);
    }

    private void say(String text) {
        problem.setText(text);
        problem.setVisible(true);
        problem.setManaged(true);
        passphrase.setAccessibleText(texts.get("unlock.passphrase") + ". " + text);
        passphrase.requestFocus();
    }

    public Node node() {
        return page.node();
    }
}
