package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import grayarea.TestBanks;
import grayarea.bank.AnswerValue;
import grayarea.bank.Message;
import grayarea.ui.toolkit.Texts;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app's own texts (grayarea/ui/messages), the report texts (grayarea/report/report), the
 * problems found in files (grayarea/bank/problems, grayarea/session/problems) and the command
 * line's messages (grayarea/cli/messages), in English and Spanish: complete, translated, with the
 * same placeholders and help-line numbers, every key used, every used key there. Reads the files
 * and the Java sources directly, so no JavaFX is needed.
 *
 * <p>The default bank carries its own texts; that each of them has "en" and "es" and that the
 * Spanish is not the English copied is tested in {@code
 * grayarea.bank.BankLoaderTest.TheDefaultBank} (everyTextHasBothLanguages, everyTextIsTranslated),
 * and its help-resource contacts in spanishContactsCarryTheSameNumbers. Here only the help-line
 * numbers and codes are checked over every one of its texts.
 */
class TextsTest {

    private static final Path UI_SOURCES = Path.of("src/main/java/grayarea/ui");
    private static final Path DEFAULT_BANK = Path.of(TestBanks.DEFAULT);
    private static final Path RELEASED_1_0_0 = Path.of(TestBanks.RELEASED_1_0_0);

    /**
     * Help-line numbers and text codes from ../shared/help-resources.md: translated around, never
     * changed.
     */
    private static final List<String> HELP_LINE_CODES =
            List.of(
                    "911",
                    "1-800-799-7233",
                    "800-799-SAFE",
                    "1-800-787-3224",
                    "START",
                    "88788",
                    "988");

    /** A key built in code from a literal prefix and an id: the keys it can build, and where. */
    record Dynamic(String prefix, List<String> keys, String builtIn) {

        static Dynamic of(String prefix, List<String> suffixes, String builtIn) {
            return new Dynamic(prefix, suffixes.stream().map(s -> prefix + s).toList(), builtIn);
        }
    }

    /**
     * One resource bundle in its two languages, and the code that uses it. {@code format} turns one
     * of its texts into the message format the code gives it to; {@code checkedElsewhere} picks
     * keys that no Java literal names (picocli finds them by the name of a command or option),
     * whose use another test checks.
     */
    record Bundle(
            String name,
            Path english,
            Path spanish,
            List<Path> sources,
            Pattern lookup,
            Map<String, String> sameInBoth,
            List<Dynamic> dynamic,
            UnaryOperator<String> format,
            Predicate<String> checkedElsewhere) {

        /**
         * A bundle read as {@link grayarea.ui.toolkit.Texts} reads it: apostrophes literal, every
         * key named in the code.
         */
        Bundle(
                String name,
                Path english,
                Path spanish,
                List<Path> sources,
                Pattern lookup,
                Map<String, String> sameInBoth,
                List<Dynamic> dynamic) {
            this(
                    name,
                    english,
                    spanish,
                    sources,
                    lookup,
                    sameInBoth,
                    dynamic,
                    text -> text.replace("'", "''"),
                    key -> false);
        }

        @Override
        public String toString() {
            return name;
        }

        Map<String, String> en() {
            return read(english);
        }

        Map<String, String> es() {
            return read(spanish);
        }

        String code() {
            return javaSources(sources);
        }
    }

    private static final List<String> RATINGS =
            Arrays.stream(AnswerValue.Rating.values()).map(AnswerValue.Rating::json).toList();

