#include "projdb.h"
#include "pricesdb.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../../core/mem.h"
#include "../json/codec.h"

/* Distinct (id, name, ticker) triples already written in this transaction. */
#define PROJDB_SEEN_BITS 14
#define PROJDB_SEEN_SIZE (1u << PROJDB_SEEN_BITS)

enum {
    ST_CKPT_GET,
    ST_CKPT_SET,
    ST_ROW_PUT,
    ST_RETRACT_FIND,
    ST_RETRACT_DEL,
    ST_RETRACT_ADD,
    ST_COMPANY_PUT,
    ST_NAME_PUT,
    ST_COUNT
};

static const char *const projdb_sql[ST_COUNT] = {
    [ST_CKPT_GET] = "SELECT version, last_seq FROM proj_checkpoints WHERE name = ?1",
    [ST_CKPT_SET] = "INSERT INTO proj_checkpoints (name, version, last_seq) VALUES (?1, ?2, ?3) "
                    "ON CONFLICT (name) DO UPDATE SET version = excluded.version, "
                    "last_seq = excluded.last_seq",
    [ST_ROW_PUT] = "INSERT OR IGNORE INTO proj_timeline (company, seq, type, occurred_on, pct, "
                   "metric, region, others, figure, text) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    [ST_RETRACT_FIND] = "SELECT seq, body FROM events WHERE id = ?1 AND seq < ?2 "
                        "AND type <> 'retraction'",
    [ST_RETRACT_DEL] = "DELETE FROM proj_timeline WHERE company = ?1 AND seq = ?2",
    [ST_RETRACT_ADD] = "INSERT OR IGNORE INTO proj_retractions (target, seq, reason) "
                       "VALUES (?1, ?2, ?3)",
    [ST_COMPANY_PUT] = "INSERT INTO proj_companies (id, name, ticker) VALUES (?1, ?2, ?3) "
                       "ON CONFLICT (id) DO UPDATE SET name = coalesce(name, excluded.name), "
                       "ticker = coalesce(ticker, excluded.ticker)",
    [ST_NAME_PUT] = "INSERT OR IGNORE INTO proj_names (name, id) VALUES (?1, ?2)",
};

struct projdb_s {
    db_t *db;                   /* borrowed */
    pricesdb_t *prices;         /* owned, made on first use: the prices read model */
    sqlite3_stmt *st[ST_COUNT]; /* owned, prepared on first use */
    unsigned long long *seen;   /* owned: hashes of triples written in this transaction */
    size_t nseen;
};

