package grayarea.ui.welcome;

import grayarea.bank.BankCatalog;
import grayarea.bank.BankLoader;
import grayarea.bank.BankRef;
import grayarea.bank.JsonDocument;
import grayarea.bank.Perspective;
import grayarea.bank.Problem;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import grayarea.quiz.QuizTime;
import grayarea.session.HandOutFile;
import grayarea.session.PracticeProfile;
import grayarea.session.SavedFiles;
import grayarea.session.SessionStore;
import grayarea.session.Settings;
import grayarea.session.SoloSession;
import grayarea.session.TurnFile;
import grayarea.ui.quiz.QuizState;
import grayarea.ui.quiz.SoloStore;
import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.FilePicker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The welcome page's state: the storage choice, which bank (the built-in one or a file), a saved
 * session to resume, and the messages to show.
 */
public final class WelcomeViewModel {

    private final AppContext context;
    private final ObjectProperty<Settings.Storage> storage = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<QuestionBank> bank = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> bankFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<HandOutFile.Opened> handOut = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Problem>> bankProblems =
            new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<SoloSession> resumable = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<PartnerTurn> partnerTurn = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper timesKnown = new ReadOnlyBooleanWrapper();

    /** The built-in bank once loaded for the times, when the page has not needed it yet. */
    private QuestionBank builtIn;

    private boolean locked;
    private boolean takenPrivately;
    private final SessionStore sessions;

    public WelcomeViewModel(AppContext context, String initialMessage) {
        this(context, initialMessage, context.sessionStore());
    }

    /**
     * @param sessions where this page's quiz is saved: the person's own store; or null for a quiz
     *     kept only in the window (a waiting room's client, who never sees, or replaces, the
     *     therapist's own session, and leaves nothing for the next client to resume)
     */
    public WelcomeViewModel(AppContext context, String initialMessage, SessionStore sessions) {
        this(context, initialMessage, sessions, BankLoader.defaultBankIfLoaded());
    }

    /**
     * @param builtInLoaded the built-in bank when it is loaded already, so the times are said at
     *     once (a page come back to); empty at a start, when it loads after the first frame
     */
    WelcomeViewModel(
            AppContext context,
            String initialMessage,
            SessionStore sessions,
            Optional<QuestionBank> builtInLoaded) {
        this.context = context;
        this.sessions = sessions;
        Settings.Storage chosen = context.settings().storage();
        // on a first run nothing is chosen for the person: nothing is written until they choose
        // (decision 0021)
        storage.set(chosen);
        message.set(initialMessage);
        builtIn = builtInLoaded.orElse(null);
        timesKnown.set(builtIn != null);
        if (chosen == Settings.Storage.KEEP && sessions != null) {
            SavedFiles.Found<SoloSession> found = sessions.load();
            if (found instanceof SavedFiles.Found.Contents<SoloSession> session) {
                resumable.set(session.value());
            } else if (found instanceof SavedFiles.Found.Damaged<SoloSession> damaged) {
                message.set(
                        context.texts()
                                .get(
                                        damaged.moved()
                                                ? "welcome.damaged"
                                                : "welcome.damaged.notMoved",
                                        damaged.moved()
                                                ? damaged.setAside().getFileName()
                                                : damaged.setAside()));
            }
        }
    }

    /**
     * The page's heading: the app's name, or in discreet mode the neutral name of the window's
     * title (the text under it still says what the app is).
     */
    public String title() {
        return context.settings().discreet()
                ? context.texts().get("discreet.name")
                : context.texts().get("welcome.title");
    }

    /**
     * Whether the storage choice is asked (on first run, and in every private session; never in a
     * waiting room).
     */
    public boolean asksStorage() {
        return !locked && context.settings().storage() != Settings.Storage.KEEP;
    }

    /**
     * Locks the page to a hand-out, for a waiting room: the client takes that quiz and nothing else
     * (no other file, no couple mode, no therapist screens).
     */
    public void lockTo(HandOutFile.Opened opened) {
        locked = true;
        storage.set(Settings.Storage.KEEP);
        bankProblems.set(List.of());
        handOut.set(opened);
        bankFile.set(opened.file().toAbsolutePath());
        bank.set(opened.bank());
        SoloSession saved = resumable.get();
        if (saved != null && !opened.file().toAbsolutePath().equals(saved.bankFile())) {
            resumable.set(null);
        }
    }

