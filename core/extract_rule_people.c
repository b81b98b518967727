/* extract_rule_people: executive changes (a person appointed to or leaving a
 * position) and workforce events (layoffs and hiring, with the headcount and the
 * share of the workforce). A title beside a name ("said Elliott Hill, President
 * and CEO") is no change: a change needs its verb. */
#include "extract_int.h"

#include <stdio.h>
#include <string.h>

/* Word lists the rules search for (static, as every list given to ex_ty_*: ex_wl_get keys
 * them by address). */
static const char *const staff_adj[] = {"seasonal",  "full-time", "more",          "new",
                                        "salaried",  "hourly",    "corporate",     "office",
                                        "permanent", "temporary", "management",    "factory",
                                        "support",   "retail",    "manufacturing", NULL};

static const struct {
    const char *phrase, *position;
} ty_positions[] = {{"chief executive officer", "CEO"},
                    {"chief executive", "CEO"},
                    {"ceo", "CEO"},
                    {"chief financial officer", "CFO"},
                    {"finance chief", "CFO"},
                    {"finance director", "CFO"},
                    {"financial director", "CFO"},
                    {"chief medical officer", "CMO"},
                    {"chief marketing officer", "CMO"},
                    {"chief commercial officer", "CCO"},
                    {"chief scientific officer", "CSO"},
                    {"chief investment officer", "CIO"},
                    {"chief information officer", "CIO"},
                    {"cfo", "CFO"},
                    {"chief operating officer", "COO"},
                    {"coo", "COO"},
                    {"chief technology officer", "CTO"},
                    {"chief restructuring officer", "CRO"},
                    {"chief accounting officer", "CAO"},
                    {"cto", "CTO"},
                    {"chairman", "chair"},
                    {"chairwoman", "chair"},
                    {"chair", "chair"},
                    {"president", "president"},
                    {NULL, NULL}};

/* The company of a change at verb v: mention k when there is one, else the sentence's
 * subject; 1 with it in *out, 0 when there is none. */
static int people_company(art_t *a, const sent_t *s, size_t v, long k, co_t *out)
{
    if (k >= 0) {
        *out = a->ments[k].co;
        return 1;
    }
    return ex_ty_subject(a, s, v, out);
}

/* The position named in [lo, hi): CEO when one of several is CEO, else the first. */
static const char *ty_position(const art_t *a, size_t lo, size_t hi)
{
    const char *first = NULL;
    ex_wl_t tmp;
    const ex_wl_t *w = ex_wl_get_table(ty_positions, sizeof *ty_positions, &tmp);
    if (!w->all && !ex_wl_may(a, lo, hi, w)) return NULL;
    for (size_t i = lo; i < hi; i++)
        for (size_t k = 0; ty_positions[k].phrase; k++) {
            if (!w->all && w->h[k] != ex_tk(a, i)->h) continue;
            int e = ex_ty_phrase(a, i, hi, ty_positions[k].phrase);
            if (!e) continue;
            /* ("vice president and chief financial officer": a vice president is none) */
            if (i > 0 && strcmp(ty_positions[k].position, "president") == 0 &&
                (ex_tok_is(a, i - 1, "vice") ||
                 (i > 1 && ex_tok_is(a, i - 1, "-") && ex_tok_is(a, i - 2, "vice")))) {
                i = (size_t)e - 1;
                break;
            }
            /* ("senior corporate finance director": a banker's title, no CFO) */
            if (i > 0 && ex_tok_is(a, i - 1, "corporate") && ex_tok_is(a, i + 1, "director")) {
                i = (size_t)e - 1;
                break;
            }
            if (strcmp(ty_positions[k].position, "CEO") == 0) return "CEO";
            if (!first) first = ty_positions[k].position;
            i = (size_t)e - 1;
            break;
        }
    return first;
}

/* The start of a position phrase ending right before token end ("Chief Operating Officer"
 * of "by Chief Operating Officer Angela Moss"), from lo; end when there is none. */
static size_t ty_position_before(const art_t *a, size_t lo, size_t end)
{
    for (size_t k = 0; ty_positions[k].phrase; k++)
        for (size_t st = end > lo + 3 ? end - 3 : lo; st < end; st++)
            if ((size_t)ex_ty_phrase(a, st, end, ty_positions[k].phrase) == end) return st;
    return end;
}

/* Is the verb at v followed by a company and "as" ("join Quarry Logistics as")? */
static int join_as(const art_t *a, const sent_t *s, size_t v)
{
    /* (or the company unnamed there: "would join as chief financial officer", "will join the
     * company as") */
    if (v + 2 < s->t1 && ex_tok_is(a, v + 1, "as")) return 1;
    if (v + 4 < s->t1 && ex_tok_is(a, v + 1, "the") &&
        (ex_tok_is(a, v + 2, "company") || ex_tok_is(a, v + 2, "group") ||
         ex_tok_is(a, v + 2, "board")) &&
        ex_tok_is(a, v + 3, "as"))
        return 1;
    long k = ex_ment_after(a, v + 1, v + 2 < s->t1 ? v + 2 : s->t1);
    return k >= 0 && a->ments[k].t1 < s->t1 && ex_tok_is(a, a->ments[k].t1, "as");
}

/* The company named in the possessive right after the first word w within span words after
 * the verb at v ("appointed President of Dunstable's ... division", "as Penhallow's
 * president"), or -1. */
static long poss_after(const art_t *a, const sent_t *s, size_t v, size_t span, const char *w)
{
    long at = ex_ty_find_one(a, v + 1, v + span < s->t1 ? v + span : s->t1, w);
    long k = at >= 0 ? ex_ment_after(a, (size_t)at + 1, (size_t)at + 2) : -1;
    return k >= 0 && a->ments[k].t1 < s->t1 && (ex_tk(a, a->ments[k].t1)->flags & EXTRACT_TOK_POSS)
               ? k
               : -1;
}

/* The company of the executive change told in the sentence before s, into *out; 1 when
 * there is one ("She replaces Tom Keller" after "X named Priya Anand as CFO"). */
static int prev_change_company(const art_t *a, const sent_t *s, co_t *out)
{
    /* (or two or three before: "appointed Anneliese Marchetti-Boyd as CFO. Marchetti-Boyd
     * has spent 20 years ... most recently as CFO of ... Istvale Materials. She succeeds
     * Peter Haslam") */
    for (const sent_t *q = s - 1; q >= a->sents && q + 3 >= s && q->seg == s->seg; q--)
        if (ex_sentence_event_company(a, q, EVENT_EXECUTIVE_CHANGE, out)) return 1;
    return 0;
}

/* "named former Amazon.com Inc executive Sandra Liu as its chief executive": a verb of
 * verbs before the person at p0 past a description of the person's employer (a company and
 * words in lower case, no comma), or -1. */
static long ty_verb_past_employer(const art_t *a, const sent_t *s, size_t p0,
                                  const char *const *verbs)
{
    long k = ex_ment_before(a, p0, p0 > s->t0 + 9 ? p0 - 9 : s->t0);
    size_t b, e;
    if (k >= 0 && a->ments[k].t0 > s->t0) {
        b = a->ments[k].t0, e = a->ments[k].t1;
    } else {
        /* (an employer the registry lacks: "former Delta Air Lines executive") */
        e = p0;
        while (e > s->t0 && p0 - e < 2 && (ex_tk(a, e - 1)->flags & EXTRACT_TOK_LOWER)) e--;
        b = e;
        while (b > s->t0 && e - b < 5 && (ex_tk(a, b - 1)->flags & EXTRACT_TOK_CAP)) b--;
        if (b == e || e == p0 || b == s->t0) return -1;
    }
    for (size_t i = e; i < p0; i++)
        if (!(ex_tk(a, i)->flags & EXTRACT_TOK_LOWER)) return -1;
    if (ex_tok_is(a, b - 1, "former") || ex_tok_is(a, b - 1, "ex")) b--;
    if (b > s->t0 && ex_tok_is(a, b - 1, "-")) b--;
    if (b > s->t0 && (ex_tok_is(a, b - 1, "former") || ex_tok_is(a, b - 1, "ex"))) b--;
    return b > s->t0 && ex_ty_is(a, b - 1, verbs) ? (long)b - 1 : -1;
}

/* The last position named in [lo, hi), or NULL ("President Linda Chu would become chief
 * executive, succeeding Peter Voss": Voss leaves the position named last). */
