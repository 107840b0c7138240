package id.tata.raci.service;

import id.tata.raci.ui.ArchFixtureRaciView;
import id.tata.risk.persistence.ArchFixtureRiskRepository;

/** Architecture-rule fixture: a service that breaks almost every rule at once. */
public class ArchFixtureRaciService {
    public Object breakRules(org.jooq.DSLContext dsl) {
        System.out.println("console output");
        java.util.logging.Logger.getLogger("x").info("JUL");
        return new Object[] {new ArchFixtureRiskRepository(), new ArchFixtureRaciView(),
            new javafx.scene.control.Label(), new org.apache.poi.xssf.usermodel.XSSFWorkbook(),
            new com.lowagie.text.Document(), dsl};
    }
}
