package grayarea.ui;

import grayarea.bank.JsonDocument;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import grayarea.session.HandOutFile;
import grayarea.session.Settings;
import grayarea.session.WaitingRoom;
import grayarea.session.WaitingRoomStore;
import grayarea.ui.couple.CoupleFlow;
import grayarea.ui.privacy.PassphraseSetView;
import grayarea.ui.privacy.PassphraseSetViewModel;
import grayarea.ui.privacy.PassphraseView;
import grayarea.ui.privacy.PassphraseViewModel;
import grayarea.ui.privacy.UnlockVaultView;
import grayarea.ui.privacy.UnlockVaultViewModel;
import grayarea.ui.quiz.QuizNavigation;
import grayarea.ui.quiz.QuizState;
import grayarea.ui.quiz.WizardView;
import grayarea.ui.quiz.WizardViewModel;
import grayarea.ui.result.ResultActions;
import grayarea.ui.result.ResultView;
import grayarea.ui.result.ResultViewModel;
import grayarea.ui.result.WhereAreYouView;
import grayarea.ui.result.WhereAreYouViewModel;
import grayarea.ui.settings.SettingsView;
import grayarea.ui.settings.SettingsViewModel;
import grayarea.ui.therapist.TherapistFlow;
import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.HelpPlace;
import grayarea.ui.toolkit.NoticeView;
import grayarea.ui.toolkit.NoticeViewModel;
import grayarea.ui.waitingroom.ThankYouView;
import grayarea.ui.waitingroom.ThankYouViewModel;
import grayarea.ui.waitingroom.UnlockView;
import grayarea.ui.waitingroom.UnlockViewModel;
import grayarea.ui.waitingroom.WaitingRoomSetupView;
import grayarea.ui.waitingroom.WaitingRoomSetupViewModel;
import grayarea.ui.welcome.WelcomeView;
import grayarea.ui.welcome.WelcomeViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Moves between the pages: welcome, the wizard (with its review), the result, couple mode and the
 * settings. Each page is shown through a recipe that builds it from the current state, so a change
 * of language or text size redraws the page at once without losing anything.
 */
public final class AppFlow implements QuizNavigation, ResultActions {

    private final AppContext context;
    private final AppShell shell;
    private QuizState quiz;
    private CoupleFlow couple;
    private Supplier<Node> current;
    private String language;
    private WaitingRoom room;

    /**
     * The hand-out file taken as a private session on a locked computer, offered again when it
     * ends.
     */
    private Path privateHandOut;

