-- The work of an assessment: per indicator the explanation, target level, verifier's note, chosen public service,
-- review status and who answers it; the evidence files (bukti dukung) stored inside the workspace once per content;
-- the history of every status change; finalisation (a frozen, numbered revision).

ALTER TABLE assessment ADD COLUMN revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1);
ALTER TABLE assessment ADD COLUMN finalized_at TEXT;
ALTER TABLE assessment ADD COLUMN finalized_by TEXT;
ALTER TABLE assessment ADD COLUMN carried_from INTEGER REFERENCES assessment (id);

ALTER TABLE assessment_answer ADD COLUMN explanation TEXT NOT NULL DEFAULT '';
ALTER TABLE assessment_answer ADD COLUMN target_level INTEGER CHECK (target_level >= 1 AND target_level <= 5);
ALTER TABLE assessment_answer ADD COLUMN verifier_note TEXT NOT NULL DEFAULT '';
ALTER TABLE assessment_answer ADD COLUMN public_service TEXT NOT NULL DEFAULT '';
ALTER TABLE assessment_answer ADD COLUMN status TEXT NOT NULL DEFAULT 'DRAFT'
    CHECK (status IN ('DRAFT','SUBMITTED','RETURNED','APPROVED'));
ALTER TABLE assessment_answer ADD COLUMN review_note TEXT NOT NULL DEFAULT '';
-- Carried forward from last year's assessment and not yet looked at again.
ALTER TABLE assessment_answer ADD COLUMN recheck INTEGER NOT NULL DEFAULT 0 CHECK (recheck IN (0,1));
-- Who answers the indicator (a Tata user) and which agency is responsible for it.
ALTER TABLE assessment_answer ADD COLUMN assignee TEXT;
ALTER TABLE assessment_answer ADD COLUMN agency_id INTEGER REFERENCES agency (id) ON DELETE SET NULL;
ALTER TABLE assessment_answer ADD COLUMN updated_at TEXT;
ALTER TABLE assessment_answer ADD COLUMN updated_by TEXT;

-- Every status change, who and when; the history is never rewritten.
CREATE TABLE answer_transition (
    id            INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    indicator_no  INTEGER NOT NULL,
    from_status   TEXT    NOT NULL,
    to_status     TEXT    NOT NULL,
    note          TEXT    NOT NULL DEFAULT '',
    actor         TEXT    NOT NULL,
    changed_at    TEXT    NOT NULL
);
CREATE INDEX answer_transition_answer ON answer_transition (assessment_id, indicator_no);
CREATE TRIGGER answer_transition_no_update BEFORE UPDATE ON answer_transition
BEGIN
    SELECT RAISE(ABORT, 'the review history cannot change');
END;

-- Evidence content, stored once however many indicators cite it, named by its SHA-256.
CREATE TABLE evidence_file (
    sha256     TEXT    NOT NULL PRIMARY KEY CHECK (length(sha256) = 64),
    size       INTEGER NOT NULL CHECK (size >= 0),
    media_type TEXT    NOT NULL,
    content    BLOB    NOT NULL,
    stored_at  TEXT    NOT NULL
);

-- An evidence file attached to one indicator of one assessment, under the name the user gave it.
CREATE TABLE answer_evidence (
    id            INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    indicator_no  INTEGER NOT NULL,
    sha256        TEXT    NOT NULL REFERENCES evidence_file (sha256) ON DELETE RESTRICT,
    original_name TEXT    NOT NULL CHECK (length(trim(original_name)) > 0),
    attached_by   TEXT    NOT NULL,
    attached_at   TEXT    NOT NULL,
    recheck       INTEGER NOT NULL DEFAULT 0 CHECK (recheck IN (0,1)),
    UNIQUE (assessment_id, indicator_no, sha256)
);
CREATE INDEX answer_evidence_file ON answer_evidence (sha256);

-- A finalised revision: the whole assessment as it was locked (JSON), kept for ever.
CREATE TABLE assessment_revision (
    id            INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    revision      INTEGER NOT NULL,
    finalized_at  TEXT    NOT NULL,
    finalized_by  TEXT    NOT NULL,
    snapshot_json TEXT    NOT NULL,
    UNIQUE (assessment_id, revision)
);
CREATE TRIGGER assessment_revision_no_update BEFORE UPDATE ON assessment_revision
BEGIN
    SELECT RAISE(ABORT, 'a finalised revision cannot change');
END;

-- A final assessment is frozen: its answers and evidence cannot change until a new revision is opened.
CREATE TRIGGER answer_frozen_insert BEFORE INSERT ON assessment_answer
    WHEN (SELECT finalized_at FROM assessment WHERE id = NEW.assessment_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'the assessment is final; open a new revision to change it');
END;
CREATE TRIGGER answer_frozen_update BEFORE UPDATE ON assessment_answer
    WHEN (SELECT finalized_at FROM assessment WHERE id = OLD.assessment_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'the assessment is final; open a new revision to change it');
END;
CREATE TRIGGER evidence_frozen_insert BEFORE INSERT ON answer_evidence
    WHEN (SELECT finalized_at FROM assessment WHERE id = NEW.assessment_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'the assessment is final; open a new revision to change it');
END;
CREATE TRIGGER evidence_frozen_delete BEFORE DELETE ON answer_evidence
    WHEN (SELECT finalized_at FROM assessment WHERE id = OLD.assessment_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'the assessment is final; open a new revision to change it');
END;

-- Settings of the evaluation kept in the workspace (e.g. the evidence size limit).
CREATE TABLE evaluation_setting (
    setting_key   TEXT NOT NULL PRIMARY KEY,
    setting_value TEXT NOT NULL
);
