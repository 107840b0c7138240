package id.tata.organization.domain;

import java.util.List;

/**
 * The pangkat/golongan of civil servants (PNS), lowest first, written as official documents and the sample write
 * them. Offered as choices only: a person's rank stays free text, because PPPK staff and older records use others.
 */
public final class Ranks {
    public static final List<String> CIVIL_SERVANT = List.of(
            "Juru Muda (I/a)",
            "Juru Muda Tingkat I (I/b)",
            "Juru (I/c)",
            "Juru Tingkat I (I/d)",
            "Pengatur Muda (II/a)",
            "Pengatur Muda Tingkat I (II/b)",
            "Pengatur (II/c)",
            "Pengatur Tingkat I (II/d)",
            "Penata Muda (III/a)",
            "Penata Muda Tingkat I (III/b)",
            "Penata (III/c)",
            "Penata Tingkat I (III/d)",
            "Pembina (IV/a)",
            "Pembina Tingkat I (IV/b)",
            "Pembina Utama Muda (IV/c)",
            "Pembina Utama Madya (IV/d)",
            "Pembina Utama (IV/e)");

    private Ranks() {}
}
