package grayarea.session;

import grayarea.bank.Json;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A partner's PIN, kept only as a salted PBKDF2-HMAC-SHA256 hash. A short PIN keeps out a glance,
 * not a determined attacker: anyone with the file and time can try every PIN.
 *
 * @param iterations PBKDF2 rounds; read from the file but capped, so no file can freeze the app
 */
public record PinLock(byte[] salt, byte[] hash, int iterations) {

    public static final int DEFAULT_ITERATIONS = 120_000;
    public static final int MAX_ITERATIONS = 2_000_000;
    public static final int MIN_LENGTH = 4;
    public static final int SALT_LENGTH = 16;
    public static final int HASH_LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    public PinLock {
        salt = salt.clone();
        hash = hash.clone();
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range");
        }
        // a lock read from a damaged file must fail here, not later when the partner types the PIN
        if (salt.length != SALT_LENGTH || hash.length != HASH_LENGTH) {
            throw new IllegalArgumentException(
                    "a PIN lock has a "
                            + SALT_LENGTH
                            + "-byte salt and a "
                            + HASH_LENGTH
                            + "-byte hash");
        }
    }

    public static PinLock of(char[] pin) {
        return of(pin, DEFAULT_ITERATIONS);
    }

    public static PinLock of(char[] pin, int iterations) {
        byte[] salt = new byte[SALT_LENGTH];
        RANDOM.nextBytes(salt);
        return new PinLock(salt, derive(pin, salt, iterations), iterations);
    }

    /** Whether the PIN is this one; compared in constant time. */
    public boolean matches(char[] pin) {
        return MessageDigest.isEqual(hash, derive(pin, salt, iterations));
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2-HMAC-SHA256 is part of every Java 17", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** The lock as saved in a file: salt, hash and iterations. */
    public ObjectNode tree() {
        ObjectNode lock = Json.object();
        lock.put("salt", Base64.getEncoder().encodeToString(salt));
        lock.put("hash", Base64.getEncoder().encodeToString(hash));
        lock.put("iterations", iterations);
        return lock;
    }

    /**
     * A lock read from a file; throws IllegalArgumentException when it is not one (or its cost is
     * out of range).
     */
    public static PinLock fromTree(JsonNode lock) {
        return new PinLock(
                Base64.getDecoder().decode(lock.path("salt").asString("")),
                Base64.getDecoder().decode(lock.path("hash").asString("")),
                lock.path("iterations").asInt(0));
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PinLock p
                && Arrays.equals(salt, p.salt)
                && Arrays.equals(hash, p.hash)
                && iterations == p.iterations;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "PinLock[...]";
    }
}
