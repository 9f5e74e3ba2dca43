package grayarea.ui.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.session.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the help lines are for, and who remembers it. */
class HelpPlaceTest {

    @TempDir Path dataFolder;

    private AppContext keeping() throws Exception {
        AppContext context = new AppContext(dataFolder, null, () -> {});
        context.updateSettings(
                context.settings().withStorage(Settings.Storage.KEEP).withHelpRegion("IE"));
        return context;
    }

    @Test
    void aPersonsChoiceIsRemembered() throws Exception {
        AppContext context = keeping();
        HelpPlace place = HelpPlace.of(context);
        assertThat(place.region()).isEqualTo("IE");
        assertThat(place.chosen()).isTrue();
        place.choose("NZ");
        assertThat(new AppContext(dataFolder, null, () -> {}).settings().helpRegion())
                .isEqualTo("NZ");
    }

    @Test
    void aWaitingRoomClientIsAskedAndTheTherapistsSettingsStayAsTheyWere() throws Exception {
        AppContext context = keeping();
        Path settings;
        try (var files = Files.list(dataFolder)) {
            settings =
                    files.filter(f -> f.getFileName().toString().startsWith("settings"))
                            .findFirst()
                            .orElseThrow();
        }
        byte[] before = Files.readAllBytes(settings);

        HelpPlace client = HelpPlace.forAClient(context);
        assertThat(client.region()).as("starts from the therapist's country").isEqualTo("IE");
        assertThat(client.chosen()).as("each client is asked").isFalse();
        client.choose("GB");

        assertThat(client.region()).isEqualTo("GB");
        assertThat(Files.readAllBytes(settings)).isEqualTo(before);
        assertThat(context.settings().helpRegion()).isEqualTo("IE");
    }
}
