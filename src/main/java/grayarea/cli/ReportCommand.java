package grayarea.cli;

import grayarea.bank.AnswerSheetFit;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.JsonDocument;
import grayarea.bank.Problem;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import grayarea.report.PdfReport;
import grayarea.report.ReportBlock;
import grayarea.report.TherapistReport;
import grayarea.scoring.ScoringEngine;
import grayarea.session.AppVersion;
import grayarea.session.AtomicFiles;
import grayarea.session.DataFolder;
import grayarea.session.FileOpener;
import grayarea.session.PracticeProfile;
import grayarea.session.PracticeProfileStore;
import grayarea.session.ResultFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code report (--answers FILE | --first FILE --second FILE) [--bank FILE] --out FILE.pdf}: the
 * therapist's PDF, a one-page clinician summary and the client pages, for one answer sheet or
 * result file, or for a couple's two answer sheets or turn files.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

    /** One person, or a couple: exactly one of the two. */
    static final class Who {
        @Option(names = "--answers", required = true, paramLabel = "FILE")
        Path answers;

        @ArgGroup(exclusive = false)
        Couple couple;
    }

    /** A couple's two files. */
    static final class Couple {
        @Option(names = "--first", required = true, paramLabel = "FILE")
        Path first;

        @Option(names = "--second", required = true, paramLabel = "FILE")
        Path second;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Who who;

    @Option(names = "--bank", paramLabel = "FILE")
    private Path bankFile;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf")
    private Path out;

    @Option(names = "--region", paramLabel = "XX")
    private String region;

    @CommandLine.Mixin private Secrets secrets = new Secrets();

    @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (FileOpener opener = secrets.opener()) {
            PracticeProfile practice =
                    new PracticeProfileStore(DataFolder.get()).load().orElse(null);
            Banks banks = Banks.of(bankFile);
            List<ReportBlock> blocks;
            String title;
            if (who.answers != null) {
                Single single = single(banks, opener, who.answers);
                TherapistReport report =
                        new TherapistReport(
                                single.bank(),
                                lang(single.language(), single.bank()),
                                Region.of(region));
                blocks = report.blocks(single.contents(), practice);
                title = single.bank().about().title().in(lang(single.language(), single.bank()));
            } else {
                CompareCommand.Couple couple =
                        CompareCommand.read(banks, who.couple.first, who.couple.second);
                String lang = lang(couple.language(), couple.bank());
                ResultFile.CoupleContents contents =
                        new ResultFile.CoupleContents(
                                AppVersion.get(),
                                Instant.now(),
                                null,
                                couple.bank().ref(),
                                lang,
                                couple.first(),
                                couple.second());
                blocks =
                        new TherapistReport(couple.bank(), lang, Region.of(region))
                                .blocks(contents, practice);
                title = couple.bank().about().title().in(lang);
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            new PdfReport().write(blocks, title, pdf);
            AtomicFiles.write(out, pdf.toByteArray());
            spec.commandLine()
                    .getOut()
                    .println(GrayAreaCli.texts(spec).get("report.wrote", out.toString()));
            return 0;
        } catch (ProblemsException e) {
            GrayAreaCli.print(spec, e.problems());
            return GrayAreaCli.PROBLEMS;
        }
    }

    private String lang(String own, QuestionBank bank) {
        return GrayAreaCli.resultLanguage(spec, bank, own);
    }

    /**
     * One person's file, read and checked: an answer sheet (scored here) or a result file (as it
     * is).
     */
    private record Single(QuestionBank bank, ResultFile.Contents contents, String language) {}

    private static Single single(Banks banks, FileOpener opener, Path path)
            throws ProblemsException {
        JsonDocument document = opener.read(path);
        if (ResultFile.isResultFile(document)) {
            ResultFile.Contents contents = ResultFile.read(document);
            QuestionBank bank =
                    banks.forFile(
                            contents.bank(),
                            "problem.resultToUnknownBank",
                            message -> document.problemAt("/bank", message));
            List<Problem> fit =
                    AnswerSheetFit.check(
                            bank,
                            new AnswerSheetJson.Located(contents.answers(), document, "/answers"));
            if (!fit.isEmpty()) {
                throw new ProblemsException(fit);
            }
            return new Single(bank, contents, contents.answers().language());
        }
        AnswerSheetJson.Located located = AnswerSheetJson.read(document);
        QuestionBank bank =
                banks.forFile(
                        located.sheet().bank(),
                        "problem.sheetToUnknownBank",
                        located::problemAtBank);
        List<Problem> fit = AnswerSheetFit.check(bank, located);
        if (!fit.isEmpty()) {
            throw new ProblemsException(fit);
        }
        ResultFile.Contents contents =
                new ResultFile.Contents(
                        AppVersion.get(),
                        located.sheet().createdAt() == null
                                ? Instant.now()
                                : located.sheet().createdAt(),
                        null,
                        new ScoringEngine(bank).score(located.sheet()),
                        located.sheet(),
                        Map.of(),
                        true);
        return new Single(bank, contents, located.sheet().language());
    }
}
