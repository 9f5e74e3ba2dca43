package grayarea.session;

import grayarea.bank.AnswerSheet;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Two partners taking turns on one computer: their names, each one's optional PIN lock, and each
 * turn so far.
 *
 * @param bankFile the bank file, or null for the built-in bank
 */
public record CoupleSession(Path bankFile, List<Partner> partners, Instant savedAt) {

    /**
     * One partner and their turn.
     *
     * @param lock null without a PIN; otherwise the lock that keeps the turn's answers under the PIN
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
     * @param answers    every answer (the full sheet; sharing choices are in each answer's "shared"),
     *                   or null while the turn is closed under its partner's PIN
     * @param sharingSet whether the partner has been through the sharing page
     */
    public record Turn(AnswerSheet answers, int step, boolean finished, boolean sharingSet) {

        /** The same turn, its answers closed away under the PIN (only the progress stays readable). */
        public Turn closed() {
            return new Turn(null, step, finished, sharingSet);
        }

        public Turn withAnswers(AnswerSheet opened) {
            return new Turn(opened, step, finished, sharingSet);
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
        List<Partner> copy = new java.util.ArrayList<>(partners);
        copy.set(index, changed);
        return new CoupleSession(bankFile, copy, Instant.now());
    }

    /** Whether both turns are finished, with sharing chosen. */
    public boolean bothDone() {
        return partners.stream().allMatch(p -> p.turn() != null && p.turn().finished() && p.turn().sharingSet());
    }
}
