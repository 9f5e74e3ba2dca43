package grayarea.session.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.InvalidKeyException;
import java.security.KeyPairGenerator;
import java.security.interfaces.XECPrivateKey;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The JDK's X25519 as this package feeds it raw RFC 7748 bytes: scalars handed over as they are,
 * u-coordinates read little-endian with the top bit masked. RFC 7748 section 5.2 and 6.1.
 */
class X25519Test {

    private static final HexFormat HEX = HexFormat.of();

    private static String x25519(String scalar, String u) throws InvalidKeyException {
        return HEX.formatHex(X25519.multiply(HEX.parseHex(scalar), HEX.parseHex(u)));
    }

    @Test
    @DisplayName("5.2, first vector")
    void firstVector() throws InvalidKeyException {
        assertThat(
                        x25519(
                                "a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4",
                                "e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c"))
                .isEqualTo("c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552");
    }

    @Test
    @DisplayName("5.2, second vector: its u has the top bit set, which must be masked")
    void secondVector() throws InvalidKeyException {
        assertThat(
                        x25519(
                                "4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d",
                                "e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493"))
                .isEqualTo("95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957");
    }

    @Test
    @DisplayName("5.2, iterated: after 1 and after 1,000 iterations")
    void iterated() throws InvalidKeyException {
        byte[] k = new byte[32];
        k[0] = 9;
        byte[] u = k.clone();
        for (int i = 1; i <= 1_000; i++) {
            byte[] result = X25519.multiply(k, u);
            u = k;
            k = result;
            if (i == 1) {
                assertThat(HEX.formatHex(k))
                        .isEqualTo(
                                "422c8e7a6227d7bca1350b3e2bb7279f7897b87bb6854b783c60e80311ae3079");
            }
        }
        assertThat(HEX.formatHex(k))
                .isEqualTo("684cf59ba83309552800ef566f2f4d3c1c3887c49360e3875f2eb94d99532c51");
    }

    @Test
    @DisplayName("6.1: Alice's and Bob's public keys and their shared secret")
    void diffieHellman() throws InvalidKeyException {
        byte[] alice =
                HEX.parseHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
        byte[] bob =
                HEX.parseHex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
        byte[] alicePublic = X25519.publicOf(alice);
        byte[] bobPublic = X25519.publicOf(bob);
        assertThat(HEX.formatHex(alicePublic))
                .isEqualTo("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
        assertThat(HEX.formatHex(bobPublic))
                .isEqualTo("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
        String shared = "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742";
        assertThat(HEX.formatHex(X25519.multiply(alice, bobPublic))).isEqualTo(shared);
        assertThat(HEX.formatHex(X25519.multiply(bob, alicePublic))).isEqualTo(shared);
    }

    @Test
    @DisplayName(
            "a raw u-coordinate and the JDK's number are the same key both ways, for JDK-made keys too")
    void rawAndJdkFormsAgree() throws Exception {
        byte[] raw =
                HEX.parseHex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
        assertThat(X25519.rawOf(X25519.publicKey(raw))).isEqualTo(raw);
        byte[] scalar = X25519.generatePrivate();
        assertThat(scalar).hasSize(32);
        var pair = KeyPairGenerator.getInstance("X25519").generateKeyPair();
        byte[] jdkScalar = ((XECPrivateKey) pair.getPrivate()).getScalar().orElseThrow();
        assertThat(X25519.publicOf(jdkScalar)).isEqualTo(X25519.rawOf(pair.getPublic()));
    }

    @Test
    void aPointOfSmallOrderIsRefused() {
        byte[] zero = new byte[32];
        assertThatThrownBy(() -> X25519.multiply(X25519.generatePrivate(), zero))
                .isInstanceOf(InvalidKeyException.class);
    }
}
