package grayarea.ui.therapist;

import grayarea.bank.AnswerSheetFit;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.BankLoader;
import grayarea.bank.BankRef;
import grayarea.bank.JsonDocument;
import grayarea.bank.Problem;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import grayarea.report.ResultsTable;
import grayarea.session.AtomicFiles;
import grayarea.session.FileOpener;
import grayarea.session.ResultFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The client results: result files opened (by the file dialog or dropped on the page, both
 * through {@link #open}), each once; the files that could not be read, each problem at its place;
 * a row chosen to open as its report; one client's headline score over their retakes; the table as CSV.
 */
public final class ResultsViewModel {

    /** A result file as read. */
    record Opened(Path file, ResultFile.Any contents, JsonDocument document, boolean sealed) {
    }

    /** One retake of a client: when, and the headline score. */
    record Point(Instant when, double score) {
    }

    private final TherapistFlow flow;
    private final Map<Path, Opened> opened = new LinkedHashMap<>();
    private final Map<Path, List<Problem>> failed = new LinkedHashMap<>();
    private final ObservableList<ResultsTable.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<ResultsTable.Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Message> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BankRef> missingBank = new ReadOnlyObjectWrapper<>();
    private String language;
    private String sortColumn = "column-code";
    private boolean sortAscending = true;

    private FileOpener opener;
    private final javafx.beans.property.ReadOnlyBooleanWrapper sealedWaiting = new javafx.beans.property.ReadOnlyBooleanWrapper();

    ResultsViewModel(TherapistFlow flow) {
        this.flow = flow;
        this.language = flow.texts().language();
        this.opener = new FileOpener(null, null).withVault(flow.context().vault());
    }

    /** Whether some files failed only because they are sealed and the key is not open yet. */
    javafx.beans.property.ReadOnlyBooleanProperty sealedWaitingProperty() {
        return sealedWaiting.getReadOnlyProperty();
    }

    /**
     * Opens the therapist's key with its passphrase (wiped afterwards) and tries the sealed files
     * again; the key stays open while this page is.
     *
     * @return whether the passphrase opened the key
     */
    boolean openSealed(char[] passphrase) {
        try {
            grayarea.session.crypto.TherapistKeys keys =
                    new grayarea.session.TherapistKeyStore(flow.context().dataFolder()).open(passphrase);
            opener = new FileOpener(keys).withVault(flow.context().vault());
        } catch (grayarea.session.crypto.CryptoFileException e) {
            status.set(new Message("therapist.results.sealed.wrong"));
            return false;
        }
        List<Path> again = failed.keySet().stream().filter(ResultsViewModel::isSealed).toList();
        again.forEach(failed::remove);
        open(again);
        return true;
    }

    private static boolean isSealed(Path file) {
        return grayarea.session.crypto.CryptoFormat.kindOf(file) == grayarea.session.crypto.CryptoFormat.Kind.SEALED;
    }

    /** The rows, one a result file, in the language of the labels now in use. */
    ObservableList<ResultsTable.Row> rows() {
        if (!language.equals(flow.texts().language())) {
            language = flow.texts().language();
            refresh();
        }
        return rows;
    }

    /** Every problem of the files that could not be read, in the order they were opened. */
    ObservableList<Problem> problems() {
        return problems;
    }

    /** The row chosen in the table, or null. */
    ObjectProperty<ResultsTable.Row> selectedProperty() {
        return selected;
    }

    /** The id of the column the table is sorted by, or null for the order the files were read in. */
    String sortColumn() {
        return sortColumn;
    }

    boolean sortAscending() {
        return sortAscending;
    }

    /** Remembers how the table is sorted, so it is sorted so again when the page is built again. */
    void sortBy(String column, boolean ascending) {
        sortColumn = column;
        sortAscending = ascending;
    }

    ReadOnlyObjectProperty<Message> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A bank a result was answered to that the app does not have, after Open asked for it; else null. */
    ReadOnlyObjectProperty<BankRef> missingBankProperty() {
        return missingBank.getReadOnlyProperty();
    }

    /**
     * Opens result files, from the file dialog or dropped on the page. A file already open is not
     * listed again; a file that cannot be read is listed with its problems, and the others are shown.
     */
    public void open(List<Path> paths) {
        int added = 0;
        List<String> already = new ArrayList<>();
        for (Path path : paths) {
            Path key = key(path);
            if (opened.containsKey(key)) {
                already.add(path.getFileName().toString());
                continue;
            }
            failed.remove(key);
            try {
                FileOpener.Opened read = opener.open(path);
                JsonDocument document = read.document();
                Opened file = new Opened(key, ResultFile.readAny(document), document, read.sealed());
                List<Problem> fit = fit(file);
                if (!fit.isEmpty()) {
                    throw new ProblemsException(fit);
                }
                opened.put(key, file);
                added++;
            } catch (ProblemsException e) {
                failed.put(key, e.problems());
            }
        }
        refresh();
        sealedWaiting.set(failed.keySet().stream().anyMatch(ResultsViewModel::isSealed));
        status.set(already.isEmpty() ? new Message("therapist.results.opened", added)
                : new Message("therapist.results.openedAlready", added, String.join(", ", already)));
    }

    /** The same file by any path to it. */
    private static Path key(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** Where one person's answers do not fit the bank they name (when the app has that bank). */
    private List<Problem> fit(Opened file) {
        if (!(file.contents() instanceof ResultFile.Contents one)) {
            return List.of();
        }
        return flow.bank(one.bank()).map(bank -> AnswerSheetFit.check(bank,
                new AnswerSheetJson.Located(one.answers(), file.document(), "/answers"))).orElse(List.of());
    }

    private void refresh() {
        ResultsTable table = new ResultsTable(flow::bank, language);
        List<ResultsTable.Row> made = new ArrayList<>();
        for (Opened file : List.copyOf(opened.values())) {
            try {
                made.add(table.row(file.file(), file.contents(), file.sealed()));
            } catch (RuntimeException e) {
                // a couple's turns that do not fit their bank: said like any file that cannot be read
                opened.remove(file.file());
                failed.put(file.file(), List.of(Problem.atStart(file.file().toString(),
                        grayarea.bank.Message.in("grayarea.ui.messages", "therapist.results.notFitting"))));
            }
        }
        made.sort(Comparator.comparing((ResultsTable.Row r) -> r.clientCode() == null ? "" : r.clientCode())
                .thenComparing(ResultsTable.Row::createdAt));
        Path chosen = selected.get() == null ? null : selected.get().file();
        rows.setAll(made);
        selected.set(made.stream().filter(r -> r.file().equals(chosen)).findFirst().orElse(null));
        problems.setAll(failed.values().stream().flatMap(List::stream).toList());
    }

    /**
     * The selected row's report to open, or empty when the app does not have the bank its answers
     * were given to (then {@link #missingBankProperty} names it, and {@link #openBank} can add it).
     */
    Optional<ReportViewModel> report(ResultsTable.Row row) {
        Opened file = opened.get(row.file());
        Optional<QuestionBank> bank = flow.bank(row.bank());
        if (bank.isEmpty()) {
            missingBank.set(row.bank());
            return Optional.empty();
        }
        missingBank.set(null);
        List<Problem> fit = fit(file);
        if (!fit.isEmpty()) {
            // a bank opened after the file: its answers turn out not to fit it
            opened.remove(file.file());
            failed.put(file.file(), fit);
            refresh();
            return Optional.empty();
        }
        return Optional.of(new ReportViewModel(flow, file.file(), file.contents(), bank.get()));
    }

    void showReport(ResultsTable.Row row) {
        report(row).ifPresent(flow::showReport);
    }

    /** Opens the question bank a result was given to; its rows are labelled with it from now on. */
    void openBank(Path path) {
        try {
            flow.addOwnBank(BankLoader.load(path));
            missingBank.set(null);
            refresh();
            status.set(new Message("therapist.results.bankOpened", path.getFileName()));
        } catch (ProblemsException e) {
            status.set(new Message("therapist.results.bankFailed", e.problems().get(0)));
        }
    }

    /**
     * The headline score over time of the selected row's client, for the same bank, oldest first:
     * shown once there are two or more. A couple's file has no single score and is left out.
     */
    List<Point> history(ResultsTable.Row row) {
        if (row == null || row.clientCode() == null || row.couple()) {
            return List.of();
        }
        List<Point> points = rows.stream()
                .filter(r -> !r.couple() && r.score() != null && Objects.equals(r.clientCode(), row.clientCode())
                        && r.bank().id().equals(row.bank().id()))
                .sorted(Comparator.comparing(ResultsTable.Row::createdAt))
                .map(r -> new Point(r.createdAt(), r.score())).toList();
        return points.size() >= 2 ? points : List.of();
    }

    /** The name of the headline score for a row's bank, such as "Concern"; the bank's id when it is not known. */
    String scoreName(ResultsTable.Row row) {
        return flow.bank(row.bank()).flatMap(b -> b.dimension(b.primary().dimension()))
                .map(d -> d.label().in(language)).orElse(row.bank().id());
    }

    /** Writes the table, in the order shown, as CSV for a spreadsheet. */
    void exportCsv(Path chosen, List<ResultsTable.Row> inOrder) {
        Path path = chosen.getFileName().toString().endsWith(".csv") ? chosen
                : chosen.resolveSibling(chosen.getFileName() + ".csv");
        try {
            AtomicFiles.write(path, new ResultsTable(flow::bank, language).csv(inOrder));
            status.set(new Message("therapist.results.exported", path));
        } catch (IOException e) {
            status.set(new Message("therapist.results.exportFailed", e.getMessage()));
        }
    }

    void back() {
        flow.showHome();
    }
}
