package grayarea.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.session.AtomicFiles;
import grayarea.session.SessionStore;
import grayarea.session.Settings;
import grayarea.session.SettingsStore;
import grayarea.ui.toolkit.AppContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings page's view model without a page: changes saved at once, the second step's words,
 * deleting.
 */
class SettingsModelsTest {

    @TempDir Path dataFolder;

    @Test
    void aChoiceIsSavedAtOnceAndDeleteEverythingSaysHowManyFilesGo() throws Exception {
        AppContext context = new AppContext(dataFolder, null, () -> {});
        context.updateSettings(context.settings().withStorage(Settings.Storage.KEEP));
        List<String> deleted = new ArrayList<>();
        SettingsViewModel model =
                new SettingsViewModel(context, () -> {}, false, deleted::add, () -> {}, () -> {});

        model.change(model.settings().withLanguage("es"));
        assertThat(new SettingsStore(dataFolder).load().language()).isEqualTo("es");
        assertThat(model.texts().get("settings.done")).isNotEqualTo("Done");

        model.change(model.settings().withLanguage("en"));
        AtomicFiles.write(dataFolder.resolve(SessionStore.FILE), "{}".getBytes());
        assertThat(model.askDelete()).contains("This deletes 2 files. It cannot be undone.");
        model.deleteEverything();
        assertThat(deleted)
                .singleElement()
                .asString()
                .startsWith("2 files were deleted. Gray Area starts as new.");
        assertThat(dataFolder.resolve(SessionStore.FILE)).doesNotExist();
        assertThat(model.deleteStatusProperty().get()).isEmpty();
    }
}
