package id.tata.raci.service;

import id.tata.common.ArchitectureException;
import id.tata.raci.ui.ArchFixtureRaciView;
import id.tata.risk.persistence.ArchFixtureRiskRepository;

/** Architecture-rule fixture: the same sins as ArchFixtureRaciService, but declared. */
@ArchitectureException(reason = "fixture proving that the escape hatch is honoured")
public class ArchFixtureExemptService {
    public Object breakRules(org.jooq.DSLContext dsl) {
        System.out.println("console output");
        return new Object[] {new ArchFixtureRiskRepository(), new ArchFixtureRaciView(),
            new javafx.scene.control.Label(), new org.apache.poi.xssf.usermodel.XSSFWorkbook(),
            new com.lowagie.text.Document(), dsl, new Nested()};
    }

    /** Nested classes share their owner's exemption. */
    public static class Nested {
        public Object more() {
            return new ArchFixtureRiskRepository();
        }
    }
}
