package grayarea.session.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CryptoFilesTest {

    @TempDir Path dir;

    private static String message(Path file) {
        CryptoFileException e =
                catchThrowableOfType(CryptoFileException.class, () -> CryptoFiles.read(file));
        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(CryptoFileException.Reason.UNREADABLE);
        return e.getMessage();
    }

    @Test
    void aFileIsReadWhole() throws Exception {
        Path file = Files.write(dir.resolve("a.key"), new byte[] {1, 2, 3});
        assertThat(CryptoFiles.read(file)).containsExactly(1, 2, 3);
    }

    @Test
    void aHugeFileIsRefusedWithoutBeingRead() throws Exception {
        Path file = dir.resolve("huge.key");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(4L * 1024 * 1024 * 1024);
        }
        String message = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> message(file));
        assertThat(message).isEqualTo(file + ": the file is too large; at most 16 MB is read");
    }

    @Test
    void aMissingFileAndAFolder() {
        assertThat(message(dir.resolve("gone.key")))
                .isEqualTo(dir.resolve("gone.key") + ": no such file");
        assertThat(message(dir)).isEqualTo(dir + ": this is a folder, not a file");
    }
}
