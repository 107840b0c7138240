package id.tata.evaluation.exchange.persistence;

import id.tata.workspace.Tx;
import id.tata.workspace.schema.tables.records.PackageMergeRecord;
import id.tata.workspace.schema.tables.records.PackageOriginRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static id.tata.workspace.schema.Tables.PACKAGE_MERGE;
import static id.tata.workspace.schema.Tables.PACKAGE_ORIGIN;
import static id.tata.workspace.schema.Tables.WORKSPACE_INFO;

/** The workspace id, the package an assessment came from (assessor side) and the merges of returned packages. */
public final class ExchangeRepository {
    private static final String WORKSPACE_ID = "workspace_id";

    /** The id the migration gave this workspace (a copy of the file shares it, which is what a backup should do). */
    public String workspaceId(DSLContext dsl) {
        return dsl.select(WORKSPACE_INFO.INFO_VALUE).from(WORKSPACE_INFO).where(WORKSPACE_INFO.INFO_KEY.eq(WORKSPACE_ID))
                .fetchOptional(WORKSPACE_INFO.INFO_VALUE).orElse("");
    }

    public void insertOrigin(Tx tx, long assessmentId, String packageId, String manifestJson, String baseJson) {
        PackageOriginRecord r = tx.dsl().newRecord(PACKAGE_ORIGIN);
        r.setAssessmentId(assessmentId);
        r.setPackageId(packageId);
        r.setManifestJson(manifestJson);
        r.setBaseJson(baseJson);
        r.setOpenedAt(Instant.now().toString());
        r.setOpenedBy(tx.actor());
        tx.insert(r);
    }

    public List<StoredOrigin> origins(DSLContext dsl) {
        return dsl.selectFrom(PACKAGE_ORIGIN).orderBy(PACKAGE_ORIGIN.ID).fetch().map(r -> new StoredOrigin(
                r.getAssessmentId(), r.getPackageId(), r.getManifestJson(), r.getBaseJson(), r.getOpenedAt(),
                r.getOpenedBy()));
    }

    public long insertMerge(Tx tx, long assessmentId, String packageId, String assessor, String beforeJson,
                            String afterJson, String decisionsJson) {
        PackageMergeRecord r = tx.dsl().newRecord(PACKAGE_MERGE);
        r.setAssessmentId(assessmentId);
        r.setPackageId(packageId);
        r.setAssessor(assessor);
        r.setMergedAt(Instant.now().toString());
        r.setMergedBy(tx.actor());
        r.setBeforeJson(beforeJson);
        r.setAfterJson(afterJson);
        r.setDecisionsJson(decisionsJson);
        return tx.insert(r).getId();
    }

    public Optional<StoredMerge> merge(DSLContext dsl, long id) {
        return dsl.selectFrom(PACKAGE_MERGE).where(PACKAGE_MERGE.ID.eq(id)).fetchOptional()
                .map(ExchangeRepository::toMerge);
    }

    public List<StoredMerge> merges(DSLContext dsl, long assessmentId) {
        return dsl.selectFrom(PACKAGE_MERGE).where(PACKAGE_MERGE.ASSESSMENT_ID.eq(assessmentId))
                .orderBy(PACKAGE_MERGE.ID).fetch().map(ExchangeRepository::toMerge);
    }

    public void markUndone(Tx tx, long id) {
        PackageMergeRecord r = tx.dsl().fetchSingle(PACKAGE_MERGE, PACKAGE_MERGE.ID.eq(id));
        r.setUndoneAt(Instant.now().toString());
        r.setUndoneBy(tx.actor());
        tx.update(r);
    }

    private static StoredMerge toMerge(PackageMergeRecord r) {
        return new StoredMerge(r.getId(), r.getAssessmentId(), r.getPackageId(), r.getAssessor(), r.getMergedAt(),
                r.getMergedBy(), r.getBeforeJson(), r.getAfterJson(), r.getDecisionsJson(), r.getUndoneAt(),
                r.getUndoneBy());
    }
}
