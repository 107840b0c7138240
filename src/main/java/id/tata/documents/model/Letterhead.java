package id.tata.documents.model;

import java.util.List;
import java.util.Objects;

/**
 * The kop. {@link Layout#EMBLEM_ABOVE}: the emblem centred above the centred lines (naskah dinas jabatan of the region
 * head: Garuda + "WALI KOTA XXX"). {@link Layout#LOGO_LEFT}: the logo left of the centred lines (agency documents:
 * "PEMERINTAH KOTA XXX", agency name, address). {@code image} may be null when the workspace has none.
 */
public record Letterhead(ImageBlock image, Layout layout, List<Paragraph> lines, Rule closingRule) implements Block {
    public Letterhead {
        Objects.requireNonNull(layout, "layout");
        lines = List.copyOf(lines);
    }

    public enum Layout { EMBLEM_ABOVE, LOGO_LEFT }
}
