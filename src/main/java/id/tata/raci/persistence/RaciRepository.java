package id.tata.raci.persistence;

import id.tata.raci.domain.PartyKind;
import id.tata.raci.domain.RaciCell;
import id.tata.raci.domain.RaciLetter;
import id.tata.raci.domain.RaciMatrix;
import id.tata.raci.domain.RaciParty;
import id.tata.raci.domain.RaciSummary;
import id.tata.raci.domain.RaciTask;
import id.tata.workspace.Tx;
import id.tata.workspace.schema.tables.records.RaciLetterRecord;
import id.tata.workspace.schema.tables.records.RaciMatrixRecord;
import id.tata.workspace.schema.tables.records.RaciPartyRecord;
import id.tata.workspace.schema.tables.records.RaciTaskRecord;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.jooq.UpdatableRecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import static id.tata.workspace.schema.Tables.RACI_LETTER;
import static id.tata.workspace.schema.Tables.RACI_MATRIX;
import static id.tata.workspace.schema.Tables.RACI_PARTY;
import static id.tata.workspace.schema.Tables.RACI_TASK;

/**
 * Matrices in the workspace. Saving compares by position with what is stored and writes only the rows that changed
 * (through {@link Tx}, so audited): typing one cell is one audited update of one task row.
 */
public final class RaciRepository {
    private static final String CELL_SEPARATOR = "|";

    public List<RaciSummary> all(DSLContext dsl) {
        List<RaciSummary> out = new ArrayList<>();
        for (RaciMatrixRecord m : dsl.selectFrom(RACI_MATRIX).orderBy(RACI_MATRIX.ID).fetch()) {
            out.add(new RaciSummary(m.getId(), m.getTitle(), m.getSource(),
                    dsl.fetchCount(RACI_TASK, RACI_TASK.MATRIX_ID.eq(m.getId())),
                    dsl.fetchCount(RACI_PARTY, RACI_PARTY.MATRIX_ID.eq(m.getId()))));
        }
        return out;
    }

    public Optional<RaciMatrix> byId(DSLContext dsl, long id) {
        return dsl.selectFrom(RACI_MATRIX).where(RACI_MATRIX.ID.eq(id)).fetchOptional().map(m -> {
            List<RaciLetter> letters = dsl.selectFrom(RACI_LETTER).where(RACI_LETTER.MATRIX_ID.eq(id))
                    .orderBy(RACI_LETTER.ORDINAL).fetch()
                    .map(r -> new RaciLetter(r.getCode(), r.getName(), r.getMeaning()));
            List<RaciParty> parties = dsl.selectFrom(RACI_PARTY).where(RACI_PARTY.MATRIX_ID.eq(id))
                    .orderBy(RACI_PARTY.ORDINAL).fetch()
                    .map(r -> new RaciParty(r.getName(), PartyKind.valueOf(r.getKind()), r.getRefId() == null ? null
                            : r.getRefId().longValue()));
            Result<RaciTaskRecord> taskRows = dsl.selectFrom(RACI_TASK).where(RACI_TASK.MATRIX_ID.eq(id))
                    .orderBy(RACI_TASK.ORDINAL).fetch();
            List<String> codes = letters.stream().map(RaciLetter::code).toList();
            List<RaciTask> tasks = taskRows.map(r -> new RaciTask(r.getGroupName(), r.getText()));
            List<List<RaciCell>> cells = taskRows.map(r -> cells(r.getCells(), parties.size(), codes));
            return new RaciMatrix(m.getId(), m.getTitle(), m.getPurpose(), m.getSource(), letters, parties, tasks,
                    cells);
        });
    }

    /** Stores a new matrix; returns it with its id. */
    public RaciMatrix insert(Tx tx, RaciMatrix matrix) {
        RaciMatrixRecord m = tx.dsl().newRecord(RACI_MATRIX);
        m.setTitle(matrix.title());
        m.setPurpose(matrix.purpose());
        m.setSource(matrix.source());
        m.setCreatedAt(Instant.now().toString());
        m.setCreatedBy(tx.actor());
        tx.insert(m);
        RaciMatrix stored = matrix.withId(m.getId());
        writeChildren(tx, stored);
        return stored;
    }

    /** Writes the changes of an existing matrix: header, letters, parties and tasks, row by row. */
    public void save(Tx tx, RaciMatrix matrix) {
        RaciMatrixRecord m = tx.dsl().fetchSingle(RACI_MATRIX, RACI_MATRIX.ID.eq(matrix.id()));
        m.setTitle(matrix.title());
        m.setPurpose(matrix.purpose());
        m.setSource(matrix.source());
        if (reallyChanged(m)) {
            tx.update(m);
        }
        writeChildren(tx, matrix);
    }

