package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.BankLoader;
import grayarea.bank.QuestionBank;
import grayarea.session.SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The result page's actions, in a small window: notes, print (as PDF here), start over. */
class ResultActionsTest extends UiTest {

    private static final QuestionBank BANK = BankLoader.loadDefault();

    @Override
    protected boolean eachTestOpensTheWindow() {
        return true;
    }

    @Test
    void notesAreKeptAndPrintingWithoutAPrinterSavesAPdf() throws Exception {
        // the welcome page as it opens in the smallest window, a quiz about a partner answered up
        // to the review
        open(() -> prepareAnsweredSession(BANK, "partner", SoloQuizTest::planned), SMALLEST);
        screenshot("small-welcome");
        scrollAndClick("#start-partner");
        clickOn("#confirm-replace-yes"); // a saved run is there: starting anew replaces it, after
        // asking
        screenshot("small-wizard");
        new QuizDriver(this, BANK, "partner", SoloQuizTest::planned)
                .straightToEachQuestion()
                .answerAllByKeyboard(null);
        type(KeyCode.ENTER);
        screenshot("small-result");

        TextArea note = lookup(".result-page .text-area").queryAs(TextArea.class);
        String reflection = note.getId().substring("note-".length());
        scrollIntoView(note);
        clickOn(note);
        write("Sunday. Дякую ¿tú?");
        assertThat(Files.readString(dataFolder.resolve(SessionStore.FILE))).contains("Sunday. ");

        Path pdf = dataFolder.resolve("out").resolve("result.pdf");
        Files.createDirectories(pdf.getParent());
        filesToPick.add(pdf);
        scrollAndClick("#print");
        waitForBackgroundWork(); // the PDF is written off the window's thread
        assertThat(lookup("#result-status").queryAs(Label.class).getText())
                .isEqualTo("Saved as PDF: " + pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Gray Area: a private look at micro-cheating");
            assertThat(text)
                    .contains(
                            BANK.reflections().stream()
                                    .filter(r -> r.id().equals(reflection))
                                    .findFirst()
                                    .orElseThrow()
                                    .text()
                                    .in("en")
                                    .replaceAll("\\s+", " "));
            assertThat(text).contains("Your note: Sunday. Дякую ¿tú?");
            assertThat(text).contains("This is a reflection aid, not a diagnosis.");
        }
    }

    @Test
    void startingOverForgetsTheSession() throws Exception {
        open(() -> prepareAnsweredSession(BANK, "self", QuizBehaviourTest::low));
        scrollAndClick("#start-self");
        clickOn("#confirm-replace-yes");
        new QuizDriver(this, BANK, "self", QuizBehaviourTest::low)
                .straightToEachQuestion()
                .answerAllByKeyboard(null);
        type(KeyCode.ENTER);
        scrollAndClick("#start-over");
        assertThat(Files.exists(dataFolder.resolve(SessionStore.FILE))).as("asked first").isTrue();
        clickOn("#confirm-start-over-yes");
        assertThat(lookup("#choices").tryQuery()).isPresent();
        assertThat(Files.exists(dataFolder.resolve(SessionStore.FILE))).isFalse();
    }
}
