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
import grayarea.session.TherapistKeyStore;
import grayarea.session.Vault;
import grayarea.session.crypto.CryptoFileException;
import grayarea.session.crypto.CryptoFormat;
import grayarea.ui.toolkit.ProblemWords;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The client results: result files opened (by the file dialog or dropped on the page, both through
 * {@link #open}), each once; the files that could not be read, each problem at its place; a row
 * chosen to open as its report; one client's headline score over their retakes; the table as CSV.
 */
public final class ResultsViewModel {

    /** A result file as read. */
    record Opened(Path file, ResultFile.Any contents, JsonDocument document, boolean sealed) {}

    /** One retake of a client: when, and the headline score. */
    record Point(Instant when, double score) {}

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

    private final FilteredList<ResultsTable.Row> shown = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper sealedWaiting = new ReadOnlyBooleanWrapper();

    /** Reads result files: with the therapist's key once its passphrase opened it. */
    private FileOpener opener;

    ResultsViewModel(TherapistFlow flow) {
        this.flow = flow;
        this.language = flow.texts().language();
        this.opener = new FileOpener(null, null).withVault(flow.context().vault());
        shown.predicateProperty()
                .bind(
                        Bindings.createObjectBinding(
                                () -> {
                                    String wanted =
                                            search.get() == null
                                                    ? ""
                                                    : search.get().strip().toLowerCase(Locale.ROOT);
                                    return wanted.isEmpty()
                                            ? null
                                            : (Predicate<ResultsTable.Row>)
                                                    row -> matches(row, wanted);
                                },
                                search));
    }

    /** Whether some files failed only because they are sealed and the key is not open yet. */
    ReadOnlyBooleanProperty sealedWaitingProperty() {
        return sealedWaiting.getReadOnlyProperty();
    }

    /**
     * Opens the therapist's key with its passphrase (wiped afterwards) and tries the sealed files
     * again, in the background (stretching the passphrase takes about half a second); the key stays
     * open while this page is.
     *
     * @param wrong run on the JavaFX thread when the passphrase does not open the key
     * @return false, and nothing is done (the passphrase is wiped), while other slow work still
     *     runs
     */
    boolean openSealed(char[] passphrase, Runnable wrong) {
        Vault vault = flow.context().vault();
        List<Path> again = failed.keySet().stream().filter(ResultsViewModel::isSealed).toList();
        Set<Path> open = Set.copyOf(opened.keySet());
        TherapistKeyStore store = new TherapistKeyStore(flow.context().dataFolder());
        boolean started =
                flow.context()
                        .background()
                        .run(
                                flow.texts().get("therapist.results.sealed.opening"),
                                () -> {
                                    // the store wipes the passphrase, whether it opens the key or
                                    // not
                                    FileOpener withKey =
                                            new FileOpener(store.open(passphrase)).withVault(vault);
                                    return new Unsealed(withKey, read(again, open, withKey));
                                },
                                unsealed -> {
                                    opener = unsealed.opener();
                                    again.forEach(failed::remove);
                                    took(unsealed.reads());
                                },
                                failure -> {
                                    if (failure instanceof CryptoFileException) {
                                        status.set(new Message("therapist.results.sealed.wrong"));
                                        wrong.run();
                                    } else {
                                        status.set(
                                                new Message(
                                                        "therapist.results.openFailed",
                                                        ProblemWords.of(flow.texts(), failure)));
                                    }
                                });
        if (!started) {
            Arrays.fill(passphrase, '\0');
        }
        return started;
    }

    /** The key opened, and the sealed files read again with it. */
    private record Unsealed(FileOpener opener, List<Read> reads) {}

    private static boolean isSealed(Path file) {
        return CryptoFormat.kindOf(file) == CryptoFormat.Kind.SEALED;
    }

    /** The rows, one a result file, in the language of the labels now in use. */
    ObservableList<ResultsTable.Row> rows() {
        if (!language.equals(flow.texts().language())) {
            language = flow.texts().language();
            refresh();
        }
        return rows;
    }

    /** The rows the search leaves in the table: all of them while it is empty. */
    FilteredList<ResultsTable.Row> shown() {
        rows();
        return shown;
    }

    /**
     * What the table is narrowed to: rows whose client code, result, flags, question bank or file
     * name hold these words (any case); empty for every row. It stays while the therapist reads a
     * report.
     */
    StringProperty searchProperty() {
        return search;
    }

    private boolean matches(ResultsTable.Row row, String wanted) {
        return Stream.of(
                        row.clientCode(),
                        row.band(),
                        row.flags(),
                        row.bank().id() + " " + row.bank().version(),
                        row.file().getFileName().toString())
                .anyMatch(text -> text != null && text.toLowerCase(Locale.ROOT).contains(wanted));
    }

    /** Every problem of the files that could not be read, in the order they were opened. */
    ObservableList<Problem> problems() {
        return problems;
    }

    /** The row chosen in the table, or null. */
    ObjectProperty<ResultsTable.Row> selectedProperty() {
        return selected;
    }

    /**
     * The id of the column the table is sorted by, or null for the order the files were read in.
     */
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

    /**
     * A bank a result was answered to that the app does not have, after Open asked for it; else
     * null.
     */
    ReadOnlyObjectProperty<BankRef> missingBankProperty() {
        return missingBank.getReadOnlyProperty();
    }

    /** Files dropped on the page: the same as opening them. */
    boolean openDropped(List<File> files) {
        return open(files.stream().map(File::toPath).toList());
    }

    /**
     * Opens result files, from the file dialog or dropped on the page, in the background (reading
     * many files, some of them encrypted, takes a while): a file already open is not listed again;
     * a file that cannot be read is listed with its problems, and the others are shown.
     *
     * @return false, and nothing is read, while other slow work still runs
     */
    boolean open(List<Path> paths) {
        if (paths.isEmpty()) {
            took(List.of());
            return true;
        }
        List<Path> given = List.copyOf(paths);
        Set<Path> open = Set.copyOf(opened.keySet());
        FileOpener with = opener;
        return flow.context()
                .background()
                .run(
                        flow.texts().get("therapist.results.opening"),
                        () -> read(given, open, with),
                        this::took,
                        failure ->
                                status.set(
                                        new Message(
                                                "therapist.results.openFailed",
                                                ProblemWords.of(flow.texts(), failure))));
    }

    /** One file as read in the background: opened, or its problems, or already open. */
    private record Read(Path key, Path given, Opened opened, List<Problem> problems) {

        boolean already() {
            return opened == null && problems == null;
        }
    }

    /** Reads the files, off the JavaFX thread: touches nothing of the page's state. */
    private List<Read> read(List<Path> paths, Set<Path> alreadyOpen, FileOpener with) {
        Set<Path> openNow = new HashSet<>();
        List<Read> reads = new ArrayList<>();
        for (Path path : paths) {
            Path key = key(path);
            if (alreadyOpen.contains(key) || openNow.contains(key)) {
                reads.add(new Read(key, path, null, null));
                continue;
            }
            try {
                FileOpener.Opened read = with.open(path);
                JsonDocument document = read.document();
                Opened file =
                        new Opened(key, ResultFile.readAny(document), document, read.sealed());
                List<Problem> fit = fit(file);
                if (!fit.isEmpty()) {
                    throw new ProblemsException(fit);
                }
                openNow.add(key);
                reads.add(new Read(key, path, file, null));
            } catch (ProblemsException e) {
                reads.add(new Read(key, path, null, e.problems()));
            }
        }
        return reads;
    }

    /** What was read, on the JavaFX thread: the table, the problems and the status follow. */
    private void took(List<Read> reads) {
        int added = 0;
        List<String> already = new ArrayList<>();
        for (Read read : reads) {
            if (read.already()) {
                already.add(read.given().getFileName().toString());
            } else if (read.opened() != null) {
                failed.remove(read.key());
                opened.put(read.key(), read.opened());
                added++;
            } else {
                failed.put(read.key(), read.problems());
            }
        }
        refresh();
        sealedWaiting.set(failed.keySet().stream().anyMatch(ResultsViewModel::isSealed));
        status.set(
                already.isEmpty()
                        ? new Message("therapist.results.opened", added)
                        : new Message(
                                "therapist.results.openedAlready",
                                added,
                                String.join(", ", already)));
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
        return flow.bank(one.bank())
                .map(
                        bank ->
                                AnswerSheetFit.check(
                                        bank,
                                        new AnswerSheetJson.Located(
                                                one.answers(), file.document(), "/answers")))
                .orElse(List.of());
    }

    private void refresh() {
        ResultsTable table = new ResultsTable(flow::bank, language);
        List<ResultsTable.Row> made = new ArrayList<>();
        for (Opened file : List.copyOf(opened.values())) {
            try {
                made.add(table.row(file.file(), file.contents(), file.sealed()));
            } catch (RuntimeException e) {
                // a couple's turns that do not fit their bank: said like any file that cannot be
                // read
                opened.remove(file.file());
                failed.put(
                        file.file(),
                        List.of(
                                Problem.atStart(
                                        file.file().toString(),
                                        grayarea.bank.Message.in(
                                                "grayarea.ui.messages",
                                                "therapist.results.notFitting"))));
            }
        }
        made.sort(
                Comparator.comparing(
                                (ResultsTable.Row r) ->
                                        r.clientCode() == null ? "" : r.clientCode())
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
        List<Point> points =
                rows.stream()
                        .filter(
                                r ->
                                        !r.couple()
                                                && r.score() != null
                                                && Objects.equals(r.clientCode(), row.clientCode())
                                                && r.bank().id().equals(row.bank().id()))
                        .sorted(Comparator.comparing(ResultsTable.Row::createdAt))
                        .map(r -> new Point(r.createdAt(), r.score()))
                        .toList();
        return points.size() >= 2 ? points : List.of();
    }

    /**
     * The name of the headline score for a row's bank, such as "Concern"; the bank's id when it is
     * not known.
     */
    String scoreName(ResultsTable.Row row) {
        return flow.bank(row.bank())
                .flatMap(b -> b.dimension(b.primary().dimension()))
                .map(d -> d.label().in(language))
                .orElse(row.bank().id());
    }

    /**
     * Writes the table, the rows shown in the order shown, as CSV for a spreadsheet, in the
     * background.
     *
     * @return false, and nothing is written, while other slow work still runs
     */
    boolean exportCsv(Path chosen, List<ResultsTable.Row> inOrder) {
        Path path =
                chosen.getFileName().toString().endsWith(".csv")
                        ? chosen
                        : chosen.resolveSibling(chosen.getFileName() + ".csv");
        List<ResultsTable.Row> rowsShown = List.copyOf(inOrder);
        ResultsTable table = new ResultsTable(flow::bank, language);
        return flow.context()
                .background()
                .run(
                        flow.texts().get("therapist.results.exporting"),
                        () -> {
                            AtomicFiles.write(path, table.csv(rowsShown));
                            return path;
                        },
                        written -> status.set(new Message("therapist.results.exported", written)),
                        failure ->
                                status.set(
                                        new Message(
                                                "therapist.results.exportFailed",
                                                ProblemWords.of(flow.texts(), failure))));
    }

    void back() {
        flow.showHome();
    }
}
