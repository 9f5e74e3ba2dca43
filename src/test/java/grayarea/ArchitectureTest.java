package grayarea;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import grayarea.session.crypto.KdfParams;

/** The rooms of the house (CONTRIBUTING.md): data flows one way, and only ui knows JavaFX. */
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
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

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

    @ArchTest
    static final ArchRule cryptoUsesOnlyTheJdk = classes()
            .that().resideInAPackage("grayarea.session.crypto..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "javax.security..",
                    "grayarea.session.crypto..")
            .because("encryption uses JDK crypto only: no new dependency, no home-made cipher, nothing of the app");

    @ArchTest
    static final ArchRule theShippedKdfCostIsNeverLowered = noClasses()
            .that().resideOutsideOfPackage("grayarea.session.crypto..")
            .should().callMethod(KdfParams.class, "freshForTests", int.class)
            .because("only tests may lower the PBKDF2 iterations; the app always uses KdfParams.fresh()");

    /** Classes that reach the network, or hand an address to another program that does. */
    static final DescribedPredicate<JavaClass> NETWORK = resideInAnyPackage("java.net..", "javax.net..", "jdk.net..",
            "java.rmi..", "javax.rmi..", "javax.naming..", "javafx.scene.web..")
            .and(not(name("java.net.URI")))
            .and(not(name("java.net.URL")))
            .or(nameMatching("java\\.nio\\.channels\\.(Asynchronous)?(Server)?(Socket|Datagram|Network)\\w*Channel"))
            .or(name("java.awt.Desktop"))
            .or(name("javafx.application.HostServices"))
            .as("network classes (sockets, URL connections, java.net.http, socket channels, RMI, JNDI, WebView, "
                    + "opening a browser)");

    @ArchTest
    static final ArchRule noNetwork = noClasses()
            .that().resideInAPackage("grayarea..")
            .should().dependOnClassesThat(NETWORK)
            .orShould().callMethod(java.net.URL.class, "openConnection")
            .orShould().callMethod(java.net.URL.class, "openConnection", java.net.Proxy.class)
            .orShould().callMethod(java.net.URL.class, "openStream")
            .orShould().callMethod(java.net.URL.class, "getContent")
            .because("the app makes no network connections (README); resources are read with getResourceAsStream");
}
