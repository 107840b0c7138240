package id.tata.catalog;

import id.tata.documents.render.DocumentRenderer;
import id.tata.documents.service.DocumentCatalog;
import id.tata.documents.service.DocumentService;
import id.tata.documents.service.DocumentType;

import id.tata.documents.render.docx.DocxRenderer;
import id.tata.documents.render.pdf.PdfRenderer;
import id.tata.documents.render.xlsx.XlsxRenderer;
import id.tata.organization.service.AgencyListType;
import id.tata.organization.service.AgencyService;
import id.tata.organization.service.TeamDecreeType;
import id.tata.organization.service.TeamService;
import id.tata.raci.service.RaciDecreeType;
import id.tata.raci.service.RaciMatrixType;
import id.tata.raci.service.RaciService;

import java.time.Clock;
import java.util.List;

/**
 * The document types and renderers of a standard Tata, assembled in one place so the GUI and the CLI offer the same.
 * (A top-level package of its own: it knows the features, and the features depend on documents — keeping it in
 * documents would make a package cycle.)
 */
public final class StandardDocuments {
    private StandardDocuments() {
    }

    public static List<DocumentType> types() {
        TeamService teams = new TeamService();
        RaciService matrices = new RaciService();
        return List.of(TeamDecreeType.coordination(teams), TeamDecreeType.internalAssessor(teams),
                new AgencyListType(new AgencyService()), new RaciDecreeType(teams, matrices),
                new RaciMatrixType(matrices));
    }

    public static List<DocumentRenderer> renderers() {
        return List.of(new DocxRenderer(), new PdfRenderer(), new XlsxRenderer());
    }

    public static DocumentCatalog catalog() {
        return new DocumentCatalog(types());
    }

    public static DocumentService service(Clock clock) {
        return new DocumentService(new DocumentCatalog(types()), renderers(), clock);
    }
}
