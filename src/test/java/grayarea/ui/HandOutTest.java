package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankLoader;
import grayarea.bank.JsonDocument;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.QuestionType;
import grayarea.session.HandOut;
import grayarea.session.HandOutFile;
import grayarea.session.PracticeProfile;
import grayarea.session.ResultFile;
import grayarea.session.crypto.SealedFile;
import grayarea.session.crypto.TherapistKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

/**
 * A client opens a therapist's hand-out (as on a double-click), takes that quiz, and saves the file
 * to bring back.
 */
class HandOutTest extends UiTest {

    private static final QuestionBank BANK = BankLoader.loadDefault();
    private static final TherapistKeys KEYS = TherapistKeys.generate();
    private Path handOut;

    @Override
    protected boolean eachTestOpensTheWindow() {
        return true;
    }

    /**
     * A hand-out that asks two sections and thanks the client at the end (no key: nothing is
     * sealed).
     */
    private void aHandOutWithAThankYou() throws IOException {
        handOut(List.of("behaviours", "connection"), HandOut.ClientSees.THANK_YOU, null);
    }

    /**
     * A hand-out that asks one section and shows the client their result, carrying the therapist's
     * key.
     */
    private void aHandOutWithTheTherapistsKey() throws IOException {
        handOut(List.of("behaviours"), HandOut.ClientSees.RESULT, KEYS.publicKey().text());
    }

    private void handOut(List<String> sections, HandOut.ClientSees clientSees, String key)
            throws IOException {
        handOut = dataFolder.resolve("client-C-0412.grayarea");
        HandOutFile.save(
                handOut,
                new HandOut(
                        BANK.ref(),
                        null,
                        "partner",
                        sections,
                        "C-0412",
                        clientSees,
                        new PracticeProfile(
                                "Ольга Петренко",
                                "Harbor Couples Therapy",
                                "555-0142",
                                "Take your time. There are no right answers, and you can skip what you'd rather not say.",
                                List.of(
                                        new PracticeProfile.LocalResource(
                                                "Harbor County Crisis Line",
                                                "Call 555-0199",
                                                "day and night"))),
                        key,
                        Instant.parse("2026-11-28T10:00:00Z")));
    }

    @Override
    protected Optional<Path> bankArgument() {
        return Optional.of(handOut);
    }

    private static Answer plan(Question question) {
        if (question.type() == QuestionType.TEXT) {
            return Answer.answered(new AnswerValue.FreeText("canary-private-note"));
        }
        if (question.type() == QuestionType.CHECKLIST) {
            return Answer.answered(new AnswerValue.Choices(List.of()));
        }
        if (question.type() == QuestionType.YES_NO) {
            return Answer.answered(new AnswerValue.Choice("no"));
        }
        return Answer.answered(new AnswerValue.Choice(question.options().get(1).id()));
    }

    @Test
    void aHandOutWithAThankYouAsksOnlyItsSectionsAndSavesAFileForTheTherapist() throws Exception {
        open(this::aHandOutWithAThankYou);
        assertThat(lookup("#hand-out").queryAs(VBox.class).getChildren())
                .extracting(n -> ((Labeled) n).getText())
                .first()
                .isEqualTo("A hand-out from Ольга Петренко · Harbor Couples Therapy");
        assertThat(lookup("#start-self").tryQuery())
                .as("the hand-out asks about the partner")
                .isEmpty();
        assertThat(lookup("#couple").tryQuery()).isEmpty();
        screenshot("handout-welcome");

        keepProgressIfAsked();
        scrollAndClick("#start-partner");
        int pages =
                new QuizDriver(this, BANK, "partner", HandOutTest::plan)
                        .straightToEachQuestion()
                        .answerPagesByKeyboard();
        assertThat(pages).as("behaviours, connection and, always, safety").isEqualTo(3);
        type(KeyCode.ENTER);

        assertThat(lookup(".result-title").queryAs(Label.class).getText()).isEqualTo("Thank you");
        assertThat(lookup("#band").tryQuery())
                .as("the client sees a thank-you, not the result")
                .isEmpty();
        assertThat(focused().getId()).as("the page: one key shares nothing").isEqualTo("result");
        type(KeyCode.TAB);
        assertThat(focused().getId()).isEqualTo("save-for-therapist");
        assertThat(lookup("#resource-lines").queryAs(VBox.class).getChildren())
                .extracting(n -> ((Labeled) n).getText())
                .contains(
                        "•  Harbor County Crisis Line (from Ольга Петренко): Call 555-0199 (day and night)");
        screenshot("handout-thank-you");

        Path file = dataFolder.resolve("out").resolve("for-therapist.json");
        Files.createDirectories(file.getParent());
        filesToPick.add(file);
        type(KeyCode.SPACE);
        assertThat(lookup("#result-status").queryAs(Label.class).getText())
                .isEqualTo("Saved to " + file + ". Ольга Петренко can open this file.");
        ResultFile.Contents saved = ResultFile.read(file);
        assertThat(saved.clientCode()).isEqualTo("C-0412");
        assertThat(saved.complete()).isFalse();
        assertThat(saved.answers().parts().get("partner").keySet())
                .allMatch(
                        id ->
                                List.of("behaviours", "connection")
                                        .contains(
                                                BANK.sectionOf(BANK.question(id).orElseThrow())
                                                        .id()));
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .doesNotContain("canary-private-note", "safety-afraid");
    }

