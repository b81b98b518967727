#include "hash.h"

#include <openssl/evp.h>
#include <pthread.h>
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

/* libcrypto's SHA-256, looked up once for the process: EVP_sha256() makes
 * every EVP_DigestInit_ex() fetch the implementation again by name (a lock and
 * a search of the provider tables), which cost verify more than a third of
 * its hashing. NULL when the lookup failed (libsodium then hashes). */
static EVP_MD *hash_md;
static pthread_once_t hash_md_once = PTHREAD_ONCE_INIT;

static void hash_md_fetch(void)
{
    hash_md = EVP_MD_fetch(NULL, "SHA256", NULL);
}

/* SHA-256 of a then b into d with libcrypto, which uses the CPU's SHA
 * instructions where there are some (several times libsodium's portable
 * code: verify and every append hash whole bodies). Falls back to libsodium
 * when libcrypto cannot allocate its context. */
static void hash_digest(const void *a, size_t na, const void *b, size_t nb,
                        unsigned char d[crypto_hash_sha256_BYTES])
{
    EVP_MD_CTX *c;
    unsigned int len = 0;

    pthread_once(&hash_md_once, hash_md_fetch);
    c = hash_md ? EVP_MD_CTX_new() : NULL;
    if (c && EVP_DigestInit_ex(c, hash_md, NULL) == 1 && EVP_DigestUpdate(c, a, na) == 1 &&
        (!nb || EVP_DigestUpdate(c, b, nb) == 1) && EVP_DigestFinal_ex(c, d, &len) == 1 &&
        len == crypto_hash_sha256_BYTES) {
        EVP_MD_CTX_free(c);
        return;
    }
    EVP_MD_CTX_free(c);
    {
        crypto_hash_sha256_state st;
        crypto_hash_sha256_init(&st);
        crypto_hash_sha256_update(&st, (const unsigned char *)a, na);
        if (nb) crypto_hash_sha256_update(&st, (const unsigned char *)b, nb);
        crypto_hash_sha256_final(&st, d);
    }
}

void hash_sha256_hex(const void *data, size_t n, char out[HASH_HEX_LEN + 1])
{
    unsigned char d[crypto_hash_sha256_BYTES];

    hash_digest(data, n, NULL, 0, d);
    hash_hex(d, out);
}

void hash_sha256_pair(const void *a, size_t na, const void *b, size_t nb,
                      char out[HASH_HEX_LEN + 1])
{
    unsigned char d[crypto_hash_sha256_BYTES];

    hash_digest(a, na, b, nb, d);
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
