package grayarea.ui.couple;

import grayarea.ui.toolkit.ProblemWords;
import grayarea.ui.toolkit.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Both turns are done: each partner with a PIN types it, and their turns open just long enough to
 * take what each shared (in the background: each PIN's key takes a moment); then the comparison.
 */
final class TogetherViewModel {

    private final CoupleFlow flow;
    private final Texts texts;

    /** The partner whose PIN did not open their turn, -1 before any. */
    private final ReadOnlyIntegerWrapper refused = new ReadOnlyIntegerWrapper(-1);

    /**
     * Why the turns could not be opened (not a PIN refused), "" before any; set afresh each time.
     */
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    TogetherViewModel(CoupleFlow flow) {
        this.flow = flow;
        this.texts = flow.context().texts();
    }

    Texts texts() {
        return texts;
    }

    /** The partners (0, 1) whose turn is under a PIN to type here. */
    List<Integer> askedPins() {
        List<Integer> asked = new ArrayList<>();
        for (int partner = 0; partner < 2; partner++) {
            if (!flow.session().partner(partner).isOpen()) {
                asked.add(partner);
            }
        }
        return asked;
    }

    String name(int partner) {
        return flow.session().partner(partner).name();
    }

    /**
     * The partner whose PIN was refused last; set afresh at every refusal, so that each is seen.
     */
    ReadOnlyIntegerProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    /**
     * Why the turns could not be opened when that was not a PIN refused (a file that could not be
     * read, say); "" before any, and set afresh at every failure, so that each is seen.
     */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Opens both turns with the PINs typed (null for a partner without one; all wiped), takes what
     * each shared, closes them again and shows the comparison, or says whose PIN did not open their
     * turn.
     */
    void compare(char[][] pins) {
        if (askedPins().isEmpty()) {
            show(flow.keeper().turnsToCompare(pins));
            return;
        }
        boolean started =
                flow.context()
                        .background()
                        .run(
                                texts.get("couple.busy.compare"),
                                () -> flow.keeper().turnsToCompare(pins),
                                this::show,
                                // a refused PIN is a result (WrongPin): a failure is something else
                                failed -> {
                                    problem.set("");
                                    problem.set(
                                            texts.get(
                                                    "couple.together.openFailed",
                                                    ProblemWords.of(texts, failed)));
                                });
        if (!started) {
            for (char[] pin : pins) {
                if (pin != null) {
                    Arrays.fill(pin, '\0');
                }
            }
        }
    }

    private void show(CoupleSessionKeeper.Together together) {
        if (together instanceof CoupleSessionKeeper.Together.Turns turns) {
            flow.showComparison(turns.first(), turns.second(), turns.secondName());
        } else if (together instanceof CoupleSessionKeeper.Together.WrongPin wrong) {
            refuse(wrong.partner());
        }
    }

    private void refuse(int partner) {
        refused.set(-1);
        refused.set(partner);
    }

    void back() {
        flow.backToStart(null);
    }
}
