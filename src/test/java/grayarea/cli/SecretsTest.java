package grayarea.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grayarea.bank.ProblemsException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --passphrase-file}: its first line, read as characters (never a String), strict UTF-8. */
class SecretsTest {

    @TempDir Path dir;

    @Test
    void theFirstLineIsThePassphraseWithoutItsLineEndWhateverTheScript() throws Exception {
        Path file =
                Files.write(
                        dir.resolve("p.txt"),
                        "ñandú clé 🔑 río\r\nsecond line\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Secrets.firstLine(file)).containsExactly("ñandú clé 🔑 río".toCharArray());
        Path noEnd =
                Files.write(
                        dir.resolve("q.txt"), "plum kettle river".getBytes(StandardCharsets.UTF_8));
        assertThat(Secrets.firstLine(noEnd)).containsExactly("plum kettle river".toCharArray());
        Path empty = Files.write(dir.resolve("e.txt"), "\nafter".getBytes(StandardCharsets.UTF_8));
        assertThat(Secrets.firstLine(empty)).isEmpty();
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedAsBeforeNotGuessed() throws Exception {
        Path latin1 =
                Files.write(
                        dir.resolve("l.txt"), "contraseña".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Secrets.firstLine(latin1))
                .isInstanceOf(MalformedInputException.class);
    }

    @Test
    void anEmptyFirstLineIsALocatedProblem() throws Exception {
        Secrets secrets = new Secrets();
        secrets.passphraseFile = Files.writeString(dir.resolve("blank.txt"), "\r\n");
        assertThatThrownBy(secrets::opener)
                .isInstanceOf(ProblemsException.class)
                .hasMessageContaining("blank.txt")
                .hasMessageContaining("first line is empty");
    }
}
