package grayarea.ui;

import grayarea.ui.toolkit.Style;import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.KeyboardFocus;
import grayarea.ui.toolkit.Risk;
import grayarea.ui.toolkit.Texts;

import grayarea.session.Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
 * Language, text size, theme and discreet mode; a passphrase, and deleting everything. Each
 * choice applies at once; Done goes back to the page the person came from, redrawn.
 */
final class SettingsView {

    private final AppContext context;
    private final Runnable done;
    private final ScrollPane scroll = new ScrollPane();
    private final VBox page = new VBox(16);

    private final boolean locked;
    private final java.util.function.Consumer<String> deleted;

    /**
     * @param locked  in a waiting room: nothing that could end it (deleting everything) is offered
     * @param deleted after "Delete everything": the message to start again with
     */
    SettingsView(AppContext context, Runnable done, boolean locked, java.util.function.Consumer<String> deleted,
                 Runnable protect, Runnable lockNow) {
        this.context = context;
        this.done = done;
        this.locked = locked;
        this.deleted = deleted;
        this.protect = protect;
        this.lockNow = lockNow;
        build();
    }

    private final Runnable protect;
    private final Runnable lockNow;

    Node node() {
        return scroll;
    }

    private void build() {
        Texts texts = context.texts();
        scroll.setId("settings-page");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Style.PAGE_SCROLL);
        page.getStyleClass().add(Style.WELCOME_PAGE);
        KeyboardFocus.follow(scroll);
        Label title = new Label(texts.get("settings.title"));
        title.getStyleClass().add(Style.SECTION_TITLE);
        scroll.setAccessibleText(title.getText());
        title.setWrapText(true);
        page.getChildren().add(title);

        Settings now = context.settings();
        ToggleGroup language = new ToggleGroup();
        RadioButton first = choice("language-en", "English", language, now.language().equals("en"),
                () -> change(context.settings().withLanguage("en")));
        group(texts.get("settings.language"), first,
                choice("language-es", "Español", language, now.language().equals("es"),
                        () -> change(context.settings().withLanguage("es"))));

        ToggleGroup size = new ToggleGroup();
        RadioButton[] sizes = Settings.TEXT_SIZES.stream().map(percent -> choice("size-" + percent,
                texts.get("settings.size.value", percent), size, now.textSize() == percent,
                () -> change(context.settings().withTextSize(percent)))).toArray(RadioButton[]::new);
        for (RadioButton each : sizes) {
            // "100 %" alone says nothing to a screen reader: "Text size: 100 %"
            each.setAccessibleText(texts.get("settings.size") + ": " + each.getText());
        }
        group(texts.get("settings.size"), sizes);

        ToggleGroup theme = new ToggleGroup();
        group(texts.get("settings.theme"),
                choice("theme-light", texts.get("settings.theme.light"), theme, now.theme() == Settings.Theme.LIGHT,
                        () -> change(context.settings().withTheme(Settings.Theme.LIGHT))),
                choice("theme-dark", texts.get("settings.theme.dark"), theme, now.theme() == Settings.Theme.DARK,
                        () -> change(context.settings().withTheme(Settings.Theme.DARK))),
                choice("theme-contrast", texts.get("settings.theme.contrast"), theme,
                        now.theme() == Settings.Theme.HIGH_CONTRAST,
                        () -> change(context.settings().withTheme(Settings.Theme.HIGH_CONTRAST))));

        if (!locked) {
            // a waiting room's client does not change the therapist's menu entry
            page.getChildren().add(discreet(texts));
        }

