package grayarea.ui.therapist;

import grayarea.bank.Problem;
import grayarea.ui.toolkit.FieldProblems;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import grayarea.ui.toolkit.View;
import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The practice profile: name (required), practice, contact, a note to clients and local help
 * resources, each with its message in words right below it when something is wrong.
 */
final class ProfileView extends View {

    private final ProfileViewModel model;
    private final Texts texts;
    private final SealingKeyBox sealingKey;
    private final Map<Checked, Node> controls = new HashMap<>();
    private TextPage page;
    private FieldProblems problems;
    private TextField name;
    private TextField practice;
    private TextField contact;
    private TextArea note;
    private VBox damaged;
    private CheckBox replace;
    private CheckBox replacesAppHelp;
    private VBox resources;
    private Button addResource;
    private Label status;
    private Button back;
    private Button save;

    ProfileView(ProfileViewModel model, Texts texts, SealingKeyBox sealingKey) {
        this.model = model;
        this.texts = texts;
        this.sealingKey = sealingKey;
    }

    @Override
    protected void createParts() {
        page = new TextPage("therapist-profile-page", Style.THERAPIST_PAGE);
        problems = new FieldProblems();
        name = new TextField();
        practice = new TextField();
        contact = new TextField();
        note = new TextArea();
        note.setWrapText(true);
        note.setPrefRowCount(3);
        damaged = new VBox(8);
        damaged.setId("profile-damaged");
        damaged.getStyleClass().add(Style.PROBLEMS);
        replace = new CheckBox();
        replace.setId("profile-replace");
        replace.setText(texts.get("therapist.profile.replace"));
        replace.setWrapText(true);
        replacesAppHelp = new CheckBox();
        replacesAppHelp.setId("profile-replaces-app-help");
        replacesAppHelp.setText(texts.get("therapist.profile.replacesAppHelp"));
        replacesAppHelp.setWrapText(true);
        replacesAppHelp.setAccessibleHelp(texts.get("therapist.profile.replacesAppHelp.hint"));
        resources = new VBox(12);
        resources.setId("profile-resources");
        addResource = new Button();
        addResource.setId("profile-add-resource");
        addResource.setText(texts.get("therapist.profile.resources.add"));
        addResource.setGraphic(Icon.PLUS.node());
        status = FieldViews.status("profile-status", texts, model.statusProperty());
        back = new Button();
        back.setId("profile-back");
        back.setText(texts.get("therapist.back"));
        back.setGraphic(Icon.ARROW_LEFT.node());
        save = new Button();
        save.setId("profile-save");
        save.setText(
                texts.get(
                        model.keeps()
                                ? "therapist.profile.save"
                                : "therapist.profile.useForSession"));
        save.setGraphic(Icon.SAVE.node());
        save.getStyleClass().add(Style.ACCENT);
        save.setDefaultButton(true);
    }

    @Override
    protected Node layOutParts() {
        VBox column = page.column();
        column.getChildren()
                .addAll(
                        page.title(texts.get("therapist.profile.title")),
                        TextPage.paragraph(texts.get("therapist.profile.intro")));
        if (!model.keeps()) {
            Label privately = TextPage.paragraph(texts.get("therapist.profile.private"));
            privately.setId("profile-private");
            privately.getStyleClass().add(Style.STATUS);
            column.getChildren().add(privately);
        }
        damaged.getChildren().add(TextPage.paragraph(texts.get("therapist.profile.damaged")));
        for (Problem problem : model.problems()) {
            damaged.getChildren().add(TextPage.paragraph(problem.in(texts.locale())));
        }
        damaged.getChildren()
                .addAll(
                        replace,
                        FieldViews.error(
                                problems,
                                texts,
                                "profile-replace-error",
                                model.replace,
                                replace,
                                texts.get("therapist.profile.replace")));
        controls.put(model.replace, replace);
        column.getChildren()
                .addAll(
                        damaged,
                        field(
                                "profile-name",
                                "therapist.profile.name",
                                name,
                                model.name,
                                "therapist.profile.name.hint"),
                        field(
                                "profile-practice",
                                "therapist.profile.practice",
                                practice,
                                model.practice,
                                null),
                        field(
                                "profile-contact",
                                "therapist.profile.contact",
                                contact,
                                model.contact,
                                "therapist.profile.contact.hint"),
                        field(
                                "profile-note",
                                "therapist.profile.note",
                                note,
                                model.note,
                                "therapist.profile.note.hint"),
                        TextPage.heading(texts.get("therapist.profile.resources")),
                        TextPage.hint(texts.get("therapist.profile.resources.hint")),
                        resources,
                        addResource,
                        replacesAppHelp,
                        TextPage.hint(texts.get("therapist.profile.replacesAppHelp.hint")),
                        status);
        FlowPane buttons = new FlowPane(12, 12, back, save);
        column.getChildren().add(buttons);
        if (model.keeps()) {
            // sealing needs a key kept on this computer: not offered in a private session
            column.getChildren().add(sealingKey.node());
        }
        return page.node();
    }