    static final Bundle UI =
            new Bundle(
                    "ui messages",
                    Path.of("src/main/resources/grayarea/ui/messages.properties"),
                    Path.of("src/main/resources/grayarea/ui/messages_es.properties"),
                    List.of(UI_SOURCES),
                    // texts.get("key"… or context.texts().get("key"…
                    Pattern.compile("texts(?:\\(\\))?\\s*\\.\\s*get\\(\\s*\"([^\"]*)\""),
                    sameInBoth(
                            "app.title", "the product name, Gray Area, is not translated",
                            "welcome.title", "the product name, Gray Area, is not translated",
                            "answer.no", "\"No\" is the same word in Spanish"),
                    List.of(
                            Dynamic.of(
                                    "welcome.",
                                    List.of("partner", "partner.detail", "self", "self.detail"),
                                    "welcome/WelcomeView.showChoices: \"welcome.\" + perspective.id() (+ \".detail\"),"
                                            + " for the perspectives partner and self"),
                            Dynamic.of(
                                    "answer.",
                                    List.of("yes", "no"),
                                    "quiz/AnswerWords, quiz/QuestionView, result/ResultViewModel: \"answer.\" + option id,"
                                            + " for options without a label of their own (yes/no)"),
                            Dynamic.of(
                                    "rating.",
                                    RATINGS,
                                    "quiz/QuestionView, quiz/AnswerWords, result/ResultViewModel: \"rating.\" + rating.json()"),
                            Dynamic.of(
                                    "couple.about.",
                                    List.of("self", "partner"),
                                    "quiz/WizardView (step title in couple mode): \"couple.about.\" + at.perspective()")));

    static final Bundle REPORT =
            new Bundle(
                    "report texts",
                    Path.of("src/main/resources/grayarea/report/report.properties"),
                    Path.of("src/main/resources/grayarea/report/report_es.properties"),
                    List.of(
                            Path.of("src/main/java/grayarea/report"),
                            Path.of("src/main/java/grayarea/cli")),
                    // texts.getString("key") or the reports' own format("key", args…) (not
                    // String.format)
                    Pattern.compile("(?:getString|(?<![.\\w])format)\\(\\s*\"([^\"]*)\""),
                    sameInBoth("answer.no", "\"No\" is the same word in Spanish"),
                    List.of(
                            Dynamic.of(
                                    "answer.",
                                    List.of("yes", "no"),
                                    "Words.answerLabel: \"answer.\" + option id, for options without a label (yes/no)"),
                            Dynamic.of(
                                    "rating.",
                                    RATINGS,
                                    "TextReport.rating and ComparisonReport.rating: \"rating.\" + rating.json()"),
                            Dynamic.of(
                                    "couple.rating.",
                                    RATINGS,
                                    "ComparisonReport.says: \"couple.rating.\" + rating.json()")));

    /**
     * The bank's problems, said with {@link Message}: only {0}, {1}… are placeholders, all else is
     * literal.
     */
    static final Bundle BANK =
            new Bundle(
                    "bank problems",
                    Path.of("src/main/resources/grayarea/bank/problems.properties"),
                    Path.of("src/main/resources/grayarea/bank/problems_es.properties"),
                    List.of(Path.of("src/main/java/grayarea/bank")),
                    Pattern.compile("Message\\.of\\(\\s*\"([^\"]*)\""),
                    sameInBoth(
                            "json.size.byte",
                                    "only a number and the unit, \"byte\" in both languages",
                            "json.size.bytes",
                                    "only a number and the unit, \"bytes\" in both languages",
                            "json.size.kb", "only a number and the unit: {0} KB",
                            "json.size.mb", "only a number and the unit: {0} MB",
                            "fit.expected.text",
                                    "JSON, the same in every language: {\"text\": \"...\"}"),
                    List.of(),
                    Message::pattern,
                    key -> false);

    /**
     * Problems in the files the session package reads (turn files, result files, saved sessions).
     */
    static final Bundle SESSION =
            new Bundle(
                    "session problems",
                    Path.of("src/main/resources/grayarea/session/problems.properties"),
                    Path.of("src/main/resources/grayarea/session/problems_es.properties"),
                    List.of(Path.of("src/main/java/grayarea/session")),
                    Pattern.compile("SessionMessages\\.of\\(\\s*\"([^\"]*)\""),
                    sameInBoth(),
                    List.of(),
                    Message::pattern,
                    key -> false);

