package grayarea.session.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM from the JDK, with the file's header as associated data: a changed header byte fails
 * the tag just as a changed ciphertext byte does. The JDK checks the tag before it gives out any
 * plaintext, so a damaged file never yields part of its contents.
 */
final class Gcm {

    static final int NONCE_LENGTH = 12;
    static final int TAG_LENGTH = 16;
    static final int KEY_LENGTH = 32;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Gcm() {}

    static byte[] random(int length) {
        byte[] out = new byte[length];
        RANDOM.nextBytes(out);
        return out;
    }

    /**
     * The header followed by the ciphertext and tag of the plaintext. The key is wiped afterwards.
     */
    static byte[] seal(byte[] key, byte[] nonce, byte[] header, byte[] plaintext) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(
                    Cipher.ENCRYPT_MODE,
                    new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_LENGTH * 8, nonce));
            cipher.updateAAD(header);
            byte[] out =
                    Arrays.copyOf(header, header.length + cipher.getOutputSize(plaintext.length));
            int written = cipher.doFinal(plaintext, 0, plaintext.length, out, header.length);
            return written == out.length - header.length
                    ? out
                    : Arrays.copyOf(out, header.length + written);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is part of every Java 17", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * The plaintext of a file whose first {@code headerLength} bytes are its header, or an
     * exception when the tag does not match (wrong key, or any byte changed). The key is wiped.
     */
    static byte[] open(byte[] key, byte[] nonce, byte[] file, int headerLength)
            throws GeneralSecurityException {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_LENGTH * 8, nonce));
            cipher.updateAAD(file, 0, headerLength);
            return cipher.doFinal(file, headerLength, file.length - headerLength);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
