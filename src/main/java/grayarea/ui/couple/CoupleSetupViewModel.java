package grayarea.ui.couple;

import grayarea.session.CoupleSession;
import grayarea.session.CoupleStore;
import grayarea.session.PinLock;
import grayarea.session.TurnLock;
import grayarea.session.SavedFiles;
import grayarea.ui.toolkit.Texts;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The couple setup's state: two names, two optional PINs, a saved session to resume. */
final class CoupleSetupViewModel {

    private final CoupleFlow flow;
    private final CoupleStore store;
    private final Texts texts;
    final StringProperty firstName = new SimpleStringProperty("");
    final StringProperty secondName = new SimpleStringProperty("");
    final StringProperty firstPin = new SimpleStringProperty("");
    final StringProperty secondPin = new SimpleStringProperty("");
    final StringProperty firstPinRepeat = new SimpleStringProperty("");
    final StringProperty secondPinRepeat = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper errorField = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<CoupleSession> resumable = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();

    CoupleSetupViewModel(CoupleFlow flow, CoupleStore store) {
        this.flow = flow;
        this.store = store;
        this.texts = flow.context().texts();
        if (store != null) {
            SavedFiles.Found<CoupleSession> found = store.load();
            if (found instanceof SavedFiles.Found.Contents<CoupleSession> saved) {
                resumable.set(saved.value());
            } else if (found instanceof SavedFiles.Found.Damaged<CoupleSession> damaged) {
                message.set(texts.get(damaged.moved() ? "couple.damaged" : "couple.damaged.notMoved",
                        damaged.moved() ? damaged.setAside().getFileName() : damaged.setAside()));
            }
        }
        if (flow.partnerTurnFile() != null && message.get() == null) {
            // a partner's turn file brought the person here: say what to do with it
            message.set(texts.get("couple.partnerTurn.setup", flow.partnerTurnName()));
        }
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Which field the error is about: "firstPin", "secondPin" or "secondName". */
    ReadOnlyStringProperty errorFieldProperty() {
        return errorField.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<CoupleSession> resumableProperty() {
        return resumable.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Starts the session, or names the field that stops it. */
    boolean start() {
        if (keepsASavedSession()) {
            return false;
        }
        String first = firstName.get().isBlank() ? texts.get("couple.name.prompt.first") : firstName.get().strip();
        String second = secondName.get().isBlank() ? texts.get("couple.name.prompt.second") : secondName.get().strip();
        if (!pinAccepted("firstPin", first, firstPin.get(), firstPinRepeat.get())
                || !pinAccepted("secondPin", second, secondPin.get(), secondPinRepeat.get())) {
            return false;
        }
        if (first.equalsIgnoreCase(second)) {
            return fail("secondName", texts.get("couple.error.sameName"));
        }
        error.set(null);
        errorField.set(null);
        flow.begin(new CoupleSession(null, List.of(
                new CoupleSession.Partner(first, lock(firstPin.get()), null),
                new CoupleSession.Partner(second, lock(secondPin.get()), null)), Instant.now()));
        return true;
    }

    /** A lock for the partner's turn, with its key made from the PIN (a key stretched once, here). */
    private TurnLock lock(String pin) {
        return pin.isEmpty() ? null : TurnLock.create(pin.toCharArray(), flow.context().vault().newKdfParams());
    }

    /** A PIN is optional; one that is set has at least four characters and was typed the same twice. */
    private boolean pinAccepted(String field, String name, String pin, String repeat) {
        if (!pin.isEmpty() && pin.length() < PinLock.MIN_LENGTH) {
            return fail(field, texts.get("couple.error.pin"));
        }
        if (!pin.equals(repeat)) {
            return fail(field, texts.get("couple.error.pinRepeat", name));
        }
        return true;
    }

    /**
     * A new session would replace the one saved on this computer (both turns, PINs and all): while it
     * is offered, starting is refused with a word on what would be lost, and the focus goes to it.
     */
    private boolean keepsASavedSession() {
        CoupleSession saved = resumable.get();
        if (saved == null) {
            return false;
        }
        fail("resume", texts.get("couple.error.saved", saved.partner(0).name(), saved.partner(1).name()));
        return true;
    }

    private boolean fail(String field, String text) {
        error.set(text);
        // set afresh, so that the same field refused twice is cleared and focused again
        errorField.set(null);
        errorField.set(field);
        return false;
    }

    /** One partner's turn here, with the other's taken on another computer. */
    /**
     * One partner's turn here, with the other's taken on another computer. This person's own name
     * goes on their turn file, so it is asked for (the other's comes with their file); their PIN, if
     * any, keeps the turn on this computer until it is exported.
     */
    boolean startApart() {
        if (keepsASavedSession()) {
            return false;
        }
        if (firstName.get().isBlank()) {
            return fail("firstName", texts.get("couple.error.apartName"));
        }
        String first = firstName.get().strip();
        if (!pinAccepted("firstPin", first, firstPin.get(), firstPinRepeat.get())) {
            return false;
        }
        error.set(null);
        errorField.set(null);
        flow.beginApart(new CoupleSession(null, List.of(new CoupleSession.Partner(first, lock(firstPin.get()), null),
                new CoupleSession.Partner(texts.get("couple.apart.partner"), null, null)), Instant.now()));
        return true;
    }

    void resume() {
        flow.resume(resumable.get());
    }

    void discard() {
        flow.discard();
        resumable.set(null);
    }

    void back() {
        flow.backToStart(null);
    }
}
