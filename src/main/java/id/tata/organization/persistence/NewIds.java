package id.tata.organization.persistence;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import static id.tata.workspace.schema.Tables.AUDIT_LOG;

/**
 * Ids for new records that no record of the table ever had. SQLite's plain INTEGER PRIMARY KEY hands out the highest
 * id + 1, so deleting the newest agency and creating another would reuse its id: undo of the delete could then not
 * restore it under its id, and the audit history of one id would mix two records. The audit log remembers every id.
 */
final class NewIds {
    private NewIds() {}

    static long next(DSLContext dsl, Table<?> table, Field<Long> id) {
        Long inTable = dsl.select(DSL.max(id)).from(table).fetchOne(0, Long.class);
        Long inHistory = dsl.select(DSL.max(AUDIT_LOG.RECORD_ID.cast(SQLDataType.BIGINT))).from(AUDIT_LOG)
                .where(AUDIT_LOG.TABLE_NAME.eq(table.getName())).fetchOne(0, Long.class);
        return Math.max(inTable == null ? 0 : inTable, inHistory == null ? 0 : inHistory) + 1;
    }
}
