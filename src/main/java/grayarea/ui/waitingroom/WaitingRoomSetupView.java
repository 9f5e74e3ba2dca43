package grayarea.ui.waitingroom;

import grayarea.ui.toolkit.Style;
import grayarea.session.HandOutFile;
import grayarea.session.WaitingRoom;
import grayarea.ui.toolkit.FilePicker;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The therapist sets up a waiting room: the hand-out, the client's code, a PIN to leave it. */
public final class WaitingRoomSetupView {

    private final WaitingRoomSetupViewModel model;
    private final Texts texts;
    private final FilePicker files;
    private final Consumer<WaitingRoom> onStart;
    private final Runnable onBack;
    private final TextPage page = new TextPage("waiting-room-setup");
    private final Button chooseHandOut = new Button();
    private final Label handOutLabel = TextPage.paragraph("");
    private final TextField clientCode = new TextField();
    private final PasswordField pin = new PasswordField();
    private final PasswordField pinAgain = new PasswordField();
    private final Label message = TextPage.paragraph("");
    private final Button start = new Button();
    private final Button back = new Button();

    public WaitingRoomSetupView(WaitingRoomSetupViewModel model, Texts texts, FilePicker files,
                                Consumer<WaitingRoom> onStart, Runnable onBack) {
        this.model = model;
        this.texts = texts;
        this.files = files;
        this.onStart = onStart;
        this.onBack = onBack;
        createParts();
        layoutParts();
        bind();
    }

    public Node node() {
        return page.node();
    }

    private void createParts() {
        chooseHandOut.setId("waiting-room-hand-out");
        chooseHandOut.setText(texts.get("waitingRoom.setup.handOut.choose"));
        chooseHandOut.setGraphic(Icon.FOLDER.node());
        clientCode.setId("waiting-room-code");
        pin.setId("waiting-room-pin");
        pinAgain.setId("waiting-room-pin-again");
        for (Control field : new Control[] {clientCode, pin, pinAgain}) {
            field.setMaxWidth(320);
        }
        message.setId("waiting-room-message");
        message.getStyleClass().add(Style.STATUS);
        start.setId("waiting-room-start");
        start.setText(texts.get("waitingRoom.setup.start"));
        start.setGraphic(Icon.LOCK.node());
        start.getStyleClass().add(Style.ACCENT);
        start.setDefaultButton(true);
        back.setId("waiting-room-back");
        back.setText(texts.get("couple.back"));
        back.setGraphic(Icon.ARROW_LEFT.node());
    }

    private void layoutParts() {
        VBox column = page.column();
        column.getChildren().addAll(page.title(texts.get("waitingRoom.setup.title")),
                TextPage.paragraph(texts.get("waitingRoom.setup.intro")),
                TextPage.paragraph(texts.get("waitingRoom.setup.results", model.resultsFolder())), message);
        column.getChildren().add(box(texts.get("waitingRoom.setup.handOut"), chooseHandOut,
                model.handOutProblemProperty(), handOutLabel));
        column.getChildren().add(box(texts.get("waitingRoom.setup.code"), clientCode, model.codeProblemProperty(),
                TextPage.paragraph(texts.get("waitingRoom.setup.code.hint"))));
        column.getChildren().add(box(texts.get("waitingRoom.setup.pin"), pin, model.pinProblemProperty(), null));
        column.getChildren().add(box(texts.get("waitingRoom.setup.pinAgain"), pinAgain, model.pinAgainProblemProperty(),
                TextPage.paragraph(texts.get("waitingRoom.setup.pin.note"))));
        HBox buttons = new HBox(12, back, start);
        buttons.setAlignment(Pos.CENTER_LEFT);
        column.getChildren().add(buttons);
    }

    /** A field with its label, an optional hint, and its problem in words (also in its accessible text). */
    private VBox box(String label, Control field, ReadOnlyStringProperty problem, Label hint) {
        Label name = TextPage.heading(label);
        name.setLabelFor(field);
        Label error = TextPage.paragraph("");
        error.getStyleClass().add(Style.QUESTION_ERROR);
        error.setGraphic(Icon.ALERT_CIRCLE.node());
        error.textProperty().bind(problem);
        error.visibleProperty().bind(problem.isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        field.accessibleTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> problem.get() == null || problem.get().isEmpty() ? label : label + ". " + problem.get(), problem));
        VBox box = new VBox(6, name, field, error);
        if (hint != null) {
            hint.getStyleClass().add(Style.HINT);
            box.getChildren().add(hint);
        }
        box.getStyleClass().add(Style.STORAGE_BOX);
        return box;
    }

    private void bind() {
        clientCode.textProperty().bindBidirectional(model.clientCodeProperty());
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        model.handOutProperty().addListener((obs, old, now) -> showHandOut(now));
        showHandOut(model.handOutProperty().get());
        chooseHandOut.setOnAction(e -> files.open(new FilePicker.Request(texts.get("waitingRoom.setup.handOut.dialog"),
                texts.get("waitingRoom.setup.handOut.filter"), "grayarea", null)).ifPresent(model::chooseHandOut));
        start.setOnAction(e -> model.start(pin.getText().toCharArray(), pinAgain.getText().toCharArray(), field -> {
            switch (field) {
                case HAND_OUT -> chooseHandOut.requestFocus();
                case CODE -> clientCode.requestFocus();
                case PIN -> pin.requestFocus();
                case PIN_AGAIN -> pinAgain.requestFocus();
            }
        }).ifPresent(room -> {
            pin.clear();
            pinAgain.clear();
            onStart.accept(room);
        }));
        back.setOnAction(e -> onBack.run());
        Focus.later(chooseHandOut);
    }

    private void showHandOut(HandOutFile.Opened opened) {
        handOutLabel.setText(opened == null ? texts.get("waitingRoom.setup.handOut.none")
                : texts.get("waitingRoom.setup.handOut.chosen", opened.file().getFileName(),
                        opened.handOut().practice().heading()));
    }
}
