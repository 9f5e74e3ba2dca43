package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import grayarea.ui.toolkit.Style;
import java.lang.reflect.Field;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The build precompiles the app's own stylesheets to JavaFX's binary form (.bss, beside each .css:
 * JavaFX reads that one instead, so the start parses no CSS of ours). The binary must say exactly
 * what the CSS says.
 */
class StylesheetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"app", "high-contrast"})
    void theBinaryBesideTheCssHoldsTheSameRules(String name) throws Exception {
        URL css = StylesheetsTest.class.getResource(name + ".css");
        URL bss = StylesheetsTest.class.getResource(name + ".bss");
        assertThat(css).as(name + ".css").isNotNull();
        assertThat(bss)
                .as(name + ".bss, made by the build (exec-maven-plugin, Css2Bin)")
                .isNotNull();
        Stylesheet parsed = new CssParser().parse(css);
        Stylesheet binary = Stylesheet.loadBinary(bss);
        assertThat(binary.getRules())
                .extracting(StylesheetsTest::describe)
                .containsExactlyElementsOf(
                        parsed.getRules().stream().map(StylesheetsTest::describe).toList());
        assertThat(binary.getRules()).isNotEmpty();
        assertThat(describe(binary.getRules().get(0)))
                .as("declarations are compared too")
                .contains("<value>");
    }

    @Test
    void everyStyleConstantIsAClassTheStylesheetsStyle() throws Exception {
        Set<String> styled = new HashSet<>();
        for (String name : List.of("app", "high-contrast")) {
            Matcher classes =
                    Pattern.compile("\\.([a-z][a-z0-9-]*)")
                            .matcher(
                                    new String(
                                                    StylesheetsTest.class
                                                            .getResourceAsStream(name + ".css")
                                                            .readAllBytes(),
                                                    StandardCharsets.UTF_8)
                                            .replaceAll("(?s)/\\*.*?\\*/", ""));
            while (classes.find()) {
                styled.add(classes.group(1));
            }
        }
        List<String> unstyled = new ArrayList<>();
        for (Field constant : Style.class.getFields()) {
            String styleClass = (String) constant.get(null);
            if (!styled.contains(styleClass)
                    && !Styles.ACCENT.equals(styleClass)
                    && !Styles.DANGER.equals(styleClass)) {
                unstyled.add(constant.getName() + " = " + styleClass);
            }
        }
        // names that mark a part for the tests to find, styled by no rule
        unstyled.removeAll(List.of("REFLECTION = reflection", "SET_ASIDE_FILE = set-aside-file"));
        assertThat(unstyled)
                .as("Style constants no stylesheet styles: remove them, or style them")
                .isEmpty();
    }

    /** A rule's selectors and every declaration, property and value. */
    private static String describe(Rule rule) {
        return rule.getSelectors()
                + " { "
                + rule.getDeclarations().stream()
                        .map(
                                d ->
                                        d.getProperty()
                                                + ": "
                                                + d.getParsedValue()
                                                + (d.isImportant() ? " !important" : ""))
                        .collect(Collectors.joining("; "))
                + " }";
    }
}
