package grayarea.ui.result;

import grayarea.bank.GutCheck;
import grayarea.bank.Reflection;
import grayarea.ui.toolkit.Confirmation;
import grayarea.ui.toolkit.Fingerprint;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.HelpBlock;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.KeyboardFocus;
import grayarea.ui.toolkit.Risk;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.Texts;
import grayarea.ui.toolkit.View;
import java.util.List;
import javafx.geometry.Pos;
import javafx.print.PrinterJob;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The result: when a safety flag was raised, first the flags' messages, the safety reflection and
 * the help, with the choice to delete the session, and nothing that suggests talking together
 * (docs/decisions/0033); then the band and what it means, the scores as a chart and in words, the
 * why, reflection prompts with private notes, gut checks, the boundary map, "not a diagnosis", and
 * the actions.
 */
public final class ResultView extends View {

    private static final int NOTE_LIMIT = 4000;

    private final ResultViewModel model;
    private final Texts texts;
    private final ResultActions actions;
    private ScrollPane scroll;
    private VBox page;
    private Label status;

    /** The step before "Delete this session now" deletes. */
    private Confirmation confirmDelete;

    /** The step before "Start over" lets go of these answers. */
    private Confirmation confirmStartOver;

    /** The page; its file work (saving, sealing, the PDF) is its view model's. */
    public ResultView(ResultViewModel model, Texts texts, ResultActions actions) {
        this.model = model;
        this.texts = texts;
        this.actions = actions;
    }

