-- Assessments (Penilaian Mandiri): one per instrument and year, answering one stored instrument version, and the
-- levels given per indicator: the self level (nilai mandiri) and, later, the verified level (nilai verifikasi).
CREATE TABLE assessment (
    id                 INTEGER PRIMARY KEY,
    instrument_code    TEXT    NOT NULL,
    instrument_version INTEGER NOT NULL CHECK (instrument_version >= 1),
    year               INTEGER NOT NULL CHECK (year >= 2000 AND year <= 2999),
    name               TEXT    NOT NULL,
    created_at         TEXT    NOT NULL,
    created_by         TEXT    NOT NULL,
    UNIQUE (instrument_code, year)
);

CREATE TABLE assessment_answer (
    id             INTEGER PRIMARY KEY,
    assessment_id  INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    indicator_no   INTEGER NOT NULL CHECK (indicator_no >= 1),
    self_level     INTEGER CHECK (self_level >= 1 AND self_level <= 5),
    verified_level INTEGER CHECK (verified_level >= 1 AND verified_level <= 5),
    UNIQUE (assessment_id, indicator_no)
);
