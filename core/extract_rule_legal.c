/* extract_rule_legal: lawsuits, investigations, settlements, fines, verdicts and
 * appeals (the company they concern, the other side when it is a company, the
 * amount), and bankruptcies (filed or emerged, the chapter). A past bankruptcy
 * named in passing ("X, which emerged from bankruptcy in September") is context. */
#include "extract_int.h"

#include <stdio.h>
#include <string.h>

/* Word lists the rules search for (static, as every list given to ex_ty_*: ex_wl_get keys
 * them by address). */
static const char *const w_against[] = {"against", NULL};
static const char *const w_into[] = {"into", NULL};
static const char *const w_chapter[] = {"chapter", NULL};

/* "X was fined $2.5 million by the Transportation Department last year": a case of a year
 * gone by, "last year", "last month" or an earlier year after the verb at with no other verb of a
 * case between ("agreed to settle a lawsuit filed last year" is news). */
static int legal_gone(const art_t *a, const sent_t *s, size_t at)
{
    static const char *const last[] = {"last year", "last month", NULL};
    static const char *const case_verbs[] = {"filed", "brought", "launched", "opened",
                                             "begun", "started", NULL};
    size_t hi = at + 14 < s->t1 ? at + 14 : s->t1;
    long g = ex_ty_find_phrase(a, at, hi, last, NULL);
    for (size_t i = at + 1; g < 0 && i + 1 < hi; i++)
        if (ex_tok_is(a, i, "in") && (ex_tk(a, i + 1)->flags & EXTRACT_TOK_NUM) &&
            ex_tk(a, i + 1)->len == 4 && a->year && ex_parse_num(a, i + 1) >= 1900 &&
            ex_parse_num(a, i + 1) < a->year)
            g = (long)i;
    return g >= 0 && ex_ty_find(a, at, (size_t)g, case_verbs) < 0;
}

/* Is a regulator named before token at in the sentence (its mentions)? */
static int regulator_before(const art_t *a, size_t at)
{
    for (size_t k = 0; k < a->nments; k++)
        if (a->ments[k].regulator && a->ments[k].t1 <= at) return 1;
    return 0;
}

/* Is an appeal told in [lo, hi): "would appeal", not "a federal appeals court ruled"? */
static int appeal_before(const art_t *a, size_t lo, size_t hi)
{
    static const char *const appeal[] = {"appealed", "appeals", "appeal", NULL};
    for (long k = ex_ty_find(a, lo, hi, appeal); k >= 0;
         k = ex_ty_find(a, (size_t)k + 1, hi, appeal))
        if (!((size_t)k + 1 < hi && ex_tok_is(a, (size_t)k + 1, "court")) &&
            !((size_t)k >= lo + 2 && ex_tok_is(a, (size_t)k - 1, "of") &&
              ex_tok_is(a, (size_t)k - 2, "court")))
            return 1;
    return 0;
}

/* "fined Dalberg AG 412 million euros and Czech supplier Ostrov Components 286 million
 * euros": a second company fined after the first, each with its own amount. The mention
 * after mention k when an amount comes between them, "and" before it and an amount after
 * it; *m1 and *m2 are the two amounts. */
static long fined_second(const art_t *a, const sent_t *s, long k, const num_t **m1,
                         const num_t **m2)
{
    long k2 = ex_ment_after(a, a->ments[k].t1, s->t1);
    if (k2 < 0) return -1;
    const num_t *x = NULL, *y = NULL;
    for (size_t q = 0; q < a->nnums; q++) {
        const num_t *n = &a->nums[q];
        if (n->pct) continue;
        if (!x && n->t0 >= a->ments[k].t1 && n->t1 <= a->ments[k2].t0) x = n;
        if (!y && n->t0 >= a->ments[k2].t1) y = n;
    }
    static const char *const and_w[] = {"and", NULL};
    if (!x || !y || ex_ty_find(a, x->t1, a->ments[k2].t0, and_w) < 0) return -1;
    *m1 = x, *m2 = y;
    return k2;
}