int projdb_new(db_t *d, projdb_t **out, err_t *e)
{
    projdb_t *p = mem_calloc(1, sizeof *p);

    *out = NULL;
    if (!p || !(p->seen = mem_calloc(PROJDB_SEEN_SIZE, sizeof *p->seen))) {
        mem_free(p);
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    p->db = d;
    *out = p;
    return 0;
}

void projdb_free(projdb_t *p)
{
    if (!p) return;
    pricesdb_free(p->prices);
    for (int i = 0; i < ST_COUNT; i++) sqlite3_finalize(p->st[i]);
    mem_free(p->seen);
    mem_free(p);
}

/* Returns statement i of p, prepared and reset, or NULL with e set. */
static sqlite3_stmt *projdb_stmt(projdb_t *p, int i, err_t *e)
{
    int rc;

    if (!p->st[i]) {
        rc = sqlite3_prepare_v3(db_handle(p->db), projdb_sql[i], -1, SQLITE_PREPARE_PERSISTENT,
                                &p->st[i], NULL);
        if (rc != SQLITE_OK) {
            db_error(p->db, rc, "preparing a read-model statement", e);
            return NULL;
        }
    }
    return p->st[i];
}

/* Steps a write statement to completion and resets it. */
static int projdb_run(projdb_t *p, sqlite3_stmt *s, const char *what, err_t *e)
{
    int rc = sqlite3_step(s);

    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (rc != SQLITE_DONE) return db_error(p->db, rc, what, e);
    return 0;
}

static void projdb_seen_clear(projdb_t *p)
{
    if (p->nseen) memset(p->seen, 0, PROJDB_SEEN_SIZE * sizeof *p->seen);
    p->nseen = 0;
}

static unsigned long long projdb_hash(unsigned long long h, const char *s)
{
    for (; s && *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return (h ^ 0x1f) * 1099511628211ULL;
}

/* Returns 1 when the triple was already written in this transaction (a 64-bit
 * hash stands for it: a collision only skips a write that changes nothing in
 * practice, and the set is cleared at every transaction). Else remembers it. */
static int projdb_seen(projdb_t *p, const char *id, const char *name, const char *ticker)
{
    unsigned long long h =
        projdb_hash(projdb_hash(projdb_hash(1469598103934665603ULL, id), name), ticker);
    size_t i;

    if (!h) h = 1;
    if (p->nseen >= PROJDB_SEEN_SIZE / 2) projdb_seen_clear(p);
    for (i = (size_t)(h & (PROJDB_SEEN_SIZE - 1)); p->seen[i]; i = (i + 1) & (PROJDB_SEEN_SIZE - 1))
        if (p->seen[i] == h) return 1;
    p->seen[i] = h;
    p->nseen++;
    return 0;
}

/* ---- the store port ------------------------------------------------------ */

static int projdb_begin(void *impl, err_t *e)
{
    projdb_t *p = impl;
    projdb_seen_clear(p);
    return db_begin(p->db, e);
}

static int projdb_commit(void *impl, err_t *e)
{
    projdb_t *p = impl;
    return db_commit(p->db, e);
}

static void projdb_rollback(void *impl)
{
    projdb_t *p = impl;
    projdb_seen_clear(p);
    db_rollback(p->db);
}

static int projdb_ckpt_get(void *impl, const char *name, int *version, long long *seq, err_t *e)
{
    projdb_t *p = impl;
    sqlite3_stmt *s = projdb_stmt(p, ST_CKPT_GET, e);
    int rc;

    *version = 0;
    *seq = 0;
    if (!s) return e ? e->code : ERR_INTERNAL;
    sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
    rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        *version = sqlite3_column_int(s, 0);
        *seq = sqlite3_column_int64(s, 1);
        rc = SQLITE_DONE;
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_DONE ? 0 : db_error(p->db, rc, "reading a projection checkpoint", e);
}

static int projdb_ckpt_set(void *impl, const char *name, int version, long long seq, err_t *e)
{
    projdb_t *p = impl;
    sqlite3_stmt *s = projdb_stmt(p, ST_CKPT_SET, e);

    if (!s) return e ? e->code : ERR_INTERNAL;
    sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
    sqlite3_bind_int(s, 2, version);
    sqlite3_bind_int64(s, 3, seq);
    return projdb_run(p, s, "writing a projection checkpoint", e);
}

/* Makes the prices read model of p on first use; returns 0 or -1 with e set. */
static int projdb_prices(projdb_t *p, err_t *e)
{
    if (p->prices) return 0;
    return pricesdb_new(p->db, &p->prices, e) ? -1 : 0;
}

static int projdb_reset(void *impl, const char *name, err_t *e)
{
    projdb_t *p = impl;

    projdb_seen_clear(p);
    if (strcmp(name, "timeline") == 0)
        return db_exec(p->db, "DELETE FROM proj_timeline; DELETE FROM proj_retractions;", e);
    if (strcmp(name, "companies") == 0)
        return db_exec(p->db, "DELETE FROM proj_companies; DELETE FROM proj_names;", e);
    if (strcmp(name, "prices") == 0)
        return projdb_prices(p, e) ? e->code : pricesdb_reset(p->prices, e);
    return err_set(e, ERR_INTERNAL, "no read model for projection %s", name);
}

static int projdb_bars_put(void *impl, const event_t *ev, err_t *e)
{
    projdb_t *p = impl;

    return projdb_prices(p, e) ? e->code : pricesdb_apply(p->prices, ev, e);
}

static void projdb_bind_opt(sqlite3_stmt *s, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(s, i);
}

static int projdb_row_put(void *impl, const proj_row_t *r, err_t *e)
{
    projdb_t *p = impl;
    sqlite3_stmt *s = projdb_stmt(p, ST_ROW_PUT, e);

    if (!s) return e ? e->code : ERR_INTERNAL;
    sqlite3_bind_text(s, 1, r->company, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, r->seq);
    sqlite3_bind_text(s, 3, event_type_name(r->type), -1, SQLITE_STATIC);
    projdb_bind_opt(s, 4, r->occurred_on[0] ? r->occurred_on : NULL);
    if (r->has_pct)
        sqlite3_bind_double(s, 5, r->pct);
    else
        sqlite3_bind_null(s, 5);
    projdb_bind_opt(s, 6, r->metric);
    projdb_bind_opt(s, 7, r->region);
    sqlite3_bind_text(s, 8, r->others ? r->others : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 9, r->figure ? r->figure : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 10, r->text ? r->text : "", -1, SQLITE_STATIC);
    return projdb_run(p, s, "writing the timeline", e);
}

/* Forward: decodes a stored body (fast reader, else the codec). */
static int projdb_body(const char *body, size_t n, event_t *ev, err_t *e);

static int projdb_retract(void *impl, const char *target, long long seq, const char *reason,
                          err_t *e)
{
    projdb_t *p = impl;
    sqlite3_stmt *s;
    long long tseq = 0;
    event_t ev;
    int rc;

    /* Only an earlier event that is not itself a retraction can be retracted. */
    event_init(&ev);
    if (!(s = projdb_stmt(p, ST_RETRACT_FIND, e))) return e ? e->code : ERR_INTERNAL;
    sqlite3_bind_text(s, 1, target, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, seq);
    rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        tseq = sqlite3_column_int64(s, 0);
        rc = projdb_body((const char *)sqlite3_column_text(s, 1),
                         (size_t)sqlite3_column_bytes(s, 1), &ev, e);
    } else {
        rc = rc == SQLITE_DONE ? 0 : db_error(p->db, rc, "reading a retracted event", e);
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    for (size_t i = 0; !rc && tseq && i < ev.ncompanies; i++) {
        if (!(s = projdb_stmt(p, ST_RETRACT_DEL, e))) {
            rc = e ? e->code : ERR_INTERNAL;
            break;
        }
        sqlite3_bind_text(s, 1, ev.companies[i].id, -1, SQLITE_STATIC);
        sqlite3_bind_int64(s, 2, tseq);
        rc = projdb_run(p, s, "retracting from the timeline", e);
    }
    event_release(&ev);
    if (rc) return rc;
    if (!(s = projdb_stmt(p, ST_RETRACT_ADD, e))) return e ? e->code : ERR_INTERNAL;
    sqlite3_bind_text(s, 1, target, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, seq);
    projdb_bind_opt(s, 3, reason);
    return projdb_run(p, s, "recording a retraction", e);
}

static int projdb_name_put(void *impl, const char *id, const char *name, const char *ticker,
                           err_t *e)
{
    projdb_t *p = impl;
    sqlite3_stmt *s;
    const char *names[3] = {id, name, ticker};
    int rc;

    if (projdb_seen(p, id, name, ticker)) return 0;
    if (!(s = projdb_stmt(p, ST_COMPANY_PUT, e))) return e ? e->code : ERR_INTERNAL;
    sqlite3_bind_text(s, 1, id, -1, SQLITE_STATIC);
    projdb_bind_opt(s, 2, name);
    projdb_bind_opt(s, 3, ticker);
    if ((rc = projdb_run(p, s, "writing the company directory", e))) return rc;
    for (int i = 0; i < 3; i++) {
        if (!names[i] || !names[i][0]) continue;
        if (!(s = projdb_stmt(p, ST_NAME_PUT, e))) return e ? e->code : ERR_INTERNAL;
        sqlite3_bind_text(s, 1, names[i], -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 2, id, -1, SQLITE_STATIC);
        if ((rc = projdb_run(p, s, "writing the company directory", e))) return rc;
    }
    return 0;
}

static const proj_store_ops_t projdb_ops = {
    PROJ_STORE_OPS_VERSION, projdb_begin,    projdb_commit,   projdb_rollback,
    projdb_ckpt_get,        projdb_ckpt_set, projdb_reset,    projdb_row_put,
    projdb_retract,         projdb_name_put, projdb_bars_put,
};

void projdb_store(projdb_t *p, proj_store_t *st)
{
    st->ops = &projdb_ops;
    st->impl = p;
}

/* ---- the fast scan ---------------------------------------------------------
 *
 * Rebuilding reads the whole log, and decoding each body with jansson (through
 * the codec) costs more than everything else together. The bodies are the
 * canonical JSON that event_canon() wrote, so a reader of that one shape is
 * enough; on anything else (escapes beyond the simple ones, unknown keys)
 * it gives up and the codec decodes that body. The folds still get a full
 * event_t, so the projections do not know which reader ran. */

typedef struct pj_s {
    const char *p, *end;
} pj_t;

static int pj_eat(pj_t *j, char c)
{
    if (j->p < j->end && *j->p == c) {
        j->p++;
        return 1;
    }
    return 0;
}

/* Reads a string; *out is owned (NULL when out is NULL: the string is skipped).
 * Returns 0, or -1 on anything this reader leaves to the codec. */
static int pj_str(pj_t *j, char **out, const char **raw, size_t *rawlen)
{
    const char *s, *q;
    char *d, *w;

    if (out) *out = NULL;
    if (!pj_eat(j, '"')) return -1;
    s = j->p;
    if (!(q = memchr(s, '"', (size_t)(j->end - s)))) return -1;
    if (!memchr(s, '\\', (size_t)(q - s))) {
        j->p = q + 1;
        if (raw) *raw = s, *rawlen = (size_t)(q - s);
        if (out && !(*out = mem_strndup(s, (size_t)(q - s)))) return -1;
        return 0;
    }
    /* simple escapes only; the closing quote is the first one not escaped */
    if (raw || !(d = mem_alloc((size_t)(j->end - s) + 1))) return -1;
    for (w = d; j->p < j->end && *j->p != '"'; j->p++) {
        char c = *j->p;
        if (c == '\\') {
            if (++j->p >= j->end) break;
            switch (*j->p) {
            case '"':
                c = '"';
                break;
            case '\\':
                c = '\\';
                break;
            case '/':
                c = '/';
                break;
            case 'n':
                c = '\n';
                break;
            case 't':
                c = '\t';
                break;
            case 'r':
                c = '\r';
                break;
            case 'b':
                c = '\b';
                break;
            case 'f':
                c = '\f';
                break;
            default:
                mem_free(d);
                return -1; /* \u: left to the codec */
            }
        }
        *w++ = c;
    }
    if (!pj_eat(j, '"')) {
        mem_free(d);
        return -1;
    }
    *w = '\0';
    if (out)
        *out = d;
    else
        mem_free(d);
    return 0;
}

/* Reads a JSON number. */
static int pj_num(pj_t *j, double *v)
{
    char tmp[64], *end;
    size_t n = 0;

    while (j->p + n < j->end && n < sizeof tmp - 1 && strchr("-+0123456789.eE", j->p[n]) && j->p[n])
        n++;
    if (!n || n == sizeof tmp - 1) return -1;
    memcpy(tmp, j->p, n);
    tmp[n] = '\0';
    *v = strtod(tmp, &end);
    if (*end) return -1;
    j->p += n;
    return 0;
}

static int pj_int(pj_t *j, long long *v)
{
    double d;
    if (pj_num(j, &d) || d != (double)(long long)d) return -1;
    *v = (long long)d;
    return 0;
}

/* Reads a key and its colon; *k borrows from the text. */
static int pj_key(pj_t *j, const char **k, size_t *n)
{
    return pj_str(j, NULL, k, n) || !pj_eat(j, ':') ? -1 : 0;
}

static int pj_is(const char *k, size_t n, const char *lit)
{
    return strlen(lit) == n && memcmp(k, lit, n) == 0;
}

static int pj_companies(pj_t *j, event_t *ev)
{
    if (!pj_eat(j, '[')) return -1;
    if (pj_eat(j, ']')) return 0;
    do {
        event_company_t c = {0};
        event_company_t *arr;
        const char *k;
        size_t n;
        int bad = 0;
        if (!pj_eat(j, '{')) return -1;
        if (!pj_eat(j, '}')) {
            do {
                char **slot;
                if (pj_key(j, &k, &n)) {
                    bad = 1;
                    break;
                }
                slot = pj_is(k, n, "id")       ? &c.id
                       : pj_is(k, n, "name")   ? &c.name
                       : pj_is(k, n, "role")   ? &c.role
                       : pj_is(k, n, "ticker") ? &c.ticker
                                               : NULL;
                if (!slot || *slot || pj_str(j, slot, NULL, NULL)) {
                    bad = 1;
                    break;
                }
            } while (pj_eat(j, ','));
            if (!bad && !pj_eat(j, '}')) bad = 1;
        }
        if (bad || !c.id ||
            !(arr = mem_realloc(ev->companies, (ev->ncompanies + 1) * sizeof *arr))) {
            mem_free(c.id);
            mem_free(c.name);
            mem_free(c.role);
            mem_free(c.ticker);
            return -1;
        }
        ev->companies = arr;
        arr[ev->ncompanies++] = c;
    } while (pj_eat(j, ','));
    return pj_eat(j, ']') ? 0 : -1;
}

static int pj_data(pj_t *j, event_t *ev)
{
    if (!pj_eat(j, '{')) return -1;
    if (pj_eat(j, '}')) return 0;
    do {
        char key[64];
        const char *k;
        size_t n;
        if (pj_key(j, &k, &n) || n >= sizeof key) return -1;
        memcpy(key, k, n);
        key[n] = '\0';
        if (j->p < j->end && *j->p == '"') {
            char *v;
            int rc;
            if (pj_str(j, &v, NULL, NULL)) return -1;
            rc = event_set_str(ev, key, v);
            mem_free(v);
            if (rc) return -1;
        } else {
            double v;
            if (pj_num(j, &v) || event_set_num(ev, key, v)) return -1;
        }
    } while (pj_eat(j, ','));
    return pj_eat(j, '}') ? 0 : -1;
}

static int pj_source(pj_t *j, event_t *ev)
{
    event_source_t *s = &ev->source;

    if (!pj_eat(j, '{')) return -1;
    if (pj_eat(j, '}')) return 0;
    do {
        const char *k;
        size_t n;
        char **slot = NULL;
        if (pj_key(j, &k, &n)) return -1;
        if (pj_is(k, n, "offset")) {
            if (pj_int(j, &s->offset)) return -1;
            continue;
        }
        if (pj_is(k, n, "length")) {
            if (pj_int(j, &s->length)) return -1;
            continue;
        }
        slot = pj_is(k, n, "doc")        ? &s->doc
               : pj_is(k, n, "name")     ? &s->name
               : pj_is(k, n, "title")    ? &s->title
               : pj_is(k, n, "sentence") ? &s->sentence
                                         : NULL;
        if (!slot || *slot || pj_str(j, slot, NULL, NULL)) return -1;
    } while (pj_eat(j, ','));
    return pj_eat(j, '}') ? 0 : -1;
}

int projdb_decode(const char *body, size_t len, event_t *ev)
{
    pj_t j = {body, body + len};
    const char *k, *v;
    size_t n, vn;
    long long num = 0;

    event_init(ev);
    if (!pj_eat(&j, '{')) goto fail;
    do {
        int rc = 0;
        if (pj_key(&j, &k, &n)) goto fail;
        if (pj_is(k, n, "companies"))
            rc = pj_companies(&j, ev);
        else if (pj_is(k, n, "data"))
            rc = pj_data(&j, ev);
        else if (pj_is(k, n, "source"))
            rc = pj_source(&j, ev);
        else if (pj_is(k, n, "id"))
            rc = ev->id ? -1 : pj_str(&j, &ev->id, NULL, NULL);
        else if (pj_is(k, n, "recorded_at"))
            rc = ev->recorded_at ? -1 : pj_str(&j, &ev->recorded_at, NULL, NULL);
        else if (pj_is(k, n, "prev_hash"))
            rc = ev->prev_hash ? -1 : pj_str(&j, &ev->prev_hash, NULL, NULL);
        else if (pj_is(k, n, "hash"))
            rc = ev->hash ? -1 : pj_str(&j, &ev->hash, NULL, NULL);
        else if (pj_is(k, n, "seq"))
            rc = pj_int(&j, &ev->seq);
        else if (pj_is(k, n, "schema")) {
            rc = pj_int(&j, &num);
            ev->schema = (int)num;
        } else if (pj_is(k, n, "type")) {
            char name[32];
            if ((rc = pj_str(&j, NULL, &v, &vn)) == 0) {
                if (vn >= sizeof name) goto fail;
                memcpy(name, v, vn);
                name[vn] = '\0';
                if ((ev->type = event_type_from_name(name)) == EVENT_NONE) goto fail;
            }
        } else if (pj_is(k, n, "occurred_on")) {
            if (j.end - j.p >= 4 && memcmp(j.p, "null", 4) == 0) {
                j.p += 4;
            } else if ((rc = pj_str(&j, NULL, &v, &vn)) == 0) {
                if (vn != 10) goto fail;
                memcpy(ev->occurred_on, v, 10);
                ev->occurred_on[10] = '\0';
            }
        } else {
            goto fail;
        }
        if (rc) goto fail;
    } while (pj_eat(&j, ','));
    if (!pj_eat(&j, '}') || j.p != j.end || ev->type == EVENT_NONE) goto fail;
    return 0;
fail:
    event_release(ev);
    return -1;
}

static int projdb_body(const char *body, size_t n, event_t *ev, err_t *e)
{
    int rc;

    if (!body) body = "";
    if (projdb_decode(body, n, ev) == 0) return 0;
    if ((rc = codec_event_parse(body, n, CODEC_STORED, ev, NULL, e))) event_release(ev);
    return rc;
}

/* The event log as the projections read it: the fast scan for a plain
 * "everything after seq N" query, the real log for the rest. */
typedef struct projdb_log_s {
    projdb_t *p;
    eventlog_t *real; /* borrowed */
    sqlite3_stmt *st; /* owned */
} projdb_log_t;

static int projdb_log_append(void *impl, event_list_t *batch, long long expected,
                             eventlog_result_t *res, err_t *e)
{
    projdb_log_t *l = impl;
    return l->real->ops->append(l->real->impl, batch, expected, res, e);
}

static int projdb_log_head(void *impl, long long *seq, char hash[65], err_t *e)
{
    projdb_log_t *l = impl;
    return l->real->ops->head(l->real->impl, seq, hash, e);
}

static int projdb_log_get(void *impl, const char *id, event_t *out, err_t *e)
{
    projdb_log_t *l = impl;
    return l->real->ops->get(l->real->impl, id, out, e);
}

static int projdb_log_scan(void *impl, const eventlog_query_t *q, eventlog_each_fn each, void *arg,
                           err_t *e)
{
    projdb_log_t *l = impl;
    event_t ev;
    int rc;

    if (!q || q->company || q->ntypes || q->since || q->until)
        return l->real->ops->scan(l->real->impl, q, each, arg, e);
    if (!l->st) {
        rc = sqlite3_prepare_v2(db_handle(l->p->db),
                                "SELECT seq, body FROM events WHERE seq > ?1 ORDER BY seq LIMIT ?2",
                                -1, &l->st, NULL);
        if (rc != SQLITE_OK) return db_error(l->p->db, rc, "reading events", e);
    }
    sqlite3_bind_int64(l->st, 1, q->after > 0 ? q->after : 0);
    sqlite3_bind_int64(l->st, 2, q->limit > 0 ? q->limit : -1);
    while ((rc = sqlite3_step(l->st)) == SQLITE_ROW) {
        long long seq = sqlite3_column_int64(l->st, 0);
        const char *body = (const char *)sqlite3_column_text(l->st, 1);
        size_t n = (size_t)sqlite3_column_bytes(l->st, 1);
        if ((rc = projdb_body(body, n, &ev, e))) {
            err_wrap(e, "event seq %lld is unreadable", seq);
            goto done;
        }
        ev.seq = seq;
        rc = each(arg, &ev);
        event_release(&ev);
        if (rc) goto done;
    }
    rc = rc == SQLITE_DONE ? 0 : db_error(l->p->db, rc, "reading events", e);
done:
    sqlite3_reset(l->st);
    return rc;
}

static const eventlog_ops_t projdb_log_ops = {
    EVENTLOG_OPS_VERSION, projdb_log_append, projdb_log_head, projdb_log_scan, projdb_log_get,
};

int projdb_catch_up(projdb_t *p, eventlog_t *log, const char *only, int rebuild,
                    proj_progress_fn progress, void *arg, long long *applied, err_t *e)
{
    projdb_log_t fl = {p, log, NULL};
    eventlog_t fast = {&projdb_log_ops, &fl};
    proj_store_t st;
    int rc, sync = -1;
    sqlite3_stmt *s;

    projdb_store(p, &st);
    /* Read models are derived: with WAL, synchronous=NORMAL keeps each commit
     * atomic (the checkpoint and its changes together) and only risks redoing
     * the last chunks after a power cut. The setting is restored after. A
     * larger page cache keeps the hot index pages of a long rebuild in memory. */
    if (sqlite3_prepare_v2(db_handle(p->db), "PRAGMA synchronous", -1, &s, NULL) == SQLITE_OK) {
        if (sqlite3_step(s) == SQLITE_ROW) sync = sqlite3_column_int(s, 0);
        sqlite3_finalize(s);
    }
    if (sync > 1) sqlite3_exec(db_handle(p->db), "PRAGMA synchronous = NORMAL", NULL, NULL, NULL);
    sqlite3_exec(db_handle(p->db), "PRAGMA cache_size = -32768", NULL, NULL, NULL);
    rc = proj_run(&st, &fast, only, rebuild, progress, arg, applied, e);
    if (sync > 1) {
        char sql[48];
        snprintf(sql, sizeof sql, "PRAGMA synchronous = %d", sync);
        sqlite3_exec(db_handle(p->db), sql, NULL, NULL, NULL);
    }
    sqlite3_finalize(fl.st);
    return rc;
}

/* ---- queries --------------------------------------------------------------- */

static const char *projdb_col(sqlite3_stmt *s, int i)
{
    return (const char *)sqlite3_column_text(s, i);
}

int projdb_rows(projdb_t *p, const char *company, proj_rows_t *out, err_t *e)
{
    static const char sql_one[] =
        "SELECT t.company, t.seq, e.id, t.type, t.occurred_on, t.pct, t.metric, t.region, "
        "t.others, t.figure, t.text FROM proj_timeline t JOIN events e ON e.seq = t.seq "
        "WHERE t.company = ?1 ORDER BY t.company, t.seq";
    static const char sql_all[] =
        "SELECT t.company, t.seq, e.id, t.type, t.occurred_on, t.pct, t.metric, t.region, "
        "t.others, t.figure, t.text FROM proj_timeline t JOIN events e ON e.seq = t.seq "
        "ORDER BY t.company, t.seq";
    sqlite3_stmt *s = NULL;
    int rc;

    rc = sqlite3_prepare_v2(db_handle(p->db), company ? sql_one : sql_all, -1, &s, NULL);
    if (rc != SQLITE_OK) return db_error(p->db, rc, "reading the timeline", e);
    if (company) sqlite3_bind_text(s, 1, company, -1, SQLITE_STATIC);
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        proj_row_t r;
        const char *date = projdb_col(s, 4);
        memset(&r, 0, sizeof r);
        r.company = (char *)projdb_col(s, 0);
        r.seq = sqlite3_column_int64(s, 1);
        r.id = (char *)projdb_col(s, 2);
        r.type = event_type_from_name(projdb_col(s, 3));
        if (date && strlen(date) == 10) memcpy(r.occurred_on, date, 11);
        if (sqlite3_column_type(s, 5) != SQLITE_NULL) {
            r.has_pct = 1;
            r.pct = sqlite3_column_double(s, 5);
        }
        r.metric = (char *)projdb_col(s, 6);
        r.region = (char *)projdb_col(s, 7);
        r.others = (char *)projdb_col(s, 8);
        r.figure = (char *)projdb_col(s, 9);
        r.text = (char *)projdb_col(s, 10);
        if (proj_rows_add(out, &r)) {
            sqlite3_finalize(s);
            return err_set(e, ERR_NOMEM, "out of memory");
        }
    }
    rc = rc == SQLITE_DONE ? 0 : db_error(p->db, rc, "reading the timeline", e);
    sqlite3_finalize(s);
    return rc;
}

int projdb_company(projdb_t *p, const char *id, char **name, char **ticker, err_t *e)
{
    sqlite3_stmt *s = NULL;
    int rc;

    *name = *ticker = NULL;
    rc = sqlite3_prepare_v2(db_handle(p->db),
                            "SELECT name, ticker FROM proj_companies WHERE id = ?1", -1, &s, NULL);
    if (rc != SQLITE_OK) return db_error(p->db, rc, "reading the company directory", e);
    sqlite3_bind_text(s, 1, id, -1, SQLITE_STATIC);
    rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        const char *n = projdb_col(s, 0), *t = projdb_col(s, 1);
        if ((n && !(*name = mem_strdup(n))) || (t && !(*ticker = mem_strdup(t)))) {
            mem_free(*name);
            *name = NULL;
            sqlite3_finalize(s);
            return err_set(e, ERR_NOMEM, "out of memory");
        }
        rc = SQLITE_DONE;
    }
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : db_error(p->db, rc, "reading the company directory", e);
}

