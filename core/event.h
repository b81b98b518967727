/* event: the seismo event envelope, its types (v1 and v2), validation and canonical JSON.
 *
 * An event_t lives in caller storage (event_init/event_release) and owns every
 * string it points to. See DESIGN.md section 3 for the envelope. */
#ifndef SEISMO_EVENT_H
#define SEISMO_EVENT_H

#include <stddef.h>

#include "buf.h"
#include "err.h"

#define EVENT_SCHEMA   1
#define EVENT_HASH_HEX 64

/* X(ENUM, "name") for every event type of schema 1: the v1 types, then the v2
 * types analysts track (DESIGN.md section 3). New types go at the end. */
#define EVENT_TYPE_MAP(X)                           \
    X(PARTNERSHIP, "partnership")                   \
    X(PARTNERSHIP_REJECTED, "partnership_rejected") \
    X(REGULATORY_FILING, "regulatory_filing")       \
    X(REGULATORY_APPROVAL, "regulatory_approval")   \
    X(SHARE_MOVE, "share_move")                     \
    X(METRIC_CHANGE, "metric_change")               \
    X(ACQUISITION, "acquisition")                   \
    X(INVESTMENT, "investment")                     \
    X(PRODUCT_ANNOUNCEMENT, "product_announcement") \
    X(CORPORATE_EVENT, "corporate_event")           \
    X(RETRACTION, "retraction")                     \
    X(PRICE_IMPORT, "price_import")                 \
    X(EARNINGS, "earnings")                         \
    X(DIVIDEND, "dividend")                         \
    X(BUYBACK, "buyback")                           \
    X(STOCK_SPLIT, "stock_split")                   \
    X(GUIDANCE, "guidance")                         \
    X(RATING_CHANGE, "rating_change")               \
    X(EXECUTIVE_CHANGE, "executive_change")         \
    X(LEGAL, "legal")                               \
    X(FINANCING, "financing")                       \
    X(FACILITY, "facility")                         \
    X(WORKFORCE, "workforce")                       \
    X(CONTRACT, "contract")                         \
    X(BANKRUPTCY, "bankruptcy")

typedef enum {
    EVENT_NONE = 0,
#define EVENT_TYPE_ENUM(e, name) EVENT_##e,
    EVENT_TYPE_MAP(EVENT_TYPE_ENUM)
#undef EVENT_TYPE_ENUM
        EVENT_TYPE_COUNT
} event_type_t;

/* A data field is a string, a number, a boolean, or a list of records (the
 * earnings metrics); a record holds strings, numbers and booleans only. */
typedef enum {
    EVENT_FIELD_STR = 1,
    EVENT_FIELD_NUM = 2,
    EVENT_FIELD_BOOL = 3,
    EVENT_FIELD_LIST = 4
} event_field_kind_t;

struct event_record_s;

typedef struct event_field_s {
    char *key;                    /* owned */
    int kind;                     /* event_field_kind_t */
    char *str;                    /* owned, when kind is STR */
    double num;                   /* NUM; BOOL: 1 for true, 0 for false */
    struct event_record_s *items; /* owned array, when kind is LIST */
    size_t nitems;
} event_field_t;

/* One record of a LIST field: its fields, kept sorted by key. */
typedef struct event_record_s {
    event_field_t *fields; /* owned array */
    size_t n;
} event_record_t;

typedef struct event_company_s {
    char *id;     /* owned, canonical id: ticker or lowercase slug */
    char *name;   /* owned, may be NULL */
    char *ticker; /* owned, may be NULL */
    char *role;   /* owned, may be NULL: subject, partner, acquirer, target, ... */
} event_company_t;

typedef struct event_source_s {
    char *doc;        /* owned, "sha256:<hex>" of the document, may be NULL */
    char *name;       /* owned, file name, may be NULL */
    char *title;      /* owned, may be NULL */
    long long offset; /* byte offset of the sentence, -1 when unknown */
    long long length; /* byte length of the sentence, -1 when unknown */
    char *sentence;   /* owned, may be NULL */
} event_source_t;

typedef struct event_s {
    long long seq; /* position in the log, 0 when not stored */
    char *id;      /* owned, NULL until derived */
    event_type_t type;
    int schema;                 /* EVENT_SCHEMA */
    char occurred_on[11];       /* "YYYY-MM-DD", or "" for null (unknown) */
    char *recorded_at;          /* owned, "YYYY-MM-DDTHH:MM:SSZ", NULL until stored */
    event_company_t *companies; /* owned array */
    size_t ncompanies;
    event_field_t *data; /* owned array, kept sorted by key */
    size_t ndata;
    event_source_t source;
    char *prev_hash; /* owned hex, NULL until stored */
    char *hash;      /* owned hex, NULL until stored */
} event_t;

/* What event_canon() writes. */
typedef enum {
    EVENT_CANON_FULL = 0,    /* everything but prev_hash and hash: what the chain hashes */
    EVENT_CANON_CONTENT = 1, /* what the id derives from: no seq, id, recorded_at, name, title */
    EVENT_CANON_HASHED = 2   /* everything, hash fields too: what ndjson prints */
} event_canon_mode_t;

