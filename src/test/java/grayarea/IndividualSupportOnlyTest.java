package grayarea;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankCatalog;
import grayarea.bank.BankLoader;
import grayarea.bank.BankRef;
import grayarea.bank.Message;
import grayarea.bank.Option;
import grayarea.bank.Parts;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.Reflection;
import grayarea.cli.GrayAreaCli;
import grayarea.quiz.Step;
import grayarea.report.ComparisonReport;
import grayarea.report.PdfReport;
import grayarea.report.ReportBlock;
import grayarea.report.TextReport;
import grayarea.report.TherapistReport;
import grayarea.scoring.Comparison;
import grayarea.scoring.ComparisonTurn;
import grayarea.scoring.CoupleComparison;
import grayarea.scoring.Result;
import grayarea.session.ResultFile;
import grayarea.ui.quiz.QuizState;
import grayarea.ui.result.ResultActions;
import grayarea.ui.result.ResultView;
import grayarea.ui.result.ResultViewModel;
import grayarea.ui.toolkit.Texts;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With a safety flag raised, every output of a result offers individual support only (decision
 * 0033): the result page, the text report on screen and for print, the PDF, the command line's text
 * and JSON, the therapist's pages and the comparison-unavailable text say nothing of a joint
 * conversation or couples therapy, in English and Spanish; and the safety reflection comes right
 * after the flag's message, before the help lines and before any band or score.
 *
 * <p>Each bank in {@link #BANKS} is answered the same way: every question with its most concerning
 * answer, so that as many joint texts as possible would be chosen, and a question that raises
 * {@link #FLAG} so as to raise it (every other safety flag left down). The same sheet without the
 * flag shows the joint texts: the search would find them.
 */
class IndividualSupportOnlyTest {

    /** The banks to check; add a bank that marks its joint texts "together". */
    static final List<Path> BANKS =
            List.of(
                    Path.of("questions/micro-cheating.json"),
                    Path.of("src/test/resources/safety/micro-cheating-together.json"));

    static final String FLAG = "safety-fear";

    static final List<String> LANGUAGES = List.of("en", "es");

    /** Words that suggest talking together or couples therapy, in English and Spanish. */
    static final List<String> JOINT =
            List.of(
                    "calm conversation",
                    "couples therapist",
                    "couples therapy",
                    "talk with your partner",
                    "talk together",
                    "the two of you",
                    "both of you",
                    "conversación",
                    "conversar",
                    "comentarlo con tu pareja",
                    "terapeuta de pareja",
                    "terapia de pareja",
                    "hablar con tu pareja",
                    "ustedes dos",
                    "los dos");

    @TempDir Path folder;

    @BeforeAll
    static void toolkit() throws Exception {
        // the result page is built (not shown) to read its labels
        FxToolkit.registerPrimaryStage();
    }

    static Stream<Arguments> banksAndLanguages() {
        return BANKS.stream().flatMap(b -> LANGUAGES.stream().map(l -> Arguments.of(b, l)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("banksAndLanguages")
    void aFlaggedResultOffersIndividualSupportOnlyInEveryOutput(Path bankFile, String language)
            throws Exception {
        QuestionBank bank = BankLoader.load(bankFile);
        Outputs outputs = outputs(bankFile, bank, language, true);
        assertThat(outputs.result().safety()).as("the sheet raises a safety flag").isTrue();
        assertThat(outputs.result().flags()).contains(FLAG);

        outputs.all()
                .forEach(
                        (name, text) -> {
                            for (String phrase : JOINT) {
                                assertThat(normal(text))
                                        .as("%s (%s) suggests talking together", name, language)
                                        .doesNotContain(phrase);
                            }
                        });

        // a safety reflection: its rule names a safety flag, and the flagged sheet chose it
        List<String> safetyReflections =
                bank.reflections().stream()
                        .filter(r -> r.namesFlag(bank.safetyFlags()))
                        .filter(
                                r ->
                                        outputs.result()
                                                .headline()
                                                .orElseThrow()
                                                .reflections()
                                                .contains(r.id()))
                        .map(r -> r.text().in(language))
                        .toList();
        assertThat(safetyReflections)
                .as("the bank has a safety reflection, and it was chosen")
                .isNotEmpty();
        String reflection = normal(safetyReflections.get(0));
        Order order = order(bank, outputs.result(), language);
        for (String name : outputs.reading()) {
            String text = normal(outputs.all().get(name));
            int at = text.indexOf(reflection);
            assertThat(at).as("%s holds the safety reflection", name).isNotNegative();
            assertThat(text.indexOf(normal(order.help())))
                    .as("%s: the help lines come after the safety reflection", name)
                    .isGreaterThan(at);
            for (String score : order.scores()) {
                int where = text.indexOf(normal(score));
                if (where >= 0) {
                    assertThat(where)
                            .as("%s: \"%s\" comes after the safety reflection", name, score)
                            .isGreaterThan(at);
                }
            }
            assertThat(text.indexOf(reflection, at + 1))
                    .as("%s says the safety reflection once", name)
                    .isNegative();
        }
        // the JSON names reflections by id: none of those the flag leaves out
        JsonNode json = JsonMapper.builder().build().readTree(outputs.all().get("cli json"));
        List<String> inJson = new ArrayList<>();
        json.path("results")
                .forEach(
                        r ->
                                r.path("result")
                                        .path("parts")
                                        .forEach(
                                                p ->
                                                        p.path("reflections")
                                                                .forEach(
                                                                        id ->
                                                                                inJson.add(
                                                                                        id
                                                                                                .asText()))));
        assertThat(inJson).isNotEmpty().noneMatch(id -> reflection(bank, id).together());
        // the clinician summary names the flag before the band
        String therapist = outputs.all().get("therapist");
        ResourceBundle words =
                Message.bundle("grayarea.report.report", Locale.forLanguageTag(language));
        assertThat(therapist.indexOf(words.getString("clinician.flags")))
                .isNotNegative()
                .isLessThan(therapist.indexOf(words.getString("clinician.result")));

        List<String> page = outputs.page();
        int at = indexOf(page, reflection);
        assertThat(at).as("the result page shows the safety reflection").isNotNegative();
        assertThat(indexOf(page, order.pageHelp())).isGreaterThan(at);
        for (String score : order.pageScores()) {
            int where = indexOf(page, score);
            if (where >= 0) {
                assertThat(where).as("the page shows \"%s\" after it", score).isGreaterThan(at);
            }
        }
    }

    /**
     * The same sheet without the flag: the joint texts are there, so the search above finds them.
     */
    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("banksAndLanguages")
    void theSameSheetWithoutAFlagShowsTheJointTexts(Path bankFile, String language)
            throws Exception {
        QuestionBank bank = BankLoader.load(bankFile);
        Outputs outputs = outputs(bankFile, bank, language, false);
        assertThat(outputs.result().safety()).isFalse();
        for (String name : List.of("screen", "print", "pdf", "cli text", "page")) {
            String text = normal(outputs.all().get(name));
            assertThat(JOINT.stream().filter(text::contains).toList())
                    .as("%s (%s) without a flag shows the joint texts", name, language)
                    .isNotEmpty();
        }
        // the reflections the flag leaves out are chosen without it
        List<String> together =
                outputs.result().headline().orElseThrow().reflections().stream()
                        .filter(id -> reflection(bank, id).together())
                        .toList();
        assertThat(together).isNotEmpty();
    }

    /**
     * A bank without {@code texts.resultFooterSafety} (such as the released 1.0.0) closes a result
     * with a safety flag in the app's neutral words alone: its own footer may suggest talking
     * together.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void withoutAFooterForASafetyFlagTheBankAddsNoClosingWords(String language) throws Exception {
        QuestionBank bank =
                BankCatalog.bundled().find(new BankRef("micro-cheating", "1.0.0")).orElseThrow();
        assertThat(bank.texts().resultFooterSafety().isEmpty()).isTrue();
        String footer = bank.texts().resultFooter().in(language);
        Texts ui = new Texts(Locale.forLanguageTag(language));
        ResourceBundle report =
                Message.bundle("grayarea.report.report", Locale.forLanguageTag(language));
        for (boolean flagged : List.of(true, false)) {
            QuizState state = answered(bank, language, flagged);
            Result result = state.score();
            assertThat(result.safety()).isEqualTo(flagged);
            String text = new TextReport(bank, language).render(state.toSheet(), result);
            String page = new ResultViewModel(state, ui).notDiagnosis();
            if (flagged) {
                assertThat(text)
                        .doesNotContain(footer)
                        .endsWith(report.getString("notDiagnosis") + "\n");
                assertThat(page).isEqualTo(ui.get("result.notDiagnosis"));
            } else {
                assertThat(text).contains(footer);
                assertThat(page).endsWith(footer);
            }
        }
    }

    static Stream<String> languages() {
        return LANGUAGES.stream();
    }

    /** Every output of the sheet's result, by name, and the page's texts in order. */
    record Outputs(Result result, Map<String, String> all, List<String> page) {

        /** The outputs read top to bottom as one person's result. */
        List<String> reading() {
            return List.of("screen", "print", "pdf", "cli text", "therapist client pages");
        }
    }

    private Outputs outputs(Path bankFile, QuestionBank bank, String language, boolean flagged)
            throws Exception {
        QuizState state = answered(bank, language, flagged);
        AnswerSheet sheet = state.toSheet();
        Result result = state.score();
        Map<String, String> notes = Map.of();
        Map<String, String> all = new LinkedHashMap<>();
        TextReport report = new TextReport(bank, language);
        all.put("screen", report.renderOnScreen(sheet, result));
        all.put("print", report.render(sheet, result, notes));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfReport().write(report.blocks(sheet, result, notes), "result", pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            all.put("pdf", new PDFTextStripper().getText(document));
        }

        Path answers = folder.resolve("answers-" + language + "-" + flagged + ".json");
        Files.writeString(answers, AnswerSheetJson.write(sheet));
        all.put(
                "cli text",
                cli(
                        "--lang",
                        language,
                        "score",
                        "--bank",
                        bankFile.toString(),
                        "--answers",
                        answers.toString()));
        all.put(
                "cli json",
                cli(
                        "--lang",
                        language,
                        "score",
                        "--bank",
                        bankFile.toString(),
                        "--answers",
                        answers.toString(),
                        "--format",
                        "json"));

        ResultViewModel model =
                new ResultViewModel(state, new Texts(Locale.forLanguageTag(language)));
        all.put("page print", model.printableText());
        ResultView view =
                new ResultView(model, new Texts(Locale.forLanguageTag(language)), new NoActions());
        List<String> page = WaitForAsyncUtils.asyncFx(() -> texts(view.node())).get();
        all.put("page", String.join("\n", page));

        ResultFile.Contents sealed =
                new ResultFile.Contents(
                        "test",
                        Instant.parse("2026-12-07T10:00:00Z"),
                        "C-1",
                        result,
                        sheet,
                        notes,
                        true);
        List<ReportBlock> therapist = new TherapistReport(bank, language).blocks(sealed, null);
        all.put("therapist", ReportBlock.toText(therapist));
        int pageBreak = therapist.indexOf(new ReportBlock(ReportBlock.Kind.PAGE_BREAK, ""));
        all.put(
                "therapist client pages",
                ReportBlock.toText(therapist.subList(pageBreak + 1, therapist.size())));
        // a file that is not sealed holds neither the private answers nor the flag, and is scored
        // again without them: what it says is what those answers say, so it cannot tell that a
        // flag was raised (docs/decisions/0033); it is not an output of the flagged result
        ResultFile.Contents plain = ResultFile.withoutPrivate(bank, sealed);
        assertThat(plain.result().safety()).isFalse();
        assertThat(plain.result().flags()).doesNotContain(FLAG);

        ComparisonReport couple = new ComparisonReport(bank, language);
        all.put("comparison unavailable", couple.render(Comparison.notAvailable(), null, null));
        if (flagged) {
            // a couple whose one turn raised the flag: the comparison is not made
            ComparisonTurn turn = ComparisonTurn.of(bank, sheet);
            Comparison compared = CoupleComparison.compare(bank, turn, turn, language);
            assertThat(compared.available()).isFalse();
            all.put("comparison of a flagged turn", couple.render(compared, null, null));
        }
        Texts ui = new Texts(Locale.forLanguageTag(language));
        all.put(
                "comparison page",
                ui.get("couple.comparison.unavailable")
                        + " "
                        + ui.get("couple.comparison.unavailable.detail")
                        + " "
                        + bank.texts().comparisonUnavailable().in(language));
        return new Outputs(result, all, page);
    }

    /**
     * A solo quiz from the perspective that asks the flag's question: each question answered with
     * its most concerning answer; a question that can raise a safety flag raises {@link #FLAG} when
     * {@code flagged}, and nothing otherwise.
     */
    private static QuizState answered(QuestionBank bank, String language, boolean flagged) {
        String perspective =
                bank.perspectiveIds().stream()
                        .filter(
                                p ->
                                        bank.questionsInPart(p == null ? Parts.MAIN : p).stream()
                                                .anyMatch(q -> raises(q, FLAG)))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no question raises " + FLAG));
        QuizState state = new QuizState(bank, null, perspective, language, null);
        Set<String> safety = bank.safetyFlags();
        for (Step step : state.steps()) {
            for (Question question : state.questionsOf(step)) {
                if (!state.isShown(step, question)) {
                    continue;
                }
                AnswerValue value =
                        switch (question.type()) {
                            case TEXT -> new AnswerValue.FreeText("words");
                            case CHECKLIST ->
                                    // ticks only what raises the flag, when it is to be raised
                                    new AnswerValue.Choices(
                                            question.options().stream()
                                                    .filter(
                                                            o ->
                                                                    flagged
                                                                            && o.raises()
                                                                                    .contains(FLAG))
                                                    .filter(
                                                            o ->
                                                                    o.raises().stream()
                                                                            .filter(
                                                                                    safety
                                                                                            ::contains)
                                                                            .allMatch(FLAG::equals))
                                                    .map(Option::id)
                                                    .toList());
                            case BOUNDARY ->
                                    new AnswerValue.BoundaryRating(
                                            AnswerValue.Rating.FINE,
                                            AnswerValue.Rating.CROSSES_LINE);
                            default ->
                                    new AnswerValue.Choice(
                                            choice(bank, question, safety, flagged).id());
                        };
                state.setAnswer(step, question, Answer.answered(value));
            }
        }
        return state;
    }

    /** The most concerning option that raises the wanted safety flags and no other. */
    private static Option choice(
            QuestionBank bank, Question question, Set<String> safety, boolean flagged) {
        String primary = bank.primary().dimension();
        List<Option> options =
                question.options().stream()
                        .filter(o -> o.means() == null)
                        .filter(
                                o ->
                                        o.raises().stream()
                                                .filter(safety::contains)
                                                .allMatch(f -> flagged && f.equals(FLAG)))
                        .toList();
        if (flagged) {
            Optional<Option> raising =
                    options.stream().filter(o -> o.raises().contains(FLAG)).findFirst();
            if (raising.isPresent()) {
                return raising.get();
            }
        }
        // the highest concern; among equals the last (the strongest step of a scale, "no")
        Option best = options.get(0);
        for (Option option : options) {
            if (option.scores().getOrDefault(primary, 0.0)
                    >= best.scores().getOrDefault(primary, 0.0)) {
                best = option;
            }
        }
        return best;
    }

    private static boolean raises(Question question, String flag) {
        return question.options().stream().anyMatch(o -> o.raises().contains(flag));
    }

    /** Where the help and the scores begin, in the words of this language. */
    record Order(String help, List<String> scores, String pageHelp, List<String> pageScores) {}

    private static Order order(QuestionBank bank, Result result, String language) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle report = Message.bundle("grayarea.report.report", locale);
        Texts ui = new Texts(locale);
        List<String> scores = new ArrayList<>();
        scores.add(report.getString("scores"));
        result.parts().stream()
                .map(p -> p.band())
                .filter(b -> b != null)
                .flatMap(b -> bank.primary().band(b).stream())
                .forEach(b -> scores.add(b.label().in(language)));
        List<String> pageScores = new ArrayList<>(scores.subList(1, scores.size()));
        pageScores.add(ui.get("result.scores"));
        return new Order(
                report.getString("resources"), scores, ui.get("result.resources"), pageScores);
    }

    private static String text(QuestionBank bank, String id, String language) {
        return reflection(bank, id).text().in(language);
    }

    private static Reflection reflection(QuestionBank bank, String id) {
        return bank.reflections().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** The index of the first text that holds {@code part}, or -1. */
    private static int indexOf(List<String> texts, String part) {
        for (int i = 0; i < texts.size(); i++) {
            if (normal(texts.get(i)).contains(normal(part))) {
                return i;
            }
        }
        return -1;
    }

    /** Lower case, with every run of white space one space (a PDF breaks lines anywhere). */
    private static String normal(String text) {
        return text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GrayAreaCli.run(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as("%s: %s", String.join(" ", args), err).isZero();
        return out.toString();
    }

    /**
     * Every text of a page, top to bottom: labels, buttons, fields and what a screen reader says.
     */
    private static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            out.add(labeled.getText());
        }
        if (node instanceof TextInputControl input) {
            out.add(input.getText() + " " + input.getPromptText());
        }
        if (node.getAccessibleText() != null) {
            out.add(node.getAccessibleText());
        }
        if (node.getAccessibleHelp() != null) {
            out.add(node.getAccessibleHelp());
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), out);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }

    private static final class NoActions implements ResultActions {
        @Override
        public void startOver(String message) {}

        @Override
        public void backToAnswers() {}
    }
}
