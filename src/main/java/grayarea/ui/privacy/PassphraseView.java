package grayarea.ui.privacy;

import grayarea.ui.toolkit.FieldProblems;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.SecretField;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.View;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Protect what is kept with a passphrase: the plain warning first, then the passphrase twice. */
public final class PassphraseView extends View {

    private final PassphraseViewModel model;
    private final Runnable onSet;
    private final Runnable onCancel;
    private TextPage page;
    private SecretField first;
    private SecretField second;
    private FieldProblems problems;
    private Label problem;
    private Button set;
    private Button cancel;

    /**
     * @param onSet after the passphrase is set and the kept sessions are encrypted
     * @param onCancel back, nothing changed
     */
    public PassphraseView(PassphraseViewModel model, Runnable onSet, Runnable onCancel) {
        this.model = model;
        this.onSet = onSet;
        this.onCancel = onCancel;
    }

    @Override
    protected void createParts() {
        page = new TextPage("passphrase-page");
        first = new SecretField("passphrase");
        second = new SecretField("passphrase-again");
        first.control().setMaxWidth(360);
        second.control().setMaxWidth(360);
        second.control().setAccessibleText(model.text("passphrase.second"));
        problems = new FieldProblems();
        problem =
                problems.watch(
                        first.control(),
                        model.text("passphrase.first"),
                        model.problemProperty(),
                        "passphrase-problem");
        set = new Button(model.text("passphrase.set"));
        set.setId("passphrase-set");
        set.setGraphic(Icon.LOCK.node());
        set.getStyleClass().add(Style.ACCENT);
        set.setDefaultButton(true);
        cancel = new Button(model.text("passphrase.cancel"));
        cancel.setId("passphrase-cancel");
        cancel.setCancelButton(true);
    }

    @Override
    protected Node layOutParts() {
        VBox column = page.column();
        Label warning = TextPage.paragraph(model.text("passphrase.warning"));
        warning.setId("passphrase-warning");
        warning.setGraphic(Icon.ALERT_TRIANGLE.node());
        VBox warningBox = new VBox(warning);
        warningBox.getStyleClass().add(Style.SAFETY_BOX);
        Label firstLabel = TextPage.heading(model.text("passphrase.first"));
        firstLabel.setLabelFor(first.control());
        Label secondLabel = TextPage.heading(model.text("passphrase.second"));
        secondLabel.setLabelFor(second.control());
        Label hint = TextPage.paragraph(model.text("passphrase.hint", model.minLength()));
        hint.getStyleClass().add(Style.HINT);
        VBox fields =
                new VBox(
                        6,
                        firstLabel,
                        first.control(),
                        problem,
                        hint,
                        secondLabel,
                        second.control());
        fields.getStyleClass().add(Style.STORAGE_BOX);
        HBox buttons = new HBox(12, cancel, set);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label freeBlocks = TextPage.paragraph(model.text("passphrase.freeBlocks"));
        freeBlocks.setId("passphrase-free-blocks");
        column.getChildren()
                .addAll(
                        page.title(model.text("passphrase.title")),
                        TextPage.paragraph(model.text("passphrase.intro")),
                        warningBox,
                        fields,
                        TextPage.paragraph(model.text("passphrase.limits")),
                        freeBlocks,
                        buttons);
        return page.node();
    }

    @Override
    protected void bind() {
        model.problemFieldProperty()
                .addListener(
                        (obs, old, field) -> {
                            if (field != null) {
                                (field == PassphraseViewModel.Field.FIRST ? first : second)
                                        .control()
                                        .requestFocus();
                            }
                        });
        // both fields are read as characters and wiped at once, whatever comes of it
        set.setOnAction(e -> model.set(first.take(), second.take(), onSet));
        cancel.setOnAction(
                e -> {
                    first.wipe();
                    second.wipe();
                    onCancel.run();
                });
        Focus.later(first.control());
    }
}
