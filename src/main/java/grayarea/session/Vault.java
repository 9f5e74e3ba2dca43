package grayarea.session;

import grayarea.bank.JsonDocument;
import grayarea.bank.Problem;
import grayarea.bank.ProblemsException;
import grayarea.session.crypto.CryptoFileException;
import grayarea.session.crypto.CryptoFiles;
import grayarea.session.crypto.CryptoFormat;
import grayarea.session.crypto.EncryptedFile;
import grayarea.session.crypto.MasterKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The passphrase that protects what the app keeps. When one is set, every session the app saves
 * is encrypted (AES-256-GCM under a key from the passphrase, see session.crypto), and nothing can
 * be read until {@link #unlock}: the passphrase is stretched once there, then forgotten; only the
 * key stays, in memory, until {@link #lock}. The passphrase itself is never stored: a small check
 * file, encrypted like the others, tells a right passphrase from a wrong one.
 *
 * <p>Without a passphrase the vault passes bytes through unchanged, so the stores work the same
 * either way.
 */
public final class Vault {

    /** The check file in the data folder: its presence means a passphrase is set. */
    public static final String CHECK_FILE = "passphrase-check.bin";
    /** The shortest passphrase accepted. */
    public static final int MIN_LENGTH = 8;
    private static final byte[] CHECK = "Gray Area passphrase check, format 1".getBytes(StandardCharsets.US_ASCII);

    private final Path check;
    private final java.util.function.Supplier<grayarea.session.crypto.KdfParams> newParams;
    private MasterKey key;

    public Vault(Path folder) {
        this(folder, grayarea.session.crypto.KdfParams::fresh);
    }

    /**
     * @param newParams the key-stretching parameters for a new passphrase: the shipped ones
     *                  ({@code KdfParams::fresh}, at least 600,000 iterations) everywhere but in tests,
     *                  which may lower the cost (an ArchUnit rule keeps the test-only parameters out of the app)
     */
    public Vault(Path folder, java.util.function.Supplier<grayarea.session.crypto.KdfParams> newParams) {
        this.check = folder == null ? null : folder.resolve(CHECK_FILE);
        this.newParams = newParams;
    }

    /** A vault for a folder that never has a passphrase (tests, and stores used on their own). */
    public static Vault none() {
        return new Vault(null);
    }

    /**
     * Fresh key-stretching parameters, as a new passphrase gets them: for the other keys made from
     * something a person types (a partner's PIN for their turn), so tests lower all costs in one place.
     */
    public grayarea.session.crypto.KdfParams newKdfParams() {
        return newParams.get();
    }

    /** Whether a passphrase protects the folder. */
    public boolean isSet() {
        return check != null && Files.exists(check);
    }

    /** Whether the saved files can be read now: no passphrase is set, or it was given. */
    public boolean isOpen() {
        return !isSet() || key != null;
    }

    /**
     * Unlocks with the passphrase, which is wiped afterwards.
     *
     * @throws CryptoFileException "wrong passphrase or damaged file", calmly; nothing is changed
     */
    public void unlock(char[] passphrase) throws CryptoFileException {
        try {
            String name = check.toString();
            byte[] bytes = CryptoFiles.read(check);
            MasterKey derived = MasterKey.derive(passphrase, EncryptedFile.kdfParams(name, bytes));
            try {
                EncryptedFile.decrypt(name, bytes, derived);
            } catch (CryptoFileException e) {
                derived.destroy();
                throw e;
            }
            key = derived;
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** Forgets the key: the files stay encrypted, and the next read needs the passphrase again. */
    public void lock() {
        if (key != null) {
            key.destroy();
            key = null;
        }
    }

    /**
     * Sets a passphrase for the first time and encrypts, in place and atomically, the plain files
     * listed that exist (the saved sessions). The passphrase is wiped afterwards.
     */
    public void set(char[] passphrase, List<Path> plainFiles) throws IOException {
        if (isSet()) {
            throw new IllegalStateException("a passphrase is already set");
        }
        try {
            MasterKey created = MasterKey.derive(passphrase, newParams.get());
            // the check file first: from then on the app asks for the passphrase, and a crash before
            // the files below are encrypted leaves them plain and readable, to be encrypted on their next save
            AtomicFiles.write(check, EncryptedFile.encrypt(created, CHECK));
            for (Path file : plainFiles) {
                if (Files.isRegularFile(file)) {
                    byte[] bytes = Files.readAllBytes(file);
                    if (CryptoFormat.kindOf(bytes) == CryptoFormat.Kind.OTHER) {
                        AtomicFiles.write(file, EncryptedFile.encrypt(created, bytes));
                    }
                }
            }
            key = created;
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** Writes a file the app keeps: encrypted when a passphrase is set, atomically either way. */
    public void write(Path file, byte[] plain) throws IOException {
        if (isSet() && key == null) {
            throw new IOException("Gray Area is locked; unlock it with the passphrase to save");
        }
        AtomicFiles.write(file, key == null ? plain : EncryptedFile.encrypt(key, plain));
    }

    /**
     * Reads a file the app keeps, decrypting it when it is encrypted; every failure is one located,
     * calm problem.
     */
    public JsonDocument read(Path file) throws ProblemsException {
        if (CryptoFormat.kindOf(file) != CryptoFormat.Kind.ENCRYPTED) {
            return JsonDocument.read(file);
        }
        if (key == null) {
            throw new ProblemsException(Problem.atStart(file.toString(), SessionMessages.of("vault.locked")));
        }
        try {
            byte[] plain = EncryptedFile.decrypt(file.toString(), CryptoFiles.read(file), key);
            return JsonDocument.read(file.toString(), plain);
        } catch (CryptoFileException e) {
            throw new ProblemsException(Problem.atStart(file.toString(), SessionMessages.of(e)));
        }
    }

    /** Whether the file is one this vault encrypted (so a failed read is not the file's fault to set aside). */
    public static boolean isEncrypted(Path file) {
        return CryptoFormat.kindOf(file) == CryptoFormat.Kind.ENCRYPTED;
    }
}
