package grayarea.quiz;

import java.io.IOException;

/**
 * Where a quiz is saved as it goes: a solo session file, or one partner's turn in a couple session.
 */
public interface QuizSaver {

    /** Saves the quiz as it is now (atomically: the old file or the new one, never half of one). */
    void save(Quiz quiz) throws IOException;

    /** Removes what was saved. */
    void delete() throws IOException;
}
