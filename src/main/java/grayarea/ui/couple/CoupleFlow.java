package grayarea.ui.couple;

import grayarea.bank.AnswerSheet;
import grayarea.bank.ProblemsException;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.QuestionOrder;
import grayarea.scoring.Comparison;
import grayarea.scoring.ComparisonTurn;
import grayarea.scoring.CoupleComparison;
import grayarea.session.CoupleSession;
import grayarea.session.CoupleStore;
import grayarea.session.crypto.CryptoFileException;
import grayarea.ui.toolkit.AppContext;
import grayarea.ui.quiz.QuizNavigation;
import grayarea.ui.quiz.QuizState;
import grayarea.ui.quiz.WizardView;
import grayarea.ui.quiz.WizardViewModel;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * A couple's session on one computer: setup, then for each partner a hand-over screen (with
 * their PIN), their private turn, their sharing choices and a private word on safety, then the
 * comparison they look at together. Saved after every change when the person keeps progress.
 */
public final class CoupleFlow {

    static final List<String> TURN_PERSPECTIVES = List.of("self", "partner");

    private final AppContext context;
    private final QuestionBank bank;
    private final Consumer<Supplier<Node>> show;
    private QuizState turn;
    private final Consumer<String> leave;
    private final CoupleStore store;
    private CoupleSession session;
    private boolean apart;
    private final java.util.Set<Integer> lost = new java.util.HashSet<>();
    private java.nio.file.Path partnerTurnFile;
    private String partnerTurnName;

    /**
     * @param show  puts a page in the window
     * @param leave goes back to the welcome page, with an optional message
     */
    public CoupleFlow(AppContext context, QuestionBank bank, Consumer<Supplier<Node>> show, Consumer<String> leave) {
        this.context = context;
        this.bank = bank;
        this.show = show;
        this.leave = leave;
        this.store = context.keepsProgress() ? context.coupleStore() : null;
    }

    AppContext context() {
        return context;
    }

    QuestionBank bank() {
        return bank;
    }

    CoupleSession session() {
        return session;
    }

    /**
     * The partner's turn file is already at hand (opened from the welcome page or by a double-click):
     * the setup page says to take one's own turn on two computers, and after it the turn is compared
     * with this file at once.
     *
     * @param name whose turn it is, as the file says, or null
     */
    public void expectPartnerTurn(java.nio.file.Path file, String name) {
        this.partnerTurnFile = file;
        this.partnerTurnName = name;
    }

    /** The partner's turn file opened before this computer's turn, or null. */
    java.nio.file.Path partnerTurnFile() {
        return partnerTurnFile;
    }

    /** Whose turn that file is: its name, or "your partner". */
    String partnerTurnName() {
        return partnerTurnName == null || partnerTurnName.isBlank() ? context.texts().get("couple.apart.partner")
                : partnerTurnName;
    }

    /** The setup page (which offers to resume a saved couple session). */
    public void start() {
        show.accept(() -> new CoupleSetupView(new CoupleSetupViewModel(this, store), context.texts()).node());
    }

    /**
     * A new session: both turns are laid out now (each partner's question order unlike the
     * other's), saved, and closed under their PINs, so that each partner opens only their own.
     */
    void begin(CoupleSession fresh) {
        session = fresh;
        for (int partner = 0; partner < 2; partner++) {
            QuizState layout = stateFor(partner, orderFor(partner));
            session = session.withPartner(partner,
                    session.partner(partner).withTurn(new CoupleSession.Turn(layout.toSheet(), 0, false, false)));
        }
        closeTurns();
        save();
        next();
    }

    /**
     * A saved session, as it was left: each turn under a PIN stays closed until its partner types it.
     * A turn without a PIN that was kept only in the window, before the app was closed, starts again.
     */
    void resume(CoupleSession saved) {
        session = saved;
        apart = saved.apart() != null;
        for (int partner = 0; partner < 2; partner++) {
            if (session.turnLost(partner)) {
                lost.add(partner);
                session = session.withPartner(partner, session.partner(partner).withTurn(null));
            }
        }
        if (!lost.isEmpty()) {
            save();
        }
        next();
    }

