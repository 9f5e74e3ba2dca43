package grayarea.cli;

import grayarea.bank.Problem;
import grayarea.bank.QuestionBank;
import grayarea.session.AppVersion;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code grayarea validate|score|compare|report|export-csv ...}. Exit codes: 0
 * fine, 1 problems found, 2 usage, 3 unexpected.
 *
 * <p>Languages. {@code --lang en|es} is the one option for the language of everything a command
 * prints: its messages and its results. Messages are in grayarea/cli/messages.properties (English)
 * and messages_es.properties (Spanish), in the language of {@code --lang}, else the system's, else
 * English ({@link CliTexts}); results (a scored text, a comparison, a PDF, CSV labels) are in the
 * language of {@code --lang} when the bank has it, else in the answers' own ({@link
 * #resultLanguage}). {@code --language}, which once set the results alone, is kept as a hidden,
 * deprecated alias of {@code --lang} so that scripts written for it go on working. A new command
 * follows the same way:
 *
 * <ul>
 *   <li>its annotations carry no description; the bundle does, under {@code
 *       grayarea.NAME.usage.description}, {@code grayarea.NAME.OPTION} (the long option name
 *       without dashes) and {@code grayarea.NAME.PARAMLABEL} (a positional parameter, with {@code
 *       descriptionKey = "PARAMLABEL"});
 *   <li>what it prints comes from {@code texts(spec).get(key, args…)}, with keys named after the
 *       command ({@code validate.valid}); a problem it finds in a file is a {@link
 *       grayarea.bank.Problem} whose message is {@code CliTexts.message(key, args…)}, printed with
 *       {@link #print};
 *   <li>CliTextsTest checks that every command and option is described in both languages, and
 *       TextsTest that every key is translated and used.
 * </ul>
 */
@Command(
        name = "grayarea",
        mixinStandardHelpOptions = true,
        versionProvider = GrayAreaCli.Version.class,
        subcommands = {
            ValidateCommand.class,
            ScoreCommand.class,
            CompareCommand.class,
            ReportCommand.class,
            ExportCsvCommand.class
        })
public final class GrayAreaCli implements Runnable {

    /** Exit code: problems found in the input. */
    public static final int PROBLEMS = 1;

    /** Exit code: something unexpected; no stack trace is shown. */
    public static final int UNEXPECTED = 3;

    /** The languages {@code --lang} takes. */
    enum Lang {
        en,
        es
    }

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            scope = CommandLine.ScopeType.INHERIT,
            descriptionKey = "lang")
    private Lang lang;

    /**
     * The old name of {@code --lang} (it once set the results' language alone): hidden, and noted
     * when used.
     */
    @Option(
            names = "--language",
            paramLabel = "LANG",
            scope = CommandLine.ScopeType.INHERIT,
            descriptionKey = "lang",
            hidden = true)
    private Lang oldLang;

    @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

    private final CliTexts texts;

    private GrayAreaCli(CliTexts texts) {
        this.texts = texts;
    }

    @Override
    public void run() {
        List<String> names = List.copyOf(spec.subcommands().keySet());
        throw new CommandLine.ParameterException(
                spec.commandLine(), texts.get("error.noCommand", texts.either(names)));
    }

    /**
     * Runs the command line in the system's language (unless --lang says otherwise) and returns its
     * exit code.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, CliTexts.systemLanguage(System.getenv(), Locale.getDefault()));
    }

    /**
     * Runs the command line with {@code systemLanguage} (such as "es") as the system's language.
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, String systemLanguage) {
        CommandLine cli = commandLine(CliTexts.choose(args, systemLanguage));
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The command line with every command, speaking the language of the texts. */
    static CommandLine commandLine(CliTexts texts) {
        CommandLine cli = new CommandLine(new GrayAreaCli(texts));
        cli.setResourceBundle(texts.bundle());
        // an unknown option after a list of values (score --answers a.json --colour red) is
        // refused,
        // not taken as one more file name
        cli.setUnmatchedOptionsAllowedAsOptionParameters(false);
        cli.setParameterExceptionHandler((e, arguments) -> usedWrongly(texts, e));
        cli.setExecutionStrategy(
                parseResult -> {
                    GrayAreaCli root = (GrayAreaCli) parseResult.commandSpec().userObject();
                    if (root.oldLang != null) {
                        parseResult
                                .commandSpec()
                                .commandLine()
                                .getErr()
                                .println(texts.get("note.languageIsNowLang"));
                    }
                    return new CommandLine.RunLast().execute(parseResult);
                });
        cli.setExecutionExceptionHandler(
                (e, commandLine, parseResult) -> {
                    commandLine
                            .getErr()
                            .println(texts.get("error.unexpected", e.getClass().getSimpleName()));
                    return UNEXPECTED;
                });
        return cli;
    }

    /**
     * As picocli does it, in the chosen language: what was wrong, then a suggestion or the usage.
     */
    private static int usedWrongly(CliTexts texts, CommandLine.ParameterException e) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(texts.explain(e));
        List<String> suggestions =
                e instanceof CommandLine.UnmatchedArgumentException unmatched
                        ? unmatched.getSuggestions()
                        : List.of();
        if (suggestions.isEmpty()) {
            command.usage(err);
        } else {
            String prefix = command.getCommandSpec().qualifiedName() + " ";
            err.println(
                    texts.get(
                            "error.didYouMean",
                            texts.either(suggestions.stream().map(s -> prefix + s).toList())));
        }
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** What the command line says, in its language, for any of its commands. */
    static CliTexts texts(CommandLine.Model.CommandSpec spec) {
        return ((GrayAreaCli) spec.root().userObject()).texts;
    }

    /**
     * The language of a result from {@code bank}: the one {@code --lang} chose, when the bank has
     * it; else {@code own}, the answers' own language, when the bank has it; else the bank's first
     * language.
     */
    static String resultLanguage(
            CommandLine.Model.CommandSpec spec, QuestionBank bank, String own) {
        List<String> languages = bank.languages();
        String chosen = chosenLanguage(spec);
        if (chosen != null && languages.contains(chosen)) {
            return chosen;
        }
        return own != null && languages.contains(own) ? own : languages.get(0);
    }

    /** The language {@code --lang} (or its old name) chose, or null when neither was given. */
    static String chosenLanguage(CommandLine.Model.CommandSpec spec) {
        GrayAreaCli root = (GrayAreaCli) spec.root().userObject();
        Lang chosen = root.lang != null ? root.lang : root.oldLang;
        return chosen == null ? null : chosen.name();
    }

    /** Prints each problem as FILE:LINE:COLUMN: message, in the command line's language. */
    static void print(CommandLine.Model.CommandSpec spec, List<Problem> problems) {
        Locale locale = texts(spec).locale();
        problems.forEach(p -> spec.commandLine().getErr().println(p.in(locale)));
    }

    /** The version picocli prints for --version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Gray Area " + AppVersion.get()};
        }
    }
}
