/* projdb: the SQLite adapter of the projection store (core/proj.h), and the
 * queries of the read side (timeline rows, company names, checkpoints).
 *
 * The read models live in the tables of migrations/0003_projections.sql, in
 * the same database file as the log, so that read-model changes and
 * checkpoints commit in one transaction. */
#ifndef SEISMO_PROJDB_H
#define SEISMO_PROJDB_H

#include "../../core/buf.h"
#include "../../core/err.h"
#include "../../core/eventlog.h"
#include "../../core/proj.h"
#include "db.h"

typedef struct projdb_s projdb_t;

/* Makes the projection store of d (borrowed; it must outlive *out). *out is
 * owned by the caller (projdb_free). Returns 0 or an ERR_* code. */
int projdb_new(db_t *d, projdb_t **out, err_t *e);
/* Frees p (may be NULL) and its prepared statements. */
void projdb_free(projdb_t *p);
/* Fills st (caller storage) with the store port of p; st borrows p. */
void projdb_store(projdb_t *p, proj_store_t *st);

/* Catches every projection (or only the one called only, borrowed, may be NULL)
 * up with log (borrowed), or rebuilds them from seq 0 when rebuild is set; see
 * proj_run(). */
int projdb_catch_up(projdb_t *p, eventlog_t *log, const char *only, int rebuild,
                    proj_progress_fn progress, void *arg, long long *applied, err_t *e);

/* Decodes n bytes of body (borrowed), the canonical JSON of a stored event,
 * into ev (caller storage, released on failure) without jansson. Returns 0, or
 * -1 when body is not in the exact shape event_canon() writes (the caller then
 * uses the codec). */
int projdb_decode(const char *body, size_t n, event_t *ev);

/* Loads the timeline rows of company (borrowed canonical id; NULL for every
 * company) into out (caller storage, proj_rows_init()ed), ordered by company then seq. */
int projdb_rows(projdb_t *p, const char *company, proj_rows_t *out, err_t *e);

/* Resolves name (borrowed: a canonical id, ticker or name, case-insensitively)
 * to a canonical id: *id is owned by the caller (mem_free). An unknown or
 * ambiguous name gives ERR_NOTFOUND with a message listing close matches. */
int projdb_resolve(projdb_t *p, const char *name, char **id, err_t *e);

/* Loads the display name and ticker of company id (borrowed): *name and
 * *ticker are owned by the caller (mem_free), NULL when unknown. */
int projdb_company(projdb_t *p, const char *id, char **name, char **ticker, err_t *e);

typedef struct projdb_status_s {
    const char *name; /* borrowed, static */
    int version;      /* this seismo's version of the projection */
    int stored;       /* the version its read model was built with, 0 if never */
    long long last_seq;
    const char *about; /* borrowed, static */
} projdb_status_t;

/* Fills out (caller-owned, proj_def_count entries) with each projection's checkpoint. */
int projdb_status(projdb_t *p, projdb_status_t *out, err_t *e);

#endif
