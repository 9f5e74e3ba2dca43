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

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** What was found. */
    public sealed interface Found<T> {
        /** No saved file. */
        record Nothing<T>() implements Found<T> {}

        /** The saved contents. */
        record Contents<T>(T value) implements Found<T> {}

        /**
         * The saved file could not be read; it was moved to {@code setAside}, byte for byte as it
         * was, before anything new is written. If it could not be moved, {@code setAside} is the
         * file itself, left where it was ({@link #moved()} is false), and the stores write nothing
         * over it.
         */
        record Damaged<T>(Path setAside, Problem problem, boolean moved) implements Found<T> {}

        /**
         * The saved file is encrypted and the passphrase was not given: it is left exactly as it
         * is, and nothing is written over it until the passphrase opens it.
         */
        record Locked<T>(Path file, Problem problem) implements Found<T> {}
    }

    /** Reads the document into what it holds, or says what is wrong with it. */
    public interface Reader<T> {
        T read(JsonDocument document) throws ProblemsException;
    }

    private SavedFiles() {}

    public static <T> Found<T> load(Path file, String asidePrefix, Reader<T> reader) {
        return load(file, asidePrefix, reader, Vault.none());
    }

    /**
     * Loads through the vault: an encrypted file is decrypted first. An encrypted file that the
     * unlocked vault's key does not open is damaged (the key was checked when the passphrase was
     * given), so it is set aside like any unreadable file; while the vault is locked it is left
     * exactly where it is, as {@link Found.Locked}.
     */
    public static <T> Found<T> load(Path file, String asidePrefix, Reader<T> reader, Vault vault) {
        if (!Files.exists(file)) {
            return new Found.Nothing<>();
        }
        JsonDocument document;
        try {
            document = vault.read(file);
        } catch (ProblemsException e) {
            if (Vault.isEncrypted(file) && !vault.isUnlocked()) {
                return new Found.Locked<>(file, e.problems().get(0));
            }
            return setAside(file, asidePrefix, e.problems().get(0));
        }
        try {
            return new Found.Contents<>(reader.read(document));
        } catch (ProblemsException e) {
            return setAside(file, asidePrefix, e.problems().get(0));
        } catch (RuntimeException e) {
            return setAside(
                    file,
                    asidePrefix,
                    Problem.atStart(file.toString(), SessionMessages.of("session.damaged")));
        }
    }

    private static <T> Found<T> setAside(Path file, String prefix, Problem problem) {
        // a name no file has yet: on Linux an atomic move silently replaces the target, and an
        // earlier
        // damaged copy set aside in the same second would be lost
        String stamp = STAMP.format(Instant.now());
        Path aside = file.resolveSibling(prefix + stamp + ".json");
        for (int n = 2; Files.exists(aside, LinkOption.NOFOLLOW_LINKS); n++) {
            aside = file.resolveSibling(prefix + stamp + "-" + n + ".json");
        }
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            return new Found.Damaged<>(file, problem, false);
        }
        return new Found.Damaged<>(aside, problem, true);
    }
}
