package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.BankLoader;
import grayarea.bank.QuestionBank;
import grayarea.session.Settings;
import grayarea.session.SettingsStore;
import grayarea.ui.quiz.QuizState;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Where are you?": asked before the first result page, starting from the system's country, one key
 * (Enter) confirms; remembered in the settings, except in a private session; switched on the result
 * page itself, by keyboard alone.
 */
class HelpChooserTest extends UiTest {

    private static final QuestionBank BANK = BankLoader.loadDefault();

    private final Locale before = Locale.getDefault();

    @Override
    protected boolean eachTestOpensTheWindow() {
        return true;
    }

    @Override
    protected String helpRegionChosenBefore() {
        return null;
    }

    @AfterEach
    void systemLocaleBack() {
        Locale.setDefault(before);
    }

    private void finishQuiz() {
        interact(
                () -> {
                    QuizState state = new QuizState(BANK, null, "partner", "en", null);
                    flow.showResult(state);
                });
    }

    /** The help lines on the page, each as a person reads it. */
    private List<String> helpLines() {
        return lookup("#resource-lines .label").queryAll().stream()
                .map(n -> ((Label) n).getText())
                .toList();
    }

    private String helpFor() {
        return lookup("#help-for").queryAs(Label.class).getText();
    }

    @Test
    void theFirstResultAsksWhereStartingFromTheSystemsCountryAndEnterConfirms() throws Exception {
        Locale.setDefault(Locale.forLanguageTag("en-GB"));
        open(
                () ->
                        new SettingsStore(dataFolder)
                                .save(Settings.FIRST_RUN.withStorage(Settings.Storage.KEEP)));
        finishQuiz();
        assertThat(lookup("#where-are-you").tryQuery()).isPresent();
        assertThat(lookup("#result").tryQuery()).as("asked before the result").isEmpty();
        Node first = focused();
        assertThat(first.getId()).isEqualTo("where-are-you-chooser-list");
        assertThat(((ListView<?>) first).getSelectionModel().getSelectedItem()).isEqualTo("GB");
        screenshot("where-are-you");

        type(KeyCode.ENTER);
        assertThat(lookup("#result").tryQuery()).isPresent();
        assertThat(helpFor()).isEqualTo("Help for: United Kingdom");
        assertThat(helpLines()).first().asString().startsWith("•  Emergency services: call 999");
        assertThat(String.join("\n", helpLines())).contains("call 116 123").doesNotContain("911");
        assertThat(context.settings().helpRegion()).isEqualTo("GB");
        assertThat(Files.readString(dataFolder.resolve(SettingsStore.FILE)))
                .contains("\"helpRegion\" : \"GB\"");

        // remembered: the next result is not asked again
        restart();
        finishQuiz();
        assertThat(lookup("#where-are-you").tryQuery()).isEmpty();
        assertThat(helpFor()).isEqualTo("Help for: United Kingdom");
    }

    @Test
    void theArrowKeysPickAnotherCountryAndTheResultPageSwitchesItByKeyboard() throws Exception {
        Locale.setDefault(Locale.forLanguageTag("en-US"));
        open(
                () ->
                        new SettingsStore(dataFolder)
                                .save(Settings.FIRST_RUN.withStorage(Settings.Storage.KEEP)));
        finishQuiz();
        // from the United States down to Spain: US, GB, IE, CA, AU, NZ, ES
        for (int i = 0; i < 6; i++) {
            type(KeyCode.DOWN);
        }
        type(KeyCode.ENTER);
        assertThat(helpFor()).isEqualTo("Help for: Spain");
        assertThat(String.join("\n", helpLines()))
                .contains(
                        "016 – atención a todas las formas de violencia contra las mujeres (support for every form of violence against women): call 016")
                .contains("call log");

        // the switch beside the lines, reached and used by keyboard
        interact(() -> lookup("#help-change").query().requestFocus());
        type(KeyCode.SPACE);
        assertThat(focused().getId()).isEqualTo("help-where-list");
        type(KeyCode.DOWN, KeyCode.DOWN); // Mexico, then Somewhere else
        type(KeyCode.ENTER);
        assertThat(focused().getId()).as("back on the switch").isEqualTo("help-change");
        assertThat(helpFor()).isEqualTo("Wherever you are:");
        // somewhere else: the emergency advice alone (and 1.0.0's own note)
        assertThat(helpLines())
                .filteredOn(l -> l.startsWith("•  "))
                .containsExactly(
                        "•  Emergency services: contact your local emergency services \u2014"
                                + " immediate danger");
        assertThat(context.settings().helpRegion()).isEqualTo("elsewhere");
    }

