-- Workspace core: facts about the file itself, local user accounts and the append-only audit log.
CREATE TABLE workspace_info (
    info_key   TEXT NOT NULL PRIMARY KEY,
    info_value TEXT NOT NULL
);

CREATE TABLE app_user (
    id              INTEGER PRIMARY KEY,
    username        TEXT    NOT NULL UNIQUE,
    full_name       TEXT    NOT NULL,
    role            TEXT    NOT NULL CHECK (role IN ('ADMIN','ANALYST','SECRETARIAT','SUPERVISOR','OPERATOR')),
    password_hash   TEXT    NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    last_failed_at  TEXT,
    created_at      TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    changed_at  TEXT    NOT NULL,
    username    TEXT    NOT NULL,
    action      TEXT    NOT NULL CHECK (action IN ('INSERT','UPDATE','DELETE')),
    table_name  TEXT    NOT NULL,
    record_id   TEXT    NOT NULL,
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX audit_log_record ON audit_log (table_name, record_id);

-- The audit log is evidence: once written, a row can be neither changed nor removed.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- Log-in names are compared without regard to case ("Admin" is "admin").
CREATE UNIQUE INDEX app_user_username_ci ON app_user (lower(username));