    /** Whether this partner's turn, kept without a PIN, was lost when the app closed, and starts again. */
    boolean turnWasLost(int partner) {
        return lost.contains(partner);
    }

    /**
     * Opens the partner's turn with their PIN (wiped afterwards); false when it is not theirs.
     * A turn saved before turns were encrypted is sealed from now on.
     */
    boolean unlock(int partner, char[] pin) {
        try {
            boolean formatOne = session.partner(partner).lock().legacyPin().isPresent();
            session = CoupleStore.open(session, partner, pin, context.vault().newKdfParams());
            // only a format-1 turn changes in the file by being opened: it is sealed from now on (a
            // turn not begun yet is saved as soon as it is laid out, a moment later)
            if (formatOne && session.partner(partner).turn() != null) {
                save();
            }
            return true;
        } catch (CryptoFileException | ProblemsException e) {
            return false;
        }
    }

    /** Seals every open turn and wipes its key: after a turn, and whenever the couple's pages are left. */
    private void closeTurns() {
        for (int partner = 0; partner < 2; partner++) {
            session = CoupleStore.close(session, partner);
        }
    }

    /**
     * Partners on two computers: only this partner's turn is taken here; afterwards the turn is
     * exported as a file and the other's file is opened. The turn is kept like a turn on one
     * computer: under its PIN, or without one only while the app is open.
     */
    void beginApart(CoupleSession fresh) {
        apart = true;
        session = fresh.withApart(new CoupleSession.Apart(false));
        save();
        openTurn(0);
    }

    /** Whether the partners are on two computers (only this computer's partner takes a turn here). */
    boolean apart() {
        return apart;
    }

    /**
     * Asks where to export this computer's turn, exports it, and says how it went; {@code exported}
     * runs once it is out (the page then says what is left to do).
     */
    void exportTurn(Consumer<String> say, Runnable exported) {
        grayarea.ui.toolkit.Texts texts = context.texts();
        context.filePicker().save(new grayarea.ui.toolkit.FilePicker.Request(texts.get("couple.apart.export"),
                texts.get("couple.apart.filter"), "json", turnFileName())).ifPresent(path -> {
                    try {
                        exportTurn(path);
                        say.accept(texts.get("couple.apart.exported", path));
                        exported.run();
                    } catch (IOException ex) {
                        say.accept(texts.get("result.save.failed", ex.getMessage()));
                    }
                });
    }

    /** Exports this computer's finished turn as a turn file (only what was shared, or the neutral marker). */
    void exportTurn(java.nio.file.Path path) throws IOException {
        grayarea.session.TurnFile.export(path, bank, session.partner(0).turn().answers());
        session = session.withApart(new CoupleSession.Apart(true));
        save();
    }

    /** Whether this computer's turn has been exported (in this run or an earlier one). */
    boolean turnExported() {
        return session.apart() != null && session.apart().exported();
    }

    /** The file name offered for an exported turn: the partner's own name, never the app's. */
    String turnFileName() {
        String name = session.partner(0).name().replaceAll("[^\\p{L}\\p{N}_-]+", "-").replaceAll("^-+|-+$", "");
        return context.texts().get("couple.apart.fileName", name.isEmpty() ? "1" : name);
    }

    /** Shows whatever comes next: a partner's hand-over, or the comparison. */
    void next() {
        if (apart) {
            show.accept(() -> new HandOverView(this, 0).node());
            return;
        }
        if (session.bothDone()) {
            show.accept(() -> new TogetherView(this).node());
            return;
        }
        int partner = session.partner(0).turn() == null || !doneWith(0) ? 0 : 1;
        show.accept(() -> new HandOverView(this, partner).node());
    }

    private boolean doneWith(int partner) {
        CoupleSession.Turn turn = session.partner(partner).turn();
        return turn != null && turn.finished() && turn.sharingSet();
    }

