package id.tata.workspace;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

import java.time.Instant;
import java.util.stream.Collectors;

import static id.tata.workspace.schema.Tables.AUDIT_LOG;

/**
 * One write transaction on the workspace, on behalf of one user. Every change of data goes through
 * {@link #insert}, {@link #update} or {@link #delete}, which write the audit log row (who, when, which record,
 * before and after) in the same transaction: a change without its audit row cannot happen.
 */
public final class Tx {
    private static final java.util.Set<String> SECRET_COLUMNS = java.util.Set.of("password_hash");

    private final DSLContext dsl;
    private final String actor;

    Tx(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    /** For reads inside the transaction and for statements the helpers below cannot express. */
    public DSLContext dsl() {
        return dsl;
    }

    public String actor() {
        return actor;
    }

    /** Stores a new record (its generated key is filled in) and audits it. */
    public <R extends UpdatableRecord<R>> R insert(R record) {
        record.attach(dsl.configuration());
        record.insert();
        record.refresh();
        audit("INSERT", record, null, json(record));
        return record;
    }

    /** Stores the changed fields of an existing record and audits before and after. */
    public <R extends UpdatableRecord<R>> R update(R record) {
        record.attach(dsl.configuration());
        R before = dsl.fetchSingle(record.getTable(), record.getTable().getPrimaryKey().getFields().stream()
                .map(f -> equal(f, record)).reduce(org.jooq.Condition::and).orElseThrow());
        record.update();
        record.refresh();
        audit("UPDATE", record, json(before), json(record));
        return record;
    }

    /** Deletes a record and audits what it was. */
    public <R extends UpdatableRecord<R>> void delete(R record) {
        record.attach(dsl.configuration());
        record.refresh();
        String before = json(record);
        record.delete();
        audit("DELETE", record, before, null);
    }

    /** For changes made with plain statements (bulk updates): the caller supplies the audit facts. */
    public void audit(String action, String table, String recordId, String beforeJson, String afterJson) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.CHANGED_AT, Instant.now().toString())
                .set(AUDIT_LOG.USERNAME, actor)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.TABLE_NAME, table)
                .set(AUDIT_LOG.RECORD_ID, recordId)
                .set(AUDIT_LOG.BEFORE_JSON, beforeJson)
                .set(AUDIT_LOG.AFTER_JSON, afterJson)
                .execute();
    }

    private void audit(String action, UpdatableRecord<?> record, String before, String after) {
        audit(action, record.getTable().getName(), recordId(record), before, after);
    }

    private static String recordId(UpdatableRecord<?> record) {
        return record.key().intoList().stream().map(String::valueOf).collect(Collectors.joining("/"));
    }

    /**
     * Secrets never reach the audit log (a password change shows only that the hash changed), and files (BLOBs) are
     * logged by size and digest, not content, so the log stays small and readable.
     */
    private static String json(Record record) {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (var field : record.fields()) {
            values.put(field.getName(), loggable(field.getName(), record.get(field)));
        }
        return org.jooq.tools.json.JSONObject.toJSONString(values);
    }

    private static Object loggable(String column, Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (SECRET_COLUMNS.contains(column)) {
            return "sha256:" + sha256(String.valueOf(value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (value instanceof byte[] bytes) {
            return bytes.length + " bytes, sha256:" + sha256(bytes);
        }
        return value.toString();
    }

    private static String sha256(byte[] data) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(data);
            return java.util.HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> org.jooq.Condition equal(TableField<?, T> field, Record record) {
        return field.eq((T) record.get(field));
    }
}