static void ty_legal(art_t *a, const sent_t *s)
{
    static const char *const settle[] = {"settle",   "settled",    "settles",
                                         "settling", "settlement", NULL};
    static const char *const fine[] = {"fined", "fines", "penalty", "fine", NULL};
    static const char *const verdict[] = {"jury", "verdict", "ruled", NULL};
    static const char *const sue[] = {"sued", "sues", "suing", "lawsuit", "lawsuits", "suit", NULL};
    static const char *const probe[] = {
        "investigation", "probe", "investigating", "subpoena", "subpoenaed", "inquiry", NULL};
    /* "the SEC had requested documents related to the errors": a regulator's inquiry */
    static const char *const asked[] = {"requested documents",
                                        "requested information",
                                        "sought documents",
                                        "sought information",
                                        "request for documents",
                                        "request for information",
                                        NULL};
    static const char *const appeal[] = {"appealed", "appeals", "appeal", NULL};
    static const char *const took[] = {"takes", "took", "taking", "take", NULL};
    const char *action = NULL;
    long v;
    int object = 0;  /* the company comes after the verb ("fined Apple", "sued Visa") */
    int passive = 0; /* "X was fined" */
    static const char *const passive_w[] = {"was", "were", "been", "being", NULL};
    /* "agreed to pay $1.1 billion to resolve lawsuits": resolving claims settles them */
    static const char *const resolve[] = {"resolve", "resolved", "resolves", "resolving", NULL};
    static const char *const claims[] = {
        "lawsuit", "lawsuits", "claims", "charges", "allegations", "litigation", "investigation",
        "probe",   "suits",    "case",   "cases",   "dispute",     NULL};
    long rv = ex_ty_find(a, s->t0, s->t1, resolve);
    if (rv >= 0 &&
        ex_ty_find(a, (size_t)rv + 1, (size_t)rv + 9 < s->t1 ? (size_t)rv + 9 : s->t1, claims) < 0)
        rv = -1;
    /* (not a trade's settlement: "the notes are expected to settle on December 1") */
    if ((v = ex_ty_find(a, s->t0, s->t1, settle)) >= 0 && (size_t)v + 1 < s->t1 &&
        ex_tok_is(a, (size_t)v + 1, "on"))
        return;
    /* (nor a strike's: "The strike, which began Oct 14, was settled in early December") */
    static const char *const labour[] = {"strike", "walkout", "lockout", "stoppage", NULL};
    if (v >= 0 &&
        ex_ty_find(a, (size_t)v > s->t0 + 10 ? (size_t)v - 10 : s->t0, (size_t)v, labour) >= 0)
        return;
    /* (nor a price's: "U.S. crude futures settled down 1.3% at $61.20 a barrel") */
    static const char *const price_way[] = {"down",  "up",   "at",        "higher",
                                            "lower", "flat", "unchanged", NULL};
    if (v >= 0 && !ex_tok_is(a, (size_t)v, "settlement") && (size_t)v + 1 < s->t1 &&
        (ex_ty_is(a, (size_t)v + 1, price_way) ||
         (ex_tk(a, (size_t)v + 1)->flags & EXTRACT_TOK_NUM)))
        return;
    /* (nor a repurchase's or a trade's: "Final settlement is expected to be completed in the
     * first quarter", "the settlement date", "final settlement of the ASR") */
    static const char *const trade_w[] = {"asr", "accelerated", "forward", NULL};
    /* (a final settlement between parties named is a case's: "HEALTHWAYS IN FINAL
     * SETTLEMENT" with Eldon) */
    static const char *const sett_kind[] = {"final", "physical", "net", NULL};
    /* ("expects to receive an initial delivery of approximately 2.9 million shares on March
     * 7, with final settlement expected in the second quarter": a repurchase's) */
    static const char *const delivery_w[] = {"delivery", "deliveries", "shares", NULL};
    if (v >= 0 && ex_tok_is(a, (size_t)v, "settlement") &&
        ((ex_ment_after(a, s->t0, s->t1) < 0 && (size_t)v > s->t0 &&
          ex_ty_is(a, (size_t)v - 1, sett_kind)) ||
         ((size_t)v > s->t0 && ex_ty_is(a, (size_t)v - 1, sett_kind) &&
          ex_ty_find(a, s->t0, (size_t)v, delivery_w) >= 0) ||
         ((size_t)v + 1 < s->t1 && ex_tok_is(a, (size_t)v + 1, "date")) ||
         ex_ty_find(a, s->t0, s->t1, trade_w) >= 0))
        return;
    /* (nor an insurer's work: "automates first notice of loss, triage and settlement of
     * property and auto claims") */
    static const char *const claims_w[] = {"claims", "claim", NULL};
    static const char *const work_w[] = {"automates", "automate", "automating", "handles",
                                         "handling",  "triage",   "processing", "process",
                                         "adjusters", "platform", NULL};
    if (v >= 0 && ex_tok_is(a, (size_t)v, "settlement") && (size_t)v + 1 < s->t1 &&
        ex_tok_is(a, (size_t)v + 1, "of") &&
        ex_ty_find(a, (size_t)v + 2, (size_t)v + 7 < s->t1 ? (size_t)v + 7 : s->t1, claims_w) >=
            0 &&
        ex_ty_find(a, s->t0, s->t1, work_w) >= 0)
        return;
    /* "Boeing pleaded guilty to a criminal fraud conspiracy charge": a plea agreed with
     * prosecutors resolves the case as a settlement does */
    static const char *const plea[] = {
        "pleaded guilty", "pleads guilty",  "plead guilty", "pleading guilty",
        "guilty plea",    "plea agreement", "plea deal",    NULL};
    long pv = v < 0 && rv < 0 ? ex_ty_find_phrase(a, s->t0, s->t1, plea, NULL) : -1;
    if (v >= 0 || (v = rv) >= 0 || (v = pv) >= 0)
        action = "settlement";
    else if ((v = ex_ty_find(a, s->t0, s->t1, fine)) >= 0 && ex_tok_is(a, (size_t)v, "fined"))
        /* (the company before "was fined": "Mikkeli was fined EUR212.4mn and Aveiro EUR96mn") */
        action = "fine", object = !((size_t)v > s->t0 && ex_ty_is(a, (size_t)v - 1, passive_w)),
        passive = !object;
    /* ("Finnish court fines Forssa Asphalt and Loimaa Paving 41.3 mln euros": the verb, the
     * company fined right after it) */
    else if (v >= 0 && ex_tok_is(a, (size_t)v, "fines") &&
             ex_ment_after(a, (size_t)v + 1, (size_t)v + 2) >= 0 &&
             !appeal_before(a, s->t0, (size_t)v))
        action = "fine", object = 1;
    /* ("would appeal a 120 million euro fine imposed last week": the appeal is the news) */
    else if (v >= 0 && ex_money_near(a, s->t0))
        action = appeal_before(a, s->t0, (size_t)v) ? "appeal" : "fine";
    /* (not "was considered but ruled out", nor "a federal grand jury is investigating":
     * an inquiry; "would appeal a $95 million jury verdict" is an appeal) */
    else if ((v = ex_ty_find(a, s->t0, s->t1, verdict)) >= 0 &&
             !((size_t)v + 1 < s->t1 && ex_tok_is(a, (size_t)v + 1, "out")) &&
             !((size_t)v > s->t0 && ex_tok_is(a, (size_t)v - 1, "grand")))
        action = appeal_before(a, s->t0, (size_t)v) ? "appeal" : "verdict", object = 1;
    /* ("filed a proposed class action": a suit by its kind) */
    else if ((v = ex_ty_find(a, s->t0, s->t1, sue)) >= 0 ||
             (v = ex_ty_find_phrase(a, s->t0, s->t1,
                                    (const char *const[]){"class action", "class - action", NULL},
                                    NULL)) >= 0)
        action = "lawsuit", object = ex_tok_is(a, (size_t)v, "sued") ||
                                     ex_tok_is(a, (size_t)v, "sues") ||
                                     ex_tok_is(a, (size_t)v, "suing");
    /* "FTC takes Brantingham Ticketing to court over 'junk fees'": a suit by its idiom */
    else if ((v = ex_ty_find_one(a, s->t0, s->t1, "to court")) > (long)s->t0 &&
             ex_ty_find(a, (size_t)v > s->t0 + 6 ? (size_t)v - 6 : s->t0, (size_t)v, took) >= 0)
        action = "lawsuit", object = 1;
    /* (not "its fine was cut because it cooperated with the investigation": the help given
     * to a case told before) */
    else if ((v = ex_ty_find(a, s->t0, s->t1, probe)) >= 0) {
        static const char *const helped[] = {"cooperated", "cooperating", "cooperates",
                                             "cooperate",  "cooperation", NULL};
        if (ex_ty_find(a, (size_t)v > s->t0 + 4 ? (size_t)v - 4 : s->t0, (size_t)v, helped) >= 0)
            return;
        /* ("has closed its in-depth investigation into X's acquisition": a review ended, read
         * as the deal's clearance) */
        static const char *const closed[] = {"closed",    "closes",  "ended",
                                             "concluded", "dropped", NULL};
        if (ex_ty_find(a, (size_t)v > s->t0 + 5 ? (size_t)v - 5 : s->t0, (size_t)v, closed) >= 0)
            return;
        action = "investigation";
    } else if ((v = ex_ty_find_phrase(a, s->t0, s->t1, asked, NULL)) >= 0 &&
               regulator_before(a, (size_t)v))
        action = "investigation";
    else if ((v = ex_ty_find(a, s->t0, s->t1, appeal)) >= 0)
        action = "appeal";
    if (!action || ex_ty_negated(a, s, (size_t)v, 1)) return; /* "no lawsuit has been filed" */
    /* "The lawsuit, filed in federal court in Chicago, asks the court to ...": the case told
     * before, told again */
    if ((size_t)v > s->t0 && ex_tok_is(a, (size_t)v - 1, "the") &&
        ex_seg_event(a, s->seg, EVENT_LEGAL))
        return;
    if (strcmp(action, "lawsuit") == 0 && !object) {
        /* "filed a lawsuit against X", "faces a lawsuit" */
        static const char *const fv[] = {"filed",  "files",   "filing",  "faces",
                                         "facing", "brought", "against", NULL};
        if (ex_ty_find(a, s->t0, s->t1, fv) < 0) return;
        long ag = ex_ty_find(a, (size_t)v, s->t1, w_against);
        if (ag >= 0) v = ag, object = 1;
    }
    co_t c, other = {NULL, -1};
    int have_other = 0;
    long k = -1;
    if (object) {
        k = ex_ment_after(a, (size_t)v + 1, s->t1);
        if (k >= 0 && a->ments[k].regulator) k = -1;
        if (strcmp(action, "verdict") == 0 && k >= 0) {
            /* "a jury ordered X to pay": X after the verb "ordered" */
        }
    }
    if (k < 0) {
        k = ex_ment_before(a, (size_t)v, s->t0);
        while (k >= 0 && a->ments[k].regulator) k = ex_ment_before(a, a->ments[k].t0, s->t0);
        if (k < 0 && !object) k = ex_ment_after(a, (size_t)v, s->t1);
        if (k >= 0 && a->ments[k].regulator) k = -1;
    }
    if (k >= 0)
        c = a->ments[k].co;
    else if (!ex_ty_subject(a, s, (size_t)v, &c))
        return;
    const num_t *m1 = NULL, *m2 = NULL;
    long k2 = k >= 0 && strcmp(action, "fine") == 0 && (object || passive)
                  ? fined_second(a, s, k, &m1, &m2)
                  : -1;
    /* "has fined Mikkeli Chemicals and Portugal's Aveiro Quimicos a combined EUR308.4mn",
     * "fines Forssa Asphalt and Loimaa Paving 41.3 mln euros": each company fined, the sum
     * theirs together (each one's own is told apart, if at all) */
    int joint = 0;
    /* ("ordered Forssa Asphalt Oyj (FORSA.HE) and Loimaa Paving Oy to pay a combined 41.3
     * million euros in fines": the pair, whichever side of the verb) */
    static const char *const combined[] = {"combined",  "jointly",  "total",
                                           "totalling", "totaling", NULL};
    if (k2 < 0 && k >= 0 && !object && strcmp(action, "fine") == 0 &&
        ex_ty_find(a, s->t0, s->t1, combined) >= 0)
        for (size_t q = 0; q + 1 < a->nments; q++)
            if (a->ments[q].t0 >= s->t0 && a->ments[q + 1].t1 <= s->t1 && !a->ments[q].regulator &&
                a->ments[q + 1].t0 <= a->ments[q].t1 + 10 &&
                ex_ty_find_one(a, a->ments[q].t1, a->ments[q + 1].t0, "and") >= 0 &&
                !ex_co_eq(a, a->ments[q].co, a->ments[q + 1].co)) {
                k = (long)q, object = 1;
                c = a->ments[k].co;
                break;
            }
    if (k2 < 0 && k >= 0 && object && strcmp(action, "fine") == 0) {
        long k3 = ex_ment_after(a, a->ments[k].t1, s->t1);
        size_t gap = ex_tok_is(a, a->ments[k].t1, "(") ? 10 : 4;
        if (k3 >= 0 && a->ments[k3].t0 <= a->ments[k].t1 + gap &&
            ex_ty_find_one(a, a->ments[k].t1, a->ments[k3].t0, "and") >= 0 &&
            !ex_co_eq(a, a->ments[k3].co, a->ments[k].co)) {
            int num = 0;
            for (size_t q = a->ments[k].t1; q < a->ments[k3].t0; q++)
                num |= (ex_tk(a, q)->flags & EXTRACT_TOK_NUM) != 0;
            /* (a ticker in brackets between is no figure: "Oyj (FORSA.HE) and") */
            if (!num || ex_tok_is(a, a->ments[k].t1, "(")) k2 = k3, joint = 1;
        }
    }
    /* the other side, when a company: the one that sued or settled with it (not one named
     * in what the case alleges: "sued Stratum, alleging that its acquisition of rival
     * Pinewood Labs ...") */
    static const char *const alleging[] = {"alleging", "alleged", "claiming", "accusing",
                                           "saying",   "over",    NULL};
    /* (the defendant is the verb's object: "filed suit, alleging Black and Decker violated"
     * names it in the allegation) */
    long al = object ? ex_ty_find(a, (size_t)v, s->t1, alleging) : -1;
    size_t side_end = al >= 0 ? (size_t)al : s->t1;
    for (size_t q = 0; q < a->nments && !have_other && k2 < 0; q++)
        if ((long)q != k && !a->ments[q].regulator && a->ments[q].t0 < side_end &&
            !ex_co_eq(a, a->ments[q].co, c)) {
            other = a->ments[q].co;
            have_other = 1;
        }
    party_t p[2] = {{c, "subject"}, {other, "counterparty"}};
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_LEGAL, p, have_other ? 2 : 1)) return;
    ex_set_str(a, &ev, "action", action);
    const num_t *m = m1 ? m1 : ex_money_near(a, (size_t)(v > 0 ? v : 0));
    /* (not a sum of another clause: "Settle All Patent Litigation; Pyrexis Board Authorizes
     * Additional $250 Million Share Repurchase") */
    if (m && !m1 && v >= 0) {
        size_t x0 = m->t0 < (size_t)v ? m->t0 : (size_t)v,
               x1 = m->t0 < (size_t)v ? (size_t)v : m->t0;
        if (ex_ty_find_one(a, x0, x1, ";") >= 0) m = NULL;
    }
    if (strcmp(action, "investigation") != 0 && strcmp(action, "lawsuit") != 0 && !joint)
        ex_set_money(a, &ev, m, 0);
    /* "filed a lawsuit ... seeking 50 mln dlrs in damages": the sum a suit asks for */
    static const char *const damages[] = {"damages", NULL};
    long dg = strcmp(action, "lawsuit") == 0 ? ex_ty_find(a, s->t0, s->t1, damages) : -1;
    for (size_t q = 0; dg > 0 && q < a->nnums; q++)
        if (!a->nums[q].pct && a->nums[q].t1 <= (size_t)dg && a->nums[q].t1 + 2 >= (size_t)dg) {
            ex_set_money(a, &ev, &a->nums[q], 0);
            break;
        }
    /* ("Disney last month agreed to pay $233 million to settle a lawsuit": a month gone by
     * before the verb) */
    for (int i = 0;; i++) {
        /* (and one of a year gone by opening the clause: "in 2019, a jury in Texas ordered
         * Solvane to pay Merriton $64 million") */
        if (!ex_ty_set_context(a, &ev, s, (size_t)v) &&
            (legal_gone(a, s, (size_t)v) || ex_ty_past_month(a, s->t0, (size_t)v) ||
             ex_ty_past_year(a, s->t0, (size_t)v, 0)) &&
            event_set_bool(&ev, "context", 1))
            a->oom = 1;
        ex_emit(a, s, &ev, ex_sentence_date(a, 0));
        if (i || k2 < 0) break;
        /* the second company fined, with its own amount */
        party_t p2[1] = {{a->ments[k2].co, "subject"}};
        if (ex_make_event(a, &ev, EVENT_LEGAL, p2, 1)) return;
        ex_set_str(a, &ev, "action", action);
        ex_set_money(a, &ev, m2, 0);
    }
}

