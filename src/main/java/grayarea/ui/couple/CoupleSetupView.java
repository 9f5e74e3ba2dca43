package grayarea.ui.couple;

import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Texts;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Two first names (or Partner A and B) and an optional PIN for each. */
final class CoupleSetupView {

    private final CoupleSetupViewModel model;
    private final Texts texts;
    private final TextPage page = new TextPage("couple-setup");
    private final TextField firstName = new TextField();
    private final TextField secondName = new TextField();
    private final PasswordField firstPin = new PasswordField();
    private final PasswordField secondPin = new PasswordField();
    private final PasswordField firstPinRepeat = new PasswordField();
    private final PasswordField secondPinRepeat = new PasswordField();
    private final Label error = new Label();
    private final Label message = new Label();
    private final VBox resume = new VBox(8);
    private final Button start = new Button();
    private final Button back = new Button();

    CoupleSetupView(CoupleSetupViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        createParts();
        layoutParts();
        bind();
    }

    Node node() {
        return page.node();
    }

    private void createParts() {
        firstName.setId("first-name");
        firstName.setPromptText(texts.get("couple.name.prompt.first"));
        secondName.setId("second-name");
        secondName.setPromptText(texts.get("couple.name.prompt.second"));
        firstPin.setId("first-pin");
        secondPin.setId("second-pin");
        firstPinRepeat.setId("first-pin-repeat");
        secondPinRepeat.setId("second-pin-repeat");
        for (TextInputControl field : new TextInputControl[] {firstName, secondName}) {
            field.setAccessibleText(texts.get("couple.name"));
        }
        firstName.setAccessibleText(texts.get("couple.first") + ": " + texts.get("couple.name"));
        secondName.setAccessibleText(texts.get("couple.second") + ": " + texts.get("couple.name"));
        firstPin.setAccessibleText(texts.get("couple.first") + ": " + texts.get("couple.pin"));
        secondPin.setAccessibleText(texts.get("couple.second") + ": " + texts.get("couple.pin"));
        firstPinRepeat.setAccessibleText(texts.get("couple.first") + ": " + texts.get("couple.pin.repeat"));
        secondPinRepeat.setAccessibleText(texts.get("couple.second") + ": " + texts.get("couple.pin.repeat"));
        error.setId("couple-error");
        error.getStyleClass().add(Style.QUESTION_ERROR);
        error.setWrapText(true);
        error.setGraphic(Icon.ALERT_CIRCLE.node());
        message.setId("couple-message");
        message.getStyleClass().add(Style.STATUS);
        message.setWrapText(true);
        resume.getStyleClass().add(Style.RESUME_BOX);
        resume.setId("couple-resume");
        start.setId("couple-start");
        start.setText(texts.get("couple.start"));
        start.getStyleClass().add(Style.ACCENT);
        start.setDefaultButton(true);
        back.setId("couple-back");
        back.setText(texts.get("couple.back"));
        back.setGraphic(Icon.ARROW_LEFT.node());
    }

    private void layoutParts() {
        VBox column = page.column();
        column.getChildren().addAll(page.title(texts.get("couple.title")), message, resume,
                TextPage.paragraph(texts.get("couple.intro")), TextPage.paragraph(texts.get("couple.goal")));
        // what a PIN changes, said before the fields where each partner chooses one
        Label pinNote = TextPage.paragraph(texts.get("couple.pin.note"));
        pinNote.setId("couple-pin-note");
        Label noPinNote = TextPage.paragraph(texts.get("couple.pin.none"));
        noPinNote.setId("couple-no-pin-note");
        column.getChildren().addAll(pinNote, noPinNote);
        column.getChildren().add(partnerBox(texts.get("couple.first"), firstName, firstPin, firstPinRepeat));
        column.getChildren().add(partnerBox(texts.get("couple.second"), secondName, secondPin, secondPinRepeat));
        HBox buttons = new HBox(12, back, start);
        buttons.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.control.Hyperlink apart = new javafx.scene.control.Hyperlink(texts.get("couple.apart.link"));
        apart.setId("couple-apart");
        apart.setWrapText(true);
        apart.setOnAction(e -> model.startApart());
        column.getChildren().addAll(error, buttons, apart);
    }

