package id.tata.evaluation.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.documents.model.Align;
import id.tata.documents.model.Document;
import id.tata.documents.model.ImageBlock;
import id.tata.documents.model.Letterhead;
import id.tata.documents.official.Letterheads;
import id.tata.documents.render.DocumentFormat;
import id.tata.documents.render.DocumentRenderer;
import id.tata.documents.render.docx.DocxRenderer;
import id.tata.documents.render.pdf.PdfRenderer;
import id.tata.documents.render.xlsx.XlsxRenderer;
import id.tata.evaluation.domain.Assessment;
import id.tata.evaluation.domain.Instrument;
import id.tata.evaluation.report.AnswersWorkbook;
import id.tata.evaluation.report.AssessmentMinutes;
import id.tata.evaluation.report.EvidencePack;
import id.tata.evaluation.report.ReportKind;
import id.tata.evaluation.report.ReportRequest;
import id.tata.evaluation.report.ReportSource;
import id.tata.evaluation.report.SelfAssessmentReport;
import id.tata.organization.domain.Agency;
import id.tata.organization.domain.Team;
import id.tata.organization.domain.TeamKind;
import id.tata.organization.service.AgencyService;
import id.tata.organization.service.TeamService;
import id.tata.workspace.Session;
import id.tata.workspace.settings.GovernmentProfile;
import id.tata.workspace.settings.LetterheadImage;
import id.tata.workspace.settings.SettingsService;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes the outputs of an assessment (issue 4 part 7) from a session: gathers answers, evidence, the Diskominfo kop
 * and the Tim Asesor Internal into a {@link ReportSource}, has the composers in {@code evaluation.report} build the
 * documents, renders them and writes the files into a folder. Every format is rendered before the first file is
 * written, and each file goes in under a temporary name first, so a failure leaves no half-written output. Runs off
 * the JavaFX thread (the caller's job); nothing here touches JavaFX.
 */
public final class EvaluationReportService {
    private static final double LOGO_MM = 22;
    private final AssessmentService assessments;
    private final AnswerService answers;
    private final EvidenceService evidence;
    private final TeamService teams = new TeamService();
    private final AgencyService agencies = new AgencyService();
    private final SettingsService settings = new SettingsService();
    private final Clock clock;
    private final Map<DocumentFormat, DocumentRenderer> renderers = new EnumMap<>(DocumentFormat.class);

    public EvaluationReportService(AssessmentService assessments, Clock clock) {
        this.assessments = assessments;
        this.answers = new AnswerService(assessments);
        this.evidence = new EvidenceService(answers);
        this.clock = clock;
        List.of(new DocxRenderer(), new PdfRenderer(), new XlsxRenderer()).forEach(r -> renderers.put(r.format(), r));
    }

    /** Writes the requested output; returns the files written, in format order (docx, pdf, xlsx; or the zip). */
    public List<Path> write(Session session, ReportRequest request) {
        checkFormats(request);
        ReportSource source = source(session, request.assessmentId(), request.includeUnapproved(),
                request.date() != null ? request.date() : LocalDate.now(clock));
        String stem = request.kind().fileStem() + "-" + source.assessment().year();
        try {
            Files.createDirectories(request.folder());
        } catch (IOException e) {
            throw new TataException(ErrorKind.BAD_INPUT, "report.error.write", request.folder(), e.getMessage());
        }
        if (request.kind() == ReportKind.BUKTI) {
            Path zip = request.folder().resolve(stem + ".zip");
            EvidencePack.write(source, ref -> evidence.content(session, ref), zip);
            return List.of(zip);
        }
        Document document = compose(request.kind(), source);
        Map<DocumentFormat, byte[]> rendered = new EnumMap<>(DocumentFormat.class);
        for (DocumentFormat format : request.formats()) {
            rendered.put(format, render(document, format));
        }
        List<Path> written = new ArrayList<>();
        rendered.forEach((format, bytes) -> written.add(writeFile(request.folder()
                .resolve(stem + "." + format.extension()), bytes)));
        return written;
    }

    /** The document of a kind, not rendered (previews, golden tests, the benchmark). */
    public Document compose(ReportKind kind, ReportSource source) {
        switch (kind) {
            case LAPORAN:
                return SelfAssessmentReport.compose(source);
            case BERITA_ACARA:
                return AssessmentMinutes.compose(source);
            case JAWABAN:
                return AnswersWorkbook.compose(source);
            default:
                throw new IllegalArgumentException("the evidence pack is a zip, not a document");
        }
    }

    /** Everything the outputs print, read in one go. */
    public ReportSource source(Session session, long assessmentId, boolean includeUnapproved, LocalDate date) {
        Assessment assessment = assessments.existing(session, assessmentId);
        Instrument instrument = assessments.instrument(session, assessment);
        GovernmentProfile profile = settings.profile(session);
        String government = profile.name().isEmpty() ? "" : profile.officialName();
        Optional<Team> team = teams.firstOfKind(session, TeamKind.INTERNAL_ASSESSOR);
        I18n indonesian = I18n.indonesian();
        List<ReportSource.TeamSigner> signers = team.map(t -> teams.members(session, t.id()).stream()
                .map(m -> new ReportSource.TeamSigner(m.personName(), m.nip(), indonesian.text(m.role().labelKey())))
                .toList()).orElse(List.of());
        return new ReportSource(assessment, instrument, answers.answers(session, assessmentId), includeUnapproved,
                date, government, profile.name().isEmpty() ? "" : profile.placeOfIssue(), kop(session, profile),
                team.map(Team::name).orElse(""), signers);
    }

    /** The Diskominfo's kop, as the agency list prints it; none when the profile or the agency is missing. */
    private Letterhead kop(Session session, GovernmentProfile profile) {
        if (profile.name().isEmpty()) {
            return null;
        }
        Optional<Agency> diskominfo = agencies.list(session).stream().filter(a -> a.parentId() == null
                && a.name().toLowerCase(Locale.ROOT).contains("komunikasi dan informatika")).findFirst();
        return diskominfo.map(a -> Letterheads.agency(logo(session), profile.officialName(), a.name(),
                Letterheads.addressLine(a.address(), profile.postalCode(), profile.phone(), profile.email(),
                        profile.website()))).orElse(null);
    }

    private ImageBlock logo(Session session) {
        Optional<byte[]> bytes = settings.image(session, LetterheadImage.LOGO);
        if (bytes.isEmpty()) {
            return null;
        }
        byte[] data = bytes.get();
        boolean jpeg = data.length > 2 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8;
        double ratio = ratio(data);
        double width = ratio >= 1 ? LOGO_MM : LOGO_MM * ratio;
        double height = ratio >= 1 ? LOGO_MM / ratio : LOGO_MM;
        return new ImageBlock(data, jpeg ? ImageBlock.ImageFormat.JPEG : ImageBlock.ImageFormat.PNG, width, height,
                Align.CENTER, "Logo");
    }

    private static double ratio(byte[] data) {
        try {
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(data));
            return picture == null || picture.getHeight() == 0 ? 1 : (double) picture.getWidth() / picture.getHeight();
        } catch (IOException e) {
            return 1;
        }
    }

    private static void checkFormats(ReportRequest request) {
        Set<DocumentFormat> allowed = request.kind().formats();
        for (DocumentFormat format : request.formats()) {
            if (!allowed.contains(format)) {
                throw new TataException(ErrorKind.BAD_INPUT, "report.error.format", request.kind().shortName(),
                        format.extension(), allowed.isEmpty() ? "zip" : String.join(", ",
                                allowed.stream().map(DocumentFormat::extension).sorted().toList()));
            }
        }
    }

    private byte[] render(Document document, DocumentFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            renderers.get(format).render(document, out);
        } catch (IOException e) {
            throw new TataException(ErrorKind.INTERNAL, "report.error.render", format.extension(), e.getMessage());
        }
        return out.toByteArray();
    }

    private static Path writeFile(Path target, byte[] bytes) {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.write(partial, bytes);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new TataException(ErrorKind.BAD_INPUT, "report.error.write", target, e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // only a leftover; the error that matters is already reported
            }
        }
    }
}
