package id.tata.organization.service;

import id.tata.documents.model.Document;
import id.tata.documents.render.DocumentFormat;
import id.tata.documents.service.ComposeContext;
import id.tata.documents.service.DocumentType;
import id.tata.organization.report.AgencyListData;
import id.tata.organization.report.AgencyListDocument;
import id.tata.workspace.Session;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** "daftar-perangkat-daerah": the list of Perangkat Daerah as of the document date (xlsx and pdf; docx too). */
public final class AgencyListType implements DocumentType {
    private final AgencyService agencies;

    public AgencyListType(AgencyService agencies) {
        this.agencies = agencies;
    }

    @Override
    public String shortName() {
        return "daftar-perangkat-daerah";
    }

    @Override
    public String titleKey() {
        return "document.type.agencyList";
    }

    @Override
    public Set<DocumentFormat> formats() {
        return EnumSet.allOf(DocumentFormat.class);
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
    public String title(Session session, ComposeContext context) {
        return AgencyListDocument.TITLE + " Pemerintah " + context.governmentName();
    }

    @Override
    public Document compose(Session session, ComposeContext context) {
        // lists are reports: A4 whatever the decree paper is (Perbup Aceh Tengah 16/2024: A4 for laporan)
        return AgencyListDocument.compose(AgencyListData.of("Pemerintah " + context.governmentName(),
                context.asOf(), agencies.list(session)));
    }
}
