package grayarea.session;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.testing.FakeInstall;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discreet mode's per-user menu entry: written with the neutral words for the installed app only,
 * gone when discreet mode is off or everything is deleted, never written in a private session, and
 * a file someone made by hand at that place is never replaced or removed.
 */
class DiscreetDesktopEntryTest {

    private static final byte[] ICON = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
    private static final DiscreetDesktopEntry.Neutral NEUTRAL =
            new DiscreetDesktopEntry.Neutral(
                    List.of(
                            new DiscreetDesktopEntry.Words(
                                    "en", "Notes", "Notes", "Write down notes and lists"),
                            new DiscreetDesktopEntry.Words(
                                    "es", "Notas", "Notas", "Apunta notas y listas")),
                    () -> new ByteArrayInputStream(ICON));
    private static final Settings KEPT = Settings.FIRST_RUN.withStorage(Settings.Storage.KEEP);

    @TempDir Path home;
    Path data;
    Path applications;
    FakeInstall install;
    final Map<String, String> properties = new HashMap<>();
    final Map<String, String> environment = new HashMap<>();

    @BeforeEach
    void installed() throws Exception {
        data = home.resolve(".local/share/grayarea");
        applications = home.resolve(".local/share/applications");
        install = FakeInstall.in(home);
        properties.put("os.name", "Linux");
        properties.put("user.home", home.toString());
        properties.put(DiscreetDesktopEntry.APP_PATH_PROPERTY, install.launcher().toString());
    }

    private DiscreetDesktopEntry entry() {
        return DiscreetDesktopEntry.of(data, properties::get, environment::get);
    }

    private Path entryFile() {
        return applications.resolve(FakeInstall.ENTRY_ID);
    }

    @Test
    void turnedOnInTheInstalledAppItStandsInForThePackagesEntryWithTheNeutralNameAndIcon()
            throws Exception {
        assertThat(entry().follow(KEPT.withDiscreet(true), () -> NEUTRAL))
                .isEqualTo(DiscreetDesktopEntry.Outcome.WRITTEN);

        List<String> lines = Files.readAllLines(entryFile());
        assertThat(lines)
                .startsWith("[Desktop Entry]")
                .contains(
                        "Type=Application",
                        "Name=Notes",
                        "Name[es]=Notas",
                        "GenericName=Notes",
                        "GenericName[es]=Notas",
                        "Comment=Write down notes and lists",
                        "Comment[es]=Apunta notas y listas",
                        "Exec=" + install.launcher() + " %f",
                        "TryExec=" + install.launcher(),
                        "Icon=" + data.resolve("discreet-icon.png").toAbsolutePath(),
                        // a double-clicked hand-out still opens in the app; the taskbar still finds
                        // the window's entry
                        "MimeType=application/x-grayarea-handout",
                        "StartupWMClass=grayarea.ui.GrayAreaApp");
        assertThat(String.join("\n", lines))
                .doesNotContainIgnoringCase("gray area")
                .doesNotContain("self-check");
        assertThat(data.resolve("discreet-icon.png")).hasBinaryContent(ICON);
        assertThat(entry().present()).isTrue();
        assertThat(entry().follow(KEPT.withDiscreet(true), () -> NEUTRAL))
                .isEqualTo(DiscreetDesktopEntry.Outcome.UNCHANGED);
    }

    @Test
    void turnedOffTheEntryAndItsIconGo() throws Exception {
        entry().follow(KEPT.withDiscreet(true), () -> NEUTRAL);

        assertThat(entry().follow(KEPT, () -> NEUTRAL))
                .isEqualTo(DiscreetDesktopEntry.Outcome.REMOVED);
        assertThat(entryFile()).doesNotExist();
        assertThat(data.resolve("discreet-icon.png")).doesNotExist();
    }

    @Test
    void deleteEverythingRemovesTheEntryWithTheDataFolderAndCountsIt() throws Exception {
        new SettingsStore(data).save(KEPT.withDiscreet(true));
        entry().follow(KEPT.withDiscreet(true), () -> NEUTRAL);
        assertThat(AppFiles.list(data, entry()))
                .containsExactlyInAnyOrder(
                        data.resolve("settings.json"),
                        data.resolve("discreet-icon.png"),
                        entryFile());

        AppFiles.Deleted deleted = AppFiles.deleteEverything(data, entry(), Vault.none());

        assertThat(deleted.files()).isEqualTo(3);
        assertThat(entryFile()).doesNotExist();
        assertThat(data).doesNotExist();
    }

