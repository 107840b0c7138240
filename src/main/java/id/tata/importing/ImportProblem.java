package id.tata.importing;

import id.tata.common.l10n.I18n;

import java.util.List;

/**
 * Something wrong with one cell (or with a column, then on row 1, the header row): where the user finds it in the
 * spreadsheet and why, as a message key so it is shown in the user's language.
 */
public record ImportProblem(int row, String column, String messageKey, List<Object> args) {
    public ImportProblem {
        args = List.copyOf(args);
    }

    public static ImportProblem of(int row, String column, String messageKey, Object... args) {
        return new ImportProblem(row, column, messageKey, List.of(args));
    }

    /** Only the reason, e.g. "NIP 1980… harus 18 angka." */
    public String reason(I18n i18n) {
        return i18n.text(messageKey, args.toArray());
    }

    /** The whole line: "Baris 5, kolom NIP: …". */
    public String message(I18n i18n) {
        return i18n.text("import.problem", String.valueOf(row), column, reason(i18n));
    }
}
