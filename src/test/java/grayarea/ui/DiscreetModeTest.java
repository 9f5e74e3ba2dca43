package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.session.DiscreetDesktopEntry;
import grayarea.session.Settings;
import grayarea.session.SettingsStore;
import grayarea.testing.FakeInstall;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings ▸ Discreet mode: the window's title and icon, the top bar and the welcome heading turn
 * neutral at once; in the installed app (jpackage's launcher property, simulated) a per-user menu
 * entry stands in for the package's, and goes again when turned off or everything is deleted.
 */
class DiscreetModeTest extends UiTest {

    @TempDir Path elsewhere;
    private FakeInstall install;
    private Path entry;
    private final String applicationsBefore =
            System.getProperty(DiscreetDesktopEntry.APPLICATIONS_PROPERTY);

    @Override
    protected boolean eachTestOpensTheWindow() {
        return true;
    }

    /**
     * The app as installed (its launcher in a fake install), its menu entries going to a folder of
     * the test's.
     */
    private void installed() throws IOException {
        aPlainJar();
        System.setProperty(DiscreetDesktopEntry.APP_PATH_PROPERTY, install.launcher().toString());
    }

    /**
     * The app run as a plain jar: no install to write a menu entry for; menu entries would go to
     * the test's folder.
     */
    private void aPlainJar() throws IOException {
        install = FakeInstall.in(elsewhere);
        Path applications = elsewhere.resolve("applications");
        entry = applications.resolve(FakeInstall.ENTRY_ID);
        System.setProperty(DiscreetDesktopEntry.APPLICATIONS_PROPERTY, applications.toString());
    }

    private static final Settings KEPT = Settings.FIRST_RUN.withStorage(Settings.Storage.KEEP);

    /** Installed, answers kept on this computer. */
    private void installedAndKept() throws IOException {
        installed();
        new SettingsStore(dataFolder).save(KEPT);
    }

    @AfterEach
    void notInstalledAnyMore() {
        System.clearProperty(DiscreetDesktopEntry.APP_PATH_PROPERTY);
        if (applicationsBefore == null) {
            System.clearProperty(DiscreetDesktopEntry.APPLICATIONS_PROPERTY);
        } else {
            System.setProperty(DiscreetDesktopEntry.APPLICATIONS_PROPERTY, applicationsBefore);
        }
    }

    @Test
    void turnedOnByKeyboardTheWindowIsNotesAtOnceTheMenuTooAndItLastsAcrossARestart()
            throws Exception {
        open(this::installedAndKept);
        clickOn("#settings");
        choose("#discreet-on");

        assertThat(stage.getTitle()).isEqualTo("Notes");
        assertThat(find(".app-title", Label.class).getText()).isEqualTo("Notes");
        assertThat(stage.getIcons()).allMatch(DiscreetModeTest::isNotepad).hasSize(2);
        assertThat(entry)
                .content()
                .contains(
                        "Name=Notes",
                        "Name[es]=Notas",
                        "Exec=" + install.launcher() + " %f",
                        "MimeType=application/x-grayarea-handout");
        assertThat(find("#discreet-menu-entry", Label.class).getText())
                .startsWith("The desktop's menu shows it as \"Notes\" too")
                .contains(entry.toString());
        screenshot("settings-discreet");
        press("#settings-done");
        assertThat(find(".welcome-title", Label.class).getText()).isEqualTo("Notes");
        screenshot("welcome-discreet");
        assertThat(new SettingsStore(dataFolder).load().discreet()).isTrue();

        interact(() -> stage.getIcons().clear());
        restart();
        assertThat(stage.getTitle()).isEqualTo("Notes");
        assertThat(find(".app-title", Label.class).getText()).isEqualTo("Notes");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stage.getIcons().size() == 2);
        assertThat(stage.getIcons()).allMatch(DiscreetModeTest::isNotepad);

        clickOn("#settings");
        choose("#discreet-off");
        assertThat(stage.getTitle()).isEqualTo("Gray Area");
        assertThat(find(".app-title", Label.class).getText()).isEqualTo("Gray Area");
        assertThat(stage.getIcons()).noneMatch(DiscreetModeTest::isNotepad).hasSize(2);
        assertThat(entry).doesNotExist();
        assertThat(dataFolder.resolve(DiscreetDesktopEntry.ICON_FILE)).doesNotExist();
    }

    @Test
    void deleteEverythingRemovesTheMenuEntryToo() throws Exception {
        open(this::installedAndKept);
        clickOn("#settings");
        choose("#discreet-on");
        assertThat(entry).exists();
        redrawSettings();
        assertThat(find("#delete-everything", Button.class).getParent().lookupAll(".label"))
                .anyMatch(
                        l ->
                                ((Label) l)
                                        .getText()
                                        .contains(
                                                "It also removes discreet mode's menu entry, "
                                                        + entry));
        press("#delete-everything");
        assertThat(find("#delete-confirm-text", Label.class).getText())
                .as("settings, the menu entry and its icon")
                .isEqualTo("This deletes 3 files. It cannot be undone.");
        press("#delete-everything-yes");

        assertThat(entry).doesNotExist();
        assertThat(find("#welcome-message", Label.class).getText())
                .startsWith("3 files were deleted.");
        assertThat(stage.getTitle())
                .as("the window stays discreet for this run")
                .isEqualTo("Notes");
    }

    @Test
    void aPrivateSessionChangesTheWindowForThisRunAndWritesNothing() throws Exception {
        open(this::installed); // nothing kept: a first run
        interact(
                () -> {
                    try {
                        context.updateSettings(
                                context.settings().withStorage(Settings.Storage.PRIVATE));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
        clickOn("#settings");
        choose("#discreet-on");

        assertThat(stage.getTitle()).isEqualTo("Notes");
        assertThat(find("#discreet-menu-entry", Label.class).getText())
                .startsWith("In a private session nothing is written");
        assertThat(elsewhere.resolve("applications")).doesNotExist();
        assertThat(dataFolder).isEmptyDirectory();
    }

    @Test
    void aPlainJarChangesOnlyTheWindowInSpanishToo() throws Exception {
        open(
                () -> {
                    aPlainJar();
                    new SettingsStore(dataFolder).save(KEPT.withLanguage("es"));
                });
        clickOn("#settings");
        assertThat(find("#discreet-menu-entry", Label.class).getText())
                .isEqualTo(
                        "La entrada del menú solo cambia en la app instalada desde su paquete para Linux; "
                                + "aquí solo cambia la ventana.");
        choose("#discreet-on");

        assertThat(stage.getTitle()).isEqualTo("Notas");
        assertThat(find(".app-title", Label.class).getText()).isEqualTo("Notas");
        screenshot("es-settings-discreet");
        assertThat(new SettingsStore(dataFolder).load().discreet()).isTrue();
        assertThat(elsewhere.resolve("applications")).doesNotExist();
        assertThat(dataFolder.resolve(DiscreetDesktopEntry.ICON_FILE)).doesNotExist();
    }

    @Test
    void withAPassphraseTheLockedStartSaysNotesIsLocked() throws Exception {
        open(
                () -> {
                    installed();
                    new SettingsStore(dataFolder).save(KEPT.withDiscreet(true));
                    testVault().set("correct horse".toCharArray(), List.of());
                });
        assertThat(lookup("#vault-passphrase").tryQuery()).as("the start is locked").isPresent();
        assertThat(lookup(".label").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains("Notes is locked")
                .noneMatch(text -> text.contains("Gray Area"));
        assertThat(stage.getTitle()).isEqualTo("Notes");
    }

    /** Picks a choice from the keyboard: it takes the focus as Tab would give it, then Space. */
    private void choose(String query) {
        RadioButton choice = find(query, RadioButton.class);
        assertThat(choice.isFocusTraversable()).as("reachable with Tab").isTrue();
        assertThat(choice.getAccessibleHelp())
                .startsWith(context.texts().get("settings.discreet.title") + ". ");
        interact(choice::requestFocus);
        type(KeyCode.SPACE);
        assertThat(choice.isSelected()).isTrue();
    }

    /** Presses a button from the keyboard: the focus on it, then Space. */
    private void press(String query) {
        Button button = find(query, Button.class);
        interact(button::requestFocus);
        type(KeyCode.SPACE);
    }

    /**
     * Builds the settings page again, as reopening it would (it shows what is kept when it is
     * built).
     */
    private void redrawSettings() {
        interact(flow::redraw);
    }

    /**
     * The neutral notepad has a yellow band at its top; the app's own icon is a slate tile there.
     */
    private static boolean isNotepad(Image icon) {
        Color top =
                icon.getPixelReader()
                        .getColor((int) icon.getWidth() / 2, (int) (icon.getHeight() * 0.16));
        return top.getRed() > 0.8 && top.getBlue() < 0.4;
    }
}
