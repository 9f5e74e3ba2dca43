package grayarea.session.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A 256-bit key derived from a passphrase (or a partner's PIN) with PBKDF2-HMAC-SHA256, once, when
 * the person unlocks; every save then draws its own file key from it (HKDF), so saving costs no key
 * stretching. {@link #destroy()} overwrites the key: do it on lock and on exit. (The JDK's own
 * copies, inside its KDF and ciphers, are cleared by the JDK or the collector.)
 *
 * <p>For couple turns, each partner's key is one of these too, made with {@link #create(char[])}
 * from that partner's PIN or passphrase: each call draws its own salt, so two partners with the
 * same PIN still get different keys. A short PIN keeps out a glance, not a determined attacker.
 */
public final class MasterKey extends WipeableSecret {

    private static final int KEY_BITS = 256;

    private final KdfParams params;

    private MasterKey(byte[] key, KdfParams params) {
        super(key, "the key was wiped; unlock again");
        this.params = params;
    }

    /** A key for a new passphrase: fresh salt, the shipped iteration count. */
    public static MasterKey create(char[] passphrase) {
        return derive(passphrase, KdfParams.fresh());
    }

    /**
     * The key for a passphrase with the given parameters: those read from a file's header when
     * unlocking ({@link EncryptedFile#kdfParams}), or fresh ones.
     *
     * @throws IllegalArgumentException when the passphrase is empty
     */
    public static MasterKey derive(char[] passphrase, KdfParams params) {
        if (passphrase.length == 0) {
            throw new IllegalArgumentException("a passphrase cannot be empty");
        }
        return new MasterKey(pbkdf2(passphrase, params), params);
    }

    private static byte[] pbkdf2(char[] passphrase, KdfParams params) {
        byte[] salt = params.salt();
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, params.iterations(), KEY_BITS);
        try {
            SecretKey derived =
                    SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec);
            return derived.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2-HMAC-SHA256 is part of every Java 17", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** The parameters this key was derived with; every file saved with it carries them. */
    public KdfParams params() {
        return params;
    }

    /** The key itself, for this package's ciphers only. */
    byte[] bytes() {
        return secret();
    }

    @Override
    public String toString() {
        return "MasterKey[" + (isDestroyed() ? "wiped" : "...") + "]";
    }
}
