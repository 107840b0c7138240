package id.tata.evaluation.report;

import id.tata.common.l10n.I18n;
import id.tata.common.l10n.IndonesianFormat;
import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.AnswerStatus;
import id.tata.evaluation.domain.EvidenceRef;
import id.tata.evaluation.domain.Indicator;
import id.tata.evaluation.domain.Score;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/** The Indonesian words and number forms the assessment's outputs share (the documents are Indonesian always). */
final class ReportTexts {
    static final String SPBE = "Sistem Pemerintahan Berbasis Elektronik";
    private static final String[] DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    private static final int SHORT_HASH = 12;
    private static final int SHORT_NAME = 40;

    private ReportTexts() {
    }

    /** "2,85": the index as published, half-up to two decimals, with a decimal comma. */
    static String index(BigDecimal value) {
        return IndonesianFormat.number(value, 2);
    }

    /** "2,85 (Baik)", with "belum lengkap" when indicators are missing: an incomplete score is a lower bound. */
    static String indexWithPredicate(Score score) {
        return index(score.shown()) + " (" + score.predicate() + ")"
                + (score.complete() ? "" : ", belum lengkap: " + score.missing().size() + " indikator tanpa nilai");
    }

    static String status(AnswerStatus status) {
        return I18n.indonesian().text("evaluation.status." + status.name());
    }

    /** Why an indicator is not scored: no level yet, or a level that waits for approval. */
    static String missingReason(Answer answer) {
        if (answer.selfLevel() == null) {
            return "Belum diisi";
        }
        return "Nilai " + answer.selfLevel() + " berstatus " + status(answer.status()) + ", belum disetujui";
    }

    /** The first 12 hex digits of the SHA-256: enough to tell files apart on paper; the appendix has it whole. */
    static String shortHash(EvidenceRef evidence) {
        return evidence.sha256().substring(0, Math.min(SHORT_HASH, evidence.sha256().length()));
    }

    /** "12,3 KB" style sizes (Indonesian decimal comma). */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024L * 1024) {
            return IndonesianFormat.number(BigDecimal.valueOf(bytes / 1024.0), 1) + " KB";
        }
        return IndonesianFormat.number(BigDecimal.valueOf(bytes / (1024.0 * 1024)), 1) + " MB";
    }

    /** "I01": the indicator's folder prefix in the evidence pack, sorted right up to 99 indicators. */
    static String code(int no) {
        return String.format(Locale.ROOT, "I%02d", no);
    }

    /** The indicator's name cut at a word boundary near 40 characters, for folder names. */
    static String shortName(Indicator indicator) {
        String name = indicator.name().strip().replaceAll("\\s+", " ");
        if (name.length() <= SHORT_NAME) {
            return name;
        }
        int cut = name.lastIndexOf(' ', SHORT_NAME);
        return name.substring(0, cut > 10 ? cut : SHORT_NAME).strip();
    }

    /** "Rabu": the day name of a date, as a Berita Acara writes it. */
    static String dayName(LocalDate date) {
        return DAYS[date.getDayOfWeek().getValue() - 1];
    }

    /**
     * "Rabu tanggal dua puluh lima bulan November tahun dua ribu dua puluh enam (25-11-2026)": the date spelled out,
     * the way Berita Acara open.
     */
    static String spelledDate(LocalDate date) {
        return dayName(date) + " tanggal " + IndonesianFormat.terbilang(date.getDayOfMonth()) + " bulan "
                + IndonesianFormat.monthName(date.getMonthValue()) + " tahun "
                + IndonesianFormat.terbilang(date.getYear())
                + String.format(Locale.ROOT, " (%02d-%02d-%d)", date.getDayOfMonth(), date.getMonthValue(),
                date.getYear());
    }
}
