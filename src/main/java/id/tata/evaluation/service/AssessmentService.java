package id.tata.evaluation.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.evaluation.domain.AnswerLevels;
import id.tata.evaluation.domain.Assessment;
import id.tata.evaluation.domain.Instrument;
import id.tata.evaluation.domain.InstrumentVersion;
import id.tata.evaluation.domain.Score;
import id.tata.evaluation.domain.Scoring;
import id.tata.evaluation.persistence.AssessmentRepository;
import id.tata.importing.ImportProblem;
import id.tata.importing.SourceTable;
import id.tata.importing.TableReader;
import id.tata.workspace.Session;
import id.tata.workspace.user.Permission;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Assessments: one per instrument and year, answering the newest version of the instrument at creation (versions
 * never change, so the answers always mean what they meant); levels entered or imported; the exact score of the self
 * and the verified levels.
 */
public final class AssessmentService {
    private final AssessmentRepository repository = new AssessmentRepository();
    private final InstrumentService instruments;

    public AssessmentService(InstrumentService instruments) {
        this.instruments = instruments;
    }

    public List<Assessment> list(Session session) {
        return session.read(Permission.WORKSPACE_READ, repository::all);
    }

    public Optional<Assessment> find(Session session, long id) {
        return session.read(Permission.WORKSPACE_READ, dsl -> repository.byId(dsl, id));
    }

    /** "Penilaian Mandiri SPBE 2026" on the newest version of the instrument; one per instrument and year. */
    public Assessment create(Session session, String instrumentCode, int year) {
        InstrumentVersion version = instruments.list(session).stream()
                .filter(v -> v.code().equalsIgnoreCase(instrumentCode))
                .max(java.util.Comparator.comparingInt(InstrumentVersion::version))
                .orElseThrow(() -> new TataException(ErrorKind.NOT_FOUND, "evaluation.error.noInstrument",
                        instrumentCode));
        if (year < 2000 || year > 2999) {
            throw new TataException(ErrorKind.BAD_INPUT, "evaluation.error.year", year);
        }
        return session.write(Permission.EVALUATION_APPROVE, tx -> {
            if (repository.byInstrumentAndYear(tx.dsl(), version.code(), year).isPresent()) {
                throw new TataException(ErrorKind.REFUSED, "evaluation.error.assessmentExists", version.code(), year);
            }
            return repository.insert(tx, new Assessment(null, version.code(), version.version(), year,
                    "Penilaian Mandiri " + shortName(version.code()) + " " + year));
        });
    }

    public Instrument instrument(Session session, Assessment assessment) {
        return instruments.find(session, assessment.instrumentCode(), assessment.instrumentVersion())
                .orElseThrow(() -> new TataException(ErrorKind.NOT_FOUND, "evaluation.error.noInstrument",
                        assessment.instrumentCode() + " v" + assessment.instrumentVersion()));
    }

    public AnswerLevels levels(Session session, long assessmentId) {
        return session.read(Permission.WORKSPACE_READ, dsl -> repository.levels(dsl, assessmentId));
    }

    /**
     * Levels from a CSV/xlsx with the columns indicator, self_level, verified_level (either level may be empty).
     * Every bad row is named ("Baris 4, kolom self_level: …") and nothing is written unless all rows are good.
     * @return the number of indicators written
     */
    public int importLevels(Session session, long assessmentId, Path file) {
        session.require(Permission.EVALUATION_ENTER);
        Assessment assessment = existing(session, assessmentId);
        Instrument instrument = instrument(session, assessment);
        SourceTable table = TableReader.read(file);
        List<LevelRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new LevelRows(instrument, table).read(rows);
        if (!problems.isEmpty()) {
            throw new LevelImportException(file, problems);
        }
        return session.write(Permission.EVALUATION_ENTER, tx -> {
            for (LevelRow row : rows) {
                repository.setLevels(tx, assessmentId, row.indicator(), row.self(), row.verified());
            }
            return rows.size();
        });
    }

    /** The score of the self levels and of the verified levels. */
    public AssessmentScores score(Session session, long assessmentId) {
        Assessment assessment = existing(session, assessmentId);
        Instrument instrument = instrument(session, assessment);
        AnswerLevels levels = levels(session, assessmentId);
        return new AssessmentScores(assessment, Scoring.score(instrument, levels.self()),
                Scoring.score(instrument, levels.verified()));
    }

    /** The assessment with both scores. */
    public record AssessmentScores(Assessment assessment, Score self, Score verified) {
    }

    /** One good row of a levels file. */
    record LevelRow(int indicator, Integer self, Integer verified) {
    }

    private Assessment existing(Session session, long id) {
        return find(session, id).orElseThrow(() -> new TataException(ErrorKind.NOT_FOUND,
                "evaluation.error.noAssessment", id));
    }

    private static String shortName(String code) {
        int dash = code.indexOf('-');
        return dash > 0 ? code.substring(0, dash) : code;
    }

}
