/* The spool: DIR/incoming is ingested file by file on the thread pool; each
 * file moves to DIR/done once its batch is committed, or to DIR/rejected with
 * NAME.error when it cannot be ingested. A crash before the move only means
 * the file is ingested again, which the log's idempotency makes harmless.
 *
 * A file is taken only when it is settled: no process has it open for writing
 * (a read lease can be taken only then) and it has not changed for the settle
 * time (--settle). It is opened without following a link and without blocking
 * on a FIFO, and anything that is not a regular file goes to rejected/. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <time.h>
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
    unsigned long pending; /* files left to settle */
    long long head;        /* the log's head after the last append, -1 before */
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

    if (spool_move(d->spool.dir, name, "rejected", dst, sizeof dst) != 0) {
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

/* Why fstat's st is not a file the spool takes (static string). */
static const char *spool_kind(const struct stat *st)
{
    if (S_ISDIR(st->st_mode)) return "a directory";
    if (S_ISFIFO(st->st_mode)) return "a FIFO";
    if (S_ISSOCK(st->st_mode)) return "a socket";
    if (S_ISCHR(st->st_mode) || S_ISBLK(st->st_mode)) return "a device";
    if (S_ISLNK(st->st_mode)) return "a symbolic link";
    return "not a regular file";
}

/* 1 when some process has fd's file open for writing: a read lease is refused
 * then (EAGAIN). 0 when none has; -1 when the lease cannot tell (a file of
 * another user, a file system without leases): the settle time decides. */
static int spool_being_written(int fd)
{
    if (fcntl(fd, F_SETLEASE, F_RDLCK) == 0) {
        fcntl(fd, F_SETLEASE, F_UNLCK);
        return 0;
    }
    return errno == EAGAIN || errno == EBUSY ? 1 : -1;
}

/* 1 when the inode changed after its last write (a rename into incoming/,
 * a chmod): its ctime is past its mtime. A write sets both to one time. */
static int spool_renamed(const struct stat *st)
{
    return st->st_ctim.tv_sec > st->st_mtim.tv_sec ||
           (st->st_ctim.tv_sec == st->st_mtim.tv_sec && st->st_ctim.tv_nsec > st->st_mtim.tv_nsec);
}

/* Milliseconds since st's file last changed (content or metadata other than
 * a rename: mtime). */
static long long spool_age_ms(const struct stat *st)
{
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    return (long long)(now.tv_sec - st->st_mtim.tv_sec) * 1000 +
           (now.tv_nsec - st->st_mtim.tv_nsec) / 1000000;
}

/* Reads the whole of fd (at most max bytes) into *out (owned by the caller,
 * mem_free) and *len. ERR_DATA when it is larger. */
static int spool_read(int fd, const char *name, size_t size, char **out, size_t *len, err_t *e)
{
    size_t cap = size + 1, n = 0;
    char *b;
    ssize_t r;

    *out = NULL;
    *len = 0;
    if (size > INGEST_MAX_BYTES)
        return err_set(e, ERR_DATA, "%s: larger than the limit of %zu bytes", name,
                       (size_t)INGEST_MAX_BYTES);
    if (!(b = mem_alloc(cap))) return err_set(e, ERR_NOMEM, "out of memory");
    for (;;) {
        if (n == cap) {
            char *p;
            if (cap > INGEST_MAX_BYTES) {
                mem_free(b);
                return err_set(e, ERR_DATA, "%s: larger than the limit of %zu bytes", name,
                               (size_t)INGEST_MAX_BYTES);
            }
            if (!(p = mem_realloc(b, cap * 2))) {
                mem_free(b);
                return err_set(e, ERR_NOMEM, "out of memory");
            }
            b = p;
            cap *= 2;
        }
        r = read(fd, b + n, cap - n);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            int err = errno;
            mem_free(b);
            return err_set(e, ERR_IO, "%s: %s", name, strerror(err));
        }
        if (r == 0) break;
        n += (size_t)r;
    }
    if (n > INGEST_MAX_BYTES) {
        mem_free(b);
        return err_set(e, ERR_DATA, "%s: larger than the limit of %zu bytes", name,
                       (size_t)INGEST_MAX_BYTES);
    }
    *out = b;
    *len = n;
    return 0;
}

