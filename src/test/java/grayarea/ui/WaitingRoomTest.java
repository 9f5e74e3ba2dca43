package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.BankLoader;
import grayarea.bank.QuestionBank;
import grayarea.session.HandOut;
import grayarea.session.HandOutFile;
import grayarea.session.PracticeProfile;
import grayarea.session.ResultFile;
import grayarea.session.WaitingRoomStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A therapist locks the computer to a hand-out for a client in the waiting room: full screen, no
 * closing, the lock survives a restart, the result goes to the results folder, only the PIN leaves,
 * and quick exit still works.
 */
class WaitingRoomTest extends UiTest {

    private static final QuestionBank BANK = BankLoader.loadDefault();
    private Path handOut;

    @Override
    protected void beforeOpen() throws IOException {
        handOut = dataFolder.resolve("waiting-room.grayarea");
        HandOutFile.save(handOut, new HandOut(BANK.ref(), null, "partner", List.of("behaviours"), null,
                HandOut.ClientSees.THANK_YOU, new PracticeProfile("Ana Ruiz", "Harbor Couples Therapy", null, null, List.of()),
                null, Instant.parse("2026-11-28T10:00:00Z")));
    }

    @Test
    void aWaitingRoomHoldsTheClientInTheQuizUntilTheTherapistsPin() throws Exception {
        interact(flow::showWaitingRoomSetup);
        assertThat(focused().getId()).isEqualTo("waiting-room-hand-out");
        clickOn("#waiting-room-start");
        assertThat(focused().getId()).as("the first problem takes the focus").isEqualTo("waiting-room-hand-out");
        assertThat(focused().getAccessibleText()).isEqualTo("The hand-out. Choose the hand-out the client will take.");
        filesToPick.add(handOut);
        type(KeyCode.SPACE);
        clickOn("#waiting-room-code").write("=WR 7");
        clickOn("#waiting-room-pin").write("24");
        clickOn("#waiting-room-start");
        assertThat(focused().getId()).isEqualTo("waiting-room-code");
        assertThat(lookup(".question-error").queryAll()).extracting(n -> ((Label) n).getText())
                .contains("Use only letters, digits, spaces, dots, dashes and underscores, at most 40.",
                        "The PIN needs at least 4 characters.");
        screenshot("waiting-room-setup-problems");
        interact(() -> find("#waiting-room-code", javafx.scene.control.TextField.class).setText("WR-7"));
        clickOn("#waiting-room-pin").write("68");
        clickOn("#waiting-room-pin-again").write("2468");
        type(KeyCode.ENTER);

        assertLocked();
        screenshot("waiting-room-welcome");
        clickOn("#settings");
        assertThat(lookup("#delete-everything").tryQuery()).as("nothing in a waiting room can end it").isEmpty();
        scrollAndClick("#settings-done");
        interact(() -> Event.fireEvent(stage, new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(stage.isShowing()).as("closing is refused").isTrue();

        restart();
        assertLocked();

        scrollAndClick("#start-partner");
        new QuizDriver(this, BANK, "partner", SoloQuizTest::planned).answerPagesByKeyboard();
        type(KeyCode.ENTER);
        assertThat(lookup("#waiting-room-saved").queryAs(Label.class).getText())
                .isEqualTo("Your answers have been saved for Ana Ruiz on this computer. You can leave the computer as it is.");
        assertThat(lookup("#save-for-therapist").tryQuery()).isEmpty();
        screenshot("waiting-room-done");
        Path results = dataFolder.resolve(WaitingRoomStore.RESULTS);
        List<Path> files;
        try (Stream<Path> list = Files.list(results)) {
            files = list.toList();
        }
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName().toString()).startsWith("WR-7-");
        ResultFile.Contents saved = ResultFile.read(files.get(0));
        assertThat(saved.clientCode()).isEqualTo("WR-7");
        assertThat(saved.complete()).isFalse();

        clickOn("#for-the-therapist");
        clickOn("#unlock-pin").write("1111");
        type(KeyCode.ENTER);
        assertThat(lookup("#unlock-error").queryAs(Label.class).getText()).isEqualTo("That is not the PIN. Try again, or go back.");
        screenshot("waiting-room-unlock");
        write("2468");
        type(KeyCode.ENTER);
        assertThat(lookup("#for-the-therapist").tryQuery()).isEmpty();
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(dataFolder.resolve(WaitingRoomStore.FILE)).doesNotExist();
        assertThat(lookup("#couple").tryQuery()).as("the therapist's own welcome page").isPresent();
    }

    @Test
    void quickExitStillWorksInAWaitingRoom() throws Exception {
        interact(flow::showWaitingRoomSetup);
        filesToPick.add(handOut);
        type(KeyCode.SPACE);
        clickOn("#waiting-room-pin").write("2468");
        clickOn("#waiting-room-pin-again").write("2468");
        type(KeyCode.ENTER);
        assertLocked();
        type(KeyCode.SHIFT);
        type(KeyCode.SHIFT);
        type(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quits.get()).isEqualTo(1);
        assertThat(dataFolder.resolve(WaitingRoomStore.FILE)).as("the next start returns to the lock").exists();
    }

    private void assertLocked() {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#for-the-therapist").tryQuery()).isPresent();
        assertThat(stage.isFullScreen()).as("full screen, %s x %s", stage.getWidth(), stage.getHeight()).isTrue();
        assertThat(lookup("#hand-out").tryQuery()).isPresent();
        assertThat(lookup("#open-bank").tryQuery()).isEmpty();
        assertThat(lookup("#use-default-bank").tryQuery()).isEmpty();
        assertThat(lookup("#couple").tryQuery()).isEmpty();
    }
}