static const char *ty_last_position(const art_t *a, size_t lo, size_t hi)
{
    for (size_t k = hi; k-- > lo;) {
        const char *pos = ty_position(a, k, hi);
        if (pos) return pos;
    }
    return NULL;
}

/* A going told as the person's decision: "has informed the board of his decision to retire". */
static const char *const decided_out[] = {
    "his decision to retire", "her decision to retire", "his intention to retire",
    "her intention to retire", "his decision to step down", "her decision to step down",
    "his intention to step down", "her intention to step down", "decided to retire",
    "decided to step down",
    /* ("would not stand for re-election at the annual
     * general meeting") */
    "not stand for re - election", "not seek re - election", "not to stand for re - election",
    "not to seek re - election", "not standing for re - election", "not seeking re - election",
    "not stand for reelection", "not seek reelection", NULL};

static void ty_executive(art_t *a, const sent_t *s)
{
    static const char *const in[] = {"appointed", "appoints", "appoint", "named", "names", "name",
                                     "promoted", "promotes", "elected", "tapped", "taps", "picked",
                                     "picks", "hired", "hires", "succeed", "naming", "appointing",
                                     "promoting", "become", "becomes",
                                     /* ("announced the appointment of Tobias Wrenhaven as Chief
                                      * Financial Officer") */
                                     "appointment", NULL};
    /* "X will join Y as chief executive" (a company and "as" after the verb) */
    static const char *const join[] = {"join", "joins", "joined", NULL};
    static const char *const out[] = {
        "resigned", "resigns",  "resign",  "resigning", "retire",    "retires",   "retired",
        "retiring", "ousted",   "fired",   "departure", "depart",    "departs",   "departing",
        "leave",    "leaves",   "leaving", "quit",      "quits",     "exit",      "step",
        "steps",    "stepping", "stepped", "replaced",  "replacing", "dismissed", "sacked",
        "removed",  "ousts",    "fires",   "left",      NULL};
    static const char *const removed[] = {"ousted",  "fired", "dismissed", "sacked",
                                          "removed", "ousts", "fires",     NULL};
    /* ("X will take over as chief executive": ex_take_words) */
    static const char *const serve_w[] = {"serve", NULL}; /* "will serve as interim CEO" */
    /* ("Thomas Raney will be succeeded by Alicia Moreno": the verbs of a succession too) */
    static const char *const succ_gate[] = {"succeeded", "succeeds",  "succeeding", "replaced",
                                            "replaces",  "successor", NULL};
    ex_wl_t t1, t2;
    ex_wl_t t3, t4, t5, t6;
    if (!ex_wl_may(a, s->t0, s->t1, ex_wl_get(in, &t1)) &&
        !ex_wl_may(a, s->t0, s->t1, ex_wl_get(out, &t2)) &&
        !ex_wl_may(a, s->t0, s->t1, ex_wl_get(join, &t3)) &&
        !ex_wl_may(a, s->t0, s->t1, ex_wl_get(ex_take_words, &t4)) &&
        !ex_wl_may(a, s->t0, s->t1, ex_wl_get(serve_w, &t5)) &&
        !ex_wl_may(a, s->t0, s->t1, ex_wl_get(succ_gate, &t6)) &&
        ex_ty_find_phrase(a, s->t0, s->t1, decided_out, NULL) < 0)
        return; /* no verb of a change */
    /* "Simon Achterberg will leave ... and will be replaced by Claire Oduya" after "The chief
     * executive of Halberd is to step down", "She replaces Tom Keller, who is retiring" after
     * "named Priya Anand as chief financial officer": the position the sentence before named */
    /* (only in a sentence of succession: "Collier resigned late last year" after a sentence
     * about the chief executive names no position) */
    static const char *const succession[] = {"replace",   "replaces", "replaced",  "replacing",
                                             "succeed",   "succeeds", "succeeded", "succeeding",
                                             "successor", NULL};
    const char *prevpos = NULL;
    /* ("Drummond will take over on May 1 from Graham Tisdale, who is retiring": a post taken
     * over from someone) */
    long tov = ex_ty_find_one(a, s->t0, s->t1, "over");
    int take_from = tov > (long)s->t0 && ex_ty_is(a, (size_t)tov - 1, ex_take_words) &&
                    ex_ty_find_one(a, (size_t)tov + 1,
                                   (size_t)tov + 7 < s->t1 ? (size_t)tov + 7 : s->t1, "from") >= 0;
    if (!ty_position(a, s->t0, s->t1)) {
        if (s > a->sents && (s - 1)->seg == s->seg &&
            (ex_ty_find(a, s->t0, s->t1, succession) >= 0 || take_from))
            prevpos = ty_position(a, (s - 1)->t0, (s - 1)->t1);
        /* (or the one before it, when that one made the change: "appointed Marisol Vance as
         * Chief Financial Officer. Ms. Vance most recently served as Treasurer of a driller.
         * She succeeds Douglas Renner") */
        co_t pc;
        for (const sent_t *q = s - 1; q > a->sents && q + 3 >= s && q[-1].seg == s->seg &&
                                      ex_ty_find(a, s->t0, s->t1, succession) >= 0 &&
                                      !ex_sentence_event_company(a, q, EVENT_EXECUTIVE_CHANGE, &pc);
             q--)
            if (ex_sentence_event_company(a, q - 1, EVENT_EXECUTIVE_CHANGE, &pc)) {
                prevpos = ty_position(a, q[-1].t0, q[-1].t1);
                break;
            }
        if (!prevpos) return;
    }
    ty_person_t ps[6];
    size_t np = ex_ty_persons(a, s, ps, 6);
    if (!np) return;
    for (size_t i = 0; i < np; i++) {
        const ty_person_t *p = &ps[i];
        const char *action = NULL;
        int serve = 0;    /* "will serve as" */
        int succ_now = 0; /* "he succeeds X": X leaves the company of the change before */
        static const char *const will_to[] = {"will", "would", "to", NULL};
        size_t pos_lo = p->t1, pos_hi = s->t1;
        long v;
        int age = p->t1 + 2 < s->t1 && ex_tok_is(a, p->t1, ",") &&
                  (ex_tk(a, p->t1 + 1)->flags & EXTRACT_TOK_NUM) && ex_tok_is(a, p->t1 + 2, ",");
        /* "named X as CEO", "appointed X": the verb right before the person (a company,
         * "its" or "has" between them allowed) */
        size_t from = p->t0 > s->t0 + 4 ? p->t0 - 4 : s->t0;
        /* ("hired X as chief operating officer": hired for a position, named by "as") */
        int as = p->t1 < s->t1 && ex_tok_is(a, p->t1, "as");
        /* "Y will retire and will be succeeded by X", "replaced by X": X comes in, to the
         * position of the one who goes */
        static const char *const succ[] = {"succeeded", "replaced", NULL};
        /* ("replaced by treasurer Michael Okafor", "by Chief Operating Officer Angela Moss": a
         * title between) */
        size_t pb = ty_position_before(a, s->t0, p->t0);
        /* ("replaced by former executive Elliott Hill": two such words) */
        for (size_t w = 0;
             w < 2 && pb == p->t0 - w && pb >= s->t0 + 3 &&
             (ex_tk(a, pb - 1)->flags & EXTRACT_TOK_LOWER) && !ex_tok_is(a, pb - 1, "by");
             w++)
            if (ex_tok_is(a, pb - 2, "by") ||
                (w == 0 && pb >= s->t0 + 4 && (ex_tk(a, pb - 2)->flags & EXTRACT_TOK_LOWER)))
                pb--;
        int by = pb >= s->t0 + 2 && ex_tok_is(a, pb - 1, "by") && ex_ty_is(a, pb - 2, succ);
        /* ("was succeeded in both posts by Ellen M. Roarke": a few words between) */
        for (size_t q = pb >= 2 ? pb - 2 : 0;
             !by && pb >= s->t0 + 4 && ex_tok_is(a, pb - 1, "by") && q + 6 >= pb && q > s->t0;
             q--) {
            if (!(ex_tk(a, q)->flags & EXTRACT_TOK_LOWER)) break;
            if (ex_ty_is(a, q, succ)) by = 1;
        }
        /* "appointed its head of retail banking, Clara Voss, as chief executive": the
         * person in an appositive after a description of the role the verb names */
        static const char *const det[] = {"its", "the", "their", "his", "her", NULL};
        static const char *const comma[] = {",", NULL};
        long va = -1;
        if (!by && p->t0 >= s->t0 + 4 && ex_tok_is(a, p->t0 - 1, ",") && p->t1 + 1 < s->t1 &&
            ex_tok_is(a, p->t1, ",") && ex_tok_is(a, p->t1 + 1, "as")) {
            size_t vlo = p->t0 > s->t0 + 12 ? p->t0 - 12 : s->t0;
            long w = ex_ty_find(a, vlo, p->t0 - 1, in);
            /* ("named Halstead's former chief operating officer, Ruth Okafor, as president":
             * a company and its possessive in place of the determiner) */
            long kw = w >= 0 ? ex_ment_after(a, (size_t)w + 1, (size_t)w + 2) : -1;
            int owner = kw >= 0 && a->ments[kw].t1 + 1 < p->t0 &&
                        (ex_tk(a, a->ments[kw].t1)->flags & EXTRACT_TOK_POSS);
            if (w >= 0 && (size_t)w + 2 < p->t0 && (ex_ty_is(a, (size_t)w + 1, det) || owner) &&
                ex_ty_find(a, (size_t)w + 1, p->t0 - 1, comma) < 0)
                va = w;
        }
        size_t app_len = 0, rel_end = 0, app_dep = 0;
        static const char *const succeed_w[] = {"succeed", "succeeds", NULL};
        /* (a relative clause after the person: ", who has served as ... since 2014,") */
        if (p->t1 + 3 < s->t1 && ex_tok_is(a, p->t1, ",") && ex_tok_is(a, p->t1 + 1, "who"))
            for (size_t q = p->t1 + 2; q < s->t1 && q < p->t1 + 20; q++)
                if (ex_tok_is(a, q, ",")) {
                    rel_end = q + 1;
                    break;
                }
        {
            static const char *const past_w[] = {"formerly", "previously", "currently", NULL};
            if (!age && p->t1 + 2 < s->t1 && ex_tok_is(a, p->t1, ",") &&
                ex_ty_is(a, p->t1 + 1, past_w))
                for (size_t q = p->t1 + 2; q < s->t1 && q < p->t1 + 14; q++)
                    if (ex_tok_is(a, q, ",")) {
                        app_len = q + 1 - p->t1;
                        break;
                    }
            /* ("Walter Binns, a director since 1979 and a retired partner of an Indianapolis
             * law firm, was named non-executive chairman": a description of the person, then
             * the verb's auxiliary) */
            static const char *const det_w[] = {"a", "an", "its", "the", NULL};
            static const char *const aux_w[] = {"was", "has", "is", "will", "had", "would", NULL};
            /* ("Walter K. Drummond, chairman of Balfour Insurance Group Inc for the past 12
             * years, will retire": his post, and his company, in the description) */
            /* (past the age: "Martin Fahey, 51, president and chief operating officer, was
             * named chief executive officer") */
            size_t ab = age ? p->t1 + 2 : p->t1;
            /* (or a title the positions do not name: ", Senior Vice President of Clinical
             * Development, has been promoted") */
            static const char *const title_w[] = {"senior", "executive", "vice", "general",
                                                  "group",  "deputy",    NULL};
            int post = ab + 2 < s->t1 && ex_tok_is(a, ab, ",") &&
                       (ty_position(a, ab + 1, ab + 6 < s->t1 ? ab + 6 : s->t1) != NULL ||
                        (ex_ty_is(a, ab + 1, title_w) && ex_capword(a, ab + 1)));
            if (!app_len && ab + 2 < s->t1 && ex_tok_is(a, ab, ",") &&
                (ex_ty_is(a, ab + 1, det_w) || post))
                for (size_t q = ab + 2; q + 1 < s->t1 && q < p->t1 + 24; q++)
                    if (ex_tok_is(a, q, ",")) {
                        /* (not one that names a company: "a member of the Popular
                         * Democratic Movement") */
                        /* (or the verb itself in the past: ", resigned to become") */
                        const extract_tok_t *vt = ex_tk(a, q + 1);
                        int past_v = (vt->flags & EXTRACT_TOK_LOWER) && vt->len > 4 &&
                                     a->text[vt->off + vt->len - 2] == 'e' &&
                                     a->text[vt->off + vt->len - 1] == 'd';
                        /* (a company in it is his for a departure, "chairman of Balfour
                         * Insurance Group Inc ..., will retire"; for an appointment it is
                         * the one he comes from, "president of Sequoia, has been named") */
                        /* (or names the company he was with: "a director since 1979 and a
                         * former president of Loweswater Savings and Loan Association, will
                         * become chairman") */
                        static const char *const former[] = {"former", "formerly", "retired", NULL};
                        long fm = ex_ment_after(a, p->t1 + 1, q);
                        if ((ex_ty_is(a, q + 1, aux_w) || past_v) &&
                            (fm < 0 || ex_ty_find(a, p->t1 + 1, a->ments[fm].t0, former) >= 0))
                            app_len = q + 1 - p->t1;
                        else if ((ex_ty_is(a, q + 1, aux_w) || past_v) && post)
                            app_dep = q + 1 - p->t1;
                        break;
                    }
        }
        /* ("hired Teresa Vaughn, previously finance chief at Draxelle, as its chief financial
         * officer": the post named after the appositive) */
        if (!as && app_len && p->t1 + app_len < s->t1 && ex_tok_is(a, p->t1 + app_len, "as"))
            as = 1;
        /* (past the person's relative clause or appositive) */
        size_t past_p = rel_end ? rel_end : p->t1 + app_len;
        if (by)
            action = "appointed", v = (long)pb - 2;
        else if (va >= 0)
            action = "appointed", v = va;
        else if (((v = ex_ty_find(a, from, p->t0, in)) >= 0 ||
                  (v = ty_verb_past_employer(a, s, p->t0, in)) >= 0) &&
                 !ex_tok_is(a, (size_t)v, "succeed") &&
                 ((!ex_tok_is(a, (size_t)v, "hired") && !ex_tok_is(a, (size_t)v, "hires")) || as))
            action = "appointed";
        /* "the board ousted chief executive X": a verb of removal before the person */
        else if ((v = ex_ty_find(a, from, p->t0, removed)) >= 0)
            action = "departed";
        /* "named Karen Li as chief financial officer, replacing Paul Durant": the one replaced
         * goes */
        else if (p->t0 > s->t0 + 1 &&
                 (ex_tok_is(a, p->t0 - 1, "replacing") || ex_tok_is(a, p->t0 - 1, "succeeding")) &&
                 ex_tok_is(a, p->t0 - 2, ","))
            action = "departed", v = (long)p->t0 - 1;
        /* "X was named CEO", "X will succeed", "X is stepping down" */
        /* ("X will become chief executive": a position right after "become") */
        /* ("John R. Mercer, 51, has been named president": past the age) */
        /* ("Martin Ocampo, formerly vice president of manufacturing, was named chief operating
         * officer": past an appositive of the person's past) */
        else if ((v = ex_ty_find(
                      a, p->t1 + app_len,
                      p->t1 + app_len + 5 + 3 * age < s->t1 ? p->t1 + app_len + 5 + 3 * age : s->t1,
                      in)) >= 0 &&
                 !ex_tok_is(a, (size_t)v, "hired") &&
                 ((!ex_tok_is(a, (size_t)v, "become") && !ex_tok_is(a, (size_t)v, "becomes")) ||
                  ty_position(a, (size_t)v + 1, (size_t)v + 6 < s->t1 ? (size_t)v + 6 : s->t1)) &&
                 /* (not "resigned to become chief executive of a privately held company": a
                  * post elsewhere, for the one who goes) */
                 !((size_t)v >= s->t0 + 2 && ex_tok_is(a, (size_t)v - 1, "to") &&
                   ex_ty_is(a, (size_t)v - 2, out)) &&
                 /* (nor a verb of another clause past the person's own going: "CEO Gregory
                  * Hale to Retire; Company Taps Tudela Networks Executive as Successor") */
                 ex_ty_find(a, p->t1 + app_len, (size_t)v, out) < 0 &&
                 ex_ty_find_one(a, p->t1 + app_len, (size_t)v, ";") < 0)
            action = "appointed";
        /* (not "Tom Brown, who took over as chief executive in 2019, will retire": a post
         * taken before, told of the one who goes) */
        else if ((v = ex_ty_find_one(a, p->t1, p->t1 + 6 < s->t1 ? p->t1 + 6 : s->t1, "over as")) >
                     (long)p->t1 &&
                 ex_ty_is(a, (size_t)v - 1, ex_take_words) &&
                 !(ex_tok_is(a, (size_t)v - 1, "took") && ex_tok_is(a, (size_t)v - 2, "who")))
            action = "appointed";
        else if ((v = ex_ty_find(a, past_p, past_p + 3 < s->t1 ? past_p + 3 : s->t1, join)) >= 0 &&
                 join_as(a, s, (size_t)v))
            action = "appointed";
        /* "Chief Financial Officer Ana Ruiz will serve as interim CEO": a post to come (not
         * "has served as CEO since 2019") */
        else if ((v = ex_ty_find_one(a, p->t1, p->t1 + 3 < s->t1 ? p->t1 + 3 : s->t1, "serve as")) >
                     (long)p->t1 &&
                 ex_ty_is(a, (size_t)v - 1, will_to) &&
                 ty_position(a, (size_t)v + 2, (size_t)v + 6 < s->t1 ? (size_t)v + 6 : s->t1))
            action = "appointed", serve = 1;
        else if ((v = ex_ty_find(
                      a, p->t1 + app_len + app_dep,
                      p->t1 + app_len + app_dep + 5 < s->t1 ? p->t1 + app_len + app_dep + 5 : s->t1,
                      out)) >= 0)
            action = "departed";
        /* ("Martin Ashdown, who has served as President and Chief Executive Officer since 2014,
         * will retire": past the relative clause of the person) */
        else if (rel_end &&
                 (v = ex_ty_find(a, rel_end, rel_end + 4 < s->t1 ? rel_end + 4 : s->t1, out)) >= 0)
            action = "departed";
        /* ("Walter J. Brennecke, who has served as President and Chief Executive Officer
         * since 2013, has informed the Board of Directors of his decision to retire") */
        else if ((v = ex_ty_find_phrase(a, past_p, past_p + 12 < s->t1 ? past_p + 12 : s->t1,
                                        decided_out, NULL)) >= 0)
            action = "departed";
        /* ("He will succeed Philip Renner, who has served as Chair since 2016": the one
         * succeeded goes) */
        /* (or now: "She succeeds Martin Fallows, who has led Trewithen since 2016") */
        else if (p->t0 > s->t0 + 1 && ex_ty_is(a, p->t0 - 1, succeed_w) &&
                 (ex_ty_find(a, s->t0, p->t0 - 1, will_to) >= 0 ||
                  ex_tok_is(a, p->t0 - 1, "succeeds")))
            action = "departed", v = (long)p->t0 - 1, succ_now = 1;
        /* ("Chief Executive Thomas Raney will be succeeded by President Alicia Moreno": the
         * one succeeded goes) */
        else if ((v = ex_ty_find_one(a, p->t1, p->t1 + 5 < s->t1 ? p->t1 + 5 : s->t1,
                                     "be succeeded by")) >= 0)
            action = "departed";
        if (!action) continue;
        /* "named ... and Paul Brown senior vice president": a vice president is no position
         * tracked, whatever title comes before the name */
        {
            static const char *const vp_lead[] = {"as",    "its",   "the", "senior", "executive",
                                                  "first", "group", "a",   "an",     NULL};
            size_t q = p->t1;
            /* ("Paul Reyes, 44, was named executive vice president": after the verb that
             * follows the person) */
            if ((size_t)v > p->t1 && (size_t)v + 1 < s->t1) q = (size_t)v + 1;
            for (size_t q0 = q; q < s->t1 && q < q0 + 4 && ex_ty_is(a, q, vp_lead);) q++;
            /* (unless a position tracked follows: "vice president and chief financial
             * officer") */
            if (q < s->t1 && ex_tok_is(a, q, "vice") &&
                !(q + 3 < s->t1 && ex_tok_is(a, q + 2, "and") &&
                  ty_position(a, q + 3, q + 7 < s->t1 ? q + 7 : s->t1)))
                continue;
        }
        /* "named Priya Anand, formerly of Texas Instruments, as chief financial officer": past
         * the appositive, to the "as" that names the position */
        size_t app = p->t1;
        if ((size_t)v < p->t0 && p->t1 < s->t1 && ex_tok_is(a, p->t1, ","))
            for (size_t q = p->t1 + 2; q < s->t1 && q < p->t1 + 18; q++)
                /* ("elected Helen M. Cato, a director since 1982 and a former president of
                 * Oklahoma Gas Transmission Co, to succeed him as chairman") */
                if ((ex_tok_is(a, q, "as") ||
                     (ex_tok_is(a, q, "to") && q + 1 < s->t1 &&
                      (ex_tok_is(a, q + 1, "succeed") || ex_tok_is(a, q + 1, "replace")))) &&
                    ex_tok_is(a, q - 1, ",")) {
                    app = pos_lo = q;
                    break;
                }
        if (!by && (ex_tok_is(a, (size_t)v, "replacing") || ex_tok_is(a, (size_t)v, "replaced"))) {
            /* "X replaces Y": Y is the one who leaves (but "X has been replaced as chief
             * executive": X, in the passive) */
            if ((size_t)v > p->t0 && !ex_passive_before(a, (size_t)v)) continue;
            action = "departed";
        }
        if (ex_tok_is(a, (size_t)v, "step") || ex_tok_is(a, (size_t)v, "steps") ||
            ex_tok_is(a, (size_t)v, "stepping") || ex_tok_is(a, (size_t)v, "stepped")) {
            if (!((size_t)v + 1 < s->t1 &&
                  (ex_tok_is(a, (size_t)v + 1, "down") || ex_tok_is(a, (size_t)v + 1, "aside"))))
                continue;
        }
        /* ("retired as chairman and was succeeded by Anke Zwaagstra, the company's president
         * and chief executive": the titles past the next person are that one's) */
        if (strcmp(action, "departed") == 0 && i + 1 < np && ps[i + 1].t0 > pos_lo &&
            ps[i + 1].t0 < pos_hi && ty_position(a, pos_lo, ps[i + 1].t0))
            pos_hi = ps[i + 1].t0;
        /* the position: after the person ("as CEO") or the title right before the name */
        const char *pos = ty_position(a, pos_lo, pos_hi);
        /* ("will become non-executive chair of the board when he steps down as CEO": the
         * post right after "become") */
        if ((size_t)v > p->t0 &&
            (ex_tok_is(a, (size_t)v, "become") || ex_tok_is(a, (size_t)v, "becomes"))) {
            const char *bp =
                ty_position(a, (size_t)v + 1, (size_t)v + 6 < s->t1 ? (size_t)v + 6 : s->t1);
            if (bp) pos = bp;
        }
        /* ("John T. Albright, its president and chief operating officer since 1983, resigned
         * to become chief executive of ...": the post told in the appositive is the one he
         * leaves) */
        if ((app_len || app_dep) && strcmp(action, "departed") == 0) {
            const char *ap = ty_position(a, p->t1 + 1, p->t1 + app_len + app_dep);
            if (ap) pos = ap;
        }
        size_t tlo = p->t0 > s->t0 + 4 ? p->t0 - 4 : s->t0;
        const char *title = ty_position(a, tlo, p->t0);
        /* "X will step down and be replaced by Chief Operating Officer Y": Y comes in to the
         * position of the one who goes, named before, not the title Y has now */
        /* (not the post the newcomer had, told after him: "succeeded ... by Ellen M. Roarke,
         * who had been president") */
        int as_after = p->t1 < s->t1 && ex_tok_is(a, p->t1, "as");
        const char *gone = by && (!pos || !as_after) ? ty_position(a, s->t0, pb) : NULL;
        /* ("is succeeded as president by William Anderson": the post named after "as") */
        long as_k = by ? ex_ty_find_one(a, pb > s->t0 + 6 ? pb - 6 : s->t0, pb, "as") : -1;
        if (as_k >= 0) {
            const char *ap = ty_position(a, (size_t)as_k + 1, pb);
            if (ap) gone = ap;
        }
        if (title && (!pos || strcmp(action, "departed") == 0)) pos = title;
        if (gone) pos = gone;
        /* "appointed Chief Operating Officer David Krall to succeed her": the position of the
         * one who goes, told the sentence before, not his present title */
        static const char *const to_succeed[] = {"succeed", "replace", NULL};
        if (strcmp(action, "appointed") == 0 && pos == title && p->t1 + 1 < s->t1 &&
            ex_tok_is(a, p->t1, "to") && ex_ty_is(a, p->t1 + 1, to_succeed) && s > a->sents &&
            (s - 1)->seg == s->seg) {
            const char *before = ty_position(a, (s - 1)->t0, (s - 1)->t1);
            if (before) pos = before;
        }
        /* "Chief Executive John Pardee would retire ..., and that Chief Financial Officer Laura
         * Whitcomb would succeed him": the position of the one succeeded, named before */
        static const char *const succeeds[] = {"succeed", "succeeds", "replace", "replaces", NULL};
        if (strcmp(action, "appointed") == 0 && title && pos == title && tlo > s->t0 &&
            ex_ty_find(a, p->t1, p->t1 + 3 < s->t1 ? p->t1 + 3 : s->t1, succeeds) >= 0) {
            const char *before = ty_last_position(a, s->t0, tlo);
            if (before) pos = before;
        }
        /* "... Alan Grier would leave in March, and that Sofia Lund, currently treasurer, would
         * succeed him": with no title, the position of the one succeeded, named before */
        if (!pos && strcmp(action, "appointed") == 0 &&
            ex_ty_find(a, p->t1 + app_len,
                       p->t1 + app_len + 3 < s->t1 ? p->t1 + app_len + 3 : s->t1, succeeds) >= 0)
            pos = ty_last_position(a, s->t0, p->t0);
        /* "appointed X as chief financial officer, replacing Y, who is leaving": Y leaves the
         * position named before */
        static const char *const in_place[] = {"replacing", "succeeding", NULL};
        if (!pos && p->t0 > s->t0 && ex_ty_is(a, p->t0 - 1, in_place))
            pos = ty_last_position(a, s->t0, p->t0);
        /* "Liu will retire in March; the company named Paul Okafor as her successor": the
         * position of the one who goes, named before */
        static const char *const heir[] = {"successor", "replacement", NULL};
        /* ("The board named Isolde Varnavides, currently president of the company's flagship
         * Tollerdine brand, as his successor", after "Gordon Pilkey ... will retire as CEO": past
         * the appositive of what she is now, the post of the one who goes, told before) */
        if (strcmp(action, "appointed") == 0 && app > p->t1 && app + 2 < s->t1 &&
            ex_tok_is(a, app, "as") && ex_ty_is(a, app + 2, heir)) {
            const char *before = ty_last_position(a, s->t0, p->t0);
            if (!before && s > a->sents && (s - 1)->seg == s->seg)
                before = ty_last_position(a, (s - 1)->t0, (s - 1)->t1);
            if (before) pos = before;
        }
        if (!pos && strcmp(action, "appointed") == 0 && p->t1 + 2 < s->t1 &&
            ex_tok_is(a, p->t1, "as") && ex_ty_is(a, p->t1 + 2, heir))
            pos = ty_last_position(a, s->t0, p->t0);
        /* ("Chief Executive Margot Tessier had stepped down ... and named Chief Financial
         * Officer Ravi Anand as her successor": the post of the one who goes, not his title) */
        else if (title && pos == title && tlo > s->t0 && strcmp(action, "appointed") == 0 &&
                 p->t1 + 2 < s->t1 && ex_tok_is(a, p->t1, "as") && ex_ty_is(a, p->t1 + 2, heir)) {
            const char *before = ty_last_position(a, s->t0, tlo);
            if (before) pos = before;
        }
        if (!pos) pos = prevpos;
        if (!pos) continue;
        /* an interim stand-in is not an appointment */
        static const char *const interim[] = {"interim", "acting", NULL};
        if (ex_ty_find(a, p->t1, s->t1, interim) >= 0 && strcmp(action, "appointed") == 0 &&
            ex_ty_find(a, s->t0, p->t0, in) < 0 && !serve)
            continue;
        co_t c;
        /* ("Streamwise, which is majority-owned by Harcourt Media, also said finance chief Leo
         * Brandt would leave": not the owner inside the relative clause) */
        long k = ex_ment_outside_rel(a, ex_ment_before(a, p->t0, s->t0), s->t0, p->t0);
        /* "Cobalt will be folded into Fiserv's merchant business, and its chief executive
         * Femke de Wit will leave": "its" in a clause of its own after "and" is the
         * sentence's subject, not the company named last */
        if (k > 0) {
            long its = ex_ty_find(a, a->ments[k].t1, p->t0, (const char *const[]){"its", NULL});
            long and_w = its >= 0 ? ex_ty_find(a, a->ments[k].t1, (size_t)its,
                                               (const char *const[]){"and", NULL})
                                  : -1;
            long k0 = ex_ment_after(a, s->t0, s->t1);
            if (and_w >= 0 && k0 >= 0 && k0 < k && !ex_co_eq(a, a->ments[k0].co, a->ments[k].co))
                k = k0;
        }
        /* "Kinsale hired former Tesla executive Mark Dunn": the company before the verb that
         * appoints, not the one in the person's past title */
        if (k >= 0 && (size_t)v < p->t0 && a->ments[k].t0 > (size_t)v) {
            long kv = ex_ment_before(a, (size_t)v, s->t0);
            if (kv >= 0) k = kv;
        }
        /* "Sandhaven Energy Plc said it had completed the sale of its unit to Equinor, and
         * appointed operations chief Aileen Drummond": a verb joined by "and" to the clause of
         * the company speaking is that company's */
        if (k > 0 && (size_t)v < p->t0 && (size_t)v > s->t0 + 1 &&
            ex_tok_is(a, (size_t)v - 1, "and") && a->ments[k].t1 <= (size_t)v) {
            long m0 = ex_ment_after(a, s->t0, a->ments[k].t0);
            size_t e0 = m0 >= 0 ? a->ments[m0].t1 : 0, tk;
            if (m0 >= 0) e0 += ex_ticker_mark(a, e0, s->t1, &tk);
            if (m0 >= 0 && m0 < k && e0 < s->t1 &&
                (ex_tok_is(a, e0, "said") || ex_tok_is(a, e0, "says")) &&
                !ex_co_eq(a, a->ments[m0].co, a->ments[k].co))
                k = m0;
        }
        /* "X will join Y as chief executive": Y, after the verb */
        if ((size_t)v > p->t0 && ex_ty_is(a, (size_t)v, join))
            k = ex_ment_after(a, (size_t)v + 1, (size_t)v + 2 < s->t1 ? (size_t)v + 2 : s->t1);
        /* "Ferrowell's managing director, Katrin Vogt, has been appointed President of
         * Dunstable's newly formed Industrial Coatings Europe division": the post's company,
         * in the possessive after it */
        if ((size_t)v > p->t0) {
            long kp = poss_after(a, s, (size_t)v, 7, "of");
            if (kp >= 0) k = kp;
            /* ("Strathy executive vice president Nancy Kettridge will take over as
             * Penhallow's president": the company in the possessive after "as") */
            long ka = poss_after(a, s, (size_t)v, 4, "as");
            if (ka >= 0) k = ka;
        }
        if (k < 0) k = ex_ment_after(a, app, s->t1);
        /* ("also said Samuel Ostrowicz, who was finance chief of refrigerated carrier Perrivale
         * Transport until June, would join as chief financial officer": the company of the
         * person's relative clause is the one he comes from) */
        int from_rel = k >= 0 && (size_t)v > p->t0 && strcmp(action, "appointed") == 0 &&
                       rel_end > p->t1 + 1 && (size_t)v >= rel_end && a->ments[k].t0 >= p->t1 &&
                       a->ments[k].t1 <= rel_end;
        if (from_rel) k = -1;
        /* "hired Boeing Co executive Linda Park as its next chief executive, replacing Tom
         * Sheridan": the one replaced leaves the company that appointed, told just before */
        int replaced = p->t0 > s->t0 && ex_ty_is(a, p->t0 - 1, in_place) &&
                       ex_sentence_event_company(a, s, EVENT_EXECUTIVE_CHANGE, &c);
        /* ("The company said he succeeds David L. Shorey who accepted an appointment as
         * president of <Shelf Storage Systems International>": not the company he goes to) */
        if (replaced)
            ;
        else if (succ_now && (k < 0 || a->ments[k].t0 > p->t0) &&
                 (prev_change_company(a, s, &c) ||
                  ex_resolve_desc(a, s, s->t0, p->t0, NULL, 0, &c) ||
                  (s->seg == 0 && ex_article_subject(a, &c))))
            ;
        else if (k >= 0)
            c = a->ments[k].co;
        else if (from_rel && (ex_resolve_desc(a, s, s->t0, p->t0, NULL, 0, &c) ||
                              (s->seg == 0 && ex_article_subject(a, &c))))
            ; /* (the company speaking, told by a description or the article's) */
        else if (prevpos && prev_change_company(a, s, &c))
            ;
        else if (app != p->t1) {
            /* the company in the appositive is the person's past one: "The company also
             * named X, formerly of Y, as ..." is the company a description or the article
             * names */
            if (!ex_resolve_desc(a, s, s->t0, p->t0, NULL, 0, &c) &&
                !(s->seg == 0 && ex_article_subject(a, &c)))
                continue;
        } else if (!ex_ty_subject(a, s, p->t0, &c))
            continue;
        party_t pt = {c, "subject"};
        event_t ev;
        char name[96];
        if (ex_make_event(a, &ev, EVENT_EXECUTIVE_CHANGE, &pt, 1)) return;
        ex_span_text(a, p->f0, p->f1, name, sizeof name);
        ex_set_str(a, &ev, "person", name);
        ex_set_str(a, &ev, "position", pos);
        ex_set_str(a, &ev, "action", action);
        /* "Halcott in July named Richard Moss as chief executive", told in October (in the
         * verb's own clause: "Liu will retire in March and the company named Paul Okafor") */
        size_t clo = s->t0, vend = (size_t)v > p->t0 ? p->t0 : (size_t)v;
        for (size_t q = vend; q-- > s->t0;)
            if (ex_tok_is(a, q, ";") || ex_tok_is(a, q, "and")) {
                clo = q + 1;
                break;
            }
        static const char *const will[] = {"will", "would", NULL};
        /* ("... and named former Unilever executive Dana Ruiz as chief executive last year":
         * the time told after the one named) */
        static const char *const gone_by[] = {"last year", "last month", "a year ago", NULL};
        size_t ahi = p->t1 + 8 < s->t1 ? p->t1 + 8 : s->t1;
        /* ("former chairman Robert Buckley resigned in 1986": a year gone by after the verb) */
        /* ("Volcker, first appointed in 1979": an appointment of a year gone by too) */
        static const char *const went[] = {"resigned", "retired", "left",    "quit",
                                           "departed", "died",    "stepped", "appointed",
                                           "named",    "elected", "hired",   NULL};
        size_t vhi = (size_t)v + 4 < s->t1 ? (size_t)v + 4 : s->t1;
        if ((ex_ty_past_month(a, clo, vend) ||
             ((size_t)v < p->t0 && ex_ty_find_phrase(a, p->t1, ahi, gone_by, NULL) >= 0) ||
             ((size_t)v > p->t0 && ex_ty_is(a, (size_t)v, went) &&
              (ex_ty_past_year(a, (size_t)v + 1, vhi, 1) ||
               ex_ty_past_month(a, (size_t)v + 1, vhi)))) &&
            ex_ty_find(a, clo, vend, will) < 0 && event_set_bool(&ev, "context", 1))
            a->oom = 1;
        /* ("Sara Holm will take over as CEO on Jan. 1": the day it takes effect is to come;
         * the change is news of the day it is told) */
        static const char *const ahead[] = {"will", "effective", NULL};
        ex_emit(a, s, &ev, ex_ty_find(a, s->t0, s->t1, ahead) >= 0 ? NULL : ex_sentence_date(a, 0));
    }
}

