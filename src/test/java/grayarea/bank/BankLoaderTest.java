package grayarea.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import grayarea.TestBanks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The shipped banks load, and the default bank is what the issue and help-resources.md ask for. */
class BankLoaderTest {

    private static QuestionBank bank;

    @BeforeAll
    static void loadDefault() {
        bank = BankLoader.loadDefault();
    }

    @Test
    void bothShippedBanksLoadFromTheirFiles() throws ProblemsException {
        assertThat(BankLoader.load(Path.of(TestBanks.DEFAULT)).ref())
                .isEqualTo(new BankRef("micro-cheating", "1.1.0"));
        assertThat(BankLoader.load(Path.of(TestBanks.RELEASED_1_0_0)).ref())
                .isEqualTo(new BankRef("micro-cheating", "1.0.0"));
        assertThat(BankLoader.load(Path.of("questions/examples/intake-example.json")).ref())
                .isEqualTo(new BankRef("intake-example", "1.0.0"));
    }

    @Test
    void everyShippedBankHasNoProblems() throws ProblemsException {
        for (String file :
                List.of(
                        TestBanks.DEFAULT,
                        TestBanks.RELEASED_1_0_0,
                        "questions/examples/intake-example.json",
                        "questions/examples/openness-check.json")) {
            assertThat(BankLoader.problemsOf(JsonDocument.read(Path.of(file)))).as(file).isEmpty();
        }
    }

    @Test
    @DisplayName(
            "the app carries every bank questions/bundled.txt lists, and finds them by id and version")
    void theBundledCatalog() {
        BankCatalog catalog = BankCatalog.bundled();
        assertThat(catalog.refs())
                .containsExactly(
                        new BankRef("micro-cheating", "1.1.0"),
                        new BankRef("micro-cheating", "1.0.0"),
                        new BankRef("intake-example", "1.0.0"),
                        new BankRef("openness-check", "1.0.0"));
        assertThat(catalog.find(new BankRef("micro-cheating", "1.1.0"))).isPresent();
        assertThat(catalog.find(new BankRef("micro-cheating", "1.0.0"))).isPresent();
        assertThat(catalog.find(new BankRef("micro-cheating", "9.9.9"))).isEmpty();
        assertThat(catalog.versionsOf("micro-cheating")).containsExactly("1.1.0", "1.0.0");
    }

