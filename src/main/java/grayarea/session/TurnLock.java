package grayarea.session;

import grayarea.session.crypto.CryptoFileException;
import grayarea.session.crypto.EncryptedFile;
import grayarea.session.crypto.KdfParams;
import grayarea.session.crypto.MasterKey;
import java.util.Arrays;
import java.util.Optional;

/**
 * A partner's turn kept under a key from that partner's own PIN, so that the other partner, who
 * uses the same computer, cannot read it: the answers are saved encrypted (the encrypted-file
 * layout of docs/formats.md, AES-256-GCM under a PBKDF2-HMAC-SHA256 key from the PIN) and are read
 * back only with the PIN. The PIN itself is not stored, nor any hash of it: the encryption's own
 * check tells a right PIN from a wrong one. A short PIN keeps out a glance, not a determined
 * attacker, who can try every PIN against the file.
 *
 * <p>A lock is either <em>open</em> (the key is in memory while its partner takes their turn) or
 * <em>closed</em> (only the sealed answers, until the PIN is typed again). Couple sessions saved
 * before the turns were encrypted (format 1) keep a salted PIN hash and plain answers; their lock
 * is a <em>legacy</em> one, checked by the hash and replaced by a real one when it opens.
 */
public final class TurnLock {

    private final byte[] sealed;
    private final MasterKey key;
    private final PinLock legacy;

    private TurnLock(byte[] sealed, MasterKey key, PinLock legacy) {
        this.sealed = sealed;
        this.key = key;
        this.legacy = legacy;
    }

    /** The answers of a turn as they were when it was opened, and the lock, now open. */
    public record Opened(TurnLock lock, Optional<byte[]> answers) {}

    /**
     * A new lock, open, for a PIN chosen at setup. The PIN is wiped afterwards.
     *
     * @param params the stretching parameters: the shipped ones from {@link Vault#newKdfParams()}
     */
    public static TurnLock create(char[] pin, KdfParams params) {
        try {
            return new TurnLock(null, MasterKey.derive(pin, params), null);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    /** A closed lock: the answers as saved, encrypted; checked enough to be opened later. */
    public static TurnLock sealed(String name, byte[] sealedAnswers) throws CryptoFileException {
        EncryptedFile.kdfParams(name, sealedAnswers);
        return new TurnLock(sealedAnswers.clone(), null, null);
    }

    /** The lock of a session saved in format 1: a PIN hash, the answers plain beside it. */
    public static TurnLock legacy(PinLock pin) {
        return new TurnLock(null, null, pin);
    }

    public boolean isOpen() {
        return key != null;
    }

    /** Whether the answers are in the file only as {@link #sealedAnswers()}. */
    public boolean isSealed() {
        return sealed != null && key == null;
    }

    /**
     * A legacy lock, whose answers are still plain in a format-1 file until its partner opens it.
     */
    public Optional<PinLock> legacyPin() {
        return Optional.ofNullable(legacy);
    }

    /** The encrypted answers of a closed lock. */
    public byte[] sealedAnswers() {
        if (!isSealed()) {
            throw new IllegalStateException("only a closed lock keeps sealed answers");
        }
        return sealed.clone();
    }

    /**
     * Opens the lock with the PIN (which is wiped afterwards): the answers decrypted, or, for a
     * legacy lock whose answers are plain already, none; either way a lock that can seal again.
     *
     * @param params the parameters for the key that replaces a legacy lock
     * @throws CryptoFileException when the PIN is not this one, or the sealed answers were changed
     */
    public Opened open(String name, char[] pin, KdfParams params) throws CryptoFileException {
        try {
            if (key != null) {
                throw new IllegalStateException("the lock is open already");
            }
            if (legacy != null) {
                if (pin.length == 0 || !legacy.matches(pin)) {
                    throw CryptoFileException.wrongPassphraseOrDamaged(name);
                }
                return new Opened(
                        new TurnLock(null, MasterKey.derive(pin, params), null), Optional.empty());
            }
            if (pin.length == 0) {
                throw CryptoFileException.wrongPassphraseOrDamaged(name);
            }
            MasterKey derived = MasterKey.derive(pin, EncryptedFile.kdfParams(name, sealed));
            try {
                byte[] answers = EncryptedFile.decrypt(name, sealed, derived);
                return new Opened(new TurnLock(null, derived, null), Optional.of(answers));
            } catch (CryptoFileException e) {
                derived.destroy();
                throw e;
            }
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    /** The answers encrypted under this open lock's key, with a fresh file key and nonce. */
    public byte[] seal(byte[] answers) {
        if (key == null) {
            throw new IllegalStateException("only an open lock seals");
        }
        return EncryptedFile.encrypt(key, answers);
    }

    /** Closes an open lock: the answers sealed one last time, the key wiped. */
    public TurnLock close(byte[] answers) {
        byte[] last = seal(answers);
        key.destroy();
        return new TurnLock(last, null, null);
    }

    /** Wipes the key of an open lock that will not be used (its answers could not be read). */
    public void wipe() {
        if (key != null) {
            key.destroy();
        }
    }

    @Override
    public String toString() {
        return "TurnLock[" + (isOpen() ? "open" : legacy != null ? "legacy" : "closed") + "]";
    }
}
