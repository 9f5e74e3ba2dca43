package grayarea.cli;

import grayarea.bank.JsonDocument;
import grayarea.bank.Problem;
import grayarea.bank.ProblemsException;
import grayarea.session.FileOpener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --passphrase-file FILE} and {@code --key FILE}, for commands that read encrypted or sealed
 * files. A passphrase is never taken on the command line itself, where other users and the shell's
 * history could see it: only from a file (its first line), a regular one: a named pipe is refused, as
 * every file the command line reads that is not a regular file is.
 */
final class Secrets {

    @Option(names = "--passphrase-file", paramLabel = "FILE", descriptionKey = "grayarea.secrets.passphrase-file")
    Path passphraseFile;

    @Option(names = "--key", paramLabel = "FILE", descriptionKey = "grayarea.secrets.key")
    Path keyFile;

    /** An opener with what was given; the passphrase is read here and wiped when the opener is closed. */
    FileOpener opener() throws ProblemsException {
        char[] passphrase = null;
        if (passphraseFile != null) {
            // a named pipe with no writer would keep the command waiting forever
            JsonDocument.requireRegularFile(passphraseFile);
            try {
                String text = Files.readString(passphraseFile, StandardCharsets.UTF_8);
                int end = text.indexOf('\n');
                String line = end < 0 ? text : text.substring(0, end);
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                if (line.isEmpty()) {
                    throw new ProblemsException(Problem.atStart(passphraseFile.toString(),
                            CliTexts.message("problem.passphraseEmpty")));
                }
                passphrase = line.toCharArray();
            } catch (IOException e) {
                throw new ProblemsException(Problem.atStart(passphraseFile.toString(),
                        CliTexts.message("problem.passphraseUnreadable", e.getClass().getSimpleName())));
            }
        }
        FileOpener opener = new FileOpener(passphrase, keyFile);
        if (passphrase != null) {
            java.util.Arrays.fill(passphrase, '\0');
        }
        return opener;
    }
}
