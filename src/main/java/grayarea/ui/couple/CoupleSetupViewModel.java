package grayarea.ui.couple;

import grayarea.bank.AnswerSheet;
import grayarea.bank.BankRef;
import grayarea.session.CoupleSession;
import grayarea.session.CoupleStore;
import grayarea.session.PinLock;
import grayarea.session.SavedFiles;
import grayarea.session.TurnLock;
import grayarea.ui.toolkit.ProblemWords;
import grayarea.ui.toolkit.Texts;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The couple setup's state: two names, two optional PINs, a saved session to resume. The PINs are
 * never held here: each is read from its fields ({@link PinPair}) only once the whole form is
 * accepted, as a {@code char[]} wiped once its key is made, in the background.
 */
final class CoupleSetupViewModel {

    /** A PIN typed twice (the view's two secret fields): checked without a copy, taken once. */
    interface PinPair {
        /** How many characters the PIN has (0: no PIN). */
        int length();

        /** Whether the second field holds the very same characters as the first. */
        boolean repeatedAlike();

        /** The PIN as a new array the taker wipes; both fields are wiped and emptied. */
        char[] take();

        /** Both fields wiped and emptied, as when the PIN is refused. */
        void wipe();
    }

    private final CoupleFlow flow;
    private final CoupleStore store;
    private final Texts texts;
    final StringProperty firstName = new SimpleStringProperty("");
    final StringProperty secondName = new SimpleStringProperty("");
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
                message.set(
                        texts.get(
                                damaged.moved() ? "couple.damaged" : "couple.damaged.notMoved",
                                damaged.moved()
                                        ? damaged.setAside().getFileName()
                                        : damaged.setAside()));
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

    /**
     * Starts the session, or names the field that stops it. The PINs' keys are made in the
     * background (about half a second each); the first hand-over page follows.
     */
    boolean start(PinPair firstPin, PinPair secondPin) {
        if (keepsASavedSession()) {
            return false;
        }
        String first =
                firstName.get().isBlank()
                        ? texts.get("couple.name.prompt.first")
                        : firstName.get().strip();
        String second =
                secondName.get().isBlank()
                        ? texts.get("couple.name.prompt.second")
                        : secondName.get().strip();
        if (!pinAccepted("firstPin", first, firstPin)
                || !pinAccepted("secondPin", second, secondPin)) {
            return false;
        }
        if (first.equalsIgnoreCase(second)) {
            return fail("secondName", texts.get("couple.error.sameName"));
        }
        error.set(null);
        errorField.set(null);
        Instant now = Instant.now();
        List<AnswerSheet> layouts =
                flow.layouts(
                        new CoupleSession(
                                null,
                                List.of(
                                        new CoupleSession.Partner(first, null, null),
                                        new CoupleSession.Partner(second, null, null)),
                                now));
        char[][] pins = {taken(firstPin), taken(secondPin)};
        return inBackground(
                pins,
                () ->
                        flow.keeper()
                                .begin(
                                        new CoupleSession(
                                                null,
                                                List.of(
                                                        new CoupleSession.Partner(
                                                                first, lock(pins[0]), null),
                                                        new CoupleSession.Partner(
                                                                second, lock(pins[1]), null)),
                                                now),
                                        layouts),
                flow::next);
    }

    /** The PIN typed, or null for none (its fields emptied either way). */
    private static char[] taken(PinPair pin) {
        if (pin.length() == 0) {
            pin.wipe();
            return null;
        }
        return pin.take();
    }

    /**
     * The session is set up, in the background when a PIN's key is to be made (about half a second
     * each); then the first page follows. The PINs are wiped whatever happens. Without a PIN there
     * is nothing slow to wait for: it is set up at once.
     */
    private boolean inBackground(char[][] pins, Runnable setUp, Runnable then) {
        if (Arrays.stream(pins).allMatch(pin -> pin == null)) {
            setUp.run();
            then.run();
            return true;
        }
        boolean started =
                flow.context()
                        .background()
                        .run(
                                texts.get("couple.busy.start"),
                                () -> {
                                    try {
                                        setUp.run();
                                    } finally {
                                        wipe(pins);
                                    }
                                    return null;
                                },
                                done -> then.run(),
                                failed ->
                                        fail(
                                                "firstPin",
                                                texts.get(
                                                        "couple.setup.failed",
                                                        ProblemWords.of(texts, failed))));
        if (!started) {
            wipe(pins);
        }
        return started;
    }

    private static void wipe(char[][] pins) {
        for (char[] pin : pins) {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
        }
    }

    /**
     * A lock for the partner's turn, with its key made from the PIN (a key stretched once, here).
     */
    private TurnLock lock(char[] pin) {
        return pin == null ? null : TurnLock.create(pin, flow.keeper().newKdfParams());
    }

    /**
     * A PIN is optional; one that is set has at least four characters and was typed the same twice.
     * A PIN refused is wiped from both its fields, to be typed again.
     */
    private boolean pinAccepted(String field, String name, PinPair pin) {
        if (pin.length() > 0 && pin.length() < PinLock.MIN_LENGTH) {
            pin.wipe();
            return fail(field, texts.get("couple.error.pin"));
        }
        if (!pin.repeatedAlike()) {
            pin.wipe();
            return fail(field, texts.get("couple.error.pinRepeat", name));
        }
        return true;
    }

    /**
     * A new session would replace the one saved on this computer (both turns, PINs and all): while
     * it is offered, starting is refused with a word on what would be lost, and the focus goes to
     * it.
     */
    private boolean keepsASavedSession() {
        CoupleSession saved = resumable.get();
        if (saved == null) {
            return false;
        }
        fail(
                "resume",
                texts.get("couple.error.saved", saved.partner(0).name(), saved.partner(1).name()));
        return true;
    }

    private boolean fail(String field, String text) {
        error.set(text);
        // set afresh, so that the same field refused twice is cleared and focused again
        errorField.set(null);
        errorField.set(field);
        return false;
    }

    /**
     * One partner's turn here, with the other's taken on another computer. This person's own name
     * goes on their turn file, so it is asked for (the other's comes with their file); their PIN,
     * if any, keeps the turn on this computer until it is exported.
     */
    boolean startApart(PinPair firstPin) {
        if (keepsASavedSession()) {
            return false;
        }
        if (firstName.get().isBlank()) {
            return fail("firstName", texts.get("couple.error.apartName"));
        }
        String first = firstName.get().strip();
        if (!pinAccepted("firstPin", first, firstPin)) {
            return false;
        }
        error.set(null);
        errorField.set(null);
        String other = texts.get("couple.apart.partner");
        Instant now = Instant.now();
        char[][] pins = {taken(firstPin)};
        return inBackground(
                pins,
                () ->
                        flow.keeper()
                                .beginApart(
                                        new CoupleSession(
                                                null,
                                                List.of(
                                                        new CoupleSession.Partner(
                                                                first, lock(pins[0]), null),
                                                        new CoupleSession.Partner(
                                                                other, null, null)),
                                                now)),
                () -> flow.openTurn(0));
    }

    /** The saved session, as it was left; the page that comes next in it follows. */
    void resume() {
        BankRef missing = flow.resume(resumable.get());
        if (missing != null) {
            fail(
                    "resume",
                    texts.get("couple.resume.bankMissing", missing.id() + " " + missing.version()));
            return;
        }
        flow.next();
    }

    void discard() {
        flow.keeper().discard();
        resumable.set(null);
    }

    void back() {
        flow.backToStart(null);
    }
}
