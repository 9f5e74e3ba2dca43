package grayarea.ui.couple;

import grayarea.bank.AnswerSheet;
import grayarea.bank.BankCatalog;
import grayarea.bank.BankRef;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.QuestionOrder;
import grayarea.quiz.Step;
import grayarea.scoring.Comparison;
import grayarea.scoring.ComparisonTurn;
import grayarea.scoring.CoupleComparison;
import grayarea.session.CoupleSession;
import grayarea.ui.quiz.QuizNavigation;
import grayarea.ui.quiz.QuizState;
import grayarea.ui.quiz.WizardView;
import grayarea.ui.quiz.WizardViewModel;
import grayarea.ui.toolkit.AppContext;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * A couple's session on one computer: setup, then for each partner a hand-over screen (with their
 * PIN), their private turn, their sharing choices and a private word on safety, then the comparison
 * they look at together. The navigator between the couple's pages: the session and all work on its
 * files is the {@link CoupleSessionKeeper}'s, which the pages' view models call.
 */
public final class CoupleFlow {

    static final List<String> TURN_PERSPECTIVES = List.of("self", "partner");

    private final AppContext context;
    private QuestionBank bank;
    private final Consumer<Supplier<Node>> show;
    private final Consumer<String> leave;
    private CoupleSessionKeeper keeper;
    private QuizState turn;
    private Path partnerTurnFile;
    private String partnerTurnName;

    /**
     * @param show puts a page in the window
     * @param leave goes back to the welcome page, with an optional message
     */
    public CoupleFlow(
            AppContext context,
            QuestionBank bank,
            Consumer<Supplier<Node>> show,
            Consumer<String> leave) {
        this.context = context;
        this.bank = bank;
        this.show = show;
        this.leave = leave;
        this.keeper = keeperFor(bank);
    }

    private CoupleSessionKeeper keeperFor(QuestionBank questions) {
        return new CoupleSessionKeeper(
                questions,
                context.keepsProgress() ? context.coupleStore() : null,
                () -> context.vault().newKdfParams());
    }

    /**
     * Resumes a saved session with the very bank its turns answer, which may be an older version
     * than the one chosen on the welcome page (a session begun under micro-cheating 1.0.0 stays on
     * 1.0.0). Returns the bank it names when the app does not have it built in (nothing is resumed
     * then), or null once resumed.
     */
    BankRef resume(CoupleSession saved) {
        BankRef named = saved.turnsBank();
        if (named != null && !named.equals(bank.ref()) && saved.bankFile() == null) {
            var bundled = BankCatalog.bundled().find(named);
            if (bundled.isEmpty()) {
                return named;
            }
            bank = bundled.get();
            keeper = keeperFor(bank);
        }
        keeper.resume(saved);
        return null;
    }

    AppContext context() {
        return context;
    }

    QuestionBank bank() {
        return bank;
    }

    CoupleSessionKeeper keeper() {
        return keeper;
    }

    CoupleSession session() {
        return keeper.session();
    }

    boolean apart() {
        return keeper.apart();
    }

    /**
     * The partner's turn file is already at hand (opened from the welcome page or by a
     * double-click): the setup page says to take one's own turn on two computers, and after it the
     * turn is compared with this file at once.
     *
     * @param name whose turn it is, as the file says, or null
     */
    public void expectPartnerTurn(Path file, String name) {
        this.partnerTurnFile = file;
        this.partnerTurnName = name;
    }

    /** The partner's turn file opened before this computer's turn, or null. */
    Path partnerTurnFile() {
        return partnerTurnFile;
    }

    /** Whose turn that file is: its name, or "your partner". */
    String partnerTurnName() {
        return partnerTurnName == null || partnerTurnName.isBlank()
                ? context.texts().get("couple.apart.partner")
                : partnerTurnName;
    }

    /** The setup page (which offers to resume a saved couple session). */
    public void start() {
        show.accept(
                () ->
                        new CoupleSetupView(
                                        new CoupleSetupViewModel(
                                                this,
                                                context.keepsProgress()
                                                        ? context.coupleStore()
                                                        : null),
                                        context.texts())
                                .node());
    }

    /** Both turns of a new session laid out, each partner's question order unlike the other's. */
    List<AnswerSheet> layouts(CoupleSession fresh) {
        AnswerSheet first = stateFor(fresh, 0, orderFor(null)).toSheet();
        AnswerSheet second = stateFor(fresh, 1, orderFor(first.order())).toSheet();
        return List.of(first, second);
    }

    /** Shows whatever comes next: a partner's hand-over, or the comparison. */
    void next() {
        CoupleSession session = keeper.session();
        if (keeper.apart()) {
            show.accept(() -> new HandOverView(new HandOverViewModel(this, 0)).node());
            return;
        }
        if (session.bothDone()) {
            show.accept(() -> new TogetherView(new TogetherViewModel(this)).node());
            return;
        }
        int partner = session.partner(0).turn() == null || !doneWith(session, 0) ? 0 : 1;
        show.accept(() -> new HandOverView(new HandOverViewModel(this, partner)).node());
    }

    private static boolean doneWith(CoupleSession session, int partner) {
        CoupleSession.Turn turn = session.partner(partner).turn();
        return turn != null && turn.finished() && turn.sharingSet();
    }

