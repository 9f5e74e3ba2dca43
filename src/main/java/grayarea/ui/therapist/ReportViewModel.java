package grayarea.ui.therapist;

import grayarea.bank.QuestionBank;
import grayarea.report.PdfReport;
import grayarea.report.ReportBlock;
import grayarea.report.TherapistReport;
import grayarea.session.AtomicFiles;
import grayarea.session.ResultFile;
import grayarea.ui.toolkit.HelpPlace;
import grayarea.ui.toolkit.ProblemWords;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One client's report as the therapist reads it: the one-page clinician summary, then the client
 * pages, in the same blocks as the PDF that Save as PDF writes.
 */
final class ReportViewModel {

    private final TherapistFlow flow;
    private final Path file;
    private final ResultFile.Any contents;
    private final QuestionBank bank;
    private final ReadOnlyObjectWrapper<Message> status = new ReadOnlyObjectWrapper<>();

    ReportViewModel(TherapistFlow flow, Path file, ResultFile.Any contents, QuestionBank bank) {
        this.flow = flow;
        this.file = file;
        this.contents = contents;
        this.bank = bank;
    }

    /** The app's language when the bank has it, else the bank's first. */
    private String language() {
        String wanted = flow.texts().language();
        return bank.languages().contains(wanted) ? wanted : bank.languages().get(0);
    }

    Path file() {
        return file;
    }

    List<ReportBlock> blocks() {
        // the client pages' help lines: the country chosen on this computer, else the system's
        TherapistReport report =
                new TherapistReport(bank, language(), HelpPlace.remembered(flow.context()));
        if (contents instanceof ResultFile.CoupleContents couple) {
            return report.blocks(couple, flow.profile().orElse(null));
        }
        return report.blocks((ResultFile.Contents) contents, flow.profile().orElse(null));
    }

    ReadOnlyObjectProperty<Message> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A file name with the client code and the date, such as report-C-0412-2026-11-20.pdf. */
    String suggestedName() {
        String date =
                DateTimeFormatter.ISO_LOCAL_DATE.format(
                        contents.createdAt().atZone(ZoneId.systemDefault()));
        String code =
                contents.clientCode() == null
                        ? ""
                        : contents.clientCode().replaceAll("[^\\p{L}\\p{N}._-]+", "-") + "-";
        return "report-" + code + date + ".pdf";
    }

    /**
     * Writes the report as a PDF, in the background (the page is masked meanwhile); the status says
     * where it went, or why it could not be written.
     *
     * @return false, and nothing is written, while other slow work still runs
     */
    boolean savePdf(Path path) {
        List<ReportBlock> blocks = blocks();
        String title = bank.about().title().in(language());
        return flow.context()
                .background()
                .run(
                        flow.texts().get("therapist.report.saving"),
                        () -> {
                            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                            new PdfReport().write(blocks, title, pdf);
                            AtomicFiles.write(path, pdf.toByteArray());
                            return path;
                        },
                        saved -> status.set(new Message("therapist.report.saved", saved)),
                        failed ->
                                status.set(
                                        new Message(
                                                "therapist.report.saveFailed",
                                                ProblemWords.of(flow.texts(), failed))));
    }

    void back() {
        flow.showResults();
    }
}
