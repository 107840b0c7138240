package id.tata.raci.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.importing.SourceTable;
import id.tata.importing.TableReader;
import id.tata.raci.domain.RaciCheck;
import id.tata.raci.domain.RaciLetter;
import id.tata.raci.domain.RaciMatrix;
import id.tata.raci.domain.RaciSummary;
import id.tata.raci.domain.RaciWarning;
import id.tata.raci.persistence.RaciRepository;
import id.tata.workspace.Session;
import id.tata.workspace.user.Permission;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * RACI matrices of the workspace: list, open, create (empty, from a template, from a file), save, delete, and the
 * warnings of the textbook rules. Editing needs ORGANIZATION_EDIT: a matrix divides the organisation's work.
 */
public final class RaciService {
    public static final String DEFAULT_TITLE = "MATRIKS PEMBAGIAN TUGAS (RACI)";
    private final RaciRepository repository = new RaciRepository();

    public List<RaciSummary> list(Session session) {
        return session.read(Permission.WORKSPACE_READ, repository::all);
    }

    public Optional<RaciMatrix> find(Session session, long id) {
        return session.read(Permission.WORKSPACE_READ, dsl -> repository.byId(dsl, id));
    }

    public RaciMatrix get(Session session, long id) {
        return find(session, id).orElseThrow(() -> new TataException(ErrorKind.NOT_FOUND, "raci.error.noMatrix", id));
    }

    public RaciMatrix create(Session session, RaciMatrix matrix) {
        requireTitle(matrix);
        return session.write(Permission.ORGANIZATION_EDIT, tx -> repository.insert(tx, matrix.withId(null)));
    }

    public RaciMatrix createFromTemplate(Session session, String code) {
        return create(session, RaciTemplates.standard().find(code).orElseThrow(() ->
                new TataException(ErrorKind.NOT_FOUND, "raci.error.noTemplate", code)).matrix());
    }

    /** Writes the matrix as it now is (only the rows that changed). */
    public RaciMatrix save(Session session, RaciMatrix matrix) {
        requireTitle(matrix);
        if (matrix.id() == null) {
            return create(session, matrix);
        }
        get(session, matrix.id());
        session.write(Permission.ORGANIZATION_EDIT, tx -> {
            repository.save(tx, matrix);
            return null;
        });
        return get(session, matrix.id());
    }

    public void delete(Session session, long id) {
        get(session, id);
        session.write(Permission.ORGANIZATION_EDIT, tx -> {
            repository.delete(tx, id);
            return null;
        });
    }

    /** Reads a csv/xlsx matrix; the problems name row and column, and nothing is written unless there are none. */
    public RaciMatrix importFile(Session session, Path file) {
        session.require(Permission.ORGANIZATION_EDIT);
        RaciImportPreview preview = preview(file);
        if (!preview.problems().isEmpty()) {
            throw new RaciImportException(file.getFileName().toString(), preview.problems());
        }
        return create(session, preview.matrix());
    }

    /** What an import would create, or the problems that stop it. */
    public RaciImportPreview preview(Path file) {
        SourceTable table = TableReader.read(file);
        return RaciImport.read(table, DEFAULT_TITLE, file.getFileName().toString());
    }

    /**
     * Adds or rewords a letter the matrix may use (regions add variants such as S — Support); the four standard
     * letters keep their codes. A letter still used in a cell cannot be removed, so this only adds or rewords.
     */
    public RaciMatrix defineLetter(Session session, long id, RaciLetter letter) {
        RaciMatrix m = get(session, id);
        List<RaciLetter> letters = new java.util.ArrayList<>(m.letters());
        int at = m.letterCodes().indexOf(letter.code());
        if (at >= 0) {
            letters.set(at, letter);
        } else {
            letters.add(letter);
        }
        return save(session, m.withLetters(letters));
    }

    /** Like {@link #importFile(Session, Path)}, also accepting the given variant letters in the cells. */
    public RaciMatrix importFile(Session session, Path file, List<RaciLetter> variants) {
        session.require(Permission.ORGANIZATION_EDIT);
        List<RaciLetter> letters = new java.util.ArrayList<>(id.tata.raci.domain.StandardLetters.RACI);
        variants.stream().filter(v -> letters.stream().noneMatch(l -> l.code().equals(v.code())))
                .forEach(letters::add);
        RaciImportPreview preview = RaciImport.read(TableReader.read(file), DEFAULT_TITLE,
                file.getFileName().toString(), letters);
        if (!preview.problems().isEmpty()) {
            throw new RaciImportException(file.getFileName().toString(), preview.problems());
        }
        return create(session, preview.matrix());
    }

    public List<RaciWarning> warnings(Session session, long id, int overloadThreshold) {
        return RaciCheck.warnings(get(session, id), overloadThreshold);
    }

    private static void requireTitle(RaciMatrix matrix) {
        if (matrix.title().isBlank()) {
            throw new TataException(ErrorKind.BAD_INPUT, "raci.error.titleRequired");
        }
    }
}
