package grayarea.scoring;

import grayarea.bank.AnswerSheet;
import grayarea.bank.BankRef;
import grayarea.bank.QuestionBank;
import grayarea.bank.Sharing;

/**
 * One partner's finished turn, ready to be compared: the safety gate already applied to the full
 * sheet, and the sheet already reduced to what is shared. This is all that may leave the partner's
 * own screen (a turn file holds exactly this, see session.TurnFile).
 *
 * @param bank the bank the turn was answered to
 * @param respondent the partner's label, such as "Partner A", or null
 * @param shared the shared sheet and what was left out, or null when the turn closes the gate
 */
public record ComparisonTurn(BankRef bank, String respondent, Sharing.Shared shared) {

    public ComparisonTurn {
        if (bank == null) {
            throw new IllegalArgumentException("a turn names its bank");
        }
    }

    /**
     * Prepares a finished turn from the full answer sheet: when it raises a safety flag, a turn
     * that carries no answers at all; otherwise the sheet as the other partner may see it.
     */
    public static ComparisonTurn of(QuestionBank bank, AnswerSheet fullSheet) {
        if (CoupleComparison.closesGate(bank, fullSheet)) {
            return notAvailable(fullSheet.bank(), fullSheet.respondent());
        }
        return new ComparisonTurn(
                fullSheet.bank(), fullSheet.respondent(), Sharing.share(bank, fullSheet));
    }

    /** A turn that closes the gate: nothing but the bank and the label. */
    public static ComparisonTurn notAvailable(BankRef bank, String respondent) {
        return new ComparisonTurn(bank, respondent, null);
    }

    /** Whether the turn can be compared (it raised no safety flag). */
    public boolean available() {
        return shared != null;
    }

    @Override
    public String toString() {
        return "ComparisonTurn[bank="
                + bank
                + ", respondent="
                + respondent
                + ", "
                + (shared == null ? "not available" : "shared=" + shared)
                + "]";
    }
}
