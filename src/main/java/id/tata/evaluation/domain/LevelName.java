package id.tata.evaluation.domain;

/** A maturity level's name on a scale: 3 → "Terdefinisi" (process) or "Transaksi" (technical). */
public record LevelName(int level, String name) {
}