    @Override
    protected void createParts() {
        scroll = new ScrollPane();
        page = new VBox(18);
        status = new Label();
        confirmDelete = new Confirmation("confirm-delete");
        confirmStartOver = new Confirmation("confirm-start-over");
        scroll.setId("result");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Style.PAGE_SCROLL);
        KeyboardFocus.follow(scroll);
        page.getStyleClass().add(Style.RESULT_PAGE);
        status.setId("result-status");
        status.setWrapText(true);
        status.getStyleClass().add(Style.STATUS);
        status.setAccessibleRole(AccessibleRole.TEXT);
    }

    @Override
    protected Node layOutParts() {
        if (model.safety()) {
            page.getChildren().add(safetyFirst());
        }
        if (model.thankYouOnly()) {
            layoutThankYou();
            return scroll;
        }
        if (model.handOut().isPresent()) {
            page.getChildren().add(forTherapist());
        }
        page.getChildren().add(heading(texts.get("result.title"), Style.RESULT_TITLE));
        scroll.setAccessibleText(texts.get("result.title"));
        Label band = paragraph(model.bandHeadline());
        band.setId("band");
        band.getStyleClass().add(Style.BAND);
        page.getChildren().add(band);
        model.bandExplanation().ifPresent(text -> page.getChildren().add(paragraph(text)));
        if (!model.howItCameAbout().isEmpty()) {
            page.getChildren().add(howItCameAbout());
        }
        if (model.safetyUnanswered() && !model.safety()) {
            page.getChildren().add(safetyUnanswered());
        }
        if (!model.bandWithheld()) {
            // a flag that withholds the band leaves the page to its message and the help
            page.getChildren().add(scores());
            page.getChildren().add(why());
            if (!model.context().isEmpty()) {
                page.getChildren()
                        .add(list(texts.get("result.context"), model.context(), "context"));
            }
            // a bank without reflections or gut checks gets no empty heading for them
            if (!model.reflections().isEmpty()) {
                page.getChildren().add(reflections());
            }
            if (!model.gutChecks().isEmpty()) {
                page.getChildren().add(gutChecks());
            }
            if (!model.boundaries().isEmpty()) {
                page.getChildren()
                        .add(
                                list(
                                        texts.get("result.boundaries"),
                                        model.boundaries(),
                                        "boundaries"));
            }
        }
        if (!model.safety() && !model.safetyUnanswered() && !model.resources().isEmpty()) {
            page.getChildren().add(resources());
        }
        Label notDiagnosis = paragraph(model.notDiagnosis());
        notDiagnosis.getStyleClass().add(Style.NOT_DIAGNOSIS);
        page.getChildren().addAll(notDiagnosis, actionsRow(), confirmStartOver.node(), status);
        scroll.setContent(page);
        return scroll;
    }

    @Override
    protected void bind() {
        status.textProperty().bind(model.statusProperty());
        status.accessibleTextProperty().bind(model.statusProperty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        // start at the top, on the page itself, where the arrow keys scroll the result (and help
        // comes
        // first when a safety flag was raised); never on a choice that deletes or shares (decision
        // 0021);
        // on a thank-you page Tab reaches "Save for …" first, but Enter alone neither shares nor
        // deletes
        Focus.later(scroll);
    }

    /**
     * A hand-out that shows the client only a thank-you: no band, no scores, just what to do next.
     */
    private void layoutThankYou() {
        page.getChildren().add(heading(texts.get("result.thankYou.title"), Style.RESULT_TITLE));
        scroll.setAccessibleText(texts.get("result.thankYou.title"));
        page.getChildren()
                .add(paragraph(texts.get("result.thankYou.detail", model.therapistName())));
        page.getChildren().add(forTherapist());
        if (model.safetyUnanswered() && !model.safety()) {
            page.getChildren().add(safetyUnanswered());
        } else if (!model.safety() && !model.resources().isEmpty()) {
            page.getChildren().add(resources());
        }
        Label notDiagnosis = paragraph(model.notDiagnosis());
        notDiagnosis.getStyleClass().add(Style.NOT_DIAGNOSIS);
        FlowPane row = new FlowPane(10, 10, backButton(), startOverButton(true));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(Style.RESULT_ACTIONS);
        page.getChildren().addAll(notDiagnosis, row, confirmStartOver.node(), status);
        scroll.setContent(page);
    }

    /**
     * Saving the answers as a file for the therapist who made the hand-out. When the hand-out has a
     * key, the first "Save for …" asks first: the key's fingerprint, to compare with the one the
     * therapist gave in person or on paper, since anyone can make a hand-out in anyone's name. The
     * focused choice saves without private answers; only "they match" seals (docs/decisions/0018).
     */
    private Node forTherapist() {
        String therapist = model.therapistName();
        VBox box = new VBox(8);
        box.setId("for-therapist");
        box.getStyleClass().add(Style.HAND_OUT);
        Button save = new Button(texts.get("result.forTherapist.save", therapist));
        save.setId("save-for-therapist");
        save.getStyleClass().add(Style.ACCENT);
        save.setWrapText(true);
        save.setGraphic(Icon.SEND.node());
        Risk.SHARES.mark(save);
        box.getChildren()
                .add(
                        heading(
                                texts.get("result.forTherapist.title", therapist),
                                Style.RESULT_HEADING));
        if (model.waitingRoom()) {
            Label saved = paragraph(model.waitingRoomMessage(therapist));
            saved.setId("waiting-room-saved");
            box.getChildren().add(saved);
            return box;
        }
        box.getChildren()
                .addAll(
                        paragraph(
                                texts.get(
                                        model.sealsForTherapist()
                                                ? "result.forTherapist.detail.sealed"
                                                : "result.forTherapist.detail",
                                        therapist)),
                        save);
        if (!model.sealsForTherapist()) {
            save.setOnAction(e -> model.saveForTherapistAsked(false));
            return box;
        }
        VBox check = keyCheck(therapist, save);
        box.getChildren().add(check);
        save.setOnAction(
                e -> {
                    if (model.keyChecked()) {
                        model.saveForTherapistAsked(true);
                    } else {
                        check.setVisible(true);
                        check.lookup("#save-without-private").requestFocus();
                    }
                });
        return box;
    }

    /**
     * The step before the first sealed save: the fingerprint, why it matters, and the two choices.
     */
    private VBox keyCheck(String therapist, Button save) {
        VBox check = new VBox(8);
        check.setId("key-check");
        check.getStyleClass().add(Style.KEY_CHECK);
        check.setVisible(false);
        check.managedProperty().bind(check.visibleProperty());
        Button withoutPrivate = new Button(texts.get("result.keyCheck.withoutPrivate"));
        withoutPrivate.setId("save-without-private");
        withoutPrivate.setWrapText(true);
        withoutPrivate.setGraphic(Icon.SAVE.node());
        Button match = new Button(texts.get("result.keyCheck.match"));
        match.setId("save-sealed");
        match.setWrapText(true);
        match.setGraphic(Icon.LOCK.node());
        withoutPrivate.setOnAction(
                e -> {
                    check.setVisible(false);
                    save.requestFocus();
                    model.saveForTherapistAsked(false);
                });
        match.setOnAction(
                e -> {
                    model.keyMatches();
                    check.setVisible(false);
                    save.requestFocus();
                    model.saveForTherapistAsked(true);
                });
        // Enter chooses what has the focus, as Space does: at first the safe choice
        check.addEventFilter(
                KeyEvent.KEY_PRESSED,
                e -> {
                    if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof Button button) {
                        e.consume();
                        button.fire();
                    }
                });
        Label title = heading(texts.get("result.keyCheck.title", therapist), Style.RESULT_HEADING);
        Label why = paragraph(texts.get("result.keyCheck.why", therapist));
        why.setId("key-check-why");
        Label fingerprint =
                Fingerprint.label(
                        "key-check-fingerprint",
                        model.fingerprint().orElseThrow(),
                        texts.get("result.keyCheck.fingerprint"));
        FlowPane choices = new FlowPane(10, 10, withoutPrivate, match);
        choices.setAlignment(Pos.CENTER_LEFT);
        check.getChildren()
                .addAll(
                        title,
                        why,
                        fingerprint,
                        paragraph(texts.get("result.keyCheck.after", therapist)),
                        choices);
        return check;
    }

    private Node safetyFirst() {
        VBox box = new VBox(10);
        box.setId("safety");
        box.getStyleClass().add(Style.SAFETY_BOX);
        box.getChildren().add(heading(texts.get("result.safety.title"), Style.SAFETY_TITLE));
        box.getChildren().add(paragraph(texts.get("result.safety.intro")));
        model.safetyMessages().forEach(m -> box.getChildren().add(paragraph(m)));
        // the safety reflection, with its private note, before the help and any score
        for (Reflection reflection : model.safetyReflections()) {
            box.getChildren().addAll(reflection(reflection));
        }
        if (model.safetyUnanswered()) {
            Label note = paragraph(texts.get("result.safetyUnanswered"));
            note.setId("safety-unanswered-note");
            box.getChildren().add(note);
        }
        box.getChildren().add(resources());
        Button delete = new Button(texts.get("result.safety.delete"));
        delete.setId("delete-session");
        delete.setGraphic(Icon.TRASH_2.node());
        delete.setAccessibleHelp(texts.get("result.safety.deleteDetail"));
        Risk.DESTRUCTIVE.mark(delete);
        delete.setOnAction(
                e ->
                        confirmDelete.ask(
                                texts.get("result.safety.confirm.title"),
                                model.deleteDetail(),
                                texts.get("result.safety.confirm.keep"),
                                texts.get("result.safety.confirm.yes"),
                                delete,
                                this::deleteSession));
        Label detail = paragraph(texts.get("result.safety.deleteDetail"));
        detail.getStyleClass().add(Style.HINT);
        box.getChildren().addAll(delete, detail, confirmDelete.node());
        return box;
    }

    /**
     * A safety question was left unanswered: said gently, never naming or quoting it (someone may
     * be looking over the person's shoulder), with the help there is.
     */
    private Node safetyUnanswered() {
        VBox box = new VBox(8);
        box.setId("safety-unanswered");
        box.getStyleClass().add(Style.SAFETY_NOTE);
        Label note = paragraph(texts.get("result.safetyUnanswered"));
        note.setId("safety-unanswered-note");
        box.getChildren().add(note);
        if (!model.resources().isEmpty()) {
            box.getChildren().add(resources());
        }
        return box;
    }

    /**
     * "How this result came about": each step that applied, in order, with the answers it rests on
     * indented beneath it.
     */
    private Node howItCameAbout() {
        VBox box = new VBox(6);
        box.setId("how");
        box.getStyleClass().add(Style.RESULT_STEPS);
        box.getChildren().add(heading(texts.get("result.how"), Style.RESULT_HEADING));
        for (ResultViewModel.Step step : model.howItCameAbout()) {
            box.getChildren().add(paragraph(step.text()));
            for (String answer : step.answers()) {
                Label line = paragraph("•  " + answer);
                line.setAccessibleText(answer);
                line.getStyleClass().add(Style.RESULT_STEP_ANSWER);
                box.getChildren().add(line);
            }
        }
        return box;
    }

    /**
     * The help lines for the chosen country, under "Help for: United Kingdom" and its "Change",
     * which opens the same chooser as before the first result ("Where are you?"); a new choice
     * shows that country's lines at once.
     */
    private Node resources() {
        VBox box = new VBox(6);
        box.setId("resources");
        box.getChildren().add(heading(texts.get("result.resources"), Style.RESULT_HEADING));
        box.getChildren()
                .addAll(
                        HelpBlock.of(
                                new HelpBlock.Ids(
                                        "help-for", "help-change", "help-where", "resource-lines"),
                                texts,
                                model.helpPlace(),
                                model::helpFor,
                                model::resources,
                                () -> model.resourcesNote().orElse(""),
                                6));
        return box;
    }

    private Node scores() {
        VBox box = new VBox(8);
        box.getChildren().add(heading(texts.get("result.scores"), Style.RESULT_HEADING));
        CategoryAxis names = new CategoryAxis();
        // no axis title: it cannot wrap at large text sizes, and the heading and the words below
        // say it
        NumberAxis values = new NumberAxis(0, 100, 25);
        BarChart<Number, String> chart = new BarChart<>(values, names);
        chart.setId("scores-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.getStyleClass().add(Style.SCORES_CHART);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        StringBuilder summary = new StringBuilder(texts.get("result.scores.chart")).append(". ");
        VBox words = new VBox(4);
        words.setId("scores-text");
        for (ResultViewModel.ScoreLine line : model.scores()) {
            if (line.percent() != null) {
                series.getData().add(0, new XYChart.Data<>(line.percent(), line.label()));
            }
            String text = texts.get("result.scores.line", line.label(), line.value());
            summary.append(text).append(". ");
            Label label = new Label(text);
            label.setWrapText(true);
            words.getChildren().add(label);
        }
        chart.getData().add(series);
        chart.setPrefHeight(Math.max(160, 44 * series.getData().size() + 60));
        chart.setMinHeight(Region.USE_PREF_SIZE);
        // the chart speaks as its text equivalent; the same figures follow in words
        chart.setAccessibleRole(AccessibleRole.TEXT);
        chart.setAccessibleText(summary.toString().trim());
        chart.setFocusTraversable(false);
        if (!series.getData().isEmpty()) {
            box.getChildren().add(chart);
        }
        box.getChildren().add(words);
        return box;
    }

    private Node why() {
        if (model.why().isEmpty()) {
            VBox box =
                    new VBox(
                            6,
                            heading(texts.get("result.why"), Style.RESULT_HEADING),
                            paragraph(texts.get("result.why.none")));
            box.setId("why");
            return box;
        }
        return list(texts.get("result.why"), model.why(), "why");
    }

    private Node reflections() {
        VBox box = new VBox(10);
        box.setId("reflections");
        box.getChildren().add(heading(texts.get("result.reflections"), Style.RESULT_HEADING));
        for (Reflection reflection : model.reflections()) {
            box.getChildren().addAll(reflection(reflection));
        }
        return box;
    }

    /** A reflection prompt and the field for the person's private note to it. */
    private List<Node> reflection(Reflection reflection) {
        Label prompt = paragraph(model.t(reflection.text()));
        prompt.getStyleClass().add(Style.REFLECTION);
        TextArea note = new TextArea(model.note(reflection));
        note.setId("note-" + reflection.id());
        note.setWrapText(true);
        note.setPrefRowCount(2);
        note.setPromptText(texts.get("result.reflections.note"));
        note.setAccessibleText(
                texts.get("result.reflections.note") + ": " + model.t(reflection.text()));
        note.setTextFormatter(
                new TextFormatter<String>(
                        c -> c.getControlNewText().length() <= NOTE_LIMIT ? c : null));
        note.textProperty().addListener((obs, old, now) -> model.setNote(reflection, now));
        prompt.setLabelFor(note);
        return List.of(prompt, note);
    }

    private Node gutChecks() {
        return list(
                texts.get("result.gutChecks"),
                model.gutChecks().stream().map(GutCheck::text).map(model::t).toList(),
                "gut-checks");
    }

    private Node actionsRow() {
        Button save = new Button(texts.get("result.save"));
        save.setId("save-result");
        save.setGraphic(Icon.SAVE.node());
        save.setOnAction(e -> model.saveResultAsked());
        Risk.SHARES.mark(save);
        Button print = new Button(texts.get("result.print"));
        print.setId("print");
        print.setGraphic(Icon.PRINTER.node());
        print.setOnAction(e -> print());
        Risk.SHARES.mark(print);
        FlowPane row = new FlowPane(10, 10, backButton(), startOverButton());
        if (!model.waitingRoom()) {
            // on the therapist's computer the client saves and prints nothing of their own
            row.getChildren().addAll(0, List.of(save, print));
        }
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(Style.RESULT_ACTIONS);
        return row;
    }

    private Button backButton() {
        Button back = new Button(texts.get("result.back"));
        back.setId("back-to-answers");
        back.setGraphic(Icon.ARROW_LEFT.node());
        back.setOnAction(e -> actions.backToAnswers());
        return back;
    }

    private Button startOverButton() {
        return startOverButton(false);
    }

    /**
     * "Start over", asking first. On a thank-you page there is no result to save or print: what
     * keeps the answers there is "Save for …", and the question says so.
     */
    private Button startOverButton(boolean thankYou) {
        Button again = new Button(texts.get("result.startOver"));
        again.setId("start-over");
        again.setGraphic(Icon.REFRESH_CW.node());
        Risk.DESTRUCTIVE.mark(again);
        again.setOnAction(
                e ->
                        confirmStartOver.ask(
                                texts.get("result.startOver.confirm.title"),
                                model.startOverDetail(thankYou),
                                texts.get("result.startOver.confirm.keep"),
                                texts.get("result.startOver.confirm.yes"),
                                again,
                                this::startOver));
        return again;
    }

    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            model.savePdfAsked();
            return;
        }
        Label printable = new Label(model.printableText());
        printable.setWrapText(true);
        printable.setMaxWidth(job.getJobSettings().getPageLayout().getPrintableWidth());
        if (job.showPrintDialog(scroll.getScene().getWindow()) && job.printPage(printable)) {
            job.endJob();
            model.printed();
        }
    }

    private void deleteSession() {
        if (model.deleteSaved()) {
            actions.startOver(texts.get("welcome.deleted"));
        }
    }

    private void startOver() {
        if (model.deleteSaved()) {
            actions.startOver(null);
        }
    }

    private VBox list(String title, List<String> lines, String id) {
        VBox box = new VBox(6);
        box.setId(id);
        box.getChildren().add(heading(title, Style.RESULT_HEADING));
        for (String line : lines) {
            Label item = paragraph("•  " + line);
            item.setAccessibleText(line);
            box.getChildren().add(item);
        }
        return box;
    }

    private static Label heading(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
