package id.tata.organization.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.documents.model.Document;
import id.tata.documents.model.Letterhead;
import id.tata.documents.official.Letterheads;
import id.tata.documents.render.DocumentFormat;
import id.tata.documents.service.ComposeContext;
import id.tata.documents.service.DocumentType;
import id.tata.organization.domain.Agency;
import id.tata.organization.report.AgencyListData;
import id.tata.organization.report.AgencyListDocument;
import id.tata.workspace.Session;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
        List<Agency> all = agencies.list(session);
        Letterhead kop = issuer(all, context.option("agency"))
                .map(a -> Letterheads.agency(context.logo(), context.governmentName(), a.name(),
                        Letterheads.addressLine(a.address(), null, null, null, null)
                                + (context.contactLine().isEmpty() ? "" : ", " + context.contactLine())))
                .orElse(null);
        // lists are reports: A4 whatever the decree paper is (Perbup Aceh Tengah 16/2024: A4 for laporan)
        return AgencyListDocument.compose(AgencyListData.of("Pemerintah " + context.governmentName(),
                context.asOf(), all), kop);
    }

    /**
     * The agency whose kop heads the list: option "agency" = its code; otherwise the Dinas Komunikasi dan Informatika,
     * which keeps the list (Tata's users are Diskominfo). No kop when neither exists.
     */
    static Optional<Agency> issuer(List<Agency> all, String code) {
        if (code != null) {
            return Optional.of(all.stream().filter(a -> a.code().equalsIgnoreCase(code.strip())).findFirst()
                    .orElseThrow(() -> new TataException(ErrorKind.NOT_FOUND, "document.error.agencyOption", code)));
        }
        return all.stream().filter(a -> a.parentId() == null
                && a.name().toLowerCase(Locale.ROOT).contains("komunikasi dan informatika")).findFirst();
    }
}