/* ingest_bytes' callback: notes the head each article's append returned. */
static int spool_each(void *arg, const ingest_article_t *art)
{
    spool_job_t *j = arg;

    if (art->res->head_seq > j->head) j->head = art->res->head_seq;
    return 0;
}

/* Ingests incoming/name when it is a settled regular file; rejects what is
 * not a regular file. Sets j->pending when it was left for a later scan. */
static void spool_one(spool_job_t *j, eventlog_t *log, int dfd, const char *name)
{
    daemon_t *d = j->d;
    char dst[4096], why[512];
    ingest_opts_t o = {NULL, name, 0, 0};
    ingest_result_t res = {0};
    struct stat st, st2;
    char *text = NULL;
    size_t len = 0;
    err_t e = {0};
    int rc, fd, writing;

    fd = openat(dfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        int err = errno;
        if (err == ENOENT) return; /* gone meanwhile */
        if (err == ELOOP || err == ENXIO || err == EACCES || err == EPERM || err == EOVERFLOW ||
            err == ENODEV || err == ETXTBSY) {
            if (err == ELOOP)
                snprintf(why, sizeof why, "%s: a symbolic link; the spool takes regular files only",
                         name);
            else
                snprintf(why, sizeof why, "%s: cannot be opened: %s", name, strerror(err));
            spool_reject(d, name, why);
            j->rejected++;
        } else {
            daemon_log(d, "error", "spool: %s left in incoming/: %s", name, strerror(err));
        }
        return;
    }
    if (fstat(fd, &st) != 0) {
        daemon_log(d, "error", "spool: %s left in incoming/: %s", name, strerror(errno));
        goto done;
    }
    if (!S_ISREG(st.st_mode)) {
        snprintf(why, sizeof why, "%s: %s; the spool takes regular files only", name,
                 spool_kind(&st));
        spool_reject(d, name, why);
        j->rejected++;
        goto done;
    }
    /* Written in place: wait until no writer has it open and it stopped
     * changing. A file renamed in after its last write (its ctime is past
     * its mtime) with no writer left is complete at once. */
    writing = spool_being_written(fd);
    if (writing > 0 ||
        (spool_age_ms(&st) < d->spool.settle_ms && !(writing == 0 && spool_renamed(&st)))) {
        j->pending++;
        goto done;
    }
    rc = spool_read(fd, name, (size_t)st.st_size, &text, &len, &e);
    if (rc == 0 &&
        (fstat(fd, &st2) != 0 || st2.st_size != st.st_size ||
         st2.st_mtim.tv_sec != st.st_mtim.tv_sec || st2.st_mtim.tv_nsec != st.st_mtim.tv_nsec)) {
        j->pending++; /* changed while read: take it once it settles */
        goto done;
    }
    close(fd);
    fd = -1;
    if (rc == 0) {
        uv_rwlock_rdlock(&d->reg_lock);
        rc = ingest_bytes(d->x, log, name, text, len, &o, spool_each, j, &res, &e);
        uv_rwlock_rdunlock(&d->reg_lock);
    }
    if (rc == ERR_DATA) {
        spool_reject(d, name, e.msg);
        j->rejected++;
        goto done;
    }
    if (rc) {
        /* Busy, disk full, I/O: leave it in incoming/ for the next scan. */
        daemon_log(d, "error", "spool: %s left in incoming/: %s", name, e.msg);
        goto done;
    }
    if (spool_move(d->spool.dir, name, "done", dst, sizeof dst) != 0) {
        daemon_log(d, "error", "spool: cannot move %s to done/: %s", name, strerror(errno));
        goto done;
    }
    j->done++;
    j->articles += res.articles;
    j->appended += res.appended;
    daemon_log(d, "info", "spool: %s: %zu found, %zu appended, %zu already present", name,
               res.found, res.appended, res.present);
done:
    mem_free(text);
    if (fd >= 0) close(fd);
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

    snprintf(dir, sizeof dir, "%s/incoming", d->spool.dir);
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
    if (n) {
        qsort(names, n, sizeof *names, spool_cmp);
        if ((c = daemon_db_get(d, &e))) {
            for (size_t i = 0; i < n && !__atomic_load_n(&d->stopping, __ATOMIC_RELAXED); i++)
                spool_one(j, &c->log, dirfd(dp), names[i]);
            daemon_db_put(d, c, 0);
        } else {
            daemon_log(d, "error", "spool: %s", e.msg);
            daemon_db_put(d, c, 1);
        }
    }
    closedir(dp);
    for (size_t i = 0; i < n; i++) mem_free(names[i]);
    mem_free(names);
}

