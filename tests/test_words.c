/* Unit tests for core/extract_words: word lists looked up by their hashes (and a sentence's
 * Bloom filter) answer exactly as reading the tokens word by word does. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../core/extract_int.h"

static const char *text = "Acme Corp said on Tuesday it would CUT 500 jobs and lay off "
                          "staff, while its chief executive officer resigned; the Board "
                          "approved a share buyback and a credit facility of $2 billion.";

/* An article holding the tokens of text; the sentence filter covers [t0, t1). */
static void art_make(art_t *a, size_t t0, size_t t1)
{
    memset(a, 0, sizeof *a);
    a->text = text;
    a->len = strlen(text);
    assert_int_equal(extract_tok_run(text, 0, a->len, &a->toks), 0);
    if (t1 > a->toks.n) t1 = a->toks.n;
    if (t1 > t0) ex_wl_sentence(a, t0, t1);
}

/* The reference: token i's bytes equal w in any ASCII case. */
static int ref_is(const art_t *a, size_t i, const char *w)
{
    const extract_tok_t *t = &a->toks.v[i];
    if (strlen(w) != t->len) return 0;
    for (size_t k = 0; k < t->len; k++)
        if (ex_fold_c((unsigned char)text[t->off + k]) != ex_fold_c((unsigned char)w[k])) return 0;
    return 1;
}

static long ref_find(const art_t *a, size_t lo, size_t hi, const char *const *words)
{
    for (size_t i = lo; i < hi; i++)
        for (const char *const *w = words; *w; w++)
            if (ref_is(a, i, *w)) return (long)i;
    return -1;
}

static const char *const l_cut[] = {"lay off", "cut", "cuts", "slash", NULL};
static const char *const l_none[] = {"merger", "takeover", "dividend", NULL};
static const char *const l_board[] = {"board", "buyback", NULL};
static const char *const l_phr[] = {"lay off", "chief executive officer", "credit facility", NULL};
static const char *const l_empty[] = {"", "jobs", NULL};
static const char *const l_utf8[] = {"caf\xc3\xa9", "staff", NULL};
static const char *l_long[EX_WL_MAX + 12];
static const char *l_mid[100];

static void check_lists(art_t *a, size_t lo, size_t hi)
{
    const char *const *lists[] = {l_cut, l_none, l_board, l_empty, l_utf8, l_long, l_mid};
    for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++) {
        assert_int_equal(ex_ty_find(a, lo, hi, lists[k]), ref_find(a, lo, hi, lists[k]));
        for (size_t i = lo; i < hi; i++)
            assert_int_equal(ex_ty_is(a, i, lists[k]), ref_find(a, i, i + 1, lists[k]) == (long)i);
    }
}

static void test_find_matches_reference(void **state)
{
    (void)state;
    static char words[EX_WL_MAX + 100][8];
    for (size_t k = 0; k < EX_WL_MAX + 100; k++) snprintf(words[k], sizeof words[k], "w%zu", k);
    /* longer than a list holds: read word by word */
    for (size_t k = 0; k < EX_WL_MAX + 10; k++) l_long[k] = words[k];
    l_long[EX_WL_MAX + 2] = "officer";
    /* 99 words, hashed (the index of a long list meets the words of a hash in list order) */
    for (size_t k = 0; k < 99; k++) l_mid[k] = words[k];
    l_mid[90] = "approved";
    l_mid[97] = "Board";
    art_t a;
    art_make(&a, 0, (size_t)-1);
    size_t n = a.toks.n;
    assert_true(n > 30);
    /* whole sentence, clauses inside it, and ranges the filter does not cover */
    check_lists(&a, 0, n);
    check_lists(&a, 3, 12);
    check_lists(&a, 20, n);
    assert_true(ex_ty_find(&a, 0, n, l_cut) >= 0);      /* CUT, in capitals */
    assert_int_equal(ex_ty_find(&a, 0, n, l_none), -1); /* rejected by the filter */
    /* twice: the second answer comes from the cache */
    assert_int_equal(ex_ty_find(&a, 0, n, l_board), ref_find(&a, 0, n, l_board));
    extract_toks_release(&a.toks);

    art_make(&a, 0, 5); /* the filter covers only the first tokens */
    check_lists(&a, 0, n);
    check_lists(&a, 0, 5);
    extract_toks_release(&a.toks);
}

