-- Companies the user added to the built-in registry (seismo companies add/import),
-- and their aliases. The extractor loads them on top of core/data/companies.tsv.
CREATE TABLE companies (
    id       TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
    name     TEXT NOT NULL,
    ticker   TEXT,
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE company_aliases (
    company TEXT NOT NULL COLLATE NOCASE REFERENCES companies (id),
    alias   TEXT NOT NULL,
    PRIMARY KEY (company, alias)
) WITHOUT ROWID;
