package grayarea.session.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import grayarea.testing.TestKeys;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A client's result sealed for their therapist: only that therapist's private key opens it. */
class SealedFileTest {

    private static final String NAME = "result.grayarea-sealed";
    private static final String CALM = NAME + ": wrong key or damaged file";
    private static final byte[] RESULT =
            "{\"kind\": \"grayarea.result\", \"notes\": {\"x\": \"Try Sunday morning.\"}}"
                    .getBytes(StandardCharsets.UTF_8);

    private final TherapistKeys therapist = TherapistKeys.generate();

    private static String message(EncryptedFileTest.ThrowingRead read) {
        CryptoFileException thrown = catchThrowableOfType(CryptoFileException.class, read::run);
        assertThat(thrown).as("a CryptoFileException").isNotNull();
        return thrown.getMessage();
    }

    @Test
    void theTherapistOpensWhatWasSealedForThem() throws CryptoFileException {
        byte[] sealed = SealedFile.seal(therapist.publicKey(), RESULT);
        assertThat(SealedFile.open(NAME, sealed, therapist)).isEqualTo(RESULT);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Sunday");
        assertThat(sealed).hasSize(SealedFile.HEADER_LENGTH + RESULT.length + 16);
        assertThat(CryptoFormat.kindOf(sealed)).isEqualTo(CryptoFormat.Kind.SEALED);
    }

    @Test
    @DisplayName("the header: magic, kind S, version, X25519, the ephemeral public key, the nonce")
    void theHeaderIsAsDocumented() {
        byte[] sealed = SealedFile.seal(therapist.publicKey(), RESULT);
        assertThat(new String(sealed, 0, 9, StandardCharsets.US_ASCII)).isEqualTo("GRAYAREAS");
        assertThat(sealed[9]).isEqualTo((byte) 1);
        assertThat(sealed[10]).isEqualTo((byte) 6);
        assertThat(new String(sealed, 11, 6, StandardCharsets.US_ASCII)).isEqualTo("X25519");
        byte[] ephemeral = Arrays.copyOfRange(sealed, 17, 49);
        assertThat(ephemeral).isNotEqualTo(therapist.publicKey().raw());
        byte[] again = SealedFile.seal(therapist.publicKey(), RESULT);
        assertThat(Arrays.copyOfRange(again, 17, 49))
                .as("a new ephemeral key each time")
                .isNotEqualTo(ephemeral);
        assertThat(Arrays.copyOfRange(again, 49, 61))
                .as("a new nonce each time")
                .isNotEqualTo(Arrays.copyOfRange(sealed, 49, 61));
    }

    @Test
    void anotherTherapistsKeyGivesTheCalmMessage() {
        byte[] sealed = SealedFile.seal(therapist.publicKey(), RESULT);
        assertThat(message(() -> SealedFile.open(NAME, sealed, TherapistKeys.generate())))
                .isEqualTo(CALM);
    }

    @Test
    @DisplayName(
            "every single flipped bit gives the calm message, including the ephemeral key's masked top bit")
    void everyFlippedBitGivesTheCalmMessage() {
        byte[] sealed =
                SealedFile.seal(therapist.publicKey(), "short".getBytes(StandardCharsets.UTF_8));
        for (int at = 0; at < sealed.length; at++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] damaged = sealed.clone();
                damaged[at] ^= (byte) (1 << bit);
                String message = message(() -> SealedFile.open(NAME, damaged, therapist));
                if (at == 9 && (damaged[at] & 0xFF) > 1) {
                    assertThat(message)
                            .endsWith("newer than this app reads (1); update Gray Area to open it");
                } else {
                    assertThat(message).as("byte %d, bit %d", at, bit).isEqualTo(CALM);
                }
            }
        }
    }

    @Test
    void aFileCutShortGivesTheCalmMessage() {
        byte[] sealed = SealedFile.seal(therapist.publicKey(), RESULT);
        for (int length = 0; length < sealed.length; length++) {
            byte[] cut = Arrays.copyOf(sealed, length);
            assertThat(message(() -> SealedFile.open(NAME, cut, therapist)))
                    .as("%d bytes", length)
                    .isEqualTo(CALM);
        }
    }

    @Test
    @DisplayName("an ephemeral key of small order (all zeros) gives the calm message, not a crash")
    void anEphemeralKeyOfSmallOrder() {
        byte[] sealed = SealedFile.seal(therapist.publicKey(), RESULT);
        Arrays.fill(sealed, 17, 49, (byte) 0);
        assertThat(message(() -> SealedFile.open(NAME, sealed, therapist))).isEqualTo(CALM);
    }

    @Test
    void anEncryptedFileIsNotASealedOne() {
        byte[] encrypted = EncryptedFile.encrypt(TestKeys.key("pass"), RESULT);
        assertThat(message(() -> SealedFile.open(NAME, encrypted, therapist))).isEqualTo(CALM);
    }

    @Test
    @DisplayName("sealed for the RFC 7748 Bob, opened with Bob's private key")
    void sealedForAKnownKey() throws CryptoFileException {
        byte[] bob =
                HexFormat.of()
                        .parseHex(
                                "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
        TherapistKeys keys = TherapistKeys.fromPrivate(bob);
        TherapistPublicKey published =
                TherapistPublicKey.parse("3p7bfXt9wbTTW2HC7OQ1Nz+DQ8hbeGdNrfx+FG+IK08=")
                        .orElseThrow();
        assertThat(keys.publicKey()).isEqualTo(published);
        assertThat(SealedFile.open(NAME, SealedFile.seal(published, RESULT), keys))
                .isEqualTo(RESULT);
    }
}
