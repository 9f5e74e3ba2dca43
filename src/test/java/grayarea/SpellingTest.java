package grayarea;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.BankCatalog;
import grayarea.bank.BankRef;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One spelling, US English, in every English text a person sees (decision 0034): the English
 * resource bundles, the English texts of the newest version of each bundled bank, the shared help
 * resources once they are a file, and the prose of the README and docs. A British form is reported
 * with where it is (FILE:key, FILE#/json/pointer or FILE:LINE) and its US form.
 *
 * <p>Format keys and ids are not texts and keep their spelling: a bundle's keys, a bank's property
 * names and ids ({@code behaviours}, {@code "behaviour": "late-texting"}), code in the docs. Only
 * the values the bank schema declares as texts are read, and only their English.
 */
class SpellingTest {

    /**
     * The first version of each bank id written in US English. Released versions before it keep
     * their words, so that answers given to them are shown and re-scored as they were asked (today
     * micro-cheating 1.0.0, with "behaviour", "tick" and "judgement"); a bank not named here is
     * checked whatever its version. The newest bundled version of an id is checked once it is at
     * least this one.
     */
    static final Map<String, String> FIRST_VERSION_IN_US_ENGLISH =
            Map.of("micro-cheating", "1.1.0");

    /**
     * Words the help services write themselves, quoted as they write them (help-resources.md): a
     * service's own description stays in its own spelling.
     */
    static final List<String> SERVICES_OWN_WORDS =
            List.of(
                    "national domestic, family and sexual violence counselling",
                    "a trained counsellor");

    /** British form (a word, whole, any case) and its US form. */
    record Form(Pattern british, String us) {}

    static final List<Form> BRITISH = new ArrayList<>();

    private static void form(String british, String us) {
        BRITISH.add(
                new Form(
                        Pattern.compile(
                                "\\b" + british + "\\b",
                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                        us));
    }

    static {
        form("behaviour", "behavior");
        form("behaviours", "behaviors");
        form("behavioural", "behavioral");
        form("colour", "color");
        form("colours", "colors");
        form("coloured", "colored");
        form("colourful", "colorful");
        form("favour", "favor");
        form("favours", "favors");
        form("favourite", "favorite");
        form("favourites", "favorites");
        form("honour", "honor");
        form("honours", "honors");
        form("humour", "humor");
        form("labour", "labor");
        form("neighbour", "neighbor");
        form("rumour", "rumor");
        form("endeavour", "endeavor");
        form("organise", "organize");
        form("organised", "organized");
        form("organises", "organizes");
        form("organising", "organizing");
        form("organisation", "organization");
        form("organisations", "organizations");
        form("recognise", "recognize");
        form("recognised", "recognized");
        form("recognises", "recognizes");
        form("recognising", "recognizing");
        form("realise", "realize");
        form("realised", "realized");
        form("realises", "realizes");
        form("realising", "realizing");
        form("apologise", "apologize");
        form("prioritise", "prioritize");
        form("criticise", "criticize");
        form("criticised", "criticized");
        form("emphasise", "emphasize");
        form("minimise", "minimize");
        form("minimising", "minimizing");
        form("summarise", "summarize");
        form("sympathise", "sympathize");
        form("personalise", "personalize");
        form("analyse", "analyze");
        form("analysed", "analyzed");
        form("paralysed", "paralyzed");
        form("counselling", "counseling");
        form("counsellor", "counselor");
        form("counsellors", "counselors");
        form("cancelled", "canceled");
        form("labelled", "labeled");
        form("travelled", "traveled");
        form("judgement", "judgment");
        form("judgements", "judgments");
        form("judgemental", "judgmental");
        form("acknowledgement", "acknowledgment");
        form("centre", "center");
        form("centres", "centers");
        form("licence", "license");
        form("defence", "defense");
        form("offence", "offense");
        form("pretence", "pretense");
        form("practise", "practice");
        form("tick", "check");
        form("ticks", "checks");
        form("ticked", "checked");
        form("ticking", "checking");
        form("untick", "uncheck");
        form("unticked", "unchecked");
        form("grey", "gray");
        form("programme", "program");
        form("catalogue", "catalog");
        form("enquire", "inquire");
        form("enquiry", "inquiry");
        form("fulfil", "fulfill");
        form("fulfilment", "fulfillment");
        form("skilful", "skillful");
        form("wilful", "willful");
        form("learnt", "learned");
        form("whilst", "while");
        form("amongst", "among");
        form("ageing", "aging");
        form("sceptical", "skeptical");
        form("focussed", "focused");
    }

    private static final Path BANK_SCHEMA = Path.of("questions/schema/question-bank.schema.json");
    private static final Path HELP_RESOURCES = Path.of("questions/help-resources.json");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+\\}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The British forms in a text, each as "«found»: US «us»". */
    static List<String> britishIn(String text) {
        // a placeholder such as {behaviour} is a format key, filled in with a text
        String checked = PLACEHOLDER.matcher(text).replaceAll(" ");
        for (String quoted : SERVICES_OWN_WORDS) {
            checked = checked.replace(quoted, " ");
        }
        List<String> found = new ArrayList<>();
        for (Form form : BRITISH) {
            Matcher m = form.british().matcher(checked);
            while (m.find()) {
                found.add("\"" + m.group() + "\": US \"" + form.us() + "\"");
            }
        }
        return found;
    }

    @Test
    void theListFindsBritishFormsWholeAndNamesTheirUsForm() {
        assertThat(britishIn("Tick the Behaviour you favour; judgement, colours."))
                .containsExactlyInAnyOrder(
                        "\"Tick\": US \"check\"",
                        "\"Behaviour\": US \"behavior\"",
                        "\"favour\": US \"favor\"",
                        "\"judgement\": US \"judgment\"",
                        "\"colours\": US \"colors\"");
        // whole words only, so names that merely contain one are left; a placeholder is a key
        assertThat(britishIn("a ticket for QuizBehaviourTest uses {behaviour} for the behaviour"))
                .containsExactly("\"behaviour\": US \"behavior\"");
        // a help service's own words are quoted as it writes them
        assertThat(britishIn("24/7, free, a trained counsellor; our counsellor")).hasSize(1);
        assertThat(britishIn("Check any that fit. The behavior, in color, is a judgment call."))
                .isEmpty();
    }

    // ---- the English resource bundles ---------------------------------------------------------

    /** Every English bundle: each .properties under src/main without a language suffix. */
    static List<Path> englishBundles() throws IOException {
        List<Path> bundles = new ArrayList<>();
        for (Path dir :
                List.of(Path.of("src/main/resources"), Path.of("src/main/resources-filtered"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(p -> p.getFileName().toString().endsWith(".properties"))
                        .filter(
                                p ->
                                        !p.getFileName()
                                                .toString()
                                                .matches(".*_[a-z]{2,3}(_[A-Z]{2})?\\.properties"))
                        .sorted()
                        .forEach(bundles::add);
            }
        }
        return bundles;
    }

    static Map<String, String> read(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k)));
        return values;
    }

    @Test
    void everyEnglishBundleIsInUsSpelling() throws IOException {
        List<Path> bundles = englishBundles();
        assertThat(bundles)
                .as("the English bundles of the window, the command line, reports and problems")
                .contains(
                        Path.of("src/main/resources/grayarea/ui/messages.properties"),
                        Path.of("src/main/resources/grayarea/cli/messages.properties"),
                        Path.of("src/main/resources/grayarea/report/report.properties"),
                        Path.of("src/main/resources/grayarea/bank/problems.properties"),
                        Path.of("src/main/resources/grayarea/session/problems.properties"));
        List<String> british = new ArrayList<>();
        for (Path bundle : bundles) {
            read(bundle)
                    .forEach(
                            (key, value) ->
                                    britishIn(value)
                                            .forEach(
                                                    f ->
                                                            british.add(
                                                                    bundle + ":" + key + ": "
                                                                            + f)));
        }
        assertThat(british).as("British forms in the English bundles (decision 0034)").isEmpty();
    }

    // ---- the bundled banks ---------------------------------------------------------------------

    /** The files of questions/bundled.txt, by the bank id and version each holds. */
    static Map<BankRef, Path> bundledFiles() throws IOException {
        Map<BankRef, Path> files = new LinkedHashMap<>();
        for (String line :
                Files.readAllLines(Path.of("questions/bundled.txt"), StandardCharsets.UTF_8)) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            Path file = Path.of("questions").resolve(entry);
            JsonNode bank = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            files.put(
                    new BankRef(bank.path("id").asString(), bank.path("version").asString()), file);
        }
        return files;
    }

    static final Comparator<String> VERSIONS =
            (a, b) -> {
                String[] x = a.split("\\.");
                String[] y = b.split("\\.");
                for (int i = 0; i < Math.max(x.length, y.length); i++) {
                    int p = i < x.length ? Integer.parseInt(x[i]) : 0;
                    int q = i < y.length ? Integer.parseInt(y[i]) : 0;
                    if (p != q) {
                        return Integer.compare(p, q);
                    }
                }
                return 0;
            };

    /** The newest bundled version of each bank id, as the app's catalog has them. */
    static List<BankRef> newestOfEachId() {
        BankCatalog catalog = BankCatalog.bundled();
        Set<String> ids = new LinkedHashSet<>();
        catalog.refs().forEach(r -> ids.add(r.id()));
        List<BankRef> newest = new ArrayList<>();
        for (String id : ids) {
            newest.add(
                    new BankRef(id, catalog.versionsOf(id).stream().max(VERSIONS).orElseThrow()));
        }
        return newest;
    }

    /**
     * Whether a bank version was written after decision 0034 (see {@link
     * #FIRST_VERSION_IN_US_ENGLISH}).
     */
    static boolean writtenInUsEnglish(BankRef ref) {
        String first = FIRST_VERSION_IN_US_ENGLISH.get(ref.id());
        return first == null || VERSIONS.compare(ref.version(), first) >= 0;
    }

    @Test
    void theNewestVersionOfEveryBundledBankIsInUsSpelling() throws IOException {
        Map<BankRef, Path> files = bundledFiles();
        JsonNode schema = JSON.readTree(Files.readString(BANK_SCHEMA, StandardCharsets.UTF_8));
        List<BankRef> checked = new ArrayList<>();
        List<String> british = new ArrayList<>();
        for (BankRef ref : newestOfEachId()) {
            if (!writtenInUsEnglish(ref)) {
                continue; // a version released before decision 0034 keeps its words
            }
            Path file = files.get(ref);
            assertThat(file).as("the file of " + ref + " in questions/bundled.txt").isNotNull();
            checked.add(ref);
            englishTexts(schema, file)
                    .forEach(
                            (pointer, text) ->
                                    britishIn(text)
                                            .forEach(
                                                    f ->
                                                            british.add(
                                                                    file + "#" + pointer + ": "
                                                                            + f)));
        }
        assertThat(checked).as("the banks checked").isNotEmpty();
        assertThat(british)
                .as("British forms in the bundled banks' English (decision 0034)")
                .isEmpty();
    }

    @Test
    void theBankCheckReadsEveryEnglishTextAndNoIdOrKey() throws IOException {
        // micro-cheating 1.0.0, released before decision 0034, is left as it was: run on it, the
        // check finds its British words where they are, and none in its ids and property names
        Map<BankRef, Path> files = bundledFiles();
        Path released = files.get(new BankRef("micro-cheating", "1.0.0"));
        assertThat(released).as("micro-cheating 1.0.0 stays bundled").isNotNull();
        assertThat(writtenInUsEnglish(new BankRef("micro-cheating", "1.0.0"))).isFalse();
        JsonNode schema = JSON.readTree(Files.readString(BANK_SCHEMA, StandardCharsets.UTF_8));
        Map<String, String> texts = englishTexts(schema, released);

        assertThat(texts).containsKey("/title/en").containsKey("/sections/0/questions/0/text/en");
        assertThat(texts.keySet())
                .as("only English texts: no ids, keys, Spanish or the article's own title")
                .noneMatch(
                        p -> p.endsWith("/id") || p.endsWith("/es") || p.equals("/source/title"));
        List<String> british = new ArrayList<>();
        texts.forEach(
                (pointer, text) -> britishIn(text).forEach(f -> british.add(pointer + ": " + f)));
        assertThat(british)
                .contains(
                        "/source/note/en: \"behaviours\": US \"behaviors\"",
                        "/sections/2/questions/3/help/en: \"Tick\": US \"check\"");
        assertThat(british).anyMatch(f -> f.endsWith("\"judgement\": US \"judgment\""));
        // the property "behaviour" (a question's behaviour id) is a format key, never read as text
        assertThat(Files.readString(released)).contains("\"behaviour\": \"");
        assertThat(texts.keySet()).noneMatch(p -> p.endsWith("/behaviour"));
    }

    /**
     * The English texts of a bank file by JSON pointer: the values the schema declares as texts,
     * their "en" (or "en-XX") entry, or the plain string of a bank written in English alone.
     */
    static Map<String, String> englishTexts(JsonNode schema, Path file) throws IOException {
        JsonNode bank = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        List<String> languages = new ArrayList<>();
        bank.path("languages").forEach(l -> languages.add(l.asString()));
        boolean englishAlone = languages.size() == 1 && languages.get(0).startsWith("en");
        Map<String, String> texts = new LinkedHashMap<>();
        walk(schema, schema, bank, "", englishAlone, texts, new HashMap<>());
        return texts;
    }

    private static void walk(
            JsonNode root,
            JsonNode schema,
            JsonNode json,
            String pointer,
            boolean englishAlone,
            Map<String, String> texts,
            Map<String, Set<JsonNode>> seen) {
        if (schema == null || !schema.isObject()) {
            return;
        }
        // a schema reached twice for the same value (through oneOf/allOf branches) is walked once
        if (!seen.computeIfAbsent(pointer, p -> Collections.newSetFromMap(new IdentityHashMap<>()))
                .add(schema)) {
            return;
        }
        String ref = schema.path("$ref").asString("");
        if (ref.equals("#/$defs/text")) {
            english(json, pointer, englishAlone, texts);
            return;
        }
        if (ref.startsWith("#/")) {
            walk(root, root.at(ref.substring(1)), json, pointer, englishAlone, texts, seen);
        }
        for (String branches : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode branch : schema.path(branches)) {
                walk(root, branch, json, pointer, englishAlone, texts, seen);
            }
        }
        for (String branch : List.of("then", "else")) {
            walk(root, schema.get(branch), json, pointer, englishAlone, texts, seen);
        }
        if (json.isObject()) {
            for (Map.Entry<String, JsonNode> e : json.properties()) {
                String at = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                JsonNode declared = schema.path("properties").get(e.getKey());
                walk(
                        root,
                        declared != null ? declared : schema.get("additionalProperties"),
                        e.getValue(),
                        at,
                        englishAlone,
                        texts,
                        seen);
            }
        } else if (json.isArray()) {
            for (int i = 0; i < json.size(); i++) {
                walk(
                        root,
                        schema.get("items"),
                        json.get(i),
                        pointer + "/" + i,
                        englishAlone,
                        texts,
                        seen);
            }
        }
    }

    private static void english(
            JsonNode text, String pointer, boolean englishAlone, Map<String, String> texts) {
        if (text.isString() && englishAlone) {
            texts.put(pointer, text.asString());
        } else if (text.isObject()) {
            for (Map.Entry<String, JsonNode> e : text.properties()) {
                if ((e.getKey().equals("en") || e.getKey().startsWith("en-"))
                        && e.getValue().isString()) {
                    texts.put(pointer + "/" + e.getKey(), e.getValue().asString());
                }
            }
        }
    }

    // ---- the shared help resources ------------------------------------------------------------

    @Test
    void theSharedHelpResourcesAreInUsSpellingOnceTheyAreAFile() throws IOException {
        if (!Files.isRegularFile(HELP_RESOURCES)) {
            return; // not a file yet: today each bank carries its own, checked above
        }
        JsonNode help = JSON.readTree(Files.readString(HELP_RESOURCES, StandardCharsets.UTF_8));
        List<String> british = new ArrayList<>();
        languageMaps(
                help,
                "",
                (pointer, text) ->
                        britishIn(text)
                                .forEach(
                                        f ->
                                                british.add(
                                                        HELP_RESOURCES
                                                                + "#"
                                                                + pointer
                                                                + ": "
                                                                + f)));
        assertThat(british)
                .as("British forms in the help resources' English (decision 0034)")
                .isEmpty();
    }

    private interface Visit {
        void text(String pointer, String text);
    }

    /** Every English entry of a map from language to text (all its keys language tags). */
    private static void languageMaps(JsonNode node, String pointer, Visit visit) {
        if (node.isObject()) {
            boolean text = node.size() > 0;
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                text &= LANGUAGE.matcher(e.getKey()).matches() && e.getValue().isString();
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String at = pointer + "/" + e.getKey();
                if (!text) {
                    languageMaps(e.getValue(), at, visit);
                } else if (e.getKey().equals("en") || e.getKey().startsWith("en-")) {
                    visit.text(at, e.getValue().asString());
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                languageMaps(node.get(i), pointer + "/" + i, visit);
            }
        }
    }

    // ---- the docs ------------------------------------------------------------------------------

    /** The English docs a person reads; decision records keep their history as written. */
    static List<Path> docs() throws IOException {
        List<Path> docs =
                new ArrayList<>(List.of(Path.of("README.md"), Path.of("CONTRIBUTING.md")));
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    /** A doc line's prose: without inline code and link targets (names of files, keys, tests). */
    static String prose(String line) {
        return line.replaceAll("`[^`]*`", " ").replaceAll("\\]\\([^)]*\\)", "] ");
    }

    @Test
    void theDocsProseIsInUsSpelling() throws IOException {
        List<String> british = new ArrayList<>();
        for (Path doc : docs()) {
            List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
            boolean code = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.strip().startsWith("```")) {
                    code = !code;
                    continue;
                }
                if (!code) {
                    int number = i + 1;
                    britishIn(prose(line)).forEach(f -> british.add(doc + ":" + number + ": " + f));
                }
            }
        }
        assertThat(british).as("British forms in the docs' prose (decision 0034)").isEmpty();
    }
}
