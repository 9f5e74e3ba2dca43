package grayarea.session.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import grayarea.testing.TestKeys;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Files encrypted under a passphrase, read back as a person (or someone else) would hand them over.
 */
class EncryptedFileTest {

    private static final String NAME = "session.json";
    private static final String CALM = NAME + ": wrong passphrase or damaged file";
    private static final byte[] ANSWERS =
            "{\"note\": \"I miss our Sunday walks.\"}".getBytes(StandardCharsets.UTF_8);

    private final MasterKey key = TestKeys.key("correct horse battery staple");

    /** The layout of docs/formats.md: where each header field starts. */
    private static final int KIND = 8;

    private static final int VERSION = 9;
    private static final int KDF_NAME = 10;
    private static final int ITERATIONS = 29;
    private static final int KDF_SALT = 33;
    private static final int HKDF_SALT = 49;
    private static final int NONCE = 81;

    private static String message(ThrowingRead read) {
        CryptoFileException thrown = catchThrowableOfType(CryptoFileException.class, read::run);
        assertThat(thrown).as("a CryptoFileException").isNotNull();
        return thrown.getMessage();
    }

    interface ThrowingRead {
        void run() throws CryptoFileException;
    }

    @Test
    void whatWasSavedReadsBackWithTheKeyAndWithThePassphrase() throws CryptoFileException {
        byte[] file = EncryptedFile.encrypt(key, ANSWERS);
        assertThat(EncryptedFile.decrypt(NAME, file, key)).isEqualTo(ANSWERS);
        assertThat(EncryptedFile.decrypt(NAME, file, "correct horse battery staple".toCharArray()))
                .isEqualTo(ANSWERS);
        assertThat(EncryptedFile.decrypt(NAME, EncryptedFile.encrypt(key, new byte[0]), key))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "the header holds the format, the KDF and its parameters, the HKDF salt and the nonce, in the documented places")
    void theHeaderIsAsDocumented() {
        byte[] file = EncryptedFile.encrypt(key, ANSWERS);
        assertThat(new String(file, 0, 8, StandardCharsets.US_ASCII)).isEqualTo("GRAYAREA");
        assertThat((char) file[KIND]).isEqualTo('E');
        assertThat(file[VERSION]).isEqualTo((byte) 1);
        assertThat(file[KDF_NAME]).isEqualTo((byte) 18);
        assertThat(new String(file, KDF_NAME + 1, 18, StandardCharsets.US_ASCII))
                .isEqualTo("PBKDF2-HMAC-SHA256");
        assertThat(ByteBuffer.wrap(file, ITERATIONS, 4).getInt()).isEqualTo(TestKeys.ITERATIONS);
        assertThat(Arrays.copyOfRange(file, KDF_SALT, HKDF_SALT)).isEqualTo(key.params().salt());
        assertThat(file).hasSize(EncryptedFile.HEADER_LENGTH + ANSWERS.length + 16);
        assertThat(new String(file, StandardCharsets.ISO_8859_1)).doesNotContain("Sunday");
    }

    @Test
    @DisplayName(
            "the same answers saved twice: another HKDF salt, another nonce, other bytes; the same KDF salt (one unlock)")
    void theSameAnswersSavedTwiceLookNothingAlike() throws CryptoFileException {
        byte[] first = EncryptedFile.encrypt(key, ANSWERS);
        byte[] second = EncryptedFile.encrypt(key, ANSWERS);
        assertThat(Arrays.copyOfRange(second, HKDF_SALT, NONCE))
                .isNotEqualTo(Arrays.copyOfRange(first, HKDF_SALT, NONCE));
        assertThat(Arrays.copyOfRange(second, NONCE, EncryptedFile.HEADER_LENGTH))
                .isNotEqualTo(Arrays.copyOfRange(first, NONCE, EncryptedFile.HEADER_LENGTH));
        byte[] firstBody = Arrays.copyOfRange(first, EncryptedFile.HEADER_LENGTH, first.length);
        byte[] secondBody = Arrays.copyOfRange(second, EncryptedFile.HEADER_LENGTH, second.length);
        assertThat(secondBody).isNotEqualTo(firstBody);
        assertThat(Arrays.copyOfRange(second, KDF_SALT, HKDF_SALT))
                .isEqualTo(Arrays.copyOfRange(first, KDF_SALT, HKDF_SALT));
        assertThat(EncryptedFile.decrypt(NAME, second, key))
                .isEqualTo(EncryptedFile.decrypt(NAME, first, key));
    }

