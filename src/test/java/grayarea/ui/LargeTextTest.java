package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every screen at 200 % text in the smallest window (800x600), in Spanish (the longer of the
 * two languages) and in English: no text may be cut or overlap another. Screenshots of each
 * (large-LANGUAGE-SCREEN.png). The screens are those of {@link ScreenTour}.
 */
class LargeTextTest extends UiTest {

    private final List<String> problems = new ArrayList<>();

    private String language() {
        return testName.contains("Spanish") ? "es" : "en";
    }

    @Override
    protected void beforeOpen() throws java.io.IOException {
        if (testName.contains("Couple")) {
            ScreenTour.prepareCouple(this, language(), 200);
        } else if (testName.contains("FirstRun")) {
            ScreenTour.prepareFirstRun(this, language(), 200);
        } else if (testName.contains("HandOut")) {
            ScreenTour.prepareHandOut(this, language(), 200);
        } else {
            ScreenTour.prepareSolo(this, language(), 200);
        }
    }

    @Test
    void everySoloScreenInSpanish() {
        tour().solo();
        assertThat(problems).isEmpty();
    }

    @Test
    void everySoloScreenInEnglish() {
        tour().solo();
        assertThat(problems).isEmpty();
    }

    @Test
    void theWelcomeOnAFirstRunInSpanish() {
        tour().firstRun();
        assertThat(problems).isEmpty();
    }

    @Test
    void everyHandOutScreenInSpanish() {
        tour().handOut();
        assertThat(problems).isEmpty();
    }

    @Test
    void everyCoupleScreenInSpanish() {
        tour().couple();
        assertThat(problems).isEmpty();
    }

    private ScreenTour tour() {
        ScreenTour tour = new ScreenTour(this, this::check);
        tour.smallestWindow();
        return tour;
    }

    private void check(String screen) {
        screenshot("large-" + language() + "-" + screen);
        List<String> found = interactReturning(() -> LayoutCheck.problems(stage.getScene().getRoot()));
        found.forEach(p -> problems.add(screen + ": " + p));
    }
}