/* Edit distance of a and b (insert, delete, substitute, swap two neighbours),
 * case-insensitively; both short. */
static size_t projdb_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), d[3][65];

    if (la > 64 || lb > 64) return 99;
    for (size_t j = 0; j <= lb; j++) d[0][j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t *cur = d[i % 3], *prev = d[(i - 1) % 3], *prev2 = d[(i + 1) % 3];
        cur[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            int ca = tolower((unsigned char)a[i - 1]), cb = tolower((unsigned char)b[j - 1]);
            size_t best = prev[j - 1] + (ca != cb);
            if (prev[j] + 1 < best) best = prev[j] + 1;
            if (cur[j - 1] + 1 < best) best = cur[j - 1] + 1;
            if (i > 1 && j > 1 && ca == tolower((unsigned char)b[j - 2]) &&
                tolower((unsigned char)a[i - 2]) == cb && prev2[j - 2] + 1 < best)
                best = prev2[j - 2] + 1;
            cur[j] = best;
        }
    }
    return d[la % 3][lb];
}

/* Returns a score for how close name is to query (lower is closer), or -1 when not close. */
static int projdb_closeness(const char *query, const char *name)
{
    size_t lq = strlen(query), d;

    if (lq >= 2 && (strcasestr(name, query) || (strlen(name) >= 2 && strcasestr(query, name))))
        return 0;
    d = projdb_distance(query, name);
    if (d <= (lq / 3 > 1 ? lq / 3 : 1)) return (int)d;
    return -1;
}

