package grayarea.session.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.XECPrivateKey;
import java.security.interfaces.XECPublicKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import javax.crypto.KeyAgreement;

/**
 * X25519 (RFC 7748) from the JDK ({@code KeyPairGenerator "X25519"}, {@code KeyAgreement "XDH"}),
 * with keys as the RFC writes them: 32 raw bytes, little-endian. The JDK speaks in {@link
 * BigInteger} u-coordinates, so a raw u is read byte-reversed with its top bit masked (RFC 7748
 * section 5), and a scalar is handed over raw (the JDK clamps it).
 */
final class X25519 {

    static final int KEY_LENGTH = 32;
    static final String NAME = "X25519";
    private static final byte[] BASE_POINT = base();

    private X25519() {}

    private static byte[] base() {
        byte[] nine = new byte[KEY_LENGTH];
        nine[0] = 9;
        return nine;
    }

    /** A new random private scalar, raw. */
    static byte[] generatePrivate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(NAME).generateKeyPair();
            return ((XECPrivateKey) pair.getPrivate()).getScalar().orElseThrow();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X25519 is part of every Java 17", e);
        }
    }

    /** The public key of a private scalar: X25519(k, 9). */
    static byte[] publicOf(byte[] scalar) {
        try {
            return multiply(scalar, BASE_POINT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("the base point is never of small order", e);
        }
    }

    /**
     * The X25519 function on raw bytes: the scalar k times the point u. A u of small order (whose
     * result would be all zeros) is refused, as RFC 7748 section 6.1 allows.
     */
    static byte[] multiply(byte[] scalar, byte[] u) throws InvalidKeyException {
        try {
            KeyAgreement agreement = KeyAgreement.getInstance("XDH");
            agreement.init(privateKey(scalar));
            agreement.doPhase(publicKey(u), true);
            return agreement.generateSecret();
        } catch (InvalidKeyException e) {
            throw e;
        } catch (GeneralSecurityException | IllegalStateException e) {
            throw new InvalidKeyException("X25519 failed", e);
        }
    }

    static PrivateKey privateKey(byte[] scalar) throws GeneralSecurityException {
        return KeyFactory.getInstance("XDH")
                .generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, scalar));
    }

    static PublicKey publicKey(byte[] u) throws GeneralSecurityException {
        return KeyFactory.getInstance("XDH")
                .generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519, uOf(u)));
    }

    /**
     * A raw little-endian u-coordinate as a number, its most significant bit masked (RFC 7748,
     * section 5).
     */
    static BigInteger uOf(byte[] raw) {
        if (raw.length != KEY_LENGTH) {
            throw new IllegalArgumentException("an X25519 key is " + KEY_LENGTH + " bytes");
        }
        byte[] bigEndian = new byte[KEY_LENGTH];
        for (int i = 0; i < KEY_LENGTH; i++) {
            bigEndian[i] = raw[KEY_LENGTH - 1 - i];
        }
        bigEndian[0] &= 0x7F;
        return new BigInteger(1, bigEndian);
    }

    /** A u-coordinate as 32 raw little-endian bytes. */
    static byte[] rawOf(BigInteger u) {
        byte[] bigEndian = u.toByteArray();
        byte[] raw = new byte[KEY_LENGTH];
        for (int i = 0; i < KEY_LENGTH && i < bigEndian.length; i++) {
            raw[i] = bigEndian[bigEndian.length - 1 - i];
        }
        return raw;
    }

    /** The raw bytes of a JDK public key. */
    static byte[] rawOf(PublicKey key) {
        return rawOf(((XECPublicKey) key).getU());
    }
}
