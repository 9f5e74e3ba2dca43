package grayarea.ui.toolkit;

import grayarea.bank.HelpDirectory;
import grayarea.bank.QuestionBank;
import grayarea.report.TextReport;
import grayarea.session.HelpList;
import grayarea.session.PracticeProfile;
import java.util.List;

/**
 * The help lines to show for a region ({@link HelpList}): the app's checked lines for the country
 * with their notes, the bank's own, then those a therapist's hand-out adds, each naming the
 * therapist; in the same words as the reports ({@link TextReport#helpLines()}), so that a page, its
 * print and its PDF say the same.
 */
public final class HelpLines {

    private HelpLines() {}

    /** The help for a bank and region, with a therapist's lines when {@code practice} is given. */
    public static HelpList list(QuestionBank bank, PracticeProfile practice, String region) {
        return HelpList.of(HelpDirectory.bundled(), bank, practice, region);
    }

    /** The lines for a region, without a therapist's. */
    public static List<String> of(QuestionBank bank, String language, String region) {
        return of(bank, null, language, region);
    }

    /** The lines for a region, then those the therapist's hand-out adds (or only theirs). */
    public static List<String> of(
            QuestionBank bank, PracticeProfile practice, String language, String region) {
        return new TextReport(bank, language, list(bank, practice, region)).helpLines();
    }

    /** "Help for: United States", or "Wherever you are:" outside the listed countries. */
    public static String place(QuestionBank bank, String language, String region) {
        return new TextReport(bank, language, list(bank, null, region)).helpPlace();
    }

    /**
     * The bank's note under its help lines, in this language, or "" when it has none or the
     * therapist replaced the app's list.
     */
    public static String note(
            QuestionBank bank, PracticeProfile practice, String language, String region) {
        HelpList help = list(bank, practice, region);
        return help.note().isEmpty() ? "" : help.note().in(language).strip();
    }
}