    public void delete(Tx tx, long id) {
        for (var table : List.of(RACI_TASK, RACI_PARTY, RACI_LETTER)) {
            tx.dsl().selectFrom(table).where(table.field("matrix_id", Long.class).eq(id)).fetch()
                    .forEach(r -> tx.delete((UpdatableRecord) r));
        }
        tx.dsl().selectFrom(RACI_MATRIX).where(RACI_MATRIX.ID.eq(id)).fetchOptional().ifPresent(tx::delete);
    }

    private void writeChildren(Tx tx, RaciMatrix matrix) {
        long id = matrix.id();
        sync(tx, tx.dsl().selectFrom(RACI_LETTER).where(RACI_LETTER.MATRIX_ID.eq(id)).orderBy(RACI_LETTER.ORDINAL)
                        .fetch(), matrix.letters(), () -> tx.dsl().newRecord(RACI_LETTER), (r, l) -> {
                    r.setMatrixId(id);
                    r.setCode(l.code());
                    r.setName(l.name());
                    r.setMeaning(l.meaning());
                });
        sync(tx, tx.dsl().selectFrom(RACI_PARTY).where(RACI_PARTY.MATRIX_ID.eq(id)).orderBy(RACI_PARTY.ORDINAL)
                        .fetch(), matrix.parties(), () -> tx.dsl().newRecord(RACI_PARTY), (r, p) -> {
                    r.setMatrixId(id);
                    r.setName(p.name());
                    r.setKind(p.kind().name());
                    r.setRefId(p.refId());
                });
        List<TaskRow> rows = new ArrayList<>();
        for (int t = 0; t < matrix.tasks().size(); t++) {
            rows.add(new TaskRow(matrix.tasks().get(t), matrix.cells().get(t)));
        }
        sync(tx, tx.dsl().selectFrom(RACI_TASK).where(RACI_TASK.MATRIX_ID.eq(id)).orderBy(RACI_TASK.ORDINAL)
                        .fetch(), rows, () -> tx.dsl().newRecord(RACI_TASK), (r, row) -> {
                    r.setMatrixId(id);
                    r.setGroupName(row.task().group());
                    r.setText(row.task().text());
                    r.setCells(String.join(CELL_SEPARATOR, row.cells().stream().map(RaciCell::text).toList()));
                });
    }

    /** A task with its cells, as one row stores them. */
    private record TaskRow(RaciTask task, List<RaciCell> cells) {
    }

    /**
     * Makes the stored rows (ordered by ordinal) equal to {@code wanted}: rows past the end are deleted first (so an
     * ordinal is free before it is reused), then each position is updated when it differs, or inserted.
     */
    private static <R extends UpdatableRecord<R>, T> void sync(Tx tx, List<R> stored, List<T> wanted,
                                                               Supplier<R> fresh, BiConsumer<R, T> fill) {
        for (int i = wanted.size(); i < stored.size(); i++) {
            tx.delete(stored.get(i));
        }
        for (int i = 0; i < wanted.size(); i++) {
            R r = i < stored.size() ? stored.get(i) : fresh.get();
            fill.accept(r, wanted.get(i));
            r.set(r.field("ordinal", Integer.class), i + 1);
            if (i >= stored.size()) {
                tx.insert(r);
            } else if (reallyChanged(r)) {
                tx.update(r);
            }
        }
    }

    /** jOOQ marks a field changed whenever it is set; only a different value is a change worth a write. */
    private static boolean reallyChanged(UpdatableRecord<?> r) {
        for (var f : r.fields()) {
            if (r.changed(f) && java.util.Objects.equals(r.original(f), r.get(f))) {
                r.changed(f, false);
            }
        }
        return r.changed();
    }

    private static List<RaciCell> cells(String stored, int width, List<String> codes) {
        String[] parts = stored.isEmpty() ? new String[0] : stored.split("\\" + CELL_SEPARATOR, -1);
        List<RaciCell> out = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            String text = i < parts.length ? parts[i] : "";
            out.add(RaciCell.parse(text, codes).orElseGet(() -> new RaciCell(Arrays.stream(text.split("/"))
                    .filter(s -> !s.isBlank()).distinct().toList())));
        }
        return out;
    }
}
