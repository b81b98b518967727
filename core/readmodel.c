#include "readmodel.h"

#include <string.h>

#include "mem.h"
#include "proj.h"

int readmodel_check(const readmodel_t *rm, err_t *e)
{
    if (!rm || !rm->ops || rm->ops->version != READMODEL_OPS_VERSION)
        return err_set(e, ERR_INTERNAL, "read-model adapter missing or of another version");
    return 0;
}

int readmodel_begin(const readmodel_t *rm, err_t *e)
{
    int rc = readmodel_check(rm, e);
    return rc ? rc : rm->ops->begin(rm->impl, e);
}

int readmodel_commit(const readmodel_t *rm, err_t *e)
{
    int rc = readmodel_check(rm, e);
    return rc ? rc : rm->ops->commit(rm->impl, e);
}

void readmodel_rollback(const readmodel_t *rm)
{
    if (readmodel_check(rm, NULL) == 0) rm->ops->rollback(rm->impl);
}

int readmodel_read_begin(const readmodel_t *rm, err_t *e)
{
    int rc = readmodel_check(rm, e);
    return rc ? rc : rm->ops->read_begin(rm->impl, e);
}

void readmodel_read_end(const readmodel_t *rm)
{
    if (readmodel_check(rm, NULL) == 0) rm->ops->read_end(rm->impl);
}

void readmodel_tune(const readmodel_t *rm, int bulk)
{
    if (readmodel_check(rm, NULL) == 0 && rm->ops->tune) rm->ops->tune(rm->impl, bulk);
}

int readmodel_checkpoint_get(const readmodel_t *rm, const char *name, int *version, long long *seq,
                             err_t *e)
{
    int rc = readmodel_check(rm, e);
    return rc ? rc : rm->ops->checkpoint_get(rm->impl, name, version, seq, e);
}

static int readmodel_rows_add(void *arg, const proj_row_t *row)
{
    return proj_rows_add(arg, row) ? ERR_NOMEM : 0;
}

int readmodel_rows(const readmodel_t *rm, const char *company, proj_rows_t *out, err_t *e)
{
    int rc = readmodel_check(rm, e);

    if (rc) return rc;
    rc = rm->ops->timeline_scan(rm->impl, company, readmodel_rows_add, out, e);
    if (rc == ERR_NOMEM) return err_set(e, ERR_NOMEM, "out of memory");
    return rc;
}

typedef struct readmodel_company_out_s {
    char *name, *ticker;
    int nomem;
} readmodel_company_out_t;

static int readmodel_company_keep(void *arg, const readmodel_company_t *c)
{
    readmodel_company_out_t *o = arg;

    if ((c->name && !(o->name = mem_strdup(c->name))) ||
        (c->ticker && !(o->ticker = mem_strdup(c->ticker))))
        o->nomem = 1;
    return 1; /* one is enough */
}

int readmodel_company(const readmodel_t *rm, const char *id, char **name, char **ticker, err_t *e)
{
    readmodel_company_out_t o = {NULL, NULL, 0};
    int rc;

    *name = *ticker = NULL;
    if ((rc = readmodel_check(rm, e))) return rc;
    rc = rm->ops->company_get(rm->impl, id, readmodel_company_keep, &o, e);
    if (rc < 0 || o.nomem) {
        mem_free(o.name);
        mem_free(o.ticker);
        return o.nomem ? err_set(e, ERR_NOMEM, "out of memory") : rc;
    }
    *name = o.name;
    *ticker = o.ticker;
    return 0;
}