    /** The partner's turn, new or resumed; the question order is theirs and saved with it. */
    void openTurn(int partner) {
        CoupleSession.Partner who = keeper.session().partner(partner);
        if (!who.isOpen()) {
            throw new IllegalStateException("a turn under a PIN is opened with it first");
        }
        if (who.turn() != null
                && who.turn().answers() != null
                && leftForOtherBank(who.turn().answers().bank())) {
            return;
        }
        Map<String, List<String>> order =
                who.turn() != null ? who.turn().answers().order() : orderFor(otherOrder(partner));
        QuizState state = stateFor(keeper.session(), partner, order);
        if (who.turn() != null) {
            state.restore(who.turn().answers(), Map.of(), who.turn().step(), false);
        } else {
            keeper.updateTurn(partner, new CoupleSession.Turn(state.toSheet(), 0, false, false));
        }
        if (who.turn() != null && who.turn().finished()) {
            if (keeper.apart() && who.turn().sharingSet()) {
                turn = state;
                showApart(CoupleComparison.closesGate(bank, who.turn().answers()));
                return;
            }
            showSharing(partner, state);
            return;
        }
        turn = state;
        QuizNavigation navigation =
                new QuizNavigation() {
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
        show.accept(
                () ->
                        new WizardView(
                                        new WizardViewModel(state, context.texts()),
                                        context.texts(),
                                        navigation)
                                .node());
    }

    private Map<String, List<String>> otherOrder(int partner) {
        CoupleSession.Turn first = keeper.session().partner(0).turn();
        return partner == 1 && first != null && first.answers() != null
                ? first.answers().order()
                : null;
    }

    private QuizState stateFor(
            CoupleSession session, int partner, Map<String, List<String>> order) {
        return new QuizState(
                bank,
                session.bankFile(),
                TURN_PERSPECTIVES,
                context.texts().language(),
                session.partner(partner).name(),
                new CoupleTurnStore(keeper, partner),
                order,
                Instant.now());
    }

    /**
     * Each partner sees the questions of every section in an order of their own, unlike {@code
     * other}'s.
     */
    private Map<String, List<String>> orderFor(Map<String, List<String>> other) {
        Map<String, List<String>> unlike = other == null ? Map.of() : other;
        Map<String, List<String>> order = new LinkedHashMap<>();
        Random random = new Random();
        QuizState layout =
                new QuizState(
                        bank,
                        null,
                        TURN_PERSPECTIVES,
                        context.texts().language(),
                        null,
                        null,
                        Map.of(),
                        Instant.now());
        for (Step step : layout.steps()) {
            List<Question> questions = layout.questionsOf(step);
            String key =
                    QuizState.orderKey(layout.partOf(step, questions.get(0)), step.section().id());
            order.put(
                    key,
                    QuestionOrder.shuffleUnlike(
                            questions, unlike.getOrDefault(key, List.of()), random));
        }
        return order;
    }

    private void showSharing(int partner, QuizState state) {
        show.accept(() -> new SharingView(new SharingViewModel(this, partner, state)).node());
    }

    /**
     * A turn's sharing is set (and the turn saved): a private word (help first, if needed), then
     * hand over.
     */
    void afterSharing(int partner, boolean safety) {
        if (keeper.apart()) {
            showApart(safety);
            return;
        }
        turn = null;
        show.accept(() -> new TurnDoneView(new TurnDoneViewModel(this, partner, safety)).node());
    }

    private void showApart(boolean safety) {
        show.accept(
                () -> new ApartView(new ApartViewModel(this, safety), context.filePicker()).node());
    }

    /**
     * The comparison both look at: {@code theirName} is the second partner's (on two computers,
     * from their file).
     */
    void showComparison(ComparisonTurn mine, ComparisonTurn theirs, String theirName) {
        if (leftForOtherBank(mine.bank()) || leftForOtherBank(theirs.bank())) {
            return;
        }
        Comparison comparison =
                CoupleComparison.compare(bank, mine, theirs, context.texts().language());
        String myName = keeper.session().partner(0).name();
        show.accept(
                () ->
                        new ComparisonView(
                                        new ComparisonViewModel(
                                                this, comparison, myName, theirName, mine, theirs),
                                        context.filePicker())
                                .node());
    }

    /** The language changed: the turn's bank texts follow it. */
    public void setLanguage(String language) {
        if (turn != null) {
            turn.setLanguage(language);
        }
    }

    /**
     * The couple's pages are left (or the app locks): every open turn is closed under its PIN, its
     * key wiped.
     */
    public void close() {
        keeper.closeTurns();
    }

    /**
     * Partners on two computers, with a turn under way that this run alone holds (no PIN, or not
     * kept): after the passphrase the app returns to its very page.
     */
    public boolean takesATurnApart() {
        CoupleSession session = keeper.session();
        return keeper.apart()
                && session != null
                && (!keeper.keeps() || session.partner(0).lock() == null);
    }

    /**
     * A turn answers another bank than this session's (a saved session whose turns were not
     * readable until a PIN opened them): back to the start with a word on it, the session kept as
     * it was, rather than answers matched to questions they were not given to.
     */
    private boolean leftForOtherBank(BankRef turnBank) {
        if (turnBank.equals(bank.ref())) {
            return false;
        }
        backToStart(
                context.texts()
                        .get(
                                "couple.turn.otherBank",
                                turnBank.id() + " " + turnBank.version(),
                                bank.ref().id() + " " + bank.ref().version()));
        return true;
    }

    void backToStart(String message) {
        close();
        leave.accept(message);
    }
}
