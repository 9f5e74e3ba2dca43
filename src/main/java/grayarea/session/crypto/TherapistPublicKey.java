package grayarea.session.crypto;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * A therapist's public X25519 key, as it travels in hand-out files: the 32 raw bytes of the
 * u-coordinate (RFC 7748), written as base64 (44 characters). Its {@link #fingerprint()} is short
 * enough to read out over the phone, so a client can check that a hand-out came from their
 * therapist: the first 10 bytes of the key's SHA-256, in base32, in four groups of four.
 */
public final class TherapistPublicKey {

    private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final int FINGERPRINT_BYTES = 10;

    private final byte[] raw;

    TherapistPublicKey(byte[] raw) {
        if (raw.length != X25519.KEY_LENGTH) {
            throw new IllegalArgumentException("an X25519 key is " + X25519.KEY_LENGTH + " bytes");
        }
        this.raw = raw.clone();
    }

    /**
     * The key written as {@link #text()}, or nothing when the text is not one: not base64 of
     * exactly 32 bytes, not in canonical form (u below 2^255 - 19), or a point of small order,
     * which would seal every file under a key anyone can compute.
     */
    public static Optional<TherapistPublicKey> parse(String text) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(text.strip().getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (raw.length != X25519.KEY_LENGTH
                || (raw[X25519.KEY_LENGTH - 1] & 0x80) != 0
                || X25519.uOf(raw).compareTo(P) >= 0) {
            return Optional.empty();
        }
        try {
            // a point of small order gives an all-zero secret, which the JDK refuses
            X25519.multiply(X25519.generatePrivate(), raw);
        } catch (InvalidKeyException e) {
            return Optional.empty();
        }
        return Optional.of(new TherapistPublicKey(raw));
    }

    /** The 32 raw bytes. */
    public byte[] raw() {
        return raw.clone();
    }

    /** The key for a hand-out file: base64 of the raw bytes. */
    public String text() {
        return Base64.getEncoder().encodeToString(raw);
    }

    /** Sixteen base32 characters in groups of four, such as {@code MZXW-6YTB-OI3T-QZLA}. */
    public String fingerprint() {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(raw);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < FINGERPRINT_BYTES; i++) {
            buffer = (buffer << 8) | (digest[i] & 0xFF);
            bits += 8;
            while (bits >= 5) {
                if (out.length() % 5 == 4) {
                    out.append('-');
                }
                out.append(BASE32[(buffer >> (bits - 5)) & 0x1F]);
                bits -= 5;
            }
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TherapistPublicKey k && Arrays.equals(raw, k.raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "TherapistPublicKey[" + fingerprint() + "]";
    }
}
