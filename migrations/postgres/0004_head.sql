-- The head record: the seq and hash of the last event, written in the same
-- transaction as each append (the same table as on SQLite, migrations/0005).
-- A tail of the log deleted together with its company index rows leaves a
-- shorter chain that is sound by itself; `seismo verify` finds it by
-- comparing the end of the chain with this record, and an append refuses to
-- chain onto a head the record does not name (docs/robustness.md). One row,
-- always; it only moves forward.
CREATE TABLE log_head (
    one  integer PRIMARY KEY CHECK (one = 1),
    seq  bigint  NOT NULL,
    hash text    NOT NULL
);
-- A log from before this record: its head as it stands now.
INSERT INTO log_head (one, seq, hash)
SELECT 1, coalesce((SELECT seq FROM events ORDER BY seq DESC LIMIT 1), 0),
       coalesce((SELECT hash FROM events ORDER BY seq DESC LIMIT 1), '');

CREATE FUNCTION seismo_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'UPDATE' OR NEW.seq < OLD.seq THEN
        RAISE EXCEPTION 'seismo: the head record only moves forward (% refused)', TG_OP;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER log_head_forward BEFORE UPDATE OR DELETE ON log_head
    FOR EACH ROW EXECUTE FUNCTION seismo_head_forward();
CREATE TRIGGER log_head_no_truncate BEFORE TRUNCATE ON log_head
    FOR EACH STATEMENT EXECUTE FUNCTION seismo_head_forward();
