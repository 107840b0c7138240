package id.tata.evaluation.persistence;

import id.tata.workspace.Tx;
import id.tata.workspace.Workspace;
import id.tata.workspace.schema.tables.records.InstrumentRecord;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.util.List;

import static id.tata.workspace.schema.Tables.INSTRUMENT;

/** Imported instrument versions. Rows are only ever inserted: a version does not change (a trigger guards it). */
public final class InstrumentRepository {

    /** Every stored version, by code and version. */
    public List<StoredInstrument> all(Workspace workspace) {
        return workspace.read(dsl -> dsl.selectFrom(INSTRUMENT).orderBy(INSTRUMENT.CODE, INSTRUMENT.VERSION)
                .fetch(InstrumentRepository::toStored));
    }

    /** The stored versions of one code, oldest first. */
    public List<StoredInstrument> versions(Workspace workspace, String code) {
        return workspace.read(dsl -> versions(dsl, code));
    }

    public List<StoredInstrument> versions(Tx tx, String code) {
        return versions(tx.dsl(), code);
    }

    private static List<StoredInstrument> versions(DSLContext dsl, String code) {
        return dsl.selectFrom(INSTRUMENT).where(INSTRUMENT.CODE.eq(code)).orderBy(INSTRUMENT.VERSION)
                .fetch(InstrumentRepository::toStored);
    }

    public StoredInstrument insert(Tx tx, String code, int version, String name, boolean provisional,
                                   String sourceJson) {
        InstrumentRecord r = tx.dsl().newRecord(INSTRUMENT);
        r.setCode(code);
        r.setVersion(version);
        r.setName(name);
        r.setProvisional(provisional ? 1 : 0);
        r.setSourceJson(sourceJson);
        r.setImportedAt(Instant.now().toString());
        r.setImportedBy(tx.actor());
        return toStored(tx.insert(r));
    }

    private static StoredInstrument toStored(Record r) {
        return new StoredInstrument(r.get(INSTRUMENT.ID), r.get(INSTRUMENT.CODE), r.get(INSTRUMENT.VERSION),
                r.get(INSTRUMENT.NAME), r.get(INSTRUMENT.PROVISIONAL) == 1, r.get(INSTRUMENT.SOURCE_JSON),
                r.get(INSTRUMENT.IMPORTED_AT), r.get(INSTRUMENT.IMPORTED_BY));
    }
}
