package grayarea.ui;
import grayarea.ui.toolkit.Icon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grayarea.session.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Paint;
import javafx.scene.shape.SVGPath;
import org.junit.jupiter.api.Test;

/**
 * The app draws its icons itself ({@link Icon}: Feather outlines as Region shapes coloured by the
 * stylesheets), instead of with Ikonli, whose icons set inline styles and so loaded JavaFX's CSS
 * parser on every start (docs/decisions/0014-icons-as-shapes.md).
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
    void everyIconIsAnOutlineInFeathersSquare() {
        Set<String> classes = new HashSet<>();
        interact(() -> {
            for (Icon icon : Icon.values()) {
                Region node = icon.node();
                assertThat(node.getStyleClass()).containsExactly("icon", icon.styleClass());
                assertThat(classes.add(icon.styleClass())).as(icon + " has a style class of its own").isTrue();
                SVGPath outline = (SVGPath) node.getShape();
                assertThat(outline.getContent()).isEqualTo(icon.path());
                // the empty corner subpaths make the square the shape's bounds: the Region scales the
                // square, so every icon keeps its place in it and is not stretched
                Bounds bounds = outline.getLayoutBounds();
                assertThat(bounds.getMinX()).as(icon + " left").isEqualTo(0);
                assertThat(bounds.getMinY()).as(icon + " top").isEqualTo(0);
                assertThat(bounds.getMaxX()).as(icon + " right").isEqualTo(24);
                assertThat(bounds.getMaxY()).as(icon + " bottom").isEqualTo(24);
                assertThat(icon.path()).as(icon + " draws something").matches("M0 0ZM24 24ZM.{40,}");
            }
        });
    }

    @Test
    void theWelcomePageShowsItsIconsWithoutAnyInlineStyle() {
        List<Node> nodes = new ArrayList<>();
        collect(stage.getScene().getRoot(), nodes);
        // an inline style is what made JavaFX load its CSS parser on the way to the first frame
        assertThat(nodes).filteredOn(n -> n.getStyle() != null && !n.getStyle().isEmpty()).isEmpty();
        assertThat(iconOf(lookup("#quick-exit").queryAs(Button.class))).isEqualTo("icon-x-circle");
        assertThat(iconOf(lookup("#settings").queryAs(Button.class))).isEqualTo("icon-settings");
        assertThat(iconOf(lookup("#theme").queryAs(Button.class))).isEqualTo("icon-moon");
        assertThat(iconOf(lookup("#start-partner").queryAs(Button.class))).isEqualTo("icon-users");
        assertThat(iconOf(lookup("#couple").queryAs(Button.class))).isEqualTo("icon-heart");
        assertThat(iconOf(lookup("#protect-with-passphrase").queryAs(Labeled.class))).isEqualTo("icon-lock");
        assertThat(lookup(".icon-eye-off").tryQuery()).as("the quick-exit note's icon").isPresent();
        // every control with an icon still says what it is in words, to the eye and to a screen reader
        for (Node node : nodes) {
            if (node instanceof Labeled labeled && labeled.getGraphic() != null
                    && labeled.getGraphic().getStyleClass().contains("icon")) {
                assertThat(labeled.getText()).as(labeled.getId() + "'s text").isNotBlank();
                assertThat(labeled.getGraphic().getLayoutBounds().getWidth()).as(labeled.getId() + "'s icon, 18 px")
                        .isEqualTo(18, org.assertj.core.data.Offset.offset(0.1));
            }
        }
    }

    @Test
    void aButtonsIconHasTheColourOfItsWordsInEveryTheme() {
        for (Settings.Theme theme : Settings.Theme.values()) {
            interact(() -> {
                try {
                    context.updateSettings(context.settings().withTheme(theme));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            showEveryIcon();
            screenshot("icons-" + theme.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            List<Node> nodes = new ArrayList<>();
            collect(stage.getScene().getRoot(), nodes);
            int buttons = 0;
            for (Node node : nodes) {
                if (node instanceof Button button && button.getGraphic() instanceof Region icon
                        && icon.getStyleClass().contains("icon")) {
                    Paint fill = icon.getBackground().getFills().get(0).getFill();
                    assertThat(fill).as(theme + ": " + button.getText() + "'s icon").isEqualTo(button.getTextFill());
                    buttons++;
                }
            }
            assertThat(buttons).as(theme + ": buttons with an icon").isGreaterThan(Icon.values().length);
        }
    }

    @Test
    void aLabelsIconHasTheThemesTextColour() {
        Label privacy = lookup(".about-box .label").match(n -> ((Label) n).getGraphic() != null).queryAs(Label.class);
        Region icon = (Region) privacy.getGraphic();
        assertThat(icon.getStyleClass()).contains("icon-lock");
        assertThat(icon.getBackground().getFills().get(0).getFill()).isEqualTo(privacy.getTextFill());
    }

    /** The page replaced by one button per icon (and the top bar above), to look at them all. */
    private void showEveryIcon() {
        interact(() -> {
            FlowPane all = new FlowPane(8, 8);
            all.setStyle(null);
            all.getStyleClass().add("welcome-page");
            for (Icon icon : Icon.values()) {
                Button button = new Button(icon.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
                button.setGraphic(icon.node());
                all.getChildren().add(button);
            }
            Label label = new Label("a label");
            label.setGraphic(Icon.LOCK.node());
            all.getChildren().add(label);
            ((StackPane) stage.getScene().lookup("#page")).getChildren().setAll(all);
        });
    }

    private static String iconOf(Labeled labeled) {
        return labeled.getGraphic().getStyleClass().stream().filter(c -> c.startsWith("icon-")).findFirst().orElse(null);
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }
}
