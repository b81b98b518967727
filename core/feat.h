/* feat: the hashed features the event detector scores (core/model.h).
 *
 * An article is cut into zones: the title (its first line after any "Date:"
 * style header lines), the lead (the first sentence after the title) and the
 * body. Features are lower-cased word unigrams and bigrams (numbers become
 * "0"), the same words tagged with their zone (title unigrams and bigrams, lead
 * unigrams), the shape of the text (feat_add_shape), and the event types the rules found ("rule
 * hits"). Each feature string is hashed (FNV-1a, 32 bits, with a seed) into 2^bits buckets. Feature
 * values are binary, scaled to unit length when scored. */
#ifndef SEISMO_FEAT_H
#define SEISMO_FEAT_H

#include <stddef.h>
#include <stdint.h>

#define FEAT_MIN_BITS 10
#define FEAT_MAX_BITS 24

enum { FEAT_ZONE_BODY = 0, FEAT_ZONE_TITLE = 1, FEAT_ZONE_LEAD = 2 };

typedef struct feat_hash_s {
    unsigned bits; /* buckets = 2^bits */
    uint32_t seed; /* mixed into every feature hash */
} feat_hash_t;

/* Byte spans of an article's zones; the body is everything after lead_end. */
typedef struct feat_zones_s {
    size_t title_off, title_end;
    size_t lead_off, lead_end;
} feat_zones_t;

/* A set of bucket ids (caller storage: feat_init/feat_release). Appends never fail
 * visibly: an allocation failure sets oom, checked once at the end. */
typedef struct feat_s {
    uint32_t *idx; /* owned; sorted and unique after feat_finish */
    size_t n, cap;
    uint32_t *tmp; /* owned, feat_finish's scratch */
    size_t tmpcap;
    int oom;
} feat_t;

/* Prepares f (caller storage) as empty. */
void feat_init(feat_t *f);
/* Frees what f owns (f may be NULL). */
void feat_release(feat_t *f);
/* Empties f, keeping its memory. */
void feat_reset(feat_t *f);
/* Finds the zones of len bytes of text (borrowed). */
void feat_zones(const char *text, size_t len, feat_zones_t *z);
/* Returns the zone of the byte offset off. */
int feat_zone_of(const feat_zones_t *z, size_t off);
/* Adds the word features of text[off, end) (borrowed), tagged with zone. */
void feat_add_span(feat_t *f, const feat_hash_t *h, const char *text, size_t off, size_t end,
                   int zone);
/* Adds the word features of a whole article (text borrowed), zone by zone. */
void feat_add_article(feat_t *f, const feat_hash_t *h, const char *text, size_t len);
/* As feat_add_article, with the article's zones z (feat_zones') already found. */
void feat_add_article_zones(feat_t *f, const feat_hash_t *h, const char *text, size_t len,
                            const feat_zones_t *z);
/* Adds the shape of the text: 0 a lone line or sentence (a title, or a sentence scored on its
 * own), 1 a short article (under 400 bytes after the title), 2 a longer one. Sentences and
 * articles then get intercepts of their own. */
void feat_add_shape(feat_t *f, const feat_hash_t *h, int shape);
/* Adds the rule hit "the rules found an event of type" (type borrowed). */
void feat_add_rule(feat_t *f, const feat_hash_t *h, const char *type);
/* Sorts f and drops repeats; returns 0, or ERR_NOMEM when an append failed. */
int feat_finish(feat_t *f);

#endif
