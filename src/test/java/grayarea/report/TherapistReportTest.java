package grayarea.report;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.BankCatalog;
import grayarea.bank.BankRef;
import grayarea.bank.Parts;
import grayarea.bank.QuestionBank;
import grayarea.scoring.ComparisonTurn;
import grayarea.scoring.ScoringEngine;
import grayarea.session.PracticeProfile;
import grayarea.session.ResultFile;
import grayarea.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The therapist's PDF, made and read back with PDFBox's own text extraction. */
class TherapistReportTest {

    static final PracticeProfile PRACTICE =
            new PracticeProfile(
                    "Ольга Петренко",
                    "Consultorio Ñandú",
                    "555-0142",
                    "Tómate tu tiempo; no hay respuestas correctas.",
                    List.of(
                            new PracticeProfile.LocalResource(
                                    "Línea de crisis del condado", "555-0199", null)));

    private final QuestionBank bank =
            BankCatalog.bundled().find(new BankRef("micro-cheating", "1.0.0")).orElseThrow();

    private ResultFile.Contents complete(String sample) throws Exception {
        AnswerSheet sheet = AnswerSheetJson.read(Path.of("questions/examples/" + sample)).sheet();
        return new ResultFile.Contents(
                "0.1.0",
                Instant.parse("2026-11-20T19:30:00Z"),
                "C-0412",
                new ScoringEngine(bank).score(sheet),
                sheet,
                Map.of("unmet-need", "Más paseos los domingos 🌳"),
                true);
    }