    @Test
    void
            aHandOutWithTheTherapistsKeyShowsTheResultAndAsksToCompareTheFingerprintBeforeTheFirstSealedSave()
                    throws Exception {
        open(this::aHandOutWithTheTherapistsKey);
        String fingerprint = KEYS.publicKey().fingerprint();
        assertThat(lookup("#hand-out").queryAs(VBox.class).getChildren())
                .extracting(n -> ((Labeled) n).getText())
                .contains(
                        "What you save for Ольга Петренко can be sealed for the key in this hand-out, so that only"
                                + " whoever holds that key can open it. Its fingerprint, to compare with the one Ольга Петренко"
                                + " gave you: "
                                + fingerprint
                                + ".");
        keepProgressIfAsked();
        scrollAndClick("#start-partner");
        new QuizDriver(this, BANK, "partner", HandOutTest::plan)
                .straightToEachQuestion()
                .answerPagesByKeyboard();
        type(KeyCode.ENTER);
        assertThat(lookup("#band").tryQuery()).isPresent();
        assertThat(lookup("#for-therapist").tryQuery()).isPresent();
        assertThat(find("#key-check", Node.class).isVisible()).as("asked only on Save").isFalse();
        screenshot("handout-result");
        Path out = Files.createDirectories(dataFolder.resolve("out"));

        // Save for …: first the fingerprint, with the safe choice focused; Enter takes it
        interact(() -> find("#save-for-therapist", Button.class).requestFocus());
        type(KeyCode.SPACE);
        assertThat(find("#key-check", Node.class).isVisible()).isTrue();
        Label shown = find("#key-check-fingerprint", Label.class);
        assertThat(shown.getText()).isEqualTo(fingerprint);
        assertThat(shown.getStyleClass()).contains("fingerprint");
        assertThat(find("#key-check-why", Label.class).getText())
                .contains(
                        "a hand-out from someone else could pretend to be Ольга Петренко",
                        "the one Ольга Петренко gave you in person or on paper");
        assertThat(focused().getId()).isEqualTo("save-without-private");
        screenshot("handout-key-check");
        Path plain = out.resolve("plain.json");
        filesToPick.add(plain);
        type(KeyCode.ENTER);
        assertThat(lastRequest.suggestedName()).endsWith(".json");
        assertThat(lookup("#result-status").queryAs(Label.class).getText())
                .isEqualTo("Saved to " + plain + ", without your private answers.");
        String text = Files.readString(plain, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("{")
                .contains("\"contents\" : \"without-private\"", "\"clientCode\" : \"C-0412\"")
                .doesNotContain(
                        "canary-private-note", "safety-afraid", "safety-checked", "\"safety\"");
        assertThat(ResultFile.read(plain).complete()).isFalse();
        assertThat(find("#key-check", Node.class).isVisible()).isFalse();
        assertThat(focused().getId()).isEqualTo("save-for-therapist");

        // not confirmed yet: asked again; "the fingerprints match" seals everything
        type(KeyCode.SPACE);
        assertThat(focused().getId()).isEqualTo("save-without-private");
        type(KeyCode.TAB);
        assertThat(focused().getId()).isEqualTo("save-sealed");
        Path file = out.resolve("sealed.sealed");
        filesToPick.add(file);
        type(KeyCode.ENTER);
        waitForBackgroundWork(); // sealing runs off the window's thread
        assertThat(lastRequest.suggestedName()).endsWith(".sealed");
        assertThat(lookup("#result-status").queryAs(Label.class).getText())
                .isEqualTo(
                        "Saved to " + file + ", sealed for the key whose fingerprint you checked.");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
                .startsWith("GRAYAREA")
                .doesNotContain("canary");
        byte[] opened = SealedFile.open(file.toString(), bytes, KEYS);
        ResultFile.Contents saved = ResultFile.read(JsonDocument.read("sealed", opened));
        assertThat(saved.complete()).as("sealed: everything, private answers included").isTrue();
        assertThat(new String(opened, StandardCharsets.UTF_8))
                .as("the private safety answers")
                .contains("safety-afraid", "safety-checked");

        // confirmed for this key in this run: the next sealed save asks no more, even from a new
        // result page
        interact(() -> flow.backToAnswers());
        type(KeyCode.ENTER);
        assertThat(find("#key-check", Node.class).isVisible()).isFalse();
        Path again = out.resolve("again.sealed");
        filesToPick.add(again);
        interact(() -> find("#save-for-therapist", Button.class).fire());
        waitForBackgroundWork();
        assertThat(find("#key-check", Node.class).isVisible()).isFalse();
        assertThat(new String(Files.readAllBytes(again), StandardCharsets.ISO_8859_1))
                .startsWith("GRAYAREA");
    }
}
