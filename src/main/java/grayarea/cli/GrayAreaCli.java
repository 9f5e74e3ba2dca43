package grayarea.cli;

import grayarea.session.AppVersion;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code grayarea validate|score|compare|report|export-csv ...}. Exit codes: 0 fine, 1 problems found, 2 usage. */
@Command(name = "grayarea", mixinStandardHelpOptions = true, versionProvider = GrayAreaCli.Version.class,
        description = "Gray Area: a private self-check on micro-cheating. Without arguments, opens the window.",
        subcommands = {ValidateCommand.class, ScoreCommand.class, CompareCommand.class, ReportCommand.class,
            ExportCsvCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done, no problems", "1:problems found (each printed as FILE:LINE:COLUMN: message)",
            "2:the command was not used correctly", "3:something unexpected went wrong"})
public final class GrayAreaCli implements Runnable {

    /** Exit code: problems found in the input. */
    public static final int PROBLEMS = 1;
    /** Exit code: something unexpected; no stack trace is shown. */
    public static final int UNEXPECTED = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: validate, score, compare, report or export-csv");
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new GrayAreaCli());
        cli.setOut(out);
        cli.setErr(err);
        // an unknown option after a list of values (score --answers a.json --colour red) is refused,
        // not taken as one more file name
        cli.setUnmatchedOptionsAllowedAsOptionParameters(false);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("grayarea: something unexpected went wrong (" + e.getClass().getSimpleName()
                    + "); nothing was changed");
            return UNEXPECTED;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The version picocli prints for --version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Gray Area " + AppVersion.get()};
        }
    }
}
