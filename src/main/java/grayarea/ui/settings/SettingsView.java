package grayarea.ui.settings;

import grayarea.session.Settings;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.KeyboardFocus;
import grayarea.ui.toolkit.Risk;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.Texts;
import grayarea.ui.toolkit.View;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Language, text size, theme and discreet mode; a passphrase, and deleting everything. Each choice
 * applies at once; Done goes back to the page the person came from, redrawn.
 */
public final class SettingsView extends View {

    private final SettingsViewModel model;
    private ScrollPane scroll;
    private VBox page;
    private Label title;
    private Node firstFocus;

    public SettingsView(SettingsViewModel model) {
        this.model = model;
    }

    @Override
    protected void createParts() {
        scroll = new ScrollPane();
        scroll.setId("settings-page");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Style.PAGE_SCROLL);
        page = new VBox(16);
        page.getStyleClass().add(Style.WELCOME_PAGE);
        title = new Label(model.texts().get("settings.title"));
        title.getStyleClass().add(Style.SECTION_TITLE);
        title.setWrapText(true);
    }

    @Override
    protected Node layOutParts() {
        page.getChildren().add(title);
        build();
        scroll.setContent(page);
        return scroll;
    }

    @Override
    protected void bind() {
        KeyboardFocus.follow(scroll);
        scroll.setAccessibleText(title.getText());
        Focus.later(firstFocus);
    }

    /** The sections, each a box with its heading and its choices, which apply at once. */
    private void build() {
        Texts texts = model.texts();

        Settings now = model.settings();
        ToggleGroup language = new ToggleGroup();
        RadioButton first =
                choice(
                        "language-en",
                        "English",
                        language,
                        now.language().equals("en"),
                        () -> model.change(model.settings().withLanguage("en")));
        group(
                texts.get("settings.language"),
                first,
                choice(
                        "language-es",
                        "Español",
                        language,
                        now.language().equals("es"),
                        () -> model.change(model.settings().withLanguage("es"))));

        ToggleGroup size = new ToggleGroup();
        RadioButton[] sizes =
                Settings.TEXT_SIZES.stream()
                        .map(
                                percent ->
                                        choice(
                                                "size-" + percent,
                                                texts.get("settings.size.value", percent),
                                                size,
                                                now.textSize() == percent,
                                                () ->
                                                        model.change(
                                                                model.settings()
                                                                        .withTextSize(percent))))
                        .toArray(RadioButton[]::new);
        for (RadioButton each : sizes) {
            // "100 %" alone says nothing to a screen reader: "Text size: 100 %"
            each.setAccessibleText(texts.get("settings.size") + ": " + each.getText());
        }
        group(texts.get("settings.size"), sizes);

        ToggleGroup theme = new ToggleGroup();
        group(
                texts.get("settings.theme"),
                choice(
                        "theme-light",
                        texts.get("settings.theme.light"),
                        theme,
                        now.theme() == Settings.Theme.LIGHT,
                        () -> model.change(model.settings().withTheme(Settings.Theme.LIGHT))),
                choice(
                        "theme-dark",
                        texts.get("settings.theme.dark"),
                        theme,
                        now.theme() == Settings.Theme.DARK,
                        () -> model.change(model.settings().withTheme(Settings.Theme.DARK))),
                choice(
                        "theme-contrast",
                        texts.get("settings.theme.contrast"),
                        theme,
                        now.theme() == Settings.Theme.HIGH_CONTRAST,
                        () ->
                                model.change(
                                        model.settings().withTheme(Settings.Theme.HIGH_CONTRAST))));

        if (!model.locked()) {
            // a waiting room's client does not change the therapist's menu entry
            page.getChildren().add(discreet(texts));
        }

        Label kept = hint(texts.get(model.keepsProgress() ? "settings.kept" : "settings.notKept"));
        Button back = new Button(texts.get("settings.done"));
        back.setId("settings-done");
        back.getStyleClass().add(Style.ACCENT);
        back.setOnAction(e -> model.done());
        page.getChildren().add(kept);
        if (!model.locked()) {
            if (model.keepsProgress()) {
                page.getChildren().add(passphrase(texts));
            }
            setAside(texts).ifPresent(page.getChildren()::add);
            page.getChildren().add(deleteEverything(texts));
        }
        page.getChildren().add(back);
        firstFocus = language.getSelectedToggle() instanceof Node n ? n : first;
    }

    /**
     * Discreet mode: what it changes and what it cannot hide, the choice, and what happens to the
     * menu entry here (changed in the installed app, for this run only in a private session).
     */
    private Node discreet(Texts texts) {
        Label heading = new Label(texts.get("settings.discreet.title"));
        heading.getStyleClass().add(Style.SUBHEADING);
        heading.setWrapText(true);
        String neutral = texts.get("discreet.name");
        Label what = new Label(texts.get("settings.discreet.detail", neutral));
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        Label limits = new Label(texts.get("settings.discreet.limits", model.dataFolder()));
        limits.setWrapText(true);
        limits.setMinHeight(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.textProperty().bind(model.discreetStatusProperty());
        status.setId("discreet-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.getStyleClass().add(Style.STATUS);
        // shown only when there is something to say
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        ToggleGroup discreet = new ToggleGroup();
        boolean on = model.settings().discreet();
        RadioButton off =
                choice(
                        "discreet-off",
                        texts.get("settings.discreet.off"),
                        discreet,
                        !on,
                        () -> model.changeDiscreet(false));
        RadioButton onChoice =
                choice(
                        "discreet-on",
                        texts.get("settings.discreet.on", neutral),
                        discreet,
                        on,
                        () -> model.changeDiscreet(true));
        for (RadioButton option : List.of(off, onChoice)) {
            option.setAccessibleHelp(
                    heading.getText() + ". " + what.getText() + " " + limits.getText());
        }
        FlowPane row = new FlowPane(16, 8, off, onChoice);
        Label where = hint(model.menuEntryNote());
        where.setId("discreet-menu-entry");
        VBox box = new VBox(8, heading, what, limits, row, where, status);
        box.getStyleClass().add(Style.STORAGE_BOX);
        return box;
    }

    /** A passphrase: set one, or, once set, lock now. */
    private Node passphrase(Texts texts) {
        Label heading = new Label(texts.get("settings.passphrase.title"));
        heading.getStyleClass().add(Style.SUBHEADING);
        heading.setWrapText(true);
        boolean set = model.passphraseSet();
        Label what =
                new Label(
                        texts.get(set ? "settings.passphrase.set" : "settings.passphrase.notSet"));
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        Button action =
                new Button(
                        texts.get(
                                set ? "settings.passphrase.lock" : "settings.passphrase.protect"));
        action.setId(set ? "lock-now" : "protect");
        // at 200 % in Spanish the label is wider than the page: it wraps instead of being cut
        action.setWrapText(true);
        action.setMinHeight(Region.USE_PREF_SIZE);
        action.setGraphic(Icon.LOCK.node());
        action.setOnAction(
                e -> {
                    if (set) {
                        model.lockNow();
                    } else {
                        model.protect();
                    }
                });
        VBox box = new VBox(8, heading, what, action);
        box.getStyleClass().add(Style.STORAGE_BOX);
        if (set) {
            Label freeBlocks = hint(texts.get("passphrase.freeBlocks"));
            freeBlocks.setId("settings-free-blocks");
            box.getChildren().add(freeBlocks);
            box.getChildren().addAll(idleLock(texts));
        } else {
            box.getChildren().add(hint(texts.get("settings.idle.needsPassphrase")));
        }
        return box;
    }

    /**
     * The saved files that could not be read and were moved aside, kept as they were: each by its
     * name, what it was and when it was set aside. Nothing when there are none.
     */
    private Optional<Node> setAside(Texts texts) {
        List<String> files = model.setAside();
        if (files.isEmpty()) {
            return Optional.empty();
        }
        Label heading = new Label(texts.get("settings.setAside.title"));
        heading.getStyleClass().add(Style.SUBHEADING);
        heading.setWrapText(true);
        VBox box =
                new VBox(
                        8,
                        heading,
                        hint(texts.get("settings.setAside.detail", model.dataFolder())));
        box.setId("set-aside-files");
        for (String file : files) {
            Label item = new Label(file);
            item.setWrapText(true);
            item.setMinHeight(Region.USE_PREF_SIZE);
            item.getStyleClass().add(Style.SET_ASIDE_FILE);
            // a label is not reached by Tab: the list is read with the box, and the heading names
            // it
            box.getChildren().add(item);
        }
        box.getStyleClass().add(Style.STORAGE_BOX);
        return Optional.of(box);
    }

    /**
     * After how long away the app locks by itself: a heading, a row of choices, and what "away"
     * means.
     */
    private List<Node> idleLock(Texts texts) {
        String heading = texts.get("settings.idle");
        ToggleGroup group = new ToggleGroup();
        RadioButton[] choices =
                Settings.IDLE_LOCK_MINUTES.stream()
                        .map(
                                minutes ->
                                        choice(
                                                "idle-" + minutes,
                                                minutes == 0
                                                        ? texts.get("settings.idle.never")
                                                        : texts.get(
                                                                "settings.idle.minutes", minutes),
                                                group,
                                                model.settings().idleLock() == minutes,
                                                () ->
                                                        model.change(
                                                                model.settings()
                                                                        .withIdleLock(minutes))))
                        .toArray(RadioButton[]::new);
        for (RadioButton each : choices) {
            each.setAccessibleHelp(heading);
        }
        Label label = new Label(heading);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return List.of(label, new FlowPane(16, 8, choices), hint(texts.get("settings.idle.note")));
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add(Style.HINT);
        return hint;
    }

    /** "Delete everything": what it removes, what it cannot reach, and a second step to confirm. */
    private Node deleteEverything(Texts texts) {
        Label heading = new Label(texts.get("settings.delete.title"));
        heading.getStyleClass().add(Style.SUBHEADING);
        heading.setWrapText(true);
        Label what = new Label(model.deleteDetail());
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        Button ask = new Button(texts.get("settings.delete.button"));
        ask.setId("delete-everything");
        ask.setGraphic(Icon.TRASH_2.node());
        Risk.DESTRUCTIVE.mark(ask);
        Label confirmText = new Label();
        confirmText.setId("delete-confirm-text");
        confirmText.setWrapText(true);
        confirmText.setMinHeight(Region.USE_PREF_SIZE);
        Button yes = new Button(texts.get("settings.delete.yes"));
        yes.setId("delete-everything-yes");
        yes.getStyleClass().add(Style.DANGER);
        Risk.DESTRUCTIVE.mark(yes);
        Button no = new Button(texts.get("settings.delete.no"));
        no.setId("delete-everything-no");
        FlowPane buttons = new FlowPane(12, 8, no, yes);
        VBox confirm = new VBox(8, confirmText, buttons);
        confirm.setVisible(false);
        confirm.setManaged(false);
        Label status = new Label();
        status.setId("delete-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.deleteStatusProperty());
        ask.setOnAction(
                e ->
                        model.askDelete()
                                .ifPresent(
                                        words -> {
                                            confirmText.setText(words);
                                            confirm.setVisible(true);
                                            confirm.setManaged(true);
                                            no.requestFocus();
                                        }));
        no.setOnAction(
                e -> {
                    confirm.setVisible(false);
                    confirm.setManaged(false);
                    ask.requestFocus();
                });
        yes.setOnAction(e -> model.deleteEverything());
        VBox box = new VBox(8, heading, what, ask, confirm, status);
        box.getStyleClass().add(Style.STORAGE_BOX);
        return box;
    }

    /** A heading over a row of choices; each choice names its heading to assistive technology. */
    private void group(String heading, RadioButton... options) {
        for (RadioButton option : options) {
            option.setAccessibleHelp(heading);
        }
        Label label = new Label(heading);
        label.getStyleClass().add(Style.SUBHEADING);
        label.setWrapText(true);
        FlowPane row = new FlowPane(16, 8, options);
        VBox box = new VBox(8, label, row);
        box.getStyleClass().add(Style.STORAGE_BOX);
        page.getChildren().add(box);
    }

    private static RadioButton choice(
            String id, String text, ToggleGroup group, boolean selected, Runnable action) {
        RadioButton radio = new RadioButton(text);
        radio.setId(id);
        radio.setToggleGroup(group);
        radio.setSelected(selected);
        radio.setWrapText(true);
        radio.selectedProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (now) {
                                action.run();
                            }
                        });
        return radio;
    }
}
