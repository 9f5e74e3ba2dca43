package grayarea.ui.couple;

import grayarea.bank.Text;
import grayarea.report.ComparisonReport;
import grayarea.report.PdfReport;
import grayarea.report.ReportBlock;
import grayarea.scoring.Comparison;
import grayarea.scoring.ComparisonTurn;
import grayarea.session.AppVersion;
import grayarea.session.AtomicFiles;
import grayarea.session.ResultFile;
import grayarea.ui.toolkit.FilePicker;
import grayarea.ui.toolkit.ProblemWords;
import grayarea.ui.toolkit.Texts;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The comparison both partners look at together, in the same words as the command line's `compare`
 * and the PDF; saving it as a PDF, or as a couple's result file for their therapist (only what each
 * shared), in the background; on two computers, exporting this computer's turn too; and deleting
 * the session.
 */
final class ComparisonViewModel {

    private final CoupleFlow flow;
    private final Texts texts;
    private final Comparison comparison;
    private final String firstName;
    private final String secondName;
    private final ComparisonTurn first;
    private final ComparisonTurn second;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper todo = new ReadOnlyStringWrapper("");

    /**
     * The two turns are as each partner shares them (gate and sharing applied); a file for a
     * therapist keeps only them.
     */
    ComparisonViewModel(
            CoupleFlow flow,
            Comparison comparison,
            String firstName,
            String secondName,
            ComparisonTurn first,
            ComparisonTurn second) {
        this.flow = flow;
        this.texts = flow.context().texts();
        this.comparison = comparison;
        this.firstName = firstName;
        this.secondName = secondName;
        this.first = first;
        this.second = second;
        showTodo();
    }

    Texts texts() {
        return texts;
    }

    /**
     * Whether there is a comparison to show; when the safety gate closed, one neutral sentence
     * instead.
     */
    boolean available() {
        return comparison.available();
    }

    /**
     * Under "not available": the app's neutral sentence, then the bank's own words for this moment
     * when it has some.
     */
    String unavailableDetail() {
        String neutral = texts.get("couple.comparison.unavailable.detail");
        Text own = flow.bank().texts().comparisonUnavailable();
        return own.isEmpty() ? neutral : neutral + " " + own.in(texts.language());
    }

    private ComparisonReport report() {
        return new ComparisonReport(flow.bank(), texts.language());
    }

    /** The comparison's words, without its title (the page has its own). */
    List<ReportBlock> blocks() {
        return report().blocks(comparison, firstName, secondName).stream()
                .filter(block -> block.kind() != ReportBlock.Kind.TITLE)
                .toList();
    }

    /**
     * Whether the partners are on two computers, so this computer's turn may still be exported
     * here.
     */
    boolean apart() {
        return flow.apart();
    }

    ReadOnlyStringProperty todoProperty() {
        return todo.getReadOnlyProperty();
    }

    /** What the last save or export came to; empty before any. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private void showTodo() {
        if (flow.apart()) {
            todo.set(
                    texts.get(
                            flow.keeper().turnExported()
                                    ? "couple.apart.todo.exported"
                                    : "couple.apart.todo.export"));
        }
    }

    FilePicker.Request pdfRequest() {
        return new FilePicker.Request(
                texts.get("result.print.pdfDialog"),
                texts.get("result.print.pdfFilter"),
                "pdf",
                "comparison.pdf");
    }

    /** No printer is assumed: the comparison is saved as a PDF, which can be printed anywhere. */
    void savePdf(Path path) {
        List<ReportBlock> blocks = report().blocks(comparison, firstName, secondName);
        String title = texts.get("couple.comparison.title");
        inBackground(
                "couple.busy.pdf",
                () -> {
                    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                    new PdfReport().write(blocks, title, pdf);
                    AtomicFiles.write(path, pdf.toByteArray());
                    return null;
                },
                texts.get("result.print.done", path),
                "result.print.failed");
    }

    FilePicker.Request therapistRequest() {
        return new FilePicker.Request(
                texts.get("couple.comparison.forTherapist.dialog"),
                texts.get("result.save.filter"),
                "json",
                "couple-result.json");
    }

    /**
     * A couple's result file for their therapist: only what both shared, each turn as a turn file.
     */
    void saveForTherapist(Path path) {
        ResultFile.CoupleContents contents =
                new ResultFile.CoupleContents(
                        AppVersion.get(),
                        Instant.now(),
                        null,
                        flow.bank().ref(),
                        texts.language(),
                        first,
                        second);
        inBackground(
                "couple.busy.save",
                () -> {
                    ResultFile.save(path, flow.bank(), contents);
                    return null;
                },
                texts.get("couple.comparison.forTherapist.done", path),
                "result.save.failed");
    }

    private void inBackground(String words, Callable<Void> work, String done, String failedKey) {
        flow.context()
                .background()
                .run(
                        texts.get(words),
                        work,
                        nothing -> status.set(done),
                        failed -> status.set(texts.get(failedKey, ProblemWords.of(texts, failed))));
    }

    FilePicker.Request exportRequest() {
        return ApartViewModel.exportRequest(flow);
    }

    /**
     * On two computers: exports this computer's turn in the background; the page then says what is
     * left.
     */
    void exportTurn(Path path) {
        ApartViewModel.exportTurn(flow, path, status::set, this::showTodo);
    }

    /**
     * Whether Finish asks first: on two computers, while this computer's turn has not been
     * exported.
     */
    boolean finishAsks() {
        return flow.apart() && !flow.keeper().turnExported();
    }

    /** What finishing without exporting means for the turn, where it is kept (or not). */
    String finishDetail() {
        boolean kept = flow.context().keepsProgress();
        boolean pin = flow.session().partner(0).lock() != null && kept;
        return texts.get(
                "couple.apart.finish.detail",
                texts.get(
                        pin
                                ? "couple.apart.finish.keptPin"
                                : kept
                                        ? "couple.apart.finish.keptWindow"
                                        : "couple.apart.finish.keptNowhere"));
    }

    /** Back to the start: the turns stay as saved, closed under their PINs. */
    void finish() {
        flow.backToStart(null);
    }

    /**
     * Deletes both turns and this comparison from this computer, and goes back to the start saying
     * so.
     */
    void delete() {
        flow.keeper().discard();
        flow.backToStart(texts.get("welcome.deleted"));
    }
}
