package grayarea.ui.toolkit;

import grayarea.bank.HelpResource;
import grayarea.bank.QuestionBank;
import grayarea.session.PracticeProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * The bank's help resources as lines to show: name (region): how to reach, then the bank's note.
 */
public final class HelpLines {

    private HelpLines() {}

    public static List<String> of(QuestionBank bank, Texts texts, String language) {
        List<String> lines = new ArrayList<>();
        for (HelpResource r : bank.resources()) {
            lines.add(
                    r.fillIn()
                            ? texts.get(
                                    "result.resource.fillIn",
                                    r.name().in(language),
                                    r.region().in(language),
                                    fillIn(bank, texts, language))
                            : r.name().in(language)
                                    + " ("
                                    + r.region().in(language)
                                    + "): "
                                    + r.contact().in(language));
        }
        return lines;
    }

    /**
     * The bank's lines, then those a therapist's hand-out adds for their region, each naming the
     * therapist: the same on a client's result page and on a waiting room's thank-you page.
     */
    public static List<String> of(
            QuestionBank bank, PracticeProfile practice, Texts texts, String language) {
        List<String> lines = of(bank, texts, language);
        for (PracticeProfile.LocalResource r : practice.resources()) {
            lines.add(
                    r.notes() == null
                            ? texts.get(
                                    "result.resource.practice",
                                    r.name(),
                                    practice.therapistName(),
                                    r.contact())
                            : texts.get(
                                    "result.resource.practice.notes",
                                    r.name(),
                                    practice.therapistName(),
                                    r.contact(),
                                    r.notes()));
        }
        return lines;
    }

    /**
     * What stands for a help resource the therapist is to complete: the bank's words, or the app's
     * neutral ones when the bank has none.
     */
    static String fillIn(QuestionBank bank, Texts texts, String language) {
        return bank.texts().fillIn().isEmpty()
                ? texts.get("result.resource.fillIn.default")
                : bank.texts().fillIn().in(language);
    }

    /** The bank's note under its help lines, in this language, or "" when it has none. */
    public static String note(QuestionBank bank, String language) {
        return bank.resourcesNote().isEmpty() ? "" : bank.resourcesNote().in(language);
    }
}
