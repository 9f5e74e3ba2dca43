package grayarea.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedFilesTest {

    @TempDir Path folder;

    @Test
    void aDamagedFileSetAsideNeverReplacesOneSetAsideBefore() throws Exception {
        // damaged copies set aside earlier, under every name this second (and the next few) could
        // give
        DateTimeFormatter stamp =
                DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
        Instant now = Instant.now();
        Map<Path, String> earlier = new LinkedHashMap<>();
        for (int s = -1; s <= 5; s++) {
            Path aside =
                    folder.resolve("session-damaged-" + stamp.format(now.plusSeconds(s)) + ".json");
            earlier.put(aside, "earlier damaged copy " + s);
            Files.writeString(aside, earlier.get(aside));
        }
        Files.writeString(
                folder.resolve(SessionStore.FILE),
                "{\"kind\": \"grayarea.session\", ",
                StandardCharsets.UTF_8);

        var found = new SessionStore(folder).load();

        assertThat(found).isInstanceOf(SavedFiles.Found.Damaged.class);
        Path aside = ((SavedFiles.Found.Damaged<SoloSession>) found).setAside();
        assertThat(earlier).doesNotContainKey(aside);
        assertThat(aside.getFileName().toString())
                .matches("session-damaged-\\d{8}-\\d{6}-2\\.json");
        assertThat(Files.readString(aside)).isEqualTo("{\"kind\": \"grayarea.session\", ");
        for (var e : earlier.entrySet()) {
            assertThat(Files.readString(e.getKey())).isEqualTo(e.getValue());
        }
    }
}
