package grayarea.ui.couple;

import grayarea.ui.toolkit.HelpPlace;
import grayarea.ui.toolkit.Texts;

/**
 * The end of a turn, seen only by its partner: thanks, and (when an answer raised a safety flag)
 * help resources in private, with the promise that the other partner learns nothing of why.
 */
final class TurnDoneViewModel implements CoupleParts.CoupleHelp {

    private final CoupleFlow flow;
    private final HelpPlace helpPlace;
    private final int partner;
    private final boolean safety;
    private final Texts texts;

    TurnDoneViewModel(CoupleFlow flow, int partner, boolean safety) {
        this.flow = flow;
        this.partner = partner;
        this.safety = safety;
        this.texts = flow.context().texts();
        this.helpPlace = HelpPlace.of(flow.context());
    }

    Texts texts() {
        return texts;
    }

    String title() {
        return texts.get("couple.done.title", flow.session().partner(partner).name());
    }

    private String other() {
        return flow.session().partner(1 - partner).name();
    }

    /** Whether help is offered in private: an answer of this turn raised a safety flag. */
    boolean safety() {
        return safety;
    }

    String safetyWord() {
        return texts.get("couple.done.safety", other());
    }

    /** The country whose help lines this page shows, and whether its chooser is open. */
    @Override
    public HelpPlace helpPlace() {
        return helpPlace;
    }

    @Override
    public CoupleFlow flow() {
        return flow;
    }

    /** "Sit together" after the second turn, "Hand over to …" after the first. */
    String nextText() {
        return flow.session().bothDone()
                ? texts.get("couple.done.together")
                : texts.get("couple.done.handOver", other());
    }

    void next() {
        flow.next();
    }
}
