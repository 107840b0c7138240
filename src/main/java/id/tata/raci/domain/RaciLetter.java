package id.tata.raci.domain;

import java.util.Objects;

/**
 * A letter a matrix may use and what it means, worded as the regulation words it: R — "Menyelesaikan tugas", A —
 * "Mendelegasikan tugas dan melakukan supervisi" … Regions add variants (S for Support, V for Verify); each matrix
 * carries its own list.
 */
public record RaciLetter(String code, String name, String meaning) {
    public RaciLetter {
        Objects.requireNonNull(code, "code");
        code = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z]")) {
            throw new IllegalArgumentException("a RACI letter is one letter A–Z: " + code);
        }
        name = name == null ? "" : name.strip();
        meaning = meaning == null ? "" : meaning.strip();
    }
}
