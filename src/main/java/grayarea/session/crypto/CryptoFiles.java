package grayarea.session.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads an encrypted, sealed or key file whole, but never more than {@value #MAX_BYTES} bytes: a
 * file handed over cannot make the app read gigabytes into memory. Every failure is one calm {@link
 * CryptoFileException} naming the file.
 */
public final class CryptoFiles {

    /** The largest file read: twice the largest JSON file the app reads, plus room for a header. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private static final String TOO_LARGE = "the file is too large; at most 16 MB is read";
    private static final String TOO_LARGE_KEY = "crypto.tooLarge";

    private CryptoFiles() {}

    public static byte[] read(Path file) throws CryptoFileException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw unreadable(name, "this is a folder, not a file", "crypto.folder");
            }
            if (!Files.isRegularFile(file) && Files.exists(file)) {
                // a named pipe (FIFO), device or socket: opening a pipe waits for a writer, forever
                // if none comes
                throw unreadable(
                        name,
                        "this is not a regular file (it may be a pipe or a device), so it is not read",
                        "crypto.notRegular");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw unreadable(name, TOO_LARGE, TOO_LARGE_KEY);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw unreadable(name, TOO_LARGE, TOO_LARGE_KEY);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw unreadable(name, "no such file", "crypto.noSuchFile");
        } catch (IOException e) {
            throw unreadable(
                    name,
                    "the file could not be read (" + e.getClass().getSimpleName() + ")",
                    "crypto.unreadable",
                    e.getClass().getSimpleName());
        }
    }

    private static CryptoFileException unreadable(
            String name, String text, String key, Object... args) {
        return new CryptoFileException(
                name, CryptoFileException.Reason.UNREADABLE, text, key, args);
    }
}