static void ty_bankruptcy(art_t *a, const sent_t *s)
{
    static const char *const word[] = {"bankruptcy", "chapter", "insolvency", "administration",
                                       /* (Japan's court proceedings: "filed for civil
                                        * rehabilitation proceedings") */
                                       "rehabilitation", NULL};
    static const char *const filed[] = {
        "filed",   "files", "filing", "file",      "entered",   "enters", "sought", "seeks",
        "seeking", "gone",  "went",   "collapsed", "collapses", "falls",  "fell",   NULL};
    static const char *const emerged[] = {"emerged", "emerges", "emerging",
                                          "exited",  "exits",   NULL};
    long w = ex_ty_find(a, s->t0, s->t1, word);
    /* "Kemberton Fashion Group appointed administrators late on Friday", "called in the
     * receivers": the UK's way into insolvency, told by the verb */
    static const char *const called_in[] = {
        "appointed administrators",     "appoints administrators",
        "called in administrators",     "calls in administrators",
        "appointed receivers",          "called in receivers",
        "called in the administrators", NULL};
    size_t ce;
    long ci = w < 0 ? ex_ty_find_phrase(a, s->t0, s->t1, called_in, &ce) : -1;
    if (ci >= 0) w = (long)ce - 1;
    if (w < 0) return;
    /* "went into administration", "filed for administration" (not "the administration") */
    if (ex_tok_is(a, (size_t)w, "administration") && ex_ty_find(a, s->t0, s->t1, w_into) < 0 &&
        !((size_t)w > s->t0 && ex_tok_is(a, (size_t)w - 1, "for")))
        return;
    if (ex_tok_is(a, (size_t)w, "chapter") &&
        !((size_t)w + 1 < s->t1 && (ex_tk(a, (size_t)w + 1)->flags & EXTRACT_TOK_NUM)))
        return;
    /* ("said in a filing with the U.S. Bankruptcy Court that it had secured financing": a
     * document of a case under way, no filing for bankruptcy) */
    static const char *const court[] = {"court", "judge", NULL};
    /* (but "filed on Sunday in the U.S. Bankruptcy Court in Delaware" is the filing: the verb
     * and "in" the court, nothing filed named between) */
    static const char *const filed_in[] = {"filed", "files", NULL};
    static const char *const papers[] = {"motion", "motions",   "lawsuit",   "suit", "complaint",
                                         "claim",  "claims",    "objection", "plan", "request",
                                         "filing", "documents", NULL};
    size_t flo = (size_t)w > s->t0 + 8 ? (size_t)w - 8 : s->t0;
    long fv = ex_ty_find(a, flo, (size_t)w, filed_in);
    int filed_court = fv >= 0 && ex_ty_find_one(a, (size_t)fv + 1, (size_t)w, "in") >= 0 &&
                      ex_ty_find(a, (size_t)fv + 1, (size_t)w, papers) < 0 &&
                      ex_ty_find(a, s->t0, (size_t)fv, papers) < 0;
    if (ex_tok_is(a, (size_t)w, "bankruptcy") && (size_t)w + 1 < s->t1 &&
        ex_ty_is(a, (size_t)w + 1, court) && !filed_court)
        return;
    size_t lo = (size_t)w > s->t0 + 6 ? (size_t)w - 6 : s->t0;
    /* ("filed for protection from its creditors under Chapter 11": the verb further back) */
    static const char *const prot[] = {"protection", NULL};
    long pr = ex_ty_find(a, (size_t)w > s->t0 + 6 ? (size_t)w - 6 : s->t0, (size_t)w, prot);
    /* (and past the day: "filed on Friday for protection") */
    if (pr >= 0) lo = (size_t)pr > s->t0 + 5 ? (size_t)pr - 5 : s->t0;
    long v;
    const char *action = NULL;
    if ((v = ex_ty_find(a, lo, (size_t)w, emerged)) >= 0)
        action = "emerged";
    else if ((v = ex_ty_find(a, lo, (size_t)w, filed)) >= 0)
        action = "filed";
    else if (ci >= 0)
        action = "filed", v = ci;
    if (!action) return;
    if (ex_tok_is(a, (size_t)v, "file") || ex_ty_future(a, s->t0, (size_t)v)) return;
    co_t c;
    if (!ex_ty_subject_strict(a, s, (size_t)v, &c)) return;
    /* "SAYS CUSTOMER FILED CHAPTER 11", "said a major customer, Orrin Stores Inc, filed": the
     * one who files is the other party named there, or no company named */
    static const char *const other[] = {
        "customer", "customers", "supplier",  "suppliers", "client",      "clients", "tenant",
        "tenants",  "borrower",  "borrowers", "lessee",    "distributor", "dealer",  NULL};
    /* (not the company's own description: "Acme, a major supplier to General Motors, filed") */
    long o = ex_ty_find(a, (size_t)v > s->t0 + 8 ? (size_t)v - 8 : s->t0, (size_t)v, other);
    if (o >= 0 && (size_t)o + 1 == (size_t)v) {
        return; /* "SAYS CUSTOMER FILED": a company the article does not name */
    } else if (o >= 0 && (size_t)o + 2 < (size_t)v && ex_tok_is(a, (size_t)o + 1, ",")) {
        long km = ex_ment_after(a, (size_t)o + 2, (size_t)o + 3);
        if (km >= 0) c = a->ments[km].co;
    } else if (o >= 0) {
        /* "Acme Widget Corp, a major supplier to General Motors Corp, filed": the company
         * the appositive describes files */
        for (size_t q = (size_t)o; q-- > s->t0 && q + 6 > (size_t)o;)
            if (ex_tok_is(a, q, ",")) {
                long kb = ex_ment_before(a, q + 1, s->t0);
                if (kb >= 0 && a->ments[kb].t1 == q) c = a->ments[kb].co;
                break;
            }
    }
    party_t p = {c, "subject"};
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_BANKRUPTCY, &p, 1)) return;
    ex_set_str(a, &ev, "action", action);
    long ch = ex_ty_find(a, s->t0, s->t1, w_chapter);
    if (ch >= 0 && (size_t)ch + 1 < s->t1 && (ex_tk(a, (size_t)ch + 1)->flags & EXTRACT_TOK_NUM)) {
        char num[8];
        ex_span_text(a, (size_t)ch + 1, (size_t)ch + 2, num, sizeof num);
        ex_set_str(a, &ev, "chapter", num);
    }
    ex_ty_set_context(a, &ev, s, (size_t)v);
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
}

