package grayarea;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import grayarea.session.crypto.KdfParams;
import grayarea.ui.toolkit.View;
import java.net.Proxy;
import java.net.URL;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The rooms of the house (CONTRIBUTING.md): data flows one way, and only ui knows JavaFX. */
@AnalyzeClasses(packages = "grayarea", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersAreUsedOneWay =
            layeredArchitecture()
                    .consideringOnlyDependenciesInLayers()
                    .layer("bank")
                    .definedBy("grayarea.bank..")
                    .layer("scoring")
                    .definedBy("grayarea.scoring..")
                    .layer("session")
                    .definedBy("grayarea.session..")
                    .layer("report")
                    .definedBy("grayarea.report..")
                    .layer("quiz")
                    .definedBy("grayarea.quiz..")
                    .layer("cli")
                    .definedBy("grayarea.cli..")
                    .layer("ui")
                    .definedBy("grayarea.ui..")
                    .layer("main")
                    .definedBy("grayarea")
                    .whereLayer("main")
                    .mayNotBeAccessedByAnyLayer()
                    .whereLayer("ui")
                    .mayOnlyBeAccessedByLayers("main")
                    .whereLayer("cli")
                    .mayOnlyBeAccessedByLayers("main")
                    .whereLayer("quiz")
                    .mayOnlyBeAccessedByLayers("cli", "ui", "main")
                    .whereLayer("report")
                    .mayOnlyBeAccessedByLayers("quiz", "cli", "ui", "main")
                    .whereLayer("session")
                    .mayOnlyBeAccessedByLayers("report", "quiz", "cli", "ui", "main")
                    .whereLayer("scoring")
                    .mayOnlyBeAccessedByLayers("session", "report", "quiz", "cli", "ui", "main")
                    .whereLayer("bank")
                    .mayOnlyBeAccessedByLayers(
                            "scoring", "session", "report", "quiz", "cli", "ui", "main");

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx =
            noClasses()
                    .that()
                    .resideOutsideOfPackage("grayarea.ui..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    @ArchTest
    static final ArchRule cliAndUiNeverUseEachOther =
            noClasses()
                    .that()
                    .resideInAPackage("grayarea.cli..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("grayarea.ui..");

    @ArchTest
    static final ArchRule uiNeverUsesCli =
            noClasses()
                    .that()
                    .resideInAPackage("grayarea.ui..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("grayarea.cli..");

    @ArchTest
    static final ArchRule theAppsOwnCodeUsesNeitherFxmlNorSwing =
            noClasses()
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("javafx.fxml..", "javafx.embed.swing..", "javax.swing..")
                    .because(
                            "javafx-fxml is not a dependency and javafx-swing is one of the tests only (LeanBuildTest)");

    @ArchTest
    static final ArchRule onlyTheCommandLineUsesPicocli =
            noClasses()
                    .that()
                    .resideOutsideOfPackage("grayarea.cli..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule cryptoUsesOnlyTheJdk =
            classes()
                    .that()
                    .resideInAPackage("grayarea.session.crypto..")
                    .should()
                    .onlyDependOnClassesThat()
                    .resideInAnyPackage(
                            "java..",
                            "javax.crypto..",
                            "javax.security..",
                            "grayarea.session.crypto..")
                    .because(
                            "encryption uses JDK crypto only: no new dependency, no home-made cipher, nothing of the app");

    @ArchTest
    static final ArchRule theShippedKdfCostIsNeverLowered =
            noClasses()
                    .that()
                    .resideOutsideOfPackage("grayarea.session.crypto..")
                    .should()
                    .callMethod(KdfParams.class, "freshForTests", int.class)
                    .because(
                            "only tests may lower the PBKDF2 iterations; the app always uses KdfParams.fresh()");

    /** Classes that reach the network, or hand an address to another program that does. */
    static final DescribedPredicate<JavaClass> NETWORK =
            resideInAnyPackage(
                            "java.net..",
                            "javax.net..",
                            "jdk.net..",
                            "java.rmi..",
                            "javax.rmi..",
                            "javax.naming..",
                            "javafx.scene.web..")
                    .and(not(name("java.net.URI")))
                    .and(not(name("java.net.URL")))
                    .or(
                            nameMatching(
                                    "java\\.nio\\.channels\\.(Asynchronous)?(Server)?(Socket|Datagram|Network)\\w*Channel"))
                    .or(name("java.awt.Desktop"))
                    .or(name("javafx.application.HostServices"))
                    .as(
                            "network classes (sockets, URL connections, java.net.http, socket channels, RMI, JNDI, WebView, "
                                    + "opening a browser)");

    @ArchTest
    static final ArchRule noNetwork =
            noClasses()
                    .that()
                    .resideInAPackage("grayarea..")
                    .should()
                    .dependOnClassesThat(NETWORK)
                    .orShould()
                    .callMethod(URL.class, "openConnection")
                    .orShould()
                    .callMethod(URL.class, "openConnection", Proxy.class)
                    .orShould()
                    .callMethod(URL.class, "openStream")
                    .orShould()
                    .callMethod(URL.class, "getContent")
                    .because(
                            "the app makes no network connections (README); resources are read with getResourceAsStream");

    /**
     * Every package of the app is its own slice, the ui's root and each of its feature packages
     * too.
     */
    private static final SliceAssignment PACKAGES =
            new SliceAssignment() {
                @Override
                public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                    String name = javaClass.getPackageName();
                    return name.startsWith("grayarea")
                            ? SliceIdentifier.of(name)
                            : SliceIdentifier.ignore();
                }

                @Override
                public String getDescription() {
                    return "the app's packages";
                }
            };

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().assignedFrom(PACKAGES)
                    .should()
                    .beFreeOfCycles()
                    .because(
                            "the ui's feature packages use grayarea.ui.toolkit, and the ui's root (the app's entry) "
                                    + "uses them: nothing uses the root back (CONTRIBUTING.md)");

    @ArchTest
    static final ArchRule theToolkitUsesNoPage =
            noClasses()
                    .that()
                    .resideInAPackage("grayarea.ui.toolkit..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("grayarea.ui")
                    .orShould()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "grayarea.ui.couple..",
                            "grayarea.ui.privacy..",
                            "grayarea.ui.quiz..",
                            "grayarea.ui.result..",
                            "grayarea.ui.therapist..",
                            "grayarea.ui.waitingroom..",
                            "grayarea.ui.welcome..",
                            "grayarea.ui.settings..");

    /** Pages, and parts of pages, of the app: the classes built on the View contract. */
    static final DescribedPredicate<JavaClass> VIEWS =
            JavaClass.Predicates.assignableTo(View.class)
                    .or(nameMatching("grayarea\\.ui\\..*View"))
                    .and(not(JavaClass.Predicates.equivalentTo(View.class)))
                    .as("views");

    /**
     * The views and the parts they are made of: every class of a page's package that builds
     * controls (it uses javafx.scene), except view models, which may hold properties but no
     * controls.
     */
    static final DescribedPredicate<JavaClass> VIEWS_AND_THEIR_PARTS =
            VIEWS.or(
                            resideInAnyPackage(
                                            "grayarea.ui.couple..",
                                            "grayarea.ui.privacy..",
                                            "grayarea.ui.quiz..",
                                            "grayarea.ui.result..",
                                            "grayarea.ui.settings..",
                                            "grayarea.ui.therapist..",
                                            "grayarea.ui.waitingroom..",
                                            "grayarea.ui.welcome..")
                                    .and(
                                            new DescribedPredicate<JavaClass>("build controls") {
                                                @Override
                                                public boolean test(JavaClass c) {
                                                    return c
                                                            .getDirectDependenciesFromSelf()
                                                            .stream()
                                                            .anyMatch(
                                                                    d ->
                                                                            d.getTargetClass()
                                                                                    .getPackageName()
                                                                                    .startsWith(
                                                                                            "javafx.scene.control"));
                                                }
                                            })
                                    .and(not(nameMatching(".*(ViewModel|Model)(\\$.*)?"))))
                    .as("views and the parts they are made of");

    /** What a view must leave to its view model: files, encryption, PDFs. */
    static final DescribedPredicate<JavaClass> FILE_CRYPTO_OR_PDF =
            resideInAnyPackage(
                            "javax.crypto..",
                            "java.security..",
                            "grayarea.session.crypto..",
                            "org.apache.pdfbox..",
                            "java.nio.channels..")
                    .or(nameMatching("java\\.io\\.(File|RandomAccessFile).*"))
                    .or(name("java.nio.file.Files"))
                    .or(nameMatching("grayarea\\.report\\.(PdfReport|ResultsTable)"))
                    .or(
                            nameMatching(
                                    "grayarea\\.session\\.(AppFiles|DiscreetDesktopEntry|DataFolder)"))
                    .or(name("grayarea.ui.privacy.DeleteEverything"))
                    .or(
                            nameMatching(
                                    "grayarea\\.session\\.(AtomicFiles|FileOpener|SavedFiles|Vault|TurnFile|ResultFile|HandOutFile"
                                            + "|\\w+Store|PinLock|TurnLock)"))
                    .as("file, crypto or PDF classes");

    @ArchTest
    static final ArchRule viewsLeaveFilesCryptoAndPdfsToTheirViewModel =
            noClasses()
                    .that(VIEWS_AND_THEIR_PARTS)
                    .should()
                    .dependOnClassesThat(FILE_CRYPTO_OR_PDF)
                    .because(
                            "a view shows and binds; its view model does the work and has tests without a window");

    @ArchTest
    static final ArchRule everyViewIsBuiltTheOneWay =
            classes()
                    .that(VIEWS)
                    .and()
                    .areTopLevelClasses()
                    .should()
                    .beAssignableTo(View.class)
                    .andShould(haveAViewModelBeside())
                    .because(
                            "every page builds the same way: create parts, lay them out, bind them to its view model");

    private static ArchCondition<JavaClass> haveAViewModelBeside() {
        return new ArchCondition<>("have a view model beside them (XxxViewModel)") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                String base = view.getName();
                boolean found = view.getSource().isPresent() && classExists(base + "Model");
                events.add(
                        new SimpleConditionEvent(
                                view,
                                found,
                                view.getName()
                                        + (found ? " has " : " has no ")
                                        + view.getSimpleName()
                                        + "Model"));
            }
        };
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name, false, ArchitectureTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Test
    void theViewRuleReachesThePartsPagesAreMadeOfAndNotTheirModels() {
        JavaClasses app =
                new ClassFileImporter()
                        .importPackages(
                                "grayarea.ui.couple",
                                "grayarea.ui.therapist",
                                "grayarea.ui.result");
        Assertions.assertThat(
                        app.stream().filter(VIEWS_AND_THEIR_PARTS).map(JavaClass::getSimpleName))
                .contains("ComparisonView", "PartnerPin", "CoupleParts", "FieldViews", "ResultView")
                .doesNotContain("ComparisonViewModel", "ResultViewModel", "SealingKeyBoxModel");
    }
}
