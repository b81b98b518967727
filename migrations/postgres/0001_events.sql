-- The event log on PostgreSQL: the same rows as on SQLite (migrations/0001), so
-- that a log copies between the engines with the same seq, ids and hashes.
-- body is the event's canonical JSON without the hash fields; hash =
-- SHA-256(prev_hash || body). An append takes the advisory lock (the two-key
-- form, 'SEIS' and 1) before it reads the head, so seq is head + 1, gap-free
-- and in commit order, whatever the number of writers.
CREATE TABLE seismo_schema (
    version integer NOT NULL,
    app     text    NOT NULL DEFAULT 'seismo'
);
INSERT INTO seismo_schema (version) VALUES (0);

CREATE TABLE events (
    seq         bigint PRIMARY KEY,
    id          text   NOT NULL UNIQUE,
    type        text   NOT NULL,
    occurred_on text,
    recorded_at text   NOT NULL,
    body        text   NOT NULL,
    prev_hash   text   NOT NULL,
    hash        text   NOT NULL
);

-- Index of events by company (case-insensitive, as on SQLite).
CREATE TABLE event_companies (
    company text   NOT NULL,
    seq     bigint NOT NULL,
    role    text
);
CREATE UNIQUE INDEX event_companies_key ON event_companies (lower(company), seq);
CREATE INDEX event_companies_by_seq ON event_companies (seq);
CREATE INDEX events_by_date ON events (occurred_on, seq);
CREATE INDEX events_by_type ON events (type, seq);

-- The database itself refuses edits: events are append-only.
CREATE FUNCTION seismo_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'seismo: events are append-only (% refused)', TG_OP;
END
$$;
CREATE TRIGGER events_no_edit BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION seismo_append_only();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION seismo_append_only();
CREATE TRIGGER event_companies_no_edit BEFORE UPDATE OR DELETE ON event_companies
    FOR EACH ROW EXECUTE FUNCTION seismo_append_only();
CREATE TRIGGER event_companies_no_truncate BEFORE TRUNCATE ON event_companies
    FOR EACH STATEMENT EXECUTE FUNCTION seismo_append_only();
