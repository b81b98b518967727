/* extract_rule_corporate: corporate events (conferences) and their host. */
#include "extract_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void ex_rule_corporate(art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    /* (the noun inside a company's name: "SUMMIT FINANCIAL END MERGER TALKS") */
    for (size_t q = 0; q < a->nments; q++)
        if (a->ments[q].t0 <= h->t0 && a->ments[q].t1 >= h->t1) return;
    size_t b = h->t0;
    while (b > s->t0 && ex_capword(a, b - 1) && h->t0 - b < 5 &&
           !ex_class_at(a, b - 1, h->t0, LEX_NOTNAME, NULL))
        b--;
    int proper = (ex_tk(a, h->t0)->flags & EXTRACT_TOK_UPPER) && h->t1 - h->t0 == 1;
    if (b == h->t0 && !proper) return;
    long k = ex_ment_before(a, b, s->t0);
    if (k >= 0 && a->ments[k].t1 > b) k = -1;
    co_t c;
    if (k < 0) {
        /* a company inside the name: "Nvidia GTC" */
        for (size_t q = 0; q < a->nments; q++)
            if (!a->ments[q].regulator && a->ments[q].t0 >= b && a->ments[q].t1 <= h->t1) {
                k = (long)q;
                break;
            }
    }
    if (k >= 0)
        c = a->ments[k].co;
    else if (!ex_resolve_desc(a, s, s->t0, b, NULL, 0, &c))
        return;
    party_t p = {c, "host"};
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_CORPORATE_EVENT, &p, 1)) return;
    char name[128];
    ex_span_text(a, b, h->t1, name, sizeof name);
    ex_set_str(a, &ev, "name", name);
    char place[64];
    if (ex_place_after(a, s, h->t1 - 1, place, sizeof place)) ex_set_str(a, &ev, "location", place);
    ex_emit(a, s, &ev, ex_sentence_date(a, 1));
}
