package id.tata.evaluation.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.evaluation.domain.AnswerLevels;
import id.tata.evaluation.domain.Assessment;
import id.tata.evaluation.domain.AssessmentRevision;
import id.tata.evaluation.domain.Instrument;
import id.tata.evaluation.domain.InstrumentVersion;
import id.tata.evaluation.domain.Score;
import id.tata.evaluation.domain.Scoring;
import id.tata.evaluation.persistence.AnswerRepository;
import id.tata.evaluation.persistence.AssessmentRepository;
import id.tata.evaluation.persistence.EvidenceRepository;
import id.tata.importing.ImportProblem;
import id.tata.importing.SourceTable;
import id.tata.importing.TableReader;
import id.tata.workspace.Session;
import id.tata.workspace.Tx;
import id.tata.workspace.user.Permission;

import java.nio.file.Path;
import java.time.Instant;
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
        InstrumentVersion version = newest(session, instrumentCode, year);
        return session.write(Permission.EVALUATION_APPROVE, tx -> insert(tx, version, year, null));
    }

    private InstrumentVersion newest(Session session, String instrumentCode, int year) {
        InstrumentVersion version = instruments.list(session).stream()
                .filter(v -> v.code().equalsIgnoreCase(instrumentCode))
                .max(java.util.Comparator.comparingInt(InstrumentVersion::version))
                .orElseThrow(() -> new TataException(ErrorKind.NOT_FOUND, "evaluation.error.noInstrument",
                        instrumentCode));
        if (year < 2000 || year > 2999) {
            throw new TataException(ErrorKind.BAD_INPUT, "evaluation.error.year", year);
        }
        return version;
    }

    private Assessment insert(Tx tx, InstrumentVersion version, int year, Long carriedFrom) {
        if (repository.byInstrumentAndYear(tx.dsl(), version.code(), year).isPresent()) {
            throw new TataException(ErrorKind.REFUSED, "evaluation.error.assessmentExists", version.code(), year);
        }
        return repository.insert(tx, new Assessment(null, version.code(), version.version(), year,
                "Penilaian Mandiri " + shortName(version.code()) + " " + year, 1, null, null, carriedFrom));
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

    /**
     * A new assessment for {@code year} on the newest version of the same instrument, starting from this one: levels,
     * explanations, targets, public services, assignments and evidence are copied, each marked "to re-check"; the
     * verified levels are not (they are last year's official result).
     */
    public Assessment carryForward(Session session, long fromId, int year) {
        Assessment from = existing(session, fromId);
        InstrumentVersion version = newest(session, from.instrumentCode(), year);
        Instrument instrument = instruments.find(session, version.code(), version.version()).orElseThrow();
        long id = session.write(Permission.EVALUATION_APPROVE, tx -> {
            Assessment created = insert(tx, version, year, fromId);
            AnswerRepository answers = new AnswerRepository();
            EvidenceRepository files = new EvidenceRepository();
            for (var answer : answers.answers(tx.dsl(), fromId).values()) {
                if (instrument.indicator(answer.indicatorNo()).isPresent()) {
                    answers.writeCarried(tx, created.id(), answer);
                    for (var e : answer.evidence()) {
                        files.attach(tx, created.id(), answer.indicatorNo(), e.sha256(), e.originalName(), true);
                    }
                }
            }
            return created.id();
        });
        return existing(session, id);
    }

    /**
     * Locks the assessment (finalisasi): answers and evidence are frozen and the whole assessment as it now stands is
     * kept as revision N. A later change needs {@link #reopen}, which starts revision N+1.
     */
    public Assessment finalizeAssessment(Session session, long id) {
        Assessment a = existing(session, id);
        if (a.isFinal()) {
            throw new TataException(ErrorKind.REFUSED, "evaluation.error.final", a.name(), a.revision());
        }
        String snapshot = AssessmentSnapshot.json(a, instrument(session, a),
                session.read(Permission.WORKSPACE_READ,
                        dsl -> new AnswerRepository().answers(dsl, id)));
        return session.write(Permission.EVALUATION_APPROVE, tx -> {
            String now = Instant.now().toString();
            repository.insertRevision(tx, id, a.revision(), now, snapshot);
            return repository.setFinal(tx, id, now, a.revision());
        });
    }

    /** Opens the next revision of a final assessment so that it can change again; the final one stays on record. */
    public Assessment reopen(Session session, long id) {
        Assessment a = existing(session, id);
        if (!a.isFinal()) {
            throw new TataException(ErrorKind.REFUSED, "evaluation.error.notFinal", a.name());
        }
        return session.write(Permission.EVALUATION_APPROVE, tx -> repository.setFinal(tx, id, null, a.revision() + 1));
    }

    /** The finalised revisions of an assessment: number, when, by whom, and the snapshot JSON. */
    public List<AssessmentRevision> revisions(Session session, long id) {
        return session.read(Permission.WORKSPACE_READ, dsl -> repository.revisions(dsl, id));
    }

    /** The assessment with both scores. */
    public record AssessmentScores(Assessment assessment, Score self, Score verified) {
    }

    /** One good row of a levels file. */
    record LevelRow(int indicator, Integer self, Integer verified) {
    }

    Assessment existing(Session session, long id) {
        return find(session, id).orElseThrow(() -> new TataException(ErrorKind.NOT_FOUND,
                "evaluation.error.noAssessment", id));
    }

    private static String shortName(String code) {
        int dash = code.indexOf('-');
        return dash > 0 ? code.substring(0, dash) : code;
    }

}
