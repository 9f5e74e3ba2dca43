package grayarea;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.testing.Launcher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The app is started in two ways with JavaFX as modules: the app image's launcher (options from
 * src/main/start/jvm-options.txt) and {@code mvn javafx:run} (options in pom.xml). ControlsFX needs
 * the same exports and opens in both, or a page works in one and fails in the other.
 */
class LaunchOptionsTest {

    @Test
    void javafxRunGivesControlsFxTheSameAccessAsTheLauncher() throws Exception {
        List<String> access =
                Launcher.options().stream()
                        .filter(
                                option ->
                                        option.startsWith("--add-exports=")
                                                || option.startsWith("--add-opens="))
                        .toList();
        assertThat(access)
                .as("the launcher lets ControlsFX reach JavaFX's event internals")
                .contains("--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED");

        var pom =
                DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(Path.of("pom.xml").toFile());
        List<String> javafxRun = new ArrayList<>();
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (plugin.getElementsByTagName("artifactId")
                    .item(0)
                    .getTextContent()
                    .equals("javafx-maven-plugin")) {
                NodeList options = plugin.getElementsByTagName("option");
                for (int j = 0; j < options.getLength(); j++) {
                    javafxRun.add(options.item(j).getTextContent().strip());
                }
            }
        }
        assertThat(javafxRun).containsExactlyElementsOf(access);
    }

    @Test
    void eachOptionIsOneWordSoTheLauncherPassesItWhole() throws Exception {
        assertThat(Launcher.options())
                .isNotEmpty()
                .allSatisfy(option -> assertThat(option).doesNotContain(" "));
    }
}
