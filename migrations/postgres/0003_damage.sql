-- What `seismo verify` found damaged (docs/robustness.md): one row while the
-- last verify failed, none after one passed. While it holds a row every write
-- transaction (appends, read models, registry) is refused. The PostgreSQL
-- counterpart of the PATH.broken file beside an SQLite database; here the
-- server's own pages are sound enough to hold it (amcheck checks them).
CREATE TABLE seismo_damage (
    why      text NOT NULL,
    found_at text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
);
