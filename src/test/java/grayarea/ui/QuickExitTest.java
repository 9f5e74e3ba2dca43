package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.session.SessionStore;
import java.nio.file.Files;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** Quick exit, as on safety websites: the button, and Shift three times. */
class QuickExitTest extends UiTest {

    @Test
    void theButtonIsFirstInTabOrderOnEveryPage() {
        // Tab from the last control of a page wraps round to the first control of the window
        interact(() -> lookup("#open-bank").query().requestFocus());
        type(KeyCode.TAB);
        assertThat(focused().getId()).isEqualTo("quick-exit");
        type(KeyCode.TAB);
        assertThat(focused().getId()).isEqualTo("theme");

        keepProgressIfAsked();
        scrollAndClick("#start-partner");
        interact(() -> lookup("#next").query().requestFocus());
        type(KeyCode.TAB);
        assertThat(focused().getId()).isEqualTo("quick-exit");
    }

    @Test
    void shiftThreeTimesCoversHidesAndQuitsWritingNothingNew() throws Exception {
        keepProgressIfAsked();
        scrollAndClick("#start-partner");
        type(KeyCode.DIGIT2);
        long saved = Files.getLastModifiedTime(dataFolder.resolve(SessionStore.FILE)).toMillis();
        String before = Files.readString(dataFolder.resolve(SessionStore.FILE));
        Node cover = lookup("#cover").query();
        type(KeyCode.SHIFT);
        type(KeyCode.SHIFT);
        type(KeyCode.SHIFT);
        assertThat(cover.isVisible()).isTrue();
        assertThat(quits.get()).as("the blank cover shows first").isZero();
        assertThat(stage.isShowing()).isTrue();
        passTime(QuickExit.COVER_TIME);
        assertThat(quits.get()).isEqualTo(1);
        assertThat(Window.getWindows()).noneMatch(Window::isShowing);
        assertThat(Files.readString(dataFolder.resolve(SessionStore.FILE))).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(dataFolder.resolve(SessionStore.FILE)).toMillis())
                .isEqualTo(saved);
    }

    @Test
    void typingCapitalsNeverTriggersIt() {
        keepProgressIfAsked();
        scrollAndClick("#start-partner");
        // Shift held with letters, three times: capitals, not a quick exit
        for (int i = 0; i < 3; i++) {
            press(KeyCode.SHIFT).type(KeyCode.A).release(KeyCode.SHIFT);
        }
        // Shift, Shift, another key, Shift: the other key starts the count again
        type(KeyCode.SHIFT);
        type(KeyCode.SHIFT);
        type(KeyCode.DIGIT1);
        type(KeyCode.SHIFT);
        passTime(QuickExit.COVER_TIME);
        assertThat(lookup("#cover").query().isVisible()).isFalse();
        assertThat(quits.get()).isZero();
    }

    @Test
    void shiftThreeTimesSpreadOverMoreThanFiveSecondsDoesNot() {
        keepProgressIfAsked();
        scrollAndClick("#start-partner");
        type(KeyCode.SHIFT);
        passTime(Duration.ofSeconds(3));
        type(KeyCode.SHIFT);
        passTime(Duration.ofMillis(ShiftTripleTap.WINDOW_MILLIS - 3_000 + 1));
        type(KeyCode.SHIFT);
        passTime(QuickExit.COVER_TIME);
        assertThat(lookup("#cover").query().isVisible()).isFalse();
        assertThat(quits.get()).isZero();
        // the third press began a new count: two more within five seconds complete it
        type(KeyCode.SHIFT);
        type(KeyCode.SHIFT);
        passTime(QuickExit.COVER_TIME);
        assertThat(quits.get()).isEqualTo(1);
    }

    @Test
    void theButtonQuitsToo() {
        clickOn("#quick-exit");
        assertThat(lookup("#cover").query().isVisible()).isTrue();
        passTime(QuickExit.COVER_TIME);
        assertThat(quits.get()).isEqualTo(1);
        assertThat(Window.getWindows()).noneMatch(Window::isShowing);
    }
}
