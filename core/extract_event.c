/* extract_event: making events. A new event with its companies and roles, data fields,
 * and emitting it with its source span (merged with a same-key event of the segment). */
#include "extract_int.h"
#include "date.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mem.h"

/* Copies the sentence with runs of whitespace collapsed. */
static char *sentence_text(const art_t *a, const sent_t *s)
{
    /* written straight into its own copy (never longer than the sentence's bytes) */
    char *out = mem_alloc((size_t)(s->end - s->off) + 1);
    if (!out) return NULL;
    size_t n = 0;
    int sp = 0;
    for (size_t i = s->off; i < s->end; i++) {
        char c = a->text[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            sp = 1;
            continue;
        }
        if (sp && n) out[n++] = ' ';
        sp = 0;
        out[n++] = c;
    }
    out[n] = 0;
    return out;
}

/* Is place b the end of place a after a comma ("Debrecen, Hungary" and "Hungary"), or the
 * town of a the region of b ("El Marqués, Querétaro" and "Querétaro, Mexico")? */
static int same_place(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > lb + 2 && strcasecmp(a + la - lb, b) == 0 && a[la - lb - 1] == ' ' &&
        a[la - lb - 2] == ',')
        return 1;
    const char *ca = strrchr(a, ','), *cb = strchr(b, ',');
    if (!ca || !cb || strchr(b, ',') != strrchr(b, ',')) return 0;
    const char *ta = ca + 1;
    while (*ta == ' ') ta++;
    return (size_t)(cb - b) == strlen(ta) && strncasecmp(ta, b, (size_t)(cb - b)) == 0;
}

/* Are two people's names one person's: "Raymond Kilgour" and "Raymond T. Kilgour" (the same
 * first and last words), or a surname alone and a full name ending with it? */
static int same_person(const char *x, const char *y)
{
    const char *lx = strrchr(x, ' '), *ly = strrchr(y, ' ');
    const char *sx = lx ? lx + 1 : x, *sy = ly ? ly + 1 : y;
    if (strcasecmp(sx, sy) != 0) return 0;
    if (!lx || !ly) return 1;
    size_t fx = strcspn(x, " "), fy = strcspn(y, " ");
    return fx == fy && strncasecmp(x, y, fx) == 0;
}

static int key_same(const art_t *a, const event_t *x, const event_t *y)
{
    if (x->type != y->type || x->ncompanies != y->ncompanies) return 0;
    for (size_t i = 0; i < x->ncompanies; i++)
        if (!event_has_company(y, x->companies[i].id)) return 0;
    double p, q;
    if ((x->type == EVENT_SHARE_MOVE || x->type == EVENT_METRIC_CHANGE) &&
        event_get_num(x, "percent", &p) && event_get_num(y, "percent", &q) && p != q)
        return 0;
    /* a quarter's results and the full year's, told in one article, stay apart */
    const char *px = event_get_str(x, "period"), *py = event_get_str(y, "period");
    if (x->type == EVENT_EARNINGS && px && py && strcmp(px, py) != 0) return 0;
    /* (so do outlooks of two periods or two metrics: "expects fourth-quarter revenue of ...",
     * then "for the full fiscal year ... total revenue of ... and operating income of"; a
     * whole outlook named alone, "raises its outlook", is any of them) */
    if (x->type == EVENT_GUIDANCE) {
        if (px && py && strcmp(px, py) != 0) return 0;
        const char *mx = event_get_str(x, "metric"), *my = event_get_str(y, "metric");
        double lx, ly;
        if (mx && my && strcmp(mx, my) != 0 && strcmp(mx, "outlook") != 0 &&
            strcmp(my, "outlook") != 0 && event_get_num(x, "low", &lx) &&
            event_get_num(y, "low", &ly))
            return 0;
    }
    int cx = 0, cy = 0;
    event_get_bool(x, "context", &cx);
    event_get_bool(y, "context", &cy);
    if (cx != cy) return 0; /* news and a past event mentioned as context stay apart */
    if (x->type == EVENT_EXECUTIVE_CHANGE || x->type == EVENT_LEGAL || x->type == EVENT_FINANCING ||
        x->type == EVENT_WORKFORCE || x->type == EVENT_BANKRUPTCY || x->type == EVENT_BUYBACK ||
        x->type == EVENT_FACILITY) {
        /* (a buyback completed and a new one authorized are two) */
        /* two people, two cases, two bond sales or a cut beside a hiring are two events; so
         * are a plant closed and another expanded, or sites in two places */
        static const char *const keys[] = {"person", "action", "kind", "location", NULL};
        for (size_t k = 0; keys[k]; k++) {
            const char *v1 = event_get_str(x, keys[k]), *v2 = event_get_str(y, keys[k]);
            /* (a place and the town in it are one site: "Hungary", "Debrecen, Hungary") */
            if (v1 && v2 && k == 3 && (same_place(v1, v2) || same_place(v2, v1))) continue;
            if (v1 && v2 && k == 0 && same_person(v1, v2)) continue;
            if (v1 && v2 && strcasecmp(v1, v2) != 0 &&
                !(x->type == EVENT_LEGAL && strcmp(keys[k], "action") == 0))
                return 0;
        }
    }
    if (x->type == EVENT_DIVIDEND) {
        /* a special dividend and the regular one, declared together, are two payouts */
        const char *v1 = event_get_str(x, "action"), *v2 = event_get_str(y, "action");
        if (v1 && v2 && (strcmp(v1, "special") == 0) != (strcmp(v2, "special") == 0)) return 0;
    }
    if (x->type == EVENT_CORPORATE_EVENT) {
        const char *n1 = event_get_str(x, "name"), *n2 = event_get_str(y, "name");
        if (n1 && n2 && strcasecmp(n1, n2) != 0) return 0;
    }
    (void)a;
    return 1;
}

