package grayarea.ui.waitingroom;

import grayarea.session.HandOutFile;
import grayarea.session.HelpList;
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
    private final String region;

    /** A page whose help lines are those for the system's country. */
    public ThankYouViewModel(HandOutFile.Opened handOut, Texts texts, Runnable onNext) {
        this(handOut, texts, onNext, HelpList.systemCountry());
    }

    /**
     * @param handOut the waiting room's hand-out (its practice and help lines)
     * @param onNext starts an empty quiz page for the next person
     * @param region the country whose help lines to show: the one chosen on this computer, else the
     *     system's ({@link grayarea.ui.toolkit.HelpPlace#remembered}); nothing is asked here
     */
    public ThankYouViewModel(
            HandOutFile.Opened handOut, Texts texts, Runnable onNext, String region) {
        this.handOut = handOut;
        this.texts = texts;
        this.onNext = onNext;
        this.region = region;
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

    /** "Help for: United States", or "Wherever you are:". */
    public String helpFor() {
        return HelpLines.place(handOut.bank(), texts.language(), region);
    }

    /**
     * The app's lines for the country, the bank's, then those the therapist's hand-out adds (or
     * only theirs after the emergency entry), as on a result page.
     */
    public List<String> helpLines() {
        return HelpLines.of(handOut.bank(), handOut.handOut().practice(), texts.language(), region);
    }

    /** The bank's note under its help lines, or empty. */
    public String resourcesNote() {
        return HelpLines.note(
                handOut.bank(), handOut.handOut().practice(), texts.language(), region);
    }

    public void next() {
        onNext.run();
    }
}