/* Board seats: "added two independent directors, Kari Lund and James Whitford, to its
 * board", "elected Ann Cole to the board", "named Ann Cole a director"; "Ann Cole resigned
 * from the board". Only in a sentence that names no position of ty_positions (those are
 * ty_executive's, and a director named beside a new chief executive is one change). */
static void ty_director(art_t *a, const sent_t *s)
{
    static const char *const seat[] = {"to its board",
                                       "to the board",
                                       "to the company's board",
                                       "from its board",
                                       "from the board",
                                       "from the company's board",
                                       "as a director",
                                       "as an independent director",
                                       "as independent directors",
                                       "as directors",
                                       "independent directors",
                                       "independent director",
                                       "non - executive directors",
                                       "non - executive director",
                                       "joined the board",
                                       "joins the board",
                                       "join the board",
                                       "joined its board",
                                       "joining the board",
                                       NULL};
    static const char *const in[] = {"appointed", "appoints",   "named",    "names",    "elected",
                                     "elects",    "added",      "adds",     "joined",   "joins",
                                     "join",      "appointing", "welcomed", "welcomes", NULL};
    static const char *const out[] = {"resigned", "resigns", "stepped", "steps",   "left", "leaves",
                                      "leave",    "retired", "retires", "removed", NULL};
    long b = ex_ty_find_phrase(a, s->t0, s->t1, seat, NULL), blast = b;
    if (b < 0 || ty_position(a, s->t0, s->t1)) return;
    for (long q = b; q >= 0; q = ex_ty_find_phrase(a, (size_t)q + 1, s->t1, seat, NULL)) blast = q;
    long v = ex_ty_find(a, s->t0, s->t1, in);
    const char *action = "appointed";
    if (v < 0) {
        if ((v = ex_ty_find(a, s->t0, s->t1, out)) < 0) return;
        action = "departed";
    }
    if (ex_ty_negated(a, s, (size_t)v, 1) || ex_ty_future(a, s->t0, (size_t)v)) return;
    ty_person_t ps[6];
    size_t np = ex_ty_persons(a, s, ps, 6);
    for (size_t i = 0; i < np; i++) {
        /* the person the verb tells of: after a verb of appointment, before the seat
         * ("added two independent directors, Kari Lund and James Whitford, to its board"),
         * or the subject right before the verb ("director X has resigned from the board",
         * not "secretary Y has resigned" after it) */
        int after = ps[i].t0 > (size_t)v && ps[i].t1 <= (size_t)blast;
        int before = ps[i].t1 <= (size_t)v && (size_t)v <= ps[i].t1 + 2 &&
                     (size_t)blast >= (size_t)v && (size_t)b <= (size_t)v + 3;
        if (!(strcmp(action, "appointed") == 0 ? after || before : before)) continue;
        co_t c;
        long k = ex_ment_outside_rel(a, ex_ment_before(a, (size_t)v, s->t0), s->t0, (size_t)v);
        if (k < 0) k = ex_ment_after(a, ps[i].t1, s->t1);
        if (!people_company(a, s, (size_t)v, k, &c)) return;
        party_t pt = {c, "subject"};
        event_t ev;
        char name[96];
        if (ex_make_event(a, &ev, EVENT_EXECUTIVE_CHANGE, &pt, 1)) return;
        ex_span_text(a, ps[i].f0, ps[i].f1, name, sizeof name);
        ex_set_str(a, &ev, "person", name);
        ex_set_str(a, &ev, "position", "director");
        ex_set_str(a, &ev, "action", action);
        ex_emit(a, s, &ev, ex_sentence_date(a, 0));
    }
}