/* Are x and y moves of the same company's same instrument (or one unnamed), neither a past
 * one told as context, x dated nd (the day y's sentence tells)? */
static int same_day_move(const event_t *x, const event_t *y, const char *nd)
{
    if (x->type != EVENT_SHARE_MOVE || y->type != EVENT_SHARE_MOVE ||
        x->ncompanies != y->ncompanies || strcmp(x->occurred_on, nd) != 0)
        return 0;
    for (size_t i = 0; i < x->ncompanies; i++)
        if (!event_has_company(y, x->companies[i].id)) return 0;
    int cx = 0, cy = 0;
    event_get_bool(x, "context", &cx);
    event_get_bool(y, "context", &cy);
    if (cx || cy) return 0;
    const char *ix = event_get_str(x, "instrument"), *iy = event_get_str(y, "instrument");
    static const char *const equity[] = {"shares", "stock", NULL};
    int ex = !ix, ey = !iy;
    for (size_t k = 0; equity[k]; k++) {
        ex |= ix && strcmp(ix, equity[k]) == 0;
        ey |= iy && strcmp(iy, equity[k]) == 0;
    }
    const char *lx = event_get_str(x, "listing"), *ly = event_get_str(y, "listing");
    return ex && ey && !(lx && ly && strcmp(lx, ly) != 0);
}

/* Does every company of x appear in y with the same role? */
static int parties_within(const event_t *x, const event_t *y)
{
    for (size_t i = 0; i < x->ncompanies; i++) {
        int found = 0;
        for (size_t k = 0; k < y->ncompanies && !found; k++)
            found =
                strcmp(x->companies[i].id, y->companies[k].id) == 0 &&
                (x->companies[i].role == NULL) == (y->companies[k].role == NULL) &&
                (!x->companies[i].role || strcmp(x->companies[i].role, y->companies[k].role) == 0);
        if (!found) return 0;
    }
    return 1;
}

/* Is id s the first word of id l ("pennant" of "pennant-living")? */
static int short_id(const char *s, const char *l)
{
    size_t n = strlen(s);
    return !strchr(s, '-') && strlen(l) > n && strncmp(l, s, n) == 0 && l[n] == '-';
}

/* Is id l id s with words before it ("korean-ai-startup-hwaseong-labs" of "hwaseong-labs": a
 * headline's descriptions run into the name)? */
static int tail_id(const char *l, const char *s)
{
    size_t n = strlen(s), m = strlen(l);
    if (!(n >= 5 && m > n + 1 && strcmp(l + m - n, s) == 0 && l[m - n - 1] == '-')) return 0;
    /* (two words before it at least: not a person's first name, "sumner-redstone") */
    const char *dash = memchr(l, '-', m - n - 1);
    return dash != NULL;
}

/* Do ids s and l open with the same word of five letters or more, one not many names open
 * with ("medford" of "medford-labs" and "medford-laboratories"), or is s a group named by
 * the surname l ends with? */
static int shared_word(const char *s, const char *l)
{
    static const char *const common[] = {
        "first",    "general", "united",   "national", "american", "international", "pacific",
        "western",  "eastern", "southern", "northern", "central",  "federal",       "security",
        "standard", "capital", "global",   "royal",    "allied",   "continental",   NULL};
    const char *e = strchr(s, '-'), *f = strchr(l, '-');
    size_t n = e ? (size_t)(e - s) : strlen(s), m = f ? (size_t)(f - l) : strlen(l);
    /* (or a group named by the surname of the person who leads it: "HALVERSON GROUP" of
     * "Peter Halverson") */
    const char *last = strrchr(l, '-');
    if (n >= 5 && last && strlen(last + 1) == n && strncmp(s, last + 1, n) == 0 && e &&
        strcmp(e + 1, "group") == 0)
        return 1;
    if (n < 5 || n != m || strncmp(s, l, n) != 0 || (!e && !f)) return 0;
    for (size_t c = 0; common[c]; c++)
        if (strlen(common[c]) == n && strncmp(common[c], s, n) == 0) return 0;
    return 1;
}

/* Is a name written all in capitals (a wire headline's)? */
static int caps_name(const char *name)
{
    for (const char *p = name; p && *p; p++)
        if (*p >= 'a' && *p <= 'z') return 0;
    return 1;
}

/* Do x and y name the same parties in the same roles, one of them by a short form ("Pennant"
 * in a headline, "Pennant Living" in the lead), or one by another form of its name beside
 * a party both name alike ("MEDFORD LABS" in a headline, "Medford Laboratories Inc" in the
 * lead, the same buyer in both)? When so, x takes y's names. */
static int parties_short(art_t *a, event_t *x, const event_t *y)
{
    if (x->ncompanies != y->ncompanies || x->ncompanies > 8) return 0;
    int shorter = 0, same = 0, other = 0;
    size_t with[8]; /* the company of y each of x's matched (one of y's longer names to take) */
    for (size_t i = 0; i < x->ncompanies; i++) {
        const event_company_t *c = &x->companies[i];
        int found = 0;
        with[i] = (size_t)-1;
        for (size_t k = 0; k < y->ncompanies && !found; k++) {
            const event_company_t *d = &y->companies[k];
            if ((c->role == NULL) != (d->role == NULL) || (c->role && strcmp(c->role, d->role)))
                continue;
            if (strcmp(c->id, d->id) == 0)
                found = 1, same++;
            else if (short_id(c->id, d->id) || short_id(d->id, c->id))
                found = shorter = 1, with[i] = short_id(c->id, d->id) ? k : (size_t)-1;
            else if (tail_id(c->id, d->id))
                found = shorter = 1, with[i] = k;
            /* (another form: the name written in mixed case wins over a headline's capitals) */
            else if (shared_word(c->id, d->id) && caps_name(c->name) && !caps_name(d->name))
                found = other = 1, with[i] = k;
        }
        if (!found) return 0;
    }
    if (!shorter && !(other && same)) return 0;
    for (size_t i = 0; i < x->ncompanies; i++) {
        size_t k = with[i];
        /* (a form of a name beside no party named alike is not taken) */
        if (k == (size_t)-1 || (!short_id(x->companies[i].id, y->companies[k].id) &&
                                !tail_id(x->companies[i].id, y->companies[k].id) && !same))
            continue;
        if (event_set_string(&x->companies[i].id, y->companies[k].id) ||
            event_set_string(&x->companies[i].name, y->companies[k].name))
            a->oom = 1;
    }
    return 1;
}

