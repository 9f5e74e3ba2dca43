package grayarea.ui.waitingroom;

import grayarea.bank.ProblemsException;
import grayarea.session.HandOut;
import grayarea.session.HandOutFile;
import grayarea.session.PinLock;
import grayarea.session.WaitingRoom;
import grayarea.session.WaitingRoomStore;
import grayarea.ui.toolkit.AppContext;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Setting up a waiting room: which hand-out, the client's code, the therapist's PIN (twice).
 * Each problem is said next to its field; the first one is where the focus goes.
 */
public final class WaitingRoomSetupViewModel {

    /** The fields, for saying where a problem is. */
    public enum Field { HAND_OUT, CODE, PIN, PIN_AGAIN }

    private final AppContext context;
    private final ObjectProperty<HandOutFile.Opened> handOut = new SimpleObjectProperty<>();
    private final StringProperty clientCode = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper handOutProblem = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper codeProblem = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper pinProblem = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper pinAgainProblem = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();

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
            handOutProblem.set(null);
            if (clientCode.get().isBlank() && opened.handOut().clientCode() != null) {
                clientCode.set(opened.handOut().clientCode());
            }
        } catch (ProblemsException e) {
            handOutProblem.set(e.problems().get(0).in(context.texts().locale()));
        }
    }

    /**
     * Checks every field and, when all are right, saves the lock and returns the room; otherwise
     * the first field with a problem. The PINs are wiped either way.
     */
    public Optional<WaitingRoom> start(char[] pin, char[] pinAgain, java.util.function.Consumer<Field> focus) {
        try {
            Field first = null;
            handOutProblem.set(handOut.get() == null ? context.texts().get("waitingRoom.setup.handOut.missing")
                    : handOutProblem.get());
            if (handOutProblem.get() != null) {
                first = Field.HAND_OUT;
            }
            String code = clientCode.get().strip();
            if (!code.isEmpty() && (code.length() > HandOut.MAX_CLIENT_CODE || !HandOutFile.CLIENT_CODE.matcher(code).matches())) {
                codeProblem.set(context.texts().get("waitingRoom.setup.code.invalid", HandOut.MAX_CLIENT_CODE));
                first = first == null ? Field.CODE : first;
            } else {
                codeProblem.set(null);
            }
            if (pin.length < PinLock.MIN_LENGTH) {
                pinProblem.set(context.texts().get("waitingRoom.setup.pin.short", PinLock.MIN_LENGTH));
                first = first == null ? Field.PIN : first;
            } else {
                pinProblem.set(null);
            }
            if (pin.length >= PinLock.MIN_LENGTH && !Arrays.equals(pin, pinAgain)) {
                pinAgainProblem.set(context.texts().get("waitingRoom.setup.pin.different"));
                first = first == null ? Field.PIN_AGAIN : first;
            } else {
                pinAgainProblem.set(null);
            }
            if (first != null) {
                focus.accept(first);
                return Optional.empty();
            }
            WaitingRoom room = new WaitingRoom(handOut.get().file().toAbsolutePath(), code.isEmpty() ? null : code,
                    PinLock.of(pin), resultsFolder(), Instant.now());
            new WaitingRoomStore(context.dataFolder()).save(room);
            return Optional.of(room);
        } catch (IOException e) {
            message.set(context.texts().get("wizard.saveFailed", e.getMessage()));
            return Optional.empty();
        } finally {
            Arrays.fill(pin, '\0');
            Arrays.fill(pinAgain, '\0');
        }
    }
}
