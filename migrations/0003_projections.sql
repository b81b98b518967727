-- Read models of the projections (core/proj.h) and their checkpoints.
-- A projection writes its read-model changes and its checkpoint in one
-- transaction. Nothing here is a source of truth: `seismo rebuild` empties
-- these tables and refolds the log into them, byte for byte the same.

-- Checkpoint of each projection: its version and the last seq it applied.
CREATE TABLE proj_checkpoints (
    name     TEXT    PRIMARY KEY,
    version  INTEGER NOT NULL,
    last_seq INTEGER NOT NULL
) WITHOUT ROWID;

-- timeline: one row per (event, company); the event id is read from events by seq.
-- pct is the signed percent of share_move and metric_change events. A retraction
-- deletes its target's rows by (company, seq), the companies read from the target.
CREATE TABLE proj_timeline (
    seq         INTEGER NOT NULL,
    company     TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    occurred_on TEXT,
    pct         REAL,
    metric      TEXT,
    region      TEXT,
    others      TEXT    NOT NULL,
    figure      TEXT    NOT NULL,
    text        TEXT    NOT NULL
);
-- Rows arrive in seq order (cheap appends); a company's timeline is read
-- through this index. company holds the canonical id exactly as in the events.
CREATE UNIQUE INDEX proj_timeline_by_company ON proj_timeline (company, seq);

-- timeline: retractions seen (target event id, the retraction's seq, its reason).
CREATE TABLE proj_retractions (
    target TEXT    PRIMARY KEY,
    seq    INTEGER NOT NULL,
    reason TEXT
) WITHOUT ROWID;

-- companies: every company id seen, with the first name and ticker given for it,
-- and every name it goes by (id, name, ticker), for COMPANY arguments.
CREATE TABLE proj_companies (
    id     TEXT PRIMARY KEY COLLATE NOCASE,
    name   TEXT,
    ticker TEXT
) WITHOUT ROWID;
CREATE TABLE proj_names (
    name TEXT NOT NULL COLLATE NOCASE,
    id   TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (name, id)
) WITHOUT ROWID;
