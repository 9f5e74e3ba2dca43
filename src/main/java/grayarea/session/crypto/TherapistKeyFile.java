package grayarea.session.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The therapist's key file: the private X25519 key, in an {@link EncryptedFile} under the
 * therapist's passphrase. Backing it up is copying the file; without the passphrase it is of no use
 * to anyone. Its contents are the label {@code grayarea therapist key 1} and a newline, then the
 * 32-byte raw private scalar (RFC 7748); the public key is computed from it.
 */
public final class TherapistKeyFile {

    private static final byte[] LABEL =
            "grayarea therapist key 1\n".getBytes(StandardCharsets.US_ASCII);

    private TherapistKeyFile() {}

    /** The key file's bytes: the private key encrypted under the therapist's master key. */
    public static byte[] lock(TherapistKeys keys, MasterKey key) {
        byte[] plaintext = Arrays.copyOf(LABEL, LABEL.length + X25519.KEY_LENGTH);
        System.arraycopy(keys.privateScalar(), 0, plaintext, LABEL.length, X25519.KEY_LENGTH);
        try {
            return EncryptedFile.encrypt(key, plaintext);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /**
     * The keys in a key file, from the therapist's passphrase (the file's own KDF parameters,
     * capped).
     */
    public static TherapistKeys open(String name, byte[] file, char[] passphrase)
            throws CryptoFileException {
        return keysIn(name, EncryptedFile.decrypt(name, file, passphrase));
    }

    /** The keys in a key file saved under this master key. */
    public static TherapistKeys open(String name, byte[] file, MasterKey key)
            throws CryptoFileException {
        return keysIn(name, EncryptedFile.decrypt(name, file, key));
    }

    private static TherapistKeys keysIn(String name, byte[] plaintext) throws CryptoFileException {
        try {
            if (plaintext.length != LABEL.length + X25519.KEY_LENGTH
                    || !Arrays.equals(plaintext, 0, LABEL.length, LABEL, 0, LABEL.length)) {
                throw new CryptoFileException(
                        name,
                        CryptoFileException.Reason.NOT_A_KEY_FILE,
                        "this file opened, but it is not a therapist's key file",
                        "crypto.notAKeyFile");
            }
            return TherapistKeys.fromPrivate(
                    Arrays.copyOfRange(plaintext, LABEL.length, plaintext.length));
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }
}
