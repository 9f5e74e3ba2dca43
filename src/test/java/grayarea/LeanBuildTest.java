package grayarea;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The app ships only the jars it needs (issue 16): no FXML (the views are built in code), no
 * Swing bridge (only the tests' screenshots use it, so it is a test dependency), and no YAML
 * reader (banks and schemas are JSON; networknt's YAML support is excluded in the pom).
 */
class LeanBuildTest {

    @Test
    void theAppsOwnCodeUsesNeitherFxmlNorSwing() {
        JavaClasses app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("grayarea");
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx.fxml..", "javafx.embed.swing..", "javax.swing..")
                .because("javafx-fxml is not a dependency and javafx-swing is one of the tests only")
                .check(app);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javafx.fxml.FXMLLoader", "tools.jackson.dataformat.yaml.YAMLMapper",
        "org.snakeyaml.engine.v2.api.LoadSettings"})
    void jarsTheAppDoesNotNeedAreNotOnItsClassPath(String className) {
        assertThatThrownBy(() -> Class.forName(className, false, LeanBuildTest.class.getClassLoader()))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