/* Prepares ev (caller storage) as an empty schema-1 event. */
void event_init(event_t *ev);
/* Frees everything ev owns (ev may be NULL) and leaves it empty. */
void event_release(event_t *ev);
/* Deep-copies src (borrowed) into dst (caller storage, uninitialised); returns 0 or ERR_NOMEM. */
int event_copy(event_t *dst, const event_t *src);

/* Returns the static name of type t, or NULL. */
const char *event_type_name(event_type_t t);
/* Returns the type named name (borrowed), or EVENT_NONE. */
event_type_t event_type_from_name(const char *name);

/* Appends a company; copies the strings (borrowed, all but id may be NULL). Returns 0 or ERR_NOMEM.
 */
int event_add_company(event_t *ev, const char *id, const char *name, const char *ticker,
                      const char *role);
/* Returns 1 when ev names company id (borrowed, compared exactly). */
int event_has_company(const event_t *ev, const char *id);
/* Sets data field key to a copy of val (both borrowed); returns 0 or ERR_NOMEM. */
int event_set_str(event_t *ev, const char *key, const char *val);
/* Sets data field key (borrowed) to number v; returns 0 or ERR_NOMEM. */
int event_set_num(event_t *ev, const char *key, double v);
/* Sets data field key (borrowed) to boolean v (0 or not); returns 0 or ERR_NOMEM. */
int event_set_bool(event_t *ev, const char *key, int v);
/* Stores boolean data field key (borrowed) in *out (may be NULL); returns 1 when present and
 * boolean. */
int event_get_bool(const event_t *ev, const char *key, int *out);
/* Sets data field key (borrowed) to an empty list; returns 0 or ERR_NOMEM. */
int event_set_list(event_t *ev, const char *key);
/* Appends an empty record to LIST field key (borrowed), making the field a list if it was
 * absent or of another kind; returns the record (borrowed from ev) or NULL when out of memory. */
event_record_t *event_add_record(event_t *ev, const char *key);
/* Sets field key of record r (borrowed) to a copy of val (borrowed); returns 0 or ERR_NOMEM. */
int event_record_set_str(event_record_t *r, const char *key, const char *val);
/* Sets field key (borrowed) of record r to number v; returns 0 or ERR_NOMEM. */
int event_record_set_num(event_record_t *r, const char *key, double v);
/* Sets field key (borrowed) of record r to boolean v; returns 0 or ERR_NOMEM. */
int event_record_set_bool(event_record_t *r, const char *key, int v);
/* Returns field key of record r, or NULL (borrowed from r). */
const event_field_t *event_record_get(const event_record_t *r, const char *key);
/* Sets data field f->key of ev to a deep copy of f (borrowed); returns 0 or ERR_NOMEM. */
int event_set_field(event_t *ev, const event_field_t *f);
/* Removes data field key if present. */
void event_unset(event_t *ev, const char *key);
/* Returns data field key, or NULL (borrowed from ev). */
const event_field_t *event_get(const event_t *ev, const char *key);
/* Returns the string of data field key, or NULL when absent or not a string (borrowed). */
const char *event_get_str(const event_t *ev, const char *key);
/* Stores the number of data field key in *out; returns 1 when present and numeric. */
int event_get_num(const event_t *ev, const char *key, double *out);
/* Replaces *slot (owned) by a copy of val (borrowed, may be NULL); returns 0 or ERR_NOMEM. */
int event_set_string(char **slot, const char *val);

/* Checks ev against the rules of its type (docs/events.md): known type,
 * required data fields present and of the right kind and value (enums, ISO
 * 4217 currencies, amounts not negative, consistent ranges and ratios), the
 * records of list fields, finite numbers, valid dates, every company with an
 * id. Returns 0 or ERR_DATA with a message naming the field. */
int event_validate(const event_t *ev, err_t *e);

/* Appends ev's canonical JSON to out (keys sorted, no whitespace). */
int event_canon(const event_t *ev, event_canon_mode_t mode, buf_t *out);
/* event_canon() in two parts: the head ('{', "companies" and "data"), which
 * is the same in every mode, then the rest in the given mode. A writer that
 * needs two modes of a large event (its id, then its body) writes the head
 * once. Both append to out; return 0 or ERR_NOMEM. */
int event_canon_head(const event_t *ev, buf_t *out);
int event_canon_tail(const event_t *ev, event_canon_mode_t mode, buf_t *out);

/* A growable list of events; owns them. */
typedef struct event_list_s {
    event_t *items; /* owned array */
    size_t n;
    size_t cap;
} event_list_t;

/* Prepares l (caller storage) as empty. */
void event_list_init(event_list_t *l);
/* Releases every event and the array (l may be NULL). */
void event_list_release(event_list_t *l);
/* Appends a fresh event_init()ed event; returns it (borrowed from l) or NULL when out of memory. */
event_t *event_list_add(event_list_t *l);
/* Moves ev (steals its contents; ev is left empty) to the end of l; returns 0 or ERR_NOMEM. */
int event_list_push(event_list_t *l, event_t *ev);
/* Drops the last event. */
void event_list_pop(event_list_t *l);

#endif