    public AppFlow(AppContext context, AppShell shell) {
        this.context = context;
        this.shell = shell;
        this.language = context.settings().language();
        shell.onSettings(this::showSettings);
        shell.onLockNow(this::lockNow);
        context.settingsProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (!now.language().equals(language)) {
                                language = now.language();
                                if (quiz != null) {
                                    quiz.setLanguage(language);
                                }
                                if (couple != null) {
                                    couple.setLanguage(language);
                                }
                                redraw();
                            }
                        });
    }

    /**
     * The first page; a bank file passed on start (a double-click) is opened at once. While a
     * waiting room is running, every start returns to it, whatever was passed.
     */
    public void start(Optional<Path> bankFile) {
        if (!context.vault().isOpen()) {
            // a passphrase is set: nothing kept is read, or shown, before it is given; a
            // therapist's
            // hand-out opened here can be taken as a private session instead (nothing of it is
            // written)
            HandOutFile.Opened handOut = bankFile.flatMap(AppFlow::handOutIn).orElse(null);
            show(
                    () ->
                            new UnlockVaultView(
                                            new UnlockVaultViewModel(
                                                    context,
                                                    () -> {
                                                        context.setPrivateRun(false);
                                                        start(bankFile);
                                                    },
                                                    this::afterDeleteEverything,
                                                    handOut,
                                                    () -> takePrivately(handOut)))
                                    .node());
            return;
        }
        context.setPrivateRun(false);
        String lockProblem = null;
        try {
            WaitingRoomStore rooms = new WaitingRoomStore(context.dataFolder());
            Optional<WaitingRoom> running = rooms.load();
            if (running.isPresent()) {
                enterWaitingRoom(running.get());
                return;
            }
            // no waiting room runs: its working folder holds nothing (an older version left a
            // client's answers there)
            rooms.clearWork();
            // nor does couple.json hold a turn without a PIN in plain words (an older version kept
            // it so)
            context.coupleStore().upgrade();
        } catch (IOException e) {
            // what could not be deleted is never read; a waiting room tries again when it starts
        } catch (ProblemsException e) {
            lockProblem =
                    context.texts()
                            .get(
                                    "waitingRoom.damaged",
                                    e.problems().get(0).in(context.texts().locale()));
        }
        WelcomeViewModel model = new WelcomeViewModel(context, lockProblem);
        bankFile.ifPresent(model::openBank);
        if (model.partnerTurnProperty().get() != null) {
            // a partner's turn file, double-clicked: into the couple flow for two computers
            startCoupleWith(model.partnerTurnProperty().get());
            return;
        }
        showWelcome(model);
    }

    /** The hand-out in the file, or empty when it is none (or cannot be read). */
    private static Optional<HandOutFile.Opened> handOutIn(Path file) {
        try {
            JsonDocument document = JsonDocument.read(file);
            return HandOutFile.isHandOut(document)
                    ? Optional.of(HandOutFile.read(file, document))
                    : Optional.empty();
        } catch (ProblemsException e) {
            return Optional.empty();
        }
    }

    /**
     * A hand-out taken as a private session while what is kept here stays locked: the quiz lives in
     * the window only, the page offers nothing else (no other file, no couple mode, no therapist
     * screens), and nothing is written to the data folder, not even a setting. Leaving it returns
     * to the lock page.
     */
    private void takePrivately(HandOutFile.Opened handOut) {
        context.setPrivateRun(true);
        privateHandOut = handOut.file();
        WelcomeViewModel model =
                new WelcomeViewModel(context, context.texts().get("welcome.private.handOut"), null);
        model.takePrivately(handOut);
        showWelcome(model);
    }

    public void showWelcome(String message) {
        if (context.privateRun()) {
            // the private session is over: back to the lock page, which offers the hand-out again
            quiz = null;
            start(Optional.ofNullable(privateHandOut));
            return;
        }
        if (room != null) {
            showLockedWelcome(message);
            return;
        }
        showWelcome(new WelcomeViewModel(context, message));
    }

    /**
     * After "Delete everything": the app starts as on first run, keeping this run's language and
     * look.
     */
    private void afterDeleteEverything(String message) {
        // what was kept in memory goes too: a couple's turns without a PIN, and any flow holding
        // answers
        quiz = null;
        replaceCouple(null);
        try {
            context.coupleStore().delete();
        } catch (IOException e) {
            // its file went with everything else, or stays listed as not deleted
        }
        Settings now = context.settings();
        try {
            // nothing is written until the person chooses again to keep things
            context.updateSettings(now.withStorage(null));
        } catch (IOException e) {
            // nothing to save with no storage chosen
        }
        showWelcome(message);
    }

    /** Protecting what is kept with a passphrase; back to where it was asked from afterwards. */
    public void showPassphraseSetup() {
        Supplier<Node> back = current;
        show(
                () ->
                        new PassphraseView(
                                        new PassphraseViewModel(context),
                                        () -> {
                                            // says in words that protection is on and what it
                                            // covers, then back
                                            show(
                                                    () ->
                                                            new PassphraseSetView(
                                                                            new PassphraseSetViewModel(
                                                                                    context.texts(),
                                                                                    () -> {
                                                                                        current =
                                                                                                back;
                                                                                        redraw();
                                                                                    }))
                                                                    .node());
                                        },
                                        () -> {
                                            current = back;
                                            redraw();
                                        })
                                .node());
    }

    /**
     * Locks now: the key is forgotten (a couple's open turn is closed under its PIN too), and the
     * passphrase is asked before anything else. Every answer is saved as it is given, so nothing is
     * lost; the welcome page after unlocking offers to go on.
     */
    public void lockNow() {
        if (context.background().isBusy()) {
            // a key being made or a file being sealed lands first, then the lock covers it
            context.background().whenIdle(this::lockNow);
            return;
        }
        Supplier<Node> here = current;
        boolean turnApart = couple != null && couple.takesATurnApart();
        context.vault().lock();
        if (turnApart) {
            // a turn taken on two computers is kept nowhere but in this window until it is
            // exported: after the passphrase, back to where it was, nothing lost
            show(
                    () ->
                            new UnlockVaultView(
                                            new UnlockVaultViewModel(
                                                    context,
                                                    () -> show(here),
                                                    this::afterDeleteEverything))
                                    .node());
            return;
        }
        quiz = null;
        replaceCouple(null);
        start(Optional.empty());
    }

    /**
     * The couple flow in use changes: the one left closes its open turns first (their keys wiped).
     */
    private void replaceCouple(CoupleFlow next) {
        if (couple != null && couple != next) {
            couple.close();
        }
        couple = next;
    }

    /**
     * Locks the app after the idle time chosen in Settings, when there is something to lock with: a
     * passphrase, set and unlocked. A waiting room is never locked this way (it is a lock already).
     */
    void watchIdle(Scene scene) {
        IdleLock idle =
                new IdleLock(
                        context.clock(),
                        () -> {
                            int minutes = context.settings().idleLock();
                            return minutes == 0 ? null : Duration.ofMinutes(minutes);
                        },
                        () -> {
                            if (room == null
                                    && context.vault().isSet()
                                    && context.vault().isOpen()) {
                                lockNow();
                            }
                        });
        context.settingsProperty().addListener((obs, old, now) -> idle.restart());
        idle.watch(scene);
    }

    /** The therapist sets up a waiting room. */
    public void showWaitingRoomSetup() {
        show(
                () ->
                        new WaitingRoomSetupView(
                                        new WaitingRoomSetupViewModel(context),
                                        context.filePicker(),
                                        this::enterWaitingRoom,
                                        () -> showWelcome((String) null))
                                .node());
    }

    /**
     * Locks the window to the room's hand-out: the client takes that quiz, and only the PIN leaves
     * it. Each client starts from nothing: what an earlier run left in the working folder (a
     * client's answers, by an older version) is deleted unread (docs/decisions/0019).
     */
    public void enterWaitingRoom(WaitingRoom running) {
        room = running;
        shell.lock(true, this::showUnlock);
        String message = null;
        try {
            new WaitingRoomStore(context.dataFolder()).clearWork();
        } catch (IOException e) {
            message = context.texts().get("waitingRoom.workNotCleared", e.getMessage());
        }
        showLockedWelcome(message);
    }

    private void showLockedWelcome(String message) {
        quiz = null;
        replaceCouple(null);
        HandOutFile.Opened opened;
        try {
            opened = HandOutFile.read(room.handOutFile()).withClientCode(room.clientCode());
        } catch (ProblemsException e) {
            String problem =
                    context.texts()
                            .get(
                                    "waitingRoom.handOutUnreadable",
                                    e.problems().get(0).in(context.texts().locale()));
            show(
                    () ->
                            new NoticeView(
                                            new NoticeViewModel(
                                                    "waiting-room-problem",
                                                    context.texts().get("waitingRoom.setup.title"),
                                                    problem))
                                    .node());
            return;
        }
        // a client's answers live only in the window until their result is saved: nothing to resume
        WelcomeViewModel model = new WelcomeViewModel(context, message, null);
        model.lockTo(opened);
        showWelcome(model);
    }

    private void showUnlock() {
        if (room == null) {
            return;
        }
        Supplier<Node> back = current;
        show(
                () ->
                        new UnlockView(
                                        new UnlockViewModel(
                                                context,
                                                room,
                                                this::leaveWaitingRoom,
                                                () -> show(back)))
                                .node());
    }

    /**
     * Leaves the waiting room after the PIN: the lock and the working folder go; results stay in
     * their folder.
     */
    private void leaveWaitingRoom() {
        try {
            new WaitingRoomStore(context.dataFolder()).delete();
        } catch (IOException e) {
            shell.show(
                    new NoticeView(
                                    new NoticeViewModel(
                                            "waiting-room-not-left",
                                            "",
                                            context.texts()
                                                    .get("wizard.saveFailed", e.getMessage())))
                            .node());
            return;
        }
        room = null;
        shell.lock(false, () -> {});
        showWelcome(context.texts().get("waitingRoom.left"));
    }

    private void showWelcome(WelcomeViewModel model) {
        quiz = null;
        replaceCouple(null);
        model.partnerTurnProperty()
                .addListener(
                        (obs, old, turn) -> {
                            if (turn != null) {
                                startCoupleWith(turn);
                            }
                        });
        show(
                () ->
                        new WelcomeView(
                                        model,
                                        context.texts(),
                                        this::startQuiz,
                                        this::startCouple,
                                        () -> {
                                            model.applyStorage();
                                            showPassphraseSetup();
                                        },
                                        context.vault().isSet(),
                                        this::startTherapist)
                                .node());
    }

    /** Shows a page and remembers how to build it again. */
    private void show(Supplier<Node> page) {
        current = page;
        shell.show(page.get());
        offerLockNow();
    }

    /** Builds the current page again, in the current language. */
    public void redraw() {
        if (current != null) {
            shell.show(current.get());
            offerLockNow();
        }
    }

    /**
     * "Lock now" in the top bar whenever a passphrase is set and open (a waiting room is a lock of
     * its own).
     */
    private void offerLockNow() {
        shell.offerLockNow(room == null && context.vault().isSet() && context.vault().isOpen());
    }

    /** The settings page; Done goes back to the page it came from. */
    public void showSettings() {
        Supplier<Node> back = current;
        current =
                () ->
                        new SettingsView(
                                        new SettingsViewModel(
                                                context,
                                                () -> {
                                                    current = back;
                                                    redraw();
                                                },
                                                room != null || context.privateRun(),
                                                this::afterDeleteEverything,
                                                this::showPassphraseSetup,
                                                this::lockNow))
                                .node();
        redraw();
    }

    /** Couple mode with the bank chosen on the welcome page. */
    public void startCouple(QuestionBank bank) {
        quiz = null;
        replaceCouple(new CoupleFlow(context, bank, this::show, this::showWelcome));
        couple.start();
    }

    /**
     * A partner's turn file opened from the welcome page or by a double-click: the couple setup,
     * saying what to do (take one's own turn, on two computers); once that turn is done, it is
     * compared with this file without opening it again.
     */
    private void startCoupleWith(WelcomeViewModel.PartnerTurn turn) {
        quiz = null;
        replaceCouple(new CoupleFlow(context, turn.bank(), this::show, this::showWelcome));
        couple.expectPartnerTurn(turn.file(), turn.name());
        couple.start();
    }

    /** The therapist's pages: practice profile, hand-outs and client results. */
    public void startTherapist() {
        quiz = null;
        replaceCouple(null);
        new TherapistFlow(context, this::show, this::showWelcome, this::showWaitingRoomSetup)
                .start();
    }

    /** Shows the wizard for a new or resumed quiz (a finished one opens on its result). */
    public void startQuiz(QuizState state) {
        quiz = state;
        if (state.finishedProperty().get()) {
            showResult(state);
            return;
        }
        showWizard(state);
    }

    private void showWizard(QuizState state) {
        show(
                () ->
                        new WizardView(
                                        new WizardViewModel(state, context.texts()),
                                        context.texts(),
                                        this)
                                .node());
    }

    @Override
    public void showResult(QuizState state) {
        state.finishedProperty().set(true);
        Path savedTo = null;
        String saveProblem = null;
        if (room != null) {
            try {
                ResultViewModel model = new ResultViewModel(state, context.texts());
                savedTo = room.resultFile(model.sealsForTherapist(), Instant.now());
                model.saveForTherapist(savedTo, context.vault());
            } catch (IOException e) {
                savedTo = null;
                saveProblem =
                        context.texts()
                                .get(
                                        "waitingRoom.saveFailed",
                                        state.handOut()
                                                .map(h -> h.handOut().practice().therapistName())
                                                .orElse(""),
                                        e.getMessage());
            }
            if (saveProblem == null && state.handOut().isPresent()) {
                // saved for the therapist: the window lets go of the answers, and the page holds
                // nothing of them
                HandOutFile.Opened handOut = state.handOut().get();
                quiz = null;
                show(
                        () ->
                                new ThankYouView(
                                                new ThankYouViewModel(
                                                        handOut,
                                                        context.texts(),
                                                        () -> showLockedWelcome(null),
                                                        HelpPlace.remembered(context)))
                                        .node());
                return;
            }
            // not saved: the client, still here, sees why and keeps their answers to try again
        }
        Path saved = savedTo;
        String problem = saveProblem;
        // a waiting room's client is asked, and their country is never kept in the settings
        HelpPlace place = room != null ? HelpPlace.forAClient(context) : HelpPlace.of(context);
        Runnable result =
                () ->
                        show(
                                () -> {
                                    ResultViewModel model =
                                            new ResultViewModel(
                                                    state,
                                                    context.texts(),
                                                    context.checkedKeys(),
                                                    context.filePicker(),
                                                    context.background());
                                    model.useHelpPlace(place);
                                    if (room != null) {
                                        model.inWaitingRoom(saved, problem);
                                    }
                                    return new ResultView(model, context.texts(), this).node();
                                });
        if (WhereAreYouViewModel.ask(place)) {
            // the first time help is shown: where is the person? (one key confirms the system's)
            show(
                    () ->
                            new WhereAreYouView(
                                            new WhereAreYouViewModel(
                                                    place, context.texts(), result))
                                    .node());
        } else {
            result.run();
        }
    }

    @Override
    public void startOver(String message) {
        showWelcome(message);
    }

    @Override
    public void backToAnswers() {
        if (quiz != null) {
            quiz.finishedProperty().set(false);
            quiz.stepProperty().set(quiz.steps().size());
            showWizard(quiz);
        }
    }

    public Optional<QuizState> quiz() {
        return Optional.ofNullable(quiz);
    }
}
