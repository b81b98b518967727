#include "store.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "../../core/mem.h"
#include "../crypto/hash.h"
#include "../json/stored.h"
#include "../postgres/pg.h"
#include "../postgres/pgstore.h"
#include "../sqlite/sqstore.h"

/* The engines of this seismo: the one place an engine registers. The
 * PostgreSQL adapter (adapters/postgres/) puts its constructor and version
 * function in the second entry; while it is NULL, PostgreSQL locations are
 * refused with ERR_UNAVAILABLE. */
const store_engine_t store_engines[] = {
    {"sqlite", STORE_KIND_PATH, sqstore_open, sqstore_version, sqstore_schema_latest},
    {"postgresql", STORE_KIND_LIBPQ, pgstore_open, pgstore_version, pgdb_schema_latest},
    {NULL, 0, NULL, NULL, NULL},
};

const store_engine_t *store_engine_find(const char *name)
{
    for (int i = 0; name && store_engines[i].name; i++)
        if (strcmp(store_engines[i].name, name) == 0) return &store_engines[i];
    return NULL;
}

/* Returns 1 when s starts with a libpq connection keyword followed by '='. */
static int store_keyword_string(const char *s)
{
    static const char *const keys[] = {
        "host",
        "hostaddr",
        "port",
        "dbname",
        "user",
        "password",
        "passfile",
        "service",
        "connect_timeout",
        "application_name",
        "sslmode",
        "options",
        "target_session_attrs",
        "client_encoding",
        NULL,
    };
    size_t n = 0, k;

    while (isspace((unsigned char)*s)) s++;
    while (isalnum((unsigned char)s[n]) || s[n] == '_') n++;
    for (k = n; isspace((unsigned char)s[k]); k++) continue;
    if (!n || s[k] != '=') return 0;
    for (int i = 0; keys[i]; i++)
        if (strlen(keys[i]) == n && strncmp(keys[i], s, n) == 0) return 1;
    return 0;
}

store_kind_t store_kind(const char *uri)
{
    if (!uri) return STORE_KIND_PATH;
    if (strncmp(uri, "postgresql://", 13) == 0 || strncmp(uri, "postgres://", 11) == 0)
        return STORE_KIND_LIBPQ;
    return store_keyword_string(uri) ? STORE_KIND_LIBPQ : STORE_KIND_PATH;
}

void store_clock_now(char out[21])
{
    time_t t = time(NULL);
    struct tm tm;

    gmtime_r(&t, &tm);
    strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int store_open(const char *uri, const store_opts_t *o, store_t **out, err_t *e)
{
    static const store_opts_t def = {0, STORE_DURABLE_FULL};
    const store_engine_t *eng = NULL;
    store_kind_t kind;
    store_t *s;
    int rc;

    *out = NULL;
    if (!uri || !uri[0]) return err_set(e, ERR_USAGE, "no database path given");
    if (!o) o = &def;
    if (hash_init()) return err_set(e, ERR_INTERNAL, "cannot initialise libsodium");
    kind = store_kind(uri);
    for (int i = 0; store_engines[i].name; i++)
        if (store_engines[i].kind == kind) {
            eng = &store_engines[i];
            break;
        }
    if (!eng || !eng->open)
        return err_set(e, ERR_UNAVAILABLE,
                       "--db (or SEISMO_DB) names a PostgreSQL database, but this seismo was "
                       "built without PostgreSQL support (give a file path for SQLite)");
    if (!(s = mem_calloc(1, sizeof *s))) return err_set(e, ERR_NOMEM, "out of memory");
    if ((rc = eng->open(uri, o, s, e))) {
        mem_free(s);
        return rc;
    }
    s->log.env.sha256 = hash_sha256_pair;
    s->log.env.now = store_clock_now;
    s->log.env.decode = stored_decode;
    s->log.env.decode_canon = stored_decode_canon;
    s->log.env.decode_view = stored_decode_view;
    *out = s;
    return 0;
}

void store_close(store_t *s)
{
    if (!s) return;
    if (s->ops && s->ops->close) s->ops->close(s->impl);
    mem_free(s);
}

int store_info(store_t *s, store_info_t *info, err_t *e)
{
    if (!s || !s->ops || s->ops->version != STORE_OPS_VERSION)
        return err_set(e, ERR_INTERNAL, "store adapter missing or of another version");
    return s->ops->info(s->impl, info, e);
}

int store_watch(store_t *s, int *fd, err_t *e)
{
    if (!s->ops->watch)
        return err_set(e, ERR_USAGE, "the %s engine cannot listen for appends", s->ops->engine);
    return s->ops->watch(s->impl, fd, e);
}

int store_watch_drain(store_t *s)
{
    return s->ops->watch_drain ? s->ops->watch_drain(s->impl) : ERR_USAGE;
}

int store_own(store_t *s, const char *name, err_t *e)
{
    return s->ops->own ? s->ops->own(s->impl, name, e) : 1;
}

void store_disown(store_t *s, const char *name)
{
    if (s->ops->disown) s->ops->disown(s->impl, name);
}

int store_check(store_t *s, char *problem, size_t n, err_t *e)
{
    problem[0] = 0;
    return s->ops->check ? s->ops->check(s->impl, problem, n, e) : 0;
}

int store_mark_broken(store_t *s, const char *why, err_t *e)
{
    return s->ops->mark_broken ? s->ops->mark_broken(s->impl, why, e) : 0;
}

int store_settle(store_t *s, err_t *e)
{
    return s->ops->settle ? s->ops->settle(s->impl, e) : 0;
}

int store_shared(const store_t *s)
{
    return s && s->ops->own != NULL;
}
