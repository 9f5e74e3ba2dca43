package grayarea.ui;

import grayarea.session.Settings;
import java.io.IOException;
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
 * Language, text size and theme. Each choice applies at once; Done goes back to the page the
 * person came from, redrawn.
 */
final class SettingsView {

    private final AppContext context;
    private final Runnable done;
    private final ScrollPane scroll = new ScrollPane();
    private final VBox page = new VBox(16);

    SettingsView(AppContext context, Runnable done) {
        this.context = context;
        this.done = done;
        build();
    }

    Node node() {
        return scroll;
    }

    private void build() {
        Texts texts = context.texts();
        scroll.setId("settings-page");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("page-scroll");
        page.getStyleClass().add("welcome-page");
        KeyboardFocus.follow(scroll);
        Label title = new Label(texts.get("settings.title"));
        title.getStyleClass().add("section-title");
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

        Label kept = new Label(texts.get(context.keepsProgress() ? "settings.kept" : "settings.notKept"));
        kept.setWrapText(true);
        kept.setMinHeight(Region.USE_PREF_SIZE);
        kept.getStyleClass().add("hint");
        Button back = new Button(texts.get("settings.done"));
        back.setId("settings-done");
        back.getStyleClass().add("accent");
        back.setOnAction(e -> done.run());
        page.getChildren().addAll(kept, back);
        scroll.setContent(page);
        Focus.later(language.getSelectedToggle() instanceof Node n ? n : first);
    }

    /** A heading over a row of choices; each choice names its heading to assistive technology. */
    private void group(String heading, RadioButton... options) {
        for (RadioButton option : options) {
            option.setAccessibleHelp(heading);
        }
        Label label = new Label(heading);
        label.getStyleClass().add("subheading");
        label.setWrapText(true);
        FlowPane row = new FlowPane(16, 8, options);
        VBox box = new VBox(8, label, row);
        box.getStyleClass().add("storage-box");
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
