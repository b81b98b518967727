#include "db_internal.h"

#include <errno.h>
#include <malloc.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "../../core/mem.h"

#define DB_APPLICATION_ID 0x53454953 /* "SEIS" */

/* SQLite's allocator methods on top of core/mem (see db_mem_route). */
static void *db_mem_malloc(int n)
{
    return n > 0 ? mem_alloc((size_t)n) : NULL;
}

static void db_mem_free(void *p)
{
    mem_free(p);
}

static void *db_mem_realloc(void *p, int n)
{
    return n > 0 ? mem_realloc(p, (size_t)n) : NULL;
}

static int db_mem_size(void *p)
{
    return p ? (int)malloc_usable_size(p) : 0;
}

static int db_mem_roundup(int n)
{
    return (n + 7) & ~7;
}

static int db_mem_init(void *arg)
{
    (void)arg;
    return SQLITE_OK;
}

static void db_mem_shutdown(void *arg)
{
    (void)arg;
}

int db_mem_route(void)
{
    static const sqlite3_mem_methods methods = {
        db_mem_malloc,  db_mem_free, db_mem_realloc,  db_mem_size,
        db_mem_roundup, db_mem_init, db_mem_shutdown, NULL};

    if (sqlite3_shutdown() != SQLITE_OK ||
        sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) != SQLITE_OK ||
        sqlite3_initialize() != SQLITE_OK)
        return ERR_INTERNAL;
    return 0;
}

int db_error(db_t *d, int rc, const char *what, err_t *e)
{
    const char *msg = d && d->h ? sqlite3_errmsg(d->h) : sqlite3_errstr(rc);
    int code;

    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        code = ERR_BUSY;
        break;
    case SQLITE_FULL:
        code = ERR_FULL;
        msg = "disk full (database or filesystem is out of space)";
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        code = ERR_CORRUPT;
        break;
    case SQLITE_READONLY:
        code = ERR_READONLY;
        break;
    case SQLITE_NOMEM:
        code = ERR_NOMEM;
        break;
    case SQLITE_CONSTRAINT:
        code = ERR_DATA;
        break;
    default:
        code = ERR_IO;
        /* A write refused for want of space or over the file size limit (ulimit -f)
         * is a full disk to the user, whatever SQLite calls it. SQLite does not
         * always keep the errno of a failed write: errno still has it then. */
        if ((rc & 0xff) == SQLITE_IOERR) {
            int sys = d && d->h ? sqlite3_system_errno(d->h) : 0;
            if (!sys) sys = errno;
            if (sys == ENOSPC || sys == EFBIG) {
                code = ERR_FULL;
                msg = "disk full (database or filesystem is out of space)";
            }
        }
    }
    return err_set(e, code, "%s: %s (%s)", what, msg, d && d->path ? d->path : "database");
}

int db_exec(db_t *d, const char *sql, err_t *e)
{
    int rc = sqlite3_exec(d->h, sql, NULL, NULL, NULL);
    return rc == SQLITE_OK ? 0 : db_error(d, rc, "database", e);
}

int db_begin(db_t *d, err_t *e)
{
    int rc;

    if (d->full)
        return err_set(e, ERR_FULL, "disk full: %s is open read-only, nothing can be written",
                       d->path);
    if ((rc = db_refuse_broken(d, e))) return rc;
    rc = sqlite3_exec(d->h, "BEGIN IMMEDIATE", NULL, NULL, NULL);
    return rc == SQLITE_OK ? 0 : db_error(d, rc, "starting a write transaction", e);
}

int db_commit(db_t *d, err_t *e)
{
    int rc = sqlite3_exec(d->h, "COMMIT", NULL, NULL, NULL);

    if (rc == SQLITE_OK) {
        d->commits++;
        return 0;
    }
    rc = db_error(d, rc, "committing", e);
    db_rollback(d);
    return rc;
}

int db_read_begin(db_t *d, err_t *e)
{
    int rc = sqlite3_exec(d->h, "BEGIN DEFERRED", NULL, NULL, NULL);
    return rc == SQLITE_OK ? 0 : db_error(d, rc, "starting a read", e);
}

void db_read_end(db_t *d)
{
    if (d && d->h && !sqlite3_get_autocommit(d->h)) sqlite3_exec(d->h, "COMMIT", NULL, NULL, NULL);
}

void db_rollback(db_t *d)
{
    if (d && d->h && !sqlite3_get_autocommit(d->h))
        sqlite3_exec(d->h, "ROLLBACK", NULL, NULL, NULL);
}

static int db_pragma_int(db_t *d, const char *sql, int *out, err_t *e)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(d->h, sql, -1, &st, NULL);

    if (rc == SQLITE_OK) rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *out = sqlite3_column_int(st, 0);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    return rc == SQLITE_OK || rc == SQLITE_DONE ? 0 : db_error(d, rc, "reading the database", e);
}

