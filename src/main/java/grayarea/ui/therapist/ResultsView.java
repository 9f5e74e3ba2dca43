package grayarea.ui.therapist;

import atlantafx.base.theme.Styles;
import grayarea.bank.BankRef;
import grayarea.bank.Problem;
import grayarea.report.ResultsTable;
import grayarea.ui.toolkit.FilePicker;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.Risk;
import grayarea.ui.toolkit.SecretField;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import grayarea.ui.toolkit.View;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * The client results: open result files (or drop them here), a sortable table of them, the files
 * that could not be read below it, the chosen client's score over their retakes as a chart and in
 * words, and the table as CSV.
 */
final class ResultsView extends View {

    private static final double WRAP_RESULT = 14;
    private static final double WRAP_FLAGS = 12;
    private static final double WRAP_HOLDS = 8;
    private final ResultsViewModel model;
    private final Texts texts;
    private final FilePicker files;
    private final DateTimeFormatter dates;
    private final NumberFormat numbers;
    private TextPage page;
    private Label intro;
    private Button openFiles;
    private Button export;
    private Label status;
    private SecretField sealedPassphrase;
    private Label sealedLabel;
    private Button sealedOpen;
    private VBox sealedBox;
    private Label sortLabel;
    private ChoiceBox<TableColumn<ResultsTable.Row, ?>> sortBy;
    private Label searchLabel;
    private TextField search;
    private TableView<ResultsTable.Row> table;
    private Label placeholder;
    private Button openRow;
    private VBox missingBank;
    private VBox problems;
    private VBox history;
    private Button back;

    ResultsView(ResultsViewModel model, Texts texts, FilePicker files) {
        this.model = model;
        this.texts = texts;
        this.files = files;
        this.dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(texts.locale())
                        .withZone(ZoneId.systemDefault());
        this.numbers = NumberFormat.getNumberInstance(texts.locale());
        this.numbers.setMaximumFractionDigits(0);
    }

