package grayarea.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppFilesTest {

    @TempDir
    Path home;

    @Test
    void deleteEverythingRemovesEveryFileTheAppWroteAndNothingElse() throws Exception {
        Path data = home.resolve("grayarea");
        for (String name : List.of("settings.json", "session.json", "couple.json", "profile.json", "waiting-room.json",
                "session-damaged-20261128-101500.json", "couple-damaged-20261128-101500-2.json", ".session.json123.tmp")) {
            AtomicFiles.write(data.resolve(name), "{}".getBytes());
        }
        AtomicFiles.write(data.resolve("waiting-room").resolve("session.json"), "{}".getBytes());
        AtomicFiles.write(data.resolve("results").resolve("WR-7-2026-11-28T101500Z.json"), "{}".getBytes());
        assertThat(AppFiles.list(data)).hasSize(10);

        AppFiles.Deleted deleted = AppFiles.deleteAll(data);
        assertThat(deleted.files()).isEqualTo(10);
        assertThat(deleted.failed()).isEmpty();
        assertThat(deleted.notOurs()).isEmpty();
        assertThat(data).doesNotExist();
    }

    @Test
    void someoneElsesFilesInAPortableFolderAreLeftAndCounted() throws Exception {
        AtomicFiles.write(home.resolve("session.json"), "{}".getBytes());
        Files.writeString(home.resolve("my-notes.txt"), "mine");
        Files.createDirectories(home.resolve("photos"));
        AppFiles.Deleted deleted = AppFiles.deleteAll(home);
        assertThat(deleted.files()).isEqualTo(1);
        assertThat(deleted.notOurs()).extracting(p -> p.getFileName().toString()).containsExactly("my-notes.txt", "photos");
        assertThat(home.resolve("my-notes.txt")).exists();
        assertThat(home.resolve("photos")).exists();
        assertThat(home.resolve("session.json")).doesNotExist();
    }
}
