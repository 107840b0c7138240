-- Offline work across laptops (paket asesor). Every workspace gets an id, so a package names the workspace it was
-- made from and cannot be imported into another one by mistake.
INSERT OR IGNORE INTO workspace_info (info_key, info_value) VALUES ('workspace_id', lower(hex(randomblob(16))));

-- Assessor side: the assessment was opened from a package; its manifest and base (the answers as they were when the
-- package was made) are kept so that the answers go back with the same base, for a three-way merge.
CREATE TABLE package_origin (
    id            INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL UNIQUE REFERENCES assessment (id) ON DELETE CASCADE,
    package_id    TEXT    NOT NULL,
    manifest_json TEXT    NOT NULL,
    base_json     TEXT    NOT NULL,
    opened_at     TEXT    NOT NULL,
    opened_by     TEXT    NOT NULL
);

-- Coordinator side: one merge of a returned package, one undoable step. before_json holds the values the merge
-- replaced, after_json the values it wrote (an undo is refused when the answers changed since).
CREATE TABLE package_merge (
    id             INTEGER PRIMARY KEY,
    assessment_id  INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    package_id     TEXT    NOT NULL,
    assessor       TEXT    NOT NULL,
    merged_at      TEXT    NOT NULL,
    merged_by      TEXT    NOT NULL,
    before_json    TEXT    NOT NULL,
    after_json     TEXT    NOT NULL,
    decisions_json TEXT    NOT NULL,
    undone_at      TEXT,
    undone_by      TEXT
);
CREATE INDEX package_merge_assessment ON package_merge (assessment_id);