/* Cut words that name staff themselves ("layoffs", "job cuts"). */
static const char *const ty_staff_nouns[] = {"layoffs", "layoff", "job", NULL};

static void ty_workforce(art_t *a, const sent_t *s)
{
    static const char *const cutv[] = {
        "lay off", "laying off", "lays off", "laid off", "layoffs", "layoff", "job cuts", "cut",
        "cuts", "cutting", "eliminate", "eliminating", "eliminates", "slash", "slashing", "shed",
        "shedding", "axe", "axing", "reduce", "reducing", "trim", "lose their", "lost their",
        "affecting", "affect", "affects", "reduced", "reduces", "trimmed", "cost", "costs", "trims",
        "eliminated", "slashed",
        /* ("announced a reduction of its workforce by approximately 30%, or 42 positions") */
        "reduction of", "reduction in", "reductions in", "elimination of",
        /* ("close its carpet factory in Llanelli with the loss of about 350 jobs") */
        "with the loss of", "loss of", NULL};
    static const char *const hirev[] = {"hire",       "hiring", "hires",  "recruit",
                                        "recruiting", "add",    "adding", "create",
                                        "creating",   "employ", NULL};
    static const char *const staff[] = {"jobs",      "employees",   "workers",   "people",
                                        "positions", "staff",       "workforce", "roles",
                                        "staffers",  "layoffs",     "headcount", "engineers",
                                        "drivers",   "technicians", NULL};
    static const char *const past[] = {"had", "during", NULL};
    size_t e = 0;
    long v = ex_ty_find_phrase(a, s->t0, s->t1, cutv, &e);
    /* ("will close its grain terminal ..., affecting 85 jobs": jobs a closure ends; not "a
     * strike affecting 2,000 workers") */
    static const char *const closing[] = {"close",    "closes",  "closing",  "shut", "shuts",
                                          "shutting", "closure", "closures", NULL};
    static const char *const affect[] = {"affecting", "affect", "affects", "cost", "costs", NULL};
    /* (past them: "As part of a cost-cutting plan, Fenmoor will eliminate about 1,200 jobs") */
    while (v >= 0 && ex_ty_is(a, (size_t)v, affect) && ex_ty_find(a, s->t0, (size_t)v, closing) < 0)
        v = ex_ty_find_phrase(a, (size_t)v + 1, s->t1, cutv, &e);
    /* (a cut others ask for is none made: "the employers are also asking for a reduction in
     * crew levels") */
    static const char *const nouns[] = {"reduction", "reductions", "elimination", NULL};
    static const char *const asked[] = {"for",     "seeking", "asking", "demanding",
                                        "demands", "wants",   "urged",  NULL};
    if (v >= 0 && ex_ty_is(a, (size_t)v, nouns) &&
        ex_ty_find(a, (size_t)v > s->t0 + 3 ? (size_t)v - 3 : s->t0, (size_t)v, asked) >= 0)
        return;
    /* "cut its 2026 earnings forecast ... and said it would cut about 900 jobs": past a cut
     * of something else to the cut of staff */
    if (v >= 0 && !ex_ty_is(a, (size_t)v, ty_staff_nouns) &&
        ex_ty_find(a, (size_t)v, s->t1 < e + 8 ? s->t1 : e + 8, staff) < 0)
        for (size_t ne = e, nx; ne < s->t1;) {
            long nv = ex_ty_find_phrase(a, ne, s->t1, cutv, &nx);
            if (nv < 0) break;
            ne = nx;
            if (ex_ty_is(a, (size_t)nv, ty_staff_nouns) ||
                ex_ty_find(a, (size_t)nv, s->t1 < nx + 8 ? s->t1 : nx + 8, staff) < 0)
                continue;
            v = nv, e = nx; /* (a later cut of staff, with its staff word) */
            break;
        }
    /* "trim salaried staff at its other operations, eliminating about 900 jobs in all": past
     * a cut of staff without a count to a later one with it */
    if (v >= 0) {
        long sw = ex_ty_find(a, (size_t)v, s->t1 < e + 8 ? s->t1 : e + 8, staff);
        int counted = 0;
        for (size_t q = (size_t)v; sw >= 0 && q < (size_t)sw && !counted; q++)
            counted = (ex_tk(a, q)->flags & EXTRACT_TOK_NUM) != 0;
        for (size_t ne = e, nx; sw >= 0 && !counted && ne < s->t1;) {
            long nv = ex_ty_find_phrase(a, ne, s->t1, cutv, &nx);
            if (nv < 0) break;
            ne = nx;
            long nw = ex_ty_find(a, (size_t)nv, s->t1 < nx + 6 ? s->t1 : nx + 6, staff);
            for (size_t q = nx; nw >= 0 && q < (size_t)nw && !counted; q++)
                counted = (ex_tk(a, q)->flags & EXTRACT_TOK_NUM) != 0;
            if (counted) v = nv, e = nx;
        }
    }
    const char *action = "layoffs";
    long hv = ex_ty_find(a, s->t0, s->t1, hirev);
    /* ("the two plants, which employ a combined 2,300 people": staff a site has, no hiring;
     * "will employ 500 people" is) */
    static const char *const ahead[] = {"will", "would", "to", NULL};
    if (hv >= 0 && ex_tok_is(a, (size_t)hv, "employ") && (size_t)hv > s->t0 &&
        (ex_tok_is(a, (size_t)hv - 1, "which") || ex_tok_is(a, (size_t)hv - 1, "that") ||
         ex_ty_find(a, (size_t)hv > s->t0 + 10 ? (size_t)hv - 10 : s->t0, (size_t)hv, ahead) < 0))
        hv = -1;
    if (v < 0 || (hv >= 0 && hv < v)) {
        if (hv < 0) return;
        v = hv, e = (size_t)hv + 1, action = "hiring";
    }
    if (ex_ty_negated(a, s, (size_t)v, 1)) return; /* "does not expect layoffs" */
    /* ("The cuts, which will mostly affect management and administrative staff, represent
     * about 4% of the company's workforce": past a relative clause) */
    /* ("hire 250,000 full-time, seasonal and part-time workers": the staff word past the
     * kinds of work) */
    size_t we = e < s->t1 && (ex_tk(a, e)->flags & EXTRACT_TOK_NUM) ? e + 12 : e + 8;
    if (e + 2 < s->t1 && ex_tok_is(a, e, ",") && ex_tok_is(a, e + 1, "which"))
        for (size_t q = e + 2; q < s->t1 && q < e + 16; q++)
            if (ex_tok_is(a, q, ",")) {
                we = q + 8;
                break;
            }
    long w = ex_ty_find(a, (size_t)v, s->t1 < we ? s->t1 : we, staff);
    /* "About 800 salaried jobs, or 12 pct of its white-collar staff, will be eliminated by
     * Aldridge Aerospace Corp": the staff before a passive verb */
    int passive = (size_t)v > s->t0 + 2 && ex_passive_before(a, (size_t)v) &&
                  !(ex_tk(a, (size_t)v)->flags & EXTRACT_TOK_CAP);
    if (passive) {
        long wb = ex_ty_find(a, (size_t)v > s->t0 + 16 ? (size_t)v - 16 : s->t0, (size_t)v, staff);
        if (wb >= 0) w = wb;
    }
    /* "reduce its headcount by about 1,000 positions, or roughly 7% of its global workforce":
     * the whole named first, the count after it */
    if (w >= 0 && (ex_tok_is(a, (size_t)w, "headcount") || ex_tok_is(a, (size_t)w, "workforce"))) {
        long w2 =
            ex_ty_find(a, (size_t)w + 1, (size_t)w + 8 < s->t1 ? (size_t)w + 8 : s->t1, staff);
        if (w2 >= 0) w = w2;
    }
    /* ("The job cuts, equivalent to about 8 per cent of the workforce": the cuts are of
     * staff) */
    if (w < 0 && !(ex_tok_is(a, (size_t)v, "layoffs") || ex_tok_is(a, (size_t)v, "layoff") ||
                   ex_tok_is(a, (size_t)v, "job")))
        return;
    if ((size_t)v > s->t0 && ex_ty_find(a, (size_t)v - 1, (size_t)v, past) >= 0) return;
    /* the headcount: a number right before the staff word ("8,000 people"); the share: a
     * percentage of the workforce */
    double head = -1, pct = -1;
    size_t lo = (size_t)v, hi = w >= 0 ? (size_t)w + 1 : e + 6 < s->t1 ? e + 6 : s->t1;
    /* "1,200 workers will lose their jobs": the staff counted before the verb */
    if (ex_tok_is(a, (size_t)v, "lose") || ex_tok_is(a, (size_t)v, "lost"))
        lo = (size_t)v > s->t0 + 6 ? (size_t)v - 6 : s->t0;
    if (passive && w >= 0 && (size_t)w < (size_t)v)
        lo = (size_t)w > s->t0 + 4 ? (size_t)w - 4 : s->t0;
    /* (past a count told later, its share after it: "trim salaried staff at its other
     * operations, eliminating about 900 jobs in all, or 11 pct of its work force") */
    size_t hj = 0; /* the staff word of the count found */
    for (size_t i = lo; i < s->t1 && (i < hi + 6 || (hj && pct < 0 && i < hj + 8)); i++) {
        int is_pct = 0;
        /* (a share in a word too: "1,100 employees, or eight pct") */
        for (size_t q = 0; q < a->nnums; q++)
            if (a->nums[q].pct && a->nums[q].t0 <= i && a->nums[q].t1 > i) {
                if (pct < 0) pct = a->nums[q].v < 0 ? -a->nums[q].v : a->nums[q].v;
                is_pct = 1;
            }
        if (is_pct || !(ex_tk(a, i)->flags & EXTRACT_TOK_NUM)) continue;
        size_t j = i + 1;
        while (j < s->t1 && j < i + 3 && ex_ty_is(a, j, staff_adj)) j++;
        /* ("250,000 full-time, seasonal and part-time workers": kinds of work between, in
         * lower case, hyphened or joined by "and") */
        static const char *const joins[] = {"-", ",", "and", "or", NULL};
        if (!(j < s->t1 && ex_ty_is(a, j, staff)))
            for (j = i + 1; j + 1 < s->t1 && j < i + 12 && !ex_ty_is(a, j, staff); j++)
                /* ("1,100 corporate and distribution employees": the last kind before the
                 * staff word) */
                if (!(ex_ty_is(a, j, joins) ||
                      ((ex_tk(a, j)->flags & EXTRACT_TOK_LOWER) &&
                       (ex_ty_is(a, j + 1, joins) || ex_tok_is(a, j - 1, "-") ||
                        (ex_ty_is(a, j - 1, joins) && ex_ty_is(a, j + 1, staff))))))
                    break;
        if (head < 0 && j < s->t1 && ex_ty_is(a, j, staff)) {
            head = ex_parse_num(a, i);
            hj = j;
            /* ("about 600 of its 2,300 employees": the part, not the whole) */
            size_t b = i;
            if (b > lo + 1 && (ex_tok_is(a, b - 1, "its") || ex_tok_is(a, b - 1, "the") ||
                               ex_tok_is(a, b - 1, "their")))
                b--;
            if (b > lo + 1 && ex_tok_is(a, b - 1, "of") &&
                (ex_tk(a, b - 2)->flags & EXTRACT_TOK_NUM))
                head = ex_parse_num(a, b - 2);
        }
    }
    /* "cut about a third of its workforce": a share told in words */
    static const struct {
        const char *phrase;
        double pct;
    } frac[] = {{"a third of", 33.3}, {"one third of", 33.3},    {"one - third of", 33.3},
                {"a quarter of", 25}, {"one quarter of", 25},    {"half of", 50},
                {"half its", 50},     {"two - thirds of", 66.7}, {"a fifth of", 20},
                {"a tenth of", 10}};
    for (size_t f = 0; pct < 0 && head < 0 && w >= 0 && f < sizeof frac / sizeof frac[0]; f++) {
        long fp = ex_ty_find_one(a, (size_t)v, (size_t)w, frac[f].phrase);
        if (fp >= 0) pct = frac[f].pct;
    }
    /* "by approximately 9%, or about 1,100 positions": the count told beside the share */
    for (size_t q = 0; head < 0 && pct > 0 && q < a->nnums; q++)
        if (a->nums[q].pct && a->nums[q].t1 + 4 < s->t1 && ex_tok_is(a, a->nums[q].t1, ",") &&
            ex_tok_is(a, a->nums[q].t1 + 1, "or"))
            for (size_t i = a->nums[q].t1 + 2; i + 1 < s->t1 && i < a->nums[q].t1 + 5; i++)
                if ((ex_tk(a, i)->flags & EXTRACT_TOK_NUM) && ex_ty_is(a, i + 1, staff)) {
                    head = ex_parse_num(a, i);
                    break;
                }
    if (head < 0 && pct < 0 && strcmp(action, "hiring") == 0) return;
    if (head < 0 && pct < 0 &&
        !(ex_tok_is(a, (size_t)v, "layoffs") || ex_tok_is(a, (size_t)v, "lay") ||
          ex_tok_is(a, (size_t)v, "laid") || ex_tok_is(a, (size_t)v, "laying") ||
          ex_tok_is(a, (size_t)v, "lays")))
        return;
    co_t c;
    long kv = ex_ment_before(a, (size_t)v, s->t0);
    /* "Tenbury said it had completed its acquisition of Plovane Inc and would cut about 900
     * jobs": a verb joined by "and" to the clause of the company the sentence opens with is
     * that company's */
    static const char *const and_verb[] = {"would", "will", "plans", "also", "expects",
                                           "is",    "has",  "had",   NULL};
    /* (and a headline's "Tenbury Payments closes $3.1 billion Plovane deal, to cut 900
     * jobs") */
    if (kv > 0 && a->ments[kv].t1 < (size_t)v) {
        long and_w = ex_ty_find_one(a, a->ments[kv].t1, (size_t)v, "and");
        int joined = (and_w >= 0 && (size_t)and_w + 1 < (size_t)v &&
                      ex_ty_is(a, (size_t)and_w + 1, and_verb)) ||
                     ((size_t)v >= a->ments[kv].t1 + 2 && ex_tok_is(a, (size_t)v - 1, "to") &&
                      ex_tok_is(a, (size_t)v - 2, ","));
        long m0 = ex_ment_after(a, s->t0, a->ments[kv].t0);
        /* (not a company that is the subject of a verb of its own: "Tenbury said Plovane Inc
         * has 5,000 workers and will cut 900 jobs") */
        static const char *const own_verb[] = {"has",   "have", "had",  "is",    "was", "will",
                                               "would", "said", "says", "plans", NULL};
        size_t ke = a->ments[kv].t1;
        if (ke < s->t1 && ex_ty_is(a, ke, own_verb)) joined = 0;
        if (joined && m0 >= 0 && m0 < kv && a->ments[m0].t0 <= s->t0 + 8 &&
            !ex_co_eq(a, a->ments[m0].co, a->ments[kv].co))
            kv = m0;
    }
    if (!people_company(a, s, (size_t)v, kv, &c)) return;
    party_t pt = {c, "subject"};
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_WORKFORCE, &pt, 1)) return;
    ex_set_str(a, &ev, "action", action);
    if (head >= 0) ex_set_num(a, &ev, "headcount", head);
    if (pct > 0 && pct <= 100) ex_set_num(a, &ev, "percent", pct);
    /* ("It eliminated about 14,000 corporate roles a year ago": cuts of a time gone by are
     * background) */
    static const char *const gone_by[] = {"a year ago", "years ago",  "last year",
                                          "last month", "months ago", NULL};
    static const char *const did[] = {"eliminated", "cut",  "reduced", "trimmed",
                                      "slashed",    "laid", "shed",    NULL};
    if (ex_ty_is(a, (size_t)v, did) &&
        (ex_ty_find_phrase(a, (size_t)v, s->t1, gone_by, NULL) >= 0 ||
         ex_ty_past_year(a, (size_t)v, s->t1, 1)) &&
        event_set_bool(&ev, "context", 1))
        a->oom = 1;
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
}

