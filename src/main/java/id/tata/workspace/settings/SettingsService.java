package id.tata.workspace.settings;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.workspace.Session;
import id.tata.workspace.user.Permission;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The government profile, letterhead images, signatories and document numbering of a workspace. Everyone may read
 * them (documents need them); SETTINGS_EDIT changes them; taking a number needs DOCUMENT_ISSUE.
 */
public final class SettingsService {
    /** Letterhead images are printed a few centimetres wide: 2 MB is plenty and keeps documents small. */
    public static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;

    private final SettingsRepository repository = new SettingsRepository();

    public GovernmentProfile profile(Session session) {
        return session.read(Permission.WORKSPACE_READ, repository::profile);
    }

    public GovernmentProfile saveProfile(Session session, GovernmentProfile profile) {
        GovernmentProfile valid = profile.validated();
        return session.write(Permission.SETTINGS_EDIT, tx -> {
            repository.saveProfile(tx, valid);
            return valid;
        });
    }

    /**
     * Writes back a profile read earlier (undo). It was stored once, so it is not checked again: a new workspace's
     * blank profile would fail the checks, yet undoing the first save must bring it back.
     */
    public GovernmentProfile restoreProfile(Session session, GovernmentProfile profile) {
        return session.write(Permission.SETTINGS_EDIT, tx -> {
            repository.saveProfile(tx, profile);
            return profile;
        });
    }

    public Optional<byte[]> image(Session session, LetterheadImage which) {
        return session.read(Permission.WORKSPACE_READ, dsl -> Optional.ofNullable(repository.image(dsl, which)));
    }

    /** Stores a PNG or JPEG emblem/logo (checked by its content); null removes it. */
    public void setImage(Session session, LetterheadImage which, byte[] image) {
        if (image != null) {
            checkImage(image);
        }
        session.write(Permission.SETTINGS_EDIT, tx -> {
            repository.setImage(tx, which, image);
            return null;
        });
    }

    static void checkImage(byte[] image) {
        if (image.length > MAX_IMAGE_BYTES) {
            throw new TataException(ErrorKind.BAD_INPUT, "settings.error.imageTooLarge", image.length / 1024,
                    MAX_IMAGE_BYTES / 1024);
        }
        boolean png = image.length > 8 && (image[0] & 0xff) == 0x89 && image[1] == 'P' && image[2] == 'N'
                && image[3] == 'G';
        boolean jpeg = image.length > 3 && (image[0] & 0xff) == 0xFF && (image[1] & 0xff) == 0xD8
                && (image[2] & 0xff) == 0xFF;
        if (!png && !jpeg) {
            throw new TataException(ErrorKind.BAD_INPUT, "settings.error.imageType");
        }
    }

    public List<Signatory> signatories(Session session) {
        return session.read(Permission.WORKSPACE_READ, repository::signatories);
    }

    public Optional<Signatory> defaultSignatory(Session session, SignerRole role) {
        return signatories(session).stream().filter(s -> s.role() == role && s.isDefault()).findFirst();
    }

    /** Adds or updates a signatory; a new default replaces the previous default of the same role. */
    public Signatory saveSignatory(Session session, Signatory signatory) {
        return session.write(Permission.SETTINGS_EDIT, tx -> repository.saveSignatory(tx, signatory));
    }

    /** Puts a deleted signatory back with its old id (undo of delete, redo of add), so later steps still find it. */
    public Signatory restoreSignatory(Session session, Signatory signatory) {
        return session.write(Permission.SETTINGS_EDIT, tx -> repository.restoreSignatory(tx, signatory));
    }

    public void deleteSignatory(Session session, long id) {
        session.write(Permission.SETTINGS_EDIT, tx -> {
            repository.deleteSignatory(tx, id);
            return null;
        });
    }

    public List<NumberPattern> numberPatterns(Session session) {
        return session.read(Permission.WORKSPACE_READ, repository::patterns);
    }

    public NumberPattern saveNumberPattern(Session session, NumberPattern pattern) {
        return session.write(Permission.SETTINGS_EDIT, tx -> {
            repository.savePattern(tx, pattern);
            return pattern;
        });
    }

    /** What the next number would be, without taking it. */
    public String previewNumber(Session session, String documentType, LocalDate date) {
        return session.read(Permission.WORKSPACE_READ, dsl -> {
            NumberPattern p = repository.pattern(dsl, documentType);
            return p.format(repository.lastNumber(dsl, documentType, date.getYear()) + 1, date);
        });
    }

    /** The running number the next document of the type would get in the year; lets an editor preview locally. */
    public int nextSequence(Session session, String documentType, int year) {
        return session.read(Permission.WORKSPACE_READ, dsl -> repository.lastNumber(dsl, documentType, year) + 1);
    }

    /** Takes the next number of the document type's yearly counter; numbering restarts at 1 each year. */
    public String takeNumber(Session session, String documentType, LocalDate date) {
        return session.write(Permission.DOCUMENT_ISSUE, tx -> {
            NumberPattern p = repository.pattern(tx.dsl(), documentType);
            int next = repository.increment(tx, documentType, date.getYear());
            return p.format(next, date);
        });
    }
}
