-- RACI matrices (matriks pembagian tugas). A task row holds its cells in party order ("A|A/C|C/R||I|R"), so that an
-- edit of one cell changes one row and the audit log shows the task before and after, readable as the matrix is.
CREATE TABLE raci_matrix (
    id            INTEGER PRIMARY KEY,
    title         TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    purpose       TEXT    NOT NULL DEFAULT '',
    source        TEXT    NOT NULL DEFAULT '',
    created_at    TEXT    NOT NULL,
    created_by    TEXT    NOT NULL
);

CREATE TABLE raci_letter (
    id        INTEGER PRIMARY KEY,
    matrix_id INTEGER NOT NULL REFERENCES raci_matrix (id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    code      TEXT    NOT NULL CHECK (length(code) = 1),
    name      TEXT    NOT NULL DEFAULT '',
    meaning   TEXT    NOT NULL DEFAULT '',
    UNIQUE (matrix_id, ordinal),
    UNIQUE (matrix_id, code)
);

CREATE TABLE raci_party (
    id        INTEGER PRIMARY KEY,
    matrix_id INTEGER NOT NULL REFERENCES raci_matrix (id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    name      TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    kind      TEXT    NOT NULL CHECK (kind IN ('POSITION','AGENCY','TEAM','GROUP')),
    -- the position, agency or team of the workspace this column stands for (by kind); NULL for a named group
    ref_id    INTEGER,
    UNIQUE (matrix_id, ordinal)
);

CREATE TABLE raci_task (
    id         INTEGER PRIMARY KEY,
    matrix_id  INTEGER NOT NULL REFERENCES raci_matrix (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    group_name TEXT    NOT NULL DEFAULT '',
    text       TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    cells      TEXT    NOT NULL DEFAULT '',
    UNIQUE (matrix_id, ordinal)
);
