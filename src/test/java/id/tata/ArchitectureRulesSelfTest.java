package id.tata;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import id.tata.archfixturea.ArchFixtureA;
import id.tata.archfixtureb.ArchFixtureB;
import id.tata.importing.ArchFixtureImporter;
import id.tata.importing.export.ArchFixtureExport;
import id.tata.raci.service.ArchFixtureExemptService;
import id.tata.raci.service.ArchFixtureRaciService;
import id.tata.raci.ui.ArchFixtureRaciView;
import id.tata.risk.domain.ArchFixtureRisk;
import id.tata.risk.persistence.ArchFixtureRiskRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proves the architecture rules bite: today most packages they guard are empty, so a rule that matched nothing
 * would pass {@link ArchitectureTest} forever. Runs each rule on small fixture classes (test sources only,
 * named ArchFixture*) that break it, and on a twin annotated with the escape hatch that must pass.
 */
class ArchitectureRulesSelfTest {
    private static final JavaClasses FIXTURES = new ClassFileImporter().importClasses(ArchFixtureRisk.class,
            ArchFixtureRiskRepository.class, ArchFixtureRaciService.class, ArchFixtureRaciView.class,
            ArchFixtureExemptService.class, ArchFixtureExemptService.Nested.class, ArchFixtureImporter.class,
            ArchFixtureExport.class, ArchFixtureA.class, ArchFixtureB.class);

    static Stream<Arguments> rulesAndTheirViolators() {
        return Stream.of(
                Arguments.of("domain plain", ArchitectureTest.DOMAIN_IS_PLAIN_JAVA, "ArchFixtureRisk"),
                Arguments.of("domain layering", ArchitectureTest.DOMAIN_NOT_ON_UPPER_LAYERS, "ArchFixtureRisk"),
                Arguments.of("service layering", ArchitectureTest.SERVICE_NOT_ON_UI, "ArchFixtureRaciService"),
                Arguments.of("jOOQ", ArchitectureTest.JOOQ_ONLY_IN_PERSISTENCE, "ArchFixtureRaciService"),
                Arguments.of("scene graph", ArchitectureTest.SCENE_GRAPH_ONLY_IN_UI, "ArchFixtureRaciService"),
                Arguments.of("headless", ArchitectureTest.HEADLESS_CODE_WITHOUT_JAVAFX, "ArchFixtureRaciService"),
                Arguments.of("POI", ArchitectureTest.POI_ONLY_IN_RENDERERS_AND_IMPORT, "ArchFixtureRaciService"),
                Arguments.of("POI in export", ArchitectureTest.NO_POI_IN_EXPORT, "ArchFixtureExport"),
                Arguments.of("OpenPDF", ArchitectureTest.OPENPDF_ONLY_IN_PDF_RENDERER, "ArchFixtureRaciService"),
                Arguments.of("features", ArchitectureTest.FEATURES_MEET_ONLY_THROUGH_SERVICES,
                        "ArchFixtureRaciService"),
                Arguments.of("cycles", ArchitectureTest.NO_CYCLES_BETWEEN_TOP_LEVEL_SLICES, "ArchFixtureA"),
                Arguments.of("console", ArchitectureTest.NO_STANDARD_STREAMS, "ArchFixtureRaciService"),
                Arguments.of("JUL", ArchitectureTest.NO_JAVA_UTIL_LOGGING, "ArchFixtureRaciService"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesAndTheirViolators")
    void ruleReportsTheViolatorButNotTheExemptTwin(String name, ArchRule rule, String violator) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        String report = String.join("\n", result.getFailureReport().getDetails());

        assertTrue(result.hasViolation(), name + " found nothing");
        assertTrue(report.contains(violator), () -> name + " did not name " + violator + ":\n" + report);
        assertFalse(report.contains("ArchFixtureExemptService"), () -> name + " ignored the exemption:\n" + report);
    }

    @Test
    void allowedUsesAreNotReported() {
        String poi = String.join("\n",
                ArchitectureTest.POI_ONLY_IN_RENDERERS_AND_IMPORT.evaluate(FIXTURES).getFailureReport().getDetails());
        assertFalse(poi.contains("ArchFixtureImporter"), "the importer may use POI");
        String jooq = String.join("\n",
                ArchitectureTest.JOOQ_ONLY_IN_PERSISTENCE.evaluate(FIXTURES).getFailureReport().getDetails());
        assertFalse(jooq.contains("ArchFixtureRiskRepository"), "repositories may use jOOQ");
        String scene = String.join("\n",
                ArchitectureTest.SCENE_GRAPH_ONLY_IN_UI.evaluate(FIXTURES).getFailureReport().getDetails());
        assertFalse(scene.contains("ArchFixtureRaciView"), "views may use the scene graph");
    }
}
