package grayarea.session;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.session.crypto.KdfParams;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppFilesTest {

    @TempDir Path home;

    @Test
    void deleteEverythingRemovesEveryFileTheAppWroteAndNothingElse() throws Exception {
        Path data = home.resolve("grayarea");
        for (String name :
                List.of(
                        "settings.json",
                        "session.json",
                        "couple.json",
                        "profile.json",
                        "waiting-room.json",
                        "session-damaged-20261128-101500.json",
                        "couple-damaged-20261128-101500-2.json",
                        ".session.json123.tmp")) {
            AtomicFiles.write(data.resolve(name), "{}".getBytes());
        }
        AtomicFiles.write(data.resolve("waiting-room").resolve("session.json"), "{}".getBytes());
        AtomicFiles.write(
                data.resolve("results").resolve("WR-7-2026-11-28T101500Z.json"), "{}".getBytes());
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
        assertThat(deleted.notOurs())
                .extracting(p -> p.getFileName().toString())
                .containsExactly("my-notes.txt", "photos");
        assertThat(home.resolve("my-notes.txt")).exists();
        assertThat(home.resolve("photos")).exists();
        assertThat(home.resolve("session.json")).doesNotExist();
    }

    /**
     * The one "Delete everything": a file that cannot go does not stop the others, and is named in
     * what comes back (the lock page's copy of this used to drop that list); the vault forgets its
     * key first.
     */
    @Test
    void deleteEverythingGoesOnPastAFileThatCannotGoAndNamesIt() throws Exception {
        Path data = home.resolve("grayarea");
        Vault vault = new Vault(data, () -> KdfParams.freshForTests(1_000));
        vault.set("plum kettle river".toCharArray());
        for (String name : List.of("settings.json", "session.json", "couple.json")) {
            AtomicFiles.write(data.resolve(name), "{}".getBytes());
        }
        Path stuck = data.resolve("session.json");

        AppFiles.Deleted deleted =
                AppFiles.deleteEverything(
                        data,
                        DiscreetDesktopEntry.of(data, key -> null, key -> null),
                        vault,
                        file -> {
                            if (file.equals(stuck)) {
                                throw new AccessDeniedException(file.toString());
                            }
                            Files.deleteIfExists(file);
                        });

        assertThat(deleted.failed()).containsExactly(stuck);
        assertThat(deleted.files())
                .isEqualTo(3); // passphrase-check.bin, couple.json, settings.json
        assertThat(stuck).exists();
        assertThat(data.resolve("couple.json")).doesNotExist();
        assertThat(data.resolve(Vault.CHECK_FILE)).doesNotExist();
        assertThat(vault.isUnlocked()).as("the key is forgotten before anything goes").isFalse();
    }
}
