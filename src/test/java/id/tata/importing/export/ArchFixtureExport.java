package id.tata.importing.export;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Architecture-rule fixture: an export package using POI directly instead of the renderers. */
public class ArchFixtureExport {
    public XSSFWorkbook workbook() {
        return new XSSFWorkbook();
    }
}
