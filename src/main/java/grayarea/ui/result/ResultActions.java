package grayarea.ui.result;

/** What the result page can ask the app to do. */
public interface ResultActions {

    /** Start again from the welcome page; the saved session is gone. */
    void startOver(String message);

    /** Back into the wizard, at the review page. */
    void backToAnswers();
}
