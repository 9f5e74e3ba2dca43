package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.BankLoader;
import grayarea.bank.QuestionBank;
import grayarea.session.TurnFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15, item 8 (first half): a partner's turn file opened through the wrong door (the welcome
 * page's "Open a hand-out or a question bank from a file…", or a double-click) is recognised and
 * leads into the couple flow for two computers, not to a question bank's schema error. After this
 * person's own turn, the file is compared at once.
 */
class TurnFileDoorTest extends UiTest {

    private static final QuestionBank BANK = BankLoader.loadDefault();
    private Path theirs;

    private Path doubleClicked;

    @Override
    protected boolean eachTestOpensTheWindow() {
        return true;
    }

    /** Sam's turn, made on Sam's computer from the shipped sample sheet. */
    private void samsTurnFile() throws IOException {
        theirs = Files.createTempDirectory("turn-").resolve("turn-Sam.json");
        // Sam answered the app's own bank on the other computer
        TurnFile.export(theirs, BANK, CoupleTurns.turnOf("Sam", BANK, SoloQuizTest::planned));
    }

    @Override
    protected Optional<Path> bankArgument() {
        return Optional.ofNullable(doubleClicked);
    }

    @Test
    void aTurnFileOpenedFromTheWelcomePageLeadsIntoTheCoupleFlowAndIsComparedAfterTheOwnTurn()
            throws Exception {
        open(this::samsTurnFile);
        filesToPick.add(theirs);
        for (int i = 0; i < 40 && !"open-bank".equals(focused().getId()); i++) {
            type(KeyCode.TAB);
        }
        assertThat(focused().getId()).isEqualTo("open-bank");
        type(KeyCode.ENTER);
        ledIntoTheCoupleFlowAndComparedAfterTheOwnTurn();
    }

    /**
     * The same door as the welcome page's, reached by a double-click: checked up to the turn's
     * first page.
     */
    @Test
    void aTurnFileOpenedByDoubleClickLeadsIntoTheCoupleFlow() throws Exception {
        open(
                () -> {
                    samsTurnFile();
                    doubleClicked = theirs; // the app starts with the file, as on a double-click
                });
        ledIntoTheCoupleFlow();
    }

    private void ledIntoTheCoupleFlowAndComparedAfterTheOwnTurn() {
        ledIntoTheCoupleFlow();
        new QuizDriver(this, BANK, null, CoupleModeTest::planFirst)
                .straightToEachQuestion()
                .answerPagesByKeyboard();
        type(KeyCode.ENTER); // finish my turn
        type(KeyCode.ENTER); // share what is ticked
        Button compare = lookup("#open-turn").queryButton();
        assertThat(compare.getText()).isEqualTo("Compare with Sam's turn");
        interact(compare::requestFocus);
        type(KeyCode.ENTER);
        waitForBackgroundWork(); // the partner's turn file is read
        assertThat(
                        lookup("#apart-status")
                                .tryQuery()
                                .map(n -> ((Label) n).isVisible())
                                .orElse(false))
                .as("no problem said")
                .isFalse();
        assertThat(lookup("Where your lines meet, and where they differ").tryQuery())
                .as("the comparison")
                .isPresent();
        assertThat(lookup("#comparison-todo").queryAs(Label.class).getText())
                .startsWith("Still to do: export your turn");
    }

    private void ledIntoTheCoupleFlow() {
        assertThat(lookup("#bank-problems").tryQuery()).as("no schema error").isEmpty();
        assertThat(lookup("#couple-message").queryAs(Label.class).getText())
                .startsWith(
                        "You opened Sam's turn from a couple session on two computers. To compare, take your own turn here first");
        assertThat(focused().getId()).isEqualTo("first-name");
        screenshot("couple-partner-turn-setup");
        write("Alex");
        assertThat(find("#first-name", TextField.class).getText()).isEqualTo("Alex");
        interact(() -> lookup("#couple-apart").query().requestFocus());
        assertThat(focused().getId()).isEqualTo("couple-apart");
        type(KeyCode.ENTER); // We are on two computers
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(
                        lookup("#couple-error")
                                .tryQuery()
                                .filter(Node::isVisible)
                                .map(n -> ((Label) n).getText()))
                .as("no problem with the setup")
                .isEmpty();
        assertThat(lookup(".section-page").tryQuery()).as("the turn begins").isPresent();
    }
}
