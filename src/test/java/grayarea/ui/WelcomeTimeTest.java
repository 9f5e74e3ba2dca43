package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.BankLoader;
import grayarea.bank.QuestionBank;
import grayarea.quiz.QuizTime;
import grayarea.session.Settings;
import grayarea.session.SettingsStore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The welcome page's cards say how long each quiz takes (decision 0034), in the window, the focus
 * on the first card; tidy in the smallest window at 200 % text, in both languages. How the times
 * come after the first frame at a start: WelcomeTimesComeLaterTest.
 */
class WelcomeTimeTest extends UiTest {

    @Override
    protected boolean eachTestOpensTheWindow() {
        return true;
    }

    private void open(String language, int textSize) throws Exception {
        open(
                () ->
                        new SettingsStore(dataFolder)
                                .save(
                                        Settings.FIRST_RUN
                                                .withStorage(Settings.Storage.KEEP)
                                                .withTextSize(textSize)
                                                .withLanguage(language)),
                SMALLEST);
    }

    private String card(String id) {
        return interactReturning(() -> ((Button) lookup("#" + id).query()).getText());
    }

    /** Waits until the cards say their times (the built-in bank loads after the first frame). */
    private void waitForTimes() {
        try {
            WaitForAsyncUtils.waitFor(
                    30, TimeUnit.SECONDS, () -> !card("start-partner").endsWith("\u00a0"));
        } catch (TimeoutException e) {
            throw new AssertionError("no time on the cards after 30 s: " + card("start-partner"));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void eachCardSaysHowLongItsQuizTakesAndTheFocusStaysOnTheFirstCard() throws Exception {
        open("en", 100);
        waitForTimes();
        QuestionBank builtIn = BankLoader.defaultBank();

        assertThat(card("start-partner"))
                .isEqualTo(
                        "About my partner's behavior\n"
                                + "Something your partner does has been on your mind.\n"
                                + "About "
                                + QuizTime.solo(builtIn, "partner").minutes()
                                + " minutes");
        assertThat(card("start-self"))
                .endsWith("\nAbout " + QuizTime.solo(builtIn, "self").minutes() + " minutes");
        assertThat(card("couple"))
                .endsWith(
                        "\nAbout "
                                + QuizTime.turn(builtIn, QuizTime.COUPLE_TURN).minutes()
                                + " minutes for each turn");
        assertThat(card("therapist"))
                .as("no quiz, no time")
                .isEqualTo("I'm a therapist\nHand-outs, reports and results.");
        screenshot("welcome-times");
        Node focused = interactReturning(() -> stage.getScene().getFocusOwner());
        assertThat(focused).isNotNull();
        assertThat(focused.getId()).isEqualTo("start-partner");
    }

    @Test
    void theCardsAreTidyInTheSmallestWindowAt200PercentInSpanish() throws Exception {
        open("es", 200);
        waitForTimes();
        QuestionBank builtIn = BankLoader.defaultBank();

        assertThat(card("start-partner"))
                .endsWith("\nUnos " + QuizTime.solo(builtIn, "partner").minutes() + " minutos");
        assertThat(card("couple"))
                .endsWith(
                        "\nUnos "
                                + QuizTime.turn(builtIn, QuizTime.COUPLE_TURN).minutes()
                                + " minutos por turno");
        Node cards = lookup("#choices").query();
        scrollIntoView(cards);
        screenshot("large-es-welcome-times");
        assertThat(interactReturning(() -> LayoutCheck.problems(stage.getScene().getRoot())))
                .isEmpty();
    }

    @Test
    void theCardsAreTidyInTheSmallestWindowAt200PercentInEnglish() throws Exception {
        open("en", 200);
        waitForTimes();
        scrollIntoView(lookup("#choices").query());
        screenshot("large-en-welcome-times");
        assertThat(interactReturning(() -> LayoutCheck.problems(stage.getScene().getRoot())))
                .isEmpty();
    }
}
