-- Perangkat Daerah, their positions (jabatan) and the people who hold them.
CREATE TABLE agency (
    id         INTEGER PRIMARY KEY,
    code       TEXT    NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    name       TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    short_name TEXT    NOT NULL DEFAULT '',
    kind       TEXT    NOT NULL CHECK (kind IN ('SECRETARIAT','COUNCIL_SECRETARIAT','INSPECTORATE','SERVICE_OFFICE',
                                                 'BOARD','DIVISION','UNIT','DISTRICT','SUBDISTRICT','TECHNICAL_UNIT',
                                                 'HOSPITAL','OTHER')),
    parent_id  INTEGER REFERENCES agency (id) ON DELETE RESTRICT,
    address    TEXT    NOT NULL DEFAULT '',
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX agency_parent ON agency (parent_id);

CREATE TABLE position (
    id        INTEGER PRIMARY KEY,
    name      TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    agency_id INTEGER REFERENCES agency (id) ON DELETE RESTRICT,
    echelon   TEXT    NOT NULL DEFAULT '',
    UNIQUE (agency_id, name)
);

CREATE TABLE person (
    id          INTEGER PRIMARY KEY,
    nip         TEXT UNIQUE CHECK (nip IS NULL OR (length(nip) = 18 AND ltrim(nip, '0123456789') = '')),
    front_title TEXT    NOT NULL DEFAULT '',
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    back_title  TEXT    NOT NULL DEFAULT '',
    rank        TEXT    NOT NULL DEFAULT '',
    position_id INTEGER REFERENCES position (id) ON DELETE RESTRICT,
    agency_id   INTEGER REFERENCES agency (id) ON DELETE RESTRICT,
    email       TEXT    NOT NULL DEFAULT '',
    phone       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX person_agency ON person (agency_id);
CREATE INDEX person_position ON person (position_id);

-- Agency codes are compared without regard to case, as people type them.
CREATE UNIQUE INDEX agency_code_ci ON agency (lower(code));
