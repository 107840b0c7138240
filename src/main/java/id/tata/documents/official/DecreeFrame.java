package id.tata.documents.official;

import id.tata.documents.model.ImageBlock;
import id.tata.documents.model.PageSetup;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What every decree of a workspace shares, taken from its settings and the "Buat dokumen" choices: the issuing office,
 * number and date (null = left blank), place, signer, emblem and page. A document type adds its own content with
 * {@link #decree}.
 */
public record DecreeFrame(String issuerOffice, String issuerTitle, String province, String number, LocalDate date, String placeOfIssue,
                          DecreeSigner signer, ImageBlock emblem, PageSetup page) {
    public DecreeFrame {
        Objects.requireNonNull(issuerOffice, "issuerOffice");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(page, "page");
    }

    public Decree decree(String subject, List<String> considerations, List<String> legalBases,
                         List<Decree.Diktum> diktums, List<String> copiesTo, List<Decree.Annex> annexes) {
        return new Decree(issuerOffice, issuerTitle, province, number, date, placeOfIssue, subject, considerations, legalBases,
                diktums, signer, copiesTo, annexes, emblem, page);
    }

    public DecreeFrame withNumber(String changedNumber, LocalDate changedDate) {
        return new DecreeFrame(issuerOffice, issuerTitle, province, changedNumber, changedDate, placeOfIssue, signer, emblem, page);
    }
}
