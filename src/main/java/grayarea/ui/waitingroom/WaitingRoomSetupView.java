package grayarea.ui.waitingroom;

import grayarea.session.WaitingRoom;
import grayarea.ui.toolkit.FieldProblems;
import grayarea.ui.toolkit.FilePicker;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.SecretField;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.View;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The therapist sets up a waiting room: the hand-out, the client's code, a PIN to leave it. */
public final class WaitingRoomSetupView extends View {

    private final WaitingRoomSetupViewModel model;
    private final FilePicker files;
    private final Consumer<WaitingRoom> onStart;
    private final Runnable onBack;
    private TextPage page;
    private Button chooseHandOut;
    private Label handOutLabel;
    private TextField clientCode;
    private SecretField pin;
    private SecretField pinAgain;
    private FieldProblems problems;
    private Label message;
    private Button start;
    private Button back;

    public WaitingRoomSetupView(
            WaitingRoomSetupViewModel model,
            FilePicker files,
            Consumer<WaitingRoom> onStart,
            Runnable onBack) {
        this.model = model;
        this.files = files;
        this.onStart = onStart;
        this.onBack = onBack;
    }

    @Override
    protected void createParts() {
        page = new TextPage("waiting-room-setup");
        chooseHandOut = new Button(model.text("waitingRoom.setup.handOut.choose"));
        chooseHandOut.setId("waiting-room-hand-out");
        chooseHandOut.setGraphic(Icon.FOLDER.node());
        handOutLabel = TextPage.paragraph("");
        clientCode = new TextField();
        clientCode.setId("waiting-room-code");
        pin = new SecretField("waiting-room-pin");
        pinAgain = new SecretField("waiting-room-pin-again");
        for (Control field : new Control[] {clientCode, pin.control(), pinAgain.control()}) {
            field.setMaxWidth(320);
        }
        problems = new FieldProblems();
        message = TextPage.paragraph("");
        message.setId("waiting-room-message");
        message.getStyleClass().add(Style.STATUS);
        start = new Button(model.text("waitingRoom.setup.start"));
        start.setId("waiting-room-start");
        start.setGraphic(Icon.LOCK.node());
        start.getStyleClass().add(Style.ACCENT);
        start.setDefaultButton(true);
        back = new Button(model.text("couple.back"));
        back.setId("waiting-room-back");
        back.setGraphic(Icon.ARROW_LEFT.node());
    }

    @Override
    protected Node layOutParts() {
        VBox column = page.column();
        column.getChildren()
                .addAll(
                        page.title(model.text("waitingRoom.setup.title")),
                        TextPage.paragraph(model.text("waitingRoom.setup.intro")),
                        TextPage.paragraph(
                                model.text("waitingRoom.setup.results", model.resultsFolder())),
                        message);
        column.getChildren()
                .add(
                        box(
                                "waitingRoom.setup.handOut",
                                chooseHandOut,
                                model.handOutProblemProperty(),
                                "waiting-room-hand-out-problem",
                                handOutLabel));
        column.getChildren()
                .add(
                        box(
                                "waitingRoom.setup.code",
                                clientCode,
                                model.codeProblemProperty(),
                                "waiting-room-code-problem",
                                TextPage.paragraph(model.text("waitingRoom.setup.code.hint"))));
        column.getChildren()
                .add(
                        box(
                                "waitingRoom.setup.pin",
                                pin.control(),
                                model.pinProblemProperty(),
                                "waiting-room-pin-problem",
                                null));
        column.getChildren()
                .add(
                        box(
                                "waitingRoom.setup.pinAgain",
                                pinAgain.control(),
                                model.pinAgainProblemProperty(),
                                "waiting-room-pin-again-problem",
                                TextPage.paragraph(model.text("waitingRoom.setup.pin.note"))));
        HBox buttons = new HBox(12, back, start);
        buttons.setAlignment(Pos.CENTER_LEFT);
        column.getChildren().add(buttons);
        return page.node();
    }

    /**
     * A field with its label, its problem in words right under it (and in what is said for it), and
     * an optional hint.
     */
    private VBox box(
            String labelKey,
            Control field,
            ObservableValue<String> problem,
            String problemId,
            Label hint) {
        String label = model.text(labelKey);
        Label name = TextPage.heading(label);
        name.setLabelFor(field);
        VBox box =
                new VBox(
                        6,
                        name,
                        field,
                        field instanceof TextInputControl
                                ? problems.watch(field, label, problem, problemId)
                                : buttonProblem(field, label, problem, problemId));
        if (hint != null) {
            hint.getStyleClass().add(Style.HINT);
            box.getChildren().add(hint);
        }
        box.getStyleClass().add(Style.STORAGE_BOX);
        return box;
    }

    /**
     * The hand-out's problem, for its button: ControlsFX's ValidationSupport watches only controls
     * with a value (it skips a Button silently), so the same words are shown here the way
     * FieldProblems shows them.
     */
    private static Label buttonProblem(
            Control button, String label, ObservableValue<String> problem, String problemId) {
        Label error = TextPage.paragraph("");
        error.setId(problemId);
        error.getStyleClass().add(Style.QUESTION_ERROR);
        error.setGraphic(Icon.ALERT_CIRCLE.node());
        error.textProperty().bind(problem);
        error.visibleProperty()
                .bind(
                        Bindings.createBooleanBinding(
                                () -> problem.getValue() != null && !problem.getValue().isEmpty(),
                                problem));
        error.managedProperty().bind(error.visibleProperty());
        button.accessibleTextProperty()
                .bind(
                        Bindings.createStringBinding(
                                () ->
                                        problem.getValue() == null || problem.getValue().isEmpty()
                                                ? label
                                                : label + ". " + problem.getValue(),
                                problem));
        return error;
    }

    @Override
    protected void bind() {
        clientCode.textProperty().bindBidirectional(model.clientCodeProperty());
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        handOutLabel
                .textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () -> model.handOutWords(model.handOutProperty().get()),
                                model.handOutProperty()));
        chooseHandOut.setOnAction(
                e ->
                        files.open(
                                        new FilePicker.Request(
                                                model.text("waitingRoom.setup.handOut.dialog"),
                                                model.text("waitingRoom.setup.handOut.filter"),
                                                "grayarea",
                                                null))
                                .ifPresent(model::chooseHandOut));
        start.setOnAction(
                e -> {
                    // the PINs stay in their fields while something else is wrong; once read, both
                    // are wiped
                    Optional<WaitingRoomSetupViewModel.Field> problem = model.check(pin.length());
                    if (problem.isPresent()) {
                        focus(problem.get());
                    } else {
                        model.start(pin.take(), pinAgain.take(), this::focus, onStart);
                    }
                });
        back.setOnAction(
                e -> {
                    pin.wipe();
                    pinAgain.wipe();
                    onBack.run();
                });
        Focus.later(chooseHandOut);
    }

    private void focus(WaitingRoomSetupViewModel.Field field) {
        switch (field) {
            case HAND_OUT -> chooseHandOut.requestFocus();
            case CODE -> clientCode.requestFocus();
            case PIN -> pin.control().requestFocus();
            case PIN_AGAIN -> pinAgain.control().requestFocus();
        }
    }
}
