package id.tata.workspace.settings;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.workspace.Tx;
import id.tata.workspace.schema.tables.records.DocumentNumberCounterRecord;
import id.tata.workspace.schema.tables.records.GovernmentProfileRecord;
import id.tata.workspace.schema.tables.records.SignatoryRecord;
import org.jooq.DSLContext;

import java.util.List;

import static id.tata.workspace.schema.Tables.DOCUMENT_NUMBER_COUNTER;
import static id.tata.workspace.schema.Tables.DOCUMENT_NUMBER_PATTERN;
import static id.tata.workspace.schema.Tables.GOVERNMENT_PROFILE;
import static id.tata.workspace.schema.Tables.SIGNATORY;

/** jOOQ access to the settings tables; every write goes through the audited {@link Tx}. */
final class SettingsRepository {

    GovernmentProfile profile(DSLContext dsl) {
        GovernmentProfileRecord r = dsl.fetchSingle(GOVERNMENT_PROFILE);
        return new GovernmentProfile(GovernmentKind.valueOf(r.getKind()), r.getName(), r.getProvince(),
                r.getRegionHeadName(), r.getRegionalSecretaryName(), r.getGcioName(), r.getAddress(),
                r.getCityOfIssue(), r.getPhone(), r.getEmail(), r.getWebsite(), r.getPostalCode(),
                PaperProfile.valueOf(r.getPaperProfile()));
    }

    void saveProfile(Tx tx, GovernmentProfile p) {
        GovernmentProfileRecord r = tx.dsl().fetchSingle(GOVERNMENT_PROFILE);
        r.setKind(p.kind().name());
        r.setName(p.name());
        r.setProvince(p.province());
        r.setRegionHeadName(p.regionHeadName());
        r.setRegionalSecretaryName(p.regionalSecretaryName());
        r.setGcioName(p.gcioName());
        r.setAddress(p.address());
        r.setCityOfIssue(p.cityOfIssue());
        r.setPhone(p.phone());
        r.setEmail(p.email());
        r.setWebsite(p.website());
        r.setPostalCode(p.postalCode());
        r.setPaperProfile(p.paperProfile().name());
        tx.update(r);
    }

    byte[] image(DSLContext dsl, LetterheadImage which) {
        GovernmentProfileRecord r = dsl.fetchSingle(GOVERNMENT_PROFILE);
        return which == LetterheadImage.EMBLEM ? r.getEmblemImage() : r.getLogoImage();
    }

    void setImage(Tx tx, LetterheadImage which, byte[] image) {
        GovernmentProfileRecord r = tx.dsl().fetchSingle(GOVERNMENT_PROFILE);
        if (which == LetterheadImage.EMBLEM) {
            r.setEmblemImage(image);
        } else {
            r.setLogoImage(image);
        }
        tx.update(r);
    }

    List<Signatory> signatories(DSLContext dsl) {
        return dsl.selectFrom(SIGNATORY).orderBy(SIGNATORY.SIGNER_ROLE, SIGNATORY.NAME).fetch(r -> new Signatory(
                r.getId(), SignerRole.valueOf(r.getSignerRole()), r.getName(), r.getPositionTitle(), r.getNip(),
                r.getRank(), r.getIsDefault() == 1));
    }

    Signatory saveSignatory(Tx tx, Signatory s) {
        boolean isNew = s.id() == null;
        SignatoryRecord r = isNew ? tx.dsl().newRecord(SIGNATORY) : existingSignatory(tx.dsl(), s.id());
        return write(tx, r, s, isNew);
    }

    /** Inserts a deleted signatory again under its old id. */
    Signatory restoreSignatory(Tx tx, Signatory s) {
        SignatoryRecord r = tx.dsl().newRecord(SIGNATORY);
        r.setId(s.id());
        return write(tx, r, s, true);
    }

    private static Signatory write(Tx tx, SignatoryRecord r, Signatory s, boolean isNew) {
        if (s.isDefault()) {
            for (SignatoryRecord other : tx.dsl().selectFrom(SIGNATORY).where(SIGNATORY.SIGNER_ROLE.eq(s.role().name()))
                    .and(SIGNATORY.IS_DEFAULT.eq(1)).fetch()) {
                other.setIsDefault(0);
                tx.update(other);
            }
        }
        r.setSignerRole(s.role().name());
        r.setName(s.name());
        r.setPositionTitle(s.positionTitle());
        r.setNip(s.nip());
        r.setRank(s.rank());
        r.setIsDefault(s.isDefault() ? 1 : 0);
        SignatoryRecord stored = isNew ? tx.insert(r) : tx.update(r);
        return s.withId(stored.getId());
    }

    void deleteSignatory(Tx tx, long id) {
        tx.delete(existingSignatory(tx.dsl(), id));
    }

    private static SignatoryRecord existingSignatory(DSLContext dsl, long id) {
        SignatoryRecord r = dsl.fetchOne(SIGNATORY, SIGNATORY.ID.eq(id));
        if (r == null) {
            throw new TataException(ErrorKind.NOT_FOUND, "settings.error.signatoryNotFound", id);
        }
        return r;
    }

    List<NumberPattern> patterns(DSLContext dsl) {
        return dsl.selectFrom(DOCUMENT_NUMBER_PATTERN).orderBy(DOCUMENT_NUMBER_PATTERN.DOCUMENT_TYPE)
                .fetch(r -> new NumberPattern(r.getDocumentType(), r.getPattern(), r.getDescription()));
    }

    NumberPattern pattern(DSLContext dsl, String documentType) {
        var r = dsl.fetchOne(DOCUMENT_NUMBER_PATTERN, DOCUMENT_NUMBER_PATTERN.DOCUMENT_TYPE.eq(documentType));
        if (r == null) {
            throw new TataException(ErrorKind.NOT_FOUND, "settings.error.noPattern", documentType);
        }
        return new NumberPattern(r.getDocumentType(), r.getPattern(), r.getDescription());
    }

    void savePattern(Tx tx, NumberPattern p) {
        var r = tx.dsl().fetchOne(DOCUMENT_NUMBER_PATTERN, DOCUMENT_NUMBER_PATTERN.DOCUMENT_TYPE.eq(p.documentType()));
        boolean isNew = r == null;
        if (isNew) {
            r = tx.dsl().newRecord(DOCUMENT_NUMBER_PATTERN);
            r.setDocumentType(p.documentType());
        }
        r.setPattern(p.pattern());
        r.setDescription(p.description());
        if (isNew) {
            tx.insert(r);
        } else {
            tx.update(r);
        }
    }

    int lastNumber(DSLContext dsl, String documentType, int year) {
        DocumentNumberCounterRecord r = counter(dsl, documentType, year);
        return r == null ? 0 : r.getLastNumber();
    }

    int increment(Tx tx, String documentType, int year) {
        DocumentNumberCounterRecord r = counter(tx.dsl(), documentType, year);
        if (r == null) {
            r = tx.dsl().newRecord(DOCUMENT_NUMBER_COUNTER);
            r.setDocumentType(documentType);
            r.setYear(year);
            r.setLastNumber(1);
            tx.insert(r);
            return 1;
        }
        r.setLastNumber(r.getLastNumber() + 1);
        tx.update(r);
        return r.getLastNumber();
    }

    private static DocumentNumberCounterRecord counter(DSLContext dsl, String documentType, int year) {
        return dsl.fetchOne(DOCUMENT_NUMBER_COUNTER, DOCUMENT_NUMBER_COUNTER.DOCUMENT_TYPE.eq(documentType)
                .and(DOCUMENT_NUMBER_COUNTER.YEAR.eq(year)));
    }
}
