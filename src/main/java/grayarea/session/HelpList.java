package grayarea.session;

import grayarea.bank.HelpDirectory;
import grayarea.bank.HelpResource;
import grayarea.bank.QuestionBank;
import grayarea.bank.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The help a person is shown, for their region: the app's shared, checked lines for it (the
 * emergency advice alone outside the listed countries), then the bank's own lines (an entry whose
 * id is a shared one is that entry, never shown twice), then the therapist's. When the therapist
 * chose to replace the app's list, only the emergency entries of the region stay before theirs, and
 * the bank's own lines and note are left out. Every page and report renders this same list.
 *
 * @param region the region the lines are for: a listed country's code or {@link
 *     HelpDirectory#ELSEWHERE}
 * @param country the country's name, empty elsewhere
 * @param lines the app's and the bank's lines, in the order shown
 * @param practice the therapist's profile whose lines follow, or null
 * @param note the bank's note under its lines, or {@link Text#EMPTY}
 */
public record HelpList(
        String region,
        Optional<Text> country,
        List<HelpResource> lines,
        PracticeProfile practice,
        Text note) {

    public HelpList {
        lines = List.copyOf(lines);
    }

    /** The lines for a bank and a region, with no therapist's. */
    public static HelpList of(HelpDirectory directory, QuestionBank bank, String region) {
        return of(directory, bank, null, region);
    }

    /**
     * @param practice a therapist's profile (a hand-out's), or null
     * @param region a country code or {@link HelpDirectory#ELSEWHERE}; anything else is elsewhere
     */
    public static HelpList of(
            HelpDirectory directory, QuestionBank bank, PracticeProfile practice, String region) {
        String place = directory.region(region);
        boolean replaced = practice != null && practice.replacesAppHelp();
        List<HelpResource> lines = new ArrayList<>();
        if (replaced) {
            lines.addAll(directory.emergency(place));
        } else {
            lines.addAll(directory.entries(place));
            for (HelpResource own : bank.resources()) {
                if (!directory.ids().contains(own.id())) {
                    lines.add(own);
                }
            }
        }
        return new HelpList(
                place,
                directory.country(place).map(HelpDirectory.Country::name),
                lines,
                practice,
                replaced ? Text.EMPTY : bank.resourcesNote());
    }

    /** The therapist's own lines, none without a profile. */
    public List<PracticeProfile.LocalResource> practiceLines() {
        return practice == null ? List.of() : practice.resources();
    }

    /** Whether the therapist replaced the app's list with their own. */
    public boolean replaced() {
        return practice != null && practice.replacesAppHelp();
    }

    /**
     * The system's country, as the JVM reports it (often "US" whatever the person's country, which
     * is why the window asks): a code, or "" when the system gives none.
     */
    public static String systemCountry() {
        return Locale.getDefault().getCountry();
    }
}