/* "The suit seeks 25 mln dlrs in damages": the sum the segment's latest lawsuit asks for,
 * told after it (a sentence that opens with the suit and names no company). Returns 1 when it
 * took the sentence. */
static int suit_damages_followup(art_t *a, const sent_t *s)
{
    static const char *const suit[] = {"suit", "lawsuit", "complaint", "action", NULL};
    static const char *const seeks[] = {"seeks", "sought", "asks", "seeking", NULL};
    static const char *const damages[] = {"damages", NULL};
    /* (past where it was filed: "The suit, filed in U.S. District Court in Minneapolis,
     * seeks damages of at least 90 mln dlrs") */
    if (s->t0 + 4 >= s->t1 || !ex_tok_is(a, s->t0, "the") || !ex_ty_is(a, s->t0 + 1, suit) ||
        ex_ty_find(a, s->t0 + 2, s->t0 + 14 < s->t1 ? s->t0 + 14 : s->t1, seeks) < 0)
        return 0;
    long dg = ex_ty_find(a, s->t0, s->t1, damages);
    const num_t *n = NULL;
    for (size_t q = 0; dg > 0 && q < a->nnums && !n; q++)
        if (!a->nums[q].pct && a->nums[q].cur[0] && a->nums[q].t0 > s->t0 &&
            ((a->nums[q].t1 <= (size_t)dg && a->nums[q].t1 + 2 >= (size_t)dg) ||
             (a->nums[q].t0 > (size_t)dg && a->nums[q].t0 <= (size_t)dg + 4 &&
              ex_tok_is(a, (size_t)dg + 1, "of"))))
            n = &a->nums[q];
    if (!n) return 0;
    event_t *ev = ex_seg_event(a, s->seg, EVENT_LEGAL);
    const char *act = ev ? event_get_str(ev, "action") : NULL;
    if (!act || strcmp(act, "lawsuit") != 0) return 0;
    /* (the sentence names no company the suit does not: "to stop Ickworth from selling") */
    if (!ex_sent_names_only(a, s, ev)) return 0;
    if (!event_get(ev, "amount")) ex_set_money(a, ev, n, 0);
    return 1;
}

