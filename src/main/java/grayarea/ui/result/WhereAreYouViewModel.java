package grayarea.ui.result;

import grayarea.ui.toolkit.HelpPlace;
import grayarea.ui.toolkit.Texts;

/**
 * "Where are you?", asked once before the first result page when the person has not said yet: many
 * systems report the United States whatever the country, and help lines differ. The choice goes to
 * {@link HelpPlace} (remembered, except in a private session); then the result follows.
 */
public final class WhereAreYouViewModel {

    private final HelpPlace place;
    private final Texts texts;
    private final Runnable next;

    /**
     * @param next shows the result page once the person has chosen
     */
    public WhereAreYouViewModel(HelpPlace place, Texts texts, Runnable next) {
        this.place = place;
        this.texts = texts;
        this.next = next;
    }

    public HelpPlace place() {
        return place;
    }

    public Texts texts() {
        return texts;
    }

    public String title() {
        return texts.get("help.where.page");
    }

    /** The person confirmed a place: on to the result. */
    public void chosen() {
        next.run();
    }

    /** Whether to ask before the result page: only while the person has not said. */
    public static boolean ask(HelpPlace place) {
        return !place.chosen();
    }
}
