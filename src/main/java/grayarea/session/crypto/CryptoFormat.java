package grayarea.session.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells Gray Area's encrypted and sealed files from everything else by their first bytes, so a
 * reader can route a file to the right door before reading it: every such file starts with the
 * eight ASCII letters {@code GRAYAREA} and one letter for its kind, {@code E} (encrypted with a
 * passphrase) or {@code S} (sealed for a therapist's key). A JSON file can never start this way.
 * The layouts are in docs/formats.md.
 */
public final class CryptoFormat {

    /** What a file is, by its first bytes. */
    public enum Kind {
        /** Encrypted under a passphrase: open it with {@link EncryptedFile}. */
        ENCRYPTED,
        /** Sealed for a therapist: open it with {@link SealedFile}. */
        SEALED,
        /** Anything else, such as a plain JSON file. */
        OTHER
    }

    /** How many first bytes {@link #kindOf(byte[])} needs: the magic and the kind letter. */
    public static final int PREFIX_LENGTH = 9;

    static final byte[] MAGIC = "GRAYAREA".getBytes(StandardCharsets.US_ASCII);
    static final byte ENCRYPTED = 'E';
    static final byte SEALED = 'S';

    private CryptoFormat() {}

    /**
     * The kind of a file on disk, from its first bytes; a file that cannot be read, or is not a
     * regular file, counts as {@link Kind#OTHER}.
     */
    public static Kind kindOf(Path file) {
        if (!Files.isRegularFile(file)) {
            // never opened: a named pipe would wait for a writer; the reader then says what it is
            return Kind.OTHER;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return kindOf(in.readNBytes(PREFIX_LENGTH));
        } catch (IOException e) {
            return Kind.OTHER;
        }
    }

    /**
     * The kind of file that starts with these bytes (the whole file, or at least its first 9
     * bytes).
     */
    public static Kind kindOf(byte[] firstBytes) {
        if (firstBytes.length < PREFIX_LENGTH) {
            return Kind.OTHER;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (firstBytes[i] != MAGIC[i]) {
                return Kind.OTHER;
            }
        }
        return switch (firstBytes[MAGIC.length]) {
            case ENCRYPTED -> Kind.ENCRYPTED;
            case SEALED -> Kind.SEALED;
            default -> Kind.OTHER;
        };
    }
}
