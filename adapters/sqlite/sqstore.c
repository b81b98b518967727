#include "sqstore.h"

#include <stdio.h>
#include <string.h>

#include "../../core/mem.h"
#include "companies.h"
#include "db_internal.h"
#include "pricesdb.h"
#include "projdb.h"

typedef struct sqstore_s {
    db_t *db;           /* owned */
    pricesdb_t *prices; /* owned */
    projdb_t *proj;     /* owned */
} sqstore_t;

static void sqstore_close(void *impl)
{
    sqstore_t *s = impl;

    if (!s) return;
    projdb_free(s->proj);
    pricesdb_free(s->prices);
    db_close(s->db);
    mem_free(s);
}

static int sqstore_info(void *impl, store_info_t *info, err_t *e)
{
    sqstore_t *s = impl;

    (void)e;
    memset(info, 0, sizeof *info);
    info->engine = "sqlite";
    snprintf(info->location, sizeof info->location, "%s", db_path(s->db));
    info->schema = db_schema_version(s->db);
    info->schema_latest = db_schema_latest();
    return 0;
}

static int sqstore_check(void *impl, char *problem, size_t n, err_t *e)
{
    return db_quick_check(((sqstore_t *)impl)->db, problem, n, e);
}

static int sqstore_mark_broken(void *impl, const char *why, err_t *e)
{
    return db_mark_broken(((sqstore_t *)impl)->db, why, e);
}

static const store_ops_t sqstore_ops = {
    .version = STORE_OPS_VERSION,
    .engine = "sqlite",
    .info = sqstore_info,
    .close = sqstore_close,
    .check = sqstore_check,
    .mark_broken = sqstore_mark_broken,
};

int sqstore_open(const char *path, const store_opts_t *o, store_t *out, err_t *e)
{
    sqstore_t *s = mem_calloc(1, sizeof *s);
    int flags = 0, rc;

    if (!s) return err_set(e, ERR_NOMEM, "out of memory");
    if (o->flags & STORE_OPEN_CREATE) flags |= DB_OPEN_CREATE;
    if (o->flags & STORE_OPEN_READONLY) flags |= DB_OPEN_READONLY;
    if (o->flags & STORE_OPEN_SCAN) flags |= DB_OPEN_SCAN;
    if ((rc = db_open(path, flags,
                      o->durability == STORE_DURABLE_NORMAL ? DB_DURABLE_NORMAL : DB_DURABLE_FULL,
                      &s->db, e)) ||
        (rc = pricesdb_new(s->db, &s->prices, e)) ||
        (rc = projdb_new(s->db, s->prices, &s->proj, e)) || (rc = sqlog_port(s->db, &out->log, e)))
        goto fail;
    projdb_port(s->proj, &out->rm);
    companies_port(s->db, &out->reg);
    pricesdb_port(s->prices, &out->prices);
    out->ops = &sqstore_ops;
    out->impl = s;
    return 0;
fail:
    sqstore_close(s);
    memset(out, 0, sizeof *out);
    return rc;
}

const char *sqstore_version(void)
{
    return sqlite3_libversion();
}

int sqstore_schema_latest(void)
{
    return db_schema_latest();
}

db_t *sqstore_db(store_t *s)
{
    return s && s->ops == &sqstore_ops ? ((sqstore_t *)s->impl)->db : NULL;
}
