/* hash: SHA-256 for the event log's chain, event ids and document digests
 * (OpenSSL's libcrypto, which uses the CPU's SHA instructions; libsodium for
 * hex and as the fallback). */
#ifndef SEISMO_HASH_H
#define SEISMO_HASH_H

#include <stddef.h>

#include "../../core/event.h"

#define HASH_HEX_LEN 64
#define HASH_ZERO    "0000000000000000000000000000000000000000000000000000000000000000"

/* Prepares libsodium; returns 0 or ERR_INTERNAL. Safe to call more than once. */
int hash_init(void);
/* Writes the lowercase hex SHA-256 of n bytes of data (borrowed) into out (caller-owned). */
void hash_sha256_hex(const void *data, size_t n, char out[HASH_HEX_LEN + 1]);
/* Writes the hex SHA-256 of na bytes of a followed by nb bytes of b (both
 * borrowed; b may be NULL when nb is 0) into out: the hash function the log's
 * rules use (core/eventlog.h, eventlog_sha256_fn). */
void hash_sha256_pair(const void *a, size_t na, const void *b, size_t nb,
                      char out[HASH_HEX_LEN + 1]);
/* Writes SHA-256(prev_hex || body) as hex into out: the chain hash of one event. */
void hash_chain(const char *prev_hex, const char *body, size_t n, char out[HASH_HEX_LEN + 1]);
/* Derives ev's id from its content (EVENT_CANON_CONTENT) into out; returns 0 or ERR_NOMEM. */
int hash_event_id(const event_t *ev, char out[HASH_HEX_LEN + 1]);
/* Sets ev->id (owned by ev) to the derived id when it has none; returns 0 or ERR_NOMEM. */
int hash_event_ensure_id(event_t *ev);

#endif
