/* The spool: DIR/incoming is ingested file by file on the thread pool; each
 * file moves to DIR/done once its batch is committed, or to DIR/rejected with
 * NAME.error when it cannot be ingested. A crash before the move only means
 * the file is ingested again, which the log's idempotency makes harmless. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../core/mem.h"
#include "../file/file.h"
#include "../ingest/ingest.h"
#include "daemon.h"

typedef struct spool_job_s {
    daemon_t *d;
    unsigned long done, rejected, articles, appended;
} spool_job_t;

static int spool_ignored(const char *name)
{
    size_t n = strlen(name);
    return name[0] == '.' || (n >= 4 && strcmp(name + n - 4, ".tmp") == 0);
}

static int spool_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Moves incoming/name to dir/name, or dir/name.N when that exists. */
static int spool_move(const char *spool, const char *name, const char *dir, char *dst, size_t n)
{
    char src[4096];
    struct stat st;

    snprintf(src, sizeof src, "%s/incoming/%s", spool, name);
    snprintf(dst, n, "%s/%s/%s", spool, dir, name);
    for (int i = 1; stat(dst, &st) == 0 && i < 10000; i++)
        snprintf(dst, n, "%s/%s/%s.%d", spool, dir, name, i);
    return rename(src, dst);
}

static void spool_reject(daemon_t *d, const char *name, const char *why)
{
    char dst[4096], errpath[4200];
    FILE *f;

    if (spool_move(d->spool, name, "rejected", dst, sizeof dst) != 0) {
        daemon_log(d, "error", "spool: cannot move %s to rejected/: %s", name, strerror(errno));
        return;
    }
    snprintf(errpath, sizeof errpath, "%s.error", dst);
    if ((f = fopen(errpath, "w"))) {
        fprintf(f, "%s\n", why);
        fclose(f);
    }
    daemon_log(d, "warn", "spool: rejected %s: %s", name, why);
}

static void spool_one(spool_job_t *j, eventlog_t *log, const char *name)
{
    daemon_t *d = j->d;
    char path[4096], dst[4096];
    ingest_opts_t o = {NULL, name, 0, 0};
    ingest_result_t res = {0};
    char *text = NULL;
    size_t len = 0;
    err_t e = {0};
    int rc;

    snprintf(path, sizeof path, "%s/incoming/%s", d->spool, name);
    rc = file_read_all(path, INGEST_MAX_BYTES, &text, &len, &e);
    if (rc == ERR_NOINPUT) return; /* gone meanwhile */
    if (rc == 0) {
        uv_rwlock_rdlock(&d->reg_lock);
        rc = ingest_bytes(d->x, log, name, text, len, &o, NULL, NULL, &res, &e);
        uv_rwlock_rdunlock(&d->reg_lock);
    }
    mem_free(text);
    if (rc == ERR_DATA) {
        spool_reject(d, name, e.msg);
        j->rejected++;
        return;
    }
    if (rc) {
        /* Busy, disk full, I/O: leave it in incoming/ for the next scan. */
        daemon_log(d, "error", "spool: %s left in incoming/: %s", name, e.msg);
        return;
    }
    if (spool_move(d->spool, name, "done", dst, sizeof dst) != 0) {
        daemon_log(d, "error", "spool: cannot move %s to done/: %s", name, strerror(errno));
        return;
    }
    j->done++;
    j->articles += res.articles;
    j->appended += res.appended;
    daemon_log(d, "info", "spool: %s: %zu found, %zu appended, %zu already present", name,
               res.found, res.appended, res.present);
}

