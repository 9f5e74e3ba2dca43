package grayarea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --lang} is the one option for the language of everything a command prints: its messages
 * and its results (the scored text, the comparison, the PDF, the CSV labels), wherever it stands on
 * the line. The sample sheets are in English (partner, safety, couple-first) and Spanish (self,
 * couple-second), so a result in the other language can only come from --lang.
 */
class OneLanguageTest {

    private static final String PARTNER = "questions/examples/answers-partner.json";
    private static final String SELF_IN_SPANISH = "questions/examples/answers-self.json";

    @TempDir Path dir;

    private static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    @Test
    @DisplayName("score --lang es: an English sheet's result in Spanish, not only the messages")
    void scoreInSpanish() {
        for (String[] args :
                new String[][] {
                    {"--lang", "es", "score", "--answers", PARTNER},
                    {"score", "--answers", PARTNER, "--lang=es"}
                }) {
            CliTest.Run run = run(args);
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out())
                    .contains(
                            "Puntuaciones",
                            "Lo que más influyó en este resultado",
                            "Esta es una ayuda para reflexionar, no un diagnóstico.")
                    .doesNotContain("Scores", "not a diagnosis");
            assertThat(run.err()).isEmpty();
        }
    }

    @Test
    @DisplayName("score --lang en on a Spanish system: a Spanish sheet's result in English")
    void scoreInEnglishOnASpanishSystem() {
        CliTest.Run run =
                CliTest.runOn("es", "--lang", "en", "score", "--answers", SELF_IN_SPANISH);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Scores", "not a diagnosis")
                .doesNotContain("Puntuaciones", "diagnóstico");
    }

    @Test
    @DisplayName("without --lang, each result stays in its sheet's own language, as before")
    void withoutLangEachSheetsOwn() {
        CliTest.Run run = run("score", "--answers", PARTNER, SELF_IN_SPANISH);
        assertThat(run.code()).as(run.err()).isZero();
        String[] results = run.out().split("\n" + "-".repeat(60) + "\n\n");
        assertThat(results[0]).contains("Scores").doesNotContain("Puntuaciones");
        assertThat(results[1]).contains("Puntuaciones").doesNotContain("Scores");
    }

    @Test
    @DisplayName("compare --lang es after a safety flag: the not-available text in Spanish")
    void compareNotAvailableInSpanish() {
        CliTest.Run run =
                run(
                        "compare",
                        "--lang",
                        "es",
                        "--first",
                        CompareCommandTest.SAFETY,
                        "--second",
                        CompareCommandTest.FIRST);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .isEqualTo(
                        "La comparación no está disponible para estos dos turnos. Si quieren conversar las"
                                + " cosas con calma, un terapeuta de pareja puede ayudar.\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    @DisplayName("compare --lang en: a Spanish first turn compared in English")
    void compareInEnglish() {
        CliTest.Run run =
                CliTest.runOn(
                        "es",
                        "--lang",
                        "en",
                        "compare",
                        "--first",
                        CompareCommandTest.SECOND,
                        "--second",
                        CompareCommandTest.FIRST);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith("Your two turns side by side:")
                .doesNotContain("Sus dos turnos");
    }

    @Test
    @DisplayName("report --lang es: the PDF in Spanish, and its 'wrote' line too")
    void reportInSpanish() throws Exception {
        Path pdf = dir.resolve("informe.pdf");
        CliTest.Run run =
                run("report", "--lang", "es", "--answers", PARTNER, "--out", pdf.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("se escribió " + pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("Preguntas para reflexionar")
                    .doesNotContain("Questions to reflect on");
        }
    }

    @Test
    @DisplayName("export-csv --lang es: the labels in Spanish")
    void exportCsvInSpanish() throws Exception {
        Path csv = dir.resolve("tabla.csv");
        CliTest.Run run =
                run(
                        "--lang",
                        "es",
                        "export-csv",
                        "--out",
                        csv.toString(),
                        "questions/examples/result-partner.json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("se escribió 1 fila en " + csv);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8).lines().toList())
                .startsWith(
                        "\uFEFFCódigo de cliente,Fecha,Banco de preguntas,Respondido por,Resultado,Puntuación,"
                                + "Alertas,Contiene,Archivo")
                .last()
                .asString()
                .contains(",una persona,")
                .endsWith(",result-partner.json");
    }

    @Test
    @DisplayName("--language, the old name, still works as --lang does and says it is now --lang")
    void theOldNameStillWorks() {
        CliTest.Run run =
                run(
                        "compare",
                        "--first",
                        CompareCommandTest.SAFETY,
                        "--second",
                        CompareCommandTest.FIRST,
                        "--language",
                        "es");
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .isEqualTo(
                        "La comparación no está disponible para estos dos turnos. Si quieren conversar las"
                                + " cosas con calma, un terapeuta de pareja puede ayudar.\n");
        assertThat(run.err().strip())
                .isEqualTo(
                        "nota: --language ahora se llama --lang, y elige el idioma de todo"
                                + " lo que se muestra");
        assertThat(run("score", "--help").out())
                .contains("--lang=LANG")
                .doesNotContain("--language");
    }
}