/* The company of ev in role r (or r2), or NULL; n counts them. */
static const event_company_t *role_company(const event_t *ev, const char *r, const char *r2,
                                           size_t *n)
{
    const event_company_t *c = NULL;
    *n = 0;
    for (size_t i = 0; i < ev->ncompanies; i++) {
        const char *q = ev->companies[i].role;
        if (q && (strcmp(q, r) == 0 || (r2 && strcmp(q, r2) == 0))) c = &ev->companies[i], (*n)++;
    }
    return c;
}

/* A sale told in two halves with its seller named in both ("Cronus Industries said it sold
 * Southwestern Engineering", then "Senior Engineering Group said it bought the unit from
 * Cronus"): one event has the buyer and no target, the other the target and no buyer. When
 * o and ev are such halves of one seller's sale, o takes the side it lacks and 1 is
 * returned. (ev stays an event of its own sentence: the detector counts the rules' events.) */
static int sale_halves(art_t *a, event_t *o, const event_t *ev)
{
    size_t ns1, ns2, nb1, nb2, nt1, nt2;
    if (o->ncompanies != 2 || ev->ncompanies != 2) return 0;
    const event_company_t *s1 = role_company(o, "seller", NULL, &ns1);
    const event_company_t *s2 = role_company(ev, "seller", NULL, &ns2);
    if (ns1 != 1 || ns2 != 1 || strcmp(s1->id, s2->id) != 0) return 0;
    const event_company_t *b1 = role_company(o, "acquirer", "investor", &nb1);
    const event_company_t *b2 = role_company(ev, "acquirer", "investor", &nb2);
    (void)role_company(o, "target", "investee", &nt1);
    const event_company_t *t2 = role_company(ev, "target", "investee", &nt2);
    const event_company_t *add = NULL;
    if (nb1 == 1 && nt1 == 0 && nb2 == 0 && nt2 == 1)
        add = t2;
    else if (nb1 == 0 && nt1 == 1 && nb2 == 1 && nt2 == 0)
        add = b2;
    if (!add || event_has_company(o, add->id) || strcmp(add->id, s1->id) == 0 ||
        (b1 && strcmp(add->id, b1->id) == 0))
        return 0;
    if (event_add_company(o, add->id, add->name, add->ticker, add->role)) a->oom = 1;
    return 1;
}

/* A deal told twice, once with fewer parties ("TO BUY REXNORD UNIT", then "to buy Rexnord's
 * Railway Maintenance unit"): the earlier event of the segment whose parties include the
 * new one's, or are included in them (then it gets the new parties). Looks at the last
 * few events only, so a long article stays linear; past: ev is a deal of an earlier time,
 * which changes no other. Returns the event or NULL. */
static event_t *deal_same(art_t *a, const sent_t *s, const event_t *ev, int past)
{
    if (ev->type != EVENT_ACQUISITION && ev->type != EVENT_INVESTMENT) return NULL;
    size_t n = a->out->n - a->out_base, lo = n > 16 ? n - 16 : 0;
    int cx = 0;
    event_get_bool(ev, "context", &cx);
    for (size_t i = lo; i < n; i++) {
        event_t *o = &a->out->items[a->out_base + i];
        if (a->ev_seg[i] != s->seg || o->type != ev->type) continue;
        /* (news and a past deal told as context stay apart) */
        int co = 0;
        event_get_bool(o, "context", &co);
        if (co != cx) continue;
        if (parties_within(ev, o)) return o;
        if (parties_short(a, o, ev)) return o;
        /* (a deal of the past, dropped when it meets one told before, gives that one no
         * party: "the sale of its trucking business to Dervock Freight Lines Inc last year"
         * names no buyer of today's sale) */
        if (past) continue;
        if (sale_halves(a, o, ev)) break;
        if (parties_within(o, ev)) {
            for (size_t k = 0; k < ev->ncompanies; k++) {
                const event_company_t *c = &ev->companies[k];
                if (!event_has_company(o, c->id) &&
                    event_add_company(o, c->id, c->name, c->ticker, c->role))
                    a->oom = 1;
            }
            return o;
        }
    }
    return NULL;
}

/* "Stalham Corp said its acquisition of Ludham Mills Inc was completed on Friday ... Stalham
 * bought 91.4 pct of Ludham's shares ... in a tender offer that ended June 12": a majority
 * stake (or one bought in a tender offer) of the company a completed deal the segment told
 * buys whole is a step of that deal, no deal of its own. */
