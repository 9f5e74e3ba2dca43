package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grayarea.session.Settings;
import grayarea.ui.toolkit.Icon;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.transform.Transform;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The app draws its icons itself ({@link Icon}: Feather's lines read from its original SVG files,
 * as shapes stroked in the stylesheets' colours), instead of with Ikonli, whose icons set inline
 * styles and so loaded JavaFX's CSS parser on every start (docs/decisions/0014-icons-as-shapes.md).
 */
class IconTest extends UiTest {

    @Test
    void ikonliIsNoLongerOnTheClassPath() {
        assertThatThrownBy(() -> Class.forName("org.kordamp.ikonli.javafx.FontIcon"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.kordamp.ikonli.feather.Feather"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void everyIconIsReadFromFeathersOwnFile() throws IOException {
        Set<String> files = new HashSet<>();
        for (Icon icon : Icon.values()) {
            String svg;
            try (InputStream in = Icon.class.getResourceAsStream(icon.resource())) {
                assertThat(in).as(icon.resource()).isNotNull();
                svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            // the original file, as the feather-icons package ships it: lines 2 units wide, round
            // ends
            assertThat(svg)
                    .as(icon.resource())
                    .startsWith(
                            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"24\""
                                    + " height=\"24\" viewBox=\"0 0 24 24\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\""
                                    + " stroke-linecap=\"round\" stroke-linejoin=\"round\" class=\"feather feather-"
                                    + icon.fileName()
                                    + "\">");
            files.add(icon.fileName() + ".svg");
        }
        // every file there is an icon the app draws, beside Feather's licence and where the files
        // come from
        try (Stream<Path> folder =
                Files.list(Path.of("src/main/resources/grayarea/ui/icons/feather"))) {
            assertThat(folder.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(concat(files, "LICENSE", "README.md"));
        }
        assertThat(
                        Files.readString(
                                Path.of("src/main/resources/grayarea/ui/icons/feather/LICENSE")))
                .contains("The MIT License", "Cole Bemis");
    }

    @Test
    void eachElementOfAFeatherFileBecomesPartOfOnePath() {
        // eye-off: a path and a line; clipboard: a path and a rect with round corners; circle,
        // polyline, polygon
        assertThat(Icon.EYE_OFF.path()).endsWith(" M1 1 L23 23");
        assertThat(Icon.CLIPBOARD.path())
                .endsWith(
                        " M9 2 H15 A1 1 0 0 1 16 3 V5 A1 1 0 0 1 15 6 H9 A1 1 0 0 1 8 5"
                                + " V3 A1 1 0 0 1 9 2Z");
        assertThat(Icon.X_CIRCLE.path()).startsWith("M2 12 A10 10 0 1 0 22 12 A10 10 0 1 0 2 12Z");
        assertThat(Icon.ARROW_LEFT.path()).endsWith("M12 19 L5 12 12 5");
        assertThat(Icon.PLAY.path()).isEqualTo("M5 3 L19 12 5 21 5 3 Z");
        assertThat(Icon.SETTINGS.strokeWidth()).isEqualTo(2);
        // a file Icon cannot draw faithfully is refused with its name, not drawn wrong
        assertThatThrownBy(() -> Icon.read("/grayarea/ui/icons/feather/no-such.svg"))
                .hasMessage("/grayarea/ui/icons/feather/no-such.svg: no such icon file");
        assertThatThrownBy(
                        () ->
                                Icon.parse(
                                        "text.svg",
                                        "<svg viewBox=\"0 0 24 24\" fill=\"none\" stroke=\"currentColor\">"
                                                + "<text x=\"1\" y=\"20\">A</text></svg>"))
                .hasMessage("text.svg: <text> is not drawn by Icon");
        assertThatThrownBy(
                        () ->
                                Icon.parse(
                                        "filled.svg",
                                        "<svg viewBox=\"0 0 24 24\" fill=\"black\"><path d=\"M1 1\"/></svg>"))
                .hasMessage("filled.svg: fill is black, not none");
        assertThat(
                        Icon.parse(
                                "two.svg",
                                "<svg viewBox=\"0 0 24 24\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\">"
                                        + "<rect x=\"2\" y=\"3\" width=\"4\" height=\"5\"/><ellipse cx=\"12\" cy=\"12\" rx=\"3\" ry=\"2\"/></svg>"))
                .isEqualTo(
                        new Icon.Drawing(
                                "M2 3 H6 V8 H2Z M9 12 A3 2 0 1 0 15 12 A3 2 0 1 0 9 12Z",
                                1.5,
                                StrokeLineCap.BUTT,
                                StrokeLineJoin.MITER));
    }

    @Test
    void everyIconIsLinesInFeathersSquareScaledToTheIconsSize() {
        Set<String> classes = new HashSet<>();
        interact(
                () -> {
                    for (Icon icon : Icon.values()) {
                        Region node = icon.node();
                        assertThat(node.getStyleClass()).containsExactly("icon", icon.styleClass());
                        assertThat(classes.add(icon.styleClass()))
                                .as(icon + " has a style class of its own")
                                .isTrue();
                        SVGPath lines = (SVGPath) node.getChildrenUnmodifiable().get(0);
                        assertThat(lines.getContent()).isEqualTo(icon.path());
                        assertThat(lines.getFill()).as(icon + " is lines, not filled").isNull();
                        assertThat(lines.getStrokeWidth()).isEqualTo(2);
                        assertThat(lines.getStrokeLineCap()).isEqualTo(StrokeLineCap.ROUND);
                        assertThat(lines.getStrokeLineJoin()).isEqualTo(StrokeLineJoin.ROUND);
                        // the lines with their round ends stay inside the square and draw across
                        // most of it
                        // (coloured here as the stylesheets colour them on a page: a shape with
                        // neither fill nor stroke has no
                        // bounds; JavaFX's bounds of a stroked curve are up to a little more than
                        // half a unit wider than it)
                        lines.setStroke(Color.BLACK);
                        Bounds bounds = lines.getLayoutBounds();
                        assertThat(bounds.getMinX())
                                .as(icon + " left")
                                .isGreaterThanOrEqualTo(-0.75);
                        assertThat(bounds.getMinY())
                                .as(icon + " top")
                                .isGreaterThanOrEqualTo(-0.75);
                        assertThat(bounds.getMaxX()).as(icon + " right").isLessThanOrEqualTo(24.75);
                        assertThat(bounds.getMaxY())
                                .as(icon + " bottom")
                                .isLessThanOrEqualTo(24.75);
                        assertThat(Math.max(bounds.getWidth(), bounds.getHeight()))
                                .as(icon + " size")
                                .isGreaterThan(12);
                    }
                });
        // on the page, the square is the icon's 18 px: Feather's 24 units scaled by 0.75, so lines
        // 1.5 px wide
        Region quickExit = (Region) lookup("#quick-exit").queryAs(Button.class).getGraphic();
        Transform toIcon = quickExit.getChildrenUnmodifiable().get(0).getLocalToParentTransform();
        assertThat(quickExit.getWidth()).isEqualTo(18, Offset.offset(0.1));
        assertThat(toIcon.getMxx()).isEqualTo(0.75, Offset.offset(0.01));
        assertThat(toIcon.getMyy()).isEqualTo(0.75, Offset.offset(0.01));
        assertThat(toIcon.getTx()).isEqualTo(0, Offset.offset(0.01));
        assertThat(toIcon.getTy()).isEqualTo(0, Offset.offset(0.01));
    }

    @Test
    void theWelcomePageShowsItsIconsWithoutAnyInlineStyle() {
        List<Node> nodes = new ArrayList<>();
        collect(stage.getScene().getRoot(), nodes);
        // an inline style is what made JavaFX load its CSS parser on the way to the first frame
        assertThat(nodes)
                .filteredOn(n -> n.getStyle() != null && !n.getStyle().isEmpty())
                .isEmpty();
        assertThat(iconOf(lookup("#quick-exit").queryAs(Button.class))).isEqualTo("icon-x-circle");
        assertThat(iconOf(lookup("#settings").queryAs(Button.class))).isEqualTo("icon-settings");
        assertThat(iconOf(lookup("#theme").queryAs(Button.class))).isEqualTo("icon-moon");
        assertThat(iconOf(lookup("#start-partner").queryAs(Button.class))).isEqualTo("icon-users");
        assertThat(iconOf(lookup("#couple").queryAs(Button.class))).isEqualTo("icon-heart");
        assertThat(iconOf(lookup("#protect-with-passphrase").queryAs(Labeled.class)))
                .isEqualTo("icon-lock");
        assertThat(lookup(".icon-eye-off").tryQuery()).as("the quick-exit note's icon").isPresent();
        // every control with an icon still says what it is in words, to the eye and to a screen
        // reader
        for (Node node : nodes) {
            if (node instanceof Labeled labeled
                    && labeled.getGraphic() != null
                    && labeled.getGraphic().getStyleClass().contains("icon")) {
                assertThat(labeled.getText()).as(labeled.getId() + "'s text").isNotBlank();
                assertThat(labeled.getGraphic().getLayoutBounds().getWidth())
                        .as(labeled.getId() + "'s icon, 18 px")
                        .isEqualTo(18, Offset.offset(0.1));
            }
        }
    }

    @Test
    void aButtonsIconHasTheColourOfItsWordsInEveryTheme() {
        for (Settings.Theme theme : Settings.Theme.values()) {
            interact(
                    () -> {
                        try {
                            context.updateSettings(context.settings().withTheme(theme));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            showEveryIcon();
            screenshot("icons-" + theme.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            List<Node> nodes = new ArrayList<>();
            collect(stage.getScene().getRoot(), nodes);
            int buttons = 0;
            for (Node node : nodes) {
                if (node instanceof Button button
                        && button.getGraphic() instanceof Region icon
                        && icon.getStyleClass().contains("icon")) {
                    assertThat(strokeOf(icon))
                            .as(theme + ": " + button.getText() + "'s icon")
                            .isEqualTo(button.getTextFill());
                    buttons++;
                }
            }
            assertThat(buttons)
                    .as(theme + ": buttons with an icon")
                    .isGreaterThan(Icon.values().length);
        }
    }

    @Test
    void aLabelsIconHasTheThemesTextColour() {
        Label privacy =
                lookup(".about-box .label")
                        .match(n -> ((Label) n).getGraphic() != null)
                        .queryAs(Label.class);
        Region icon = (Region) privacy.getGraphic();
        assertThat(icon.getStyleClass()).contains("icon-lock");
        assertThat(strokeOf(icon)).isEqualTo(privacy.getTextFill());
    }

    /** The page replaced by one button per icon (and the top bar above), to look at them all. */
    private void showEveryIcon() {
        interact(
                () -> {
                    FlowPane all = new FlowPane(8, 8);
                    all.setStyle(null);
                    all.getStyleClass().add("welcome-page");
                    for (Icon icon : Icon.values()) {
                        Button button =
                                new Button(icon.name().toLowerCase(Locale.ROOT).replace('_', ' '));
                        button.setGraphic(icon.node());
                        all.getChildren().add(button);
                    }
                    Label label = new Label("a label");
                    label.setGraphic(Icon.LOCK.node());
                    all.getChildren().add(label);
                    ((StackPane) stage.getScene().lookup("#page")).getChildren().setAll(all);
                });
    }

    private static Paint strokeOf(Region icon) {
        assertThat(icon.getBackground()).as("no background: the lines are the icon").isNull();
        return ((SVGPath) icon.getChildrenUnmodifiable().get(0)).getStroke();
    }

    private static String iconOf(Labeled labeled) {
        return labeled.getGraphic().getStyleClass().stream()
                .filter(c -> c.startsWith("icon-"))
                .findFirst()
                .orElse(null);
    }

    private static List<String> concat(Set<String> files, String... more) {
        List<String> all = new ArrayList<>(files);
        all.addAll(List.of(more));
        return all;
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }
}