long long db_data_version(db_t *d)
{
    long long v = -1;

    if (!d->dv && sqlite3_prepare_v3(d->h, "PRAGMA data_version", -1, SQLITE_PREPARE_PERSISTENT,
                                     &d->dv, NULL) != SQLITE_OK)
        return -1;
    if (sqlite3_step(d->dv) == SQLITE_ROW) v = sqlite3_column_int64(d->dv, 0);
    sqlite3_reset(d->dv);
    return v;
}

int db_schema_latest(void)
{
    return db_migration_count > 0 ? db_migrations[db_migration_count - 1].version : 0;
}

static int db_migrate(db_t *d, err_t *e)
{
    char sql[64];
    int rc, cur;

    for (int i = 0; i < db_migration_count; i++) {
        const db_migration_t *m = &db_migrations[i];
        if (m->version <= d->version) continue;
        if ((rc = db_begin(d, e))) return rc;
        /* Another process may have migrated while we waited for the lock. */
        if ((rc = db_pragma_int(d, "PRAGMA user_version", &cur, e))) goto fail;
        if (cur < m->version) {
            if ((rc = db_exec(d, m->sql, e))) {
                err_wrap(e, "migration %04d_%s", m->version, m->name);
                goto fail;
            }
            snprintf(sql, sizeof sql, "PRAGMA user_version = %d", m->version);
            if ((rc = db_exec(d, sql, e))) goto fail;
            if (m->version == 1) {
                snprintf(sql, sizeof sql, "PRAGMA application_id = %d", DB_APPLICATION_ID);
                if ((rc = db_exec(d, sql, e))) goto fail;
            }
            cur = m->version;
        }
        if ((rc = db_commit(d, e))) return rc;
        d->version = cur;
    }
    return 0;
fail:
    db_rollback(d);
    return rc;
}

/* Reads the header fields without writing anything; refuses foreign or newer files. */
static int db_check_header(db_t *d, err_t *e)
{
    int appid = 0, tables = 0, rc;

    if ((rc = db_pragma_int(d, "PRAGMA user_version", &d->version, e))) goto fail;
    if ((rc = db_pragma_int(d, "PRAGMA application_id", &appid, e))) goto fail;
    if ((rc = db_pragma_int(d, "SELECT count(*) FROM sqlite_master", &tables, e))) goto fail;
    if (d->version > db_schema_latest())
        return err_set(e, ERR_NEWER,
                       "%s has schema version %d, newer than this seismo knows (%d): "
                       "upgrade seismo to open it (nothing was changed)",
                       d->path, d->version, db_schema_latest());
    if ((d->version > 0 && appid != DB_APPLICATION_ID) || (d->version == 0 && tables > 0))
        return err_set(e, ERR_CORRUPT,
                       "%s is an SQLite database but not a seismo one (nothing was changed)",
                       d->path);
    return 0;
fail:
    if (e && e->code == ERR_CORRUPT)
        err_set(e, ERR_CORRUPT, "%s is not a seismo database (not SQLite, or corrupt)", d->path);
    return rc;
}

/* Returns 1 when the directory of path (borrowed) cannot be written to. */
static int db_dir_readonly(const char *path)
{
    char dir[4096];
    const char *slash = strrchr(path, '/');
    struct statvfs vfs;

    if (!slash)
        snprintf(dir, sizeof dir, ".");
    else
        snprintf(dir, sizeof dir, "%.*s", slash == path ? 1 : (int)(slash - path), path);
    if (statvfs(dir, &vfs) == 0 && (vfs.f_flag & ST_RDONLY)) return 1;
    return access(dir, W_OK) != 0;
}

