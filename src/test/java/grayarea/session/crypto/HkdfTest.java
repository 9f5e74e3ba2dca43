package grayarea.session.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** HKDF-SHA256 against RFC 5869, appendix A.1 to A.3, byte for byte. */
class HkdfTest {

    private static final HexFormat HEX = HexFormat.of();

    private static byte[] hex(String text) {
        return HEX.parseHex(text);
    }

    /** The bytes from {@code from} to {@code to}, both included, as the RFC writes 0x00...0x4f. */
    private static byte[] run(int from, int to) {
        byte[] out = new byte[to - from + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (from + i);
        }
        return out;
    }

    private static void check(
            byte[] ikm, byte[] salt, byte[] info, int length, String prk, String okm) {
        byte[] extracted = Hkdf.extract(salt, ikm);
        assertThat(HEX.formatHex(extracted)).isEqualTo(prk);
        assertThat(HEX.formatHex(Hkdf.expand(extracted, info, length))).isEqualTo(okm);
        assertThat(HEX.formatHex(Hkdf.derive(salt, ikm, info, length))).isEqualTo(okm);
    }

    @Test
    @DisplayName("A.1: basic test case with SHA-256")
    void testCase1() {
        check(
                hex("0b".repeat(22)),
                hex("000102030405060708090a0b0c"),
                hex("f0f1f2f3f4f5f6f7f8f9"),
                42,
                "077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5",
                "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
    }

    @Test
    @DisplayName("A.2: longer inputs and outputs (three blocks, the counter matters)")
    void testCase2() {
        check(
                run(0x00, 0x4f),
                run(0x60, 0xaf),
                run(0xb0, 0xff),
                82,
                "06a6b88c5853361a06104c9ceb35b45cef760014904671014a193f40c15fc244",
                "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
                        + "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
                        + "cc30c58179ec3e87c14c01d5c1f3434f1d87");
    }

    @Test
    @DisplayName("A.3: zero-length salt and info")
    void testCase3() {
        check(
                hex("0b".repeat(22)),
                new byte[0],
                new byte[0],
                42,
                "19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04",
                "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
    }

    @Test
    void aMissingSaltIsTheSameAsAnEmptyOne() {
        assertThat(Hkdf.extract(null, hex("0b".repeat(22))))
                .isEqualTo(Hkdf.extract(new byte[0], hex("0b".repeat(22))));
    }

    @Test
    void moreThan255BlocksIsRefused() {
        byte[] prk = new byte[32];
        assertThat(Hkdf.expand(prk, null, 255 * 32)).hasSize(255 * 32);
        assertThatThrownBy(() -> Hkdf.expand(prk, null, 255 * 32 + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