    @Test
    void aPrivateSessionWritesNoEntry() throws Exception {
        Settings privateSession =
                Settings.FIRST_RUN.withStorage(Settings.Storage.PRIVATE).withDiscreet(true);
        entry().follow(privateSession, () -> NEUTRAL);
        entry().follow(Settings.FIRST_RUN.withDiscreet(true), () -> NEUTRAL); // nothing chosen yet

        assertThat(applications).doesNotExist();
        assertThat(data).doesNotExist();
    }

    @Test
    void aPlainJarOrAnAppImageNeverInstalledWritesNoEntry() throws Exception {
        properties.remove(DiscreetDesktopEntry.APP_PATH_PROPERTY);
        assertThat(entry().installed()).isFalse();
        assertThat(entry().follow(KEPT.withDiscreet(true), () -> NEUTRAL))
                .isEqualTo(DiscreetDesktopEntry.Outcome.NOT_INSTALLED);

        // the launcher on Windows or macOS: no desktop entries there
        properties.put(DiscreetDesktopEntry.APP_PATH_PROPERTY, install.launcher().toString());
        properties.put("os.name", "Windows 11");
        assertThat(entry().installed()).isFalse();

        // jpackage's launcher on Linux, but no package put a desktop entry beside it (an app image)
        properties.put("os.name", "Linux");
        Files.delete(install.systemEntry());
        assertThat(entry().follow(KEPT.withDiscreet(true), () -> NEUTRAL))
                .isEqualTo(DiscreetDesktopEntry.Outcome.NOT_INSTALLED);
        assertThat(applications).doesNotExist();
    }

    @Test
    void anEntryMadeByHandAtThatPlaceIsNeverReplacedOrDeleted() throws Exception {
        String mine =
                "[Desktop Entry]\nType=Application\nName=My own Gray Area\nExec="
                        + install.launcher()
                        + "\n";
        Files.createDirectories(applications);
        Files.writeString(entryFile(), mine);
        AtomicFiles.write(data.resolve("settings.json"), "{}".getBytes());

        assertThat(entry().someoneElses()).isTrue();
        assertThat(entry().follow(KEPT.withDiscreet(true), () -> NEUTRAL))
                .isEqualTo(DiscreetDesktopEntry.Outcome.SOMEONE_ELSES);
        assertThat(entry().follow(KEPT, () -> NEUTRAL))
                .isEqualTo(DiscreetDesktopEntry.Outcome.UNCHANGED);
        assertThat(AppFiles.list(data, entry())).doesNotContain(entryFile());
        assertThat(AppFiles.deleteEverything(data, entry(), Vault.none()).files()).isEqualTo(1);

        assertThat(entryFile()).hasContent(mine);
    }

    @Test
    void theApplicationsFolderIsXdgDataHomesOrElseInTheHomeFolder() throws Exception {
        assertThat(entry().file())
                .contains(home.resolve(".local/share/applications").resolve(FakeInstall.ENTRY_ID));
        environment.put("XDG_DATA_HOME", home.resolve("xdg").toString());
        assertThat(entry().file())
                .contains(home.resolve("xdg/applications").resolve(FakeInstall.ENTRY_ID));
        environment.put("XDG_DATA_HOME", "relative/paths/are/ignored");
        assertThat(entry().file())
                .contains(home.resolve(".local/share/applications").resolve(FakeInstall.ENTRY_ID));
    }

    @Test
    void aLauncherPathWithSpacesOrQuotesIsQuotedAsTheDesktopEntrySpecAsks() {
        assertThat(DiscreetDesktopEntry.execArgument("/opt/grayarea/bin/grayarea"))
                .isEqualTo("/opt/grayarea/bin/grayarea");
        assertThat(DiscreetDesktopEntry.execArgument("/home/a b/Gray \"Area\"/bin/$x%"))
                .isEqualTo("\"/home/a b/Gray \\\"Area\\\"/bin/\\$x%%\"");
    }
}
