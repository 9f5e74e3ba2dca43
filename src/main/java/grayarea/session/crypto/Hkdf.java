package grayarea.session.crypto;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with HMAC-SHA256 (RFC 5869), built on the JDK's {@code HmacSHA256}: Java 17 has no HKDF
 * class. Extract turns input key material into a pseudorandom key; expand stretches that into as
 * many bytes as asked, bound to an {@code info} label.
 */
public final class Hkdf {

    /** Length of an HMAC-SHA256 output, and so of a pseudorandom key. */
    public static final int HASH_LENGTH = 32;

    /** RFC 5869: at most 255 blocks of output. */
    public static final int MAX_LENGTH = 255 * HASH_LENGTH;

    private static final String HMAC = "HmacSHA256";

    private Hkdf() {}

    /** Extract then expand: {@code length} bytes of key from the input key material. */
    public static byte[] derive(byte[] salt, byte[] inputKeyMaterial, byte[] info, int length) {
        byte[] prk = extract(salt, inputKeyMaterial);
        try {
            return expand(prk, info, length);
        } finally {
            Arrays.fill(prk, (byte) 0);
        }
    }

    /**
     * RFC 5869 section 2.2: PRK = HMAC-Hash(salt, IKM); an empty or missing salt is HashLen zeros.
     */
    public static byte[] extract(byte[] salt, byte[] inputKeyMaterial) {
        byte[] key = salt == null || salt.length == 0 ? new byte[HASH_LENGTH] : salt;
        Mac mac = hmac(key);
        return mac.doFinal(inputKeyMaterial);
    }

    /**
     * RFC 5869 section 2.3: T(i) = HMAC-Hash(PRK, T(i-1) | info | i), the first {@code length}
     * bytes.
     */
    public static byte[] expand(byte[] prk, byte[] info, int length) {
        if (length < 0 || length > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "HKDF-SHA256 gives 0 to " + MAX_LENGTH + " bytes, not " + length);
        }
        if (prk.length < HASH_LENGTH) {
            throw new IllegalArgumentException(
                    "the pseudorandom key must be at least " + HASH_LENGTH + " bytes");
        }
        Mac mac = hmac(prk);
        byte[] out = new byte[length];
        byte[] block = new byte[0];
        int done = 0;
        for (int i = 1; done < length; i++) {
            mac.update(block);
            mac.update(info == null ? new byte[0] : info);
            mac.update((byte) i);
            Arrays.fill(block, (byte) 0);
            block = mac.doFinal();
            int n = Math.min(block.length, length - done);
            System.arraycopy(block, 0, out, done, n);
            done += n;
        }
        Arrays.fill(block, (byte) 0);
        return out;
    }

    private static Mac hmac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac;
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not a usable HMAC key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17", e);
        }
    }
}
