package id.tata.evaluation.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.documents.render.xlsx.XlsxRenderer;
import id.tata.evaluation.domain.Instrument;
import id.tata.evaluation.domain.InstrumentCheck;
import id.tata.evaluation.domain.InstrumentProblem;
import id.tata.evaluation.domain.InstrumentVersion;
import id.tata.evaluation.io.InstrumentJson;
import id.tata.evaluation.io.InstrumentRead;
import id.tata.evaluation.persistence.InstrumentRepository;
import id.tata.evaluation.persistence.StoredInstrument;
import id.tata.evaluation.report.InstrumentWorkbook;
import id.tata.workspace.Session;
import id.tata.workspace.Tx;
import id.tata.workspace.Workspace;
import id.tata.workspace.user.Permission;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Evaluation instruments as versioned data: the built-ins (see {@link BuiltInInstruments}) and the versions imported
 * into the workspace, each kept as the JSON it was imported from and parsed when needed. Reading needs
 * WORKSPACE_READ. Importing needs EVALUATION_APPROVE: an instrument is the yardstick every answer is scored
 * against, so it is the supervisor's call (Tim Asesor Internal), not an operator's, and it should not wait for the
 * workspace administrator, whose permission is for the file itself (restore, migrate).
 */
public final class InstrumentService {
    private final InstrumentRepository repository = new InstrumentRepository();

    /** One version's JSON, from the jar or the workspace. */
    private record Source(String code, int version, boolean builtIn, byte[] json, String importedAt,
                          String importedBy) {
        static Source of(StoredInstrument s) {
            return new Source(s.code(), s.version(), false, s.sourceJson().getBytes(StandardCharsets.UTF_8),
                    s.importedAt(), s.importedBy());
        }
    }

    /** Every version, by code then version. */
    public List<InstrumentVersion> list(Session session) {
        List<Source> sources = new ArrayList<>(builtIns());
        repository.all(reader(session)).forEach(s -> sources.add(Source.of(s)));
        sources.sort(Comparator.comparing(Source::code).thenComparingInt(Source::version));
        return sources.stream().map(InstrumentService::summary).toList();
    }

    /** The latest version of the code. */
    public Optional<Instrument> find(Session session, String code) {
        return latest(session, code).map(s -> parse(s.json()));
    }

    public Optional<Instrument> find(Session session, String code, int version) {
        return source(session, code, version).map(s -> parse(s.json()));
    }

    /** The JSON a version was imported from (exactly those bytes), for export. */
    public Optional<byte[]> sourceJson(Session session, String code, Integer version) {
        return (version == null ? latest(session, code) : source(session, code, version)).map(Source::json);
    }

    /** Reads and checks a file without storing anything: every problem, errors and warnings. */
    public static List<InstrumentProblem> check(byte[] json) {
        InstrumentRead read = InstrumentJson.read(json);
        return read.instrument().map(InstrumentCheck::check).orElse(read.problems());
    }

    public ImportedInstrument importJson(Session session, Path file) {
        session.require(Permission.EVALUATION_APPROVE);
        return importJson(session, readFile(file));
    }

    /**
     * Stores the instrument as the next version of its code, or recognises that the same content is already there.
     * A file with any ERROR stores nothing and fails with every problem listed ({@link InvalidInstrumentException}).
     */
    public ImportedInstrument importJson(Session session, byte[] json) {
        // Someone who may not import is told so at once, not after a list of problems in the file.
        session.require(Permission.EVALUATION_APPROVE);
        InstrumentRead read = InstrumentJson.read(json);
        if (read.instrument().isEmpty()) {
            throw new InvalidInstrumentException(read.problems());
        }
        Instrument instrument = read.instrument().get();
        List<InstrumentProblem> problems = InstrumentCheck.check(instrument);
        if (InstrumentProblem.anyError(problems)) {
            throw new InvalidInstrumentException(problems);
        }
        return session.write(Permission.EVALUATION_APPROVE, tx -> store(tx, instrument, json, problems));
    }