    /**
     * A hand-out taken as a private session on a computer locked under someone else's passphrase:
     * only that quiz, kept in the window (the page has no store), and nothing else offered.
     */
    public void takePrivately(HandOutFile.Opened opened) {
        lockTo(opened);
        takenPrivately = true;
    }

    /** The key of what the hand-out's box says happens to the answers. */
    public String handOutPrivacyKey() {
        return takenPrivately
                ? "welcome.handOut.privacy.private"
                : locked ? "welcome.handOut.privacy.waitingRoom" : "welcome.handOut.privacy";
    }

    /**
     * Whether the page is locked to a hand-out (a waiting room, or a private session on a locked
     * computer).
     */
    public boolean locked() {
        return locked;
    }

    /** How answers are kept: chosen on this page, or null while the person has not chosen yet. */
    public ObjectProperty<Settings.Storage> storageProperty() {
        return storage;
    }

    /**
     * Whether it is known how to keep answers (chosen here or before; a waiting room keeps them its
     * own way).
     */
    public boolean storageChosen() {
        return locked || storage.get() != null;
    }

    public ReadOnlyObjectProperty<QuestionBank> bankProperty() {
        return bank.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> bankFileProperty() {
        return bankFile.getReadOnlyProperty();
    }

    /** The therapist's hand-out opened here, or null. */
    public ReadOnlyObjectProperty<HandOutFile.Opened> handOutProperty() {
        return handOut.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Problem>> bankProblemsProperty() {
        return bankProblems.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SoloSession> resumableProperty() {
        return resumable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The bank the quiz will use: a file opened here, or the built-in one. */
    public QuestionBank bank() {
        if (bank.get() == null) {
            bank.set(BankLoader.defaultBank());
        }
        return bank.get();
    }

    /**
     * The perspectives to offer, or none for a bank without perspectives (a plain Start); a
     * hand-out that names one offers only that one.
     */
    public List<Perspective> perspectives() {
        HandOutFile.Opened opened = handOut.get();
        if (opened != null && opened.handOut().perspective() != null) {
            return bank().perspective(opened.handOut().perspective()).stream().toList();
        }
        // the built-in bank is loaded in the background; its perspectives are at hand before that
        return bank.get() != null ? bank.get().perspectives() : BankLoader.defaultPerspectives();
    }

    /**
     * A partner's turn file from a couple session on two computers, opened through the wrong door
     * (this page, or a double-click): the couple flow takes it from here.
     *
     * @param file the turn file
     * @param bank the questions the turn was taken with
     * @param name whose turn it is, as its file says, or null
     */
    public record PartnerTurn(Path file, QuestionBank bank, String name) {}

    /** A partner's turn file opened here, or null; the couple flow for two computers follows it. */
    public ReadOnlyObjectProperty<PartnerTurn> partnerTurnProperty() {
        return partnerTurn.getReadOnlyProperty();
    }

    /**
     * Opens a file: a therapist's hand-out (its bank and sections are then used) or a question
     * bank; a partner's turn file is recognised and handed on ({@link #partnerTurnProperty}). On
     * problems, keeps what was open and lists them.
     */
    public boolean openBank(Path path) {
        try {
            JsonDocument document = JsonDocument.read(path);
            if (TurnFile.isTurnFile(document)) {
                return openTurn(path, document);
            }
            HandOutFile.Opened openedHandOut =
                    HandOutFile.isHandOut(document) ? HandOutFile.read(path, document) : null;
            QuestionBank opened =
                    openedHandOut != null ? openedHandOut.bank() : BankLoader.load(path);
            bankProblems.set(List.of());
            handOut.set(openedHandOut);
            bankFile.set(path.toAbsolutePath());
            bank.set(opened);
            return true;
        } catch (ProblemsException e) {
            bankProblems.set(e.problems());
            return false;
        }
    }

    /**
     * A partner's turn: read and checked here, then handed to the couple flow with the bank it was
     * taken with.
     */
    private boolean openTurn(Path path, JsonDocument document) throws ProblemsException {
        TurnFile.Contents theirs = TurnFile.read(document);
        BankRef ref = theirs.turn().bank();
        QuestionBank turnBank =
                bank.get() != null && bank.get().ref().equals(ref)
                        ? bank.get()
                        : BankCatalog.bundled().find(ref).orElse(null);
        bankProblems.set(List.of());
        if (turnBank == null) {
            message.set(context.texts().get("welcome.turn.otherBank", ref));
            return false;
        }
        partnerTurn.set(
                new PartnerTurn(path.toAbsolutePath(), turnBank, theirs.turn().respondent()));
        return true;
    }

    public void useDefaultBank() {
        handOut.set(null);
        bankFile.set(null);
        bankProblems.set(List.of());
        bank.set(BankLoader.defaultBank());
    }

    /** Applies the storage choice; it is saved only when it is to keep things on this computer. */
    public void applyStorage() {
        if (storage.get() == null) {
            return; // not chosen yet: nothing is written
        }
        Settings chosen = context.settings().withStorage(storage.get());
        try {
            context.updateSettings(chosen);
        } catch (IOException e) {
            message.set(context.texts().get("wizard.saveFailed", e.getMessage()));
        }
    }

    /** Whether the bank can be taken as a couple: it asks about "self" and about "partner". */
    public boolean supportsCouples() {
        return handOut.get() == null
                && bank().perspective("self").isPresent()
                && bank().perspective("partner").isPresent();
    }

    /** Saves the storage choice (only when it is to keep things) and starts the quiz. */
    public QuizState start(String perspective) {
        if (!locked) {
            // a waiting room keeps the client's progress in its own store and leaves the
            // therapist's settings alone
            applyStorage();
        }
        SessionStore store = storage.get() == Settings.Storage.KEEP ? sessions : null;
        // (a waiting room's client: no store, their answers stay in the window until the result is
        // saved)
        if (store != null) {
            try {
                store.delete();
            } catch (IOException e) {
                message.set(context.texts().get("wizard.saveFailed", e.getMessage()));
            }
        }
        SoloStore solo = store == null ? null : new SoloStore(store);
        if (handOut.get() != null) {
            return QuizState.fromHandOut(
                    handOut.get(), perspective, context.texts().language(), solo);
        }
        return new QuizState(bank(), bankFile.get(), perspective, context.texts().language(), solo);
    }

    /** The saved session as a quiz to go on with, or empty with a message when its bank is gone. */
    public Optional<QuizState> resume() {
        SoloSession saved = resumable.get();
        if (saved == null) {
            return Optional.empty();
        }
        QuestionBank savedBank;
        HandOutFile.Opened savedHandOut = null;
        if (saved.bankFile() != null) {
            if (!Files.isRegularFile(saved.bankFile())) {
                message.set(context.texts().get("welcome.resume.bankMissing", saved.bankFile()));
                return Optional.empty();
            }
            try {
                JsonDocument document = JsonDocument.read(saved.bankFile());
                savedHandOut =
                        HandOutFile.isHandOut(document)
                                ? HandOutFile.read(saved.bankFile(), document)
                                : null;
                savedBank =
                        savedHandOut != null
                                ? savedHandOut.bank()
                                : BankLoader.load(saved.bankFile());
            } catch (ProblemsException e) {
                message.set(context.texts().get("welcome.resume.bankMissing", saved.bankFile()));
                return Optional.empty();
            }
        } else {
            Optional<QuestionBank> bundled = BankCatalog.bundled().find(saved.answers().bank());
            if (bundled.isEmpty()) {
                message.set(
                        context.texts().get("welcome.resume.bankMissing", saved.answers().bank()));
                return Optional.empty();
            }
            savedBank = bundled.get();
        }
        QuizState state = QuizState.resume(savedBank, saved, new SoloStore(sessions), savedHandOut);
        state.setLanguage(context.texts().language());
        return Optional.of(state);
    }

    public void discard() {
        try {
            if (sessions != null) {
                sessions.delete();
            }
            resumable.set(null);
            message.set(context.texts().get("welcome.resume.discarded"));
        } catch (IOException e) {
            message.set(context.texts().get("wizard.saveFailed", e.getMessage()));
        }
    }

    /**
     * "Open a hand-out or a question bank…": asks for the file, then opens it ({@link #openBank}).
     * Nothing happens when the person cancels.
     */
    public void openAsked() {
        FilePicker files = context.filePicker();
        files.open(
                        new FilePicker.Request(
                                context.texts().get("welcome.openBank.dialog"),
                                context.texts().get("welcome.openBank.filter"),
                                "json grayarea",
                                null))
                .ifPresent(this::openBank);
    }

    /**
     * What the hand-out's box says: whom it is from, their note to clients, what happens to the
     * answers, the client's code and, when it seals for the therapist, their key's fingerprint.
     */
    public record HandOutWords(
            String from,
            Optional<String> note,
            String privacy,
            Optional<String> code,
            Optional<String> sealed) {}

    /** The words of the hand-out's box; call only while a hand-out is open. */
    public HandOutWords handOutWords() {
        HandOutFile.Opened opened = handOut.get();
        PracticeProfile practice = opened.handOut().practice();
        var texts = context.texts();
        return new HandOutWords(
                texts.get("welcome.handOut.from", practice.heading()),
                Optional.ofNullable(practice.noteToClients()),
                texts.get(handOutPrivacyKey(), practice.therapistName()),
                Optional.ofNullable(opened.handOut().clientCode())
                        .map(code -> texts.get("welcome.handOut.code", code)),
                opened.handOut()
                        .publicKey()
                        .map(
                                key ->
                                        texts.get(
                                                "welcome.handOut.sealed",
                                                practice.therapistName(),
                                                key.fingerprint())));
    }

    /**
     * Whether the page can say how long each quiz takes: its bank is at hand (a file or hand-out
     * opened here, or the built-in bank once loaded). The built-in bank is loaded in the background
     * after the first frame ({@link #learnTimes}), so the page is drawn without waiting for it.
     */
    public ReadOnlyBooleanProperty timesKnownProperty() {
        return timesKnown.getReadOnlyProperty();
    }

    public boolean timesKnown() {
        return timesKnown.get() || bank.get() != null;
    }

    /**
     * Loads the built-in bank for the times, without holding up the page: {@code background} runs
     * the loading, {@code page} then takes the bank on the page's thread.
     */
    public void learnTimes(Executor background, Executor page) {
        if (timesKnown()) {
            timesKnown.set(true);
            return;
        }
        background.execute(
                () -> {
                    QuestionBank loaded;
                    try {
                        BankLoader.preloadDefault(); // shares the app's own loading of it
                        loaded = BankLoader.defaultBank();
                    } catch (RuntimeException e) {
                        return; // a broken built-in bank is the build's to report: no times
                    }
                    page.execute(
                            () -> {
                                builtIn = loaded;
                                timesKnown.set(true);
                            });
                });
    }

    /** The bank the times are worked out for, or null while it is not at hand. */
    private QuestionBank timedBank() {
        return bank.get() != null ? bank.get() : builtIn;
    }

    /**
     * How long the quiz from that perspective takes (null: a bank without perspectives), as the
     * page says it ("About 5 minutes"), worked out from the questions it shows (decision 0034); a
     * hand-out counts only the sections it asks. Empty while the bank is not at hand.
     */
    public Optional<String> timeFor(String perspective) {
        QuestionBank timed = timedBank();
        if (timed == null) {
            return Optional.empty();
        }
        QuizTime.Estimate estimate =
                handOut.get() != null
                        ? QuizTime.handOut(handOut.get(), perspective)
                        : QuizTime.solo(timed, perspective);
        return Optional.of(context.texts().get("welcome.time", estimate.minutes()));
    }

    /**
     * How long each partner's turn takes in couple mode ("About 7 minutes for each turn"); empty
     * while the bank is not at hand, and for a bank that cannot be taken as a couple.
     */
    public Optional<String> coupleTime() {
        QuestionBank timed = timedBank();
        if (timed == null
                || handOut.get() != null
                || timed.perspective("self").isEmpty()
                || timed.perspective("partner").isEmpty()) {
            return Optional.empty();
        }
        QuizTime.Estimate turn = QuizTime.turn(timed, QuizTime.COUPLE_TURN);
        return Optional.of(context.texts().get("welcome.time.turn", turn.minutes()));
    }

    /** A short message for the coming-soon modes. */
    public void notYet(String key) {
        message.set(context.texts().get(key));
    }
}
