package grayarea.session;

import grayarea.bank.JsonDocument;
import grayarea.bank.Problem;
import grayarea.bank.ProblemsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Loading a file the app saved for itself (a session): nothing there, the contents, or a damaged
 * file moved aside under a dated name, never overwritten silently.
 */
public final class SavedFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** What was found. */
    public sealed interface Found<T> {
        /** No saved file. */
        record Nothing<T>() implements Found<T> {
        }

        /** The saved contents. */
        record Contents<T>(T value) implements Found<T> {
        }

        /** The saved file was damaged; it was moved to {@code setAside}, untouched. */
        record Damaged<T>(Path setAside, Problem problem) implements Found<T> {
        }
    }

    /** Reads the document into what it holds, or says what is wrong with it. */
    public interface Reader<T> {
        T read(JsonDocument document) throws ProblemsException;
    }

    private SavedFiles() {
    }

    public static <T> Found<T> load(Path file, String asidePrefix, Reader<T> reader) {
        return load(file, asidePrefix, reader, Vault.none());
    }

    /**
     * Loads through the vault: an encrypted file is decrypted first. An encrypted file that cannot be
     * opened (locked, or damaged) is left exactly where it is, never set aside: the passphrase may
     * come later, and the file is not known to be at fault.
     */
    public static <T> Found<T> load(Path file, String asidePrefix, Reader<T> reader, Vault vault) {
        if (!Files.exists(file)) {
            return new Found.Nothing<>();
        }
        JsonDocument document;
        try {
            document = vault.read(file);
        } catch (ProblemsException e) {
            if (Vault.isEncrypted(file)) {
                return new Found.Damaged<>(file, e.problems().get(0));
            }
            return setAside(file, asidePrefix, e.problems().get(0));
        }
        try {
            return new Found.Contents<>(reader.read(document));
        } catch (ProblemsException e) {
            return setAside(file, asidePrefix, e.problems().get(0));
        } catch (RuntimeException e) {
            return setAside(file, asidePrefix, Problem.atStart(file.toString(), SessionMessages.of("session.damaged")));
        }
    }

    private static <T> Found<T> setAside(Path file, String prefix, Problem problem) {
        // a name no file has yet: on Linux an atomic move silently replaces the target, and an earlier
        // damaged copy set aside in the same second would be lost
        String stamp = STAMP.format(Instant.now());
        Path aside = file.resolveSibling(prefix + stamp + ".json");
        for (int n = 2; Files.exists(aside, LinkOption.NOFOLLOW_LINKS); n++) {
            aside = file.resolveSibling(prefix + stamp + "-" + n + ".json");
        }
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            aside = file;
        }
        return new Found.Damaged<>(aside, problem);
    }
}
