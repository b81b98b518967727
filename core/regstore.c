#include "regstore.h"

static int regstore_check(const regstore_t *rs, err_t *e)
{
    if (!rs || !rs->ops || rs->ops->version != REGSTORE_OPS_VERSION)
        return err_set(e, ERR_INTERNAL, "registry store adapter missing or of another version");
    return 0;
}

int regstore_put(const regstore_t *rs, const regstore_row_t *rows, size_t n, err_t *e)
{
    int rc = regstore_check(rs, e);
    return rc ? rc : rs->ops->put(rs->impl, rows, n, e);
}

typedef struct regstore_load_s {
    registry_t *r;
    err_t *e;
} regstore_load_t;

static int regstore_add(void *arg, const regstore_row_t *row)
{
    regstore_load_t *l = arg;
    return registry_add(l->r, REGISTRY_COMPANY, row->id, row->name, row->ticker, row->aliases,
                        row->naliases, l->e);
}

int regstore_load(const regstore_t *rs, registry_t *r, err_t *e)
{
    regstore_load_t l = {r, e};
    int rc = regstore_check(rs, e);
    return rc ? rc : rs->ops->scan(rs->impl, regstore_add, &l, e);
}
