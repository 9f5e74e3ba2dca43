package grayarea.ui.quiz;

import java.io.IOException;

/**
 * Where a quiz is saved as it goes: a solo session file, or one partner's turn in a couple session.
 */
public interface QuizStore {

    void save(QuizState state) throws IOException;

    void delete() throws IOException;
}