        Label kept = hint(texts.get(context.keepsProgress() ? "settings.kept" : "settings.notKept"));
        Button back = new Button(texts.get("settings.done"));
        back.setId("settings-done");
        back.getStyleClass().add(Style.ACCENT);
        back.setOnAction(e -> done.run());
        page.getChildren().add(kept);
        if (!locked) {
            if (context.keepsProgress()) {
                page.getChildren().add(passphrase(texts));
            }
            setAside(texts).ifPresent(page.getChildren()::add);
            page.getChildren().add(deleteEverything(texts));
        }
        page.getChildren().add(back);
        scroll.setContent(page);
        Focus.later(language.getSelectedToggle() instanceof Node n ? n : first);
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
        Label limits = new Label(texts.get("settings.discreet.limits", context.dataFolder()));
        limits.setWrapText(true);
        limits.setMinHeight(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("discreet-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.getStyleClass().add(Style.STATUS);
        // shown only when there is something to say
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        ToggleGroup discreet = new ToggleGroup();
        boolean on = context.settings().discreet();
        RadioButton off = choice("discreet-off", texts.get("settings.discreet.off"), discreet, !on,
                () -> changeDiscreet(false, status));
        RadioButton onChoice = choice("discreet-on", texts.get("settings.discreet.on", neutral), discreet, on,
                () -> changeDiscreet(true, status));
        for (RadioButton option : List.of(off, onChoice)) {
            option.setAccessibleHelp(heading.getText() + ". " + what.getText() + " " + limits.getText());
        }
        FlowPane row = new FlowPane(16, 8, off, onChoice);
        Label where = hint(menuEntryNote(texts));
        where.setId("discreet-menu-entry");
        VBox box = new VBox(8, heading, what, limits, row, where, status);
        box.getStyleClass().add(Style.STORAGE_BOX);
        return box;
    }

    /** What discreet mode does to the menu entry in this run. */
    private String menuEntryNote(Texts texts) {
        grayarea.session.DiscreetDesktopEntry entry = context.desktopEntry();
        if (!entry.installed()) {
            return texts.get("settings.discreet.notInstalled");
        }
        if (!context.keepsProgress()) {
            return texts.get("settings.discreet.notKept");
        }
        Path file = entry.file().orElseThrow();
        if (entry.someoneElses()) {
            return texts.get("settings.discreet.someoneElses", file);
        }
        return texts.get("settings.discreet.entry", texts.get("discreet.name"), file, entry.iconFile());
    }

    private void changeDiscreet(boolean on, Label status) {
        try {
            context.updateSettings(context.settings().withDiscreet(on));
            status.setText("");
        } catch (IOException e) {
            // the window changed all the same; what could not be written is said, with why
            status.setText(context.texts().get("settings.discreet.failed", e.getMessage()));
        }
    }

    /** A passphrase: set one, or, once set, lock now. */
    private Node passphrase(Texts texts) {
        Label heading = new Label(texts.get("settings.passphrase.title"));
        heading.getStyleClass().add(Style.SUBHEADING);
        heading.setWrapText(true);
        boolean set = context.vault().isSet();
        Label what = new Label(texts.get(set ? "settings.passphrase.set" : "settings.passphrase.notSet"));
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        Button action = new Button(texts.get(set ? "settings.passphrase.lock" : "settings.passphrase.protect"));
        action.setId(set ? "lock-now" : "protect");
        // at 200 % in Spanish the label is wider than the page: it wraps instead of being cut
        action.setWrapText(true);
        action.setMinHeight(Region.USE_PREF_SIZE);
        action.setGraphic(Icon.LOCK.node());
        action.setOnAction(e -> (set ? lockNow : protect).run());
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
    private java.util.Optional<Node> setAside(Texts texts) {
        List<grayarea.session.AppFiles.SetAside> files;
        try {
            files = grayarea.session.AppFiles.setAside(context.dataFolder());
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
        if (files.isEmpty()) {
            return java.util.Optional.empty();
        }
        Label heading = new Label(texts.get("settings.setAside.title"));
        heading.getStyleClass().add(Style.SUBHEADING);
        heading.setWrapText(true);
        VBox box = new VBox(8, heading, hint(texts.get("settings.setAside.detail", context.dataFolder())));
        box.setId("set-aside-files");
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter
                .ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
                .withLocale(texts.locale()).withZone(java.time.ZoneId.systemDefault());
        for (grayarea.session.AppFiles.SetAside file : files) {
            String what = texts.get(file.kind().equals("couple") ? "settings.setAside.couple" : "settings.setAside.session");
            Label item = new Label(texts.get("settings.setAside.item",
                    context.dataFolder().relativize(file.file()).toString(), what, when.format(file.when())));
            item.setWrapText(true);
            item.setMinHeight(Region.USE_PREF_SIZE);
            item.getStyleClass().add(Style.SET_ASIDE_FILE);
            // a label is not reached by Tab: the list is read with the box, and the heading names it
            box.getChildren().add(item);
        }
        box.getStyleClass().add(Style.STORAGE_BOX);
        return java.util.Optional.of(box);
    }

    /** After how long away the app locks by itself: a heading, a row of choices, and what "away" means. */
    private List<Node> idleLock(Texts texts) {
        String heading = texts.get("settings.idle");
        ToggleGroup group = new ToggleGroup();
        RadioButton[] choices = Settings.IDLE_LOCK_MINUTES.stream().map(minutes -> choice("idle-" + minutes,
                minutes == 0 ? texts.get("settings.idle.never") : texts.get("settings.idle.minutes", minutes), group,
                context.settings().idleLock() == minutes,
                () -> change(context.settings().withIdleLock(minutes)))).toArray(RadioButton[]::new);
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
        String detail = texts.get("settings.delete.detail", context.dataFolder());
        if (context.desktopEntry().present()) {
            detail += " " + texts.get("settings.delete.entry", context.desktopEntry().file().orElseThrow());
        }
        Label what = new Label(detail);
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
        ask.setOnAction(e -> {
            try {
                int count = grayarea.session.AppFiles.list(context.dataFolder(), context.desktopEntry()).size();
                confirmText.setText(texts.get("settings.delete.confirm", count));
                confirm.setVisible(true);
                confirm.setManaged(true);
                no.requestFocus();
            } catch (IOException ex) {
                status.setText(texts.get("settings.delete.failed", ex.getMessage()));
            }
        });
        no.setOnAction(e -> {
            confirm.setVisible(false);
            confirm.setManaged(false);
            ask.requestFocus();
        });
        yes.setOnAction(e -> {
            try {
                grayarea.session.AppFiles.Deleted result = grayarea.session.AppFiles.deleteAll(context.dataFolder(),
                        context.desktopEntry());
                context.vault().lock();
                String message = texts.get("settings.delete.done", result.files());
                if (!result.failed().isEmpty()) {
                    message += " " + texts.get("settings.delete.someFailed", result.failed().size(), result.failed().get(0));
                }
                deleted.accept(message);
            } catch (IOException ex) {
                status.setText(texts.get("settings.delete.failed", ex.getMessage()));
            }
        });
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

    private static RadioButton choice(String id, String text, ToggleGroup group, boolean selected, Runnable action) {
        RadioButton radio = new RadioButton(text);
        radio.setId(id);
        radio.setToggleGroup(group);
        radio.setSelected(selected);
        radio.setWrapText(true);
        radio.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                action.run();
            }
        });
        return radio;
    }

    private void change(Settings changed) {
        try {
            context.updateSettings(changed);
        } catch (IOException e) {
            // the change still applies for this run; it could not be remembered
        }
    }
}
