package id.tata.documents.persistence;

import id.tata.documents.register.IssuedDocument;
import id.tata.documents.register.IssuedFile;
import id.tata.documents.render.DocumentFormat;
import id.tata.workspace.Tx;
import id.tata.workspace.schema.tables.records.IssuedDocumentRecord;
import id.tata.workspace.schema.tables.records.IssuedFileRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static id.tata.workspace.schema.Tables.DOCUMENT_NUMBER_COUNTER;
import static id.tata.workspace.schema.Tables.ISSUED_DOCUMENT;
import static id.tata.workspace.schema.Tables.ISSUED_FILE;

/** The register tables. Rows are only ever added (triggers refuse deletes and file changes). */
public final class RegisterRepository {

    public IssuedDocument insert(Tx tx, IssuedDocument d) {
        IssuedDocumentRecord r = tx.dsl().newRecord(ISSUED_DOCUMENT);
        r.setRegisterCode(d.registerCode());
        r.setDocumentType(d.documentType());
        r.setNumberType(d.numberType());
        r.setNumber(d.number());
        r.setNumberYear(d.numberYear());
        r.setNumberSequence(d.numberSequence());
        r.setTitle(d.title());
        r.setDocumentDate(d.date() == null ? null : d.date().toString());
        r.setSignatory(d.signatory());
        r.setIssuedBy(d.issuedBy());
        r.setIssuedAt(d.issuedAt().toString());
        r.setContentSha256(d.contentSha256());
        r.setSupersedesId(d.supersedesId());
        r.setNote(d.note());
        tx.insert(r);
        for (IssuedFile f : d.files()) {
            IssuedFileRecord fr = tx.dsl().newRecord(ISSUED_FILE);
            fr.setIssuedDocumentId(r.getId());
            fr.setFormat(f.format().name());
            fr.setFileName(f.fileName());
            fr.setSha256(f.sha256());
            fr.setSizeBytes(Math.toIntExact(f.sizeBytes()));
            tx.insert(fr);
        }
        return byId(tx.dsl(), r.getId()).orElseThrow();
    }

    public List<IssuedDocument> all(DSLContext dsl) {
        return dsl.selectFrom(ISSUED_DOCUMENT).orderBy(ISSUED_DOCUMENT.ID.desc()).fetch()
                .map(r -> toDomain(dsl, r));
    }

    public Optional<IssuedDocument> byId(DSLContext dsl, long id) {
        return dsl.selectFrom(ISSUED_DOCUMENT).where(ISSUED_DOCUMENT.ID.eq(id)).fetchOptional()
                .map(r -> toDomain(dsl, r));
    }

    public Optional<IssuedDocument> byCode(DSLContext dsl, String code) {
        return dsl.selectFrom(ISSUED_DOCUMENT).where(ISSUED_DOCUMENT.REGISTER_CODE.eq(code)).fetchOptional()
                .map(r -> toDomain(dsl, r));
    }

    /** The document a file with this hash was issued as, and in which format. */
    public Optional<IssuedFileMatch> byFileHash(DSLContext dsl, String sha256) {
        return dsl.selectFrom(ISSUED_FILE).where(ISSUED_FILE.SHA256.eq(sha256)).orderBy(ISSUED_FILE.ID).limit(1)
                .fetchOptional()
                .map(f -> new IssuedFileMatch(byId(dsl, f.getIssuedDocumentId()).orElseThrow(),
                        DocumentFormat.valueOf(f.getFormat())));
    }

    public record IssuedFileMatch(IssuedDocument document, DocumentFormat format) {
    }

    /** The newest document that corrects this one, if any. */
    public Optional<IssuedDocument> supersededBy(DSLContext dsl, long id) {
        return dsl.selectFrom(ISSUED_DOCUMENT).where(ISSUED_DOCUMENT.SUPERSEDES_ID.eq(id))
                .orderBy(ISSUED_DOCUMENT.ID.desc()).limit(1).fetchOptional().map(r -> toDomain(dsl, r));
    }

    /** How many register codes a year has used (codes are numbered per year). */
    public int countCodes(DSLContext dsl, int year) {
        return dsl.fetchCount(ISSUED_DOCUMENT, ISSUED_DOCUMENT.REGISTER_CODE.like("TATA-" + year + "-%"));
    }

    /** Sequences of a counter year that carry a register row. */
    public List<Integer> usedSequences(DSLContext dsl, String numberType, int year) {
        return dsl.select(ISSUED_DOCUMENT.NUMBER_SEQUENCE).from(ISSUED_DOCUMENT)
                .where(ISSUED_DOCUMENT.NUMBER_TYPE.eq(numberType), ISSUED_DOCUMENT.NUMBER_YEAR.eq(year),
                        ISSUED_DOCUMENT.NUMBER_SEQUENCE.isNotNull())
                .fetch(ISSUED_DOCUMENT.NUMBER_SEQUENCE);
    }

    /** The last number a counter gave out (0 when never used). */
    public int counterValue(DSLContext dsl, String numberType, int year) {
        Integer last = dsl.select(DOCUMENT_NUMBER_COUNTER.LAST_NUMBER).from(DOCUMENT_NUMBER_COUNTER)
                .where(DOCUMENT_NUMBER_COUNTER.DOCUMENT_TYPE.eq(numberType), DOCUMENT_NUMBER_COUNTER.YEAR.eq(year))
                .fetchOne(DOCUMENT_NUMBER_COUNTER.LAST_NUMBER);
        return last == null ? 0 : last;
    }

    /** Counter years that exist for a number type. */
    public List<Integer> counterYears(DSLContext dsl, String numberType) {
        return dsl.select(DOCUMENT_NUMBER_COUNTER.YEAR).from(DOCUMENT_NUMBER_COUNTER)
                .where(DOCUMENT_NUMBER_COUNTER.DOCUMENT_TYPE.eq(numberType)).orderBy(DOCUMENT_NUMBER_COUNTER.YEAR)
                .fetch(DOCUMENT_NUMBER_COUNTER.YEAR);
    }

    private IssuedDocument toDomain(DSLContext dsl, IssuedDocumentRecord r) {
        List<IssuedFile> files = dsl.selectFrom(ISSUED_FILE).where(ISSUED_FILE.ISSUED_DOCUMENT_ID.eq(r.getId()))
                .orderBy(ISSUED_FILE.ID).fetch()
                .map(f -> new IssuedFile(DocumentFormat.valueOf(f.getFormat()), f.getFileName(), f.getSha256(),
                        f.getSizeBytes()));
        return new IssuedDocument(r.getId(), r.getRegisterCode(), r.getDocumentType(), r.getNumberType(),
                r.getNumber(), r.getNumberYear(), r.getNumberSequence(), r.getTitle(),
                r.getDocumentDate() == null ? null : LocalDate.parse(r.getDocumentDate()), r.getSignatory(),
                r.getIssuedBy(), Instant.parse(r.getIssuedAt()), r.getContentSha256(), r.getSupersedesId(),
                r.getNote(), files);
    }
}
