package grayarea.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.session.crypto.CryptoFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The passphrase for what is kept: set, encrypt in place, lock, unlock, refuse calmly. */
class VaultTest {

    @TempDir Path folder;

    private SoloSession session() throws Exception {
        AnswerSheet sheet =
                AnswerSheetJson.read(Path.of("questions/examples/answers-partner.json")).sheet();
        return new SoloSession(
                null,
                "partner",
                3,
                sheet,
                Map.of("unmet-need", "canary-walks-on-sunday"),
                false,
                Instant.parse("2026-11-28T10:00:00Z"));
    }

    @Test
    void aPassphraseEncryptsWhatIsKeptAndOnlyItOpensItAgain() throws Exception {
        SessionStore plain = new SessionStore(folder, new Vault(folder));
        plain.save(session());
        assertThat(Files.readString(plain.file())).contains("canary-walks-on-sunday");

        Vault vault = new Vault(folder);
        vault.set("correct horse battery".toCharArray(), List.of(plain.file()));
        byte[] encrypted = Files.readAllBytes(plain.file());
        assertThat(new String(encrypted, StandardCharsets.ISO_8859_1))
                .startsWith("GRAYAREA")
                .doesNotContain("canary");
        assertThat(Files.list(folder).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder(SessionStore.FILE, Vault.CHECK_FILE);

        // the next start: locked, nothing readable, the file left exactly as it is
        Vault next = new Vault(folder);
        assertThat(next.isSet()).isTrue();
        assertThat(next.isOpen()).isFalse();
        SessionStore locked = new SessionStore(folder, next);
        assertThat(locked.load())
                .isInstanceOfSatisfying(
                        SavedFiles.Found.Locked.class,
                        d -> assertThat(d.file()).isEqualTo(locked.file()));
        assertThatThrownBy(() -> next.unlock("wrong horse battery".toCharArray()))
                .isInstanceOf(CryptoFileException.class)
                .hasMessageContaining("wrong passphrase or damaged file");
        assertThat(Files.readAllBytes(plain.file())).isEqualTo(encrypted);

        next.unlock("correct horse battery".toCharArray());
        assertThat(locked.load())
                .isInstanceOfSatisfying(
                        SavedFiles.Found.Contents.class,
                        c ->
                                assertThat(((SoloSession) c.value()).notes())
                                        .containsEntry("unmet-need", "canary-walks-on-sunday"));
        locked.save(session());
        assertThat(Files.readAllBytes(plain.file()))
                .as("a fresh salt and nonce each save")
                .isNotEqualTo(encrypted);
        assertThat(Files.readString(plain.file(), StandardCharsets.ISO_8859_1))
                .doesNotContain("canary");

        next.lock();
        assertThat(next.isOpen()).isFalse();
    }
}