static int deal_step(const art_t *a, const sent_t *s, const event_t *ev)
{
    int cx = 0;
    double st = 0;
    event_get_bool(ev, "context", &cx);
    if (ev->type != EVENT_INVESTMENT || cx || s == a->sents) return 0;
    static const char *const tender_w[] = {"tender", "tendered", NULL};
    if (!(event_get_num(ev, "stake_percent", &st) && st >= 50) &&
        ex_ty_find(a, s->t0, s->t1, tender_w) < 0)
        return 0;
    const char *inv = NULL, *tgt = NULL;
    for (size_t k = 0; k < ev->ncompanies; k++) {
        const char *r = ev->companies[k].role;
        if (r && strcmp(r, "investor") == 0) inv = ev->companies[k].id;
        if (r && strcmp(r, "investee") == 0) tgt = ev->companies[k].id;
    }
    size_t n = a->out->n - a->out_base;
    for (size_t i = 0; inv && tgt && i < n; i++) {
        const event_t *o = &a->out->items[a->out_base + i];
        int co = 0;
        event_get_bool(o, "context", &co);
        const char *ost = event_get_str(o, "status");
        if (a->ev_seg[i] != s->seg || o->type != EVENT_ACQUISITION || co || !ost ||
            strcmp(ost, "completed") != 0)
            continue;
        size_t na, nt;
        const event_company_t *oa = role_company(o, "acquirer", NULL, &na),
                              *ot = role_company(o, "target", NULL, &nt);
        if (oa && ot && strcmp(oa->id, inv) == 0 && strcmp(ot->id, tgt) == 0) return 1;
    }
    return 0;
}

/* A hash of what key_same compares first: type, segment and the set of company ids. */
static uint64_t key_hash(const event_t *ev, int seg)
{
    uint64_t h =
        (uint64_t)ev->type * 0x9E3779B97F4A7C15ull ^ (uint64_t)(seg + 1) << 32 ^ ev->ncompanies;
    for (size_t i = 0; i < ev->ncompanies; i++)
        h += extract_tok_hash(ev->companies[i].id, strlen(ev->companies[i].id));
    return h;
}

/* Merges the records of list f (borrowed) into o's list of that name: a record whose
 * "metric" is already there fills that record's missing fields, another is appended. */
static void merge_records(art_t *a, event_t *o, const event_field_t *f)
{
    for (size_t j = 0; j < f->nitems; j++) {
        const event_record_t *r = &f->items[j];
        const event_field_t *m = event_record_get(r, "metric");
        const event_field_t *g = event_get(o, f->key);
        event_record_t *t = NULL;
        for (size_t i = 0; m && m->kind == EVENT_FIELD_STR && i < g->nitems && !t; i++) {
            const event_field_t *n = event_record_get(&g->items[i], "metric");
            if (n && n->kind == EVENT_FIELD_STR && strcmp(n->str, m->str) == 0) t = &g->items[i];
        }
        if (!t && !(t = event_add_record(o, f->key))) {
            a->oom = 1;
            return;
        }
        for (size_t k = 0; k < r->n; k++) {
            const event_field_t *x = &r->fields[k];
            int rc = 0;
            if (event_record_get(t, x->key)) continue;
            if (x->kind == EVENT_FIELD_NUM)
                rc = event_record_set_num(t, x->key, x->num);
            else if (x->kind == EVENT_FIELD_BOOL)
                rc = event_record_set_bool(t, x->key, x->num != 0);
            else
                rc = event_record_set_str(t, x->key, x->str);
            if (rc) a->oom = 1;
        }
    }
}

/* Does every company of ev have role r? */
static int all_role(const event_t *ev, const char *r)
{
    for (size_t i = 0; i < ev->ncompanies; i++)
        if (!ev->companies[i].role || strcmp(ev->companies[i].role, r) != 0) return 0;
    return 1;
}

/* A deal first told as one between peers ("terminated merger talks with Environmental"),
 * then with its sides ("Environmental, which was considering buying ChemClear"): the same
 * companies (key_same) take the sides of the later telling. The roles move from ev, which
 * is dropped after, to o. */
static void take_sides(event_t *o, event_t *ev)
{
    if (o->type != EVENT_ACQUISITION || !all_role(o, "party")) return;
    for (size_t i = 0; i < ev->ncompanies; i++)
        if (!ev->companies[i].role || strcmp(ev->companies[i].role, "party") == 0) return;
    for (size_t i = 0; i < o->ncompanies; i++)
        for (size_t k = 0; k < ev->ncompanies; k++)
            if (strcmp(o->companies[i].id, ev->companies[k].id) == 0) {
                char *r = o->companies[i].role;
                o->companies[i].role = ev->companies[k].role;
                ev->companies[k].role = r;
                break;
            }
}

/* The index of ev's company in role, or -1. */
static long company_in_role(const event_t *ev, const char *role)
{
    for (size_t c = 0; c < ev->ncompanies; c++)
        if (ev->companies[c].role && strcmp(ev->companies[c].role, role) == 0) return (long)c;
    return -1;
}

/* "Meriden Defense wins $1.1 billion Army radio contract" over "Meriden Defense Systems was
 * awarded a $1.1 billion contract by the U.S. Army": a contract of the same supplier in the
 * segment, one of the two naming no customer, is the same contract (the customer joins it).
 * Looks at the segment's last 64 events only. */
static event_t *contract_same(art_t *a, const sent_t *s, event_t *ev)
{
    if (ev->type != EVENT_CONTRACT) return NULL;
    long sup = company_in_role(ev, "supplier"), cus = company_in_role(ev, "customer");
    if (sup < 0) return NULL;
    size_t n = a->out->n - a->out_base;
    for (size_t i = n; i-- > 0 && i + 64 >= n;) {
        event_t *o = &a->out->items[a->out_base + i];
        if (o->type != EVENT_CONTRACT || a->ev_seg[i] != s->seg) continue;
        long osup = company_in_role(o, "supplier"), ocus = company_in_role(o, "customer");
        if (osup < 0 || strcmp(o->companies[osup].id, ev->companies[sup].id) != 0 ||
            (ocus >= 0 && cus >= 0))
            continue;
        /* (sums in two currencies cannot be compared: "wins $940 million truck battery order"
         * over "a 1.3 trillion won ($940 million) order") */
        double x, y;
        const char *cx = event_get_str(o, "currency"), *cy = event_get_str(ev, "currency");
        if (event_get_num(o, "amount", &x) && event_get_num(ev, "amount", &y) && x != y &&
            !(cx && cy && strcmp(cx, cy) != 0))
            continue;
        if (cus >= 0 && ocus < 0 &&
            event_add_company(o, ev->companies[cus].id, ev->companies[cus].name,
                              ev->companies[cus].ticker, "customer"))
            a->oom = 1;
        return o;
    }
    return NULL;
}

