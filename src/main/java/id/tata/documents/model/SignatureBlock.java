package id.tata.documents.model;

import java.util.List;
import java.util.Objects;

/**
 * The signature block, set in the right part of the page (from {@code leftFraction} of the text width):
 * place-and-date lines ("Ditetapkan di …", "pada tanggal …"), office lines ("a.n. WALI KOTA …", "Sekretaris
 * Daerah,"), room to sign, the name, and lines after the name (pangkat, NIP). The whole block stays on one page.
 */
public record SignatureBlock(List<String> placeAndDate, List<String> office, double signatureSpaceMm, String name,
                             boolean nameBold, boolean nameUnderlined, List<String> afterName, double leftFraction)
        implements Block {
    public SignatureBlock {
        placeAndDate = List.copyOf(placeAndDate);
        office = List.copyOf(office);
        Objects.requireNonNull(name, "name");
        afterName = List.copyOf(afterName);
        if (signatureSpaceMm < 0 || signatureSpaceMm > 80) {
            throw new IllegalArgumentException("signature space 0..80 mm");
        }
        if (leftFraction < 0 || leftFraction > 0.8) {
            throw new IllegalArgumentException("signature block starts within the left 80% of the text width");
        }
    }
}
