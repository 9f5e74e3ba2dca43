package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankLoader;
import grayarea.bank.QuestionBank;
import grayarea.bank.QuestionType;
import grayarea.session.Settings;
import grayarea.session.SettingsStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A bank opened from a file: the example intake questionnaire, and a broken bank. */
class BankFileTest extends UiTest {

    private static final Path INTAKE = Path.of("questions/examples/intake-example.json");

    @Test
    void aBankWithoutPerspectivesRunsFromAPlainStart() throws Exception {
        open(BankFileTest::firstRun);
        QuestionBank intake = BankLoader.load(INTAKE);
        filesToPick.add(INTAKE);
        scrollAndClick("#open-bank");
        assertThat(lookup("#start").tryQuery()).isPresent();
        assertThat(lookup("#start-partner").tryQuery()).isEmpty();
        screenshot("welcome-own-bank");
        keepProgressIfAsked();
        scrollAndClick("#start");
        // every item "more than half the days" (2): 8 x 2 = 16, with rs5 and rs7 reversed (3 + 0 -
        // 2 = 1): 14
        QuizDriver driver =
                new QuizDriver(
                        this,
                        intake,
                        null,
                        q ->
                                q.type() == QuestionType.YES_NO
                                        ? Answer.answered(new AnswerValue.Choice("no"))
                                        : Answer.answered(
                                                new AnswerValue.Choice("more-than-half")));
        driver.answerAllByKeyboard("intake");
        type(KeyCode.ENTER);
        assertThat(lookup("#band").queryAs(Label.class).getText())
                .isEqualTo("What your answers suggest: Moderate strain (13–18)");
        assertThat(lookup("#scores-text").queryAs(VBox.class).getChildren())
                .extracting(n -> ((Label) n).getText())
                .containsExactly("Total strain score: 14");
    }

    @Override
    protected boolean eachTestOpensTheWindow() {
        return true;
    }

    /** A first run: nothing kept yet. */
    private static void firstRun() {}

    /** Answers kept on this computer, the app in Spanish. */
    private void keptInSpanish() throws IOException {
        new SettingsStore(dataFolder)
                .save(Settings.FIRST_RUN.withStorage(Settings.Storage.KEEP).withLanguage("es"));
    }

    /**
     * The intake bank with one question on a scale it does not have; the new scale's "LINE:COLUMN".
     */
    private Path brokenBank() throws IOException {
        Path broken = dataFolder.resolve("broken.json");
        String text =
                Files.readString(INTAKE)
                        .replace(
                                "\"scale\": \"past-two-weeks\", \"required\": true, \"text\": \"I felt distant",
                                "\"scale\": \"weeks\", \"required\": true, \"text\": \"I felt distant");
        Files.writeString(broken, text);
        return broken;
    }

    private static String at(Path file, String marker) throws IOException {
        String before = Files.readString(file).substring(0, Files.readString(file).indexOf(marker));
        int lineStart = before.lastIndexOf('\n') + 1;
        return (before.chars().filter(c -> c == '\n').count() + 1)
                + ":"
                + (before.length() - lineStart + 1);
    }

    /**
     * Opens a bank file from the welcome page's link. On a busy machine the click can land while
     * the page is still being laid out and be lost; it is repeated until the file dialog (here, the
     * queue) has been asked.
     */
    private void openBankFile(Path file) {
        filesToPick.add(file);
        for (int i = 0; i < 3 && filesToPick.contains(file); i++) {
            scrollAndClick("#open-bank");
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(filesToPick).as("the file dialog was asked").doesNotContain(file);
    }

    private String shownProblems() {
        return lookup("#bank-problems").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText())
                .reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void aBrokenBankListsItsProblemsAndKeepsTheBuiltInOne() throws Exception {
        open(BankFileTest::firstRun);
        Path broken = brokenBank();
        openBankFile(broken);
        assertThat(shownProblems())
                .contains(
                        broken
                                + ":"
                                + at(broken, "\"weeks\"")
                                + ": question \"rs1\" uses the unknown scale \"weeks\"\n");
        assertThat(lookup("#start-partner").tryQuery()).isPresent();
        screenshot("welcome-broken-bank");
    }

    @Test
    @DisplayName("in Spanish, a broken bank's problems are in Spanish, each still FILE:LINE:COLUMN")
    void aBrokenBankInSpanish() throws Exception {
        open(this::keptInSpanish);
        Path broken = brokenBank();
        openBankFile(broken);
        assertThat(shownProblems())
                .startsWith("Este banco de preguntas no se puede usar")
                .contains(
                        broken
                                + ":"
                                + at(broken, "\"weeks\"")
                                + ": la pregunta \"rs1\" usa la escala desconocida \"weeks\"\n");
        screenshot("es-welcome-broken-bank");
    }
}