static void spool_done(void *arg, int status)
{
    spool_job_t *j = arg;
    daemon_t *d = j->d;

    (void)status;
    d->spool.busy = 0;
    d->spool.done += j->done;
    d->spool.rejected += j->rejected;
    uv_mutex_lock(&d->metrics.lock);
    d->metrics.articles_ingested += j->articles;
    d->metrics.articles_rejected += j->rejected;
    d->metrics.events_appended += j->appended;
    uv_mutex_unlock(&d->metrics.lock);
    /* The head the appends returned: no read of it. */
    if (j->appended && j->head >= 0)
        daemon_log_at(d, j->head);
    else if (j->appended)
        daemon_log_grew(d);
    mem_free(j);
    if (d->spool.again && !d->stopping) {
        d->spool.again = 0;
        daemon_spool_kick(d);
    }
}

void daemon_spool_kick(daemon_t *d)
{
    spool_job_t *j;

    if (!d->spool.dir || d->stopping) return;
    if (d->spool.busy) {
        d->spool.again = 1;
        return;
    }
    if (!(j = mem_calloc(1, sizeof *j))) return;
    j->d = d;
    j->head = -1;
    d->spool.busy = 1;
    if (daemon_work(d, spool_run, spool_done, j)) {
        d->spool.busy = 0;
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

static int spool_check_dir(const char *dir, err_t *e)
{
    struct stat st;

    if (mkdir(dir, 0755) != 0 && errno != EEXIST)
        return err_set(e, ERR_USAGE, "cannot create %s: %s", dir, strerror(errno));
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
        return err_set(e, ERR_USAGE, "%s is not a directory", dir);
    if (access(dir, W_OK | X_OK) != 0)
        return err_set(e, ERR_USAGE, "%s is not writable: %s", dir, strerror(errno));
    return 0;
}

int daemon_spool_make_dirs(daemon_t *d, err_t *e)
{
    char sub[4096];
    const char *subs[] = {"", "/incoming", "/done", "/rejected"};

    for (int i = 0; i < 4; i++) {
        int rc;
        snprintf(sub, sizeof sub, "%s%s", d->spool.dir, subs[i]);
        if ((rc = spool_check_dir(sub, e))) return rc;
    }
    return 0;
}

void daemon_spool_init(daemon_t *d)
{
    uv_timer_init(d->loop, &d->spool.timer);
    uv_fs_event_init(d->loop, &d->spool.watch);
    d->spool.timer.data = d->spool.watch.data = d;
}

int daemon_spool_start(daemon_t *d, err_t *e)
{
    char dir[4096];
    int rc, period;

    snprintf(dir, sizeof dir, "%s/incoming", d->spool.dir);
    if ((rc = uv_fs_event_start(&d->spool.watch, spool_event_cb, dir, 0)))
        return err_set(e, ERR_USAGE, "cannot watch %s: %s", dir, uv_strerror(rc));
    /* A writer opening a file in the instant a lease is held breaks the lease,
     * which the kernel announces with SIGIO: it must not end the daemon. */
    signal(SIGIO, SIG_IGN);
    period = d->spool.settle_ms > 0 && d->spool.settle_ms < 1000 ? d->spool.settle_ms : 1000;
    uv_timer_start(&d->spool.timer, spool_timer_cb, (uint64_t)period, (uint64_t)period);
    daemon_spool_kick(d);
    return 0;
}

void daemon_spool_stop(daemon_t *d)
{
    uv_fs_event_stop(&d->spool.watch);
    uv_timer_stop(&d->spool.timer);
    uv_close((uv_handle_t *)&d->spool.watch, NULL);
    uv_close((uv_handle_t *)&d->spool.timer, NULL);
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
    *incoming = spool_count(d->spool.dir, "incoming");
    *done = spool_count(d->spool.dir, "done");
    *rejected = spool_count(d->spool.dir, "rejected");
}
