package grayarea.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grayarea.session.crypto.CryptoFileException;
import grayarea.session.crypto.SealedFile;
import grayarea.session.crypto.TherapistKeys;
import grayarea.session.crypto.TherapistPublicKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TherapistKeyStoreTest {

    @TempDir Path folder;

    @Test
    void aTherapistsKeyOpensWhatIsSealedForItOnlyWithTheirPassphraseAndItsBackupToo()
            throws Exception {
        TherapistKeyStore store = new TherapistKeyStore(folder);
        assertThat(store.publicKey()).isEmpty();
        TherapistPublicKey made = store.create("harbor practice key".toCharArray());
        assertThat(store.publicKey()).contains(made);
        assertThat(Files.readString(store.keyFile(), StandardCharsets.ISO_8859_1))
                .doesNotContain(made.text());

        byte[] sealed =
                SealedFile.seal(made, "for the therapist only".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> store.open("wrong".toCharArray()))
                .isInstanceOf(CryptoFileException.class)
                .hasMessageContaining("wrong passphrase or damaged file");
        try (TherapistKeys keys = store.open("harbor practice key".toCharArray())) {
            assertThat(
                            new String(
                                    SealedFile.open("r.sealed", sealed, keys),
                                    StandardCharsets.UTF_8))
                    .isEqualTo("for the therapist only");
        }

        Path backup = folder.resolve("elsewhere").resolve("my-key.backup");
        store.backup(backup);
        Path restored = Files.createDirectories(folder.resolve("new-computer"));
        Files.copy(backup, restored.resolve(TherapistKeyStore.KEY_FILE));
        Files.copy(
                folder.resolve(TherapistKeyStore.PUBLIC_FILE),
                restored.resolve(TherapistKeyStore.PUBLIC_FILE));
        try (TherapistKeys keys =
                new TherapistKeyStore(restored).open("harbor practice key".toCharArray())) {
            assertThat(keys.publicKey()).isEqualTo(made);
        }
    }

    /**
     * A second key is refused, the first kept, and the passphrase typed for it wiped all the same.
     */
    @Test
    void aSecondKeyIsRefusedAndItsPassphraseIsWiped() throws Exception {
        TherapistKeyStore store = new TherapistKeyStore(folder);
        TherapistPublicKey made = store.create("harbor practice key".toCharArray());
        char[] second = "another practice key".toCharArray();
        assertThatThrownBy(() -> store.create(second)).isInstanceOf(IllegalStateException.class);
        assertThat(second).containsOnly('\0');
        assertThat(store.publicKey()).contains(made);
    }
}
