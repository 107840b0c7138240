package id.tata;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static id.tata.ArchitectureConditions.FEATURES;
import static id.tata.ArchitectureConditions.exempt;
import static id.tata.ArchitectureConditions.inPackageContaining;
import static id.tata.ArchitectureConditions.notExempt;
import static id.tata.ArchitectureConditions.onlyDependOnJdkCommonAndOwnDomain;
import static id.tata.ArchitectureConditions.notReachOtherFeaturesPersistenceOrUi;
import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;

/**
 * The rules of the house (docs: ARCHITECTURE.md, "Rules of the house"), checked on the production classes.
 * A class that must break a rule says so with {@code @ArchitectureException(reason = "...")}; nothing is excluded
 * silently. Every rule allows an empty selection, because most packages it speaks of do not exist yet.
 */
@AnalyzeClasses(packages = "id.tata", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    // 1. domain: the JDK, our error and l10n types, and the feature's own domain
    @ArchTest
    static final ArchRule DOMAIN_IS_PLAIN_JAVA = classes().that(notExempt()).and().resideInAPackage("..domain..")
            .should(onlyDependOnJdkCommonAndOwnDomain())
            .allowEmptyShould(true);

    // 2. ui -> service -> persistence -> domain, never upward
    @ArchTest
    static final ArchRule SERVICE_NOT_ON_UI = noClasses().that(notExempt()).and().resideInAPackage("..service..")
            .should().dependOnClassesThat().resideInAPackage("..ui..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule PERSISTENCE_NOT_ON_SERVICE_OR_UI = noClasses().that(notExempt())
            .and().resideInAPackage("..persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("..service..", "..ui..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule DOMAIN_NOT_ON_UPPER_LAYERS = noClasses().that(notExempt())
            .and().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "..service..", "..ui..")
            .allowEmptyShould(true);

    /** Composers turn domain records into the document IR; they must not fetch data or touch the screen. */
    @ArchTest
    static final ArchRule REPORT_NOT_ON_PERSISTENCE_SERVICE_OR_UI = noClasses().that(notExempt())
            .and().resideInAPackage("..report..")
            .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "..service..", "..ui..")
            .allowEmptyShould(true);

    // 3. SQL stays in repositories and the workspace core
    @ArchTest
    static final ArchRule JOOQ_ONLY_IN_PERSISTENCE = noClasses().that(notExempt())
            .and().resideOutsideOfPackages("..persistence..", "id.tata.workspace..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "id.tata.workspace.schema..")
            .allowEmptyShould(true);

    // 4. JavaFX scene graph only where there is a screen; no JavaFX at all in headless code
    @ArchTest
    static final ArchRule SCENE_GRAPH_ONLY_IN_UI = noClasses().that(notExempt())
            .and().resideOutsideOfPackages("..ui..", "id.tata.shell..", "id.tata.common.ui..", "id.tata.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule HEADLESS_CODE_WITHOUT_JAVAFX = noClasses().that(notExempt())
            .and().resideInAnyPackage("..domain..", "..service..", "..persistence..", "..report..",
                    "id.tata.documents..", "id.tata.catalog..", "id.tata.importing..", "id.tata.cli..",
                    "id.tata.workspace..",
                    "id.tata.common.task..", "id.tata.common.undo..", "id.tata.common.l10n..",
                    "id.tata.common.error..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .allowEmptyShould(true);

    /** ViewModels hold state and commands; nodes belong to the View, so ViewModels stay testable without a stage. */
    @ArchTest
    static final ArchRule VIEW_MODELS_WITHOUT_SCENE_GRAPH = noClasses().that(notExempt())
            .and().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
            .allowEmptyShould(true);

    // 5. office and PDF libraries only behind the renderers and the importer
    @ArchTest
    static final ArchRule POI_ONLY_IN_RENDERERS_AND_IMPORT = noClasses().that(notExempt())
            .and().resideOutsideOfPackages("id.tata.documents.render.docx..", "id.tata.documents.render.xlsx..",
                    "id.tata.importing..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats.schemas..")
            .allowEmptyShould(true);

    /** Exports go through the document IR and its renderers, so every export reads the same in docx, pdf, xlsx. */
    @ArchTest
    static final ArchRule NO_POI_IN_EXPORT = noClasses().that(notExempt()).and(inPackageContaining(".export"))
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats.schemas..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule OPENPDF_ONLY_IN_PDF_RENDERER = noClasses().that(notExempt())
            .and().resideOutsideOfPackage("id.tata.documents.render.pdf..")
            .should().dependOnClassesThat().resideInAnyPackage("com.lowagie..", "org.openpdf..")
            .allowEmptyShould(true);

    // 6. features talk to each other through services only
    @ArchTest
    static final ArchRule FEATURES_MEET_ONLY_THROUGH_SERVICES = classes().that(notExempt())
            .and().resideInAnyPackage(FEATURES.stream().map(f -> "id.tata." + f + "..").toArray(String[]::new))
            .should(notReachOtherFeaturesPersistenceOrUi())
            .allowEmptyShould(true);

    // 7. no cycles between top-level slices; no console output or JUL outside the CLI and the launcher
    @ArchTest
    static final ArchRule NO_CYCLES_BETWEEN_TOP_LEVEL_SLICES = slices().matching("id.tata.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(exempt(), alwaysTrue())
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule NO_STANDARD_STREAMS = noClasses().that(notExempt())
            .and().resideOutsideOfPackages("id.tata.cli..", "id.tata.app..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("logs go through SLF4J and only the CLI talks to the console")
            .allowEmptyShould(true);

    /** Stricter than ArchUnit's USE_JAVA_UTIL_LOGGING, which only sees Logger fields, not a call in passing. */
    @ArchTest
    static final ArchRule NO_JAVA_UTIL_LOGGING = noClasses().that(notExempt())
            .and().resideOutsideOfPackage("id.tata.app..")
            .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
            .because("logs go through SLF4J; only the launcher may bridge JUL to it")
            .allowEmptyShould(true);
}
