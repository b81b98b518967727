#include "hash.h"

#include <sodium.h>
#include <string.h>

#include "../../core/buf.h"
#include "../../core/mem.h"

int hash_init(void)
{
    return sodium_init() < 0 ? ERR_INTERNAL : 0;
}

static void hash_hex(const unsigned char *d, char out[HASH_HEX_LEN + 1])
{
    sodium_bin2hex(out, HASH_HEX_LEN + 1, d, crypto_hash_sha256_BYTES);
}

void hash_sha256_hex(const void *data, size_t n, char out[HASH_HEX_LEN + 1])
{
    unsigned char d[crypto_hash_sha256_BYTES];

    crypto_hash_sha256(d, data, n);
    hash_hex(d, out);
}

void hash_chain(const char *prev_hex, const char *body, size_t n, char out[HASH_HEX_LEN + 1])
{
    crypto_hash_sha256_state st;
    unsigned char d[crypto_hash_sha256_BYTES];

    crypto_hash_sha256_init(&st);
    crypto_hash_sha256_update(&st, (const unsigned char *)prev_hex, strlen(prev_hex));
    crypto_hash_sha256_update(&st, (const unsigned char *)body, n);
    crypto_hash_sha256_final(&st, d);
    hash_hex(d, out);
}

int hash_event_id(const event_t *ev, char out[HASH_HEX_LEN + 1])
{
    buf_t b;
    int rc;

    buf_init(&b);
    rc = event_canon(ev, EVENT_CANON_CONTENT, &b);
    if (rc == 0) hash_sha256_hex(b.data, b.len, out);
    buf_release(&b);
    return rc;
}

int hash_event_ensure_id(event_t *ev)
{
    char id[HASH_HEX_LEN + 1];
    int rc;

    if (ev->id && ev->id[0]) return 0;
    if ((rc = hash_event_id(ev, id))) return rc;
    return event_set_string(&ev->id, id);
}
