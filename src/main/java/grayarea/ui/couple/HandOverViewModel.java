package grayarea.ui.couple;

import grayarea.session.CoupleSession;
import grayarea.ui.toolkit.ProblemWords;
import grayarea.ui.toolkit.Texts;
import java.util.Arrays;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Between turns: whose turn comes next, what the page says to them, and opening their turn with
 * their PIN (its key is made in the background) when they set one.
 */
final class HandOverViewModel {

    private final CoupleFlow flow;
    private final int partner;
    private final Texts texts;
    private final ReadOnlyIntegerWrapper refusals = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    HandOverViewModel(CoupleFlow flow, int partner) {
        this.flow = flow;
        this.partner = partner;
        this.texts = flow.context().texts();
    }

    Texts texts() {
        return texts;
    }

    private CoupleSession.Partner who() {
        return flow.session().partner(partner);
    }

    String name() {
        return who().name();
    }

    String title() {
        return texts.get(
                flow.apart() ? "couple.apart.back.title" : "couple.handover.title", name());
    }

    String detail() {
        if (flow.apart()) {
            return texts.get(who().isOpen() ? "couple.apart.back.open" : "couple.apart.back.pin");
        }
        String other = flow.session().partner(1 - partner).name();
        return firstOfAll()
                ? texts.get("couple.handover.first", other, name())
                : texts.get("couple.handover.detail", other, name());
    }

    /** No one has taken a turn yet: there is nothing of anyone's turn to hide. */
    private boolean firstOfAll() {
        for (int i = 0; i < 2; i++) {
            CoupleSession.Turn turn = flow.session().partner(i).turn();
            if (turn != null && (turn.step() > 0 || turn.finished())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The word that this partner's turn, kept without a PIN, was lost when the app closed; null if
     * it was not.
     */
    String lostNote() {
        return flow.keeper().turnWasLost(partner)
                ? texts.get("couple.handover.lost", name())
                : null;
    }

    /** "Start" or "Continue" the turn. */
    String goText() {
        CoupleSession.Turn turn = who().turn();
        boolean started = turn != null && (turn.step() > 0 || turn.finished());
        return texts.get(started ? "couple.handover.continue" : "couple.handover.start", name());
    }

    /** Whether the turn is under a PIN that must be typed to open it. */
    boolean asksPin() {
        return !who().isOpen();
    }

    /** Counts the PINs that did not open the turn: each one refused adds one. */
    ReadOnlyIntegerProperty refusalsProperty() {
        return refusals.getReadOnlyProperty();
    }

    /**
     * Why the turn could not be opened when that was not a PIN refused (a file that could not be
     * read, say); "" before any, and set afresh at every failure, so that each is seen.
     */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Opens the turn: at once without a PIN; with one (wiped afterwards) in the background, since
     * its key takes a moment to make, and then the turn is shown, or the refusal counted.
     */
    void open(char[] pin) {
        if (!asksPin()) {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
            flow.openTurn(partner);
            return;
        }
        boolean started =
                flow.context()
                        .background()
                        .run(
                                texts.get("couple.busy.open", name()),
                                () -> pin != null && flow.keeper().unlock(partner, pin),
                                opened -> {
                                    if (opened) {
                                        flow.openTurn(partner);
                                    } else {
                                        refusals.set(refusals.get() + 1);
                                    }
                                },
                                // not a refusal: the PIN was never judged
                                failed -> {
                                    problem.set("");
                                    problem.set(
                                            texts.get(
                                                    "couple.handover.openFailed",
                                                    name(),
                                                    ProblemWords.of(texts, failed)));
                                });
        if (!started && pin != null) {
            Arrays.fill(pin, '\0');
        }
    }

    void back() {
        flow.backToStart(null);
    }
}
