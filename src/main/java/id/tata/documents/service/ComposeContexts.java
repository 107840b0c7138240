package id.tata.documents.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.documents.model.Align;
import id.tata.documents.model.ImageBlock;
import id.tata.documents.model.PageSetup;
import id.tata.documents.official.DecreeFrame;
import id.tata.documents.official.DecreeSigner;
import id.tata.documents.official.Letterheads;
import id.tata.documents.template.TemplateService;
import id.tata.documents.template.TemplateTexts;
import id.tata.workspace.Session;
import id.tata.workspace.settings.GovernmentProfile;
import id.tata.workspace.settings.LetterheadImage;
import id.tata.workspace.settings.PaperProfile;
import id.tata.workspace.settings.SettingsService;
import id.tata.workspace.settings.Signatory;
import id.tata.workspace.settings.SignerRole;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Turns the workspace settings and a request into the {@link ComposeContext} every document type starts from. */
final class ComposeContexts {
    private final SettingsService settings = new SettingsService();
    private final TemplateService templates = new TemplateService();

    ComposeContext build(Session session, DocumentType type, IssueRequest request, String number, LocalDate date) {
        GovernmentProfile profile = settings.profile(session);
        if (profile.name().isEmpty()) {
            throw new TataException(ErrorKind.BAD_INPUT, "document.error.profileMissing");
        }
        PaperProfile paper = request.paper() != null ? request.paper() : profile.paperProfile();
        PageSetup page = (paper == PaperProfile.A4 ? PageSetup.A4 : PageSetup.F4)
                .withMargins(templates.margins(session, type.shortName()));
        DecreeFrame frame = new DecreeFrame(profile.regionHeadOfficeName(),
                profile.kind().regionHeadTitle(), profile.province(), number, date,
                profile.placeOfIssue(), signer(session, request, profile),
                image(settings.image(session, LetterheadImage.EMBLEM), 25, "Lambang"), page);
        LocalDate asOf = date != null ? date : LocalDate.now();
        TemplateTexts template = templates.texts(session, type.shortName());
        Map<String, String> placeholders = Map.of(
                "kepala", profile.kind().regionHeadTitle(),
                "kepala_daerah", profile.regionHeadOfficeName(),
                "daerah", profile.officialName(),
                "provinsi", profile.province(),
                "tahun", String.valueOf(asOf.getYear()));
        return new ComposeContext(frame, template, placeholders, profile.officialName(), profile.kind().regionHeadTitle(), asOf, page,
                image(settings.image(session, LetterheadImage.LOGO), 22, "Logo"),
                Letterheads.addressLine(null, profile.postalCode(), profile.phone(), profile.email(), profile.website()),
                request.options());
    }

    private DecreeSigner signer(Session session, IssueRequest request, GovernmentProfile profile) {
        Optional<Signatory> chosen = request.signatoryId() != null
                ? settings.signatories(session).stream().filter(s -> request.signatoryId().equals(s.id())).findFirst()
                : settings.defaultSignatory(session, SignerRole.REGION_HEAD);
        if (request.signatoryId() != null && chosen.isEmpty()) {
            throw new TataException(ErrorKind.NOT_FOUND, "document.error.signatoryMissing", request.signatoryId());
        }
        if (chosen.isPresent()) {
            Signatory s = chosen.get();
            return s.role() == SignerRole.REGION_HEAD ? DecreeSigner.regionHead(s.name())
                    : new DecreeSigner(true, s.positionTitle(), s.name(), s.rank(), s.nip() == null ? "" : s.nip());
        }
        if (profile.regionHeadName().isEmpty()) {
            throw new TataException(ErrorKind.BAD_INPUT, "document.error.noSignatory");
        }
        return DecreeSigner.regionHead(profile.regionHeadName());
    }

    /** The stored kop image at a printing size, or null when the workspace has none (the kop is then text only). */
    static ImageBlock image(Optional<byte[]> bytes, double sizeMm, String description) {
        if (bytes.isEmpty()) {
            return null;
        }
        byte[] data = bytes.get();
        ImageBlock.ImageFormat format = data.length > 2 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8
                ? ImageBlock.ImageFormat.JPEG : ImageBlock.ImageFormat.PNG;
        double[] size = fitted(data, sizeMm);
        return new ImageBlock(data, format, size[0], size[1], Align.CENTER, description);
    }

    /** Width and height in mm with the longer side {@code maxMm}, keeping the picture's proportions. */
    static double[] fitted(byte[] data, double maxMm) {
        try {
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(data));
            if (picture == null || picture.getWidth() == 0 || picture.getHeight() == 0) {
                return new double[] {maxMm, maxMm};
            }
            double ratio = (double) picture.getWidth() / picture.getHeight();
            return ratio >= 1 ? new double[] {maxMm, maxMm / ratio} : new double[] {maxMm * ratio, maxMm};
        } catch (IOException e) {
            return new double[] {maxMm, maxMm};
        }
    }
}