    private Node partnerBox(String title, TextField name, PasswordField pin, PasswordField repeat) {
        Label nameLabel = new Label(texts.get("couple.name"));
        nameLabel.setLabelFor(name);
        Label pinLabel = new Label(texts.get("couple.pin"));
        pinLabel.setLabelFor(pin);
        pinLabel.setWrapText(true);
        Label repeatLabel = new Label(texts.get("couple.pin.repeat"));
        repeatLabel.setLabelFor(repeat);
        repeatLabel.setWrapText(true);
        name.setMaxWidth(320);
        pin.setMaxWidth(320);
        repeat.setMaxWidth(320);
        VBox box = new VBox(6, TextPage.heading(title), nameLabel, name, pinLabel, pin, repeatLabel, repeat);
        box.getStyleClass().add(Style.STORAGE_BOX);
        return box;
    }

    private void bind() {
        model.firstName.bind(firstName.textProperty());
        model.secondName.bind(secondName.textProperty());
        model.firstPin.bind(firstPin.textProperty());
        model.secondPin.bind(secondPin.textProperty());
        model.firstPinRepeat.bind(firstPinRepeat.textProperty());
        model.secondPinRepeat.bind(secondPinRepeat.textProperty());
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        model.errorFieldProperty().addListener((obs, old, field) -> {
            TextInputControl target = "firstPin".equals(field) ? firstPin : "secondPin".equals(field) ? secondPin
                    : "secondName".equals(field) ? secondName : "firstName".equals(field) ? firstName : null;
            // a PIN refused is typed again in both fields, from the first
            if (target == firstPin) {
                firstPin.clear();
                firstPinRepeat.clear();
            } else if (target == secondPin) {
                secondPin.clear();
                secondPinRepeat.clear();
            }
            for (TextInputControl each : new TextInputControl[] {firstName, firstPin, secondPin, secondName}) {
                String base = each.getAccessibleText().split("\\. ")[0];
                each.setAccessibleText(each == target ? base + ". " + model.errorProperty().get() : base);
            }
            if (target != null) {
                target.requestFocus();
            } else if ("resume".equals(field)) {
                Node resumeButton = resume.lookup("#couple-resume-button");
                if (resumeButton != null) {
                    resumeButton.requestFocus();
                }
            }
        });
        start.setOnAction(e -> model.start());
        back.setOnAction(e -> model.back());
        model.resumableProperty().addListener((obs, old, now) -> showResume());
        showResume();
        Focus.later(model.resumableProperty().get() != null ? resume.lookup("#couple-resume-button") : firstName);
    }

    private void showResume() {
        resume.getChildren().clear();
        var saved = model.resumableProperty().get();
        resume.setVisible(saved != null);
        resume.setManaged(saved != null);
        if (saved == null) {
            return;
        }
        Button go = new Button(texts.get("couple.resume.resume"));
        go.setId("couple-resume-button");
        go.getStyleClass().add(Style.ACCENT);
        go.setOnAction(e -> model.resume());
        Button discard = grayarea.ui.toolkit.Risk.DESTRUCTIVE.mark(new Button(texts.get("couple.resume.discard")));
        discard.setId("couple-discard-button");
        discard.setOnAction(e -> askBeforeDiscarding(saved));
        resume.getChildren().addAll(TextPage.heading(texts.get("couple.resume.title")),
                TextPage.paragraph(texts.get("couple.resume.detail", saved.partner(0).name(), saved.partner(1).name())),
                new HBox(10, go, discard));
    }

    /** Discarding loses both turns for good: it is asked once more, naming them, with "Keep it" focused. */
    private void askBeforeDiscarding(grayarea.session.CoupleSession saved) {
        Button keep = new Button(texts.get("couple.resume.keep"));
        keep.setId("couple-keep-button");
        keep.getStyleClass().add(Style.ACCENT);
        keep.setOnAction(e -> {
            showResume();
            Focus.later(resume.lookup("#couple-resume-button"));
        });
        Button discard = grayarea.ui.toolkit.Risk.DESTRUCTIVE.mark(new Button(texts.get("couple.resume.discard.confirm")));
        discard.setId("couple-discard-confirm");
        discard.setOnAction(e -> {
            model.discard();
            firstName.requestFocus();
        });
        resume.getChildren().setAll(TextPage.heading(texts.get("couple.resume.discard.title")),
                TextPage.paragraph(texts.get("couple.resume.discard.detail", saved.partner(0).name(),
                        saved.partner(1).name())), new HBox(10, keep, discard));
        keep.setCancelButton(true);
        Focus.later(keep);
    }
}
