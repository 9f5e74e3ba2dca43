package grayarea.cli;

import grayarea.bank.BankCatalog;
import grayarea.bank.BankLoader;
import grayarea.bank.BankRef;
import grayarea.bank.Message;
import grayarea.bank.Problem;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** Which bank a command uses: the one given with --bank, or the built-in one a file names. */
final class Banks {

    private final QuestionBank given;
    private BankCatalog catalog;

    private Banks(QuestionBank given) {
        this.given = given;
    }

    /** The bank given with --bank (checked in full), or none. */
    static Banks of(Path bankFile) throws ProblemsException {
        return new Banks(bankFile == null ? null : BankLoader.load(bankFile));
    }

    /**
     * The bank for a file that names {@code ref}: the given one, else the built-in bank of that id
     * and version; when the app has no such bank, a problem at the file's bank, made by {@code
     * problemAtBank}.
     *
     * @param unknown the key of the problem, which names the file ("these answers are to…"), with
     *     the bank's id {0}, its version {1} and the versions the app has {2}
     */
    QuestionBank forFile(BankRef ref, String unknown, Function<Message, Problem> problemAtBank)
            throws ProblemsException {
        if (given != null) {
            return given;
        }
        if (catalog == null) {
            catalog = BankCatalog.bundled();
        }
        var found = catalog.find(ref);
        if (found.isPresent()) {
            return found.get();
        }
        List<String> versions = catalog.versionsOf(ref.id());
        Message known =
                versions.isEmpty()
                        ? CliTexts.message("problem.noSuchBank")
                        : CliTexts.message("problem.onlyVersions", String.join(", ", versions));
        throw new ProblemsException(
                problemAtBank.apply(CliTexts.message(unknown, ref.id(), ref.version(), known)));
    }
}