/* "GRANBY INDUSTRIES <GRBY> SETTLES SUIT WITH OAKRIDGE <OAKS>" then "Granby Industries Inc
 * said it agreed to pay Oakridge Systems Inc 12.5 mln dlrs to settle a lawsuit": the body's
 * case names the headline's one party and the other; the headline's event takes its sides. */
static event_t *legal_same(art_t *a, const sent_t *s, event_t *ev)
{
    if (ev->type != EVENT_LEGAL || ev->ncompanies < 2 || !a->nsents || s == a->sents) return NULL;
    const char *act = event_get_str(ev, "action");
    size_t n = a->out->n - a->out_base;
    for (size_t i = 0; i < n && i < 16; i++) {
        event_t *o = &a->out->items[a->out_base + i];
        if (o->type != EVENT_LEGAL || a->ev_seg[i] != s->seg || o->ncompanies != 1 ||
            o->source.offset != (long long)a->sents[0].off ||
            !event_has_company(ev, o->companies[0].id))
            continue;
        const char *oa = event_get_str(o, "action");
        int cx = 0, co = 0;
        event_get_bool(ev, "context", &cx);
        event_get_bool(o, "context", &co);
        if ((oa && act && strcmp(oa, act) != 0) || cx != co) continue;
        for (size_t k = 0; k < ev->ncompanies; k++) {
            const event_company_t *c = &ev->companies[k];
            if (strcmp(c->id, o->companies[0].id) == 0) {
                if (c->role && event_set_string(&o->companies[0].role, c->role)) a->oom = 1;
            } else if (event_add_company(o, c->id, c->name, c->ticker, c->role))
                a->oom = 1;
        }
        return o;
    }
    return NULL;
}

/* A legal action of another kind told "Separately" or "In a separate matter" is another
 * case ("agreed to pay $185 million to settle ..." then "Separately, shareholders sued the
 * bank"), not the same one told again; so is one of another kind for another sum ("$310
 * million to settle a Treasury investigation" then "a regulator, which fined it $95
 * million"). */
/* "was sued by the U.S. Federal Trade Commission", then "disclosed that the enforcement
 * division of the Securities and Exchange Commission is investigating": does sentence s name
 * a regulator the sentence of o does not (another authority, another case)? */
static int legal_other_regulator(const art_t *a, const sent_t *s, const event_t *o)
{
    const sent_t *os = NULL;
    for (size_t i = 0; i < a->nsents && !os; i++)
        if (a->sents[i].off == (uint32_t)o->source.offset) os = &a->sents[i];
    if (!os) return 0;
    for (size_t k = 0; k < a->nments; k++) {
        const ment_t *m = &a->ments[k];
        if (!m->regulator || m->t0 < s->t0 || m->t1 > s->t1) continue;
        char name[64];
        size_t b0 = ex_tk(a, m->t0)->off, b1 = ex_tk(a, m->t1 - 1)->off + ex_tk(a, m->t1 - 1)->len;
        if (b1 - b0 >= sizeof name) continue;
        memcpy(name, a->text + b0, b1 - b0);
        name[b1 - b0] = 0;
        /* (by any of its names: "FTC PENALTY" over "Federal Trade Commission charges") */
        const registry_entry_t *en = m->co.ent;
        if (ex_ty_find_one(a, os->t0, os->t1, name) < 0 &&
            !(en && en->id && ex_ty_find_one(a, os->t0, os->t1, en->id) >= 0) &&
            !(en && en->name && ex_ty_find_one(a, os->t0, os->t1, en->name) >= 0))
            return 1;
    }
    return 0;
}

static int separate_case(const art_t *a, const sent_t *s, const event_t *o, const event_t *ev)
{
    /* "an outlook including sales growth of 1% to 3% and earnings per share of $3.10 to $3.25":
     * two metrics forecast in one sentence are two outlooks */
    if (ev->type == EVENT_GUIDANCE && o->source.offset == (long long)s->off) {
        const char *x = event_get_str(o, "metric"), *y = event_get_str(ev, "metric");
        return x && y && strcmp(x, y) != 0;
    }
    /* "sold $2.25 billion of bonds" then "The company also priced 750 million euros of
     * eight-year notes in Europe": a financing in another currency, or told as another, is
     * another (not "The longest portion, $1 billion of 30-year bonds", a part of the first) */
    if (ev->type == EVENT_FINANCING && o->source.offset != (long long)s->off) {
        const char *x = event_get_str(o, "currency"), *y = event_get_str(ev, "currency");
        static const char *const also[] = {"also", "separately", "another", "additional", NULL};
        /* (but the headline's financing told again: "Secures $200 Million Term Loan
         * Facility", then "Nettlecombe also announced that it has entered into a ... term loan
         * facility of up to $200 million") */
        /* (or a release's highlight bullet: "- Company secures up to $300 million term loan
         * facility"; the same sum told again is the same financing) */
        double m, n;
        int head = a->nsents &&
                   o->source.offset <= (long long)a->sents[a->nsents > 8 ? 8 : a->nsents - 1].off &&
                   event_get_num(o, "amount", &m) && event_get_num(ev, "amount", &n) && m == n;
        return x && y && (strcmp(x, y) != 0 || (!head && ex_ty_find(a, s->t0, s->t1, also) >= 0));
    }
    if (ev->type != EVENT_LEGAL || o->source.offset == (long long)s->off) return 0;
    const char *x = event_get_str(o, "action"), *y = event_get_str(ev, "action");
    if (!x || !y || strcmp(x, y) == 0) return 0;
    double m, n;
    if (event_get_num(o, "amount", &m) && event_get_num(ev, "amount", &n) && m != n) return 1;
    if (legal_other_regulator(a, s, o)) return 1;
    return s->t0 < s->t1 && (ex_tok_is(a, s->t0, "separately") ||
                             (s->t0 + 2 < s->t1 && ex_tok_is(a, s->t0 + 2, "separate")));
}

