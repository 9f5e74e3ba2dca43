package grayarea.session.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import grayarea.testing.TestKeys;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The therapist's keys: the public key as hand-outs carry it, its fingerprint, and the key file.
 */
class TherapistKeysTest {

    private static final HexFormat HEX = HexFormat.of();

    /** RFC 7748 section 6.1: Alice's private key and public key. */
    private static final String ALICE =
            "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a";

    private static final String ALICE_PUBLIC =
            "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a";

    @Test
    @DisplayName("a public key travels as base64 of its 32 raw bytes, and reads back")
    void thePublicKeyAsText() {
        TherapistPublicKey key = TherapistKeys.fromPrivate(HEX.parseHex(ALICE)).publicKey();
        assertThat(HEX.formatHex(key.raw())).isEqualTo(ALICE_PUBLIC);
        assertThat(key.text()).isEqualTo("hSDwCYkwp1R0i33ctD73Wg2/Og0mOBr066SpjqqbTmo=");
        assertThat(TherapistPublicKey.parse(key.text())).contains(key);
        assertThat(TherapistPublicKey.parse("  " + key.text() + "\n")).contains(key);
    }

    @Test
    @DisplayName(
            "the fingerprint: SHA-256 of the raw key, its first 10 bytes in base32, four groups of four")
    void theFingerprint() {
        // computed apart from this code: base32(sha256(bytes.fromhex(ALICE_PUBLIC))[:10]) in Python
        assertThat(TherapistKeys.fromPrivate(HEX.parseHex(ALICE)).publicKey().fingerprint())
                .isEqualTo("GAGJ-ZFQD-XEVE-WOPN");
        assertThat(TherapistKeys.generate().publicKey().fingerprint())
                .matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){3}");
    }

    @Test
    @DisplayName(
            "text that is not a usable public key is refused: not base64, wrong length, not canonical, small order")
    void notAPublicKey() {
        assertThat(TherapistPublicKey.parse("")).isEmpty();
        assertThat(TherapistPublicKey.parse("not base64 at all!")).isEmpty();
        assertThat(TherapistPublicKey.parse(Base64.getEncoder().encodeToString(new byte[31])))
                .isEmpty();
        assertThat(TherapistPublicKey.parse(Base64.getEncoder().encodeToString(new byte[33])))
                .isEmpty();
        assertThat(TherapistPublicKey.parse(Base64.getEncoder().encodeToString(new byte[32])))
                .as("u = 0")
                .isEmpty();
        byte[] one = new byte[32];
        one[0] = 1;
        assertThat(TherapistPublicKey.parse(Base64.getEncoder().encodeToString(one)))
                .as("u = 1")
                .isEmpty();
        byte[] topBit = HEX.parseHex(ALICE_PUBLIC);
        topBit[31] |= (byte) 0x80;
        assertThat(TherapistPublicKey.parse(Base64.getEncoder().encodeToString(topBit)))
                .as("top bit set")
                .isEmpty();
        byte[] p = HEX.parseHex("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
        assertThat(TherapistPublicKey.parse(Base64.getEncoder().encodeToString(p)))
                .as("u = p")
                .isEmpty();
    }

    @Test
    @DisplayName(
            "the key file opens with the therapist's passphrase and gives the same keys; backing up is copying it")
    void theKeyFile() throws CryptoFileException {
        TherapistKeys keys = TherapistKeys.generate();
        byte[] file = TherapistKeyFile.lock(keys, TestKeys.key("therapist passphrase"));
        assertThat(CryptoFormat.kindOf(file)).isEqualTo(CryptoFormat.Kind.ENCRYPTED);
        byte[] backup = file.clone();
        TherapistKeys opened =
                TherapistKeyFile.open(
                        "therapist.key", backup, "therapist passphrase".toCharArray());
        assertThat(opened.publicKey()).isEqualTo(keys.publicKey());
        byte[] sealed = SealedFile.seal(keys.publicKey(), new byte[] {42});
        assertThat(SealedFile.open("r", sealed, opened)).containsExactly(42);
    }

    @Test
    void aWrongPassphraseForTheKeyFile() {
        byte[] file =
                TherapistKeyFile.lock(
                        TherapistKeys.generate(), TestKeys.key("therapist passphrase"));
        CryptoFileException e =
                catchThrowableOfType(
                        CryptoFileException.class,
                        () ->
                                TherapistKeyFile.open(
                                        "therapist.key",
                                        file,
                                        "therapist passfrase".toCharArray()));
        assertThat(e).hasMessage("therapist.key: wrong passphrase or damaged file");
    }

    @Test
    @DisplayName("an encrypted session given as the key file is named for what it is not")
    void anEncryptedFileThatIsNotAKeyFile() {
        MasterKey key = TestKeys.key("therapist passphrase");
        byte[] session =
                EncryptedFile.encrypt(
                        key, "{\"kind\": \"grayarea.session\"}".getBytes(StandardCharsets.UTF_8));
        CryptoFileException e =
                catchThrowableOfType(
                        CryptoFileException.class,
                        () -> TherapistKeyFile.open("session.json", session, key));
        assertThat(e)
                .hasMessage("session.json: this file opened, but it is not a therapist's key file");
        assertThat(e.reason()).isEqualTo(CryptoFileException.Reason.NOT_A_KEY_FILE);
    }

    @Test
    void wipedKeysCannotBeUsed() {
        TherapistKeys keys = TherapistKeys.generate();
        keys.destroy();
        assertThat(keys.isDestroyed()).isTrue();
        assertThatThrownBy(() -> TherapistKeyFile.lock(keys, TestKeys.key("x")))
                .isInstanceOf(IllegalStateException.class);
    }
}
