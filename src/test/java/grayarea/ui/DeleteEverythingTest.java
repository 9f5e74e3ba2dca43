package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.BankLoader;
import grayarea.session.SessionStore;
import grayarea.session.SettingsStore;
import java.io.IOException;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/** Settings ▸ Delete everything: a second step to confirm, then nothing of the app's is left. */
class DeleteEverythingTest extends UiTest {

    @Override
    protected void beforeOpen() throws IOException {
        prepareAnsweredSession(BankLoader.loadDefault(), "partner", SoloQuizTest::planned);
    }

    @Test
    void deleteEverythingAsksOnceMoreThenLeavesNothingAndStartsAsNew() {
        assertThat(dataFolder.resolve(SessionStore.FILE)).exists();
        clickOn("#settings");
        scrollAndClick("#delete-everything");
        assertThat(lookup("#delete-confirm-text").queryAs(Label.class).getText())
                .isEqualTo("This deletes 2 files. It cannot be undone.");
        assertThat(focused().getId())
                .as("the safe answer has the focus")
                .isEqualTo("delete-everything-no");
        screenshot("settings-delete-everything");
        scrollAndClick("#delete-everything-yes");

        assertThat(dataFolder.resolve(SessionStore.FILE)).doesNotExist();
        assertThat(dataFolder.resolve(SettingsStore.FILE)).doesNotExist();
        assertThat(lookup("#welcome-message").queryAs(Label.class).getText())
                .startsWith("2 files were deleted. Gray Area starts as new.");
        assertThat(lookup("#resume-button").tryQuery()).isEmpty();
        assertThat(lookup(".storage-box").tryQuery())
                .as("the first-run choice is asked again")
                .isPresent();
    }
}
