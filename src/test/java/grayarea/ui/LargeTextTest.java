package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every screen at 200 % text in the smallest window (800x600), in Spanish (the longer of the two
 * languages) and in English: no text may be cut or overlap another. Screenshots of each
 * (large-LANGUAGE-SCREEN.png). The screens are those of {@link ScreenTour}.
 */
class LargeTextTest extends UiTest {

    private final List<String> problems = new ArrayList<>();

    private static final int LARGE = 200;

    /** The language of the test's tour, for the screenshots' names. */
    private String language;

    @Override
    protected boolean eachTestOpensTheWindow() {
        return true;
    }

    /**
     * The window at its smallest, 800x600, on what the tour needs, prepared in that language at 200
     * % text.
     */
    private void open(String language, TourData data) throws Exception {
        this.language = language;
        open(() -> data.prepare(this, language, LARGE), SMALLEST);
    }

    /** One of {@link ScreenTour}'s preparations. */
    @FunctionalInterface
    private interface TourData {
        void prepare(UiTest ui, String language, int textSize) throws IOException;
    }

    @Test
    void everySoloScreenInSpanish() throws Exception {
        open("es", ScreenTour::prepareSolo);
        visit(ScreenTour::solo);
    }

    @Test
    void everySoloScreenInEnglish() throws Exception {
        open("en", ScreenTour::prepareSolo);
        visit(ScreenTour::solo);
    }

    @Test
    void theWelcomeOnAFirstRunInSpanish() throws Exception {
        open("es", ScreenTour::prepareFirstRun);
        visit(ScreenTour::firstRun);
    }

    @Test
    void everyHandOutScreenInSpanish() throws Exception {
        open("es", (ui, language, size) -> ScreenTour.prepareHandOut(ui, language, size, true));
        visit(ScreenTour::handOut);
    }

    @Test
    void everyCoupleScreenInSpanish() throws Exception {
        open("es", ScreenTour::prepareCouple);
        visit(ScreenTour::couple);
    }

    @Test
    void everyTherapistScreenInSpanish() throws Exception {
        open("es", ScreenTour::prepareTherapist);
        visit(ScreenTour::therapist);
    }

    @Test
    void everyTherapistScreenInEnglish() throws Exception {
        open("en", ScreenTour::prepareTherapist);
        visit(ScreenTour::therapist);
    }

    private void visit(Consumer<ScreenTour> route) {
        route.accept(new ScreenTour(this, this::check));
        assertThat(problems).isEmpty();
    }

    private void check(String screen) {
        screenshot("large-" + language + "-" + screen);
        List<String> found =
                interactReturning(() -> LayoutCheck.problems(stage.getScene().getRoot()));
        found.forEach(p -> problems.add(screen + ": " + p));
    }
}
