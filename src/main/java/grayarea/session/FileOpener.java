package grayarea.session;

import grayarea.bank.JsonDocument;
import grayarea.bank.Message;
import grayarea.bank.Problem;
import grayarea.bank.ProblemsException;
import grayarea.session.crypto.CryptoFileException;
import grayarea.session.crypto.CryptoFiles;
import grayarea.session.crypto.CryptoFormat;
import grayarea.session.crypto.EncryptedFile;
import grayarea.session.crypto.SealedFile;
import grayarea.session.crypto.TherapistKeyFile;
import grayarea.session.crypto.TherapistKeys;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a file someone hands over, whatever its form: plain JSON, encrypted under a passphrase, or
 * sealed for a therapist (opened with their key file, itself under their passphrase). Every failure
 * is one located, calm problem that says what is missing.
 */
public final class FileOpener implements AutoCloseable {

    private final char[] passphrase;
    private final Path keyFile;
    private TherapistKeys keys;
    private boolean ownKeys;
    private Vault vault;

    /**
     * @param passphrase for encrypted files and for the key file, or null; copied (the caller wipes
     *     its own), and the copy wiped on close; each further copy handed to the crypto code is
     *     wiped after use
     * @param keyFile the therapist's key file, for sealed files, or null
     */
    public FileOpener(char[] passphrase, Path keyFile) {
        this.passphrase = passphrase == null ? null : passphrase.clone();
        this.keyFile = keyFile;
    }

    /** An opener with the therapist's keys already open (the app, after its own unlock). */
    public FileOpener(TherapistKeys keys) {
        this(null, null);
        this.keys = keys;
    }

    /**
     * Files this computer's own passphrase encrypted (a waiting room's results) open with its
     * vault, when open.
     */
    public FileOpener withVault(Vault own) {
        this.vault = own;
        return this;
    }

    /**
     * A file as opened: its JSON, and whether it really was sealed for a therapist (a sealed
     * envelope that opened with their key), whatever the JSON inside says about itself.
     */
    public record Opened(JsonDocument document, boolean sealed) {}

    public JsonDocument read(Path file) throws ProblemsException {
        return open(file).document();
    }

    /**
     * Reads the file and tells what it was: plain, encrypted, or sealed for a therapist and opened.
     */
    public Opened open(Path file) throws ProblemsException {
        String name = file.toString();
        try {
            switch (CryptoFormat.kindOf(file)) {
                case ENCRYPTED -> {
                    if (vault != null && vault.isSet() && vault.isOpen()) {
                        return new Opened(vault.read(file), false);
                    }
                    if (passphrase == null) {
                        throw problem(file, SessionMessages.of("opener.needsPassphrase"));
                    }
                    byte[] bytes = CryptoFiles.read(file);
                    char[] copy = passphrase.clone();
                    try {
                        return new Opened(
                                JsonDocument.read(name, EncryptedFile.decrypt(name, bytes, copy)),
                                false);
                    } finally {
                        Arrays.fill(copy, '\0');
                    }
                }
                case SEALED -> {
                    // only bytes that SealedFile authenticated with the therapist's key count as
                    // sealed
                    return new Opened(
                            JsonDocument.read(
                                    name,
                                    SealedFile.open(name, CryptoFiles.read(file), keys(file))),
                            true);
                }
                default -> {
                    return new Opened(JsonDocument.read(file), false);
                }
            }
        } catch (CryptoFileException e) {
            // located at the file at fault: the result, or the key file it needed
            throw new ProblemsException(Problem.atStart(e.file(), SessionMessages.of(e)));
        }
    }

    private TherapistKeys keys(Path sealed) throws ProblemsException, CryptoFileException {
        if (keys != null) {
            return keys;
        }
        if (keyFile == null) {
            throw problem(sealed, SessionMessages.of("opener.needsKey"));
        }
        if (passphrase == null) {
            throw problem(keyFile, SessionMessages.of("opener.keyNeedsPassphrase"));
        }
        String name = keyFile.toString();
        byte[] bytes = CryptoFiles.read(keyFile);
        char[] copy = passphrase.clone();
        try {
            keys = TherapistKeyFile.open(name, bytes, copy);
        } finally {
            Arrays.fill(copy, '\0');
        }
        ownKeys = true;
        return keys;
    }

    private static ProblemsException problem(Path file, Message message) {
        return new ProblemsException(Problem.atStart(file.toString(), message));
    }

    @Override
    public void close() {
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
        if (ownKeys) {
            keys.destroy();
        }
    }
}