    @Override
    protected void createParts() {
        page = new TextPage("therapist-results-page", Style.THERAPIST_WIDE_PAGE);
        intro = TextPage.paragraph(texts.get("therapist.results.intro"));
        openFiles = new Button();
        openFiles.setId("results-open-files");
        openFiles.setText(texts.get("therapist.results.open"));
        openFiles.setGraphic(Icon.FOLDER.node());
        openFiles.getStyleClass().add(Style.ACCENT);
        export = new Button();
        export.setId("results-export");
        Risk.SHARES.mark(export);
        export.setText(texts.get("therapist.results.export"));
        export.setGraphic(Icon.DOWNLOAD.node());
        status = FieldViews.status("results-status", texts, model.statusProperty());
        createSealedParts();
        table = new TableView<>();
        table.setId("results-table");
        table.getStyleClass().addAll(Styles.STRIPED, Style.RESULTS_TABLE);
        placeholder = TextPage.paragraph(texts.get("therapist.results.empty"));
        table.setPlaceholder(placeholder);
        table.setAccessibleText(texts.get("therapist.results.table"));
        table.getColumns()
                .addAll(
                        List.of(
                                column(
                                        "code",
                                        "therapist.results.column.code",
                                        r ->
                                                r.clientCode() == null
                                                        ? texts.get("therapist.results.noCode")
                                                        : r.clientCode(),
                                        null,
                                        0),
                                column(
                                        "date",
                                        "therapist.results.column.date",
                                        r -> dates.format(r.createdAt()),
                                        Comparator.comparing(ResultsTable.Row::createdAt),
                                        0),
                                column(
                                        "result",
                                        "therapist.results.column.result",
                                        ResultsTable.Row::band,
                                        null,
                                        WRAP_RESULT),
                                column(
                                        "score",
                                        "therapist.results.column.score",
                                        r -> r.score() == null ? "–" : numbers.format(r.score()),
                                        Comparator.comparing(
                                                ResultsTable.Row::score,
                                                Comparator.nullsFirst(Comparator.naturalOrder())),
                                        0),
                                column(
                                        "flags",
                                        "therapist.results.column.flags",
                                        r -> r.flags().isEmpty() ? "–" : r.flags(),
                                        null,
                                        WRAP_FLAGS),
                                column(
                                        "holds",
                                        "therapist.results.column.holds",
                                        r ->
                                                texts.get(
                                                        switch (r.holds()) {
                                                            case SEALED ->
                                                                    "therapist.results.holds.sealed";
                                                            case COMPLETE_NOT_SEALED ->
                                                                    "therapist.results.holds.notSealed";
                                                            case WITHOUT_PRIVATE ->
                                                                    "therapist.results.holds.withoutPrivate";
                                                        }),
                                        null,
                                        WRAP_HOLDS),
                                column(
                                        "bank",
                                        "therapist.results.column.bank",
                                        r -> r.bank().id() + " " + r.bank().version(),
                                        null,
                                        0)));
        sortLabel = new Label(texts.get("therapist.results.sortBy"));
        sortBy = new ChoiceBox<>();
        sortBy.setId("results-sort");
        sortBy.getItems().setAll(table.getColumns());
        sortBy.setConverter(
                new StringConverter<>() {
                    @Override
                    public String toString(TableColumn<ResultsTable.Row, ?> column) {
                        return column == null ? "" : column.getText();
                    }

                    @Override
                    public TableColumn<ResultsTable.Row, ?> fromString(String text) {
                        return null;
                    }
                });
        searchLabel = new Label(texts.get("therapist.results.search"));
        search = new TextField();
        search.setId("results-search");
        search.setPrefColumnCount(14);
        search.setAccessibleText(texts.get("therapist.results.search"));
        openRow = new Button();
        openRow.setId("results-open-row");
        openRow.setText(texts.get("therapist.results.openRow"));
        openRow.setGraphic(Icon.FILE_TEXT.node());
        missingBank = new VBox(8);
        missingBank.setId("results-missing-bank");
        missingBank.getStyleClass().add(Style.PROBLEMS);
        problems = new VBox(4);
        problems.setId("results-problems");
        history = new VBox(8);
        history.setId("results-history");
        history.getStyleClass().add(Style.STORAGE_BOX);
        back = new Button();
        back.setId("results-back");
        back.setText(texts.get("therapist.back"));
        back.setGraphic(Icon.ARROW_LEFT.node());
    }

    /** Shown when some files are sealed for the therapist: their key's passphrase opens them. */
    private void createSealedParts() {
        sealedPassphrase = new SecretField("sealed-passphrase");
        sealedPassphrase.control().setMaxWidth(360);
        sealedPassphrase
                .control()
                .setAccessibleText(texts.get("therapist.results.sealed.passphrase"));
        sealedLabel = TextPage.paragraph(texts.get("therapist.results.sealed"));
        sealedOpen = new Button(texts.get("therapist.results.sealed.open"));
        sealedOpen.setId("sealed-open");
        sealedOpen.setGraphic(Icon.KEY.node());
        sealedBox = new VBox(8);
        sealedBox.setId("sealed-box");
        sealedBox.getStyleClass().add(Style.STORAGE_BOX);
    }