    private ImportedInstrument store(Tx tx, Instrument instrument, byte[] json, List<InstrumentProblem> warnings) {
        List<Source> versions = new ArrayList<>();
        BuiltInInstruments.of(instrument.code()).ifPresent(b -> versions.add(builtIn(b)));
        repository.versions(tx, instrument.code()).forEach(s -> versions.add(Source.of(s)));
        int count = instrument.indicators().size();
        for (Source existing : versions) {
            if (InstrumentJson.sameContent(existing.json(), json)) {
                return new ImportedInstrument(instrument.code(), existing.version(), instrument.name(), count, true,
                        warnings);
            }
        }
        int next = versions.stream().mapToInt(Source::version).max().orElse(0) + 1;
        StoredInstrument stored = repository.insert(tx, instrument.code(), next, instrument.name(),
                instrument.provisional(), new String(json, StandardCharsets.UTF_8));
        return new ImportedInstrument(stored.code(), stored.version(), instrument.name(), count, false, warnings);
    }

    /** Writes the version's JSON exactly as it was imported (or shipped); returns the version written. */
    public int exportJson(Session session, String code, Integer version, Path out) {
        Source source = required(session, code, version);
        try {
            Files.write(out, source.json());
        } catch (IOException e) {
            throw ioError(out, e);
        }
        return source.version();
    }

    /** A readable workbook: the indicators with weights and criteria, and the predicate table; returns the version. */
    public int exportXlsx(Session session, String code, Integer version, Path out) {
        Source source = required(session, code, version);
        Instrument instrument = parse(source.json());
        try (OutputStream stream = Files.newOutputStream(out)) {
            new XlsxRenderer().render(InstrumentWorkbook.compose(instrument, source.version()), stream);
        } catch (IOException e) {
            throw ioError(out, e);
        }
        return source.version();
    }

    /** The given version, or the latest when {@code version} is null. */
    private Source required(Session session, String code, Integer version) {
        return (version == null ? latest(session, code) : source(session, code, version))
                .orElseThrow(() -> notFound(code, version));
    }

    private Optional<Source> latest(Session session, String code) {
        return versions(session, code).stream().max(Comparator.comparingInt(Source::version));
    }

    private Optional<Source> source(Session session, String code, int version) {
        return versions(session, code).stream().filter(s -> s.version() == version).findFirst();
    }

    private List<Source> versions(Session session, String code) {
        List<Source> versions = new ArrayList<>();
        BuiltInInstruments.of(code).ifPresent(b -> versions.add(builtIn(b)));
        repository.versions(reader(session), code).forEach(s -> versions.add(Source.of(s)));
        return versions;
    }

    private static List<Source> builtIns() {
        return BuiltInInstruments.ALL.stream().map(InstrumentService::builtIn).toList();
    }

    private static Source builtIn(BuiltInInstruments.BuiltIn b) {
        return new Source(b.code(), BuiltInInstruments.VERSION, true, b.json(), "", "");
    }

    private static InstrumentVersion summary(Source s) {
        Instrument i = parse(s.json());
        return new InstrumentVersion(s.code(), s.version(), i.name(), i.provisional(), i.indicators().size(),
                s.builtIn(), s.importedAt(), s.importedBy());
    }

    /** Stored versions were checked when imported; one that no longer reads is damage, not user input. */
    private static Instrument parse(byte[] json) {
        InstrumentRead read = InstrumentJson.read(json);
        return read.instrument().orElseThrow(() -> new InvalidInstrumentException(read.problems()));
    }

    private static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TataException(ErrorKind.BAD_INPUT, e, "workspace.error.io", file,
                    String.valueOf(e.getMessage()));
        }
    }

    private static TataException notFound(String code, Integer version) {
        return version == null ? new TataException(ErrorKind.NOT_FOUND, "evaluation.instrument.error.notFound", code)
                : new TataException(ErrorKind.NOT_FOUND, "evaluation.instrument.error.versionNotFound", code,
                String.valueOf(version));
    }

    private static TataException ioError(Path file, IOException e) {
        return new TataException(ErrorKind.INTERNAL, e, "workspace.error.io", file, String.valueOf(e.getMessage()));
    }

    private static Workspace reader(Session session) {
        session.require(Permission.WORKSPACE_READ);
        return session.workspace();
    }
}
