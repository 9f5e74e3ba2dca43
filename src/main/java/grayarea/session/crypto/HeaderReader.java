package grayarea.session.crypto;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads the fixed fields of an encrypted or sealed file's header. Anything out of place (a wrong
 * magic, a short file, a length or name that is not exactly the expected one) throws the reader's
 * one calm exception; only a newer format version gets its own message.
 */
final class HeaderReader {

    private final ByteBuffer buffer;
    private final String file;
    private final CryptoFileException damaged;

    HeaderReader(String file, byte[] bytes, CryptoFileException damaged) {
        this.buffer = ByteBuffer.wrap(bytes).asReadOnlyBuffer();
        this.file = file;
        this.damaged = damaged;
    }

    /** Checks the magic, the kind letter and the format version, which must be {@code known}. */
    void start(byte kind, int known) throws CryptoFileException {
        for (byte b : CryptoFormat.MAGIC) {
            if (u8() != (b & 0xFF)) {
                throw damaged;
            }
        }
        if (u8() != (kind & 0xFF)) {
            throw damaged;
        }
        int version = u8();
        if (version > known) {
            throw CryptoFileException.newerFormat(file, version, known);
        }
        if (version != known) {
            throw damaged;
        }
    }

    /** A length-prefixed ASCII name, which must be exactly this one. */
    void name(String expected) throws CryptoFileException {
        byte[] want = expected.getBytes(StandardCharsets.US_ASCII);
        if (u8() != want.length) {
            throw damaged;
        }
        for (byte b : want) {
            if (u8() != (b & 0xFF)) {
                throw damaged;
            }
        }
    }

    int u8() throws CryptoFileException {
        try {
            return buffer.get() & 0xFF;
        } catch (BufferUnderflowException e) {
            throw damaged;
        }
    }

    /** A 4-byte unsigned big-endian number. */
    long u32() throws CryptoFileException {
        try {
            return buffer.getInt() & 0xFFFF_FFFFL;
        } catch (BufferUnderflowException e) {
            throw damaged;
        }
    }

    byte[] bytes(int length) throws CryptoFileException {
        if (buffer.remaining() < length) {
            throw damaged;
        }
        byte[] out = new byte[length];
        buffer.get(out);
        return out;
    }

    /** Where the header ends and the ciphertext begins. */
    int position() {
        return buffer.position();
    }

    /** Checks that at least {@code length} bytes follow (the GCM tag, at least). */
    void require(int length) throws CryptoFileException {
        if (buffer.remaining() < length) {
            throw damaged;
        }
    }

    static ByteBuffer writer(int length, byte kind, int version) {
        ByteBuffer out = ByteBuffer.allocate(length);
        out.put(CryptoFormat.MAGIC).put(kind).put((byte) version);
        return out;
    }

    static void putName(ByteBuffer out, String name) {
        byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
        out.put((byte) bytes.length).put(bytes);
    }
}
