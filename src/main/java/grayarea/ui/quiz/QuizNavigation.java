package grayarea.ui.quiz;

/** Where the quiz goes when it is done. */
public interface QuizNavigation {

    /** The person asked to see their result. */
    void showResult(QuizState state);

    /** The text key of the button that ends the review. */
    default String finishKey() {
        return "review.seeResult";
    }
}
