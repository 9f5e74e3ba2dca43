package grayarea.ui.couple;

import grayarea.session.CoupleSession;
import grayarea.ui.quiz.QuizState;
import grayarea.ui.quiz.QuizStore;
import java.io.IOException;

/** A partner's turn saved into the couple session as it goes. */
final class CoupleTurnStore implements QuizStore {

    private final CoupleSessionKeeper keeper;
    private final int partner;

    CoupleTurnStore(CoupleSessionKeeper keeper, int partner) {
        this.keeper = keeper;
        this.partner = partner;
    }

    @Override
    public void save(QuizState state) throws IOException {
        CoupleSession.Turn old = keeper.session().partner(partner).turn();
        keeper.updateTurn(
                partner,
                new CoupleSession.Turn(
                        state.toSheet(),
                        state.stepProperty().get(),
                        state.finishedProperty().get(),
                        old != null && old.sharingSet()));
    }

    @Override
    public void delete() throws IOException {
        keeper.discard();
    }
}
