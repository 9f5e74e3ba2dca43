package grayarea.ui;
import grayarea.ui.toolkit.Themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.stream.Collectors;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The build precompiles the app's own stylesheets to JavaFX's binary form (.bss, beside each
 * .css: JavaFX reads that one instead, so the start parses no CSS of ours). The binary must say
 * exactly what the CSS says.
 */
class StylesheetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"app", "high-contrast"})
    void theBinaryBesideTheCssHoldsTheSameRules(String name) throws Exception {
        URL css = StylesheetsTest.class.getResource(name + ".css");
        URL bss = StylesheetsTest.class.getResource(name + ".bss");
        assertThat(css).as(name + ".css").isNotNull();
        assertThat(bss).as(name + ".bss, made by the build (exec-maven-plugin, Css2Bin)").isNotNull();
        Stylesheet parsed = new CssParser().parse(css);
        Stylesheet binary = Stylesheet.loadBinary(bss);
        assertThat(binary.getRules()).extracting(StylesheetsTest::describe)
                .containsExactlyElementsOf(parsed.getRules().stream().map(StylesheetsTest::describe).toList());
        assertThat(binary.getRules()).isNotEmpty();
        assertThat(describe(binary.getRules().get(0))).as("declarations are compared too").contains("<value>");
    }

    /** A rule's selectors and every declaration, property and value. */
    private static String describe(Rule rule) {
        return rule.getSelectors() + " { " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + ": " + d.getParsedValue() + (d.isImportant() ? " !important" : ""))
                .collect(Collectors.joining("; ")) + " }";
    }
}
