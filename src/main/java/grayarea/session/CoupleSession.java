package grayarea.session;

import grayarea.bank.AnswerSheet;
import grayarea.bank.BankRef;
import grayarea.scoring.ComparisonTurn;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Two partners taking turns on one computer: their names, each one's optional PIN lock, and each
 * turn so far.
 *
 * @param bankFile the bank file, or null for the built-in bank
 * @param comparisonClosed whether, once both turns were done, a turn kept without a PIN closed the
 *     safety gate: one flag for the session, which never says whose turn it was
 * @param bank the bank (id and version) both turns answer, or null while not yet known: a session
 *     is resumed with that very bank, never with a newer version of it
 */
public record CoupleSession(
        Path bankFile,
        List<Partner> partners,
        Instant savedAt,
        boolean comparisonClosed,
        Apart apart,
        BankRef bank) {

    /**
     * Partners on two computers: only the first partner's turn is taken on this one; the second is
     * a label until their turn file is opened.
     *
     * @param exported whether this computer's turn was exported as a turn file
     */
    public record Apart(boolean exported) {}

    /** A session whose bank is not (yet) named. */
    public CoupleSession(
            Path bankFile,
            List<Partner> partners,
            Instant savedAt,
            boolean comparisonClosed,
            Apart apart) {
        this(bankFile, partners, savedAt, comparisonClosed, apart, null);
    }

    /** A session on one computer whose safety gate is not (yet) known to be closed. */
    public CoupleSession(Path bankFile, List<Partner> partners, Instant savedAt) {
        this(bankFile, partners, savedAt, false, null);
    }

    /** A session on one computer. */
    public CoupleSession(
            Path bankFile, List<Partner> partners, Instant savedAt, boolean comparisonClosed) {
        this(bankFile, partners, savedAt, comparisonClosed, null);
    }

    /**
     * One partner and their turn.
     *
     * @param lock null without a PIN; otherwise the lock that keeps the turn's answers under the
     *     PIN
     */
    public record Partner(String name, TurnLock lock, Turn turn) {
        public Partner withTurn(Turn changed) {
            return new Partner(name, lock, changed);
        }

        public Partner withLock(TurnLock changed) {
            return new Partner(name, changed, turn);
        }

        /** Whether the turn's answers can be read now: no PIN, or the PIN was typed. */
        public boolean isOpen() {
            return lock == null || lock.isOpen();
        }
    }

    /**
     * A partner's turn.
     *
     * @param answers every answer (the full sheet; sharing choices are in each answer's "shared"),
     *     or null while the turn is closed under its partner's PIN, or when a turn without a PIN
     *     was read back from the file (its answers are never written)
     * @param sharingSet whether the partner has been through the sharing page
     * @param prepared for a partner without a PIN, once both turns are done: the turn as the other
     *     partner may see it (gate and sharing applied), the only part of it the file keeps; null
     *     otherwise
     */
    public record Turn(
            AnswerSheet answers,
            int step,
            boolean finished,
            boolean sharingSet,
            ComparisonTurn prepared) {

        public Turn(AnswerSheet answers, int step, boolean finished, boolean sharingSet) {
            this(answers, step, finished, sharingSet, null);
        }

        /**
         * The same turn, its answers closed away under the PIN (only the progress stays readable).
         */
        public Turn closed() {
            return new Turn(null, step, finished, sharingSet, prepared);
        }

        public Turn withAnswers(AnswerSheet opened) {
            return new Turn(opened, step, finished, sharingSet, prepared);
        }

        public Turn withPrepared(ComparisonTurn turn) {
            return new Turn(answers, step, finished, sharingSet, turn);
        }
    }

    public CoupleSession {
        partners = List.copyOf(partners);
        if (partners.size() != 2) {
            throw new IllegalArgumentException("a couple session has two partners");
        }
    }

    public Partner partner(int index) {
        return partners.get(index);
    }

    public CoupleSession withPartner(int index, Partner changed) {
        List<Partner> copy = new ArrayList<>(partners);
        copy.set(index, changed);
        return new CoupleSession(bankFile, copy, Instant.now(), comparisonClosed, apart, bank);
    }

    public CoupleSession withComparisonClosed(boolean closed) {
        return new CoupleSession(bankFile, partners, Instant.now(), closed, apart, bank);
    }

    public CoupleSession withApart(Apart changed) {
        return new CoupleSession(
                bankFile, partners, Instant.now(), comparisonClosed, changed, bank);
    }

    /** The same session, naming the bank its turns answer. */
    public CoupleSession withBank(BankRef changed) {
        return new CoupleSession(bankFile, partners, savedAt, comparisonClosed, apart, changed);
    }

    /**
     * The bank the turns answer: as a turn that can be read names it (its answers, or what it
     * shared), otherwise as the file names it; null when neither says.
     */
    public BankRef turnsBank() {
        for (Partner partner : partners) {
            Turn turn = partner.turn();
            if (turn != null && turn.answers() != null) {
                return turn.answers().bank();
            }
            if (turn != null && turn.prepared() != null) {
                return turn.prepared().bank();
            }
        }
        return bank;
    }

    /**
     * Whether the partner has no PIN and their answers are not here: the turn was kept only in the
     * window and the app was closed before both turns were done, so it must be taken again.
     */
    public boolean turnLost(int index) {
        Partner who = partners.get(index);
        Turn turn = who.turn();
        return who.lock() == null
                && turn != null
                && turn.answers() == null
                && turn.prepared() == null
                && !(bothDone() && comparisonClosed);
    }

    /** Whether both turns are finished, with sharing chosen. */
    public boolean bothDone() {
        return partners.stream()
                .allMatch(p -> p.turn() != null && p.turn().finished() && p.turn().sharingSet());
    }
}