    @Test
    void aNumberFarBeyondAnyUseIsALocatedProblemNotAFailureInsideTheSchemaLibrary()
            throws Exception {
        // found by BankMutationPropertyTest: the schema library compared 1E+300 as a long and threw
        String text =
                Files.readString(Path.of(TestBanks.RELEASED_1_0_0))
                        .replaceFirst("\"maxMissing\": 7", "\"maxMissing\": 1E+300");
        assertThatThrownBy(
                        () -> BankLoader.load("huge.json", text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        ProblemsException.class,
                        e ->
                                assertThat(e.problems())
                                        .extracting(Problem::toString)
                                        .containsExactly(
                                                "huge.json:117:49: a number in the file is out of range"));
    }

    @Test
    void aBankTheAppDoesNotHave() {
        assertThatThrownBy(() -> BankLoader.loadResource("questions/none.json"))
                .isInstanceOfSatisfying(
                        ProblemsException.class,
                        e ->
                                assertThat(e.problems())
                                        .extracting(Problem::toString)
                                        .containsExactly(
                                                "questions/none.json:1:1: no such bank in the application"));
    }

    @Test
    @DisplayName("a loaded bank keeps its parts in file order")
    void theModelFollowsTheFile() {
        QuestionBank tiny = TinyBank.load(TinyBank.JSON);
        assertThat(tiny.questions())
                .extracting(Question::id)
                .containsExactly(
                        "q-often",
                        "q-talked",
                        "q-note",
                        "q-own",
                        "q-signs",
                        "q-habits",
                        "b-flirting");
        assertThat(tiny.partNames()).containsExactly("partner", "self", "boundaries");
        assertThat(tiny.questionsInPart("partner"))
                .extracting(Question::id)
                .containsExactly("q-often", "q-talked", "q-note", "q-signs", "q-habits");
        assertThat(tiny.questionsInPart("self"))
                .extracting(Question::id)
                .containsExactly("q-often", "q-talked", "q-note", "q-own", "q-signs", "q-habits");
        assertThat(tiny.questionsInPart("boundaries"))
                .extracting(Question::id)
                .containsExactly("b-flirting");
        assertThat(tiny.question("q-often").orElseThrow().options())
                .extracting(Option::id, o -> o.score("concern"), Option::raises)
                .containsExactly(
                        tuple("never", 0.0, Set.of()), tuple("often", 3.0, Set.of("afraid")));
        assertThat(tiny.question("q-talked").orElseThrow().options())
                .extracting(Option::id)
                .containsExactly("yes", "no");
    }

    @Test
    @DisplayName(
            "scales keep their file order too (they are looked up by id, but listed as written)")
    void scalesKeepTheirFileOrder() {
        // "freq" is the tiny bank's own scale; the others go before and after it, in no sorted
        // order
        String json =
                TinyBank.edit(
                        "  \"scales\": [\n", "  \"scales\": [\n" + twoStepScale("zeta") + ",\n");
        StringBuilder after = new StringBuilder();
        for (String id : List.of("alpha", "mid", "beta", "omega", "kappa", "delta")) {
            after.append(",\n").append(twoStepScale(id));
        }
        json =
                TinyBank.edit(
                        json, "\"value\": 3}\n    ]}\n", "\"value\": 3}\n    ]}" + after + "\n");
        assertThat(TinyBank.load(json).scales())
                .extracting(Scale::id)
                .containsExactly("zeta", "freq", "alpha", "mid", "beta", "omega", "kappa", "delta");
    }

    private static String twoStepScale(String id) {
        return "    {\"id\": \""
                + id
                + "\", \"options\": [{\"id\": \"a\", \"label\": {\"en\": \"A\", \"es\": \"A\"}, \"value\": 0},"
                + " {\"id\": \"b\", \"label\": {\"en\": \"B\", \"es\": \"B\"}, \"value\": 1}]}";
    }

    @Nested
    class TheDefaultBank {

        @Test
        void hasTwoLanguagesAndTwoPerspectives() {
            assertThat(bank.languages()).containsExactly("en", "es");
            assertThat(bank.perspectives())
                    .extracting(Perspective::id)
                    .containsExactly("partner", "self");
        }

        @Test
        @DisplayName("has a boundary map: a boundary rating for each of the five behaviours")
        void hasABoundaryMap() {
            assertThat(bank.behaviours()).hasSize(5);
            assertThat(bank.sections()).anySatisfy(s -> assertThat(s.isBoundaryMap()).isTrue());
            assertThat(bank.questionsInPart(Parts.BOUNDARIES))
                    .extracting(Question::behaviour)
                    .containsExactlyInAnyOrderElementsOf(
                            bank.behaviours().stream().map(Behaviour::id).toList());
            assertThat(bank.partNames()).containsExactly("partner", "self", "boundaries");
        }

        @Test
        @DisplayName("has a private item that raises a safety flag, and that item may be declined")
        void hasASafetyFlagOnAPrivateItem() {
            Set<String> safetyFlags =
                    Set.copyOf(bank.flags().stream().filter(Flag::safety).map(Flag::id).toList());
            assertThat(safetyFlags).isNotEmpty();
            List<Question> safetyItems =
                    bank.questions().stream()
                            .filter(
                                    q ->
                                            q.options().stream()
                                                    .anyMatch(
                                                            o ->
                                                                    o.raises().stream()
                                                                            .anyMatch(
                                                                                    safetyFlags
                                                                                            ::contains)))
                            .toList();
            assertThat(safetyItems)
                    .isNotEmpty()
                    .allSatisfy(
                            q -> {
                                assertThat(q.privateItem()).as(q.id() + " is private").isTrue();
                                assertThat(q.declinable()).as(q.id() + " may be declined").isTrue();
                            });
        }

        @Test
        @DisplayName(
                "1.0.0, which old answers still use, has its help resources exactly as in"
                        + " help-resources.md")
        void helpResources() {
            // 1.1.0 names no help line of its own: the app's shared resources file gives them
            QuestionBank released = TestBanks.released100();
            assertThat(released.resources())
                    .extracting(
                            r -> r.name().in("en"),
                            r -> r.contact().in("en"),
                            r -> r.region().in("en"),
                            HelpResource::fillIn)
                    .containsExactly(
                            tuple("Emergency services", "Call 911", "United States", false),
                            tuple(
                                    "National Domestic Violence Hotline",
                                    "Call 1-800-799-7233 (800-799-SAFE); TTY 1-800-787-3224; text START to 88788; chat at thehotline.org",
                                    "United States",
                                    false),
                            tuple(
                                    "988 Suicide & Crisis Lifeline",
                                    "Call or text 988; chat at 988lifeline.org",
                                    "United States",
                                    false));
            assertThat(released.resourcesNote().in("en"))
                    .contains("Outside the United States, contact your local emergency services");
        }

        @Test
        @DisplayName(
                "the Spanish contacts carry the same numbers and addresses as the English ones")
        void spanishContactsCarryTheSameNumbers() {
            Pattern reachable =
                    Pattern.compile("[0-9][0-9-]*[0-9]|[0-9]|[a-z0-9]+\\.org|SAFE|START|TTY");
            for (HelpResource r : TestBanks.released100().resources()) {
                List<String> en = all(reachable, r.contact().in("en"));
                assertThat(all(reachable, r.contact().in("es")))
                        .as(r.id())
                        .containsExactlyElementsOf(en);
            }
        }

        private static List<String> all(Pattern pattern, String text) {
            List<String> found = new ArrayList<>();
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                found.add(m.group());
            }
            return found;
        }

        @Test
        @DisplayName("every text has en and es")
        void everyTextHasBothLanguages() {
            Map<String, Text> texts = texts(bank);
            assertThat(texts).hasSizeGreaterThan(150);
            texts.forEach(
                    (where, text) ->
                            assertThat(text.byLanguage())
                                    .as(where)
                                    .containsOnlyKeys("en", "es")
                                    .allSatisfy(
                                            (language, value) ->
                                                    assertThat(value)
                                                            .as(where + " " + language)
                                                            .isNotBlank()));
        }

        @Test
        @DisplayName(
                "no Spanish text is the English one left untranslated, except names and numbers")
        void everyTextIsTranslated() {
            // "No" is the same word in Spanish (the answer to "Have you been betrayed before?")
            Set<String> allowed = Set.of("Gray Area", "911", "988", "OK", "No");
            texts(bank)
                    .forEach(
                            (where, text) -> {
                                String en = text.byLanguage().get("en");
                                if (!allowed.contains(en)) {
                                    assertThat(text.byLanguage().get("es"))
                                            .as(where)
                                            .isNotEqualTo(en);
                                }
                            });
        }

        @Test
        @DisplayName("the article is credited")
        void creditsTheArticle() {
            assertThat(bank.about().source().title())
                    .isEqualTo("Micro-Cheating: What Is It & Should You Be Worried?");
            assertThat(bank.about().credits().in("en")).contains("Micro-Cheating");
        }
    }

