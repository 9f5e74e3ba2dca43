package grayarea.session.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * A file encrypted under a passphrase, format version 1 (docs/formats.md): a 93-byte header (magic,
 * kind, version, the KDF's name, iterations and salt, an HKDF salt and a GCM nonce), then the
 * contents under AES-256-GCM with the whole header as associated data.
 *
 * <p>Each save draws a fresh 32-byte HKDF salt, from which the file's own key is derived from the
 * master key (HKDF-SHA256), and a fresh 96-bit nonce: the same contents saved twice give different
 * bytes. The KDF salt and iterations are the master key's, the same in every file saved under it,
 * so the passphrase is stretched once per unlock, not per save.
 *
 * <p>Reading refuses, before any work, a header that is not exactly right: iterations above {@link
 * KdfParams#MAX_ITERATIONS}, a wrong KDF name, a file too short for its tag. A wrong passphrase and
 * a changed byte give the same {@link CryptoFileException}.
 */
public final class EncryptedFile {

    public static final int FORMAT_VERSION = 1;

    /** Bytes before the ciphertext. */
    public static final int HEADER_LENGTH = 93;

    static final int HKDF_SALT_LENGTH = 32;
    private static final byte[] INFO =
            "grayarea encrypted file v1".getBytes(StandardCharsets.US_ASCII);

    /** The header's fields, as read. */
    private record Header(KdfParams kdf, byte[] hkdfSalt, byte[] nonce, int length) {}

    private EncryptedFile() {}

    /** The contents encrypted under the key, as a whole file: header, ciphertext, tag. */
    public static byte[] encrypt(MasterKey key, byte[] plaintext) {
        byte[] hkdfSalt = Gcm.random(HKDF_SALT_LENGTH);
        byte[] nonce = Gcm.random(Gcm.NONCE_LENGTH);
        KdfParams kdf = key.params();
        ByteBuffer header =
                HeaderReader.writer(HEADER_LENGTH, CryptoFormat.ENCRYPTED, FORMAT_VERSION);
        HeaderReader.putName(header, KdfParams.NAME);
        header.putInt(kdf.iterations()).put(kdf.salt()).put(hkdfSalt).put(nonce);
        return Gcm.seal(fileKey(key, hkdfSalt), nonce, header.array(), plaintext);
    }

    /**
     * The contents of a file saved under this key.
     *
     * @param name the file's name, for the message
     * @throws CryptoFileException when the key is not the file's (another passphrase, or the same
     *     passphrase with another salt) or any byte was changed
     */
    public static byte[] decrypt(String name, byte[] file, MasterKey key)
            throws CryptoFileException {
        Header header = header(name, file);
        if (!header.kdf().equals(key.params())) {
            throw CryptoFileException.wrongPassphraseOrDamaged(name);
        }
        return open(name, file, header, key);
    }

    /**
     * The contents of a file, from the passphrase alone: the key is derived with the file's own
     * (capped) KDF parameters, used once and wiped. For a file handed over, or read from the
     * command line; the app unlocks once with {@link #kdfParams} and {@link MasterKey#derive}.
     */
    public static byte[] decrypt(String name, byte[] file, char[] passphrase)
            throws CryptoFileException {
        Header header = header(name, file);
        if (passphrase.length == 0) {
            throw CryptoFileException.wrongPassphraseOrDamaged(name);
        }
        try (MasterKey key = MasterKey.derive(passphrase, header.kdf())) {
            return open(name, file, header, key);
        }
    }

    /** The KDF parameters in a file's header, checked and capped, to unlock with. */
    public static KdfParams kdfParams(String name, byte[] file) throws CryptoFileException {
        return header(name, file).kdf();
    }

    private static Header header(String name, byte[] file) throws CryptoFileException {
        HeaderReader in =
                new HeaderReader(name, file, CryptoFileException.wrongPassphraseOrDamaged(name));
        in.start(CryptoFormat.ENCRYPTED, FORMAT_VERSION);
        in.name(KdfParams.NAME);
        long iterations = in.u32();
        if (iterations < 1 || iterations > KdfParams.MAX_ITERATIONS) {
            throw CryptoFileException.wrongPassphraseOrDamaged(name);
        }
        KdfParams kdf = KdfParams.of((int) iterations, in.bytes(KdfParams.SALT_LENGTH));
        byte[] hkdfSalt = in.bytes(HKDF_SALT_LENGTH);
        byte[] nonce = in.bytes(Gcm.NONCE_LENGTH);
        in.require(Gcm.TAG_LENGTH);
        return new Header(kdf, hkdfSalt, nonce, in.position());
    }

    private static byte[] open(String name, byte[] file, Header header, MasterKey key)
            throws CryptoFileException {
        try {
            return Gcm.open(fileKey(key, header.hkdfSalt()), header.nonce(), file, header.length());
        } catch (GeneralSecurityException e) {
            throw CryptoFileException.wrongPassphraseOrDamaged(name);
        }
    }

    private static byte[] fileKey(MasterKey key, byte[] hkdfSalt) {
        return Hkdf.derive(hkdfSalt, key.bytes(), INFO, Gcm.KEY_LENGTH);
    }
}
