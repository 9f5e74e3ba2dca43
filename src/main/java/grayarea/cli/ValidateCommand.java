package grayarea.cli;

import grayarea.bank.BankLoader;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code validate BANK...}: checks question banks and prints every problem, located. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "BANK", descriptionKey = "BANK")
    private List<Path> banks;

    @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        int code = 0;
        for (Path path : banks) {
            try {
                QuestionBank bank = BankLoader.load(path);
                spec.commandLine()
                        .getOut()
                        .println(
                                GrayAreaCli.texts(spec)
                                        .get(
                                                "validate.valid",
                                                path.toString(),
                                                bank.id(),
                                                bank.version(),
                                                bank.questions().size()));
            } catch (ProblemsException e) {
                GrayAreaCli.print(spec, e.problems());
                code = GrayAreaCli.PROBLEMS;
            }
        }
        return code;
    }
}
