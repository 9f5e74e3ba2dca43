package grayarea.ui.therapist;

import grayarea.ui.toolkit.Style;
import grayarea.session.TherapistKeyStore;
import grayarea.session.Vault;
import grayarea.session.crypto.TherapistPublicKey;
import grayarea.ui.toolkit.FilePicker;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/**
 * The therapist's key for sealed results, on the profile page: make it (under a passphrase of
 * their own, asked twice), then see its fingerprint and save a backup copy. Hand-outs made
 * afterwards carry the public key, and clients' results come back sealed.
 */
final class SealingKeyBox {

    private final TherapistKeyStore store;
    private final Texts texts;
    private final FilePicker files;
    private final VBox box = new VBox(8);
    private final Label status = TextPage.paragraph("");

    SealingKeyBox(TherapistKeyStore store, Texts texts, FilePicker files) {
        this.store = store;
        this.texts = texts;
        this.files = files;
        box.setId("sealing-key");
        box.getStyleClass().add(Style.STORAGE_BOX);
        status.setId("sealing-key-status");
        status.getStyleClass().add(Style.STATUS);
        show();
    }

    Node node() {
        return box;
    }

    private void show() {
        box.getChildren().clear();
        box.getChildren().add(TextPage.heading(texts.get("therapist.key.title")));
        Optional<TherapistPublicKey> key = store.publicKey();
        if (key.isPresent()) {
            Label made = TextPage.paragraph(texts.get("therapist.key.made"));
            made.setId("sealing-key-made");
            // large and grouped, to copy onto a card or read out group by group (docs/decisions/0018)
            Label fingerprint = grayarea.ui.toolkit.Fingerprint.label("sealing-key-fingerprint", key.get().fingerprint(),
                    texts.get("therapist.key.fingerprint"));
            Button backup = new Button(texts.get("therapist.key.backup"));
            backup.setId("sealing-key-backup");
            backup.setWrapText(true);
            backup.setGraphic(Icon.DOWNLOAD.node());
            backup.setOnAction(e -> files.save(new FilePicker.Request(texts.get("therapist.key.backup.dialog"),
                    texts.get("therapist.key.backup.filter"), "key", "key-backup.key")).ifPresent(path -> {
                        try {
                            store.backup(path);
                            status.setText(texts.get("therapist.key.backup.done", path));
                        } catch (IOException ex) {
                            status.setText(texts.get("wizard.saveFailed", ex.getMessage()));
                        }
                    }));
            box.getChildren().addAll(made, fingerprint, TextPage.hint(texts.get("therapist.key.backup.hint")), backup,
                    status);
            return;
        }
        PasswordField first = new PasswordField();
        first.setId("sealing-key-passphrase");
        first.setMaxWidth(360);
        first.setAccessibleText(texts.get("therapist.key.passphrase"));
        PasswordField second = new PasswordField();
        second.setId("sealing-key-passphrase-again");
        second.setMaxWidth(360);
        second.setAccessibleText(texts.get("therapist.key.passphrase.again"));
        Label firstLabel = TextPage.paragraph(texts.get("therapist.key.passphrase"));
        firstLabel.setLabelFor(first);
        Label secondLabel = TextPage.paragraph(texts.get("therapist.key.passphrase.again"));
        secondLabel.setLabelFor(second);
        Button make = new Button(texts.get("therapist.key.make"));
        make.setId("sealing-key-make");
        make.setGraphic(Icon.KEY.node());
        make.setOnAction(e -> {
            char[] a = first.getText().toCharArray();
            char[] b = second.getText().toCharArray();
            first.clear();
            second.clear();
            try {
                if (a.length < Vault.MIN_LENGTH) {
                    status.setText(texts.get("passphrase.short", Vault.MIN_LENGTH));
                    first.requestFocus();
                } else if (!Arrays.equals(a, b)) {
                    status.setText(texts.get("passphrase.different"));
                    second.requestFocus();
                } else {
                    store.create(a.clone());
                    show();
                    status.setText(texts.get("therapist.key.madeNow"));
                }
            } catch (IOException ex) {
                status.setText(texts.get("wizard.saveFailed", ex.getMessage()));
            } finally {
                Arrays.fill(a, '\0');
                Arrays.fill(b, '\0');
            }
        });
        box.getChildren().addAll(TextPage.paragraph(texts.get("therapist.key.intro")),
                TextPage.hint(texts.get("therapist.key.warning")), firstLabel, first, secondLabel, second, make, status);
    }
}
