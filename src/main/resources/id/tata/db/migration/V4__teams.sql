-- Teams (Tim) formed by decree under the regional SPBE regulations: Tim Koordinasi SPBE, Tim Asesor Internal, ...
CREATE TABLE team (
    id                INTEGER PRIMARY KEY,
    kind              TEXT    NOT NULL CHECK (kind IN ('COORDINATION','INTERNAL_ASSESSOR','OTHER')),
    name              TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    purpose           TEXT    NOT NULL DEFAULT '',
    period_start_year INTEGER NOT NULL CHECK (period_start_year BETWEEN 1900 AND 2999),
    period_end_year   INTEGER CHECK (period_end_year IS NULL OR period_end_year >= period_start_year),
    -- the regulation (and Pasal) the team's composition and tasks follow, as a decree cites it
    legal_basis       TEXT    NOT NULL DEFAULT '',
    -- the template the team was made from, if any (see organization/team-templates.txt)
    template_code     TEXT
);

-- A member is a position, a person, or (before either exists) a description such as "Kepala Perangkat Daerah yang
-- membidangi ...". Roles are not listed in a CHECK: regulations keep adding roles, and SQLite cannot change a CHECK
-- without rebuilding the table; the TeamRole enum guards them.
CREATE TABLE team_member (
    id          INTEGER PRIMARY KEY,
    team_id     INTEGER NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    sort_order  INTEGER NOT NULL,
    role        TEXT    NOT NULL CHECK (length(role) > 0 AND role = upper(role)),
    position_id INTEGER REFERENCES position (id) ON DELETE RESTRICT,
    person_id   INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    title       TEXT    NOT NULL DEFAULT '',
    CHECK (position_id IS NOT NULL OR person_id IS NOT NULL OR length(trim(title)) > 0)
);
CREATE INDEX team_member_team ON team_member (team_id, sort_order);
CREATE INDEX team_member_position ON team_member (position_id);
CREATE INDEX team_member_person ON team_member (person_id);

CREATE TABLE team_task (
    id         INTEGER PRIMARY KEY,
    team_id    INTEGER NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL,
    text       TEXT    NOT NULL CHECK (length(trim(text)) > 0)
);
CREATE INDEX team_task_team ON team_task (team_id, sort_order);
