/* err: error codes and messages shared by every module.
 *
 * Functions return int: 0 on success or a negative ERR_* code. They also fill
 * an optional caller-owned err_t with a human message naming what went wrong. */
#ifndef SEISMO_ERR_H
#define SEISMO_ERR_H

/* X(name, exit status from sysexits.h, default message) */
#define ERR_MAP(X)                                                 \
    X(NOMEM, 71, "out of memory")                                  \
    X(USAGE, 64, "usage error")                                    \
    X(DATA, 65, "malformed input")                                 \
    X(NOINPUT, 66, "input not found")                              \
    X(NOTFOUND, 65, "not found")                                   \
    X(IO, 74, "input/output error")                                \
    X(FULL, 74, "disk full")                                       \
    X(BUSY, 75, "database busy, try again")                        \
    X(CONFLICT, 75, "log head moved (expected-head conflict)")     \
    X(NEWER, 65, "database written by a newer seismo")             \
    X(CORRUPT, 65, "database is corrupt or not a seismo database") \
    X(READONLY, 74, "database or directory is read-only")          \
    X(UNAVAILABLE, 69, "storage engine unavailable")               \
    X(INTERNAL, 70, "internal error")

enum {
    ERR_OK = 0,
#define ERR_ENUM(name, ex, msg) ERR_##name,
    ERR_FIRST_ = -100,
    ERR_MAP(ERR_ENUM) ERR_LAST_
#undef ERR_ENUM
};

typedef struct err_s {
    int code;      /* the ERR_* code, 0 when unset */
    char msg[512]; /* a human message, empty when unset */
} err_t;

/* Clears e (caller-owned, may be NULL). */
void err_clear(err_t *e);
/* Sets e (may be NULL) to code and a printf-style message; returns code. */
int err_set(err_t *e, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Prefixes e's message with a printf-style context; returns e's code (or 0). */
int err_wrap(err_t *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Returns the static name of code ("DATA"), or "OK"/"UNKNOWN". */
const char *err_name(int code);
/* Returns the default static message of code. */
const char *err_str(int code);
/* Returns the sysexits.h exit status for code (0 for 0). */
int err_exit_status(int code);

#endif