    @Test
    void aPrivateSessionAsksButRemembersNothing() throws Exception {
        Locale.setDefault(Locale.forLanguageTag("en-IE"));
        open(
                () ->
                        new SettingsStore(dataFolder)
                                .save(Settings.FIRST_RUN.withStorage(Settings.Storage.PRIVATE)));
        finishQuiz();
        type(KeyCode.ENTER);
        assertThat(helpFor()).isEqualTo("Help for: Ireland");
        assertThat(context.settings().helpRegion()).as("for this run").isEqualTo("IE");
        // a private session writes no settings at all
        assertThat(dataFolder.resolve(SettingsStore.FILE)).doesNotExist();

        restart();
        finishQuiz();
        assertThat(lookup("#where-are-you").tryQuery()).as("asked again").isPresent();
    }

    @Test
    void aPrivateRunOnSomeoneElsesComputerWritesNoChoice() throws Exception {
        Locale.setDefault(Locale.forLanguageTag("es-MX"));
        open(
                () ->
                        new SettingsStore(dataFolder)
                                .save(Settings.FIRST_RUN.withStorage(Settings.Storage.KEEP)));
        interact(() -> context.setPrivateRun(true));
        finishQuiz();
        type(KeyCode.ENTER);
        assertThat(helpFor()).isEqualTo("Help for: Mexico");
        assertThat(Files.readString(dataFolder.resolve(SettingsStore.FILE)))
                .doesNotContain("helpRegion");
        interact(() -> context.setPrivateRun(false));
        assertThat(context.settings().helpRegion()).isNull();
    }

    @Test
    void escapeOrTabbingAwayFromTheOpenListPutsBackTheConfirmedCountryAndClosesIt()
            throws Exception {
        Locale.setDefault(Locale.forLanguageTag("en-GB"));
        open(
                () ->
                        new SettingsStore(dataFolder)
                                .save(Settings.FIRST_RUN.withStorage(Settings.Storage.KEEP)));
        finishQuiz();
        type(KeyCode.ENTER); // the United Kingdom
        assertThat(helpFor()).isEqualTo("Help for: United Kingdom");

        interact(() -> lookup("#help-change").query().requestFocus());
        type(KeyCode.SPACE);
        assertThat(focused().getId()).isEqualTo("help-where-list");
        type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN); // Spain
        assertThat(helpFor()).as("shown while looking").isEqualTo("Help for: Spain");
        type(KeyCode.ESCAPE);
        assertThat(helpFor()).isEqualTo("Help for: United Kingdom");
        assertThat(String.join("\n", helpLines())).contains("call 116 123").doesNotContain("016");
        assertThat(lookup("#help-where").query().isVisible()).as("the list closed").isFalse();
        assertThat(focused().getId()).as("back on the switch").isEqualTo("help-change");

        // looking again, then the keyboard leaves the list and its button
        type(KeyCode.SPACE);
        type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN);
        assertThat(helpFor()).isEqualTo("Help for: Spain");
        type(KeyCode.TAB);
        assertThat(focused().getId()).as("still choosing").isEqualTo("help-where-confirm");
        assertThat(helpFor()).isEqualTo("Help for: Spain");
        type(KeyCode.TAB);
        assertThat(helpFor()).isEqualTo("Help for: United Kingdom");
        assertThat(lookup("#help-where").query().isVisible()).isFalse();
        assertThat(allText()).doesNotContain("016 –");
        assertThat(context.settings().helpRegion()).isEqualTo("GB");

        // opened again, the list starts on the confirmed country
        interact(() -> lookup("#help-change").query().requestFocus());
        type(KeyCode.SPACE);
        assertThat(((ListView<?>) focused()).getSelectionModel().getSelectedItem()).isEqualTo("GB");
    }
}
