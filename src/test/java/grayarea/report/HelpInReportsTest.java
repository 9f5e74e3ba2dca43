package grayarea.report;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.BankCatalog;
import grayarea.bank.BankLoader;
import grayarea.bank.BankRef;
import grayarea.bank.QuestionBank;
import grayarea.scoring.Result;
import grayarea.scoring.ScoringEngine;
import grayarea.session.PracticeProfile;
import grayarea.session.ResultFile;
import grayarea.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The help in reports (on screen, on paper, in the PDF, on a therapist's client pages) is the list
 * for the chosen country, with its notes, in the report's language.
 */
class HelpInReportsTest {

    private final QuestionBank bank =
            BankCatalog.bundled().find(new BankRef("micro-cheating", "1.0.0")).orElseThrow();

    private AnswerSheet sheet() throws Exception {
        return AnswerSheetJson.read(Path.of("questions/examples/answers-partner.json")).sheet();
    }

    private String report(String language, String region) throws Exception {
        AnswerSheet sheet = sheet();
        Result result = new ScoringEngine(bank).score(sheet);
        return new TextReport(bank, language, region).render(sheet, result);
    }

    @Test
    void theReportShowsTheLinesForTheChosenCountry() throws Exception {
        String uk = report("en", "GB");
        assertThat(uk)
                .contains(
                        "Help for: United Kingdom\n"
                                + "- Emergency services: call 999; from a mobile, if you cannot"
                                + " speak, stay on the line and press 55 when asked \u2014"
                                + " immediate danger\n"
                                + "- National Domestic Abuse Helpline (England, run by Refuge):"
                                + " call 0808 2000 247 \u2014 24/7, free\n")
                .contains("Samaritans: call 116 123")
                .doesNotContain("911", "1-800-799-7233");
        assertThat(report("en", "AU")).contains("call 13 11 14").doesNotContain("999");
    }

    @Test
    void inSpanishTheUnitedStatesLinesSayThatTheySpeakSpanish() throws Exception {
        assertThat(report("es", "US"))
                .contains("Ayuda para: Estados Unidos\n")
                .contains(
                        "National Domestic Violence Hotline (Línea Nacional contra la Violencia"
                                + " Doméstica): Llama al 1-800-799-7233")
                .contains("Hay personal de apoyo que habla español")
                .contains("Hay atención en español.");
        assertThat(report("en", "US")).contains("advocates speak Spanish", "Spanish available");
    }

    @Test
    void spainsLinesAreInSpanishWithTheNoteAboutTheCallLog() throws Exception {
        assertThat(report("es", "ES"))
                .contains("Ayuda para: España\n")
                .contains(
                        "- 016 – atención a todas las formas de violencia contra las mujeres:"
                                + " llama al 016; WhatsApp 600 000 016; teléfono de texto 900 116"
                                + " 016 \u2014 24 h, gratuito, 53 idiomas; no aparece en la"
                                + " factura, pero puede quedar en el registro de llamadas del"
                                + " móvil: bórralo si alguien lo revisa.")
                .contains("Línea 024 de atención a la conducta suicida: llama al 024");
    }

    @Test
    void somewhereElseGivesTheEmergencyAdviceAlone() throws Exception {
        String elsewhere = report("en", "elsewhere");
        assertThat(elsewhere)
                .contains(
                        "Wherever you are:\n"
                                + "- Emergency services: contact your local emergency services"
                                + " \u2014 immediate danger\n")
                .doesNotContain("911", "999", "988", "Samaritans");
        assertThat(report("es", "BR"))
                .contains("Estés donde estés:\n")
                .contains("comunícate con los servicios de emergencia de tu localidad");
    }

    @Test
    void aBankWithoutLinesOrNoteOfItsOwnStillReadsWell() throws Exception {
        String json =
                Files.readString(
                                Path.of("src/test/resources/scoring/reports-bank.json"),
                                StandardCharsets.UTF_8)
                        .replaceAll("(?s)\"resources\": \\[.*?\\],", "");
        QuestionBank none = BankLoader.load("none.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(none.resources()).isEmpty();
        assertThat(none.resourcesNote().isEmpty()).isTrue();
        AnswerSheet sheet = Fixtures.sheet(none).build();
        String text =
                new TextReport(none, "en", "NZ")
                        .render(sheet, new ScoringEngine(none).score(sheet));
        assertThat(text)
                .contains(
                        "Help, if you need it\n"
                                + "Help for: New Zealand\n"
                                + "- Emergency services: call 111 \u2014 immediate danger\n"
                                + "- Women's Refuge Crisisline: call 0800 733 843 (0800 REFUGE)"
                                + " \u2014 24/7, free\n"
                                + "- Need to talk? 1737: call or text 1737 \u2014 24/7, free, a"
                                + " trained counsellor\n\n");
    }

    @Test
    void theClientPagesOfATherapistsReportFollowTheirChoiceToReplaceTheList() throws Exception {
        AnswerSheet sheet = sheet();
        ResultFile.Contents file =
                new ResultFile.Contents(
                        "0.1.0",
                        Instant.parse("2026-11-20T19:30:00Z"),
                        "C-0412",
                        new ScoringEngine(bank).score(sheet),
                        sheet,
                        Map.of(),
                        true);
        PracticeProfile adds =
                new PracticeProfile(
                        "Ana Ruiz",
                        null,
                        null,
                        null,
                        List.of(
                                new PracticeProfile.LocalResource(
                                        "County crisis line", "555-0199", null)));
        String withApp =
                String.join(
                        "\n",
                        TherapistReportTest.pages(
                                new TherapistReport(bank, "en", "CA").blocks(file, adds)));
        assertThat(withApp)
                .contains("call or text 988", "sheltersafe.ca", "County crisis line: 555-0199");

        String replaced =
                String.join(
                        "\n",
                        TherapistReportTest.pages(
                                new TherapistReport(bank, "en", "CA")
                                        .blocks(file, adds.withReplacesAppHelp(true))));
        assertThat(replaced)
                .contains("call 911 (where 911 is not available", "County crisis line: 555-0199")
                .doesNotContain("988", "sheltersafe.ca", "Outside the United States");
    }
}
