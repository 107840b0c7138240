package id.tata.raci.domain;

import java.util.List;

/**
 * The four letters with the meanings the Pekalongan regulation (Perwal 26/2021, Lampiran II, "Keterangan") gives
 * them, word for word.
 */
public final class StandardLetters {
    public static final List<RaciLetter> RACI = List.of(
            new RaciLetter("R", "Responsible", "Menyelesaikan tugas"),
            new RaciLetter("A", "Accountable", "Mendelegasikan tugas dan melakukan supervisi"),
            new RaciLetter("C", "Consulted", "Memberikan pendapat atau masukan terkait penyelesaian tugas"),
            new RaciLetter("I", "Informed",
                    "Tidak aktif dalam pelaksanaan tugas, namun seharusnya mendapatkan informasi atau laporan"));

    private StandardLetters() {
    }
}
