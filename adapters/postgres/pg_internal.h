/* pg_internal: the pgdb_t struct, shared by the PostgreSQL adapter's files only. */
#ifndef SEISMO_PG_INTERNAL_H
#define SEISMO_PG_INTERNAL_H

#include "../../core/pricestore.h"
#include "../../core/readmodel.h"
#include "../../core/regstore.h"
#include "pg.h"

/* The append's statements (the benchmark's bare loop sends the same). */
/* Takes the append lock, then reads the head row, the damage mark of verify
 * (seismo_damage) and the head record (log_head): one round trip, one row
 * (seq NULL for an empty log, the mark NULL when there is none, the record's
 * seq NULL when it is gone). The head row's prev_hash and body come along so
 * that core recomputes the hash an append chains onto. The lock is held until
 * the transaction ends, so no other append reads the same head. */
#define PGDB_SQL_BEGIN                                                                 \
    "BEGIN; SELECT pg_advisory_xact_lock(1397049683, 1); "                             \
    "SELECT h.seq, h.hash, (SELECT why FROM seismo_damage LIMIT 1), h.prev_hash, "     \
    "h.body, r.seq, r.hash FROM (SELECT 1) o LEFT JOIN (SELECT seq, hash, prev_hash, " \
    "body FROM events ORDER BY seq DESC LIMIT 1) h ON true LEFT JOIN log_head r ON r.one = 1"
/* The same before the head record (schema version 3). */
#define PGDB_SQL_BEGIN_V3                                                              \
    "BEGIN; SELECT pg_advisory_xact_lock(1397049683, 1); "                             \
    "SELECT h.seq, h.hash, (SELECT why FROM seismo_damage LIMIT 1) FROM (SELECT 1) o " \
    "LEFT JOIN (SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1) h ON true"
/* Before COMMIT of an append that stored events: moves the head record to the
 * last one ($1 seq, $2 hash) and tells the listeners (the other nodes' long
 * polls), who hear of it when, and only if, it commits. One round trip. */
#define PGDB_SQL_HEAD_PUT                                                        \
    "WITH h AS (UPDATE log_head SET seq = $1::bigint, hash = $2 WHERE one = 1) " \
    "SELECT pg_notify('" PGDB_CHANNEL "', $1::text)"

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
    pgdb_durability_t durability;
    int listening;                /* LISTEN was sent on this server session */
    long long retry_at;           /* monotonic ms before which no reconnection is tried */
    long long backoff_ms;         /* the wait after the last failed reconnection */
    unsigned long long prepared;  /* bit i: statement PGDB_ST_* i is prepared on this session */
    pglog_t *log;                 /* owned, created on first pgdb_eventlog() */
    struct pgproj_batch_s *batch; /* owned (pgproj_batch_free): read-model rows not yet sent */
};

/* The statements prepared once per server session (pgdb_run). */
enum {
    PGDB_ST_CKPT_GET,
    PGDB_ST_CKPT_SET,
    PGDB_ST_ROW_PUT,
    PGDB_ST_RETRACT_FIND,
    PGDB_ST_RETRACT_DEL,
    PGDB_ST_RETRACT_ADD,
    PGDB_ST_NAME_PUT,
    PGDB_ST_BAR_PUT,
    PGDB_ST_BAR_CONFLICT,
    PGDB_ST_SYMBOL_PUT,
    PGDB_ST_ROWS_PUT,
    PGDB_ST_COUNT,
    PGDB_ST_HEAD_PUT,
    PGDB_ST_NONE = -1 /* run once, unprepared */
};

/* Runs sql with n text parameters vals (borrowed; NULL is SQL NULL): as
 * statement st, prepared on first use, or unprepared when st is PGDB_ST_NONE.
 * When out is not NULL it receives the result (owned by the caller, PQclear).
 * Returns 0, or an ERR_* code with e set from what. */
int pgdb_run(pgdb_t *d, int st, const char *sql, int n, const char *const *vals, PGresult **out,
             const char *what, err_t *e);

/* Frees the event log state of d (may be NULL). */
void pglog_free(pglog_t *s);
/* Forgets what the log prepared on the server session (after a reconnection). */
void pglog_forget(pglog_t *s);
/* The schema version from which seismo_damage exists (migrations/postgres/0003). */
#define PGDB_VERSION_DAMAGE 3
/* The schema version from which the head record (log_head) exists (migrations/postgres/0004). */
#define PGDB_VERSION_HEAD 4
/* Sets e to the refusal of a write to d, which verify found damaged (why borrowed);
 * returns ERR_CORRUPT. */
int pgdb_refuse_damaged(const pgdb_t *d, const char *why, err_t *e);
/* Records in d what verify found damaged (why borrowed), or lifts it (why NULL). */
int pgdb_mark_damaged(pgdb_t *d, const char *why, err_t *e);
/* Commits the open transaction; on failure it is rolled back. */
int pgdb_commit(pgdb_t *d, err_t *e);
/* Rolls back the open transaction, if any. */
void pgdb_rollback(pgdb_t *d);

/* The ports on d (each borrows d). */
void pgproj_port(pgdb_t *d, readmodel_t *rm);
/* Frees the read-model rows d's port still holds (batch may be NULL). */
void pgproj_batch_free(struct pgproj_batch_s *batch);
void pgprices_port(pgdb_t *d, pricestore_t *ps);
void pgcompanies_port(pgdb_t *d, regstore_t *rs);
/* The prices read model's writes, for the read-model port (impl is the pgdb_t). */
int pgprices_reset(void *impl, err_t *e);
int pgprices_put(void *impl, const event_t *ev, const prices_set_t *set, err_t *e);

#endif