/* Opens path; immutable: read-only through the URI immutable=1 (no PATH-shm, no locks). */
static int db_open_file(const char *path, int flags, db_durability_t durability, int immutable,
                        db_t **out, err_t *e)
{
    struct stat st;
    db_t *d;
    int rc, oflags;
    char *mode = NULL;

    *out = NULL;
    if (!path || !path[0]) return err_set(e, ERR_USAGE, "no database path given");
    if (!(flags & DB_OPEN_CREATE) && stat(path, &st) != 0)
        return err_set(e, errno == ENOENT ? ERR_NOINPUT : ERR_IO,
                       "no database at %s (create one with 'seismo init')", path);
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        return err_set(e, ERR_USAGE, "%s is a directory, not a database file", path);
    if (!(d = mem_calloc(1, sizeof *d))) return err_set(e, ERR_NOMEM, "out of memory");
    if (!(d->path = mem_strdup(path))) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto fail;
    }
    oflags = (flags & DB_OPEN_READONLY)
                 ? SQLITE_OPEN_READONLY
                 : SQLITE_OPEN_READWRITE | ((flags & DB_OPEN_CREATE) ? SQLITE_OPEN_CREATE : 0);
    /* A scanning connection (verify) is used by one thread at a time: SQLite
     * need not lock it on every call (a twentieth of verify). */
    if (flags & DB_OPEN_SCAN) oflags |= SQLITE_OPEN_NOMUTEX;
    if (immutable) {
        char *uri = mem_alloc(strlen(path) + 32);
        if (!uri) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto fail;
        }
        sprintf(uri, "file:%s?immutable=1", path);
        rc = sqlite3_open_v2(uri, &d->h, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
        mem_free(uri);
        d->full = 1;
    } else {
        rc = sqlite3_open_v2(path, &d->h, oflags, NULL);
    }
    if (rc != SQLITE_OK) {
        rc = (rc & 0xff) == SQLITE_CANTOPEN
                 ? err_set(e, ERR_IO, "cannot open database %s: %s", path, strerror(errno))
                 : db_error(d, rc, "opening the database", e);
        goto fail;
    }
    sqlite3_extended_result_codes(d->h, 1);
    sqlite3_busy_timeout(d->h, DB_BUSY_TIMEOUT_MS);
    /* Reading 100k events a page at a time spent a fifth of verify copying
     * pages out of the OS cache (pread); mapped, SQLite reads them in place
     * (up to its compiled-in limit; the rest of a larger file is read as before). */
    if (flags & DB_OPEN_SCAN) sqlite3_exec(d->h, "PRAGMA mmap_size = 4294967296", NULL, NULL, NULL);
    if ((rc = db_check_header(d, e))) {
        /* A WAL database needs PATH-shm beside it, even to be read: on a
         * read-only filesystem or directory SQLite only says it cannot open. */
        if (rc == ERR_IO && db_dir_readonly(path))
            rc = err_set(e, ERR_READONLY,
                         "database %s is on a read-only filesystem or in a read-only directory "
                         "(seismo needs to create %s-shm and %s-wal beside it)",
                         path, path, path);
        goto fail;
    }
    d->readonly = (flags & DB_OPEN_READONLY) || sqlite3_db_readonly(d->h, "main") == 1;
    if (d->readonly && !(flags & DB_OPEN_READONLY)) {
        rc = err_set(e, ERR_READONLY, "database %s is read-only (check its permissions)", path);
        goto fail;
    }
    if (!d->readonly) {
        /* WAL lets readers go on while one process appends. */
        sqlite3_stmt *jm = NULL;
        rc = sqlite3_prepare_v2(d->h, "PRAGMA journal_mode=WAL", -1, &jm, NULL);
        if (rc == SQLITE_OK && sqlite3_step(jm) == SQLITE_ROW)
            mode = mem_strdup((const char *)sqlite3_column_text(jm, 0));
        rc = sqlite3_finalize(jm);
        if (rc != SQLITE_OK) {
            rc = db_error(d, rc, "switching to WAL", e);
            goto fail;
        }
        if (!mode || strcmp(mode, "wal") != 0) {
            rc = err_set(e, ERR_IO, "cannot use WAL mode on %s (got journal mode %s)", path,
                         mode ? mode : "unknown");
            goto fail;
        }
        if ((rc = db_exec(d,
                          durability == DB_DURABLE_NORMAL ? "PRAGMA synchronous=NORMAL"
                                                          : "PRAGMA synchronous=FULL",
                          e)))
            goto fail;
        /* A database verify found damaged is not migrated (a migration is a
         * write): it is read as it is, and migrated once a verify passes. */
        if (db_refuse_broken(d, NULL) == 0 && (rc = db_migrate(d, e))) goto fail;
    }
    mem_free(mode);
    *out = d;
    return 0;
fail:
    mem_free(mode);
    db_close(d);
    return rc;
}

/* Is there nothing in PATH-wal (no file, or an empty one)? */
static int db_wal_empty(const char *path)
{
    struct stat st;
    size_t n = strlen(path);
    char *wal = mem_alloc(n + 5);
    if (!wal) return 0;
    memcpy(wal, path, n);
    memcpy(wal + n, "-wal", 5);
    int empty = stat(wal, &st) != 0 || st.st_size == 0;
    mem_free(wal);
    return empty;
}

int db_open(const char *path, int flags, db_durability_t durability, db_t **out, err_t *e)
{
    int rc = db_open_file(path, flags, durability, 0, out, e);
    /* A WAL database is read through PATH-shm, which a full disk may not let SQLite
     * create: when no write is waiting in PATH-wal the file alone is the whole log, and
     * it is read as it is (read-only; a write then says the disk is full). A path
     * that a URI would read otherwise (?, #, %) keeps the first answer. */
    if (rc == ERR_FULL && !(flags & DB_OPEN_CREATE) && !strpbrk(path, "?#%") &&
        db_wal_empty(path)) {
        err_t e2;
        err_clear(&e2);
        if (db_open_file(path, flags | DB_OPEN_READONLY, durability, 1, out, &e2) == 0) {
            err_clear(e);
            return 0;
        }
    }
    return rc;
}

void db_close(db_t *d)
{
    if (!d) return;
    sqlog_free(d->log);
    sqlite3_finalize(d->dv);
    if (d->h) sqlite3_close_v2(d->h);
    mem_free(d->path);
    mem_free(d);
}

sqlite3 *db_handle(db_t *d)
{
    return d->h;
}

const char *db_path(const db_t *d)
{
    return d->path;
}

int db_schema_version(const db_t *d)
{
    return d->version;
}
