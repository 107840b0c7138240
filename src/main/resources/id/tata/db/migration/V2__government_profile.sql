-- The regional government that owns the workspace, and what its official documents need.
CREATE TABLE government_profile (
    id                      INTEGER PRIMARY KEY CHECK (id = 1),
    kind                    TEXT    NOT NULL DEFAULT 'KOTA' CHECK (kind IN ('KOTA','KABUPATEN')),
    name                    TEXT    NOT NULL DEFAULT '',
    province                TEXT    NOT NULL DEFAULT '',
    region_head_name        TEXT    NOT NULL DEFAULT '',
    regional_secretary_name TEXT    NOT NULL DEFAULT '',
    gcio_name               TEXT    NOT NULL DEFAULT '',
    address                 TEXT    NOT NULL DEFAULT '',
    city_of_issue           TEXT    NOT NULL DEFAULT '',
    phone                   TEXT    NOT NULL DEFAULT '',
    email                   TEXT    NOT NULL DEFAULT '',
    website                 TEXT    NOT NULL DEFAULT '',
    postal_code             TEXT    NOT NULL DEFAULT '',
    paper_profile           TEXT    NOT NULL DEFAULT 'F4' CHECK (paper_profile IN ('A4','F4')),
    emblem_image            BLOB,
    logo_image              BLOB
);

CREATE TABLE signatory (
    id            INTEGER PRIMARY KEY,
    signer_role   TEXT    NOT NULL CHECK (signer_role IN ('REGION_HEAD','REGIONAL_SECRETARY','GCIO','OTHER')),
    name          TEXT    NOT NULL,
    position_title TEXT   NOT NULL,
    nip           TEXT,
    rank          TEXT,
    is_default    INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0,1))
);

CREATE TABLE document_number_pattern (
    document_type TEXT NOT NULL PRIMARY KEY,
    pattern       TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE document_number_counter (
    document_type TEXT    NOT NULL REFERENCES document_number_pattern (document_type) ON DELETE CASCADE,
    year          INTEGER NOT NULL,
    last_number   INTEGER NOT NULL DEFAULT 0 CHECK (last_number >= 0),
    PRIMARY KEY (document_type, year)
);

-- One profile row always exists, so every reader can rely on it.
INSERT INTO government_profile (id) VALUES (1);

-- Sensible number patterns to start from; each Pemda edits them to its own Tata Naskah Dinas.
INSERT INTO document_number_pattern (document_type, pattern, description) VALUES
    ('DECREE', '188.45/{n}/HK/{yyyy}', 'Keputusan Kepala Daerah'),
    ('AGENCY_DECREE', '000.4.3/{n}/Diskominfo/{yyyy}', 'Keputusan Kepala Diskominfo'),
    ('LETTER', '000.4.3/{n}/Diskominfo/{yyyy}', 'Surat Dinas Diskominfo'),
    ('MINUTES', '000.4.3/{n}/BA/Diskominfo/{yyyy}', 'Berita Acara');
