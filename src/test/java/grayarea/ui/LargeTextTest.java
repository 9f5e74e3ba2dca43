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
        ScreenTour.prepareFor(this, testName, language(), 200);
    }

    @Test
    void everySoloScreenInSpanish() {
        visit(ScreenTour::solo);
    }

    @Test
    void everySoloScreenInEnglish() {
        visit(ScreenTour::solo);
    }

    @Test
    void theWelcomeOnAFirstRunInSpanish() {
        visit(ScreenTour::firstRun);
    }

    @Test
    void everyHandOutScreenInSpanish() {
        visit(ScreenTour::handOut);
    }

    @Test
    void everyCoupleScreenInSpanish() {
        visit(ScreenTour::couple);
    }

    @Test
    void everyTherapistScreenInSpanish() {
        visit(ScreenTour::therapist);
    }

    @Test
    void everyTherapistScreenInEnglish() {
        visit(ScreenTour::therapist);
    }

    /** The tour in the smallest window, 800x600. */
    private void visit(java.util.function.Consumer<ScreenTour> route) {
        ScreenTour tour = new ScreenTour(this, this::check);
        tour.smallestWindow();
        route.accept(tour);
        assertThat(problems).isEmpty();
    }

    private void check(String screen) {
        screenshot("large-" + language() + "-" + screen);
        List<String> found = interactReturning(() -> LayoutCheck.problems(stage.getScene().getRoot()));
        found.forEach(p -> problems.add(screen + ": " + p));
    }
}
