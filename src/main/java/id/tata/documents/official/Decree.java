package id.tata.documents.official;

import id.tata.documents.model.Block;
import id.tata.documents.model.ImageBlock;
import id.tata.documents.model.PageSetup;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything a Keputusan Kepala Daerah says, as data. {@code number} and {@code date} may be null: the decree then
 * prints "……" for the Bagian Hukum to fill. {@code issuerOffice} is the region head's office as printed in the kop
 * and title ("Wali Kota Contoh"), {@code issuerTitle} the office without the region ("Wali Kota", for "Menetapkan :
 * KEPUTUSAN WALI KOTA TENTANG …"); {@code subject} is what comes after TENTANG ("Tim Koordinasi … Tahun 2026").
 */
public record Decree(String issuerOffice, String issuerTitle, String province, String number, LocalDate date, String placeOfIssue,
                     String subject, List<String> considerations, List<String> legalBases, List<Diktum> diktums,
                     DecreeSigner signer, List<String> copiesTo, List<Annex> annexes, ImageBlock emblem,
                     PageSetup page) {
    public Decree {
        issuerOffice = required(issuerOffice, "issuerOffice");
        issuerTitle = required(issuerTitle, "issuerTitle");
        province = province == null ? "" : province.strip();
        number = blankToNull(number);
        placeOfIssue = required(placeOfIssue, "placeOfIssue");
        subject = required(subject, "subject");
        considerations = List.copyOf(considerations);
        legalBases = List.copyOf(legalBases);
        diktums = List.copyOf(diktums);
        Objects.requireNonNull(signer, "signer");
        copiesTo = List.copyOf(copiesTo);
        annexes = List.copyOf(annexes);
        Objects.requireNonNull(page, "page");
        if (considerations.isEmpty() || legalBases.isEmpty() || diktums.isEmpty()) {
            throw new IllegalArgumentException("a decree has Menimbang, Mengingat and at least one diktum");
        }
    }

    /** One diktum: its text and, optionally, blocks that follow it (a list of tasks). */
    public record Diktum(String text, List<Block> more) {
        public Diktum {
            text = required(text, "diktum text");
            more = List.copyOf(more);
        }

        public static Diktum of(String text) {
            return new Diktum(text, List.of());
        }
    }

    /** A Lampiran: its title (printed in capitals), body, and whether its pages are landscape. */
    public record Annex(String title, List<Block> body, boolean landscape) {
        public Annex {
            title = required(title, "annex title");
            body = List.copyOf(body);
        }
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
