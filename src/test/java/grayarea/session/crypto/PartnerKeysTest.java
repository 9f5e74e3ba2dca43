package grayarea.session.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Couple turns each kept under a key from that partner's own PIN or passphrase (the same KDF, each
 * key with its own salt): one partner's PIN never opens the other's turn.
 */
class PartnerKeysTest {

    private static final byte[] SAMS_TURN =
            "{\"note\": \"Sam's private note\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ALEXS_TURN =
            "{\"note\": \"Alex's private note\"}".getBytes(StandardCharsets.UTF_8);

    private static MasterKey partnerKey(String pin) {
        return MasterKey.derive(pin.toCharArray(), KdfParams.freshForTests(1_000));
    }

    @Test
    void eachPartnersTurnOpensOnlyWithTheirOwnPin() throws CryptoFileException {
        MasterKey sam = partnerKey("2468");
        MasterKey alex = partnerKey("1357");
        byte[] samsFile = EncryptedFile.encrypt(sam, SAMS_TURN);
        byte[] alexsFile = EncryptedFile.encrypt(alex, ALEXS_TURN);

        assertThat(EncryptedFile.decrypt("couple.json", samsFile, "2468".toCharArray()))
                .isEqualTo(SAMS_TURN);
        assertThat(EncryptedFile.decrypt("couple.json", alexsFile, "1357".toCharArray()))
                .isEqualTo(ALEXS_TURN);
        assertThatThrownBy(
                        () -> EncryptedFile.decrypt("couple.json", samsFile, "1357".toCharArray()))
                .isInstanceOf(CryptoFileException.class)
                .hasMessage("couple.json: wrong passphrase or damaged file");
        assertThatThrownBy(() -> EncryptedFile.decrypt("couple.json", samsFile, alex))
                .isInstanceOf(CryptoFileException.class)
                .hasMessage("couple.json: wrong passphrase or damaged file");
    }

    @Test
    void twoPartnersWithTheSamePinStillHaveDifferentKeys() throws CryptoFileException {
        MasterKey first = partnerKey("0000");
        MasterKey second = partnerKey("0000");
        assertThat(first.params().salt()).isNotEqualTo(second.params().salt());
        assertThat(Arrays.equals(first.bytes(), second.bytes())).isFalse();
        byte[] firstFile = EncryptedFile.encrypt(first, SAMS_TURN);
        assertThatThrownBy(() -> EncryptedFile.decrypt("couple.json", firstFile, second))
                .isInstanceOf(CryptoFileException.class);
        // the PIN itself still opens it: the salt travels in the file's header
        assertThat(EncryptedFile.decrypt("couple.json", firstFile, "0000".toCharArray()))
                .isEqualTo(SAMS_TURN);
    }

    @Test
    void aNewPartnerKeyFromThePinAloneUsesTheShippedKdf() {
        try (MasterKey key = MasterKey.create("2468".toCharArray())) {
            assertThat(key.params().iterations()).isEqualTo(KdfParams.DEFAULT_ITERATIONS);
            assertThat(key.params().salt()).hasSize(KdfParams.SALT_LENGTH);
        }
    }
}
