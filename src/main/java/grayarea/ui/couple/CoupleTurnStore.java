package grayarea.ui.couple;

import grayarea.session.CoupleSession;
import grayarea.ui.quiz.QuizState;
import grayarea.ui.quiz.QuizStore;
import java.io.IOException;

/** A partner's turn saved into the couple session as it goes. */
final class CoupleTurnStore implements QuizStore {

    private final CoupleFlow flow;
    private final int partner;

    CoupleTurnStore(CoupleFlow flow, int partner) {
        this.flow = flow;
        this.partner = partner;
    }

    @Override
    public void save(QuizState state) throws IOException {
        CoupleSession.Turn old = flow.session().partner(partner).turn();
        flow.updateTurn(partner, new CoupleSession.Turn(state.toSheet(), state.stepProperty().get(),
                state.finishedProperty().get(), old != null && old.sharingSet()));
    }

    @Override
    public void delete() throws IOException {
        flow.discard();
    }
}
