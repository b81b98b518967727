/* codec: events to and from JSON text (jansson).
 *
 * Parsing accepts the canonical envelope of DESIGN.md section 3. In input
 * mode (what `seismo append` reads) the fields the log assigns (seq,
 * recorded_at, prev_hash, hash) are ignored and id is optional; in stored
 * mode they are kept. Unknown keys are refused so that typos do not pass. */
#ifndef SEISMO_CODEC_H
#define SEISMO_CODEC_H

#include <stddef.h>

#include "../../core/err.h"
#include "../../core/event.h"

typedef enum { CODEC_INPUT = 0, CODEC_STORED = 1 } codec_mode_t;

/* Parses n bytes of text (borrowed) into out (caller storage, event_init()ed
 * by this call; release it even on failure). On a syntax error *column (may be
 * NULL) gets the 1-based column, else 0. Returns 0, ERR_DATA or ERR_NOMEM. */
int codec_event_parse(const char *text, size_t n, codec_mode_t mode, event_t *out, int *column,
                      err_t *e);

#endif
