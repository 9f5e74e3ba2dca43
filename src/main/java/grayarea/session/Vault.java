package grayarea.session;

import grayarea.bank.JsonDocument;
import grayarea.bank.Problem;
import grayarea.bank.ProblemsException;
import grayarea.session.crypto.CryptoFileException;
import grayarea.session.crypto.CryptoFiles;
import grayarea.session.crypto.CryptoFormat;
import grayarea.session.crypto.EncryptedFile;
import grayarea.session.crypto.KdfParams;
import grayarea.session.crypto.MasterKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The passphrase that protects what the app keeps. When one is set, every session the app saves is
 * encrypted (AES-256-GCM under a key from the passphrase, see session.crypto), and nothing can be
 * read until {@link #unlock}: the passphrase is stretched once there, then forgotten; only the key
 * stays, in memory, until {@link #lock}. The passphrase itself is never stored: a small check file,
 * encrypted like the others, tells a right passphrase from a wrong one.
 *
 * <p>The check file alone does not decide whether a passphrase is set: any file holding answers
 * ({@link AppFiles#holdingAnswers}) that is in the encrypted format does too, so deleting the check
 * file cannot switch encryption off. Unlocking then checks the passphrase against those files and
 * writes the check file again. While a passphrase is set, nothing is written plain, and an
 * encrypted file is never written over unless this key opens it (docs/decisions/0020).
 *
 * <p>Without a passphrase the vault passes bytes through unchanged, so the stores work the same
 * either way.
 */
public final class Vault {

    /** The check file in the data folder: its presence means a passphrase is set. */
    public static final String CHECK_FILE = "passphrase-check.bin";

    /** The shortest passphrase accepted. */
    public static final int MIN_LENGTH = 8;

    /**
     * At most this many different key-stretching parameters are tried in one unlock (each costs a
     * stretch).
     */
    private static final int MAX_KEYS_TRIED = 3;

    private static final byte[] CHECK =
            "Gray Area passphrase check, format 1".getBytes(StandardCharsets.US_ASCII);

    private final Path folder;
    private final Path check;
    private final Supplier<KdfParams> newParams;
    private MasterKey key;

    public Vault(Path folder) {
        this(folder, KdfParams::fresh);
    }

    /**
     * @param newParams the key-stretching parameters for a new passphrase: the shipped ones ({@code
     *     KdfParams::fresh}, at least 600,000 iterations) everywhere but in tests, which may lower
     *     the cost (an ArchUnit rule keeps the test-only parameters out of the app)
     */
    public Vault(Path folder, Supplier<KdfParams> newParams) {
        this.folder = folder;
        this.check = folder == null ? null : folder.resolve(CHECK_FILE);
        this.newParams = newParams;
    }

    /** A vault for a folder that never has a passphrase (tests, and stores used on their own). */
    public static Vault none() {
        return new Vault(null);
    }

    /**
     * Fresh key-stretching parameters, as a new passphrase gets them: for the other keys made from
     * something a person types (a partner's PIN for their turn), so tests lower all costs in one
     * place.
     */
    public KdfParams newKdfParams() {
        return newParams.get();
    }

    /**
     * Whether a passphrase protects the folder: its check file is there, or any file holding
     * answers is encrypted (the check file alone may have been deleted).
     */
    public boolean isSet() {
        if (check == null) {
            return false;
        }
        if (Files.exists(check, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        return !encryptedAnswerFiles().isEmpty();
    }

    /** Whether the saved files can be read now: no passphrase is set, or it was given. */
    public boolean isOpen() {
        return key != null || !isSet();
    }

    /**
     * Whether the passphrase was given in this run, so files encrypted under it can be read and
     * written.
     */
    public boolean isUnlocked() {
        return key != null;
    }

    /** The files holding answers that are in the encrypted format, now. */
    private List<Path> encryptedAnswerFiles() {
        try {
            return AppFiles.holdingAnswers(folder).stream()
                    .filter(f -> CryptoFormat.kindOf(f) == CryptoFormat.Kind.ENCRYPTED)
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Unlocks with the passphrase, which is wiped afterwards. The passphrase is checked against the
     * check file and, when that is missing or does not open, against the encrypted files holding
     * answers: the first that opens proves it, and the check file is written again. If none opens
     * (a wrong passphrase, or every encrypted file damaged) the vault stays locked and nothing is
     * written. Plain files holding answers found after unlocking (left by a crash while a
     * passphrase was being set) are encrypted where they are.
     *
     * @throws CryptoFileException "wrong passphrase or damaged file", calmly; nothing is changed
     */
    public void unlock(char[] passphrase) throws CryptoFileException {
        if (check == null) {
            Arrays.fill(passphrase, '\0');
            throw new IllegalStateException("this vault has no folder, so no passphrase");
        }
        Map<KdfParams, MasterKey> derived = new LinkedHashMap<>();
        MasterKey found = null;
        boolean byCheckFile = false;
        try {
            if (Files.isRegularFile(check, LinkOption.NOFOLLOW_LINKS)) {
                found = opens(check, passphrase, derived);
                byCheckFile = found != null;
            }
            // the encrypted files holding answers are tried only when the check file does not
            // settle it
            if (found == null) {
                for (Path candidate : encryptedAnswerFiles()) {
                    found = opens(candidate, passphrase, derived);
                    if (found != null) {
                        break;
                    }
                }
            }
            if (found == null) {
                throw CryptoFileException.wrongPassphraseOrDamaged(check.toString());
            }
            key = found;
        } finally {
            Arrays.fill(passphrase, '\0');
            for (MasterKey each : derived.values()) {
                if (each != found) {
                    each.destroy();
                }
            }
        }
        try {
            if (!byCheckFile) {
                // the check file was deleted or damaged: the passphrase is proven by a file it
                // opened
                AtomicFiles.write(check, EncryptedFile.encrypt(key, CHECK));
            }
            encryptPlain(key);
        } catch (IOException e) {
            // unlocked all the same; what could not be written now is tried again at the next
            // unlock,
            // and nothing holding answers is ever written plain meanwhile (see write)
        }
    }

    /**
     * The key from the passphrase that opens this encrypted file, or null. Keys are derived once
     * per set of stretching parameters (kept in {@code derived}), and for at most {@link
     * #MAX_KEYS_TRIED} sets.
     */
    private static MasterKey opens(
            Path file, char[] passphrase, Map<KdfParams, MasterKey> derived) {
        String name = file.toString();
        try {
            byte[] bytes = CryptoFiles.read(file);
            KdfParams params = EncryptedFile.kdfParams(name, bytes);
            MasterKey tried = derived.get(params);
            if (tried == null) {
                if (derived.size() >= MAX_KEYS_TRIED) {
                    return null;
                }
                tried = MasterKey.derive(passphrase, params);
                derived.put(params, tried);
            }
            EncryptedFile.decrypt(name, bytes, tried);
            return tried;
        } catch (CryptoFileException e) {
            // unreadable, a damaged header, or this passphrase does not open it
            return null;
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
     * Sets a passphrase for the first time and encrypts, in place and atomically, every plain file
     * that holds answers ({@link AppFiles#holdingAnswers}: the sessions, a waiting room's results,
     * damaged copies set aside, a save's leftover temp file), and the other plain files listed. The
     * passphrase is wiped afterwards. The earlier plain text may stay in the disk's free blocks:
     * the file system decides that, and on an SSD no program can reliably erase it.
     */
    public void set(char[] passphrase, List<Path> plainFiles) throws IOException {
        if (isSet()) {
            Arrays.fill(passphrase, '\0');
            throw new IllegalStateException("a passphrase is already set");
        }
        try {
            MasterKey created = MasterKey.derive(passphrase, newParams.get());
            // the check file first: from then on the app asks for the passphrase, and a crash
            // before
            // the files below are encrypted leaves them plain, to be encrypted at the next unlock
            AtomicFiles.write(check, EncryptedFile.encrypt(created, CHECK));
            key = created;
            for (Path file : plainFiles) {
                encryptIfPlain(created, file);
            }
            encryptPlain(created);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** Sets a passphrase for the first time and encrypts every plain file that holds answers. */
    public void set(char[] passphrase) throws IOException {
        set(passphrase, List.of());
    }

    /** Encrypts, where they are, the files holding answers that are still plain. */
    private void encryptPlain(MasterKey with) throws IOException {
        for (Path file : AppFiles.holdingAnswers(folder)) {
            encryptIfPlain(with, file);
        }
    }

    private static void encryptIfPlain(MasterKey with, Path file) throws IOException {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = Files.readAllBytes(file);
            if (CryptoFormat.kindOf(bytes) == CryptoFormat.Kind.OTHER) {
                AtomicFiles.write(file, EncryptedFile.encrypt(with, bytes));
            }
        }
    }

    /**
     * Writes a file the app keeps: encrypted when a passphrase is set, atomically either way. Never
     * plain while a passphrase is set, and never over an encrypted file this key does not open (one
     * damaged, or locked): such a file is set aside by the store's load first, and if that could
     * not be done, nothing is written.
     */
    public void write(Path file, byte[] plain) throws IOException {
        boolean overEncrypted = CryptoFormat.kindOf(file) == CryptoFormat.Kind.ENCRYPTED;
        if (key == null && (overEncrypted || isSet())) {
            throw new IOException("Gray Area is locked; unlock it with the passphrase to save");
        }
        if (overEncrypted) {
            try {
                EncryptedFile.decrypt(file.toString(), CryptoFiles.read(file), key);
            } catch (CryptoFileException e) {
                throw new IOException(
                        file
                                + " could not be read, so it was left as it is and nothing was written over it");
            }
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
            throw new ProblemsException(
                    Problem.atStart(file.toString(), SessionMessages.of("vault.locked")));
        }
        try {
            byte[] plain = EncryptedFile.decrypt(file.toString(), CryptoFiles.read(file), key);
            return JsonDocument.read(file.toString(), plain);
        } catch (CryptoFileException e) {
            throw new ProblemsException(Problem.atStart(file.toString(), SessionMessages.of(e)));
        }
    }

    /**
     * Whether the file is one this vault encrypted (so a failed read is not the file's fault to set
     * aside).
     */
    public static boolean isEncrypted(Path file) {
        return CryptoFormat.kindOf(file) == CryptoFormat.Kind.ENCRYPTED;
    }
}