/* Adds ev (its contents are stolen) unless an event with the same key exists in the same
 * segment, in which case the missing fields are merged into that one. */
/* The status a deal first told in the headline (o) takes from the body's telling of it (ev),
 * or NULL to keep its own: the body tells it more exactly. "Why Brightwave Paid $2 Billion for
 * Chatterly" over "Brightwave has agreed to buy Chatterly" is agreed; "PELL BUYS LANSDALE
 * DIVISION ASSETS" (a headline's present tense) over "Pell said it bought the assets" is done;
 * "drops bid for" over "had withdrawn its offer" ends as the body says. */
static const char *headline_status(const art_t *a, const sent_t *s, const event_t *o,
                                   const event_t *ev)
{
    if ((o->type != EVENT_ACQUISITION && o->type != EVENT_INVESTMENT) || s == a->sents ||
        !a->nsents || o->source.offset != (long long)a->sents[0].off)
        return NULL;
    const char *os = event_get_str(o, "status"), *ns = event_get_str(ev, "status");
    if (!os || !ns || strcmp(os, ns) == 0) return NULL;
    /* (not a telling of a month gone by: "Landerneau agreed to sell the unit in June" under
     * "COMPLETES SALE OF PAIMPOL UNIT", "agreed to buy Zumaia in December") */
    if (ex_ty_past_month(a, s->t0, s->t1)) return NULL;
    if (strcmp(os, "completed") == 0 && strcmp(ns, "announced") == 0)
        return ex_sent_has_word(a, s, extract_tok_hash("agreed", 6)) ||
                       ex_sent_has_word(a, s, extract_tok_hash("agrees", 6))
                   ? ns
                   : NULL;
    if (strcmp(os, "announced") == 0 && strcmp(ns, "completed") == 0) return ns;
    /* ("GROUP HAS 8.7 PCT OF HASSELT FOODS, MAY SEEK CONTROL" over "said it has acquired
     * 1,215,400 shares": a stake held, whatever control it may seek) */
    if (o->type == EVENT_INVESTMENT && strcmp(os, "talks") == 0 && strcmp(ns, "completed") == 0)
        return ns;
    /* "STARTS BID FOR MERRIMACK" over "began a tender offer of 31 dlrs a share": an offer
     * made is announced */
    if (strcmp(os, "talks") == 0 && strcmp(ns, "announced") == 0 && o->type == EVENT_ACQUISITION) {
        static const char *const made[] = {
            "began",  "begun",  "begins", "launched", "launches", "commenced", "started", "starts",
            "raised", "raises", "made",   "makes",    "offered",  "agreed",    NULL};
        return ex_ty_find(a, s->t0, s->t1, made) >= 0 ? ns : NULL;
    }
    if ((strcmp(os, "talks") == 0 || strcmp(os, "announced") == 0) &&
        (strcmp(ns, "terminated") == 0 || strcmp(ns, "rejected") == 0))
        return ns;
    return NULL;
}