    private Node field(
            String id,
            String labelKey,
            TextInputControl control,
            Checked.Text entry,
            String hintKey) {
        controls.put(entry, control);
        return FieldViews.row(
                problems,
                texts,
                id,
                texts.get(labelKey),
                control,
                entry,
                hintKey == null ? null : texts.get(hintKey));
    }

    @Override
    protected void bind() {
        damaged.visibleProperty().bind(model.damagedProperty());
        damaged.managedProperty().bind(damaged.visibleProperty());
        replace.selectedProperty().bindBidirectional(model.replace.ticked);
        replacesAppHelp.selectedProperty().bindBidirectional(model.replacesAppHelp);
        model.resources.addListener(
                (ListChangeListener<ProfileViewModel.Resource>) change -> showResources());
        showResources();
        model.firstInvalidProperty()
                .addListener(
                        (obs, old, now) -> {
                            Node control = now == null ? null : controls.get(now);
                            if (control != null) {
                                control.requestFocus();
                            }
                        });
        addResource.setOnAction(
                e -> {
                    model.addResource();
                    Node first =
                            resources.getChildren().isEmpty()
                                    ? null
                                    : resources
                                            .getChildren()
                                            .get(resources.getChildren().size() - 1)
                                            .lookup(".text-field");
                    if (first != null) {
                        first.requestFocus();
                    }
                });
        back.setOnAction(e -> model.back());
        save.setOnAction(e -> model.save());
        Focus.later(model.damagedProperty().get() ? replace : name);
    }

    private void showResources() {
        resources.getChildren().clear();
        for (int i = 0; i < model.resources.size(); i++) {
            ProfileViewModel.Resource resource = model.resources.get(i);
            String n = String.valueOf(i + 1);
            TextField rName = new TextField();
            TextField rContact = new TextField();
            TextField rNotes = new TextField();
            controls.put(resource.name, rName);
            controls.put(resource.contact, rContact);
            controls.put(resource.notes, rNotes);
            Button remove = new Button(texts.get("therapist.profile.resources.remove"));
            remove.setId("resource-remove-" + n);
            remove.setGraphic(Icon.TRASH_2.node());
            remove.setAccessibleText(texts.get("therapist.profile.resources.remove") + " " + n);
            remove.setOnAction(
                    e -> {
                        model.removeResource(resource);
                        addResource.requestFocus();
                    });
            VBox box =
                    new VBox(
                            8,
                            TextPage.heading(texts.get("therapist.profile.resource", n)),
                            FieldViews.row(
                                    problems,
                                    texts,
                                    "resource-name-" + n,
                                    texts.get("therapist.profile.resource.name"),
                                    rName,
                                    resource.name,
                                    null),
                            FieldViews.row(
                                    problems,
                                    texts,
                                    "resource-contact-" + n,
                                    texts.get("therapist.profile.resource.contact"),
                                    rContact,
                                    resource.contact,
                                    null),
                            FieldViews.row(
                                    problems,
                                    texts,
                                    "resource-notes-" + n,
                                    texts.get("therapist.profile.resource.notes"),
                                    rNotes,
                                    resource.notes,
                                    null),
                            remove);
            box.getStyleClass().add(Style.STORAGE_BOX);
            resources.getChildren().add(box);
        }
        addResource.setDisable(!model.canAddResource());
    }
}
