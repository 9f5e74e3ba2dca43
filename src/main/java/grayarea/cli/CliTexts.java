package grayarea.cli;

import grayarea.bank.Message;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * What the command line says, in its language: the resource bundle grayarea/cli/messages (English,
 * and Spanish in messages_es), which also holds picocli's usage help. The language is the one
 * {@code --lang} names, else the system's ({@link #systemLanguage}) when it is one of {@link
 * #LANGUAGES}, else English.
 */
final class CliTexts {

    static final String BUNDLE = "grayarea.cli.messages";

    /** The languages the command line speaks; the first is the fallback. */
    static final List<String> LANGUAGES = List.of("en", "es");

    /**
     * picocli's messages for a command used wrongly, each said again from the bundle: its English
     * wording, with the parts that vary as groups, and the key that says it. Anything else picocli
     * says is shown in its own (English) words.
     */
    private static final List<Translation> PICOCLI =
            List.of(
                    new Translation("Missing required option: (.+)", "error.missingOption"),
                    new Translation("Missing required options: (.+)", "error.missingOptions"),
                    new Translation("Missing required parameter: (.+)", "error.missingParameter"),
                    new Translation("Missing required parameters: (.+)", "error.missingParameters"),
                    new Translation(
                            "Missing required options and parameters: (.+)",
                            "error.missingOptionsAndParameters"),
                    new Translation(
                            "Missing required parameter for option '(.+)' \\((.+)\\)",
                            "error.missingValue"),
                    new Translation(
                            "Expected parameter for option '(.+)' but found '(.+)'",
                            "error.expectedValue"),
                    new Translation("Unknown option: (.+)", "error.unknownOption"),
                    new Translation("Unknown options: (.+)", "error.unknownOptions"),
                    new Translation(
                            "Unmatched argument at index (\\d+): (.+)", "error.unmatchedArgument"),
                    new Translation(
                            "Unmatched arguments from index (\\d+): (.+)",
                            "error.unmatchedArguments"),
                    new Translation(
                            "Invalid value for option '(.+)': expected one of \\[(.*)] \\(case-sensitive\\) but was '(.*)'",
                            "error.invalidChoice"),
                    new Translation(
                            "option '(.+)' \\((.+)\\) should be specified only once",
                            "error.onlyOnce"),
                    new Translation(
                            "Error: Missing required argument\\(s\\): (.+)",
                            "error.missingArguments"),
                    new Translation(
                            "Error: Missing required argument \\(specify one of these\\): (.+)",
                            "error.missingOneOf"),
                    new Translation(
                            "Error: (.+) and (.+) are mutually exclusive \\(specify only one\\)",
                            "error.mutuallyExclusive"));

    private record Translation(Pattern english, String key) {
        Translation(String english, String key) {
            this(Pattern.compile(english, Pattern.DOTALL), key);
        }
    }

    private final Locale locale;
    private final ResourceBundle bundle;

    CliTexts(Locale locale) {
        this.locale = locale;
        this.bundle = Message.bundle(BUNDLE, locale);
    }

    /**
     * The language chosen by {@code --lang} among the arguments, else the system's, else English.
     */
    static CliTexts choose(String[] args, String systemLanguage) {
        String asked = langArgument(args).orElse(systemLanguage);
        return new CliTexts(
                Locale.forLanguageTag(LANGUAGES.contains(asked) ? asked : LANGUAGES.get(0)));
    }

    /**
     * The system's language: the first of LC_ALL, LC_MESSAGES and LANG that names one (es_ES.UTF-8
     * is "es"; C and POSIX name none), as on Linux and macOS, else Java's default locale (which is
     * how Windows says it). The variables are read directly because Java ignores LANG when that
     * locale is not installed, as in many containers.
     */
    static String systemLanguage(Map<String, String> environment, Locale javaDefault) {
        for (String variable : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = environment.getOrDefault(variable, "");
            String language = value.split("[_.@]", 2)[0].toLowerCase(Locale.ROOT);
            if (!language.isEmpty() && !language.equals("c") && !language.equals("posix")) {
                return language;
            }
        }
        return javaDefault.getLanguage();
    }

    /**
     * The value of {@code --lang} (else of its old name {@code --language}), read before picocli
     * parses anything, so that even a mistake in the rest of the command line is reported in that
     * language. picocli checks the value itself.
     */
    private static Optional<String> langArgument(String[] args) {
        return optionValue(args, "--lang").or(() -> optionValue(args, "--language"));
    }

    private static Optional<String> optionValue(String[] args, String option) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(option) && i + 1 < args.length) {
                return Optional.of(args[i + 1]);
            }
            if (args[i].startsWith(option + "=")) {
                return Optional.of(args[i].substring(option.length() + 1));
            }
        }
        return Optional.empty();
    }

    Locale locale() {
        return locale;
    }

    ResourceBundle bundle() {
        return bundle;
    }

    /** The message for the key, with {0}, {1}… filled in; apostrophes and braces are literal. */
    String get(String key, Object... args) {
        return message(key, args).in(locale);
    }

    /** The same as a message, for a located problem. */
    static Message message(String key, Object... args) {
        return Message.in(BUNDLE, key, args);
    }

    /** "a, b or c" in this language. */
    String either(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return get(
                "list.or",
                String.join(", ", items.subList(0, items.size() - 1)),
                items.get(items.size() - 1));
    }

    /** picocli's message for a command used wrongly, in this language when the bundle says it. */
    String explain(CommandLine.ParameterException e) {
        String english = e.getMessage();
        for (Translation t : PICOCLI) {
            Matcher m = t.english().matcher(english);
            if (m.matches()) {
                Object[] parts = new Object[m.groupCount()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = m.group(i + 1);
                }
                return get(t.key(), parts);
            }
        }
        return english;
    }
}