    /** The partner's turn, new or resumed; the question order is theirs and saved with it. */
    void openTurn(int partner) {
        CoupleSession.Partner who = session.partner(partner);
        if (!who.isOpen()) {
            throw new IllegalStateException("a turn under a PIN is opened with it first");
        }
        Map<String, List<String>> order = who.turn() != null ? who.turn().answers().order() : orderFor(partner);
        QuizState state = stateFor(partner, order);
        if (who.turn() != null) {
            state.restore(who.turn().answers(), Map.of(), who.turn().step(), false);
        } else {
            updateTurn(partner, new CoupleSession.Turn(state.toSheet(), 0, false, false));
        }
        if (who.turn() != null && who.turn().finished()) {
            if (apart && who.turn().sharingSet()) {
                turn = state;
                show.accept(() -> new ApartView(this, CoupleComparison.closesGate(bank, who.turn().answers())).node());
                return;
            }
            showSharing(partner, state);
            return;
        }
        turn = state;
        QuizNavigation navigation = new QuizNavigation() {
            @Override
            public void showResult(QuizState finished) {
                finished.finishedProperty().set(true);
                showSharing(partner, finished);
            }

            @Override
            public String finishKey() {
                return "couple.turn.finish";
            }
        };
        show.accept(() -> new WizardView(new WizardViewModel(state, context.texts()), context.texts(), navigation).node());
    }

    private QuizState stateFor(int partner, Map<String, List<String>> order) {
        return new QuizState(bank, session.bankFile(), TURN_PERSPECTIVES, context.texts().language(),
                session.partner(partner).name(), new CoupleTurnStore(this, partner), order, Instant.now());
    }

    /** Each partner sees the questions of every section in an order of their own. */
    private Map<String, List<String>> orderFor(int partner) {
        CoupleSession.Turn first = session.partner(0).turn();
        Map<String, List<String>> other = partner == 1 && first != null && first.answers() != null
                ? first.answers().order() : Map.of();
        Map<String, List<String>> order = new LinkedHashMap<>();
        Random random = new Random();
        QuizState layout = new QuizState(bank, null, TURN_PERSPECTIVES, context.texts().language(), null, null,
                Map.of(), Instant.now());
        for (QuizState.Step step : layout.steps()) {
            List<Question> questions = layout.questionsOf(step);
            String key = QuizState.orderKey(layout.partOf(step, questions.get(0)), step.section().id());
            order.put(key, QuestionOrder.shuffleUnlike(questions, other.getOrDefault(key, List.of()), random));
        }
        return order;
    }

    private void showSharing(int partner, QuizState state) {
        show.accept(() -> new SharingView(this, partner, state).node());
    }

    /** After sharing: a private word (help first, if needed), then hand over. */
    void finishSharing(int partner, AnswerSheet withChoices) {
        CoupleSession.Partner who = session.partner(partner);
        session = session.withPartner(partner, who.withTurn(new CoupleSession.Turn(withChoices, who.turn().step(), true, true)));
        boolean safety = CoupleComparison.closesGate(bank, withChoices);
        if (apart) {
            // kept open while this partner exports it and opens the other's; saved sealed under its PIN
            save();
            show.accept(() -> new ApartView(this, safety).node());
            return;
        }
        // the turn is done: sealed under its PIN, if it has one, in the same save
        turn = null;
        lost.remove(partner);
        closeTurns();
        if (session.bothDone() && session.partners().stream().allMatch(p -> p.lock() == null)) {
            prepareTurnsWithoutPin();
        }
        save();
        show.accept(() -> new TurnDoneView(this, partner, safety).node());
    }

