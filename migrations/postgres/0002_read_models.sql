-- The company registry, the read models of the projections and their
-- checkpoints, and the prices read model: the same tables as on SQLite
-- (migrations/0002 to 0004). Text that is sorted or compared is COLLATE "C",
-- so that the order (and every read model) is byte for byte the one SQLite
-- gives, whatever the database's locale; case-insensitive keys are unique
-- indexes on lower().

-- Companies the user added to the built-in registry, and their aliases.
CREATE TABLE companies (
    id       text COLLATE "C" NOT NULL,
    name     text NOT NULL,
    ticker   text,
    added_at text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
);
CREATE UNIQUE INDEX companies_key ON companies (lower(id));
CREATE TABLE company_aliases (
    company text COLLATE "C" NOT NULL,
    alias   text COLLATE "C" NOT NULL
);
CREATE UNIQUE INDEX company_aliases_key ON company_aliases (lower(company), alias);

-- Checkpoint of each projection: its version and the last seq it applied,
-- written in the same transaction as the projection's rows.
CREATE TABLE proj_checkpoints (
    name     text COLLATE "C" PRIMARY KEY,
    version  integer NOT NULL,
    last_seq bigint  NOT NULL
);

CREATE TABLE proj_timeline (
    seq         bigint NOT NULL,
    company     text COLLATE "C" NOT NULL,
    type        text   NOT NULL,
    occurred_on text,
    pct         double precision,
    metric      text,
    region      text,
    others      text   NOT NULL,
    figure      text   NOT NULL,
    text        text   NOT NULL
);
CREATE UNIQUE INDEX proj_timeline_by_company ON proj_timeline (company, seq);

CREATE TABLE proj_retractions (
    target text COLLATE "C" PRIMARY KEY,
    seq    bigint NOT NULL,
    reason text
);

CREATE TABLE proj_companies (
    id     text COLLATE "C" NOT NULL,
    name   text,
    ticker text
);
CREATE UNIQUE INDEX proj_companies_key ON proj_companies (lower(id));
CREATE TABLE proj_names (
    name text COLLATE "C" NOT NULL,
    id   text COLLATE "C" NOT NULL
);
CREATE UNIQUE INDEX proj_names_key ON proj_names (lower(name), lower(id));

-- Prices: daily bars folded from price_import events (day: days since 1970-01-01).
CREATE TABLE prices (
    symbol   text COLLATE "C" NOT NULL,
    day      integer NOT NULL,
    open     double precision,
    high     double precision,
    low      double precision,
    close    double precision NOT NULL,
    adjclose double precision NOT NULL,
    volume   double precision,
    seq      bigint NOT NULL,
    PRIMARY KEY (symbol, day)
);
CREATE VIEW price_bars AS
SELECT symbol, to_char(date '1970-01-01' + day, 'YYYY-MM-DD') AS date, open, high, low, close,
       adjclose, volume, seq
FROM prices;
CREATE TABLE price_symbols (
    symbol    text COLLATE "C" PRIMARY KEY,
    company   text COLLATE "C",
    first_day integer NOT NULL,
    last_day  integer NOT NULL,
    rows      bigint  NOT NULL
);
CREATE INDEX price_symbols_by_company ON price_symbols (lower(company));
CREATE TABLE price_conflicts (
    symbol text COLLATE "C" NOT NULL,
    day    integer NOT NULL,
    seq    bigint  NOT NULL,
    close  double precision NOT NULL,
    PRIMARY KEY (symbol, day, seq)
);

-- Bumped by every write transaction (appends, read models, registry): the
-- change token the daemon polls to notice what other nodes committed.
CREATE SEQUENCE seismo_changes;
