package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankLoader;
import grayarea.bank.QuestionBank;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** A bank opened from a file: the example intake questionnaire, and a broken bank. */
class BankFileTest extends UiTest {

    private static final Path INTAKE = Path.of("questions/examples/intake-example.json");

    @Test
    void aBankWithoutPerspectivesRunsFromAPlainStart() throws Exception {
        QuestionBank intake = BankLoader.load(INTAKE);
        filesToPick.add(INTAKE);
        scrollAndClick("#open-bank");
        assertThat(lookup("#start").tryQuery()).isPresent();
        assertThat(lookup("#start-partner").tryQuery()).isEmpty();
        screenshot("welcome-own-bank");
        scrollAndClick("#start");
        // every item "more than half the days" (2): 8 x 2 = 16, with rs5 and rs7 reversed (3 + 0 - 2 = 1): 14
        QuizDriver driver = new QuizDriver(this, intake, null, q -> q.type() == grayarea.bank.QuestionType.YES_NO
                ? Answer.answered(new AnswerValue.Choice("no"))
                : Answer.answered(new AnswerValue.Choice("more-than-half")));
        driver.answerAllByKeyboard("intake");
        type(KeyCode.ENTER);
        assertThat(lookup("#band").queryAs(Label.class).getText())
                .isEqualTo("What your answers suggest: Moderate strain (13–18)");
        assertThat(lookup("#scores-text").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .extracting(n -> ((Label) n).getText()).containsExactly("Total strain score: 14");
    }

    @Test
    void aBrokenBankListsItsProblemsAndKeepsTheBuiltInOne() throws Exception {
        Path broken = dataFolder.resolve("broken.json");
        Files.writeString(broken, Files.readString(INTAKE).replace("\"scale\": \"past-two-weeks\", \"required\": true, \"text\": \"I felt distant",
                "\"scale\": \"weeks\", \"required\": true, \"text\": \"I felt distant"));
        filesToPick.add(broken);
        scrollAndClick("#open-bank");
        String problems = lookup("#bank-problems").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + b + "\n");
        assertThat(problems).contains(broken + ":").contains("question \"rs1\" uses the unknown scale \"weeks\"");
        assertThat(lookup("#start-partner").tryQuery()).isPresent();
        screenshot("welcome-broken-bank");
    }
}
