/* dbcheck: the file-level check of an SQLite database (PRAGMA quick_check),
 * and the mark `seismo verify` leaves beside a database it found damaged
 * (PATH.broken), which makes every write transaction refuse until a verify
 * passes again. The mark is a file of its own so that recording the damage
 * writes nothing into the damaged file. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../core/buf.h"
#include "db_internal.h"

static void dbcheck_mark_path(const db_t *d, char *out, size_t n)
{
    snprintf(out, n, "%s.broken", d->path ? d->path : "seismo.db");
}

int db_refuse_broken(db_t *d, err_t *e)
{
    char path[4200], why[400] = "";
    FILE *f;

    dbcheck_mark_path(d, path, sizeof path);
    if (!(f = fopen(path, "r"))) return 0;
    if (fgets(why, sizeof why, f)) why[strcspn(why, "\n")] = 0;
    fclose(f);
    return err_set(e, ERR_CORRUPT,
                   "database %s was found damaged by 'seismo verify' (%s): writes are refused "
                   "until it is repaired (docs/robustness.md, 'Repairing a damaged database'); a "
                   "verify that passes lifts this",
                   d->path, why[0] ? why : "see its verify output");
}

int db_mark_broken(db_t *d, const char *why, err_t *e)
{
    char path[4200], tmp[4300];
    FILE *f;

    dbcheck_mark_path(d, path, sizeof path);
    if (!why) {
        if (unlink(path) != 0 && errno != ENOENT)
            return err_set(e, ERR_IO, "cannot remove %s: %s", path, strerror(errno));
        return 0;
    }
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    if (!(f = fopen(tmp, "w")))
        return err_set(e, ERR_IO, "cannot write %s: %s", tmp, strerror(errno));
    fprintf(f, "%s\n", why);
    if (fclose(f) != 0 || rename(tmp, path) != 0) {
        int err = errno;
        unlink(tmp);
        return err_set(e, ERR_IO, "cannot write %s: %s", path, strerror(err));
    }
    return 0;
}

/* Appends to b what the page named in line ("Tree 12 page 40 ...", "Page 3:
 * ...") belongs to, as " (table events)", when the schema (or the dbstat
 * table, for a page that is not a root) can still tell. */
static void dbcheck_name_page(db_t *d, const char *line, buf_t *b)
{
    static const char *const sql[] = {
        "SELECT type, name FROM sqlite_schema WHERE rootpage = ?",
        "SELECT (SELECT type FROM sqlite_schema s WHERE s.name = t.name), name FROM dbstat t "
        "WHERE pageno = ?",
    };
    const char *t = strstr(line, "Tree ");
    long page;

    if (t)
        page = strtol(t + 5, NULL, 10);
    else if (strncmp(line, "Page ", 5) == 0)
        page = strtol(line + 5, NULL, 10);
    else
        return;
    if (page <= 0) return;
    for (int i = 0; i < 2; i++) {
        sqlite3_stmt *st = NULL;
        int found = 0;
        if (t && i == 1) break; /* a tree is named by its root */
        if (sqlite3_prepare_v2(d->h, sql[i], -1, &st, NULL) == SQLITE_OK) {
            sqlite3_bind_int64(st, 1, page);
            if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 1)) {
                const char *type = (const char *)sqlite3_column_text(st, 0);
                buf_printf(b, " (%s %s)", type ? type : "part of",
                           (const char *)sqlite3_column_text(st, 1));
                found = 1;
            }
        }
        sqlite3_finalize(st);
        if (found) return;
    }
}

int db_quick_check(db_t *d, char *problem, size_t n, err_t *e)
{
    sqlite3_stmt *st = NULL;
    buf_t b;
    int rc, lines = 0, more = 0;

    problem[0] = 0;
    buf_init(&b);
    rc = sqlite3_prepare_v2(d->h, "PRAGMA quick_check(20)", -1, &st, NULL);
    while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        rc = SQLITE_OK;
        const char *row = (const char *)sqlite3_column_text(st, 0);
        if (!row || strcmp(row, "ok") == 0) continue;
        /* A row may hold several problems, a line each (the first row starts
         * with "*** in database main ***"): each is named on its own. */
        for (const char *p = row; p && *p;) {
            const char *nl = strchr(p, '\n');
            char line[512];
            snprintf(line, sizeof line, "%.*s", (int)(nl ? nl - p : (long)strlen(p)), p);
            p = nl ? nl + 1 : NULL;
            if (!line[0] || strncmp(line, "*** in database", 15) == 0) continue;
            if (lines == 4) {
                more++;
                continue;
            }
            buf_printf(&b, "%s%s", lines ? "; " : "", line);
            dbcheck_name_page(d, line, &b);
            lines++;
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        int code = rc & 0xff;
        if (code != SQLITE_CORRUPT && code != SQLITE_NOTADB) {
            buf_release(&b);
            return db_error(d, rc, "checking the file", e);
        }
        buf_printf(&b, "%s%s", lines ? "; " : "", sqlite3_errstr(rc));
        lines++;
    }
    if (more) buf_printf(&b, "; and %d more", more);
    if (b.oom) {
        buf_release(&b);
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    if (lines) snprintf(problem, n, "%s", b.data ? b.data : "damaged");
    buf_release(&b);
    return 0;
}
