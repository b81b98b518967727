-- The timeline keyed by (company, seq) itself, WITHOUT ROWID: each row is one
-- B-tree insert instead of two (the rowid table and the unique index), and a
-- company's timeline is read off the key without a lookup into the table.
-- The rows are short (about 50 bytes of text), which suits a keyed table.
-- Same columns in the same order; INSERT OR IGNORE keeps the first row of a
-- (company, seq) as the unique index did. PostgreSQL keeps its table and index.
CREATE TABLE proj_timeline_keyed (
    seq         INTEGER NOT NULL,
    company     TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    occurred_on TEXT,
    pct         REAL,
    metric      TEXT,
    region      TEXT,
    others      TEXT    NOT NULL,
    figure      TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    PRIMARY KEY (company, seq)
) WITHOUT ROWID;
INSERT INTO proj_timeline_keyed
SELECT seq, company, type, occurred_on, pct, metric, region, others, figure, text
FROM proj_timeline ORDER BY company, seq;
DROP TABLE proj_timeline;
ALTER TABLE proj_timeline_keyed RENAME TO proj_timeline;
