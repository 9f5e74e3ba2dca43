package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.BankLoader;
import grayarea.bank.QuestionBank;
import grayarea.session.SessionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Keeping progress and keeping nothing: autosave, resume after a restart, a private session. */
class SessionsTest extends UiTest {

    private static final QuestionBank BANK = BankLoader.loadDefault();

    @Test
    void everyAnswerIsThereAfterARestart() {
        keepProgressIfAsked();
        scrollAndClick("#start-self");
        for (int i = 0; i < 5; i++) {
            type(KeyCode.valueOf("DIGIT" + (i % 4 + 1)));
            type(KeyCode.TAB);
        }
        type(KeyCode.ENTER); // step 2, the safety questions
        type(KeyCode.DIGIT2); // afraid of how the partner might react: no
        // the window is gone without any goodbye: only what was saved as it was given remains
        restart();
        screenshot("resume");
        assertThat(lookup("#resume").query().isVisible()).isTrue();
        assertThat(focused().getId()).isEqualTo("resume-button");
        type(KeyCode.SPACE);
        assertThat(lookup("#step-label").queryAs(Label.class).getText()).isEqualTo("Step 2 of 9");
        assertThat(selected("safety-afraid")).isEqualTo("No");
        press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        assertThat(lookup("#step-label").queryAs(Label.class).getText()).isEqualTo("Step 1 of 9");
        assertThat(
                        List.of(
                                selected("freq-flirty-messages"),
                                selected("freq-disguised-contact"),
                                selected("freq-social-media-focus"),
                                selected("freq-hidden-messages"),
                                selected("freq-comparing")))
                .containsExactly("Never", "Rarely", "Sometimes", "Often", "Never");
    }

    @Test
    void discardingTheSavedSessionDeletesIt() {
        keepProgressIfAsked();
        scrollAndClick("#start-partner");
        type(KeyCode.DIGIT3);
        assertThat(Files.exists(dataFolder.resolve(SessionStore.FILE))).isTrue();
        restart();
        scrollAndClick("#discard-button");
        assertThat(Files.exists(dataFolder.resolve(SessionStore.FILE))).as("asked first").isTrue();
        clickOn("#confirm-discard-yes");
        assertThat(Files.exists(dataFolder.resolve(SessionStore.FILE))).isFalse();
        assertThat(lookup("#welcome-message").queryAs(Label.class).getText())
                .isEqualTo("Your saved answers were deleted.");
    }

    @Test
    void aDamagedSaveIsSetAsideNotOverwritten() throws IOException {
        keepProgressIfAsked();
        scrollAndClick("#start-partner");
        type(KeyCode.DIGIT1);
        Files.writeString(
                dataFolder.resolve(SessionStore.FILE),
                "{ \"kind\": \"grayarea.session\", \"formatV");
        restart();
        String message = lookup("#welcome-message").queryAs(Label.class).getText();
        assertThat(message)
                .startsWith(
                        "Your saved progress could not be read. It was moved to session-damaged-");
        try (var files = Files.list(dataFolder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).noneMatch(SessionStore.FILE::equals);
            assertThat(names).anyMatch(n -> n.startsWith("session-damaged-"));
        }
    }

    @Test
    void anAnswerThatCannotBeSavedIsSaidPlainlyAndKept() throws IOException {
        keepProgressIfAsked();
        scrollAndClick("#start-partner");
        // something in the way of the save file: the rename onto it fails
        Files.createDirectories(dataFolder.resolve(SessionStore.FILE).resolve("in-the-way"));
        type(KeyCode.DIGIT3);
        Label problem = lookup("#save-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText())
                .startsWith("Your last answer could not be saved to this computer (");
        assertThat(selected("freq-flirty-messages")).isEqualTo("Sometimes");
    }

    @Test
    void aPrivateSessionWritesNothingAtAll() throws IOException {
        scrollAndClick("#storage-private");
        keepProgressIfAsked();
        scrollAndClick("#start-partner");
        for (int i = 0; i < 5; i++) {
            type(KeyCode.DIGIT2);
            type(KeyCode.TAB);
        }
        type(KeyCode.ENTER);
        assertThat(lookup("#step-label").queryAs(Label.class).getText()).isEqualTo("Step 2 of 9");
        try (var files = Files.list(dataFolder)) {
            assertThat(files).isEmpty();
        }
        restart();
        assertThat(lookup("#storage").query().isVisible()).isTrue();
        assertThat(lookup("#resume").query().isVisible()).isFalse();
    }

    private String selected(String questionId) {
        return from(lookup("#q-" + questionId).<Node>query())
                .lookup(".answer-toggle")
                .queryAll()
                .stream()
                .map(n -> (ToggleButton) n)
                .filter(ToggleButton::isSelected)
                .map(ToggleButton::getText)
                .findFirst()
                .orElse(null);
    }
}