void ex_emit(art_t *a, const sent_t *s, event_t *ev, const char *date)
{
    long i, first = -1;
    if (a->oom) goto drop;
    /* a government buyer of contracts (the registry's "government" sector) buys and sells
     * no companies: "the U.S. Air Force" read as a plant's buyer is a misreading; nor does it
     * bring out products ("NASA's first successful launch of the year") */
    if (ev->type == EVENT_ACQUISITION || ev->type == EVENT_INVESTMENT ||
        ev->type == EVENT_PRODUCT_ANNOUNCEMENT)
        for (size_t c = 0; c < ev->ncompanies; c++) {
            const registry_entry_t *en = registry_find(a->x->reg, ev->companies[c].id);
            if (en && en->sector && strstr(en->sector, "government")) goto drop;
        }
    uint64_t kh = key_hash(ev, s->seg);
    /* a deal in a sentence that dates itself in an earlier year ("Kaizan first invested in
     * Lyrion in 2019, buying a 20% stake") is a past one, not more of the one an earlier
     * sentence reports (the context rule judges it after it is emitted) */
    /* (not a year in a relative clause: "Stanhope Corp, which acquired Dorrance Tire Co in
     * 1985, said it agreed to sell") */
    /* (and one of "last year": "KKR ... last year bought a cooling-systems unit from a
     * Japanese conglomerate" changes nothing of the sale the article reports) */
    /* (or a tally "since 1984": "Conway has sold or closed five plants since 1984") */
    int past = (ev->type == EVENT_ACQUISITION || ev->type == EVENT_INVESTMENT) &&
               (ex_ty_past_year_main(a, s->t0, s->t1) ||
                ex_ty_find_phrase(a, s->t0, s->t1, ex_ty_last_year, NULL) >= 0 ||
                ex_ty_since_past_year(a, s->t0, s->t1));
    if (deal_step(a, s, ev)) goto drop;
    /* the earliest event of the segment with the same key */
    for (i = htab_first(&a->ev_idx, kh); i >= 0; i = htab_next(&a->ev_idx, i)) {
        event_t *o = &a->out->items[a->out_base + (size_t)i];
        if (a->ev_seg[i] == s->seg && key_same(a, o, ev) && !separate_case(a, s, o, ev)) first = i;
    }
    /* ("jumped as much as 22% in Seoul", then "The stock closed 14.6% higher": one move of a
     * day, told twice, the first telling's figure) */
    if (first < 0 && ev->type == EVENT_SHARE_MOVE && s->seg == 0) {
        char wk0[11];
        const char *nd = date && *date ? date : ex_weekday_date(a, s, wk0) ? wk0 : a->dateline;
        for (i = htab_first(&a->ev_idx, kh); i >= 0 && nd && *nd; i = htab_next(&a->ev_idx, i)) {
            event_t *o = &a->out->items[a->out_base + (size_t)i];
            if (a->ev_seg[i] == s->seg && same_day_move(o, ev, nd)) first = i;
        }
    }
    event_t *o =
        first >= 0 ? &a->out->items[a->out_base + (size_t)first] : deal_same(a, s, ev, past);
    if (!o) o = contract_same(a, s, ev);
    if (!o) o = legal_same(a, s, ev);
    /* (a later sentence dated in an earlier year tells of the past: "Okada bought a 15%
     * interest in a Chilean copper mine in 2022" changes nothing of the stake the article
     * reports, not even its status) */
    if (o && past && o->source.offset != (long long)s->off) goto drop;
    if (o && first >= 0) take_sides(o, ev);
    char wk[11];
    /* In the news of the day (the first segment), a day after the story's is a schedule, not
     * when the news happened: "would propose a net dividend ... at the annual meeting on June
     * 11", "will report its results on March 3", "said on Tuesday that Chief Executive Daniel
     * Whitcombe would retire on Aug. 1"; the sentence's weekday dates it, else the dateline
     * ("approved a reverse split on Tuesday, subject to approval at the annual meeting on June
     * 9" took place on Tuesday). A corporate event is dated by its own day ("will hold its
     * conference on March 18"). */
    if (s->seg == 0 && date && strlen(date) == 10 && ev->type != EVENT_CORPORATE_EVENT &&
        a->dateline[0] && strcmp(date, a->dateline) > 0)
        date = NULL;
    if (o) {
        /* a telling dated by the dateline alone takes the day a later one names ("Corvane
         * to buy Helix" under "Corvane said on Monday it agreed to buy Helix") */
        const char *nd = date && *date ? date : ex_weekday_date(a, s, wk) ? wk : NULL;
        /* (not a day after the dateline: "will go on sale on Dec. 18" is a schedule; nor one
         * more than a week before it: "GMAC last tapped the market on March 5", told on March
         * 23, is an earlier issue) */
        long nday, dlday;
        if (s->seg == 0 && nd && strlen(nd) == 10 && a->dateline[0] &&
            strcmp(o->occurred_on, a->dateline) == 0 && strcmp(nd, a->dateline) < 0 &&
            !(date_parse_iso(nd, &nday) == 0 && date_parse_iso(a->dateline, &dlday) == 0 &&
              nday < dlday - 7))
            memcpy(o->occurred_on, nd, 11);
        const char *ns = headline_status(a, s, o, ev);
        if (ns) ex_set_str(a, o, "status", ns);

        /* ("ICC APPROVES ... PURCHASE" over "approved the acquisition ..., with conditions
         * meant to protect access for competing shippers": the body's conditions) */
        /* ("build EV parts factory in Hungary" over "in Debrecen, Hungary": the town told) */
        const char *ol = event_get_str(o, "location"), *el = event_get_str(ev, "location");
        if (ol && el && same_place(el, ol)) ex_set_str(a, o, "location", el);
        /* ("cuts outlook" over "lowered its 2024 sales forecast": the metric the body names) */
        const char *om = event_get_str(o, "metric"), *em = event_get_str(ev, "metric");
        /* (a change told the same way, not a whole guidance withdrawn, whose body lists what
         * it covered) */
        const char *od = event_get_str(o, "direction"), *ed = event_get_str(ev, "direction");
        if (o->type == EVENT_GUIDANCE && om && em && strcmp(om, "outlook") == 0 &&
            strcmp(em, "outlook") != 0 && od && ed && strcmp(od, ed) == 0 &&
            (strcmp(od, "raised") == 0 || strcmp(od, "lowered") == 0))
            ex_set_str(a, o, "metric", em);
        const char *os = event_get_str(o, "status"), *es = event_get_str(ev, "status");
        if (o->type == EVENT_REGULATORY_APPROVAL && os && es && strcmp(os, "approved") == 0 &&
            strcmp(es, "conditional") == 0)
            ex_set_str(a, o, "status", "conditional");
        /* (a later sentence dated in an earlier year tells of the past: it adds nothing to
         * the deal the article reports) */
        for (size_t k = 0; k < ev->ndata && !(past && o->source.offset != (long long)s->off); k++) {
            const event_field_t *f = &ev->data[k], *g = event_get(o, f->key);
            if (g && f->kind == EVENT_FIELD_LIST && g->kind == EVENT_FIELD_LIST)
                merge_records(a, o, f);
            /* (a deal's kind is its first telling's: a remedy sale told later is no kind of it) */
            /* (but the body tells what a headline's "BID FOR" is: "began a tender offer") */
            else if (!g && strcmp(f->key, "kind") == 0 && o->type == EVENT_ACQUISITION &&
                     !(f->kind == EVENT_FIELD_STR && f->str &&
                       strcmp(f->str, "tender_offer") == 0 && a->nsents &&
                       o->source.offset == (long long)a->sents[0].off))
                continue;
            /* (a dividend suspended pays nothing: "omitted the quarterly dividend, which had
             * been 12 cts a share", then "It cut the payout to 12 cts from 20 cts in October"
             * give it no sum and no change) */
            else if (!g && o->type == EVENT_DIVIDEND && event_get_str(o, "action") &&
                     strcmp(event_get_str(o, "action"), "suspended") == 0 &&
                     (strcmp(f->key, "amount_per_share") == 0 ||
                      strcmp(f->key, "change_percent") == 0 || strcmp(f->key, "currency") == 0))
                continue;
            else if (!g && event_set_field(o, f))
                a->oom = 1;
        }
        goto drop;
    }
    if (s->seg == 0) {
        const char *d = date && *date ? date : ex_weekday_date(a, s, wk) ? wk : a->dateline;
        if (*d) memcpy(ev->occurred_on, d, 11);
        /* "Deere said on Jan. 14 it would cut about 200 more jobs", told in February: a day
         * more than a week before the story's is background, not its news */
        long dd, dl;
        if (d == date && a->dateline[0] && date_parse_iso(d, &dd) == 0 &&
            date_parse_iso(a->dateline, &dl) == 0 && dd < dl - 7 &&
            event_set_bool(ev, "context", 1))
            a->oom = 1;
    } else if (date && *date && strlen(date) == 10) {
        memcpy(ev->occurred_on, date, 11);
    }
    ev->source.offset = s->off;
    ev->source.length = (long long)s->end - s->off;
    if (event_set_string(&ev->source.doc, a->in->doc) ||
        event_set_string(&ev->source.name, a->in->name) ||
        event_set_string(&ev->source.title, a->in->title) ||
        !(ev->source.sentence = sentence_text(a, s))) {
        a->oom = 1;
        goto drop;
    }
    if (event_validate(ev, NULL) != 0) goto drop;
    size_t idx = a->out->n - a->out_base;
    if (ex_grow((void **)&a->ev_seg, &a->ev_cap, idx + 1, sizeof *a->ev_seg) ||
        htab_add(&a->ev_idx, kh) || event_list_push(a->out, ev)) {
        a->oom = 1;
        goto drop;
    }
    a->ev_seg[idx] = s->seg;
    return;
drop:
    event_release(ev);
}

