package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.session.Settings;
import grayarea.session.SettingsStore;
import java.nio.file.Files;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;

/** Light and dark, as an app setting that is kept with the person's other settings. */
class ThemeTest extends UiTest {

    @Test
    void theThemeSwitchesAtOnceAndIsRemembered() {
        keepProgressIfAsked();
        scrollAndClick("#start-partner"); // choosing to keep progress saves the settings
        clickOn("#theme");
        assertThat(context.settings().theme()).isEqualTo(Settings.Theme.DARK);
        assertThat(lookup("#theme").queryAs(Button.class).getText()).isEqualTo("Light theme");
        screenshot("wizard-dark");
        assertThat(new SettingsStore(dataFolder).load().theme()).isEqualTo(Settings.Theme.DARK);
        restart();
        screenshot("welcome-dark");
        assertThat(context.settings().theme()).isEqualTo(Settings.Theme.DARK);
        clickOn("#theme");
        assertThat(new SettingsStore(dataFolder).load().theme()).isEqualTo(Settings.Theme.LIGHT);
    }

    @Test
    void beforeAnyChoiceNothingIsWritten() throws Exception {
        clickOn("#theme");
        try (var files = Files.list(dataFolder)) {
            assertThat(files).isEmpty();
        }
    }
}
