package id.tata.organization.domain;

import java.util.List;

/**
 * The eselon levels of structural jabatan, highest first, plus the two non-structural kinds users file jabatan under.
 * Offered as choices only: a position's echelon stays free text, since older records write it in other ways.
 */
public final class Echelons {
    public static final List<String> COMMON = List.of(
            "I.a", "I.b", "II.a", "II.b", "III.a", "III.b", "IV.a", "IV.b", "Fungsional", "Pelaksana");

    private Echelons() {}
}