    /**
     * The command line: its own messages (texts.get, CliTexts.message) and picocli's usage help,
     * whose keys name commands and options ({@code grayarea.score.bank}); grayarea.cli.CliTextsTest
     * checks those against the commands themselves, in both languages.
     */
    static final Bundle CLI =
            new Bundle(
                    "command-line messages",
                    Path.of("src/main/resources/grayarea/cli/messages.properties"),
                    Path.of("src/main/resources/grayarea/cli/messages_es.properties"),
                    List.of(Path.of("src/main/java/grayarea/cli")),
                    Pattern.compile("(?:\\.get|message)\\(\\s*\"([^\"]*)\""),
                    sameInBoth(),
                    List.of(),
                    Message::pattern,
                    key ->
                            key.startsWith("grayarea.")
                                    || key.startsWith("usage.")
                                    || key.startsWith("mixinStandardHelpOptions.")
                                    || key.equals("lang"));

    static Stream<Bundle> bundles() {
        return Stream.of(UI, REPORT, BANK, SESSION, CLI);
    }

    @Nested
    @DisplayName("both languages")
    class BothLanguages {

        @ParameterizedTest(name = "{0}")
        @MethodSource("grayarea.ui.TextsTest#bundles")
        @DisplayName("every key is in English and in Spanish")
        void sameKeys(Bundle bundle) {
            Set<String> en = bundle.en().keySet();
            Set<String> es = bundle.es().keySet();
            assertThat(minus(en, es))
                    .as("keys of %s missing in %s", bundle.english, bundle.spanish)
                    .isEmpty();
            assertThat(minus(es, en))
                    .as("keys of %s missing in %s", bundle.spanish, bundle.english)
                    .isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("grayarea.ui.TextsTest#bundles")
        @DisplayName(
                "no Spanish text is the English one copied, apart from the allow-list and texts of placeholders only")
        void translated(Bundle bundle) {
            Map<String, String> en = bundle.en();
            Map<String, String> es = bundle.es();
            assertThat(en.keySet())
                    .as("allow-listed keys that no longer exist in %s", bundle.english)
                    .containsAll(bundle.sameInBoth().keySet());
            Map<String, String> copied = new TreeMap<>();
            en.forEach(
                    (key, english) -> {
                        if (!bundle.sameInBoth().containsKey(key)
                                && english.strip().equals(strip(es.get(key)))
                                && hasWords(english)) {
                            copied.put(key, english);
                        }
                    });
            assertThat(copied)
                    .as("Spanish texts of %s equal to the English ones", bundle.spanish)
                    .isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("grayarea.ui.TextsTest#bundles")
        @DisplayName("each key has the same placeholders {0}, {1}… in both languages")
        void samePlaceholders(Bundle bundle) {
            Map<String, String> es = bundle.es();
            Map<String, String> differ = new TreeMap<>();
            bundle.en()
                    .forEach(
                            (key, english) -> {
                                if (es.containsKey(key)
                                        && !placeholders(english)
                                                .equals(placeholders(es.get(key)))) {
                                    differ.put(
                                            key,
                                            "en "
                                                    + placeholders(english)
                                                    + ", es "
                                                    + placeholders(es.get(key)));
                                }
                            });
            assertThat(differ)
                    .as(
                            "placeholders that differ between %s and %s",
                            bundle.english, bundle.spanish)
                    .isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("grayarea.ui.TextsTest#bundles")
        @DisplayName(
                "every text with placeholders is a valid message pattern (apostrophes literal, as the app reads them)")
        void validPatterns(Bundle bundle) {
            for (Map.Entry<String, String> e :
                    Stream.concat(
                                    bundle.en().entrySet().stream()
                                            .map(x -> Map.entry("en " + x.getKey(), x.getValue())),
                                    bundle.es().entrySet().stream()
                                            .map(x -> Map.entry("es " + x.getKey(), x.getValue())))
                            .toList()) {
                if (e.getValue().contains("{")) {
                    assertThatCode(
                                    () ->
                                            new MessageFormat(
                                                    bundle.format().apply(e.getValue()),
                                                    Locale.ROOT))
                            .as("%s: %s", bundle.name, e.getKey())
                            .doesNotThrowAnyException();
                }
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("grayarea.ui.TextsTest#bundles")
        @DisplayName("help-line numbers and codes stay unchanged in Spanish")
        void helpLinesUnchanged(Bundle bundle) {
            Map<String, String> es = bundle.es();
            Map<String, String> differ = new TreeMap<>();
            bundle.en()
                    .forEach(
                            (key, english) -> {
                                if (es.containsKey(key)
                                        && !helpLineCodes(english)
                                                .equals(helpLineCodes(es.get(key)))) {
                                    differ.put(
                                            key,
                                            "en "
                                                    + helpLineCodes(english)
                                                    + ", es "
                                                    + helpLineCodes(es.get(key)));
                                }
                            });
            assertThat(differ)
                    .as("help-line numbers or codes that differ in %s", bundle.spanish)
                    .isEmpty();
        }
    }

    @Test
    @DisplayName(
            "on a Spanish system, English stays English: the system's language never stands in for a missing one")
    void englishOnASpanishSystem() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("es-ES"));
            assertThat(new Texts(Locale.ENGLISH).get("welcome.openBank"))
                    .isEqualTo(UI.en().get("welcome.openBank"));
            for (Bundle bundle : List.of(REPORT, BANK, SESSION, CLI)) {
                String name =
                        bundle.english()
                                .toString()
                                .replaceFirst("^src/main/resources/", "")
                                .replaceFirst("\\.properties$", "")
                                .replace('/', '.');
                Map.Entry<String, String> any = bundle.en().entrySet().iterator().next();
                assertThat(Message.bundle(name, Locale.ENGLISH).getString(any.getKey()))
                        .as(name)
                        .isEqualTo(any.getValue());
                assertThat(Message.bundle(name, Locale.FRENCH).getString(any.getKey()))
                        .as(name)
                        .isEqualTo(any.getValue());
            }
        } finally {
            Locale.setDefault(system);
        }
    }

    @Nested
    @DisplayName("keys and code")
    class KeysAndCode {

        @Test
        @DisplayName("every key of the ui messages is used in src/main/java/grayarea/ui")
        void everyUiKeyIsUsed() {
            assertEveryKeyIsUsed(UI);
        }

        @Test
        @DisplayName(
                "every key of the report texts is used in src/main/java/grayarea/report or cli")
        void everyReportKeyIsUsed() {
            assertEveryKeyIsUsed(REPORT);
        }

        @Test
        @DisplayName("every key of the bank problems is used in src/main/java/grayarea/bank")
        void everyBankKeyIsUsed() {
            assertEveryKeyIsUsed(BANK);
        }

        @Test
        @DisplayName("every key of the session problems is used in src/main/java/grayarea/session")
        void everySessionKeyIsUsed() {
            assertEveryKeyIsUsed(SESSION);
        }

        @Test
        @DisplayName(
                "every message key of the command line is used in src/main/java/grayarea/cli (usage keys: CliTextsTest)")
        void everyCliKeyIsUsed() {
            assertEveryKeyIsUsed(CLI);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("grayarea.ui.TextsTest#bundles")
        @DisplayName(
                "every key the code looks up, or names as a key-shaped literal, is in the bundle")
        void everyUsedKeyExists(Bundle bundle) {
            Map<String, String> en = bundle.en();
            String code = bundle.code();
            Set<String> missing = new TreeSet<>();
            for (String key : lookedUp(bundle, code)) {
                if (!key.endsWith(".") && !en.containsKey(key)) {
                    missing.add(key + " (looked up)");
                }
            }
            for (String key : keyShapedLiterals(bundle, en.keySet(), code)) {
                if (!en.containsKey(key)) {
                    missing.add(key + " (key-shaped literal)");
                }
            }
            for (Dynamic d : bundle.dynamic()) {
                for (String key : d.keys()) {
                    if (!en.containsKey(key)) {
                        missing.add(key + " (built in " + d.builtIn() + ")");
                    }
                }
            }
            assertThat(missing)
                    .as("keys used in %s but missing in %s", bundle.sources(), bundle.english)
                    .isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("grayarea.ui.TextsTest#bundles")
        @DisplayName(
                "every key prefix the code builds keys from is listed in this test, with the keys it builds")
        void everyDynamicPrefixIsKnown(Bundle bundle) {
            Set<String> known =
                    bundle.dynamic().stream().map(Dynamic::prefix).collect(Collectors.toSet());
            Set<String> prefixes = new TreeSet<>();
            for (String key : lookedUp(bundle, bundle.code())) {
                if (key.endsWith(".")) {
                    prefixes.add(key);
                }
            }
            assertThat(known)
                    .as(
                            "key prefixes built in %s; add any new one to the bundle's dynamic list",
                            bundle.sources())
                    .containsAll(prefixes);
        }

        private static void assertEveryKeyIsUsed(Bundle bundle) {
            String code = bundle.code();
            Set<String> dynamic = new TreeSet<>();
            for (Dynamic d : bundle.dynamic()) {
                if (code.contains("\"" + d.prefix() + "\"")) {
                    dynamic.addAll(d.keys());
                }
            }
            Set<String> unused = new TreeSet<>();
            for (String key : bundle.en().keySet()) {
                if (!code.contains("\"" + key + "\"")
                        && !dynamic.contains(key)
                        && !bundle.checkedElsewhere().test(key)) {
                    unused.add(key);
                }
            }
            assertThat(unused)
                    .as("keys of %s used nowhere in %s", bundle.english, bundle.sources())
                    .isEmpty();
        }

        /** Every string literal passed first to a lookup (texts.get, getString, format). */
        private static Set<String> lookedUp(Bundle bundle, String code) {
            Set<String> keys = new TreeSet<>();
            Matcher m = bundle.lookup().matcher(code);
            while (m.find()) {
                keys.add(m.group(1));
            }
            return keys;
        }

        /**
         * Literals shaped like a dotted key whose first part is one of the bundle's own first
         * parts, so keys chosen in a ternary or a switch are checked too ({@code last ?
         * "wizard.review" : "wizard.next"}). File names such as "app.css" are not keys.
         */
        private static Set<String> keyShapedLiterals(Bundle bundle, Set<String> keys, String code) {
            Set<String> namespaces =
                    keys.stream()
                            .filter(k -> k.contains(".") && !bundle.checkedElsewhere().test(k))
                            .map(k -> k.substring(0, k.indexOf('.')))
                            .collect(Collectors.toSet());
            Pattern literal = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z][A-Za-z-]*)+)\"");
            Set<String> fileEndings =
                    Set.of("css", "json", "pdf", "csv", "txt", "png", "properties");
            Set<String> found = new TreeSet<>();
            Matcher m = literal.matcher(code);
            while (m.find()) {
                String s = m.group(1);
                String first = s.substring(0, s.indexOf('.'));
                String last = s.substring(s.lastIndexOf('.') + 1);
                if (namespaces.contains(first) && !fileEndings.contains(last)) {
                    found.add(s);
                }
            }
            return found;
        }
    }

