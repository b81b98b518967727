#include "hash.h"

#include <sodium.h>
#include <string.h>

#include "../../core/eventlog.h"

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

void hash_sha256_pair(const void *a, size_t na, const void *b, size_t nb,
                      char out[HASH_HEX_LEN + 1])
{
    crypto_hash_sha256_state st;
    unsigned char d[crypto_hash_sha256_BYTES];

    crypto_hash_sha256_init(&st);
    crypto_hash_sha256_update(&st, (const unsigned char *)a, na);
    if (nb) crypto_hash_sha256_update(&st, (const unsigned char *)b, nb);
    crypto_hash_sha256_final(&st, d);
    hash_hex(d, out);
}

void hash_chain(const char *prev_hex, const char *body, size_t n, char out[HASH_HEX_LEN + 1])
{
    eventlog_chain_hash(hash_sha256_pair, prev_hex, body, n, out);
}

int hash_event_id(const event_t *ev, char out[HASH_HEX_LEN + 1])
{
    return eventlog_event_id(hash_sha256_pair, ev, out);
}

int hash_event_ensure_id(event_t *ev)
{
    return eventlog_event_ensure_id(hash_sha256_pair, ev);
}
