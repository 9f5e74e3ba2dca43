package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.session.Settings;
import grayarea.session.SettingsStore;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Language, text size and theme apply at once, and are kept when the person keeps progress. */
class SettingsTest extends UiTest {

    /** Nothing here reaches a result: the settings are as the person left them. */
    @Override
    protected String helpRegionChosenBefore() {
        return null;
    }

    @Test
    void spanishAppliesAtOnceEvenInTheMiddleOfTheQuiz() {
        keepProgressIfAsked();
        scrollAndClick("#start-partner");
        type(KeyCode.DIGIT2);
        clickOn("#settings");
        screenshot("settings");
        clickOn("#language-es");
        assertThat(lookup("#settings-done").queryAs(Labeled.class).getText()).isEqualTo("Listo");
        scrollAndClick(
                "#settings-done"); // the page is longer than the window since the passphrase and
        // delete boxes
        // the same step, the same answer, now in Spanish (the bank's own Spanish included)
        assertThat(lookup("#step-label").queryAs(Label.class).getText()).isEqualTo("Paso 1 de 9");
        assertThat(lookup("#q-freq-flirty-messages .question-text").queryAs(Label.class).getText())
                .startsWith("Hasta donde sabes, ¿con qué frecuencia tu pareja");
        assertThat(lookup("#quick-exit").queryAs(Labeled.class).getText())
                .isEqualTo("Salida rápida");
        screenshot("wizard-es");
        assertThat(flow.quiz().orElseThrow().toSheet().language()).isEqualTo("es");
        assertThat(new SettingsStore(dataFolder).load().language()).isEqualTo("es");
    }

    @Test
    void textSizeAndHighContrastApplyToTheWholeWindow() {
        clickOn("#settings");
        clickOn("#size-200");
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("text-200");
        clickOn("#theme-contrast");
        assertThat(stage.getScene().getStylesheets())
                .anyMatch(s -> s.endsWith("high-contrast.css"));
        screenshot("settings-200-contrast");
        assertThat(context.settings())
                .isEqualTo(
                        Settings.FIRST_RUN
                                .withTextSize(200)
                                .withTheme(Settings.Theme.HIGH_CONTRAST));
        clickOn("#theme-light");
        assertThat(stage.getScene().getStylesheets())
                .noneMatch(s -> s.endsWith("high-contrast.css"));
    }
}
