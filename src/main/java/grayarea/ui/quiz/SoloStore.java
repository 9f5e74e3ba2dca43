package grayarea.ui.quiz;

import grayarea.session.SessionStore;
import java.io.IOException;

/** A solo quiz saved to session.json. */
public final class SoloStore implements QuizStore {

    private final SessionStore store;

    public SoloStore(SessionStore store) {
        this.store = store;
    }

    @Override
    public void save(QuizState state) throws IOException {
        store.save(state.toSession());
    }

    @Override
    public void delete() throws IOException {
        store.delete();
    }
}
