package grayarea.ui.couple;

import grayarea.session.CoupleSession;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.Risk;
import grayarea.ui.toolkit.SecretField;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import grayarea.ui.toolkit.View;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Two first names (or Partner A and B) and an optional PIN for each. */
final class CoupleSetupView extends View {

    private final CoupleSetupViewModel model;
    private final Texts texts;
    private final TextPage page = new TextPage("couple-setup");
    private final TextField firstName = new TextField();
    private final TextField secondName = new TextField();
    private final SecretField firstPin = new SecretField("first-pin");
    private final SecretField secondPin = new SecretField("second-pin");
    private final SecretField firstPinRepeat = new SecretField("first-pin-repeat");
    private final SecretField secondPinRepeat = new SecretField("second-pin-repeat");
    private final Label error = new Label();
    private final Label message = new Label();
    private final VBox resume = new VBox(8);
    private final Button start = new Button();
    private final Button back = new Button();
    private final Hyperlink apart = new Hyperlink();

    CoupleSetupView(CoupleSetupViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
    }

    @Override
    protected void createParts() {
        firstName.setId("first-name");
        firstName.setPromptText(texts.get("couple.name.prompt.first"));
        secondName.setId("second-name");
        secondName.setPromptText(texts.get("couple.name.prompt.second"));
        for (TextInputControl field : new TextInputControl[] {firstName, secondName}) {
            field.setAccessibleText(texts.get("couple.name"));
        }
        firstName.setAccessibleText(texts.get("couple.first") + ": " + texts.get("couple.name"));
        secondName.setAccessibleText(texts.get("couple.second") + ": " + texts.get("couple.name"));
        firstPin.control()
                .setAccessibleText(texts.get("couple.first") + ": " + texts.get("couple.pin"));
        secondPin
                .control()
                .setAccessibleText(texts.get("couple.second") + ": " + texts.get("couple.pin"));
        firstPinRepeat
                .control()
                .setAccessibleText(
                        texts.get("couple.first") + ": " + texts.get("couple.pin.repeat"));
        secondPinRepeat
                .control()
                .setAccessibleText(
                        texts.get("couple.second") + ": " + texts.get("couple.pin.repeat"));
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
        apart.setText(texts.get("couple.apart.link"));
        apart.setId("couple-apart");
        apart.setWrapText(true);
    }

    @Override
    protected Node layOutParts() {
        VBox column = page.column();
        column.getChildren()
                .addAll(
                        page.title(texts.get("couple.title")),
                        message,
                        resume,
                        TextPage.paragraph(texts.get("couple.intro")),
                        TextPage.paragraph(texts.get("couple.goal")));
        // what a PIN changes, said before the fields where each partner chooses one
        Label pinNote = TextPage.paragraph(texts.get("couple.pin.note"));
        pinNote.setId("couple-pin-note");
        Label noPinNote = TextPage.paragraph(texts.get("couple.pin.none"));
        noPinNote.setId("couple-no-pin-note");
        column.getChildren().addAll(pinNote, noPinNote);
        column.getChildren()
                .add(
                        partnerBox(
                                texts.get("couple.first"),
                                firstName,
                                firstPin.control(),
                                firstPinRepeat.control()));
        column.getChildren()
                .add(
                        partnerBox(
                                texts.get("couple.second"),
                                secondName,
                                secondPin.control(),
                                secondPinRepeat.control()));
        HBox buttons = new HBox(12, back, start);
        buttons.setAlignment(Pos.CENTER_LEFT);
        column.getChildren().addAll(error, buttons, apart);
        return page.node();
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
        VBox box =
                new VBox(
                        6,
                        TextPage.heading(title),
                        nameLabel,
                        name,
                        pinLabel,
                        pin,
                        repeatLabel,
                        repeat);
        box.getStyleClass().add(Style.STORAGE_BOX);
        return box;
    }

    @Override
    protected void bind() {
        model.firstName.bind(firstName.textProperty());
        model.secondName.bind(secondName.textProperty());
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        model.errorFieldProperty()
                .addListener(
                        (obs, old, field) -> {
                            // a PIN refused is typed again in both fields (the model wiped them),
                            // from the first
                            TextInputControl target =
                                    "firstPin".equals(field)
                                            ? firstPin.control()
                                            : "secondPin".equals(field)
                                                    ? secondPin.control()
                                                    : "secondName".equals(field)
                                                            ? secondName
                                                            : "firstName".equals(field)
                                                                    ? firstName
                                                                    : null;
                            for (TextInputControl each :
                                    new TextInputControl[] {
                                        firstName,
                                        firstPin.control(),
                                        secondPin.control(),
                                        secondName
                                    }) {
                                String base = each.getAccessibleText().split("\\. ")[0];
                                each.setAccessibleText(
                                        each == target
                                                ? base + ". " + model.errorProperty().get()
                                                : base);
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
        start.setOnAction(
                e -> model.start(pair(firstPin, firstPinRepeat), pair(secondPin, secondPinRepeat)));
        apart.setOnAction(e -> model.startApart(pair(firstPin, firstPinRepeat)));
        back.setOnAction(e -> model.back());
        model.resumableProperty().addListener((obs, old, now) -> showResume());
        showResume();
        Focus.later(
                model.resumableProperty().get() != null
                        ? resume.lookup("#couple-resume-button")
                        : firstName);
    }

    /**
     * A PIN's two fields, as the model reads them: compared where they are, taken only once
     * accepted.
     */
    private static CoupleSetupViewModel.PinPair pair(SecretField pin, SecretField repeat) {
        return new CoupleSetupViewModel.PinPair() {
            @Override
            public int length() {
                return pin.length();
            }

            @Override
            public boolean repeatedAlike() {
                return pin.sameAs(repeat);
            }

            @Override
            public char[] take() {
                repeat.wipe();
                return pin.take();
            }

            @Override
            public void wipe() {
                pin.wipe();
                repeat.wipe();
            }
        };
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
        Button discard = Risk.DESTRUCTIVE.mark(new Button(texts.get("couple.resume.discard")));
        discard.setId("couple-discard-button");
        discard.setOnAction(e -> askBeforeDiscarding(saved));
        resume.getChildren()
                .addAll(
                        TextPage.heading(texts.get("couple.resume.title")),
                        TextPage.paragraph(
                                texts.get(
                                        "couple.resume.detail",
                                        saved.partner(0).name(),
                                        saved.partner(1).name())),
                        new HBox(10, go, discard));
    }

    /**
     * Discarding loses both turns for good: it is asked once more, naming them, with "Keep it"
     * focused.
     */
    private void askBeforeDiscarding(CoupleSession saved) {
        Button keep = new Button(texts.get("couple.resume.keep"));
        keep.setId("couple-keep-button");
        keep.getStyleClass().add(Style.ACCENT);
        keep.setOnAction(
                e -> {
                    showResume();
                    Focus.later(resume.lookup("#couple-resume-button"));
                });
        Button discard =
                Risk.DESTRUCTIVE.mark(new Button(texts.get("couple.resume.discard.confirm")));
        discard.setId("couple-discard-confirm");
        discard.setOnAction(
                e -> {
                    model.discard();
                    firstName.requestFocus();
                });
        resume.getChildren()
                .setAll(
                        TextPage.heading(texts.get("couple.resume.discard.title")),
                        TextPage.paragraph(
                                texts.get(
                                        "couple.resume.discard.detail",
                                        saved.partner(0).name(),
                                        saved.partner(1).name())),
                        new HBox(10, keep, discard));
        keep.setCancelButton(true);
        Focus.later(keep);
    }
}