/* The first company (or, with role, the company of that role) of the latest event of type,
 * of the sentence at byte off, or of any sentence of the article when off < 0; 1 when there
 * is one. */
static int event_company(const art_t *a, long long off, event_type_t type, const char *role,
                         co_t *out)
{
    for (size_t i = a->out->n; i-- > a->out_base;) {
        const event_t *d = &a->out->items[i];
        if (off >= 0 && d->source.offset < off) return 0;
        if ((off >= 0 && d->source.offset != off) || d->type != type || !d->ncompanies) continue;
        size_t c = 0;
        while (role && c < d->ncompanies &&
               !(d->companies[c].role && strcmp(d->companies[c].role, role) == 0))
            c++;
        if (c == d->ncompanies) continue;
        const registry_entry_t *en = registry_find(a->x->reg, d->companies[c].id);
        int pv = en ? -1 : ex_prov_find(a, d->companies[c].id);
        if (!en && pv < 0) continue;
        out->ent = en, out->prov = pv;
        return 1;
    }
    return 0;
}

size_t ex_out_recent(const art_t *a)
{
    return a->out->n > a->out_base + 32 ? a->out->n - 32 : a->out_base;
}

event_t *ex_seg_event(art_t *a, int seg, event_type_t type)
{
    for (size_t i = a->out->n; i-- > a->out_base;)
        if (a->out->items[i].type == type && a->ev_seg[i - a->out_base] == seg)
            return &a->out->items[i];
    return NULL;
}

int ex_sentence_event_company(const art_t *a, const sent_t *s, event_type_t type, co_t *out)
{
    return event_company(a, (long long)s->off, type, NULL, out);
}

int ex_sentence_event_party(const art_t *a, const sent_t *s, event_type_t type, const char *role,
                            co_t *out)
{
    return event_company(a, (long long)s->off, type, role, out);
}

int ex_article_event_company(const art_t *a, event_type_t type, co_t *out)
{
    return event_company(a, -1, type, NULL, out);
}

void ex_unemit_type(art_t *a, const sent_t *s, event_type_t type)
{
    size_t k = a->out_base, dropped = 0;
    for (size_t i = a->out_base; i < a->out->n; i++) {
        event_t *ev = &a->out->items[i];
        if (ev->type == type && ev->source.offset == (long long)s->off) {
            event_release(ev);
            dropped++;
            continue;
        }
        a->ev_seg[k - a->out_base] = a->ev_seg[i - a->out_base];
        a->out->items[k++] = *ev;
    }
    a->out->n = k;
    if (!dropped) return;
    /* the index holds positions: build it again */
    htab_release(&a->ev_idx);
    htab_init(&a->ev_idx);
    for (size_t i = a->out_base; i < a->out->n; i++)
        if (htab_add(&a->ev_idx, key_hash(&a->out->items[i], a->ev_seg[i - a->out_base])))
            a->oom = 1;
}

int ex_make_event(art_t *a, event_t *ev, event_type_t type, const party_t *p, size_t np)
{
    event_init(ev);
    ev->type = type;
    for (size_t i = 0; i < np; i++) {
        const char *id, *name, *tick;
        int dup = 0;
        ex_co_name(a, p[i].co, &id, &name, &tick);
        for (size_t k = 0; k < i; k++)
            if (ex_co_eq(a, p[k].co, p[i].co)) dup = 1;
        if (dup) continue;
        if (event_add_company(ev, id, name, tick, p[i].role)) {
            event_release(ev);
            return a->oom = 1, ERR_NOMEM;
        }
    }
    return 0;
}

void ex_set_str(art_t *a, event_t *ev, const char *k, const char *v)
{
    if (v && *v && event_set_str(ev, k, v)) a->oom = 1;
}

void ex_set_num(art_t *a, event_t *ev, const char *k, double v)
{
    if (event_set_num(ev, k, v)) a->oom = 1;
}

void ex_set_money(art_t *a, event_t *ev, const num_t *m, int qualifier)
{
    if (!m) return;
    ex_set_num(a, ev, "amount", m->v);
    ex_set_str(a, ev, "currency", m->cur);
    if (qualifier && m->qual) ex_set_str(a, ev, "qualifier", m->qual == 1 ? "up_to" : "about");
}
