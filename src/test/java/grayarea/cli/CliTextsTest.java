package grayarea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The command line's usage help comes from grayarea/cli/messages, found by picocli from the names
 * of commands and options: every command, option and parameter is described in English and in
 * Spanish (a description written in an annotation would read the same in both, and fails here), and
 * every usage key of the bundle describes something that exists. The rest of the bundle (the
 * commands' own messages) is checked by grayarea.ui.TextsTest.
 */
class CliTextsTest {

    /** The keys picocli looks up by name (the same split as TextsTest.CLI makes). */
    static final Predicate<String> USAGE_KEY =
            key ->
                    key.startsWith("grayarea.")
                            || key.startsWith("usage.")
                            || key.startsWith("mixinStandardHelpOptions.")
                            || key.equals("lang");

    private static CommandSpec root(String language) {
        return GrayAreaCli.commandLine(new CliTexts(Locale.forLanguageTag(language)))
                .getCommandSpec();
    }

    private static List<CommandSpec> commands(CommandSpec spec) {
        List<CommandSpec> all = new ArrayList<>(List.of(spec));
        spec.subcommands().values().forEach(sub -> all.addAll(commands(sub.getCommandSpec())));
        return all;
    }

    /** What a person reads about each command, option and parameter, by where it is. */
    private static Map<String, String> descriptions(String language) {
        Map<String, String> out = new LinkedHashMap<>();
        for (CommandSpec command : commands(root(language))) {
            String name = command.qualifiedName();
            out.put(name, String.join(" ", command.usageMessage().description()));
            for (OptionSpec option : command.options()) {
                out.put(name + " " + option.longestName(), String.join(" ", option.description()));
            }
            for (PositionalParamSpec parameter : command.positionalParameters()) {
                out.put(
                        name + " " + parameter.paramLabel(),
                        String.join(" ", parameter.description()));
            }
        }
        CommandSpec root = root(language);
        out.put(
                "exit codes",
                String.join(" ", root.usageMessage().exitCodeListHeading())
                        + root.usageMessage().exitCodeList());
        return out;
    }

    @Test
    @DisplayName(
            "every command, option and parameter has a description, in English and in Spanish, and they differ")
    void everythingIsDescribedInBothLanguages() {
        Map<String, String> en = descriptions("en");
        Map<String, String> es = descriptions("es");
        assertThat(en)
                .containsKeys(
                        "grayarea",
                        "grayarea validate",
                        "grayarea score --answers",
                        "grayarea validate BANK");
        assertThat(en)
                .as("descriptions missing in English")
                .allSatisfy((where, text) -> assertThat(text).isNotBlank());
        assertThat(es)
                .as("descriptions missing in Spanish")
                .allSatisfy((where, text) -> assertThat(text).isNotBlank());
        Map<String, String> same = new LinkedHashMap<>();
        en.forEach(
                (where, text) -> {
                    if (text.equals(es.get(where))) {
                        same.put(where, text);
                    }
                });
        assertThat(same)
                .as(
                        "descriptions that read the same in Spanish: put them in both bundles, not in an annotation")
                .isEmpty();
    }

    @Test
    @DisplayName("every usage key in the bundle describes a command, option or section that exists")
    void everyUsageKeyIsUsed() {
        CommandSpec root = root("en");
        Set<String> looked =
                new TreeSet<>(
                        List.of(
                                "usage.synopsisHeading",
                                "usage.commandListHeading",
                                "grayarea.usage.exitCodeListHeading"));
        for (int i = 0; i < root.usageMessage().exitCodeList().size(); i++) {
            looked.add("grayarea.usage.exitCodeList." + i);
        }
        for (CommandSpec command : commands(root)) {
            String prefix = command.qualifiedName(".") + ".";
            looked.add(prefix + "usage.description");
            for (ArgSpec arg : command.args()) {
                String key = arg.descriptionKey();
                if (key != null && !key.isEmpty()) {
                    looked.add(key);
                    looked.add(prefix + key);
                } else if (arg instanceof OptionSpec option) {
                    looked.add(prefix + option.longestName().replaceFirst("^-+", ""));
                }
            }
        }
        ResourceBundle bundle = new CliTexts(Locale.ENGLISH).bundle();
        Set<String> unused = new TreeSet<>();
        for (String key : bundle.keySet()) {
            if (USAGE_KEY.test(key) && !looked.contains(key)) {
                unused.add(key);
            }
        }
        assertThat(unused)
                .as("usage keys of grayarea/cli/messages.properties that describe nothing")
                .isEmpty();
    }

    @Test
    @DisplayName(
            "picocli's own messages for a command used wrongly are matched by CliTexts, or shown in English")
    void picocliMessagesAreSaidAgain() {
        CommandLine cli = GrayAreaCli.commandLine(new CliTexts(Locale.forLanguageTag("es")));
        CliTexts texts = new CliTexts(Locale.forLanguageTag("es"));
        Map<String, String> said = new LinkedHashMap<>();
        for (String[] args :
                List.of(
                        new String[] {"compare"},
                        new String[] {"compare", "--first"},
                        new String[] {"score", "--bank", "--answers", "x"},
                        new String[] {"score", "--answers", "a", "--bank", "b", "--bank", "c"},
                        new String[] {"x", "y"})) {
            try {
                cli.parseArgs(args);
            } catch (CommandLine.ParameterException e) {
                said.put(e.getMessage(), texts.explain(e));
            }
        }
        assertThat(said)
                .hasSize(5)
                .allSatisfy((english, spanish) -> assertThat(spanish).isNotEqualTo(english));
        assertThat(said.values())
                .containsExactly(
                        "Faltan las opciones obligatorias: '--first=FILE', '--second=FILE'",
                        "Falta el valor de la opción '--first' (FILE)",
                        "Se esperaba un valor para la opción '--bank', pero se encontró '--answers'",
                        "La opción '--bank' (FILE) solo debe indicarse una vez",
                        "Argumentos no reconocidos desde la posición 0: 'x', 'y'");
    }
}
