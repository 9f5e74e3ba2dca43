package grayarea.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir Path folder;

    @Test
    void replacesTheFileAndLeavesNoTempFileBehind() throws IOException {
        Path file = folder.resolve("data").resolve("session.json");
        AtomicFiles.write(file, "old".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(file)).isEqualTo("new");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void createsFilesAndFoldersForTheOwnerOnly() throws IOException {
        Path file = folder.resolve("private").resolve("session.json");
        AtomicFiles.write(file, "x".getBytes(StandardCharsets.UTF_8));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void aFileOthersCouldReadIsOwnerOnlyOnceTheAppSavesIt() throws IOException {
        Path file = folder.resolve("settings.json");
        Files.writeString(file, "{}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFiles.write(
                file, "{\"kind\": \"grayarea.settings\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void aFailedWriteLeavesTheOldFileIntact() throws IOException {
        Path file = folder.resolve("session.json");
        AtomicFiles.write(file, "old".getBytes(StandardCharsets.UTF_8));
        // a folder where the file should go makes the rename fail after the temp file is written
        Path blocked = folder.resolve("blocked.json");
        Files.createDirectory(blocked);
        Files.writeString(blocked.resolve("inside"), "keeps the folder non-empty");
        assertThatThrownBy(() -> AtomicFiles.write(blocked, "new".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
        assertThat(Files.readString(file)).isEqualTo("old");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("session.json", "blocked.json");
        }
    }
}
