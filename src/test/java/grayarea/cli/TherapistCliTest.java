package grayarea.cli;

import static grayarea.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.BankCatalog;
import grayarea.bank.BankRef;
import grayarea.bank.QuestionBank;
import grayarea.scoring.ScoringEngine;
import grayarea.session.ResultFile;
import grayarea.session.crypto.MasterKey;
import grayarea.session.crypto.TherapistKeyFile;
import grayarea.session.crypto.TherapistKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} and {@code export-csv}, run as a therapist would. */
class TherapistCliTest {

    @TempDir Path dir;

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void reportMakesTheTherapistsPdfForOnePersonAndForACouple() throws Exception {
        Path one = dir.resolve("one.pdf");
        CliTest.Run run =
                run(
                        "report",
                        "--answers",
                        "questions/examples/answers-partner.json",
                        "--out",
                        one.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + one + System.lineSeparator());
        assertThat(pdfText(one))
                .contains(
                        "Clinician summary",
                        "Questions to reflect on",
                        "not a diagnosis",
                        "Flirty messages or private jokes: more okay when the client does it (depends) than when their partner does (crosses a line)");

        Path two = dir.resolve("two.pdf");
        run =
                run(
                        "report",
                        "--first",
                        "questions/examples/answers-couple-first.json",
                        "--second",
                        "questions/examples/answers-couple-second.json",
                        "--out",
                        two.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(pdfText(two)).contains("A couple: Alex and Sam", "Where their lines differ");
    }

    @Test
    void reportRefusesHalfACoupleAndBadFilesClearly() throws Exception {
        CliTest.Run run =
                run(
                        "report",
                        "--first",
                        "questions/examples/answers-couple-first.json",
                        "--out",
                        "x.pdf");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required argument", "--second");

        Path broken = dir.resolve("broken.json");
        Files.writeString(
                broken,
                "{\n  \"kind\": \"grayarea.answer-sheet\",\n  \"formatVersion\": 1,\n  \"bank\": 4\n}\n");
        Path out = dir.resolve("never.pdf");
        run = run("report", "--answers", broken.toString(), "--out", out.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines()).allMatch(line -> line.startsWith(broken + ":"));
        assertThat(out).doesNotExist();
    }

    @Test
    void exportCsvTabulatesResultFilesAndFoldersOfThem() throws Exception {
        QuestionBank bank =
                BankCatalog.bundled().find(new BankRef("micro-cheating", "1.0.0")).orElseThrow();
        Path folder = Files.createDirectories(dir.resolve("results"));
        for (String sample : new String[] {"answers-partner.json", "answers-safety.json"}) {
            AnswerSheet sheet =
                    AnswerSheetJson.read(Path.of("questions/examples/" + sample)).sheet();
            ResultFile.Contents full =
                    new ResultFile.Contents(
                            "0.1.0",
                            Instant.parse("2026-11-20T19:30:00Z"),
                            "=1+1",
                            new ScoringEngine(bank).score(sheet),
                            sheet,
                            Map.of(),
                            true);
            ResultFile.save(folder.resolve(sample), ResultFile.withoutPrivate(bank, full));
        }
        Files.writeString(folder.resolve("notes.json"), "{\"kind\": \"something-else\"}");
        Path csv = dir.resolve("table.csv");

        CliTest.Run run =
                run(
                        "export-csv",
                        "--out",
                        csv.toString(),
                        folder.toString(),
                        "questions/examples/result-partner.json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("wrote 3 rows to " + csv);
        String text = new String(Files.readAllBytes(csv), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFClient code,Date,");
        assertThat(text.lines()).hasSize(4);
        assertThat(text)
                .contains("'=1+1,2026-11-20T19:30:00Z,micro-cheating 1.0.0,one person,")
                .doesNotContain("Safety:");

        assertThat(text.lines().filter(line -> line.endsWith(",result-partner.json")))
                .as("the plain version 1 example keeps everything but was never sealed")
                .singleElement()
                .asString()
                .endsWith(",complete (not sealed),result-partner.json");

        run =
                run(
                        "export-csv",
                        "--out",
                        dir.resolve("no.csv").toString(),
                        "questions/examples/answers-partner.json");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "questions/examples/answers-partner.json:",
                        "not a result file",
                        "nothing was written");
        assertThat(dir.resolve("no.csv")).doesNotExist();
    }

    @Test
    void aPlainFileThatClaimsToHoldEverythingIsLabelledByWhatItIsNotByItsClaim() throws Exception {
        QuestionBank bank =
                BankCatalog.bundled().find(new BankRef("micro-cheating", "1.0.0")).orElseThrow();
        AnswerSheet sheet =
                AnswerSheetJson.read(Path.of("questions/examples/answers-partner.json")).sheet();
        ResultFile.Contents full =
                new ResultFile.Contents(
                        "0.1.0",
                        Instant.parse("2026-11-20T19:30:00Z"),
                        "P-2",
                        new ScoringEngine(bank).score(sheet),
                        sheet,
                        Map.of(),
                        true);
        Path claims = dir.resolve("claims.json");
        ResultFile.save(claims, full);
        assertThat(Files.readString(claims))
                .contains("\"contents\" : \"complete\"")
                .doesNotStartWith("GRAYAREA");

        for (String language : new String[] {"en", "es"}) {
            Path csv = dir.resolve("claims-" + language + ".csv");
            CliTest.Run run =
                    run(
                            "export-csv",
                            "--lang",
                            language,
                            "--out",
                            csv.toString(),
                            claims.toString());
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(Files.readString(csv, StandardCharsets.UTF_8).lines().skip(1))
                    .singleElement()
                    .asString()
                    .endsWith(
                            language.equals("en")
                                    ? ",complete (not sealed),claims.json"
                                    : ",completo (sin sellar),claims.json")
                    .doesNotContain("everything (sealed)", "todo (sellado)");
        }
    }

    @Test
    void sealedResultsOpenOnlyWithTheTherapistsKeyAndPassphraseFromFiles() throws Exception {
        QuestionBank bank =
                BankCatalog.bundled().find(new BankRef("micro-cheating", "1.0.0")).orElseThrow();
        AnswerSheet sheet =
                AnswerSheetJson.read(Path.of("questions/examples/answers-safety.json")).sheet();
        ResultFile.Contents full =
                new ResultFile.Contents(
                        "0.1.0",
                        Instant.parse("2026-11-20T19:30:00Z"),
                        "S-1",
                        new ScoringEngine(bank).score(sheet),
                        sheet,
                        Map.of(),
                        true);
        TherapistKeys keys = TherapistKeys.generate();
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.write(
                folder.resolve("s-1.sealed"),
                ResultFile.forTherapist(bank, full, Optional.of(keys.publicKey())));
        Path keyFile = dir.resolve("therapist.key");
        Files.write(
                keyFile,
                TherapistKeyFile.lock(
                        keys, MasterKey.create("therapist passphrase".toCharArray())));
        Path passphrase = dir.resolve("pass.txt");
        Files.writeString(passphrase, "therapist passphrase\n");
        Path csv = dir.resolve("sealed.csv");

        CliTest.Run run = run("export-csv", "--out", csv.toString(), folder.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        folder.resolve("s-1.sealed")
                                + ":1:1: this file is sealed for a therapist;"
                                + " give their key file with --key FILE");

        run =
                run(
                        "export-csv",
                        "--key",
                        keyFile.toString(),
                        "--passphrase-file",
                        passphrase.toString(),
                        "--out",
                        csv.toString(),
                        folder.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(csv)).contains("S-1,", "Safety:", "everything (sealed)");

        Path pdf = dir.resolve("sealed.pdf");
        run =
                run(
                        "report",
                        "--answers",
                        folder.resolve("s-1.sealed").toString(),
                        "--key",
                        keyFile.toString(),
                        "--passphrase-file",
                        passphrase.toString(),
                        "--out",
                        pdf.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(pdfText(pdf)).contains("Client code: S-1", "Safety:");

        Files.writeString(passphrase, "not the passphrase\n");
        run =
                run(
                        "report",
                        "--answers",
                        folder.resolve("s-1.sealed").toString(),
                        "--key",
                        keyFile.toString(),
                        "--passphrase-file",
                        passphrase.toString(),
                        "--out",
                        pdf.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(keyFile + ":1:1: wrong passphrase or damaged file");
    }
}
