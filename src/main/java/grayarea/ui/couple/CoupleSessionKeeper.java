package grayarea.ui.couple;

import grayarea.bank.AnswerSheet;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import grayarea.scoring.ComparisonTurn;
import grayarea.scoring.CoupleComparison;
import grayarea.session.CoupleSession;
import grayarea.session.CoupleStore;
import grayarea.session.TurnFile;
import grayarea.session.crypto.CryptoFileException;
import grayarea.session.crypto.KdfParams;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A couple's session and all the work on its files, without JavaFX: the turns, opened with their
 * PINs and closed again, saved after every change when the person keeps progress (in {@code store};
 * none in a private session), a turn exported as a turn file and the partner's file read. The
 * pages' view models call it, its slow parts (a PIN's key, sealing, turn files) in the background;
 * one piece of work at a time, which is why the methods that change it hold its lock, while the
 * session can be read at any time (each change replaces it whole).
 */
final class CoupleSessionKeeper {

    private final QuestionBank bank;
    private final CoupleStore store;
    private final Supplier<KdfParams> kdfParams;
    private final Set<Integer> lost = ConcurrentHashMap.newKeySet();
    private volatile CoupleSession session;
    private volatile boolean apart;

    /**
     * @param store where the session is kept, or null when nothing is kept (a private session)
     * @param kdfParams the parameters for a new PIN's key
     */
    CoupleSessionKeeper(QuestionBank bank, CoupleStore store, Supplier<KdfParams> kdfParams) {
        this.bank = bank;
        this.store = store;
        this.kdfParams = kdfParams;
    }

    QuestionBank bank() {
        return bank;
    }

    /**
     * The session as it is now (read without waiting for work under way, which replaces it whole).
     */
    CoupleSession session() {
        return session;
    }

    /**
     * Whether the partners are on two computers (only this computer's partner takes a turn here).
     */
    boolean apart() {
        return apart;
    }

    /** The parameters for a new PIN's key (the vault's). */
    KdfParams newKdfParams() {
        return kdfParams.get();
    }

    /**
     * A new session on one computer, with both turns laid out (each partner's question order their
     * own), saved, and closed under their PINs, so that each partner opens only their own.
     */
    synchronized void begin(CoupleSession fresh, List<AnswerSheet> layouts) {
        session = fresh.withBank(bank.ref());
        for (int partner = 0; partner < 2; partner++) {
            session =
                    session.withPartner(
                            partner,
                            session.partner(partner)
                                    .withTurn(
                                            new CoupleSession.Turn(
                                                    layouts.get(partner), 0, false, false)));
        }
        closeTurns();
        save();
    }

    /** Partners on two computers: only this partner's turn (the first) is taken here. */
    synchronized void beginApart(CoupleSession fresh) {
        apart = true;
        session = fresh.withApart(new CoupleSession.Apart(false)).withBank(bank.ref());
        save();
    }

    /**
     * A saved session, as it was left: each turn under a PIN stays closed until its partner types
     * it. A turn without a PIN that was kept only in the window, before the app was closed, starts
     * again.
     */
    synchronized void resume(CoupleSession saved) {
        session = saved.withBank(bank.ref());
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
    }

    /**
     * Whether this partner's turn, kept without a PIN, was lost when the app closed, and starts
     * again.
     */
    boolean turnWasLost(int partner) {
        return lost.contains(partner);
    }

    /**
     * Opens the partner's turn with their PIN (wiped afterwards); false when it is not theirs.
     * Slow: the PIN is stretched into a key. A turn saved before turns were encrypted is sealed
     * from now on.
     */
    synchronized boolean unlock(int partner, char[] pin) {
        try {
            boolean formatOne = session.partner(partner).lock().legacyPin().isPresent();
            session = CoupleStore.open(session, partner, pin, kdfParams.get());
            // only a format-1 turn changes in the file by being opened: it is sealed from now on (a
            // turn not begun yet is saved as soon as it is laid out, a moment later)
            if (formatOne && session.partner(partner).turn() != null) {
                save();
            }
            return true;
        } catch (CryptoFileException | ProblemsException e) {
            return false;
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    /** A partner's turn as it goes (the wizard's autosave), saved at once. */
    synchronized void updateTurn(int partner, CoupleSession.Turn turn) {
        session = session.withPartner(partner, session.partner(partner).withTurn(turn));
        save();
    }

    /**
     * After sharing: the turn is done. On one computer it is sealed under its PIN, if it has one,
     * in the same save; on two it stays open while this partner exports it. Returns whether the
     * turn closes the safety gate (its partner then sees help in private).
     */
    /** Whether these answers close the safety gate: worked out from them alone, nothing saved. */
    boolean closesGate(AnswerSheet withChoices) {
        return CoupleComparison.closesGate(bank, withChoices);
    }

    synchronized boolean finishSharing(int partner, AnswerSheet withChoices) {
        CoupleSession.Partner who = session.partner(partner);
        session =
                session.withPartner(
                        partner,
                        who.withTurn(
                                new CoupleSession.Turn(
                                        withChoices, who.turn().step(), true, true)));
        boolean safety = CoupleComparison.closesGate(bank, withChoices);
        if (apart) {
            // kept open while this partner exports it and opens the other's; saved sealed under its
            // PIN
            save();
            return safety;
        }
        lost.remove(partner);
        closeTurns();
        if (session.bothDone() && session.partners().stream().allMatch(p -> p.lock() == null)) {
            prepareTurnsWithoutPin();
        }
        save();
        return safety;
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
                session =
                        session.withPartner(
                                partner, who.withTurn(who.turn().withPrepared(prepared)));
            }
        }
        session = session.withComparisonClosed(closed);
    }

