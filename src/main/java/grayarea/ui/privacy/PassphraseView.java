package grayarea.ui.privacy;

import grayarea.ui.toolkit.Style;
import grayarea.session.Vault;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Protect what is kept with a passphrase: the plain warning first, then the passphrase twice. */
public final class PassphraseView {

    private final PassphraseViewModel model;
    private final Texts texts;
    private final TextPage page = new TextPage("passphrase-page");
    private final PasswordField first = new PasswordField();
    private final PasswordField second = new PasswordField();
    private final Label problem = TextPage.paragraph("");
    private final Button set = new Button();
    private final Button cancel = new Button();

    /**
     * @param onSet    after the passphrase is set and the kept sessions are encrypted
     * @param onCancel back, nothing changed
     */
    public PassphraseView(PassphraseViewModel model, Texts texts, Runnable onSet, Runnable onCancel) {
        this.model = model;
        this.texts = texts;
        createParts();
        layoutParts();
        bind(onSet, onCancel);
    }

    public Node node() {
        return page.node();
    }

    private void createParts() {
        first.setId("passphrase");
        second.setId("passphrase-again");
        first.setMaxWidth(360);
        second.setMaxWidth(360);
        first.setAccessibleText(texts.get("passphrase.first"));
        second.setAccessibleText(texts.get("passphrase.second"));
        problem.setId("passphrase-problem");
        problem.getStyleClass().add(Style.QUESTION_ERROR);
        problem.setGraphic(Icon.ALERT_CIRCLE.node());
        set.setId("passphrase-set");
        set.setText(texts.get("passphrase.set"));
        set.setGraphic(Icon.LOCK.node());
        set.getStyleClass().add(Style.ACCENT);
        set.setDefaultButton(true);
        cancel.setId("passphrase-cancel");
        cancel.setText(texts.get("passphrase.cancel"));
        cancel.setCancelButton(true);
    }

    private void layoutParts() {
        VBox column = page.column();
        Label warning = TextPage.paragraph(texts.get("passphrase.warning"));
        warning.setId("passphrase-warning");
        warning.setGraphic(Icon.ALERT_TRIANGLE.node());
        VBox warningBox = new VBox(warning);
        warningBox.getStyleClass().add(Style.SAFETY_BOX);
        Label firstLabel = TextPage.heading(texts.get("passphrase.first"));
        firstLabel.setLabelFor(first);
        Label secondLabel = TextPage.heading(texts.get("passphrase.second"));
        secondLabel.setLabelFor(second);
        Label hint = TextPage.paragraph(texts.get("passphrase.hint", Vault.MIN_LENGTH));
        hint.getStyleClass().add(Style.HINT);
        VBox fields = new VBox(6, firstLabel, first, hint, secondLabel, second, problem);
        fields.getStyleClass().add(Style.STORAGE_BOX);
        HBox buttons = new HBox(12, cancel, set);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label freeBlocks = TextPage.paragraph(texts.get("passphrase.freeBlocks"));
        freeBlocks.setId("passphrase-free-blocks");
        column.getChildren().addAll(page.title(texts.get("passphrase.title")),
                TextPage.paragraph(texts.get("passphrase.intro")), warningBox, fields,
                TextPage.paragraph(texts.get("passphrase.limits")), freeBlocks, buttons);
    }

    private void bind(Runnable onSet, Runnable onCancel) {
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        model.problemFieldProperty().addListener((obs, old, field) -> {
            first.setAccessibleText(texts.get("passphrase.first"));
            second.setAccessibleText(texts.get("passphrase.second"));
            if (field == null) {
                return;
            }
            PasswordField target = field == PassphraseViewModel.Field.FIRST ? first : second;
            target.setAccessibleText(target.getAccessibleText() + ". " + model.problemProperty().get());
            target.requestFocus();
        });
        set.setOnAction(e -> {
            boolean done = model.set(first.getText().toCharArray(), second.getText().toCharArray());
            first.clear();
            second.clear();
            if (done) {
                onSet.run();
            }
        });
        cancel.setOnAction(e -> onCancel.run());
        Focus.later(first);
    }
}