static void test_phrases(void **state)
{
    (void)state;
    art_t a;
    art_make(&a, 0, (size_t)-1);
    size_t n = a.toks.n, end = 0;
    long cut = ref_find(&a, 0, n, (const char *const[]){"cut", NULL});
    long lay = ref_find(&a, 0, n, (const char *const[]){"lay", NULL});
    long chief = ref_find(&a, 0, n, (const char *const[]){"chief", NULL});
    long credit = ref_find(&a, 0, n, (const char *const[]){"credit", NULL});
    assert_true(cut >= 0 && lay > cut && chief > lay && credit > chief);
    /* a phrase list: the first phrase start in the range, and its end */
    assert_int_equal(ex_ty_find_phrase(&a, 0, n, l_phr, &end), lay);
    assert_int_equal(end, (size_t)lay + 2);
    assert_int_equal(ex_ty_find_phrase(&a, (size_t)lay + 1, n, l_phr, &end), chief);
    assert_int_equal(end, (size_t)chief + 3);
    /* of the phrases sharing a first word, the first in the list that matches */
    static const char *const l_chief1[] = {"chief financial", "chief executive officer",
                                           "chief executive", NULL};
    static const char *const l_chief2[] = {"chief financial", "chief executive",
                                           "chief executive officer", NULL};
    assert_int_equal(ex_ty_find_phrase(&a, 0, n, l_chief1, &end), chief);
    assert_int_equal(end, (size_t)chief + 3);
    assert_int_equal(ex_ty_find_phrase(&a, 0, n, l_chief2, &end), chief);
    assert_int_equal(end, (size_t)chief + 2);
    /* a phrase cut by the end of the range does not match */
    assert_int_equal(ex_ty_find_phrase(&a, (size_t)chief, (size_t)chief + 2, l_phr, NULL), -1);
    /* in a word list, a phrase never equals one token */
    assert_int_equal(ex_ty_find(&a, (size_t)lay, n, l_phr), -1);
    assert_int_equal(ex_ty_find_one(&a, 0, n, "credit facility"), credit);
    extract_toks_release(&a.toks);
}

/* Many sentences of random words against many lists: the filters never hide a word that is
 * there (each list and sentence differs, so every filter bit is exercised). */
static void test_filters_random(void **state)
{
    (void)state;
    enum { VOCAB = 400, LISTS = 60, PER = 12, WORDS = 70, ROUNDS = 200 };
    static char vocab[VOCAB][12];
    static const char *lists[LISTS][PER + 1];
    static char sent[WORDS * 12 + 1];
    for (size_t v = 0; v < VOCAB; v++) snprintf(vocab[v], sizeof vocab[v], "wd%zux", v * 7919);
    unsigned seed = 12345;
    for (size_t l = 0; l < LISTS; l++) {
        for (size_t k = 0; k < PER; k++)
            lists[l][k] = vocab[(seed = seed * 1103515245 + 12345) % VOCAB];
        lists[l][PER] = NULL;
    }
    const char *saved = text;
    size_t found = 0;
    for (size_t r = 0; r < ROUNDS; r++) {
        size_t o = 0;
        for (size_t w = 0; w < WORDS; w++)
            o += (size_t)snprintf(sent + o, sizeof sent - o, "%s ",
                                  vocab[(seed = seed * 1103515245 + 12345) % VOCAB]);
        text = sent;
        art_t a;
        art_make(&a, 0, (size_t)-1);
        for (size_t l = 0; l < LISTS; l++) {
            long want = ref_find(&a, 0, a.toks.n, lists[l]);
            assert_int_equal(ex_ty_find(&a, 0, a.toks.n, lists[l]), want);
            found += want >= 0;
        }
        extract_toks_release(&a.toks);
    }
    text = saved;
    assert_true(found > 1000 && found < (size_t)ROUNDS * LISTS); /* both answers are asked */
}

/* A list cached before a sentence's filter is set is answered exactly: a word of no token,
 * whose hash has the bits of tokens in both Bloom filters the answers came from before (1,024
 * bits: h >> 54; 16,384 bits: h >> 20), is absent without reading a token. */
