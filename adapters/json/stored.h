/* stored: decoding the stored bodies of the event log (the canonical JSON
 * event_canon() writes), for every storage engine.
 *
 * Reading a whole log decodes every body, and jansson (the codec) costs more
 * than everything else together there. Bodies are in one exact shape, so a
 * reader of that shape is enough; on anything else it gives up and the codec
 * decodes the body. stored_decode() is the log's decoder (eventlog_env_t). */
#ifndef SEISMO_STORED_H
#define SEISMO_STORED_H

#include <stddef.h>

#include "../../core/err.h"
#include "../../core/event.h"

/* Decodes n bytes of body (borrowed) into ev (caller storage, released on
 * failure) without jansson. Returns 0, or -1 when body is not in the exact
 * shape event_canon() writes (the caller then uses the codec). */
int stored_decode_fast(const char *body, size_t n, event_t *ev);
/* Decodes n bytes of body (borrowed; NULL reads as "") into ev (caller
 * storage, released on failure): the fast reader, else the codec in stored
 * mode. Returns 0, ERR_DATA or ERR_NOMEM with e filled. */
int stored_decode(const char *body, size_t n, event_t *ev, err_t *e);
/* stored_decode(), and sets *canonical (caller storage) to 1 when body is
 * exactly what event_canon(ev, EVENT_CANON_FULL) writes for the event read,
 * 0 when that is not so or the fast reader cannot tell (the log's
 * eventlog_decode_canon_fn: verify then writes the body again to compare). */
int stored_decode_canon(const char *body, size_t n, event_t *ev, int *canonical, err_t *e);
/* stored_decode_canon() by the fast reader alone, without allocating (canonical
 * may be NULL: not asked): ev's strings and arrays point into scratch (caller
 * storage, reused from call to call; it grows to the largest body, then
 * nothing more is allocated). ev
 * stays valid until scratch changes, and must be neither changed nor released
 * (event_init() forgets it). Returns 0, 1 when the fast reader does not read
 * body (ev is left empty: decode it with stored_decode_canon()), or ERR_NOMEM
 * with e filled (the log's eventlog_decode_view_fn). */
int stored_decode_view(const char *body, size_t n, event_t *ev, int *canonical, buf_t *scratch,
                       err_t *e);

#endif
