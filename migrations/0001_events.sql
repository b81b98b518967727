-- The event log: append-only, hash-chained, idempotent by id.
-- body is the event's canonical JSON without the hash fields; hash =
-- SHA-256(prev_hash || body). seq is assigned as head + 1 inside a write
-- transaction, so it is gap-free in commit order.
CREATE TABLE events (
    seq         INTEGER PRIMARY KEY,
    id          TEXT    NOT NULL UNIQUE,
    type        TEXT    NOT NULL,
    occurred_on TEXT,
    recorded_at TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    prev_hash   TEXT    NOT NULL,
    hash        TEXT    NOT NULL
);

-- Index of events by company, so that a company's events are read without
-- scanning the log.
CREATE TABLE event_companies (
    company TEXT    NOT NULL COLLATE NOCASE,
    seq     INTEGER NOT NULL,
    role    TEXT,
    PRIMARY KEY (company, seq)
) WITHOUT ROWID;

CREATE INDEX event_companies_by_seq ON event_companies (seq);
CREATE INDEX events_by_date ON events (occurred_on, seq);
CREATE INDEX events_by_type ON events (type, seq);

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'seismo: events are append-only (UPDATE refused)'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'seismo: events are append-only (DELETE refused)'); END;
CREATE TRIGGER event_companies_no_update BEFORE UPDATE ON event_companies
BEGIN SELECT RAISE(ABORT, 'seismo: events are append-only (UPDATE refused)'); END;
CREATE TRIGGER event_companies_no_delete BEFORE DELETE ON event_companies
BEGIN SELECT RAISE(ABORT, 'seismo: events are append-only (DELETE refused)'); END;
