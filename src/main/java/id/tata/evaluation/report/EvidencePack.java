package id.tata.evaluation.report;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.documents.model.Align;
import id.tata.documents.model.CellValue;
import id.tata.documents.model.Column;
import id.tata.documents.model.Document;
import id.tata.documents.model.DocumentMeta;
import id.tata.documents.model.Orientation;
import id.tata.documents.model.PageNumbering;
import id.tata.documents.model.PageSetup;
import id.tata.documents.model.Paragraph;
import id.tata.documents.model.Section;
import id.tata.documents.model.Table;
import id.tata.documents.model.TableCell;
import id.tata.documents.model.TableRow;
import id.tata.documents.model.TextStyle;
import id.tata.documents.render.xlsx.XlsxRenderer;
import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.EvidenceRef;
import id.tata.evaluation.domain.Indicator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The evidence pack to upload to the national application: a zip with one folder per indicator ("I01 - Kebijakan
 * Internal Arsitektur SPBE/…"), the sheet "Daftar Bukti Dukung.xlsx" (indicator, file, size, SHA-256) and
 * "SHA256SUMS.txt" in the form {@code sha256sum -c} reads. Only the evidence of the answers that count is packed.
 * Every file is hashed again as it goes in: an altered file stops the pack, naming it, and nothing is left behind.
 */
public final class EvidencePack {
    public static final String LIST_NAME = "Daftar Bukti Dukung.xlsx";
    public static final String SUMS_NAME = "SHA256SUMS.txt";

    /** One packed file: where it went in the zip and what it was. */
    public record Entry(int indicator, String path, EvidenceRef evidence) {
    }

    private EvidencePack() {
    }

    /** Writes the pack to {@code target} (replacing it only once the whole pack is written); returns its entries. */
    public static List<Entry> write(ReportSource source, Function<EvidenceRef, byte[]> content, Path target) {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            List<Entry> entries;
            try (OutputStream file = Files.newOutputStream(partial);
                 ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
                entries = writeEntries(source, content, zip);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private static List<Entry> writeEntries(ReportSource source, Function<EvidenceRef, byte[]> content,
                                            ZipOutputStream zip) throws IOException {
        LocalDateTime stamp = source.date().atStartOfDay();
        List<Entry> entries = new ArrayList<>();
        StringBuilder sums = new StringBuilder();
        Map<Integer, Answer> counted = source.counted();
        for (Indicator indicator : source.instrument().indicators()) {
            Answer answer = counted.get(indicator.no());
            if (answer == null || answer.evidence().isEmpty()) {
                continue;
            }
            String folder = ReportTexts.code(indicator.no()) + " - " + folderName(indicator);
            Set<String> taken = new HashSet<>();
            for (EvidenceRef evidence : answer.evidence()) {
                byte[] bytes = checked(evidence, content.apply(evidence));
                String path = folder + "/" + unique(safe(evidence.originalName()), taken);
                put(zip, path, bytes, stamp);
                entries.add(new Entry(indicator.no(), path, evidence));
                sums.append(evidence.sha256()).append("  ").append(path).append('\n');
            }
        }
        put(zip, LIST_NAME, listing(source, entries), stamp);
        put(zip, SUMS_NAME, sums.toString().getBytes(StandardCharsets.UTF_8), stamp);
        return entries;
    }

    /** The content again against the hash it was attached with: what goes to the ministry must be what was seen. */
    private static byte[] checked(EvidenceRef evidence, byte[] bytes) {
        if (!sha256(bytes).equals(evidence.sha256())) {
            throw new TataException(ErrorKind.INTERNAL, "evaluation.error.evidenceAltered", evidence.originalName(),
                    evidence.indicatorNo());
        }
        return bytes;
    }

    private static byte[] listing(ReportSource source, List<Entry> entries) throws IOException {
        List<TableRow> body = new ArrayList<>();
        int no = 1;
        for (Entry entry : entries) {
            body.add(TableRow.of(TableCell.of(CellValue.number(no++)), TableCell.of(CellValue.number(entry.indicator())),
                    TableCell.of(source.indicator(entry.indicator()).name()),
                    TableCell.of(entry.evidence().originalName()), TableCell.of(entry.path()),
                    TableCell.of(CellValue.number(entry.evidence().size())), TableCell.of(entry.evidence().sha256())));
        }
        Table table = Table.of("Daftar Bukti Dukung", List.of(Column.of(0.8, Align.CENTER),
                        Column.of(1.2, Align.CENTER), Column.of(6), Column.of(4), Column.of(6), Column.of(1.5, Align.RIGHT),
                        Column.of(9)),
                List.of(TableRow.of(TableCell.header("No"), TableCell.header("Indikator"),
                        TableCell.header("Nama Indikator"), TableCell.header("Nama Berkas"),
                        TableCell.header("Lokasi dalam Paket"), TableCell.header("Ukuran (bita)"),
                        TableCell.header("SHA-256"))), body);
        String title = "Daftar Bukti Dukung " + source.assessment().name();
        Document document = new Document(new DocumentMeta(title, source.government(), source.government(),
                source.date(), "id-ID"), PageSetup.A4, TextStyle.REPORT, List.of(new Section("Daftar Bukti Dukung",
                Orientation.LANDSCAPE, PageNumbering.FOOTER_EVERY_PAGE, List.of(Paragraph.heading(1, title), table))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxRenderer().render(document, out);
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String path, byte[] bytes, LocalDateTime stamp) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        // a fixed time: the same evidence gives the same pack, whenever it is made
        entry.setTimeLocal(stamp);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** The indicator's short name as a folder name: no characters Windows refuses, no trailing dot. */
    static String folderName(Indicator indicator) {
        return safe(ReportTexts.shortName(indicator)).replaceAll("[. ]+$", "");
    }

    private static String safe(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..") ? "berkas" : cleaned;
    }

    /** "laporan.pdf", then "laporan (2).pdf" for a second file of the same name in one folder. */
    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = stem + " (" + n + ")" + extension;
        }
        return candidate;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // the partial file is only left over; the error that matters is already on its way
        }
    }
}