/* "The cuts amount to about 6 percent of Tlaxcala's workforce of roughly 13,000": the share
 * of the staff the segment's layoffs told before come to, in a sentence that cuts no more. */
static void workforce_share_followup(art_t *a, const sent_t *s)
{
    static const char *const staff[] = {"workforce", "staff", "employees", "jobs", NULL};
    static const char *const cuts[] = {"cuts", "layoffs", "reductions", "reduction", "job",
                                       "jobs", "move",    "closure",    NULL};
    if (s->t0 + 3 >= s->t1 || !ex_tok_is(a, s->t0, "the") || !ex_ty_is(a, s->t0 + 1, cuts)) return;
    const num_t *n = NULL;
    for (size_t q = 0; q < a->nnums && !n; q++)
        if (a->nums[q].pct && a->nums[q].t0 > s->t0 && a->nums[q].t1 + 1 < s->t1 &&
            ex_tok_is(a, a->nums[q].t1, "of") &&
            ex_ty_find(a, a->nums[q].t1 + 1, a->nums[q].t1 + 5 < s->t1 ? a->nums[q].t1 + 5 : s->t1,
                       staff) >= 0)
            n = &a->nums[q];
    if (!n || n->v <= 0 || n->v >= 100) return;
    event_t *ev = ex_seg_event(a, s->seg, EVENT_WORKFORCE);
    const char *act = ev ? event_get_str(ev, "action") : NULL;
    if (!ev || !act || strcmp(act, "layoffs") != 0 || event_get(ev, "percent")) return;
    if (event_set_num(ev, "percent", n->v)) a->oom = 1;
}

void ex_rule_people(art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    (void)h;
    if (!ex_ty_sentence_ok(s)) return;
    ty_executive(a, s);
    ty_director(a, s);
    ty_workforce(a, s);
    workforce_share_followup(a, s);
}
