package grayarea.session.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.Arrays;

/**
 * A file sealed for one therapist, format version 1 (docs/formats.md): only the holder of the
 * therapist's private key can open it, and not even the person who sealed it can read it back.
 *
 * <p>Sealing draws an ephemeral X25519 key pair; its agreement with the therapist's public key
 * gives a shared secret, from which HKDF-SHA256 derives the AES-256-GCM key, salted with both
 * public keys (the ephemeral one, then the therapist's) so the key is bound to this exchange. The
 * 61-byte header (magic, kind, version, the agreement's name, the ephemeral public key and the
 * nonce) is the associated data. A wrong key and a changed byte give the same calm {@link
 * CryptoFileException}.
 */
public final class SealedFile {

    public static final int FORMAT_VERSION = 1;

    /** Bytes before the ciphertext. */
    public static final int HEADER_LENGTH = 61;

    private static final byte[] INFO =
            "grayarea sealed file v1".getBytes(StandardCharsets.US_ASCII);

    private SealedFile() {}

    /** The contents sealed for the therapist whose public key this is. */
    public static byte[] seal(TherapistPublicKey therapist, byte[] plaintext) {
        byte[] ephemeral = X25519.generatePrivate();
        byte[] ephemeralPublic = X25519.publicOf(ephemeral);
        byte[] therapistPublic = therapist.raw();
        byte[] shared;
        try {
            shared = X25519.multiply(ephemeral, therapistPublic);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("this public key cannot be sealed to", e);
        } finally {
            Arrays.fill(ephemeral, (byte) 0);
        }
        byte[] nonce = Gcm.random(Gcm.NONCE_LENGTH);
        ByteBuffer header = HeaderReader.writer(HEADER_LENGTH, CryptoFormat.SEALED, FORMAT_VERSION);
        HeaderReader.putName(header, X25519.NAME);
        header.put(ephemeralPublic).put(nonce);
        return Gcm.seal(
                key(shared, ephemeralPublic, therapistPublic), nonce, header.array(), plaintext);
    }

    /**
     * The contents of a file sealed for these keys.
     *
     * @param name the file's name, for the message
     * @throws CryptoFileException when it was sealed for another key, or any byte was changed
     */
    public static byte[] open(String name, byte[] file, TherapistKeys keys)
            throws CryptoFileException {
        CryptoFileException calm = CryptoFileException.wrongKeyOrDamaged(name);
        HeaderReader in = new HeaderReader(name, file, calm);
        in.start(CryptoFormat.SEALED, FORMAT_VERSION);
        in.name(X25519.NAME);
        byte[] ephemeralPublic = in.bytes(X25519.KEY_LENGTH);
        byte[] nonce = in.bytes(Gcm.NONCE_LENGTH);
        in.require(Gcm.TAG_LENGTH);
        int headerLength = in.position();
        try {
            byte[] shared = X25519.multiply(keys.privateScalar(), ephemeralPublic);
            return Gcm.open(
                    key(shared, ephemeralPublic, keys.publicKey().raw()),
                    nonce,
                    file,
                    headerLength);
        } catch (GeneralSecurityException e) {
            throw calm;
        }
    }

    /** HKDF-SHA256 of the shared secret, salted with both public keys; the secret is wiped. */
    private static byte[] key(byte[] shared, byte[] ephemeralPublic, byte[] therapistPublic) {
        byte[] salt = new byte[2 * X25519.KEY_LENGTH];
        System.arraycopy(ephemeralPublic, 0, salt, 0, X25519.KEY_LENGTH);
        System.arraycopy(therapistPublic, 0, salt, X25519.KEY_LENGTH, X25519.KEY_LENGTH);
        try {
            return Hkdf.derive(salt, shared, INFO, Gcm.KEY_LENGTH);
        } finally {
            Arrays.fill(shared, (byte) 0);
        }
    }
}
