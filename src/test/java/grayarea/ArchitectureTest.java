package grayarea;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rooms of the house (DESIGN.md): data flows one way, and only ui knows JavaFX. */
@AnalyzeClasses(packages = "grayarea", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersAreUsedOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("bank").definedBy("grayarea.bank..")
            .layer("scoring").definedBy("grayarea.scoring..")
            .layer("session").definedBy("grayarea.session..")
            .layer("report").definedBy("grayarea.report..")
            .layer("cli").definedBy("grayarea.cli..")
            .layer("ui").definedBy("grayarea.ui..")
            .layer("main").definedBy("grayarea")
            .whereLayer("main").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("main")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("main")
            .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "ui", "main")
            .whereLayer("session").mayOnlyBeAccessedByLayers("report", "cli", "ui", "main")
            .whereLayer("scoring").mayOnlyBeAccessedByLayers("session", "report", "cli", "ui", "main")
            .whereLayer("bank").mayOnlyBeAccessedByLayers("scoring", "session", "report", "cli", "ui", "main");

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("grayarea.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp.ikonli..");

    @ArchTest
    static final ArchRule cliAndUiNeverUseEachOther = noClasses()
            .that().resideInAPackage("grayarea.cli..")
            .should().dependOnClassesThat().resideInAPackage("grayarea.ui..");

    @ArchTest
    static final ArchRule uiNeverUsesCli = noClasses()
            .that().resideInAPackage("grayarea.ui..")
            .should().dependOnClassesThat().resideInAPackage("grayarea.cli..");

    @ArchTest
    static final ArchRule onlyTheCommandLineUsesPicocli = noClasses()
            .that().resideOutsideOfPackage("grayarea.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");
}
