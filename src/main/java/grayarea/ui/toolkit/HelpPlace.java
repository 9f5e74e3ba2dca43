package grayarea.ui.toolkit;

import grayarea.bank.HelpDirectory;
import grayarea.session.HelpList;
import java.io.IOException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The country whose help lines a person sees: the one they chose ("Where are you?"), kept in the
 * settings (never written in a private session: {@link AppContext#updateSettings}), else the
 * system's, which many systems report as the United States whatever the country, hence the
 * question.
 */
public final class HelpPlace {

    private final ReadOnlyStringWrapper region;
    private final ReadOnlyBooleanWrapper chosen;
    private final ReadOnlyBooleanWrapper choosing = new ReadOnlyBooleanWrapper(false);
    private final Consumer<String> remember;
    private String confirmed;

    private HelpPlace(String region, boolean chosen, Consumer<String> remember) {
        this.confirmed = HelpDirectory.bundled().region(region);
        this.region = new ReadOnlyStringWrapper(confirmed);
        this.chosen = new ReadOnlyBooleanWrapper(chosen);
        this.remember = remember;
    }

    /** The window's: the remembered country, else the system's; a choice goes to the settings. */
    public static HelpPlace of(AppContext context) {
        String remembered = context.settings().helpRegion();
        return new HelpPlace(
                remembered == null ? HelpList.systemCountry() : remembered,
                remembered != null,
                code -> {
                    try {
                        context.updateSettings(context.settings().withHelpRegion(code));
                    } catch (IOException e) {
                        // the choice holds for this run; the next start asks again
                    }
                });
    }

    /**
     * A waiting room's client: each client is asked again, starting from the therapist's remembered
     * country (else the system's), and their choice is never remembered in the therapist's
     * settings.
     */
    public static HelpPlace forAClient(AppContext context) {
        return new HelpPlace(remembered(context), false, code -> {});
    }

    /** The system's country, not yet confirmed, with nothing remembered (tests, a lone page). */
    public static HelpPlace system() {
        return new HelpPlace(HelpList.systemCountry(), false, code -> {});
    }

    /**
     * The region to show where help appears without a result page (the thank-you page, the couple
     * pages): the remembered country, else the system's; nothing is asked there.
     */
    public static String remembered(AppContext context) {
        String remembered = context.settings().helpRegion();
        return HelpDirectory.bundled()
                .region(remembered == null ? HelpList.systemCountry() : remembered);
    }

    /** A listed country's code, or {@link HelpDirectory#ELSEWHERE}. */
    public ReadOnlyStringProperty regionProperty() {
        return region.getReadOnlyProperty();
    }

    public String region() {
        return region.get();
    }

    /** Whether the person has said where they are (in this run or an earlier one). */
    public ReadOnlyBooleanProperty chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public boolean chosen() {
        return chosen.get();
    }

    /**
     * Whether the list of places is open beside the help lines ("Change"), its arrow keys showing
     * each country's lines until Enter confirms one or Escape (or leaving the list) puts back the
     * confirmed one.
     */
    public ReadOnlyBooleanProperty choosingProperty() {
        return choosing.getReadOnlyProperty();
    }

    public boolean choosing() {
        return choosing.get();
    }

    /** Opens the list of places ("Change"), starting on the confirmed country. */
    public void startChoosing() {
        region.set(confirmed);
        choosing.set(true);
    }

    /** The place last confirmed (or the starting one), whatever the list shows meanwhile. */
    public String confirmed() {
        return confirmed;
    }

    /** Shows the lines for a region while the person looks, without remembering it yet. */
    public void preview(String code) {
        region.set(HelpDirectory.bundled().region(code));
    }

    /**
     * The person looked but did not confirm (Escape, or the keyboard left the list): the confirmed
     * country's lines come back and the list closes; nothing is remembered.
     */
    public void cancel() {
        region.set(confirmed);
        choosing.set(false);
    }

    /**
     * The person's choice: shown, and remembered (except in a private session); the list closes.
     */
    public void choose(String code) {
        String place = HelpDirectory.bundled().region(code);
        confirmed = place;
        region.set(place);
        chosen.set(true);
        choosing.set(false);
        remember.accept(place);
    }
}
