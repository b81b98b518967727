/* logcopy: copies an event log into another store, engine to engine, with
 * the same seq, ids, recorded_at and hashes (so verify passes on the
 * target). It goes in chunks, each committed whole, so an interrupted copy
 * resumes where the target's head is; a target that holds a different log
 * (its head is not the source's event at that seq) is refused untouched. */
#ifndef SEISMO_LOGCOPY_H
#define SEISMO_LOGCOPY_H

#include "err.h"
#include "eventlog.h"

#define LOGCOPY_CHUNK 500 /* events per target transaction */

typedef struct logcopy_result_s {
    long long before;   /* the target's head before the copy (what a resumed copy skipped) */
    long long copied;   /* events copied by this call */
    long long head_seq; /* the target's head after it */
    char head_hash[65];
} logcopy_result_t;

/* Called after each committed chunk with the target's head and the source's. */
typedef void (*logcopy_progress_fn)(void *arg, long long done, long long total);

/* Copies what from (borrowed) holds beyond to's head into to (borrowed),
 * checking on the way that every record chains to the one before and that its
 * hash is its content's. progress (may be NULL) gets arg. Fills res (caller
 * storage). Returns 0, ERR_DATA when to holds a different log (nothing
 * written), ERR_CORRUPT when the source does not verify (what was copied
 * before the bad record stays: it verifies), or an engine's error. */
int logcopy_run(eventlog_t *from, eventlog_t *to, logcopy_progress_fn progress, void *arg,
                logcopy_result_t *res, err_t *e);

#endif
