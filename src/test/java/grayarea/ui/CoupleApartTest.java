package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.BankLoader;
import grayarea.bank.QuestionBank;
import grayarea.session.CoupleStore;
import grayarea.session.Settings;
import grayarea.session.TurnFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

/**
 * Partners on two computers: one turn here, exported as a file, and the other's turn opened, in
 * either order.
 */
class CoupleApartTest extends UiTest {

    private static final QuestionBank BANK = BankLoader.loadDefault();

    @Test
    void onTwoComputersATurnOpenedBeforeExportingIsKeptUnderItsPinAndStillExported()
            throws Exception {
        interact(
                () -> {
                    try {
                        context.updateSettings(
                                context.settings().withStorage(Settings.Storage.KEEP));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        Path theirs = dataFolder.resolve("their-turn.json");
        TurnFile.export(
                theirs,
                BANK,
                // Sam answered the app's own bank on the other computer
                CoupleTurns.turnOf("Sam", BANK, SoloQuizTest::planned));
        keepProgressIfAsked();
        scrollAndClick("#couple");
        // two computers: this person's own name is asked for, and a PIN is typed twice
        scrollAndClick("#couple-apart");
        assertThat(lookup("#couple-error").queryAs(Label.class).getText())
                .startsWith("On two computers, type your own first name");
        assertThat(focused().getId()).isEqualTo("first-name");
        write("Sam");
        type(KeyCode.TAB);
        write("2468");
        type(KeyCode.TAB);
        write("2469");
        scrollAndClick("#couple-apart");
        assertThat(lookup("#couple-error").queryAs(Label.class).getText())
                .isEqualTo(
                        "The two PINs for Sam are not the same. Please type it again in both fields.");
        assertThat(focused().getId()).isEqualTo("first-pin");
        write("2468");
        type(KeyCode.TAB);
        write("2468");
        scrollAndClick("#couple-apart");
        waitForBackgroundWork(); // the PIN is made into a key
        new QuizDriver(this, BANK, null, CoupleModeTest::planFirst)
                .straightToEachQuestion()
                .answerPagesByKeyboard();
        type(KeyCode.ENTER); // finish my turn
        assertThat(lookup(".section-title").queryAs(Label.class).getText())
                .isEqualTo("What would you like to share with your partner?");
        type(KeyCode.ENTER); // share what is ticked
        waitForBackgroundWork(); // the turn is saved, sealed under the PIN
        assertThat(lookup("#apart-todo").queryAs(Label.class).getText())
                .startsWith("Still to do: export your turn");
        // the partner's turn first, before exporting
        filesToPick.add(theirs);
        clickOn("#open-turn");
        waitForBackgroundWork();
        assertThat(lookup("#comparison-todo").queryAs(Label.class).getText())
                .startsWith("Still to do: export your turn");
        screenshot("couple-apart-comparison");
        scrollAndClick("#comparison-done");
        assertThat(lookup("#comparison-finish-confirm").queryAs(VBox.class).isVisible()).isTrue();
        assertThat(lookup("#comparison-finish-confirm-title").queryAs(Label.class).getText())
                .as("it names what is affected")
                .isEqualTo("Your turn has not been exported yet");
        assertThat(lookup("#comparison-finish-confirm-detail").queryAs(Label.class).getText())
                .contains("locked with your PIN");
        assertThat(focused().getId())
                .as("the safe choice is focused")
                .isEqualTo("comparison-finish-confirm-keep");
        screenshot("couple-apart-finish-confirm");
        Path mine = dataFolder.resolve("out").resolve("turn-Sam.json");
        Files.createDirectories(mine.getParent());
        filesToPick.add(mine);
        type(KeyCode.ENTER); // the safe choice: back to Export, still on the comparison
        assertThat(lookup("#comparison-finish-confirm").queryAs(VBox.class).isVisible()).isFalse();
        assertThat(focused().getId()).isEqualTo("comparison-export-turn");
        type(KeyCode.ENTER);
        waitForBackgroundWork();
        assertThat(lastRequest.suggestedName()).isEqualTo("turn-Sam.json");
        assertThat(TurnFile.read(mine).turn().respondent()).isEqualTo("Sam");
        assertThat(lookup("#comparison-todo").queryAs(Label.class).getText())
                .startsWith("Your turn is exported");

        // the turn is kept under the PIN: after a restart it opens with it, and says what is left
        restart();
        keepProgressIfAsked();
        scrollAndClick("#couple");
        clickOn("#couple-resume-button");
        assertThat(lookup(".section-title").queryAs(Label.class).getText())
                .isEqualTo("Sam, your turn for two computers");
        write("2468");
        type(KeyCode.ENTER);
        waitForBackgroundWork();
        assertThat(lookup("#apart-todo").queryAs(Label.class).getText())
                .startsWith("Your turn is exported");
        // one's own turn, opened as the partner's, is refused and says why
        filesToPick.add(mine);
        clickOn("#open-turn");
        waitForBackgroundWork();
        assertThat(lookup("#apart-status").queryAs(Label.class).getText())
                .isEqualTo(
                        "This is your own turn. Open the file your partner made on their computer.");
        assertThat(Files.readString(dataFolder.resolve(CoupleStore.FILE)))
                .contains("sealedAnswers")
                .doesNotContain("\"answers\"");
        // the other order: exported first, then the partner's turn; Finish then goes without asking
        filesToPick.add(theirs);
        clickOn("#open-turn");
        waitForBackgroundWork();
        assertThat(allText())
                .contains("Where each of you draws the line")
                .doesNotContain("not available");
        assertThat(lookup("#comparison-todo").queryAs(Label.class).getText())
                .startsWith("Your turn is exported");
        scrollAndClick("#comparison-done");
        assertThat(lookup("#couple").tryQuery()).as("back on the welcome page").isPresent();
    }
}
