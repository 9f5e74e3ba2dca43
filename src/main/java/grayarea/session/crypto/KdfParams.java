package grayarea.session.crypto;

import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The parameters of the passphrase KDF, PBKDF2-HMAC-SHA256: the iteration count and a 16-byte salt.
 * They sit in the header of every encrypted file so the key can be derived again.
 *
 * <p>New parameters come only from {@link #fresh()}, with the shipped default of {@value
 * #DEFAULT_ITERATIONS} iterations (OWASP's floor for PBKDF2-HMAC-SHA256). Tests may ask for fewer
 * through {@link #freshForTests(int)}; an architecture test keeps every other caller away from it.
 * Parameters read from a file are capped at {@value #MAX_ITERATIONS}, so no file can freeze the
 * app.
 */
public final class KdfParams {

    /** The KDF's name, as written in file headers. */
    public static final String NAME = "PBKDF2-HMAC-SHA256";

    /** The shipped iteration count; never lower it. */
    public static final int DEFAULT_ITERATIONS = 600_000;

    /** The most iterations a file may ask for (some seconds of work, not minutes). */
    public static final int MAX_ITERATIONS = 10_000_000;

    public static final int SALT_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final byte[] salt;

    private KdfParams(int iterations, byte[] salt) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("PBKDF2 iterations must be 1 to " + MAX_ITERATIONS);
        }
        if (salt.length != SALT_LENGTH) {
            throw new IllegalArgumentException("a PBKDF2 salt is " + SALT_LENGTH + " bytes");
        }
        this.iterations = iterations;
        this.salt = salt.clone();
    }

    /** New parameters for a new passphrase: the shipped iteration count and a random salt. */
    public static KdfParams fresh() {
        return withRandomSalt(DEFAULT_ITERATIONS);
    }

    /** New parameters with a lower iteration count: for tests only, which must stay fast. */
    public static KdfParams freshForTests(int iterations) {
        return withRandomSalt(iterations);
    }

    private static KdfParams withRandomSalt(int iterations) {
        byte[] salt = new byte[SALT_LENGTH];
        RANDOM.nextBytes(salt);
        return new KdfParams(iterations, salt);
    }

    /** Parameters as read from a header; the caller has checked the bounds. */
    static KdfParams of(int iterations, byte[] salt) {
        return new KdfParams(iterations, salt);
    }

    public int iterations() {
        return iterations;
    }

    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KdfParams p
                && iterations == p.iterations
                && Arrays.equals(salt, p.salt);
    }

    @Override
    public int hashCode() {
        return 31 * iterations + Arrays.hashCode(salt);
    }

    @Override
    public String toString() {
        return NAME + "[" + iterations + " iterations]";
    }
}
