-- The timeline holds only the keys of its rows, (company, seq): every other
-- column of a row (pct, metric, region, the other companies, the figure and
-- the text) is what the projection makes of its event's body, and every read
-- of the timeline joins events by seq anyway, so it is derived from the body
-- there (proj_row_derive(), the same code the fold used). A rebuild then
-- writes two short columns a row instead of eight: the table of the 1.3M
-- rows of a 1M-event log is a fraction of its 63 MB, and so is what goes
-- through the WAL. Same keys, same rows; PostgreSQL keeps its table.
CREATE TABLE proj_timeline_keys (
    company TEXT    NOT NULL,
    seq     INTEGER NOT NULL,
    PRIMARY KEY (company, seq)
) WITHOUT ROWID;
INSERT INTO proj_timeline_keys
SELECT company, seq FROM proj_timeline ORDER BY company, seq;
DROP TABLE proj_timeline;
ALTER TABLE proj_timeline_keys RENAME TO proj_timeline;
