-- Read model of the prices projection: daily bars folded from price_import
-- events (core/prices.h), the study's inputs. Nothing here is a source of
-- truth: the bars are facts in the log; these tables are refolded from it.
-- The projection's checkpoint is the 'prices' row of proj_checkpoints, written
-- in the same transaction as these tables.

-- One row per symbol and trading day. day is the day number (days since
-- 1970-01-01; the view price_bars shows it as a YYYY-MM-DD date).
-- Open, high, low and volume are NULL when the file left them out. close is the fact (a different close for a day is a conflict); adjclose is
-- restated by later imports (dividend adjustments move it). seq is the
-- price_import event that last wrote the row.
CREATE TABLE prices (
    symbol   TEXT    NOT NULL,
    day      INTEGER NOT NULL,
    open     REAL,
    high     REAL,
    low      REAL,
    close    REAL    NOT NULL,
    adjclose REAL    NOT NULL,
    volume   REAL,
    seq      INTEGER NOT NULL,
    PRIMARY KEY (symbol, day)
) WITHOUT ROWID;

-- The bars with their dates, for people querying the database by hand.
CREATE VIEW price_bars AS
SELECT symbol, date(day * 86400, 'unixepoch') AS date, open, high, low, close, adjclose, volume, seq
FROM prices;

-- One row per symbol: the company it prices (NULL for an index or ETF), its
-- first and last day and its number of bars.
CREATE TABLE price_symbols (
    symbol    TEXT    PRIMARY KEY,
    company   TEXT    COLLATE NOCASE,
    first_day INTEGER NOT NULL,
    last_day  INTEGER NOT NULL,
    rows      INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX price_symbols_by_company ON price_symbols (company);

-- Bars of a later import whose close disagreed with the one already folded
-- (possible only when two imports race past the import-time check): the first
-- fact stays, the disagreement is kept here to be seen.
CREATE TABLE price_conflicts (
    symbol TEXT    NOT NULL,
    day    INTEGER NOT NULL,
    seq    INTEGER NOT NULL,
    close  REAL    NOT NULL,
    PRIMARY KEY (symbol, day, seq)
) WITHOUT ROWID;
