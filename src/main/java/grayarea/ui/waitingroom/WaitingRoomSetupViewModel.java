package grayarea.ui.waitingroom;

import grayarea.bank.ProblemsException;
import grayarea.session.HandOut;
import grayarea.session.HandOutFile;
import grayarea.session.PinLock;
import grayarea.session.WaitingRoom;
import grayarea.session.WaitingRoomStore;
import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.ProblemWords;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Setting up a waiting room: which hand-out, the client's code, the therapist's PIN (twice). Each
 * problem is said next to its field; the first one is where the focus goes.
 */
public final class WaitingRoomSetupViewModel {

    /** The fields, for saying where a problem is. */
    public enum Field {
        HAND_OUT,
        CODE,
        PIN,
        PIN_AGAIN
    }

    private final AppContext context;
    private final ObjectProperty<HandOutFile.Opened> handOut = new SimpleObjectProperty<>();
    private final StringProperty clientCode = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper handOutProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper codeProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pinProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pinAgainProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public WaitingRoomSetupViewModel(AppContext context) {
        this.context = context;
    }

    public ObjectProperty<HandOutFile.Opened> handOutProperty() {
        return handOut;
    }

    public StringProperty clientCodeProperty() {
        return clientCode;
    }

    public ReadOnlyStringProperty handOutProblemProperty() {
        return handOutProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty codeProblemProperty() {
        return codeProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pinProblemProperty() {
        return pinProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pinAgainProblemProperty() {
        return pinAgainProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The folder results go to: "results" in the app's data folder. */
    public Path resultsFolder() {
        return context.dataFolder().resolve(WaitingRoomStore.RESULTS);
    }

    /** Reads the hand-out the room will run; its client code, if any, becomes the suggestion. */
    public void chooseHandOut(Path file) {
        try {
            HandOutFile.Opened opened = HandOutFile.read(file);
            handOut.set(opened);
            handOutProblem.set("");
            if (clientCode.get().isBlank() && opened.handOut().clientCode() != null) {
                clientCode.set(opened.handOut().clientCode());
            }
        } catch (ProblemsException e) {
            handOutProblem.set(e.problems().get(0).in(context.texts().locale()));
        }
    }

    /** The page's words. */
    public String text(String key, Object... arguments) {
        return context.texts().get(key, arguments);
    }

    /** What the hand-out line under its button says: none yet, or the file and its practice. */
    public String handOutWords(HandOutFile.Opened opened) {
        return opened == null
                ? text("waitingRoom.setup.handOut.none")
                : text(
                        "waitingRoom.setup.handOut.chosen",
                        opened.file().getFileName(),
                        opened.handOut().practice().heading());
    }

    /**
     * Checks what can be checked without reading the PINs: the hand-out, the client code, the PIN's
     * length. Each problem is said under its field.
     *
     * @return the first field with a problem, or empty
     */
    public Optional<Field> check(int pinLength) {
        Field first = null;
        handOutProblem.set(
                handOut.get() == null
                        ? text("waitingRoom.setup.handOut.missing")
                        : handOutProblem.get());
        if (!handOutProblem.get().isEmpty()) {
            first = Field.HAND_OUT;
        }
        String code = clientCode.get().strip();
        if (!code.isEmpty()
                && (code.length() > HandOut.MAX_CLIENT_CODE
                        || !HandOutFile.CLIENT_CODE.matcher(code).matches())) {
            codeProblem.set(text("waitingRoom.setup.code.invalid", HandOut.MAX_CLIENT_CODE));
            first = first == null ? Field.CODE : first;
        } else {
            codeProblem.set("");
        }
        if (pinLength < PinLock.MIN_LENGTH) {
            pinProblem.set(text("waitingRoom.setup.pin.short", PinLock.MIN_LENGTH));
            first = first == null ? Field.PIN : first;
        } else {
            pinProblem.set("");
        }
        pinAgainProblem.set("");
        return Optional.ofNullable(first);
    }

    /**
     * Checks every field ({@link #check}, then whether the two PINs are the same); when all are
     * right, the PIN is stretched into its lock and the room saved in the background (the page
     * masked, a second press refused), then {@code onStarted} gets the room. Otherwise the first
     * field with a problem goes to {@code focus}. The PINs are wiped either way.
     *
     * @return whether the room is being set up
     */
    public boolean start(
            char[] pin, char[] pinAgain, Consumer<Field> focus, Consumer<WaitingRoom> onStarted) {
        boolean valid = false;
        try {
            Optional<Field> first = check(pin.length);
            if (first.isEmpty() && !Arrays.equals(pin, pinAgain)) {
                pinAgainProblem.set(text("waitingRoom.setup.pin.different"));
                first = Optional.of(Field.PIN_AGAIN);
            }
            if (first.isPresent()) {
                focus.accept(first.get());
                return false;
            }
            valid = true;
            Path handOutFile = handOut.get().file().toAbsolutePath();
            String code = clientCode.get().strip();
            String clientCodeKept = code.isEmpty() ? null : code;
            boolean started =
                    context.background()
                            .run(
                                    text("busy.waitingRoom"),
                                    () -> {
                                        try {
                                            WaitingRoom room =
                                                    new WaitingRoom(
                                                            handOutFile,
                                                            clientCodeKept,
                                                            PinLock.of(pin),
                                                            resultsFolder(),
                                                            Instant.now());
                                            new WaitingRoomStore(context.dataFolder()).save(room);
                                            return room;
                                        } finally {
                                            Arrays.fill(pin, '\0');
                                        }
                                    },
                                    room -> {
                                        message.set("");
                                        onStarted.accept(room);
                                    },
                                    failed -> {
                                        Arrays.fill(pin, '\0');
                                        message.set(
                                                text(
                                                        "wizard.saveFailed",
                                                        ProblemWords.of(context.texts(), failed)));
                                    });
            if (!started) {
                Arrays.fill(pin, '\0');
            }
            return started;
        } finally {
            Arrays.fill(pinAgain, '\0');
            if (!valid) {
                Arrays.fill(pin, '\0');
            }
        }
    }
}