    @Nested
    @DisplayName("the default bank")
    class DefaultBank {

        @Test
        @DisplayName(
                "help-line numbers and codes are the same in the Spanish of every text, in both"
                        + " shipped versions")
        void helpLinesUnchanged() throws IOException {
            // 1.1.0 leaves the help lines to the app and names none itself; 1.0.0, still bundled
            // for old answers, names them in its resources
            boolean someTextNamesAHelpLine = false;
            for (Path bank : List.of(DEFAULT_BANK, RELEASED_1_0_0)) {
                JsonNode root;
                try (Reader in = utf8(bank)) {
                    root = JsonMapper.builder().build().readTree(in);
                }
                Map<String, JsonNode> texts = new LinkedHashMap<>();
                collectTexts(root, "", texts);
                assertThat(texts).as("texts found in %s", bank).hasSizeGreaterThan(100);
                someTextNamesAHelpLine |=
                        texts.values().stream()
                                .map(t -> t.path("en").asString())
                                .anyMatch(en -> !helpLineCodes(en).isEmpty());
                Map<String, String> differ = new TreeMap<>();
                texts.forEach(
                        (where, text) -> {
                            List<String> en = helpLineCodes(text.path("en").asString());
                            List<String> es = helpLineCodes(text.path("es").asString(""));
                            if (!en.equals(es)) {
                                differ.put(where, "en " + en + ", es " + es);
                            }
                        });
                assertThat(differ)
                        .as("help-line numbers or codes that differ in %s", bank)
                        .isEmpty();
            }
            assertThat(someTextNamesAHelpLine).as("some text names a help line").isTrue();
        }

