package grayarea.session;

import grayarea.bank.AnswerSheet;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Two partners taking turns on one computer: their names, optional PINs, and each turn so far.
 *
 * @param bankFile the bank file, or null for the built-in bank
 */
public record CoupleSession(Path bankFile, List<Partner> partners, Instant savedAt) {

    /** One partner and their turn. */
    public record Partner(String name, PinLock pin, Turn turn) {
        public Partner withTurn(Turn changed) {
            return new Partner(name, pin, changed);
        }
    }

    /**
     * A partner's turn.
     *
     * @param answers    every answer (the full sheet; sharing choices are in each answer's "shared")
     * @param sharingSet whether the partner has been through the sharing page
     */
    public record Turn(AnswerSheet answers, int step, boolean finished, boolean sharingSet) {
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