typedef struct projdb_match_s {
    int score;
    char *id;
    char *name;
} projdb_match_t;

static int projdb_match_cmp(const void *a, const void *b)
{
    const projdb_match_t *x = a, *y = b;
    if (x->score != y->score) return x->score - y->score;
    return strcmp(x->id, y->id);
}

/* Fills e with "unknown company 'q'" and up to 5 close matches. */
static int projdb_unknown(projdb_t *p, const char *query, err_t *e)
{
    sqlite3_stmt *s = NULL;
    projdb_match_t m[5];
    size_t nm = 0;
    buf_t msg;
    int rc;

    memset(m, 0, sizeof m);
    rc = sqlite3_prepare_v2(db_handle(p->db),
                            "SELECT n.name, n.id, c.name FROM proj_names n "
                            "JOIN proj_companies c ON c.id = n.id ORDER BY n.id, n.name",
                            -1, &s, NULL);
    if (rc != SQLITE_OK) return db_error(p->db, rc, "reading the company directory", e);
    while (sqlite3_step(s) == SQLITE_ROW) {
        const char *name = projdb_col(s, 0), *id = projdb_col(s, 1), *disp = projdb_col(s, 2);
        int score = projdb_closeness(query, name), dup = 0;
        if (score < 0) continue;
        for (size_t i = 0; i < nm; i++) {
            if (strcmp(m[i].id, id) == 0) {
                if (score < m[i].score) m[i].score = score;
                dup = 1;
            }
        }
        if (dup) continue;
        if (nm == 5) {
            qsort(m, nm, sizeof *m, projdb_match_cmp);
            if (score >= m[4].score) continue;
            mem_free(m[4].id);
            mem_free(m[4].name);
            nm--;
        }
        m[nm].score = score;
        m[nm].id = mem_strdup(id);
        m[nm].name = disp ? mem_strdup(disp) : NULL;
        if (!m[nm].id) break;
        nm++;
    }
    sqlite3_finalize(s);
    qsort(m, nm, sizeof *m, projdb_match_cmp);
    buf_init(&msg);
    buf_printf(&msg, "unknown company '%s'", query);
    for (size_t i = 0; i < nm; i++) {
        buf_puts(&msg, i ? ", " : "; close matches: ");
        buf_puts(&msg, m[i].id);
        if (m[i].name && strcasecmp(m[i].name, m[i].id) != 0) buf_printf(&msg, " (%s)", m[i].name);
        mem_free(m[i].id);
        mem_free(m[i].name);
    }
    if (!nm) buf_puts(&msg, "; no company with a close name (see `seismo summary` for the list)");
    rc = err_set(e, ERR_NOTFOUND, "%s", buf_str(&msg));
    buf_release(&msg);
    return rc;
}

