package grayarea.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir Path folder;

    @Test
    void everySettingComesBackAsSaved() throws Exception {
        Settings chosen =
                Settings.FIRST_RUN
                        .withStorage(Settings.Storage.KEEP)
                        .withTheme(Settings.Theme.HIGH_CONTRAST)
                        .withLanguage("es")
                        .withTextSize(175)
                        .withDiscreet(true)
                        .withIdleLock(15);
        new SettingsStore(folder).save(chosen);

        assertThat(new SettingsStore(folder).load()).isEqualTo(chosen);
        assertThat(Files.readString(folder.resolve(SettingsStore.FILE)))
                .contains("\"discreet\" : true")
                .contains("\"idleLockMinutes\" : 15");
    }

    @Test
    void anOlderFileWithoutTheNewerSettingsReadsThemAsOff() throws Exception {
        Files.writeString(
                folder.resolve(SettingsStore.FILE),
                """
                {"kind": "grayarea.settings", "formatVersion": 1, "storage": "keep", "theme": "dark",
                 "language": "en", "textSize": 125}""");

        Settings read = new SettingsStore(folder).load();

        assertThat(read.discreet()).isFalse();
        assertThat(read.idleLock()).isZero();
        assertThat(read.textSize()).isEqualTo(125);
    }

    @Test
    void anIdleTimeThatIsNotOfferedMeansNever() {
        assertThat(Settings.FIRST_RUN.withIdleLock(7).idleLock()).isZero();
        assertThat(Settings.FIRST_RUN.withIdleLock(-1).idleLock()).isZero();
    }

    @Test
    void aPrivateSessionWritesNoSettings() throws Exception {
        new SettingsStore(folder)
                .save(Settings.FIRST_RUN.withStorage(Settings.Storage.PRIVATE).withDiscreet(true));

        assertThat(folder.resolve(SettingsStore.FILE)).doesNotExist();
    }
}