    @Nested
    class TheExampleIntakeBank {

        private final QuestionBank intake = load("questions/examples/intake-example.json");

        private static QuestionBank load(String file) {
            try {
                return BankLoader.load(Path.of(file));
            } catch (ProblemsException e) {
                throw new AssertionError(e.problems().toString(), e);
            }
        }

        @Test
        @DisplayName(
                "is a sum-scored questionnaire with published cut-offs, no perspectives, one language")
        void isAStandardIntake() {
            assertThat(intake.languages()).containsExactly("en");
            assertThat(intake.hasPerspectives()).isFalse();
            assertThat(intake.partNames()).containsExactly("main");
            assertThat(intake.dimension("total").orElseThrow().formation())
                    .isEqualTo(Dimension.Formation.SUM);
            assertThat(intake.primary().bands())
                    .extracting(Band::id, Band::from)
                    .containsExactly(
                            tuple("minimal", 0.0),
                            tuple("mild", 7.0),
                            tuple("moderate", 13.0),
                            tuple("marked", 19.0));
            assertThat(ScoreBounds.of(intake, intake.dimension("total").orElseThrow()))
                    .containsExactly(0.0, 24.0);
        }

        @Test
        void hasAPrivateSafetyItem() {
            Question afraid = intake.question("afraid").orElseThrow();
            assertThat(afraid.privateItem()).isTrue();
            assertThat(afraid.option("yes").orElseThrow().raises()).containsExactly("afraid");
            assertThat(intake.flag("afraid").orElseThrow().safety()).isTrue();
        }
    }

