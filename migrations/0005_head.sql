-- The head record: the seq and hash of the last event, written in the same
-- transaction as each append. A tail of the log deleted together with its
-- company index rows leaves a shorter chain that is sound by itself; `seismo
-- verify` finds it by comparing the end of the chain with this record, and an
-- append refuses to chain onto a head the record does not name
-- (docs/robustness.md). One row, always; it only moves forward.
CREATE TABLE log_head (
    one  INTEGER PRIMARY KEY CHECK (one = 1),
    seq  INTEGER NOT NULL,
    hash TEXT    NOT NULL
);
-- A log from before this record: its head as it stands now.
INSERT INTO log_head (one, seq, hash)
SELECT 1, coalesce((SELECT seq FROM events ORDER BY seq DESC LIMIT 1), 0),
       coalesce((SELECT hash FROM events ORDER BY seq DESC LIMIT 1), '');

CREATE TRIGGER log_head_no_delete BEFORE DELETE ON log_head
BEGIN SELECT RAISE(ABORT, 'seismo: the head record is kept (DELETE refused)'); END;
CREATE TRIGGER log_head_forward BEFORE UPDATE ON log_head WHEN NEW.seq < OLD.seq
BEGIN SELECT RAISE(ABORT, 'seismo: the head record only moves forward (UPDATE refused)'); END;