    /**
     * Both turns are done, neither under a PIN: each is reduced to what its partner shared (or to
     * nothing, when it closes the safety gate), the only form of it the file will keep; the gate's
     * state becomes one flag for the session. (Beside a turn under a PIN, a turn without one stays
     * in memory only: see CoupleStore.)
     */
    private void prepareTurnsWithoutPin() {
        boolean closed = session.comparisonClosed();
        for (int partner = 0; partner < 2; partner++) {
            CoupleSession.Partner who = session.partner(partner);
            if (who.lock() == null && who.turn().answers() != null) {
                ComparisonTurn prepared = ComparisonTurn.of(bank, who.turn().answers());
                closed |= !prepared.available();
                session = session.withPartner(partner, who.withTurn(who.turn().withPrepared(prepared)));
            }
        }
        session = session.withComparisonClosed(closed);
    }

    void updateTurn(int partner, CoupleSession.Turn turn) {
        session = session.withPartner(partner, session.partner(partner).withTurn(turn));
        save();
    }

    private void save() {
        if (store == null) {
            return;
        }
        try {
            store.save(session);
        } catch (IOException e) {
            // the session goes on in memory; the wizard reports failed saves of answers itself
        }
    }

    void discard() {
        try {
            if (store != null) {
                store.delete();
            }
        } catch (IOException e) {
            // nothing more to do: the welcome page will offer it again
        }
    }

    /**
     * Both sit together: each partner with a PIN types it here, so their turn opens just long enough
     * to take what they chose to share; then every turn is closed again. Returns the partner whose
     * PIN did not open their turn, or -1 when the comparison is shown.
     */
    int showComparison(char[][] pins) {
        ComparisonTurn[] turns = new ComparisonTurn[2];
        try {
            for (int partner = 0; partner < 2; partner++) {
                if (!session.partner(partner).isOpen() && !unlock(partner, pins[partner])) {
                    return partner;
                }
                turns[partner] = turnToCompare(partner);
            }
        } finally {
            for (char[] pin : pins) {
                if (pin != null) {
                    java.util.Arrays.fill(pin, '\0');
                }
            }
            closeTurns();
        }
        showComparison(turns[0], turns[1], session.partner(1).name());
        return -1;
    }

    /** A turn as the comparison takes it: from the full sheet, or as kept (shared only) for a turn without a PIN. */
    private ComparisonTurn turnToCompare(int partner) {
        CoupleSession.Partner who = session.partner(partner);
        CoupleSession.Turn turn = who.turn();
        if (session.comparisonClosed()) {
            return ComparisonTurn.notAvailable(bank.ref(), who.name());
        }
        return turn.answers() != null ? ComparisonTurn.of(bank, turn.answers()) : turn.prepared();
    }

    /** Apart: compare my turn with the turn file my partner made on their computer. */
    void showComparison(ComparisonTurn mine, ComparisonTurn theirs, String theirName) {
        Comparison comparison = CoupleComparison.compare(bank, mine, theirs, context.texts().language());
        show.accept(() -> new ComparisonView(this, comparison, session.partner(0).name(), theirName, mine, theirs).node());
    }

    /** The language changed: the turn's bank texts follow it. */
    public void setLanguage(String language) {
        if (turn != null) {
            turn.setLanguage(language);
        }
    }

    /** The couple's pages are left (or the app locks): every open turn is closed under its PIN, its key wiped. */
    public void close() {
        if (session != null) {
            closeTurns();
        }
    }

    /**
     * Partners on two computers, with a turn under way that this run alone holds (no PIN, or not
     * kept): after the passphrase the app returns to its very page.
     */
    public boolean takesATurnApart() {
        return apart && session != null && (store == null || session.partner(0).lock() == null);
    }

    /** "Back to the start", for the pages between turns: the turns stay as saved, closed under their PINs. */
    javafx.scene.control.Button backButton(String id) {
        javafx.scene.control.Button back = new javafx.scene.control.Button(context.texts().get("couple.back"));
        back.setId(id);
        back.setGraphic(grayarea.ui.toolkit.Icon.ARROW_LEFT.node());
        back.setOnAction(e -> backToStart(null));
        return back;
    }

    void backToStart(String message) {
        close();
        leave.accept(message);
    }
}