    /** Every non-empty text of a bank, by where it is. */
    static Map<String, Text> texts(QuestionBank b) {
        Map<String, Text> out = new LinkedHashMap<>();
        QuestionBank.About about = b.about();
        put(out, "title", about.title());
        put(out, "description", about.description());
        put(out, "credits", about.credits());
        if (about.source() != null) {
            put(out, "source note", about.source().note());
        }
        b.perspectives()
                .forEach(
                        p -> {
                            put(out, "perspective " + p.id(), p.label());
                            put(out, "perspective " + p.id() + " description", p.description());
                        });
        b.behaviours()
                .forEach(
                        x -> {
                            put(out, "behaviour " + x.id(), x.label());
                            put(out, "behaviour " + x.id() + " description", x.description());
                        });
        b.scales()
                .forEach(
                        s ->
                                s.options()
                                        .forEach(
                                                o ->
                                                        put(
                                                                out,
                                                                "scale " + s.id() + " " + o.id(),
                                                                o.label())));
        b.dimensions()
                .forEach(
                        d -> {
                            put(out, "dimension " + d.id(), d.label());
                            put(out, "dimension " + d.id() + " description", d.description());
                        });
        b.primary()
                .bands()
                .forEach(
                        x -> {
                            put(out, "band " + x.id(), x.label());
                            put(out, "band " + x.id() + " explanation", x.explanation());
                        });
        b.flags()
                .forEach(
                        f -> {
                            put(out, "flag " + f.id(), f.label());
                            put(out, "flag " + f.id() + " message", f.message());
                        });
        b.resources()
                .forEach(
                        r -> {
                            put(out, "resource " + r.id() + " name", r.name());
                            put(out, "resource " + r.id() + " contact", r.contact());
                            put(out, "resource " + r.id() + " region", r.region());
                            put(out, "resource " + r.id() + " notes", r.notes());
                        });
        put(out, "resources note", b.resourcesNote());
        b.sections()
                .forEach(
                        s -> {
                            put(out, "section " + s.id(), s.title());
                            put(out, "section " + s.id() + " intro", s.intro());
                            s.questions()
                                    .forEach(
                                            q -> {
                                                put(out, "question " + q.id(), q.text());
                                                put(out, "question " + q.id() + " help", q.help());
                                                q.textFor()
                                                        .forEach(
                                                                (p, t) ->
                                                                        put(
                                                                                out,
                                                                                "question "
                                                                                        + q.id()
                                                                                        + " for "
                                                                                        + p,
                                                                                t));
                                                q.options()
                                                        .forEach(
                                                                o ->
                                                                        put(
                                                                                out,
                                                                                "question "
                                                                                        + q.id()
                                                                                        + " option "
                                                                                        + o.id(),
                                                                                o.label()));
                                            });
                        });
        b.reflections().forEach(r -> put(out, "reflection " + r.id(), r.text()));
        b.gutChecks().forEach(g -> put(out, "gut check " + g.id(), g.text()));
        b.conversationPrompts().forEach(c -> put(out, "conversation prompt " + c.id(), c.text()));
        return out;
    }

    private static void put(Map<String, Text> out, String where, Text text) {
        if (text != null && !text.isEmpty()) {
            out.put(where, text);
        }
    }
}