static void spool_run(void *arg)
{
    spool_job_t *j = arg;
    daemon_t *d = j->d;
    char dir[4096];
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    err_t e = {0};
    store_t *c;
    DIR *dp;

    snprintf(dir, sizeof dir, "%s/incoming", d->spool);
    if (!(dp = opendir(dir))) return;
    while ((de = readdir(dp))) {
        if (spool_ignored(de->d_name)) continue;
        if (n == cap) {
            char **p = mem_realloc(names, (cap = cap ? cap * 2 : 64) * sizeof *p);
            if (!p) break;
            names = p;
        }
        if (!(names[n] = mem_strdup(de->d_name))) break;
        n++;
    }
    closedir(dp);
    if (n) {
        qsort(names, n, sizeof *names, spool_cmp);
        if ((c = daemon_db_get(d, &e))) {
            for (size_t i = 0; i < n && !__atomic_load_n(&d->stopping, __ATOMIC_RELAXED); i++) {
                struct stat st;
                char p[4200];
                snprintf(p, sizeof p, "%s/%s", dir, names[i]);
                if (stat(p, &st) != 0 || !S_ISREG(st.st_mode)) continue;
                spool_one(j, &c->log, names[i]);
            }
            daemon_db_put(d, c, 0);
        } else {
            daemon_log(d, "error", "spool: %s", e.msg);
            daemon_db_put(d, c, 1);
        }
    }
    for (size_t i = 0; i < n; i++) mem_free(names[i]);
    mem_free(names);
}

static void spool_done(void *arg, int status)
{
    spool_job_t *j = arg;
    daemon_t *d = j->d;

    (void)status;
    d->spool_busy = 0;
    d->spool_done += j->done;
    d->spool_rejected += j->rejected;
    uv_mutex_lock(&d->m_lock);
    d->m.articles_ingested += j->articles;
    d->m.articles_rejected += j->rejected;
    d->m.events_appended += j->appended;
    uv_mutex_unlock(&d->m_lock);
    if (j->appended) daemon_log_grew(d);
    mem_free(j);
    if (d->spool_again && !d->stopping) {
        d->spool_again = 0;
        daemon_spool_kick(d);
    }
}

void daemon_spool_kick(daemon_t *d)
{
    spool_job_t *j;

    if (!d->spool || d->stopping) return;
    if (d->spool_busy) {
        d->spool_again = 1;
        return;
    }
    if (!(j = mem_calloc(1, sizeof *j))) return;
    j->d = d;
    d->spool_busy = 1;
    if (daemon_work(d, spool_run, spool_done, j)) {
        d->spool_busy = 0;
        mem_free(j);
    }
}

static void spool_event_cb(uv_fs_event_t *h, const char *name, int events, int status)
{
    (void)name;
    (void)events;
    (void)status;
    daemon_spool_kick(h->data);
}

static void spool_timer_cb(uv_timer_t *t)
{
    daemon_spool_kick(t->data);
}

int daemon_spool_start(daemon_t *d, err_t *e)
{
    char dir[4096];
    int rc;

    snprintf(dir, sizeof dir, "%s/incoming", d->spool);
    if ((rc = uv_fs_event_start(&d->spool_watch, spool_event_cb, dir, 0)))
        return err_set(e, ERR_USAGE, "cannot watch %s: %s", dir, uv_strerror(rc));
    uv_timer_start(&d->spool_timer, spool_timer_cb, 1000, 1000);
    daemon_spool_kick(d);
    return 0;
}

static long spool_count(const char *spool, const char *sub)
{
    char dir[4096];
    struct dirent *de;
    long n = 0;
    DIR *dp;

    snprintf(dir, sizeof dir, "%s/%s", spool, sub);
    if (!(dp = opendir(dir))) return -1;
    while ((de = readdir(dp)))
        if (!spool_ignored(de->d_name)) {
            size_t len = strlen(de->d_name);
            if (len > 6 && strcmp(de->d_name + len - 6, ".error") == 0) continue;
            n++;
        }
    closedir(dp);
    return n;
}

void daemon_spool_counts(daemon_t *d, long *incoming, long *done, long *rejected)
{
    *incoming = spool_count(d->spool, "incoming");
    *done = spool_count(d->spool, "done");
    *rejected = spool_count(d->spool, "rejected");
}
