package grayarea.cli;

import grayarea.bank.JsonDocument;
import grayarea.bank.Problem;
import grayarea.bank.ProblemsException;
import grayarea.session.FileOpener;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Option;

/**
 * {@code --passphrase-file FILE} and {@code --key FILE}, for commands that read encrypted or sealed
 * files. A passphrase is never taken on the command line itself, where other users and the shell's
 * history could see it: only from a file (its first line), a regular one: a named pipe is refused,
 * as every file the command line reads that is not a regular file is.
 */
final class Secrets {

    @Option(
            names = "--passphrase-file",
            paramLabel = "FILE",
            descriptionKey = "grayarea.secrets.passphrase-file")
    Path passphraseFile;

    @Option(names = "--key", paramLabel = "FILE", descriptionKey = "grayarea.secrets.key")
    Path keyFile;

    /**
     * An opener with what was given; the passphrase is read here and wiped when the opener is
     * closed.
     */
    FileOpener opener() throws ProblemsException {
        char[] passphrase = null;
        if (passphraseFile != null) {
            // a named pipe with no writer would keep the command waiting forever
            JsonDocument.requireRegularFile(passphraseFile);
            try {
                passphrase = firstLine(passphraseFile);
            } catch (IOException e) {
                throw new ProblemsException(
                        Problem.atStart(
                                passphraseFile.toString(),
                                CliTexts.message(
                                        "problem.passphraseUnreadable",
                                        e.getClass().getSimpleName())));
            }
            if (passphrase.length == 0) {
                throw new ProblemsException(
                        Problem.atStart(
                                passphraseFile.toString(),
                                CliTexts.message("problem.passphraseEmpty")));
            }
        }
        try {
            return new FileOpener(passphrase, keyFile);
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    /**
     * The file's first line (without its line end), as characters the caller wipes. It is never
     * made a String (a String cannot be wiped and lives until the collector takes it): the bytes
     * are decoded as strict UTF-8 into a buffer of our own, and the bytes and that buffer are wiped
     * before returning.
     *
     * @throws IOException when it cannot be read, or is not UTF-8 ({@code MalformedInputException})
     */
    static char[] firstLine(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        // UTF-8 never gives more characters than bytes
        char[] decoded = new char[bytes.length];
        try {
            CharsetDecoder decoder =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT);
            CharBuffer out = CharBuffer.wrap(decoded);
            CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
            if (!result.isUnderflow()) {
                result.throwException();
            }
            result = decoder.flush(out);
            if (!result.isUnderflow()) {
                result.throwException();
            }
            int length = out.position();
            int end = 0;
            while (end < length && decoded[end] != '\n') {
                end++;
            }
            if (end > 0 && decoded[end - 1] == '\r') {
                end--;
            }
            return Arrays.copyOf(decoded, end);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            Arrays.fill(decoded, '\0');
        }
    }
}
