package id.tata.documents.official;

import id.tata.documents.model.Align;
import id.tata.documents.model.ImageBlock;
import id.tata.documents.model.Letterhead;
import id.tata.documents.model.Paragraph;
import id.tata.documents.model.ParagraphSpacing;
import id.tata.documents.model.Rule;
import id.tata.documents.model.Run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The kop of the two kinds of naskah dinas (SPBE-BRIEF §5.2). */
public final class Letterheads {
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    /** Kop lines print larger than the text: the office 14 pt, an agency's name 16 pt, its address 10 pt. */
    static final double KOP_PT = 14;
    static final double AGENCY_PT = 16;
    static final double ADDRESS_PT = 10;

    private Letterheads() {
    }

    /** Naskah dinas jabatan of the region head: emblem centred above "WALI KOTA CONTOH" (no rule under it). */
    public static Letterhead regionHead(ImageBlock emblem, String regionHeadOffice) {
        Paragraph office = Paragraph.heading(1, upper(regionHeadOffice)).spaced(ParagraphSpacing.after(12))
                .sized(KOP_PT);
        return new Letterhead(emblem, Letterhead.Layout.EMBLEM_ABOVE, List.of(office), null);
    }

    /**
     * An agency's kop: logo left; "PEMERINTAH KOTA CONTOH", the agency name in bold, the address line (address,
     * telephone, e-mail, website, postal code when known); a double closing rule.
     */
    public static Letterhead agency(ImageBlock logo, String governmentName, String agencyName, String addressLine) {
        List<Paragraph> lines = new ArrayList<>();
        lines.add(Paragraph.of(Run.plain("PEMERINTAH " + upper(governmentName))).aligned(Align.CENTER).sized(KOP_PT));
        lines.add(Paragraph.of(Run.bold(upper(agencyName))).aligned(Align.CENTER).sized(AGENCY_PT));
        if (addressLine != null && !addressLine.isBlank()) {
            lines.add(Paragraph.of(Run.plain(addressLine.strip())).aligned(Align.CENTER).sized(ADDRESS_PT));
        }
        return new Letterhead(logo, Letterhead.Layout.LOGO_LEFT, lines, new Rule(1.5, true));
    }

    /** "Jl. Pemuda No. 1, Kota Contoh 50132, Telepon (024) 7654321, Pos-el x@y, Laman z" with the parts known. */
    public static String addressLine(String address, String postalCode, String phone, String email, String website) {
        List<String> parts = new ArrayList<>();
        String first = join(address, postalCode);
        if (!first.isEmpty()) {
            parts.add(first);
        }
        add(parts, "Telepon ", phone);
        add(parts, "Pos-el ", email);
        add(parts, "Laman ", website);
        return String.join(", ", parts);
    }

    static String upper(String text) {
        return text.strip().toUpperCase(INDONESIAN);
    }

    private static String join(String address, String postalCode) {
        String a = address == null ? "" : address.strip();
        String p = postalCode == null ? "" : postalCode.strip();
        return (a + " " + p).strip();
    }

    private static void add(List<String> parts, String label, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(label + value.strip());
        }
    }
}