    /** The two turns to compare, or which partner's PIN did not open their turn. */
    sealed interface Together {
        record Turns(ComparisonTurn first, ComparisonTurn second, String secondName)
                implements Together {}

        record WrongPin(int partner) implements Together {}
    }

    /**
     * Both sit together: each partner with a PIN typed it (null for one without), so their turn
     * opens just long enough to take what they chose to share; then every turn is closed again, and
     * every PIN wiped. Slow: each PIN is stretched into a key.
     */
    synchronized Together turnsToCompare(char[][] pins) {
        ComparisonTurn[] turns = new ComparisonTurn[2];
        try {
            for (int partner = 0; partner < 2; partner++) {
                if (!session.partner(partner).isOpen()) {
                    char[] pin = pins[partner];
                    pins[partner] = null;
                    if (pin == null || !unlock(partner, pin)) {
                        return new Together.WrongPin(partner);
                    }
                }
                turns[partner] = turnToCompare(partner);
            }
        } finally {
            for (char[] pin : pins) {
                if (pin != null) {
                    Arrays.fill(pin, '\0');
                }
            }
            closeTurns();
        }
        return new Together.Turns(turns[0], turns[1], session.partner(1).name());
    }

    /**
     * A turn as the comparison takes it: from the full sheet, or as kept (shared only) for a turn
     * without a PIN.
     */
    private ComparisonTurn turnToCompare(int partner) {
        CoupleSession.Partner who = session.partner(partner);
        CoupleSession.Turn turn = who.turn();
        if (session.comparisonClosed()) {
            return ComparisonTurn.notAvailable(bank.ref(), who.name());
        }
        return turn.answers() != null ? ComparisonTurn.of(bank, turn.answers()) : turn.prepared();
    }

    /**
     * Exports this computer's finished turn as a turn file (only what was shared, or the neutral
     * marker).
     */
    synchronized void exportTurn(Path path) throws IOException {
        TurnFile.export(path, bank, session.partner(0).turn().answers());
        session = session.withApart(new CoupleSession.Apart(true));
        save();
    }

    /** Whether this computer's turn has been exported (in this run or an earlier one). */
    boolean turnExported() {
        CoupleSession now = session;
        return now.apart() != null && now.apart().exported();
    }

    /** What opening the partner's turn file came to. */
    sealed interface Opened {
        /**
         * Their turn, to compare with this computer's; {@code name} is null when the file names no
         * one.
         */
        record Theirs(ComparisonTurn mine, ComparisonTurn theirs, String name) implements Opened {}

        /** The file is this computer's own turn. */
        record OwnTurn() implements Opened {}
    }

    /**
     * Reads the partner's turn file, made on their computer, to compare with this computer's turn.
     *
     * @throws ProblemsException the file is not a turn file (located problems, in the person's
     *     language)
     */
    synchronized Opened open(Path path) throws ProblemsException {
        TurnFile.Contents theirs = TurnFile.read(path);
        if (!theirs.turn().bank().equals(bank.ref())) {
            // e.g. a turn to 1.0.0 brought to a session on 1.1.0: said where, never compared
            throw new ProblemsException(theirs.otherBank(bank.ref()));
        }
        ComparisonTurn own = ComparisonTurn.of(bank, session.partner(0).turn().answers());
        if (isMine(own, theirs.turn())) {
            // compared with itself it would look like perfect agreement: say what happened instead
            return new Opened.OwnTurn();
        }
        return new Opened.Theirs(own, theirs.turn(), theirs.turn().respondent());
    }

    /**
     * Whether the opened turn is this computer's own: the same file, or a turn begun at the very
     * same moment with the very same question order (two people's turns never share both).
     */
    private static boolean isMine(ComparisonTurn own, ComparisonTurn opened) {
        // two turns that closed the gate carry no answers to tell them apart: the comparison says
        // only
        // that it is not available, which is true whichever file this is
        return own.available()
                && opened.available()
                && own.shared().sheet().createdAt().equals(opened.shared().sheet().createdAt())
                && own.shared().sheet().order().equals(opened.shared().sheet().order());
    }

    /**
     * Seals every open turn and wipes its key: after a turn, and whenever the couple's pages are
     * left.
     */
    synchronized void closeTurns() {
        if (session == null) {
            return;
        }
        for (int partner = 0; partner < 2; partner++) {
            session = CoupleStore.close(session, partner);
        }
    }

    /** Deletes the saved session (both turns); whatever fails, the welcome page offers it again. */
    synchronized void discard() {
        try {
            if (store != null) {
                store.delete();
            }
        } catch (IOException e) {
            // nothing more to do: the welcome page will offer it again
        }
    }

    /** Whether anything is kept on this computer (not in a private session). */
    boolean keeps() {
        return store != null;
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
}
