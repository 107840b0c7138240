package id.tata.importing;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Architecture-rule fixture: the importer may read workbooks with POI. */
public class ArchFixtureImporter {
    public XSSFWorkbook workbook() {
        return new XSSFWorkbook();
    }
}