int projdb_resolve(projdb_t *p, const char *name, char **id, err_t *e)
{
    static const char *const sql[2] = {
        "SELECT id FROM proj_companies WHERE id = ?1",
        "SELECT DISTINCT id FROM proj_names WHERE name = ?1 ORDER BY id",
    };
    buf_t many;
    int rc = 0;

    *id = NULL;
    buf_init(&many);
    for (int k = 0; k < 2 && !*id && !many.len; k++) {
        sqlite3_stmt *s = NULL;
        int n = 0;
        rc = sqlite3_prepare_v2(db_handle(p->db), sql[k], -1, &s, NULL);
        if (rc != SQLITE_OK) {
            rc = db_error(p->db, rc, "reading the company directory", e);
            goto out;
        }
        sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
        while (sqlite3_step(s) == SQLITE_ROW) {
            const char *v = projdb_col(s, 0);
            if (n++ == 0) {
                *id = mem_strdup(v);
            } else {
                if (many.len == 0) buf_puts(&many, *id ? *id : "");
                buf_printf(&many, ", %s", v);
            }
        }
        sqlite3_finalize(s);
        if (n > 0 && !*id) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto out;
        }
    }
    if (many.len) {
        mem_free(*id);
        *id = NULL;
        rc = err_set(e, ERR_NOTFOUND, "company name '%s' is ambiguous: %s", name, buf_str(&many));
    } else if (!*id) {
        rc = projdb_unknown(p, name, e);
    } else {
        rc = 0;
    }
out:
    buf_release(&many);
    return rc;
}

int projdb_status(projdb_t *p, projdb_status_t *out, err_t *e)
{
    int rc;

    for (size_t i = 0; i < proj_def_count; i++) {
        out[i].name = proj_defs[i].name;
        out[i].version = proj_defs[i].version;
        out[i].about = proj_defs[i].about;
        if ((rc = projdb_ckpt_get(p, proj_defs[i].name, &out[i].stored, &out[i].last_seq, e)))
            return rc;
    }
    return 0;
}
