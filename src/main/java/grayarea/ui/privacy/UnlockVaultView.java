package grayarea.ui.privacy;

import grayarea.ui.toolkit.Confirmation;
import grayarea.ui.toolkit.FieldProblems;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.Risk;
import grayarea.ui.toolkit.SecretField;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.View;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The first page when a passphrase is set: nothing kept is shown until it is given. A wrong
 * passphrase changes nothing and says so calmly; a forgotten one leaves one way on, deleting what
 * cannot be read, after a second step whose safe choice has the focus.
 */
public final class UnlockVaultView extends View {

    private final UnlockVaultViewModel model;
    private TextPage page;
    private SecretField passphrase;
    private Label problem;
    private Button unlock;
    private Hyperlink forgot;
    private VBox forgotBox;
    private Button delete;
    private Confirmation confirm;
    private Button take;

    public UnlockVaultView(UnlockVaultViewModel model) {
        this.model = model;
    }

    @Override
    protected void createParts() {
        page = new TextPage("unlock-vault");
        passphrase = new SecretField("vault-passphrase");
        passphrase.control().setMaxWidth(360);
        problem =
                new FieldProblems()
                        .watch(
                                passphrase.control(),
                                model.text("unlock.passphrase"),
                                model.problemProperty(),
                                "vault-problem");
        unlock = new Button(model.text("unlock.button"));
        unlock.setId("vault-unlock");
        unlock.setGraphic(Icon.UNLOCK.node());
        unlock.getStyleClass().add(Style.ACCENT);
        // with a hand-out offered first, Enter takes what has the focus
        unlock.setDefaultButton(!model.offersHandOut());
        forgot = new Hyperlink(model.text("unlock.forgot"));
        forgot.setId("vault-forgot");
        forgot.setWrapText(true);
        delete = Risk.DESTRUCTIVE.mark(new Button(model.text("unlock.forgot.delete")));
        delete.setId("vault-delete-everything");
        delete.getStyleClass().add(Style.DANGER);
        confirm = new Confirmation("vault-delete-confirm");
        if (model.offersHandOut()) {
            take = new Button(model.text("unlock.handOut.take"));
            take.setId("take-privately");
            take.getStyleClass().add(Style.ACCENT);
        }
    }

    @Override
    protected Node layOutParts() {
        Label label = TextPage.heading(model.text("unlock.passphrase"));
        label.setLabelFor(passphrase.control());
        HBox buttons = new HBox(12, unlock);
        buttons.setAlignment(Pos.CENTER_LEFT);
        forgotBox =
                new VBox(
                        8,
                        TextPage.paragraph(model.text("unlock.forgot.detail")),
                        delete,
                        confirm.node());
        forgotBox.getStyleClass().add(Style.STORAGE_BOX);
        VBox column = page.column();
        column.getChildren().add(page.title(model.title()));
        if (take != null) {
            Label from = TextPage.heading(model.handOutTitle());
            from.setGraphic(Icon.CLIPBOARD.node());
            Label detail = TextPage.paragraph(model.handOutDetail());
            detail.setId("unlock-hand-out-detail");
            VBox offer = new VBox(8, from, detail, take);
            offer.setId("unlock-hand-out");
            offer.getStyleClass().add(Style.HAND_OUT);
            column.getChildren()
                    .addAll(offer, TextPage.paragraph(model.text("unlock.handOut.owner")));
        } else {
            column.getChildren().add(TextPage.paragraph(model.text("unlock.intro")));
        }
        column.getChildren()
                .addAll(label, passphrase.control(), problem, buttons, forgot, forgotBox);
        return page.node();
    }

    @Override
    protected void bind() {
        forgotBox.visibleProperty().bind(model.forgotShownProperty());
        forgotBox.managedProperty().bind(forgotBox.visibleProperty());
        if (take != null) {
            take.setOnAction(e -> model.takePrivately());
            passphrase.control().setOnAction(e -> unlock.fire());
        }
        unlock.setOnAction(e -> model.unlock(passphrase.take()));
        forgot.setOnAction(e -> model.showForgot());
        delete.setOnAction(
                e ->
                        confirm.ask(
                                model.deleteTitle(),
                                model.deleteDetail(),
                                model.text("unlock.forgot.keep"),
                                model.text("unlock.forgot.delete"),
                                delete,
                                model::deleteEverything));
        Focus.later(take != null ? take : passphrase.control());
    }
}
