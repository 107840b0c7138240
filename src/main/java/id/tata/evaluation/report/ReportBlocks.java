package id.tata.evaluation.report;

import id.tata.documents.model.Align;
import id.tata.documents.model.Block;
import id.tata.documents.model.CellValue;
import id.tata.documents.model.Column;
import id.tata.documents.model.Paragraph;
import id.tata.documents.model.ParagraphSpacing;
import id.tata.documents.model.Run;
import id.tata.documents.model.RunStyle;
import id.tata.documents.model.Table;
import id.tata.documents.model.TableCell;
import id.tata.documents.model.TableRow;
import id.tata.evaluation.domain.Aspect;
import id.tata.evaluation.domain.AspectScore;
import id.tata.evaluation.domain.Domain;
import id.tata.evaluation.domain.DomainScore;
import id.tata.evaluation.domain.Score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Blocks the Laporan and the Berita Acara share: the title lines, the scope note, the domain and aspect table. */
final class ReportBlocks {
    static final String DOMAIN_SHADE = "EDEDED";

    private ReportBlocks() {
    }

    /** Centred bold title lines, the last one followed by some space. */
    static List<Block> title(String... lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Paragraph p = Paragraph.heading(i == 0 ? 1 : 2, lines[i].toUpperCase(Locale.forLanguageTag("id-ID")));
            blocks.add(i == lines.length - 1 ? p.spaced(ParagraphSpacing.after(12)) : p);
        }
        return blocks;
    }

    /** A left-aligned section heading ("A. Ringkasan"), kept with what follows. */
    static Paragraph heading(String text) {
        return Paragraph.heading(2, text).aligned(Align.LEFT).spaced(ParagraphSpacing.around(12, 6));
    }

    /**
     * What the figures rest on, said where the reader sees it: with every answer counted, that unapproved answers
     * are in; with approved answers only, how many levels wait for approval. Empty when every level is approved.
     */
    static Optional<Paragraph> scopeNote(ReportSource source) {
        long waiting = source.unapprovedWithLevel();
        if (source.includeUnapproved() && waiting > 0) {
            return Optional.of(note("Catatan: laporan ini memuat semua jawaban, termasuk " + waiting
                    + " jawaban yang belum disetujui supervisor. Indeks di dalamnya bersifat sementara."));
        }
        if (source.includeUnapproved()) {
            return Optional.of(note("Catatan: laporan ini disusun atas permintaan memuat semua jawaban; saat ini "
                    + "semua jawaban yang bernilai telah disetujui."));
        }
        if (waiting > 0) {
            return Optional.of(note("Catatan: indeks dihitung hanya dari jawaban yang telah disetujui. " + waiting
                    + " jawaban bernilai belum disetujui dan dihitung sebagai belum dinilai."));
        }
        return Optional.empty();
    }

    private static Paragraph note(String text) {
        return new Paragraph(List.of(Run.styled(text, RunStyle.BOLD, RunStyle.ITALIC)), Align.JUSTIFY, 0,
                ParagraphSpacing.around(6, 6), false);
    }

    /**
     * No | Domain / Aspek | Bobot (%) | Indeks mandiri [| Indeks verifikasi]: each domain in a shaded row followed by
     * its aspects; an instrument without domains lists the aspects only.
     */
    static Table domainTable(ReportSource source, Score self, Score verified) {
        boolean withVerified = verified != null;
        String what = scope(source);
        List<Column> columns = new ArrayList<>(List.of(Column.of(1.2, Align.CENTER), Column.of(8),
                Column.of(2, Align.CENTER), Column.of(2.3, Align.CENTER)));
        List<TableCell> head = new ArrayList<>(List.of(TableCell.header("No"), TableCell.header(what),
                TableCell.header("Bobot (%)"), TableCell.header("Indeks mandiri")));
        if (withVerified) {
            columns.add(Column.of(2.3, Align.CENTER));
            head.add(TableCell.header("Indeks verifikasi"));
        }
        List<TableRow> body = new ArrayList<>();
        if (source.instrument().domains().isEmpty()) {
            source.instrument().aspects().forEach(a -> body.add(aspectRow(a, self, verified)));
        }
        for (Domain domain : source.instrument().domains()) {
            body.add(domainRow(domain, self, verified));
            source.instrument().aspectsOf(domain).forEach(a -> body.add(aspectRow(a, self, verified)));
        }
        List<TableCell> total = new ArrayList<>(List.of(TableCell.of("Indeks " + source.instrument().code())
                        .spanning(2, 1).bolded().aligned(Align.RIGHT), TableCell.of(number(BigDecimal.valueOf(100))),
                TableCell.of(number(self.shown())).bolded()));
        if (withVerified) {
            total.add(TableCell.of(number(verified.shown())).bolded());
        }
        body.add(new TableRow(total));
        return Table.of("Indeks per " + what.replace(" / ", " dan "), columns, List.of(new TableRow(head)), body);
    }

    /** "Domain / Aspek", or "Aspek" for an instrument without domains (PEMDI). */
    static String scope(ReportSource source) {
        return source.instrument().domains().isEmpty() ? "Aspek" : "Domain / Aspek";
    }

    private static TableRow domainRow(Domain domain, Score self, Score verified) {
        List<TableCell> cells = new ArrayList<>(List.of(
                TableCell.of(String.valueOf(domain.no())).bolded().shaded(DOMAIN_SHADE),
                TableCell.of("Domain " + domain.name()).bolded().shaded(DOMAIN_SHADE),
                TableCell.of(number(domain.weight())).bolded().shaded(DOMAIN_SHADE),
                TableCell.of(number(self.domain(domain.no()).map(DomainScore::shown).orElse(BigDecimal.ZERO)))
                        .bolded().shaded(DOMAIN_SHADE)));
        if (verified != null) {
            cells.add(TableCell.of(number(verified.domain(domain.no()).map(DomainScore::shown)
                    .orElse(BigDecimal.ZERO))).bolded().shaded(DOMAIN_SHADE));
        }
        return new TableRow(cells);
    }

    private static TableRow aspectRow(Aspect aspect, Score self, Score verified) {
        List<TableCell> cells = new ArrayList<>(List.of(
                TableCell.of(String.valueOf(aspect.no())),
                TableCell.of("Aspek " + aspect.name()),
                TableCell.of(number(aspect.weight())),
                TableCell.of(number(self.aspect(aspect.no()).map(AspectScore::shown).orElse(BigDecimal.ZERO)))));
        if (verified != null) {
            cells.add(TableCell.of(number(verified.aspect(aspect.no()).map(AspectScore::shown)
                    .orElse(BigDecimal.ZERO))));
        }
        return new TableRow(cells);
    }

    /** A weight or index printed with two decimals ("13,00"); typed, so the xlsx gets a number. */
    static CellValue number(BigDecimal value) {
        return CellValue.number(value, 2);
    }

    /** The chart's bars: domains, or aspects when the instrument has none. */
    static List<DomainChart.Bar> bars(ReportSource source, Score self, Score verified) {
        if (source.instrument().domains().isEmpty()) {
            return source.instrument().aspects().stream().map(a -> new DomainChart.Bar(a.name(),
                    self.aspect(a.no()).map(AspectScore::shown).orElse(BigDecimal.ZERO),
                    verified == null ? null : verified.aspect(a.no()).map(AspectScore::shown)
                            .orElse(BigDecimal.ZERO))).toList();
        }
        return source.instrument().domains().stream().map(d -> new DomainChart.Bar(d.name(),
                self.domain(d.no()).map(DomainScore::shown).orElse(BigDecimal.ZERO),
                verified == null ? null : verified.domain(d.no()).map(DomainScore::shown)
                        .orElse(BigDecimal.ZERO))).toList();
    }
}