    /**
     * A column showing {@code text} of each row and sorting by {@code order} (by that text when
     * null); each cell holds the whole row, so that what is shown and what is sorted by can differ.
     * A column with a width in em wraps its text at that width rather than grow wider.
     */
    private TableColumn<ResultsTable.Row, ResultsTable.Row> column(
            String id,
            String titleKey,
            Function<ResultsTable.Row, String> text,
            Comparator<ResultsTable.Row> order,
            double wrapEm) {
        TableColumn<ResultsTable.Row, ResultsTable.Row> column =
                new TableColumn<>(texts.get(titleKey));
        column.setId("column-" + id);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setComparator(
                order != null ? order : Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER));
        column.setCellFactory(
                c ->
                        wrapEm > 0
                                ? new WrappingCell(column, text)
                                : new TableCell<>() {
                                    @Override
                                    protected void updateItem(ResultsTable.Row row, boolean empty) {
                                        super.updateItem(row, empty);
                                        setText(empty || row == null ? null : text.apply(row));
                                    }
                                });
        column.setUserData(new Shown(text, wrapEm));
        return column;
    }

    /**
     * What a column shows of a row, and the width in em it wraps at (0: one line, as wide as
     * needed).
     */
    private record Shown(Function<ResultsTable.Row, String> text, double wrapEm) {}

    /** A cell whose text wraps at the column's width, the row growing as tall as it needs. */
    private static final class WrappingCell extends TableCell<ResultsTable.Row, ResultsTable.Row> {
        /**
         * A label as tall as its text wrapped at its width, even when asked without a width, as a
         * cell asks.
         */
        private final Label label =
                new Label() {
                    @Override
                    protected double computePrefHeight(double width) {
                        return super.computePrefHeight(width < 0 ? getPrefWidth() : width);
                    }
                };

        private final Function<ResultsTable.Row, String> text;

        WrappingCell(
                TableColumn<ResultsTable.Row, ResultsTable.Row> column,
                Function<ResultsTable.Row, String> text) {
            this.text = text;
            label.setWrapText(true);
            label.setMinHeight(Label.USE_PREF_SIZE);
            label.prefWidthProperty()
                    .bind(
                            Bindings.createDoubleBinding(
                                    () ->
                                            Math.max(
                                                    0,
                                                    column.getWidth()
                                                            - snappedLeftInset()
                                                            - snappedRightInset()
                                                            - 2),
                                    column.widthProperty(),
                                    paddingProperty()));
            label.maxWidthProperty().bind(label.prefWidthProperty());
            label.textFillProperty().bind(textFillProperty());
        }

        @Override
        protected void updateItem(ResultsTable.Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
            } else {
                label.setText(text.apply(row));
                setGraphic(label);
            }
        }
    }

    @Override
    protected Node layOutParts() {
        sealedLabel.setLabelFor(sealedPassphrase.control());
        sealedBox.getChildren().addAll(sealedLabel, sealedPassphrase.control(), sealedOpen);
        sortLabel.setLabelFor(sortBy);
        searchLabel.setLabelFor(search);
        FlowPane sortRow = new FlowPane(8, 8, sortLabel, sortBy, searchLabel, search);
        page.column()
                .getChildren()
                .addAll(
                        page.title(texts.get("therapist.results.title")),
                        intro,
                        new FlowPane(12, 12, openFiles, export),
                        status,
                        sealedBox,
                        sortRow,
                        table,
                        openRow,
                        missingBank,
                        problems,
                        history,
                        back);
        return page.node();
    }

    @Override
    protected void bind() {
        sealedBox.visibleProperty().bind(model.sealedWaitingProperty());
        sealedBox.managedProperty().bind(sealedBox.visibleProperty());
        sealedOpen.setOnAction(
                e ->
                        model.openSealed(
                                sealedPassphrase.take(), sealedPassphrase.control()::requestFocus));
        sealedPassphrase.control().setOnAction(e -> sealedOpen.fire());
        search.textProperty().bindBidirectional(model.searchProperty());
        placeholder
                .textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () ->
                                        model.rows().isEmpty()
                                                ? texts.get("therapist.results.empty")
                                                : texts.get(
                                                        "therapist.results.search.none",
                                                        search.getText()),
                                model.rows(),
                                search.textProperty()));
        SortedList<ResultsTable.Row> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        sortBy.getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (now != null
                                    && (table.getSortOrder().size() != 1
                                            || table.getSortOrder().get(0) != now)) {
                                now.setSortType(TableColumn.SortType.ASCENDING);
                                table.getSortOrder().setAll(List.of(now));
                            }
                        });
        table.getSortOrder()
                .addListener(
                        (ListChangeListener<TableColumn<ResultsTable.Row, ?>>)
                                change ->
                                        sortBy.getSelectionModel()
                                                .select(
                                                        table.getSortOrder().isEmpty()
                                                                ? null
                                                                : table.getSortOrder().get(0)));
        // the order chosen stays while the therapist reads a report, or changes language
        table.getColumns().stream()
                .filter(c -> c.getId().equals(model.sortColumn()))
                .findFirst()
                .ifPresent(
                        c -> {
                            c.setSortType(
                                    model.sortAscending()
                                            ? TableColumn.SortType.ASCENDING
                                            : TableColumn.SortType.DESCENDING);
                            table.getSortOrder().setAll(List.of(c));
                        });
        table.setOnSort(
                e -> {
                    TableColumn<ResultsTable.Row, ?> first =
                            table.getSortOrder().isEmpty() ? null : table.getSortOrder().get(0);
                    model.sortBy(
                            first == null ? null : first.getId(),
                            first == null || first.getSortType() == TableColumn.SortType.ASCENDING);
                });
        openFiles.setOnAction(
                e ->
                        model.open(
                                files.openMany(
                                        new FilePicker.Request(
                                                texts.get("therapist.results.dialog"),
                                                texts.get("therapist.results.filter"),
                                                "json sealed",
                                                null))));
        export.disableProperty().bind(Bindings.isEmpty(table.getItems()));
        export.setOnAction(
                e ->
                        files.save(
                                        new FilePicker.Request(
                                                texts.get("therapist.results.export.dialog"),
                                                texts.get("therapist.results.export.filter"),
                                                "csv",
                                                "results.csv"))
                                .ifPresent(
                                        path ->
                                                model.exportCsv(
                                                        path, List.copyOf(table.getItems()))));
        // a file dragged from the desktop: the same as opening it
        page.node()
                .setOnDragOver(
                        e -> {
                            if (e.getDragboard().hasFiles()) {
                                e.acceptTransferModes(TransferMode.COPY);
                            }
                            e.consume();
                        });
        page.node()
                .setOnDragDropped(
                        e -> {
                            boolean files = e.getDragboard().hasFiles();
                            if (files) {
                                model.openDropped(e.getDragboard().getFiles());
                            }
                            e.setDropCompleted(files);
                            e.consume();
                        });
        table.getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (now != table.getSelectionModel().getSelectedItem()) {
                                table.getSelectionModel().select(now);
                            }
                            showHistory(now);
                        });
        if (model.selectedProperty().get() != null) {
            table.getSelectionModel().select(model.selectedProperty().get());
        }
        openRow.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        openRow.setOnAction(e -> openSelected());
        table.setOnKeyPressed(
                e -> {
                    if (e.getCode() == KeyCode.ENTER) {
                        openSelected();
                        e.consume();
                    }
                });
        table.setRowFactory(
                t -> {
                    TableRow<ResultsTable.Row> row = new TableRow<>();
                    row.setOnMouseClicked(
                            e -> {
                                if (e.getClickCount() == 2 && !row.isEmpty()) {
                                    openSelected();
                                }
                            });
                    return row;
                });
        model.missingBankProperty().addListener((obs, old, now) -> showMissingBank(now));
        showMissingBank(model.missingBankProperty().get());
        model.problems().addListener((ListChangeListener<Problem>) change -> showProblems());
        showProblems();
        model.rows().addListener((ListChangeListener<ResultsTable.Row>) change -> fitTable());
        intro.fontProperty().addListener((obs, old, now) -> fitTable());
        fitTable();
        showHistory(model.selectedProperty().get());
        back.setOnAction(e -> model.back());
        Focus.later(model.rows().isEmpty() ? openFiles : table);
    }

    private void openSelected() {
        ResultsTable.Row row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.showReport(row);
        }
    }

    /**
     * Each column as wide as its widest text (or its wrapping width), so nothing is cut at any text
     * size (the table scrolls sideways instead), and the table about as tall as its rows, up to
     * ten.
     */
    private void fitTable() {
        Font font = intro.getFont();
        Font bold = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
        double em = font.getSize();
        double[] lines = new double[Math.min(10, model.rows().size())];
        Arrays.fill(lines, 1);
        for (TableColumn<ResultsTable.Row, ?> column : table.getColumns()) {
            Shown shown = (Shown) column.getUserData();
            // the header holds its title and the sort arrow
            double width = width(column.getText(), bold) + 2.4 * em;
            for (ResultsTable.Row row : model.rows()) {
                width = Math.max(width, width(shown.text().apply(row), font) + 1.4 * em);
            }
            if (shown.wrapEm() > 0) {
                width = Math.min(width, shown.wrapEm() * em);
                for (int i = 0; i < lines.length; i++) {
                    // words wrap whole, so a line holds a little less than its width
                    double needed =
                            width(shown.text().apply(model.rows().get(i)), font)
                                    * 1.2
                                    / (width - 1.4 * em);
                    lines[i] = Math.max(lines[i], Math.ceil(needed));
                }
            }
            column.setPrefWidth(Math.ceil(width));
        }
        double rows = 0;
        for (double n : lines) {
            rows += n * 1.4 * em + 1.4 * em;
        }
        table.setPrefHeight(Math.max(rows, 3 * 2.35 * em) + 4 * em);
        table.setMinHeight(table.getPrefHeight());
    }

    private static double width(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    private void showMissingBank(BankRef ref) {
        missingBank.getChildren().clear();
        missingBank.setVisible(ref != null);
        missingBank.setManaged(ref != null);
        if (ref == null) {
            return;
        }
        Button open = new Button(texts.get("therapist.results.bankMissing.open"));
        open.setId("results-open-bank");
        open.setGraphic(Icon.FOLDER.node());
        open.setOnAction(e -> FieldViews.pickBank(files, texts).ifPresent(model::openBank));
        missingBank
                .getChildren()
                .addAll(
                        TextPage.paragraph(
                                texts.get(
                                        "therapist.results.bankMissing", ref.id(), ref.version())),
                        open);
    }

    private void showProblems() {
        problems.getChildren()
                .setAll(
                        TextPage.problems(
                                "results-problem-list",
                                texts.get("therapist.results.problems"),
                                model.problems(),
                                texts.locale()));
        problems.setVisible(!model.problems().isEmpty());
        problems.setManaged(problems.isVisible());
    }

    /**
     * The chosen client's headline score over their retakes: a line, and the same figures in words.
     */
    private void showHistory(ResultsTable.Row row) {
        history.getChildren().clear();
        List<ResultsViewModel.Point> points = model.history(row);
        history.setVisible(!points.isEmpty());
        history.setManaged(history.isVisible());
        if (points.isEmpty()) {
            return;
        }
        String scoreName = model.scoreName(row);
        Label heading =
                TextPage.heading(
                        texts.get("therapist.results.history", row.clientCode(), scoreName));
        CategoryAxis when = new CategoryAxis();
        NumberAxis score = new NumberAxis();
        score.setForceZeroInRange(true);
        LineChart<String, Number> chart = new LineChart<>(when, score);
        chart.setId("results-history-chart");
        chart.getStyleClass().add(Style.HISTORY_CHART);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        VBox words = new VBox(4);
        words.setId("results-history-text");
        StringBuilder summary = new StringBuilder(heading.getText()).append(". ");
        for (ResultsViewModel.Point point : points) {
            String label = label(point.when(), series);
            series.getData().add(new XYChart.Data<>(label, point.score()));
            String line =
                    texts.get(
                            "therapist.results.history.line", label, numbers.format(point.score()));
            words.getChildren().add(TextPage.paragraph(line));
            summary.append(line).append(". ");
        }
        chart.getData().add(series);
        // the chart speaks as its text equivalent; the same figures follow in words
        chart.setAccessibleRole(AccessibleRole.TEXT);
        chart.setAccessibleText(summary.toString().trim());
        chart.setFocusTraversable(false);
        history.getChildren().addAll(heading, chart, words);
    }

    /** The date of a retake; with the time too when the same day is already on the line. */
    private String label(Instant when, XYChart.Series<String, Number> series) {
        String date = dates.format(when);
        return series.getData().stream().noneMatch(d -> d.getXValue().equals(date))
                ? date
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(texts.locale())
                        .withZone(ZoneId.systemDefault())
                        .format(when);
    }
}