        /**
         * A text is an object with a string "en"; the bank's own records are not needed for that.
         */
        private static void collectTexts(JsonNode node, String where, Map<String, JsonNode> out) {
            if (node.isObject()) {
                if (node.path("en").isString()) {
                    out.put(where, node);
                    return;
                }
                node.properties()
                        .forEach(e -> collectTexts(e.getValue(), where + "/" + e.getKey(), out));
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    JsonNode id = node.get(i).path("id");
                    collectTexts(
                            node.get(i),
                            where + "[" + (id.isString() ? id.asString() : i) + "]",
                            out);
                }
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The allow-list: pairs of key and why its text is the same in both languages. */
    private static Map<String, String> sameInBoth(String... keyAndWhy) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < keyAndWhy.length; i += 2) {
            out.put(keyAndWhy[i], keyAndWhy[i + 1]);
        }
        return out;
    }

    /** The argument numbers a pattern uses, nested choice formats included. */
    static Set<Integer> placeholders(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\s*(\\d+)").matcher(text);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    /** The help-line numbers and codes a text names, each as often as it names it, sorted. */
    static List<String> helpLineCodes(String text) {
        List<String> found = new ArrayList<>();
        for (String code : HELP_LINE_CODES) {
            // not part of a longer number or code: 800-799-7233 inside 1-800-799-7233 is not
            // counted twice
            String after =
                    Character.isLetter(code.charAt(code.length() - 1))
                            ? "(?![A-Za-z0-9-])"
                            : "(?![0-9-])";
            Matcher m =
                    Pattern.compile("(?<![A-Za-z0-9-])" + Pattern.quote(code) + after)
                            .matcher(text);
            while (m.find()) {
                found.add(code);
            }
        }
        found.sort(null);
        return found;
    }

    /**
     * Whether a text has a word outside its placeholders; "{0}: {1}" or "{0} %" has nothing to
     * translate.
     */
    static boolean hasWords(String text) {
        return text.replaceAll("\\{[^{}]*}", "").codePoints().anyMatch(Character::isLetter);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    /**
     * A properties file read as UTF-8, as ResourceBundle reads it since Java 9; malformed bytes
     * fail.
     */
    static Map<String, String> read(Path file) {
        Properties p = new Properties();
        try (Reader in = utf8(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    private static Reader utf8(Path file) throws IOException {
        return new InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** All Java sources under the folders, as one text. */
    static String javaSources(List<Path> folders) {
        StringBuilder all = new StringBuilder();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(folder.toString(), e);
            }
        }
        return all.toString();
    }
}
