package grayarea.ui.waitingroom;

import grayarea.session.HandOutFile;
import grayarea.ui.toolkit.HelpLines;
import grayarea.ui.toolkit.Texts;
import java.util.List;

/**
 * What a waiting room's thank-you page says, built from the hand-out alone and never from the
 * client's answers: the next person at the computer sees the same page whatever the last client
 * answered (no result, no answers, no flag, not even whether help was needed).
 */
public final class ThankYouViewModel {

    private final HandOutFile.Opened handOut;
    private final Texts texts;
    private final Runnable onNext;

    /**
     * @param handOut the waiting room's hand-out (its practice and help lines)
     * @param onNext starts an empty quiz page for the next person
     */
    public ThankYouViewModel(HandOutFile.Opened handOut, Texts texts, Runnable onNext) {
        this.handOut = handOut;
        this.texts = texts;
        this.onNext = onNext;
    }

    public String text(String key) {
        return texts.get(key);
    }

    private String therapist() {
        return handOut.handOut().practice().therapistName();
    }

    /** "Your answers have been saved for Ana Ruiz. …" */
    public String saved() {
        return texts.get("waitingRoom.done.saved", therapist());
    }

    public String detail() {
        return texts.get("waitingRoom.done.detail", therapist());
    }

    /** The bank's help lines, then those the therapist's hand-out adds, as on a result page. */
    public List<String> helpLines() {
        return HelpLines.of(handOut.bank(), handOut.handOut().practice(), texts, texts.language());
    }

    /** The bank's note under its help lines, or empty. */
    public String resourcesNote() {
        return HelpLines.note(handOut.bank(), texts.language());
    }

    public void next() {
        onNext.run();
    }
}
