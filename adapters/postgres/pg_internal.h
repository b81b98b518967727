/* pg_internal: the pgdb_t struct, shared by the PostgreSQL adapter's files only. */
#ifndef SEISMO_PG_INTERNAL_H
#define SEISMO_PG_INTERNAL_H

#include "pg.h"

/* The append's statements (the benchmark's bare loop sends the same). */
/* Takes the append lock, then reads the head: one round trip. The lock is held
 * until the transaction ends, so no other append reads the same head. */
#define PGDB_SQL_BEGIN                                     \
    "BEGIN; SELECT pg_advisory_xact_lock(1397049683, 1); " \
    "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"

/* Inserts one event and its company index rows (taken from the stored body, so
 * they cannot disagree); answers 1 when the event is new, 0 when its id is
 * already in the log. */
#define PGDB_SQL_INSERT                                                                      \
    "WITH ins AS (INSERT INTO events (seq, id, type, occurred_on, recorded_at, body, "       \
    "prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING "  \
    "RETURNING seq, body), "                                                                 \
    "co AS (INSERT INTO event_companies (company, seq, role) SELECT x.id, ins.seq, x.role "  \
    "FROM ins, jsonb_to_recordset(ins.body::jsonb -> 'companies') AS x(id text, role text) " \
    "ON CONFLICT DO NOTHING) SELECT count(*) FROM ins"

typedef struct pglog_s pglog_t;

struct pgdb_s {
    PGconn *conn;   /* owned */
    char name[300]; /* postgresql://user@host:port/db, no password */
    int version;    /* schema version after migrations */
    int readonly;
    pglog_t *log; /* owned, created on first pgdb_eventlog() */
};

/* Frees the event log state of d (may be NULL). */
void pglog_free(pglog_t *s);
/* Commits the open transaction; on failure it is rolled back. */
int pgdb_commit(pgdb_t *d, err_t *e);
/* Rolls back the open transaction, if any. */
void pgdb_rollback(pgdb_t *d);

#endif
