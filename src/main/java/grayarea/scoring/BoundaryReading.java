package grayarea.scoring;

import grayarea.bank.AnswerValue.Rating;

/**
 * One behaviour on a person's boundary map: how okay it is if I did it, and if my partner did.
 * Where the two differ, the person holds a double standard on it.
 */
public record BoundaryReading(
        String behaviour, String question, Rating ifIDid, Rating ifPartnerDid) {

    /** Which way a double standard leans. */
    public enum Lean {
        /** the same line for both */
        SAME,
        /** I would allow myself more than my partner */
        EASIER_ON_ME,
        /** I would allow my partner more than myself */
        EASIER_ON_PARTNER
    }

    public Lean lean() {
        int me = ifIDid.strictness();
        int partner = ifPartnerDid.strictness();
        if (me == partner) {
            return Lean.SAME;
        }
        return me < partner ? Lean.EASIER_ON_ME : Lean.EASIER_ON_PARTNER;
    }
}
