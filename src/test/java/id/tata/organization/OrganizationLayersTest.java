package id.tata.organization;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The house rules of ARCHITECTURE.md, for the organization feature and the importing package. */
class OrganizationLayersTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.tata.organization", "id.tata.importing");

    @Test
    void domainNeedsOnlyTheJdkAndTataErrors() {
        classes().that().resideInAPackage("id.tata.organization.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "id.tata.organization.domain..",
                        "id.tata.common.error..", "id.tata.common.l10n..")
                .check(CLASSES);
    }

    @Test
    void onlyPersistenceTouchesJooqAndTheSchema() {
        noClasses().that().resideOutsideOfPackage("id.tata.organization.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "id.tata.workspace.schema..")
                .check(CLASSES);
    }

    @Test
    void importingIsGenericAndPoiStaysThere() {
        noClasses().that().resideInAPackage("id.tata.importing..")
                .should().dependOnClassesThat().resideInAPackage("id.tata.organization..").check(CLASSES);
        noClasses().that().resideInAPackage("id.tata.organization..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..").check(CLASSES);
        noClasses().that().resideOutsideOfPackage("id.tata.organization.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..").check(CLASSES);
    }
}
