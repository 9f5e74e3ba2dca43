package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.ui.toolkit.Risk;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

/**
 * Every screen of {@link ScreenTour}, in Spanish at normal size (100 %): every control has an
 * accessible role and a meaningful accessible text ({@link AccessibilityCheck}), and no text is cut
 * or overlaps ({@link LayoutCheck}). On every screen the keyboard focus is on no control that
 * deletes, replaces or shares (marked by {@link Risk}), and every control that reads as one is so
 * marked (issue 15, docs/decisions/0021). On the results, the chart of scores speaks its figures as
 * text; after a wrong PIN, the keyboard is back in the field and the field says what is wrong (a
 * required question does the same: QuizBehaviourTest). Screenshots of each: es-SCREEN.png.
 */
class AccessibilityTest extends UiTest {

    private static final Set<String> KEYS = TextsTest.read(TextsTest.UI.english()).keySet();

    private final List<String> problems = new ArrayList<>();

    private static final String SPANISH = "es";
    private static final int NORMAL_SIZE = 100;

    @Override
    protected boolean eachTestOpensTheWindow() {
        return true;
    }

    @Test
    void theWelcomeOnAFirstRun() throws Exception {
        open(() -> ScreenTour.prepareFirstRun(this, SPANISH, NORMAL_SIZE));
        visit(ScreenTour::firstRun);
    }

    @Test
    void everySoloScreen() throws Exception {
        open(() -> ScreenTour.prepareSolo(this, SPANISH, NORMAL_SIZE));
        visit(ScreenTour::solo);
    }

    @Test
    void everyHandOutScreen() throws Exception {
        open(() -> ScreenTour.prepareHandOut(this, SPANISH, NORMAL_SIZE, true));
        visit(ScreenTour::handOut);
    }

    @Test
    void everyWaitingRoomScreen() throws Exception {
        open(() -> ScreenTour.prepareHandOut(this, SPANISH, NORMAL_SIZE, false));
        visit(ScreenTour::waitingRoom);
    }

    @Test
    void everyCoupleScreen() throws Exception {
        open(() -> ScreenTour.prepareCouple(this, SPANISH, NORMAL_SIZE));
        visit(ScreenTour::couple);
    }

    @Test
    void everyTherapistScreen() throws Exception {
        open(() -> ScreenTour.prepareTherapist(this, SPANISH, NORMAL_SIZE));
        visit(ScreenTour::therapist);
    }

    private void visit(Consumer<ScreenTour> route) {
        route.accept(new ScreenTour(this, this::check));
        assertThat(problems).isEmpty();
    }

    private void check(String screen) {
        screenshot("es-" + screen);
        List<String> found =
                interactReturning(
                        () -> {
                            List<String> all =
                                    new ArrayList<>(
                                            AccessibilityCheck.problems(
                                                    stage.getScene().getRoot(), KEYS));
                            LayoutCheck.problems(stage.getScene().getRoot())
                                    .forEach(p -> all.add("layout: " + p));
                            return all;
                        });
        found.forEach(p -> problems.add(screen + ": " + p));
        FirstFocus.problems(stage.getScene()).forEach(p -> problems.add(screen + ": " + p));
        if (screen.startsWith("result") && !screen.contains("confirm")) {
            theChartHasItsFiguresInWords();
        }
        if (screen.equals("couple-handover-wrong-pin")) {
            theWrongPinIsSaidInTheField();
        }
    }

    /**
     * The chart of scores speaks as text: its title, then each score as the words below it say it.
     */
    private void theChartHasItsFiguresInWords() {
        Node chart = lookup("#scores-chart").query();
        List<String> words =
                lookup("#scores-text").queryAs(VBox.class).getChildren().stream()
                        .map(n -> ((Label) n).getText())
                        .toList();
        assertThat(words).isNotEmpty();
        assertThat(chart.getAccessibleRole()).isEqualTo(AccessibleRole.TEXT);
        assertThat(chart.getAccessibleText())
                .startsWith(context.texts().get("result.scores.chart"))
                .contains(words);
    }

    /**
     * A wrong PIN: the message is on screen, the keyboard is back in the field, and the field says
     * the message.
     */
    private void theWrongPinIsSaidInTheField() {
        Label error = lookup("#pin-error").queryAs(Label.class);
        assertThat(error.getText())
                .isEqualTo(
                        "Ese PIN no coincide. Inténtalo de nuevo o pídele a Дарья que lo escriba.");
        assertThat(focused().getId()).isEqualTo("turn-pin");
        assertThat(focused().getAccessibleText()).isEqualTo("Tu PIN, Дарья. " + error.getText());
    }
}