    /** The text of each page. */
    static List<String> pages(List<ReportBlock> blocks) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReport().write(blocks, "test", out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(pdf).replaceAll("\\s+", " "));
            }
            return pages;
        }
    }

    @Test
    void theClinicianSummaryIsOnePageAndTheClientPagesFollowInTheClientsLanguage()
            throws Exception {
        List<String> pages =
                pages(
                        new TherapistReport(bank, "es")
                                .blocks(complete("answers-self.json"), PRACTICE));

        String summary = pages.get(0);
        assertThat(summary)
                .contains(
                        "Resumen clínico",
                        "Código de cliente: C-0412",
                        "Ольга Петренко · Consultorio Ñandú",
                        "Banco de preguntas micro-cheating (versión 1.0.0)",
                        "Resultado",
                        "Alertas",
                        // answers-self.json leaves both safety questions unanswered
                        "Las respuestas dadas no activaron ninguna alerta.",
                        "Preguntas de seguridad sin responder: ¿Alguna vez sientes miedo")
                .doesNotContain("Preguntas para reflexionar");
        String client = String.join(" ", pages.subList(1, pages.size()));
        assertThat(client)
                .contains(
                        "Preguntas para reflexionar",
                        "Más paseos los domingos □",
                        "De Ольга Петренко · Consultorio Ñandú",
                        "Tómate tu tiempo",
                        "Línea de crisis del condado: 555-0199",
                        "no un diagnóstico");
    }

    @Test
    void safetyFlagsShowOnlyInAFileThatHoldsThem() throws Exception {
        ResultFile.Contents full = complete("answers-safety.json");
        String sealed = pages(new TherapistReport(bank, "en").blocks(full, null)).get(0);
        assertThat(sealed).contains("Safety:");

        ResultFile.Contents shared = ResultFile.withoutPrivate(bank, full);
        String unsealed = pages(new TherapistReport(bank, "en").blocks(shared, null)).get(0);
        assertThat(unsealed)
                .doesNotContain("Safety:")
                .contains(
                        "This file was not sealed for you, so it holds no private answers and no safety flags.");
    }

    @Test
    void aCouplesSummaryShowsWhereTheirLinesDifferAndNothingUnshared() throws Exception {
        AnswerSheet first =
                AnswerSheetJson.read(Path.of("questions/examples/answers-couple-first.json"))
                        .sheet();
        AnswerSheet second =
                AnswerSheetJson.read(Path.of("questions/examples/answers-couple-second.json"))
                        .sheet();
        ResultFile.CoupleContents couple =
                new ResultFile.CoupleContents(
                        "0.1.0",
                        Instant.parse("2026-11-20T19:30:00Z"),
                        "P-7",
                        bank.ref(),
                        "en",
                        ComparisonTurn.of(bank, first),
                        ComparisonTurn.of(bank, second));
        List<String> pages = pages(new TherapistReport(bank, "en").blocks(couple, PRACTICE));

        assertThat(pages.get(0))
                .contains(
                        "Clinician summary",
                        "A couple: Alex and Sam",
                        "Where their lines differ",
                        "Double standards",
                        "Scored from the shared answers only.");
        String all = String.join(" ", pages);
        assertThat(all)
                .doesNotContain(
                        "I would like more evenings with just the two of us.",
                        "Me gustaría que habláramos más de lo que nos preocupa.");
        assertThat(String.join(" ", pages.subList(1, pages.size())))
                .contains("Where to start talking");
    }

    @Test
    void aDeclinedSafetyQuestionIsNamedToTheTherapistOnlyInAFileThatHoldsIt() throws Exception {
        ResultFile.Contents full = complete("answers-partner.json");
        assertThat(full.result().flags()).isEmpty();
        assertThat(full.result().safetyUnanswered()).isNotEmpty();

        String sealed = pages(new TherapistReport(bank, "en").blocks(full, null)).get(0);
        assertThat(sealed)
                .contains(
                        "No flag was raised by the answers given.",
                        "Safety questions not answered: " + SAFETY_QUESTIONS)
                .doesNotContain("No flag was raised.");

        ResultFile.Contents shared = ResultFile.withoutPrivate(bank, full);
        String unsealed =
                String.join(" ", pages(new TherapistReport(bank, "en").blocks(shared, null)));
        assertThat(unsealed)
                .doesNotContain(
                        "Safety questions not answered", "left a question about your safety");
    }

    /** The default bank's safety questions as the clinician summary names them, in bank order. */
    private static final String SAFETY_QUESTIONS =
            "Does your partner check your phone without asking, track you, or demand your passwords?";

    @Test
    void aBankWithoutABoundaryMapGetsNoWordAboutBoundaries() throws Exception {
        QuestionBank reports = Fixtures.resourceBank("scoring/reports-bank.json");
        AnswerSheet raised =
                Fixtures.sheet(reports)
                        .answer(Parts.MAIN, "q-sleep", Fixtures.choice("very-often"))
                        .answer(Parts.MAIN, "q-rows", Fixtures.choice("never"))
                        .answer(Parts.MAIN, "q-silence", Fixtures.choice("never"))
                        .answer(Parts.MAIN, "q-calm", Fixtures.choice("very-often"))
                        .answer(Parts.MAIN, "afraid-home", Fixtures.choice("no"))
                        .build();
        ResultFile.Contents file =
                new ResultFile.Contents(
                        "0.1.0",
                        Instant.parse("2026-11-20T19:30:00Z"),
                        "C-1",
                        new ScoringEngine(reports).score(raised),
                        raised,
                        Map.of(),
                        true);

        List<String> pages = pages(new TherapistReport(reports, "en").blocks(file, null));
        String all = String.join(" ", pages);
        assertThat(pages.get(0))
                .contains(
                        "Your answers: Much strain (raised because an answer was very often)."
                                + " Strain: 4.5, rounded to 5 (4 answered, 2 not answered)",
                        "No flag was raised.");
        assertThat(all).doesNotContainIgnoringCase("boundar").doesNotContain("Double standards");
        // the bank gives no closing words or fill-in text of its own: the app's neutral ones
        assertThat(all)
                .contains("Your local service (Your area): details to be added")
                .doesNotContain("couples therapist", "filled in by your therapist");
    }

    @Test
    void aHandOutThatLeftTheBoundaryMapOutGetsNoWordAboutIt() throws Exception {
        // the default bank has a boundary map, but this hand-out did not ask it: the sheet holds
        // no entry for any rating, so nothing is reported as "not answered"
        AnswerSheet full =
                AnswerSheetJson.read(Path.of("questions/examples/answers-partner.json")).sheet();
        Map<String, Map<String, Answer>> parts = new LinkedHashMap<>(full.parts());
        parts.remove(Parts.BOUNDARIES);
        AnswerSheet withoutMap =
                new AnswerSheet(
                        full.bank(),
                        full.respondent(),
                        full.language(),
                        full.createdAt(),
                        parts,
                        full.order());
        ResultFile.Contents file =
                new ResultFile.Contents(
                        "0.1.0",
                        Instant.parse("2026-11-20T19:30:00Z"),
                        "C-2",
                        new ScoringEngine(bank).score(withoutMap),
                        withoutMap,
                        Map.of(),
                        true);
        String first = pages(new TherapistReport(bank, "en").blocks(file, null)).get(0);
        assertThat(first).doesNotContain("Double standards", "The boundary map was not answered");
        // with the map asked, the heading is there
        assertThat(
                        pages(
                                        new TherapistReport(bank, "en")
                                                .blocks(complete("answers-partner.json"), null))
                                .get(0))
                .contains("Double standards");
    }

    @Test
    void tooFewAnswersAreSaidSoWithTheCount() throws Exception {
        QuestionBank reports = Fixtures.resourceBank("scoring/reports-bank.json");
        AnswerSheet few =
                Fixtures.sheet(reports)
                        .answer(Parts.MAIN, "q-sleep", Fixtures.choice("often"))
                        .answer(Parts.MAIN, "q-rows", Answer.declined())
                        .answer(Parts.MAIN, "q-money", Fixtures.choice("not-sure"))
                        .answer(Parts.MAIN, "afraid-home", Fixtures.choice("no"))
                        .build();
        ResultFile.Contents file =
                new ResultFile.Contents(
                        "0.1.0",
                        Instant.parse("2026-11-20T19:30:00Z"),
                        "C-2",
                        new ScoringEngine(reports).score(few),
                        few,
                        Map.of(),
                        true);

        assertThat(pages(new TherapistReport(reports, "en").blocks(file, null)).get(0))
                // counted as the result page and the client pages count: "not sure" is in neither
                .contains("Your answers: not enough answered to say (1 of 5 answered).");
        ResultsTable.Row row =
                new ResultsTable(ref -> Optional.of(reports), "en")
                        .row(Path.of("/x/c-2.json"), file, true);
        assertThat(row.band()).isEqualTo("not enough answered to say");
    }
}
