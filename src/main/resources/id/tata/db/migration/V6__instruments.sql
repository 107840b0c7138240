-- Evaluation instruments (SPBE-2020, PEMDI-2026, or any instrument in the same JSON shape) imported into the
-- workspace. The JSON text is the stored truth: it is parsed on load, so an instrument is versioned data, not code.
-- The built-in instruments are not stored here; Tata ships them read-only as version 1 of their codes.
CREATE TABLE instrument (
    id          INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL,
    version     INTEGER NOT NULL CHECK (version >= 1),
    name        TEXT    NOT NULL,
    provisional INTEGER NOT NULL DEFAULT 0 CHECK (provisional IN (0,1)),
    source_json TEXT    NOT NULL,
    imported_at TEXT    NOT NULL,
    imported_by TEXT    NOT NULL,
    UNIQUE (code, version)
);

-- A version never changes once stored (assessments will refer to it); a corrected instrument is a new version.
CREATE TRIGGER instrument_version_immutable BEFORE UPDATE OF code, version, name, provisional, source_json
    ON instrument
BEGIN
    SELECT RAISE(ABORT, 'an instrument version cannot change; import a corrected one as a new version');
END;
