-- Official documents: editable text templates, page margins per document type, and the register of issued
-- documents with the SHA-256 of every file produced.

-- The texts of a document type (Menimbang, Mengingat, diktum, Tembusan …), one row per item in order.
-- A type without rows uses the defaults shipped with Tata.
CREATE TABLE document_template (
    document_type TEXT    NOT NULL,
    part          TEXT    NOT NULL CHECK (part IN ('CONSIDERATION','LEGAL_BASIS','DIKTUM','COPY_TO')),
    position      INTEGER NOT NULL CHECK (position >= 1),
    text          TEXT    NOT NULL,
    PRIMARY KEY (document_type, part, position)
);

-- Margins in millimetres per document type; a type without a row uses the defaults.
CREATE TABLE document_layout (
    document_type TEXT NOT NULL PRIMARY KEY,
    margin_top    REAL NOT NULL CHECK (margin_top >= 0 AND margin_top <= 80),
    margin_right  REAL NOT NULL CHECK (margin_right >= 0 AND margin_right <= 80),
    margin_bottom REAL NOT NULL CHECK (margin_bottom >= 0 AND margin_bottom <= 80),
    margin_left   REAL NOT NULL CHECK (margin_left >= 0 AND margin_left <= 80)
);

-- Every issued document. Rows are never deleted; a corrected document is a new row pointing to the one it replaces.
CREATE TABLE issued_document (
    id              INTEGER PRIMARY KEY,
    register_code   TEXT    NOT NULL UNIQUE,
    document_type   TEXT    NOT NULL,
    number_type     TEXT,
    number          TEXT,
    number_year     INTEGER,
    number_sequence INTEGER,
    title           TEXT    NOT NULL,
    document_date   TEXT,
    signatory       TEXT    NOT NULL DEFAULT '',
    issued_by       TEXT    NOT NULL,
    issued_at       TEXT    NOT NULL,
    content_sha256  TEXT    NOT NULL,
    supersedes_id   INTEGER REFERENCES issued_document (id),
    note            TEXT    NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX issued_document_number ON issued_document (number_type, number_year, number_sequence);

CREATE TABLE issued_file (
    id                 INTEGER PRIMARY KEY,
    issued_document_id INTEGER NOT NULL REFERENCES issued_document (id),
    format             TEXT    NOT NULL CHECK (format IN ('DOCX','PDF','XLSX')),
    file_name          TEXT    NOT NULL,
    sha256             TEXT    NOT NULL,
    size_bytes         INTEGER NOT NULL CHECK (size_bytes >= 0),
    UNIQUE (issued_document_id, format)
);
CREATE INDEX issued_file_sha256 ON issued_file (sha256);

CREATE TRIGGER issued_document_no_delete BEFORE DELETE ON issued_document
BEGIN
    SELECT RAISE(ABORT, 'the register of issued documents keeps every row');
END;
CREATE TRIGGER issued_file_no_delete BEFORE DELETE ON issued_file
BEGIN
    SELECT RAISE(ABORT, 'the register of issued documents keeps every row');
END;
CREATE TRIGGER issued_file_no_update BEFORE UPDATE ON issued_file
BEGIN
    SELECT RAISE(ABORT, 'registered file hashes cannot change');
END;
