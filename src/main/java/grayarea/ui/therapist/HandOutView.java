package grayarea.ui.therapist;

import grayarea.bank.Perspective;
import grayarea.bank.Problem;
import grayarea.bank.QuestionBank;
import grayarea.session.HandOut;
import grayarea.ui.toolkit.FieldProblems;
import grayarea.ui.toolkit.FilePicker;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import grayarea.ui.toolkit.View;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Making a hand-out: the bank, whose behaviour the client thinks about, the sections (the safety
 * ones always), an optional client code, what the client sees at the end, then Save hand-out.
 */
final class HandOutView extends View {

    private final HandOutViewModel model;
    private final Texts texts;
    private final FilePicker files;
    private final Map<Checked, Node> controls = new HashMap<>();
    private TextPage page;
    private FieldProblems problems;
    private VBox needsProfile;
    private VBox bankBox;
    private VBox perspectiveBox;
    private ToggleGroup perspectives;
    private VBox sectionBox;
    private TextField clientCode;
    private ToggleGroup clientSees;
    private Label status;
    private Button back;
    private Button save;

    HandOutView(HandOutViewModel model, Texts texts, FilePicker files) {
        this.model = model;
        this.texts = texts;
        this.files = files;
    }

    @Override
    protected void createParts() {
        page = new TextPage("therapist-handout-page", Style.THERAPIST_PAGE);
        problems = new FieldProblems();
        needsProfile = new VBox(8);
        needsProfile.setId("handout-needs-profile");
        needsProfile.getStyleClass().add(Style.PROBLEMS);
        bankBox = new VBox(6);
        bankBox.setId("handout-bank");
        perspectiveBox = new VBox(8);
        perspectiveBox.setId("handout-perspective");
        perspectiveBox.getStyleClass().add(Style.STORAGE_BOX);
        perspectives = new ToggleGroup();
        sectionBox = new VBox(8);
        sectionBox.setId("handout-sections");
        sectionBox.getStyleClass().add(Style.STORAGE_BOX);
        clientCode = new TextField();
        clientSees = new ToggleGroup();
        status = FieldViews.status("handout-status", texts, model.statusProperty());
        back = new Button();
        back.setId("handout-back");
        back.setText(texts.get("therapist.back"));
        back.setGraphic(Icon.ARROW_LEFT.node());
        save = new Button();
        save.setId("handout-save");
        save.setText(texts.get("therapist.handout.save"));
        save.setGraphic(Icon.SAVE.node());
        save.getStyleClass().add(Style.ACCENT);
        save.setDefaultButton(true);
    }

    @Override
    protected Node layOutParts() {
        VBox column = page.column();
        column.getChildren()
                .addAll(
                        page.title(texts.get("therapist.handout.title")),
                        TextPage.paragraph(texts.get("therapist.handout.intro")));
        if (!model.ready()) {
            Hyperlink toProfile = new Hyperlink(texts.get("therapist.handout.needsProfile.link"));
            toProfile.setId("handout-to-profile");
            toProfile.setWrapText(true);
            toProfile.setGraphic(Icon.USER.node());
            toProfile.setOnAction(e -> model.showProfile());
            needsProfile
                    .getChildren()
                    .addAll(
                            TextPage.paragraph(texts.get("therapist.handout.needsProfile")),
                            toProfile);
            column.getChildren().add(needsProfile);
        }
        column.getChildren()
                .addAll(
                        TextPage.heading(texts.get("therapist.handout.bank")),
                        bankBox,
                        perspectiveBox,
                        sectionBox,
                        FieldViews.row(
                                problems,
                                texts,
                                "handout-code",
                                texts.get("therapist.handout.code"),
                                clientCode,
                                model.clientCode,
                                texts.get("therapist.handout.code.hint")),
                        clientSeesBox(),
                        status,
                        new FlowPane(12, 12, back, save));
        controls.put(model.clientCode, clientCode);
        return page.node();
    }