static void test_exact_absence(void **state)
{
    (void)state;
    static char word[16];
    static const char *const list[] = {word, NULL};
    art_t a;
    art_make(&a, 0, 0);
    size_t n = a.toks.n;
    uint64_t f1[16] = {0}, f2[256] = {0};
    for (size_t i = 0; i < n; i++) {
        uint64_t h = a.toks.v[i].h;
        f1[(h >> 54) >> 6] |= (uint64_t)1 << ((h >> 54) & 63);
        f2[((h >> 20) & 16383) >> 6] |= (uint64_t)1 << ((h >> 20) & 63);
    }
    unsigned k;
    for (k = 0; k < 10000000; k++) {
        snprintf(word, sizeof word, "zq%u", k);
        uint64_t h = extract_tok_hash(word, strlen(word));
        if (((f1[(h >> 54) >> 6] >> ((h >> 54) & 63)) & 1) &&
            ((f2[((h >> 20) & 16383) >> 6] >> ((h >> 20) & 63)) & 1))
            break;
    }
    assert_true(k < 10000000);
    extract_toks_release(&a.toks);
    ex_wl_t tmp;
    const ex_wl_t *w = ex_wl_get(list, &tmp); /* cached (and its words mapped) first */
    art_make(&a, 0, (size_t)-1);
    assert_int_equal(ex_wl_may(&a, 0, n, w), 0);
    assert_int_equal(ex_ty_find(&a, 0, n, list), -1);
    assert_int_equal(ex_ty_find_phrase(&a, 0, n, list, NULL), -1);
    extract_toks_release(&a.toks);
    /* a word that is there is found */
    static const char *const there[] = {"facility", NULL};
    (void)ex_wl_get(there, &tmp);
    art_make(&a, 0, (size_t)-1);
    assert_int_equal(ex_ty_find(&a, 0, n, there), ref_find(&a, 0, n, there));
    assert_true(ex_ty_find(&a, 0, n, there) >= 0);
    extract_toks_release(&a.toks);
}

/* A token's hash is extract_tok_hash of its bytes (a possessive hashes as 's, a curly
 * apostrophe as '), however the tokenizer read them: initialisms, contractions, marks. */
static void test_token_hashes(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "The U.S. unit of N.V. Philips' MCI-Comm said O'Brien's Caf\xc3\xa9"
        " won't ABC's "
        "bid \xe2\x80\x9c"
        "for\xe2\x80\x9d EUR16.42bn; R.A.B. Holdings Tesco \xe2\x80\x99s "
        "3,500.25 Z.",
        "a.b. X.Y.Z abc.DEF Hello\xc2\xa0World \xe2\x82\xac"
        "5 \xc2\xa3"
        "300m it\xe2\x80\x99s ok",
    };
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        extract_toks_t t = {0};
        const char *s = texts[k];
        assert_int_equal(extract_tok_run(s, 0, strlen(s), &t), 0);
        assert_true(t.n > 10);
        for (size_t i = 0; i < t.n; i++) {
            const extract_tok_t *v = &t.v[i];
            uint64_t want = extract_tok_hash(s + v->off, v->len);
            if (v->flags & EXTRACT_TOK_POSS)
                want = extract_tok_hash("'s", 2);
            else if (v->len == 3 && memcmp(s + v->off, "\xe2\x80\x99", 3) == 0)
                want = extract_tok_hash("'", 1);
            assert_true(v->h == want);
        }
        extract_toks_release(&t);
    }
}

/* The longest list of the rules (ex_head_verbs, 97 words: title_verb asks it of most
 * capitalised words) is hashed, so the sentence's word map answers it: no word of it in a
 * sentence is known without reading a token, and its words are found as word by word. */
static void test_long_list_hashed(void **state)
{
    (void)state;
    size_t nw = 0;
    while (ex_head_verbs[nw]) nw++;
    assert_true(nw > 64 && nw <= EX_WL_MAX);
    ex_wl_t tmp;
    const ex_wl_t *w = ex_wl_get(ex_head_verbs, &tmp); /* cached (and mapped) first */
    assert_int_equal(w->all, 0);
    assert_int_equal(w->n, nw);
    const char *saved = text;
    text = "Quarterly revenue rose sharply";
    art_t a;
    art_make(&a, 0, (size_t)-1);
    assert_int_equal(ex_wl_absent(&a, 0, a.toks.n, ex_head_verbs), 1);
    assert_int_equal(ex_ty_find(&a, 0, a.toks.n, ex_head_verbs), -1);
    extract_toks_release(&a.toks);
    text = "Boxford Games Slashes Annual Outlook and Sells Unit to Acme";
    art_make(&a, 0, (size_t)-1);
    assert_int_equal(ex_wl_absent(&a, 0, a.toks.n, ex_head_verbs), 0);
    assert_int_equal(ex_ty_find(&a, 0, a.toks.n, ex_head_verbs), 2); /* Slashes */
    for (size_t i = 0; i < a.toks.n; i++)
        assert_int_equal(ex_ty_is(&a, i, ex_head_verbs),
                         ref_find(&a, i, i + 1, ex_head_verbs) == (long)i);
    extract_toks_release(&a.toks);
    text = saved;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_find_matches_reference), cmocka_unit_test(test_phrases),
        cmocka_unit_test(test_token_hashes),           cmocka_unit_test(test_filters_random),
        cmocka_unit_test(test_exact_absence),          cmocka_unit_test(test_long_list_hashed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