/* "Under the agreement, Starbrook will pay Quillfen $85 million, of which ...": the sum of
 * the segment's latest settlement, told after it (a sentence that opens with its terms and
 * names no company the settlement lacks). Returns 1 when it took the sentence. */
static int settlement_pay_followup(art_t *a, const sent_t *s)
{
    static const char *const under[] = {"under the agreement", "under the settlement",
                                        "under the terms of the settlement",
                                        "under the terms of the agreement", NULL};
    static const char *const pay[] = {"will pay", "agreed to pay", "is to pay", "to pay", NULL};
    size_t ue, pe;
    if (ex_ty_find_phrase(a, s->t0, s->t0 + 8 < s->t1 ? s->t0 + 8 : s->t1, under, &ue) !=
        (long)s->t0)
        return 0;
    long pw = ex_ty_find_phrase(a, ue, ue + 8 < s->t1 ? ue + 8 : s->t1, pay, &pe);
    if (pw < 0) return 0;
    const num_t *n = ex_money_in(a, pe, pe + 4);
    if (!n) return 0;
    event_t *ev = ex_seg_event(a, s->seg, EVENT_LEGAL);
    const char *act = ev ? event_get_str(ev, "action") : NULL;
    if (!act || strcmp(act, "settlement") != 0 || !ex_sent_names_only(a, s, ev)) return 0;
    if (!event_get(ev, "amount")) ex_set_money(a, ev, n, 0);
    return 1;
}

void ex_rule_legal(art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    (void)h;
    if (!ex_ty_sentence_ok(s)) return;
    if (suit_damages_followup(a, s)) return;
    if (settlement_pay_followup(a, s)) return;
    /* "Granton Bank fined 48 million pounds by FCA, settles U.S. investor suit": a headline's
     * clauses, a fine and a settlement, each its own matter */
    static const char *const fine_w[] = {"fined", "fines", NULL};
    static const char *const settle_w[] = {"settles", "settled", "settle", NULL};
    static const char *const comma[] = {",", NULL};
    long fw = s == a->sents ? ex_ty_find(a, s->t0, s->t1, fine_w) : -1;
    long cm = fw >= 0 ? ex_ty_find(a, (size_t)fw, s->t1, comma) : -1;
    if (cm > 0 && ex_ty_find(a, (size_t)cm, s->t1, settle_w) >= 0) {
        sent_t s1 = *s, s2 = *s;
        s1.t1 = (size_t)cm;
        s2.t0 = (size_t)cm + 1;
        ty_legal(a, &s1);
        ty_legal(a, &s2);
        ty_bankruptcy(a, s);
        return;
    }
    ty_legal(a, s);
    ty_bankruptcy(a, s);
}