    private Node clientSeesBox() {
        VBox box = new VBox(8, TextPage.heading(texts.get("therapist.handout.sees")));
        box.getStyleClass().add(Style.STORAGE_BOX);
        for (HandOut.ClientSees sees : HandOut.ClientSees.values()) {
            String key =
                    sees == HandOut.ClientSees.RESULT
                            ? "therapist.handout.sees.result"
                            : "therapist.handout.sees.thankYou";
            RadioButton radio =
                    radio(
                            "handout-sees-" + sees.json(),
                            texts.get(key),
                            clientSees,
                            sees,
                            texts.get("therapist.handout.sees"));
            radio.setSelected(model.clientSees.get() == sees);
            box.getChildren().add(radio);
        }
        clientSees
                .selectedToggleProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (now != null) {
                                model.clientSees.set((HandOut.ClientSees) now.getUserData());
                            }
                        });
        return box;
    }

    @Override
    protected void bind() {
        perspectives
                .selectedToggleProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (now != null) {
                                model.perspective.set((String) now.getUserData());
                            }
                        });
        model.bankProperty().addListener((obs, old, now) -> showBank());
        model.bankProblemsProperty().addListener((obs, old, now) -> showBank());
        showBank();
        model.firstInvalidProperty()
                .addListener(
                        (obs, old, now) -> {
                            Node control = now == null ? null : controls.get(now);
                            if (control != null) {
                                control.requestFocus();
                            }
                        });
        save.setDisable(!model.ready());
        save.setOnAction(
                e -> {
                    if (model.check()) {
                        files.save(
                                        new FilePicker.Request(
                                                texts.get("therapist.handout.dialog"),
                                                texts.get("therapist.handout.filter"),
                                                HandOut.EXTENSION.substring(1),
                                                model.suggestedName()))
                                .ifPresent(model::save);
                    }
                });
        back.setOnAction(e -> model.back());
        Focus.later(
                model.ready()
                        ? perspectiveBox.lookup(".radio-button")
                        : needsProfile.lookup(".hyperlink"));
    }

    /** The bank in use, how to change it, and the perspective and section choices it offers. */
    private void showBank() {
        QuestionBank bank = model.bankProperty().get();
        String title = bank.about().title().in(model.language());
        bankBox.getChildren().clear();
        if (model.bankFileProperty().get() == null) {
            bankBox.getChildren()
                    .add(
                            TextPage.paragraph(
                                    texts.get(
                                            "therapist.handout.bank.builtIn",
                                            title,
                                            bank.version())));
        } else {
            bankBox.getChildren()
                    .add(
                            TextPage.paragraph(
                                    texts.get(
                                            "therapist.handout.bank.own",
                                            title,
                                            model.bankFileProperty().get().getFileName())));
            bankBox.getChildren().add(TextPage.hint(texts.get("therapist.handout.bank.own.hint")));
            Hyperlink builtIn = new Hyperlink(texts.get("therapist.handout.bank.useBuiltIn"));
            builtIn.setId("handout-builtin-bank");
            builtIn.setWrapText(true);
            builtIn.setOnAction(e -> model.useBuiltIn());
            bankBox.getChildren().add(builtIn);
        }
        Hyperlink open = new Hyperlink(texts.get("therapist.handout.bank.open"));
        open.setId("handout-open-bank");
        open.setWrapText(true);
        open.setGraphic(Icon.FOLDER.node());
        open.setOnAction(e -> FieldViews.pickBank(files, texts).ifPresent(model::openBank));
        bankBox.getChildren().add(open);
        List<Problem> problems = model.bankProblemsProperty().get();
        if (!problems.isEmpty()) {
            bankBox.getChildren()
                    .add(
                            TextPage.problems(
                                    "handout-bank-problems",
                                    texts.get("welcome.bank.problems"),
                                    problems.stream().limit(8).toList(),
                                    texts.locale()));
        }
        showPerspectives(bank);
        showSections();
    }

    private void showPerspectives(QuestionBank bank) {
        perspectiveBox
                .getChildren()
                .setAll(TextPage.heading(texts.get("therapist.handout.perspective")));
        perspectives.getToggles().clear();
        perspectiveBox.setVisible(!bank.perspectives().isEmpty());
        perspectiveBox.setManaged(perspectiveBox.isVisible());
        String question = texts.get("therapist.handout.perspective");
        perspectiveBox
                .getChildren()
                .add(
                        radio(
                                "handout-perspective-choose",
                                texts.get("therapist.handout.perspective.choose"),
                                perspectives,
                                null,
                                question));
        for (Perspective p : bank.perspectives()) {
            String text =
                    p.id().equals("partner") || p.id().equals("self")
                            ? texts.get(
                                    p.id().equals("partner")
                                            ? "therapist.handout.perspective.partner"
                                            : "therapist.handout.perspective.self")
                            : p.label().in(model.language());
            perspectiveBox
                    .getChildren()
                    .add(
                            radio(
                                    "handout-perspective-" + p.id(),
                                    text,
                                    perspectives,
                                    p.id(),
                                    question));
        }
        perspectives.getToggles().stream()
                .filter(t -> Objects.equals(t.getUserData(), model.perspective.get()))
                .findFirst()
                .ifPresent(perspectives::selectToggle);
    }

    private void showSections() {
        sectionBox.getChildren().setAll(TextPage.heading(texts.get("therapist.handout.sections")));
        boolean anyAlways = false;
        CheckBox first = null;
        for (HandOutViewModel.SectionChoice choice : model.sectionsProperty().get()) {
            CheckBox box = new CheckBox(choice.section().title().in(model.language()));
            box.setId("handout-section-" + choice.section().id());
            box.setWrapText(true);
            if (choice.alwaysAsked()) {
                box.setSelected(true);
                box.setDisable(true);
                anyAlways = true;
            } else {
                box.selectedProperty().bindBidirectional(choice.chosen());
                first = first == null ? box : first;
            }
            sectionBox.getChildren().add(box);
        }
        if (anyAlways) {
            Label always =
                    TextPage.hint(
                            texts.get(
                                    "therapist.handout.sections.always",
                                    String.join(
                                            ", ",
                                            model.sectionsProperty().get().stream()
                                                    .filter(
                                                            HandOutViewModel.SectionChoice
                                                                    ::alwaysAsked)
                                                    .map(
                                                            c ->
                                                                    c.section()
                                                                            .title()
                                                                            .in(model.language()))
                                                    .toList())));
            always.setId("handout-sections-always");
            always.setGraphic(Icon.SHIELD.node());
            sectionBox.getChildren().add(always);
        }
        if (first != null) {
            // with every section always asked, none can be left out, so there is no problem to show
            controls.put(model.sectionsChosen, first);
            sectionBox
                    .getChildren()
                    .add(
                            FieldViews.error(
                                    problems,
                                    texts,
                                    "handout-sections-error",
                                    model.sectionsChosen,
                                    first,
                                    first.getText()));
        }
    }

    /**
     * A choice of a group; its help names the question, for a screen reader that reads the choice
     * alone.
     */
    private static RadioButton radio(
            String id, String text, ToggleGroup group, Object value, String question) {
        RadioButton radio = new RadioButton(text);
        radio.setId(id);
        radio.setAccessibleHelp(question);
        radio.setWrapText(true);
        radio.setToggleGroup(group);
        radio.setUserData(value);
        return radio;
    }
}
