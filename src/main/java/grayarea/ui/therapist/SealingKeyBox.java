package grayarea.ui.therapist;

import grayarea.ui.toolkit.FilePicker;
import grayarea.ui.toolkit.Fingerprint;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.SecretField;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import grayarea.ui.toolkit.View;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The therapist's key for sealed results, on the profile page: make it (under a passphrase of their
 * own, asked twice), then see its fingerprint and save a backup copy. Hand-outs made afterwards
 * carry the public key, and clients' results come back sealed.
 */
final class SealingKeyBox extends View {

    private final SealingKeyBoxModel model;
    private final Texts texts;
    private final FilePicker files;
    private VBox box;
    private Label status;
    private SecretField first;
    private SecretField second;
    private Label firstLabel;
    private Label secondLabel;
    private Button make;
    private Label made;
    private Button backup;

    SealingKeyBox(SealingKeyBoxModel model, Texts texts, FilePicker files) {
        this.model = model;
        this.texts = texts;
        this.files = files;
    }

    @Override
    protected void createParts() {
        box = new VBox(8);
        box.setId("sealing-key");
        box.getStyleClass().add(Style.STORAGE_BOX);
        status = TextPage.paragraph("");
        status.setId("sealing-key-status");
        status.getStyleClass().add(Style.STATUS);
        first = new SecretField("sealing-key-passphrase");
        first.control().setMaxWidth(360);
        first.control().setAccessibleText(texts.get("therapist.key.passphrase"));
        second = new SecretField("sealing-key-passphrase-again");
        second.control().setMaxWidth(360);
        second.control().setAccessibleText(texts.get("therapist.key.passphrase.again"));
        firstLabel = TextPage.paragraph(texts.get("therapist.key.passphrase"));
        secondLabel = TextPage.paragraph(texts.get("therapist.key.passphrase.again"));
        make = new Button(texts.get("therapist.key.make"));
        make.setId("sealing-key-make");
        make.setGraphic(Icon.KEY.node());
        made = TextPage.paragraph(texts.get("therapist.key.made"));
        made.setId("sealing-key-made");
        backup = new Button(texts.get("therapist.key.backup"));
        backup.setId("sealing-key-backup");
        backup.setWrapText(true);
        backup.setGraphic(Icon.DOWNLOAD.node());
    }

    @Override
    protected Node layOutParts() {
        firstLabel.setLabelFor(first.control());
        secondLabel.setLabelFor(second.control());
        show(model.fingerprintProperty().get());
        return box;
    }

    @Override
    protected void bind() {
        status.textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () ->
                                        model.statusProperty().get() == null
                                                ? ""
                                                : model.statusProperty().get().in(texts),
                                model.statusProperty()));
        model.fingerprintProperty()
                .addListener(
                        (obs, old, now) -> {
                            show(now);
                            if (now != null) {
                                backup.requestFocus();
                            }
                        });
        make.setOnAction(
                e -> {
                    switch (model.make(first.take(), second.take())) {
                        case TOO_SHORT -> first.control().requestFocus();
                        case DIFFERENT -> second.control().requestFocus();
                        default -> {}
                    }
                });
        backup.setOnAction(
                e ->
                        files.save(
                                        new FilePicker.Request(
                                                texts.get("therapist.key.backup.dialog"),
                                                texts.get("therapist.key.backup.filter"),
                                                "key",
                                                "key-backup.key"))
                                .ifPresent(model::backup));
    }

    /**
     * The way to make a key while there is none; its fingerprint and a backup once there is one.
     */
    private void show(String fingerprint) {
        box.getChildren().setAll(TextPage.heading(texts.get("therapist.key.title")));
        if (fingerprint != null) {
            // large and grouped, to copy onto a card or read out group by group
            // (docs/decisions/0018)
            box.getChildren()
                    .addAll(
                            made,
                            Fingerprint.label(
                                    "sealing-key-fingerprint",
                                    fingerprint,
                                    texts.get("therapist.key.fingerprint")),
                            TextPage.hint(texts.get("therapist.key.backup.hint")),
                            backup,
                            status);
        } else {
            box.getChildren()
                    .addAll(
                            TextPage.paragraph(texts.get("therapist.key.intro")),
                            TextPage.hint(texts.get("therapist.key.warning")),
                            firstLabel,
                            first.control(),
                            secondLabel,
                            second.control(),
                            make,
                            status);
        }
    }
}
