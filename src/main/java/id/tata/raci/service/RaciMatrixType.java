package id.tata.raci.service;

import id.tata.documents.model.Document;
import id.tata.documents.render.DocumentFormat;
import id.tata.documents.service.ComposeContext;
import id.tata.documents.service.DocumentChoice;
import id.tata.documents.service.DocumentType;
import id.tata.raci.domain.RaciCheck;
import id.tata.raci.report.RaciWorkbook;
import id.tata.workspace.Session;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "matriks-raci": one matrix on its own, as the export workbook lays it out — the matrix with coloured letters on
 * landscape pages, the legend, the warnings — in xlsx, docx or pdf, registered like every issued document. Option
 * "matrix" picks it (the first matrix without it).
 */
public final class RaciMatrixType implements DocumentType {
    public static final String SHORT_NAME = "matriks-raci";
    private final RaciMatrixChoice matrices;

    public RaciMatrixType(RaciService matrices) {
        this.matrices = new RaciMatrixChoice(matrices);
    }

    @Override
    public String shortName() {
        return SHORT_NAME;
    }

    @Override
    public String titleKey() {
        return "document.type.raciMatrix";
    }

    @Override
    public Set<DocumentFormat> formats() {
        return EnumSet.of(DocumentFormat.XLSX, DocumentFormat.DOCX, DocumentFormat.PDF);
    }

    @Override
    public Set<DocumentFormat> defaultFormats() {
        return EnumSet.of(DocumentFormat.XLSX, DocumentFormat.PDF);
    }

    @Override
    public Optional<String> numberType() {
        return Optional.empty();
    }

    @Override
    public List<DocumentChoice> choices(Session session) {
        return List.of(matrices.choice(session));
    }

    @Override
    public String title(Session session, ComposeContext context) {
        return matrices.chosen(session, context).title();
    }

    @Override
    public Document compose(Session session, ComposeContext context) {
        return RaciWorkbook.compose(matrices.chosen(session, context), RaciCheck.DEFAULT_OVERLOAD);
    }
}