    @Test
    void aWrongPassphraseGivesTheCalmMessage() {
        byte[] file = EncryptedFile.encrypt(key, ANSWERS);
        assertThat(
                        message(
                                () ->
                                        EncryptedFile.decrypt(
                                                NAME,
                                                file,
                                                "correct horse battery stapler".toCharArray())))
                .isEqualTo(CALM);
        assertThat(message(() -> EncryptedFile.decrypt(NAME, file, new char[0]))).isEqualTo(CALM);
        assertThat(
                        message(
                                () ->
                                        EncryptedFile.decrypt(
                                                NAME,
                                                file,
                                                TestKeys.key("correct horse battery staple"))))
                .as("the same passphrase with another salt is another key")
                .isEqualTo(CALM);
    }

    @Test
    @DisplayName(
            "every single flipped bit, in the header or the body, gives the calm message and no contents")
    void everyFlippedBitGivesTheCalmMessage() {
        byte[] file = EncryptedFile.encrypt(key, ANSWERS);
        for (int at = 0; at < file.length; at++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] damaged = file.clone();
                damaged[at] ^= (byte) (1 << bit);
                String message = message(() -> EncryptedFile.decrypt(NAME, damaged, key));
                if (at == VERSION && (damaged[at] & 0xFF) > 1) {
                    assertThat(message)
                            .isEqualTo(
                                    NAME
                                            + ": this file is format version "
                                            + (damaged[at] & 0xFF)
                                            + ", newer than this app reads (1); update Gray Area to open it");
                } else {
                    assertThat(message).as("byte %d, bit %d", at, bit).isEqualTo(CALM);
                }
            }
        }
    }

    @Test
    void aFileCutShortAtAnyLengthGivesTheCalmMessage() {
        byte[] file = EncryptedFile.encrypt(key, ANSWERS);
        for (int length = 0; length < file.length; length++) {
            byte[] cut = Arrays.copyOf(file, length);
            assertThat(message(() -> EncryptedFile.decrypt(NAME, cut, key)))
                    .as("%d bytes", length)
                    .isEqualTo(CALM);
        }
    }

    @Test
    void aByteAddedAtTheEndGivesTheCalmMessage() {
        byte[] file = EncryptedFile.encrypt(key, ANSWERS);
        byte[] longer = Arrays.copyOf(file, file.length + 1);
        assertThat(message(() -> EncryptedFile.decrypt(NAME, longer, key))).isEqualTo(CALM);
    }

    @Test
    @DisplayName("a file claiming 2^31 iterations is refused at once, before any key stretching")
    void absurdIterationsAreRefusedQuickly() {
        byte[] file = withIterations(EncryptedFile.encrypt(key, ANSWERS), 1L << 31);
        String message =
                assertTimeoutPreemptively(
                        Duration.ofSeconds(1),
                        () ->
                                message(
                                        () ->
                                                EncryptedFile.decrypt(
                                                        NAME,
                                                        file,
                                                        "correct horse battery staple"
                                                                .toCharArray())));
        assertThat(message).isEqualTo(CALM);
        assertThat(message(() -> EncryptedFile.kdfParams(NAME, file))).isEqualTo(CALM);
        byte[] most = withIterations(file, 0xFFFF_FFFFL);
        assertThat(message(() -> EncryptedFile.kdfParams(NAME, most))).isEqualTo(CALM);
        byte[] none = withIterations(file, 0);
        assertThat(message(() -> EncryptedFile.kdfParams(NAME, none))).isEqualTo(CALM);
    }

    @Test
    void theCapIsTenMillionIterations() throws CryptoFileException {
        byte[] file = EncryptedFile.encrypt(key, ANSWERS);
        assertThat(EncryptedFile.kdfParams(NAME, withIterations(file, 10_000_000)).iterations())
                .isEqualTo(10_000_000);
        assertThat(message(() -> EncryptedFile.kdfParams(NAME, withIterations(file, 10_000_001))))
                .isEqualTo(CALM);
    }

    private static byte[] withIterations(byte[] file, long iterations) {
        byte[] out = file.clone();
        ByteBuffer.wrap(out, ITERATIONS, 4).putInt((int) iterations);
        return out;
    }

    @Test
    void unlockingReadsTheParametersFromAFileAndDerivesTheSameKey() throws CryptoFileException {
        byte[] file = EncryptedFile.encrypt(key, ANSWERS);
        KdfParams params = EncryptedFile.kdfParams(NAME, file);
        assertThat(params).isEqualTo(key.params());
        try (MasterKey unlocked =
                MasterKey.derive("correct horse battery staple".toCharArray(), params)) {
            assertThat(EncryptedFile.decrypt(NAME, file, unlocked)).isEqualTo(ANSWERS);
            assertThat(EncryptedFile.decrypt(NAME, EncryptedFile.encrypt(unlocked, ANSWERS), key))
                    .isEqualTo(ANSWERS);
        }
    }

    @Test
    void aNewerFormatSaysToUpdate() {
        byte[] file = EncryptedFile.encrypt(key, ANSWERS);
        file[VERSION] = 2;
        assertThat(message(() -> EncryptedFile.decrypt(NAME, file, key)))
                .isEqualTo(
                        NAME
                                + ": this file is format version 2, newer than this app reads (1); update Gray Area to open it");
        CryptoFileException e =
                catchThrowableOfType(
                        CryptoFileException.class, () -> EncryptedFile.decrypt(NAME, file, key));
        assertThat(e.reason()).isEqualTo(CryptoFileException.Reason.NEWER_FORMAT);
        assertThat(e.getStackTrace()).as("a message for people, not a crash").isEmpty();
    }

    @Test
    @DisplayName("readers can tell an encrypted file from its first nine bytes")
    void encryptedFilesAreToldApartByTheirFirstBytes() {
        byte[] file = EncryptedFile.encrypt(key, ANSWERS);
        assertThat(CryptoFormat.kindOf(file)).isEqualTo(CryptoFormat.Kind.ENCRYPTED);
        assertThat(CryptoFormat.kindOf(Arrays.copyOf(file, CryptoFormat.PREFIX_LENGTH)))
                .isEqualTo(CryptoFormat.Kind.ENCRYPTED);
        assertThat(CryptoFormat.kindOf(Arrays.copyOf(file, 8))).isEqualTo(CryptoFormat.Kind.OTHER);
        assertThat(CryptoFormat.kindOf(ANSWERS)).isEqualTo(CryptoFormat.Kind.OTHER);
        assertThat(CryptoFormat.kindOf("GRAYAREA-notes".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(CryptoFormat.Kind.OTHER);
        assertThat(CryptoFormat.kindOf(new byte[0])).isEqualTo(CryptoFormat.Kind.OTHER);
    }

    @Test
    void aWipedKeyCannotBeUsed() {
        MasterKey wiped = TestKeys.key("to be wiped");
        wiped.destroy();
        assertThat(wiped.isDestroyed()).isTrue();
        assertThat(wiped).hasToString("MasterKey[wiped]");
        assertThatThrownBy(() -> EncryptedFile.encrypt(wiped, ANSWERS))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> wiped.bytes()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEmptyPassphraseMakesNoKey() {
        assertThatThrownBy(() -> MasterKey.create(new char[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName(
            "the shipped default is at least 600,000 iterations, and a new passphrase's files carry it")
    void theShippedDefaultIsAtLeast600000() {
        assertThat(KdfParams.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(600_000);
        assertThat(KdfParams.fresh().iterations()).isEqualTo(KdfParams.DEFAULT_ITERATIONS);
        try (MasterKey shipped = MasterKey.create("a passphrase".toCharArray())) {
            byte[] file = EncryptedFile.encrypt(shipped, ANSWERS);
            assertThat(ByteBuffer.wrap(file, ITERATIONS, 4).getInt())
                    .isEqualTo(KdfParams.DEFAULT_ITERATIONS);
        }
    }
}
