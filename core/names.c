#include "names.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "mem.h"

size_t names_distance(const char *a, const char *b)
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

int names_closeness(const char *query, const char *name)
{
    size_t lq = strlen(query), d;

    if (lq >= 2 && (strcasestr(name, query) || (strlen(name) >= 2 && strcasestr(query, name))))
        return 0;
    d = names_distance(query, name);
    if (d <= (lq / 3 > 1 ? lq / 3 : 1)) return (int)d;
    return -1;
}

typedef struct names_match_s {
    int score;
    char *id;
    char *name;
} names_match_t;

/* The best matches so far of an unknown name. */
typedef struct names_near_s {
    const char *query;
    names_match_t m[NAMES_MAX_MATCHES];
    size_t n;
    int nomem;
} names_near_t;

static int names_match_cmp(const void *a, const void *b)
{
    const names_match_t *x = a, *y = b;
    if (x->score != y->score) return x->score - y->score;
    return strcmp(x->id, y->id);
}

static int names_near_each(void *arg, const readmodel_name_t *c)
{
    names_near_t *nr = arg;
    int score;

    if (!c->name || !c->id || (score = names_closeness(nr->query, c->name)) < 0) return 0;
    for (size_t i = 0; i < nr->n; i++) {
        if (strcmp(nr->m[i].id, c->id) == 0) {
            if (score < nr->m[i].score) nr->m[i].score = score;
            return 0;
        }
    }
    if (nr->n == NAMES_MAX_MATCHES) {
        qsort(nr->m, nr->n, sizeof *nr->m, names_match_cmp);
        if (score >= nr->m[nr->n - 1].score) return 0;
        nr->n--;
        mem_free(nr->m[nr->n].id);
        mem_free(nr->m[nr->n].name);
    }
    nr->m[nr->n].score = score;
    nr->m[nr->n].id = mem_strdup(c->id);
    nr->m[nr->n].name = c->display ? mem_strdup(c->display) : NULL;
    if (!nr->m[nr->n].id) {
        mem_free(nr->m[nr->n].name);
        nr->nomem = 1;
        return 1;
    }
    nr->n++;
    return 0;
}

/* Fills e with "unknown company 'q'" and up to NAMES_MAX_MATCHES close matches. */
static int names_unknown(const readmodel_t *rm, const char *query, err_t *e)
{
    names_near_t nr;
    buf_t msg;
    int rc;

    memset(&nr, 0, sizeof nr);
    nr.query = query;
    rc = rm->ops->names_scan(rm->impl, names_near_each, &nr, e);
    if (rc < 0) goto done;
    qsort(nr.m, nr.n, sizeof *nr.m, names_match_cmp);
    buf_init(&msg);
    buf_printf(&msg, "unknown company '%s'", query);
    for (size_t i = 0; i < nr.n; i++) {
        buf_puts(&msg, i ? ", " : "; close matches: ");
        buf_puts(&msg, nr.m[i].id);
        if (nr.m[i].name && strcasecmp(nr.m[i].name, nr.m[i].id) != 0)
            buf_printf(&msg, " (%s)", nr.m[i].name);
    }
    if (!nr.n) buf_puts(&msg, "; no company with a close name (see `seismo companies list`)");
    rc = err_set(e, ERR_NOTFOUND, "%s", buf_str(&msg));
    buf_release(&msg);
done:
    for (size_t i = 0; i < nr.n; i++) {
        mem_free(nr.m[i].id);
        mem_free(nr.m[i].name);
    }
    return rc;
}

/* The ids an exact lookup found. */
typedef struct names_found_s {
    char *id;   /* owned: the first */
    buf_t many; /* "a, b, ..." when more than one */
    int nomem;
} names_found_t;

static int names_found_each(void *arg, const readmodel_company_t *c)
{
    names_found_t *f = arg;

    if (!f->id) {
        if (!(f->id = mem_strdup(c->id))) f->nomem = 1;
        return f->nomem;
    }
    if (!f->many.len) buf_puts(&f->many, f->id);
    buf_printf(&f->many, ", %s", c->id);
    return 0;
}

int names_resolve(const readmodel_t *rm, const char *name, char **id, err_t *e)
{
    names_found_t f;
    int rc;

    *id = NULL;
    if ((rc = readmodel_check(rm, e))) return rc;
    memset(&f, 0, sizeof f);
    buf_init(&f.many);
    rc = rm->ops->company_get(rm->impl, name, names_found_each, &f, e);
    if (rc >= 0 && !f.id && !f.nomem)
        rc = rm->ops->names_find(rm->impl, name, names_found_each, &f, e);
    if (f.nomem || f.many.oom) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
    } else if (rc < 0) {
        /* the engine's error is in e */
    } else if (f.many.len) {
        rc = err_set(e, ERR_NOTFOUND, "company name '%s' is ambiguous: %s", name, buf_str(&f.many));
    } else if (!f.id) {
        rc = names_unknown(rm, name, e);
    } else {
        *id = f.id;
        f.id = NULL;
        rc = 0;
    }
    mem_free(f.id);
    buf_release(&f.many);
    return rc;
}
