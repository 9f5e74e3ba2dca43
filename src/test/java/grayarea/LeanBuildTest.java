package grayarea;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The app ships only the jars it needs (issue 16): no FXML (the views are built in code), no Swing
 * bridge (only the tests' screenshots use it, so it is a test dependency), and no YAML reader
 * (banks and schemas are JSON; networknt's YAML support is excluded in the pom).
 */
class LeanBuildTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javafx.fxml.FXMLLoader",
                "tools.jackson.dataformat.yaml.YAMLMapper",
                "org.snakeyaml.engine.v2.api.LoadSettings"
            })
    void jarsTheAppDoesNotNeedAreNotOnItsClassPath(String className) {
        assertThatThrownBy(
                        () -> Class.forName(className, false, LeanBuildTest.class.getClassLoader()))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
