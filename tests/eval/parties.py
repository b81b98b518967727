#!/usr/bin/env python3
"""Score deal parties (acquirer, target, seller) against a hand-annotated gold file.

usage: parties.py [--errors] [--json FILE] GOLD.tsv EVENTS.ndjson...

GOLD.tsv (tests/eval/parties/README.md): one article a line, tab-separated
    split  article  acquirer  target  seller  note
lines starting with '#' and blank lines are ignored. A party field lists
alternative names, tickers or ids separated by '|'; '-' stands for a party the
article does not name (and may be one alternative among others).

EVENTS.ndjson: what `seismo ingest --dry-run --format ndjson FILES...` prints;
source.name is the article's file name.

An article is correct (strict) when ONE acquisition or investment event has a
company in the role acquirer or investor that matches the gold acquirer AND a
different company in the role target or investee that matches the gold target.
A gold '-' is met by an event with no company in that role. When the gold
acquirer and target list the same names (a merger of equals, either direction
right), two different companies in the role party are right as well. The seller (role
seller, in any acquisition or investment event of the article) is scored
separately, on the articles whose gold names one.

Prints per-split and overall counts and accuracies; --errors adds the articles
scored wrong with the events found; --json FILE writes the figures as JSON.
Exit 0 when scored, 64 on usage, 65 on malformed input, 66 on a missing file.
"""
import json
import re
import sys

DEAL_TYPES = ("acquisition", "investment")
BUYER_ROLES = ("acquirer", "investor")
TARGET_ROLES = ("target", "investee")
SELLER_ROLES = ("seller",)
MERGER_ROLES = ("party",)  # both sides of "X and Y agreed to merge"
UNNAMED = "-"

# Trailing words that only say what legal form a company has. Stripped (repeatedly,
# from the end, never the first word) before names are compared. "Group" and
# "Holding(s)" are included: "Dart Group" and "Dart", "SHV Holdings" and "SHV" name
# the same firm in these articles. Words that tell firms apart are kept: Bank, Trust,
# Bancorp, Industries, International, Financial, Partners.
SUFFIXES = {
    "inc", "incorporated", "corp", "corporation", "co", "cos", "company", "companies",
    "ltd", "limited", "plc", "ag", "sa", "nv", "bv", "spa", "se", "gmbh", "kgaa",
    "llc", "lp", "llp", "bhd", "berhad", "pty", "kk", "ab", "asa", "oy", "oyj", "srl",
    "sdn", "sarl", "sendirian",
    "group", "holding", "holdings", "and",
}
TICKER = re.compile(r"^[A-Za-z0-9&-]+\.[A-Za-z]{1,2}$")  # BAEL.L, BAC.N, KLM.AS


class InputError(Exception):
    pass


def keys(text):
    """The comparison keys of one name, ticker or id: lowercased, '&' read as 'and',
    apostrophes dropped, other punctuation as spaces, a leading 'the' and trailing
    corporate suffixes removed, spaces removed ('B.F. Goodrich' = 'BF Goodrich');
    a ticker with an exchange mark also gives its bare form ('BAC.N' -> 'bac')."""
    out = set()
    forms = [text]
    if TICKER.match(text.strip()):
        forms.append(text.strip().split(".")[0])
    for form in forms:
        s = form.lower().replace("&", " and ")
        s = re.sub(r"['\u2019`]", "", s)
        s = re.sub(r"[^0-9a-z\u00c0-\u024f]+", " ", s)
        words = s.split()
        if len(words) > 1 and words[0] == "the":
            words = words[1:]
        while len(words) > 1 and words[-1] in SUFFIXES:
            words = words[:-1]
        if words:
            out.add("".join(words))
    return out


class Party:
    """One gold party field: alternative names (as key sets) and whether an unnamed
    party ('-') is one of the alternatives."""

    def __init__(self, field, what, where):
        alts = [a.strip() for a in field.split("|")]
        if any(not a for a in alts):
            raise InputError("%s: %s has an empty alternative in '%s'" % (where, what, field))
        self.text = field
        self.unnamed = UNNAMED in alts
        self.keys = set()
        for a in alts:
            if a != UNNAMED:
                k = keys(a)
                if not k:
                    raise InputError("%s: %s alternative '%s' has no letters or digits" % (where, what, a))
                self.keys |= k

    def named(self):
        return bool(self.keys)

    def matches(self, company):
        got = set()
        for f in ("id", "name", "ticker"):
            v = company.get(f)
            if isinstance(v, str) and v:
                got |= keys(v)
        return bool(got & self.keys)


def read_gold(path):
    rows, seen = [], {}
    try:
        f = open(path, encoding="utf-8")
    except OSError as e:
        raise FileNotFoundError("%s: %s" % (path, e.strerror))
    with f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            where = "%s:%d" % (path, n)
            cols = line.split("\t")
            if len(cols) == 5:
                cols.append("")
            if len(cols) != 6:
                raise InputError("%s: %d tab-separated columns, want 6 (split, article, acquirer, target, seller, note)" % (where, len(cols)))
            split, article, acq, tgt, seller, note = (c.strip() for c in cols)
            if not split or not article:
                raise InputError("%s: the split and article columns must not be empty" % where)
            if not acq or not tgt:
                raise InputError("%s: acquirer and target must be given (use '-' for a party the article does not name)" % where)
            if article in seen:
                raise InputError("%s: article %s already on line %d" % (where, article, seen[article]))
            seen[article] = n
            row = {
                "split": split, "article": article, "note": note, "line": n,
                "acquirer": Party(acq, "acquirer", where), "target": Party(tgt, "target", where),
                "seller": Party(seller, "seller", where) if seller else None,
            }
            row["symmetric"] = row["acquirer"].keys == row["target"].keys and not row["acquirer"].unnamed
            if not row["acquirer"].named() and not row["target"].named():
                raise InputError("%s: acquirer and target are both unnamed: nothing to score" % where)
            rows.append(row)
    if not rows:
        raise InputError("%s: no gold articles" % path)
    return rows


def read_events(paths, wanted):
    """Deal events by article name, for the articles in `wanted`."""
    events = {}
    for path in paths:
        try:
            f = open(path, encoding="utf-8")
        except OSError as e:
            raise FileNotFoundError("%s: %s" % (path, e.strerror))
        with f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    e = json.loads(line)
                    name = e["source"]["name"]
                    etype = e["type"]
                    companies = e.get("companies") or []
                    if not isinstance(companies, list) or not all(isinstance(c, dict) for c in companies):
                        raise ValueError("companies is not a list of objects")
                except (ValueError, KeyError, TypeError) as err:
                    raise InputError("%s:%d: not a seismo event (%s)" % (path, n, err))
                name = name.rsplit("/", 1)[-1]
                if name in wanted and etype in DEAL_TYPES:
                    events.setdefault(name, []).append(e)
    return events


def in_roles(company, roles):
    return company.get("role") in roles


def side_ok(party, companies, roles):
    """Indexes of the companies meeting the party in those roles; [None] when the
    party is met by its absence ('-' and nobody in those roles)."""
    idx = [i for i, c in enumerate(companies) if in_roles(c, roles) and party.matches(c)]
    if party.unnamed and not any(in_roles(c, roles) for c in companies):
        idx.append(None)
    return idx


def roles(row):
    """The roles that meet the gold acquirer and target: in a merger of equals (the
    gold lists the same names on both sides) two merging parties are right too."""
    if row["symmetric"]:
        return BUYER_ROLES + MERGER_ROLES, TARGET_ROLES + MERGER_ROLES
    return BUYER_ROLES, TARGET_ROLES


def strict_ok(row, event):
    companies = event.get("companies") or []
    buyer_roles, target_roles = roles(row)
    buyers = side_ok(row["acquirer"], companies, buyer_roles)
    targets = side_ok(row["target"], companies, target_roles)
    return any(b is None or t is None or b != t for b in buyers for t in targets)


def score(rows, events):
    per = {}
    wrong = []
    for row in rows:
        evs = events.get(row["article"], [])
        s = per.setdefault(row["split"], dict(articles=0, strict=0, acquirer=0, target=0, sellers=0, seller=0))
        s["articles"] += 1
        ok = any(strict_ok(row, e) for e in evs)
        s["strict"] += ok
        buyer_roles, target_roles = roles(row)
        s["acquirer"] += any(side_ok(row["acquirer"], e.get("companies") or [], buyer_roles) for e in evs)
        s["target"] += any(side_ok(row["target"], e.get("companies") or [], target_roles) for e in evs)
        seller_ok = None
        if row["seller"] is not None and row["seller"].named():
            s["sellers"] += 1
            seller_ok = any(in_roles(c, SELLER_ROLES) and row["seller"].matches(c)
                            for e in evs for c in (e.get("companies") or []))
            s["seller"] += seller_ok
        if not ok or seller_ok is False:
            wrong.append((row, evs, ok, seller_ok))
    total = dict(articles=0, strict=0, acquirer=0, target=0, sellers=0, seller=0)
    for s in per.values():
        for k in total:
            total[k] += s[k]
    return per, total, wrong


def frac(a, b):
    return "%4d/%-4d %.3f" % (a, b, a / b) if b else "%4d/%-4d   -  " % (a, b)


def describe(e):
    parts = ["%s:%s" % (c.get("role", "?"), c.get("name") or c.get("id") or "?") for c in e.get("companies") or []]
    return "%s [%s]" % (e["type"], ", ".join(parts))


def main(argv):
    args, show_errors, json_out = [], False, None
    it = iter(argv)
    for a in it:
        if a == "--errors":
            show_errors = True
        elif a == "--json":
            json_out = next(it, None)
            if json_out is None:
                return usage("--json needs a file name")
        elif a in ("-h", "--help"):
            print(__doc__.strip())
            return 0
        elif a.startswith("--"):
            return usage("unknown option %s" % a)
        else:
            args.append(a)
    if len(args) < 2:
        return usage("a gold file and at least one NDJSON file are needed")
    try:
        rows = read_gold(args[0])
        events = read_events(args[1:], {r["article"] for r in rows})
    except FileNotFoundError as e:
        print("parties: %s" % e, file=sys.stderr)
        return 66
    except InputError as e:
        print("parties: %s" % e, file=sys.stderr)
        return 65
    if not events:
        print("parties: warning: no acquisition or investment event names a gold article "
              "(are these the right NDJSON files?)", file=sys.stderr)
    per, total, wrong = score(rows, events)
    print("parties: %s (strict: one event with the right acquirer and the right target)" % args[0])
    print("%-10s %8s  %-15s %-15s %-15s %-15s" % ("split", "articles", "strict", "acquirer", "target", "seller"))
    for name in sorted(per) + ["all"]:
        s = total if name == "all" else per[name]
        print("%-10s %8d  %s %s %s %s" % (name, s["articles"], frac(s["strict"], s["articles"]),
                                         frac(s["acquirer"], s["articles"]), frac(s["target"], s["articles"]),
                                         frac(s["seller"], s["sellers"])))
    if show_errors:
        print("\nerrors (%d articles):" % len(wrong))
        for row, evs, ok, seller_ok in wrong:
            why = "strict" if not ok else "seller"
            print("%s %s [%s wrong] gold: acquirer=%s target=%s seller=%s" % (
                row["split"], row["article"], why, row["acquirer"].text, row["target"].text,
                row["seller"].text if row["seller"] else ""))
            for e in evs:
                print("    got " + describe(e))
            if not evs:
                print("    got no acquisition or investment event")
    if json_out:
        out = {"gold": args[0], "splits": per, "all": total,
               "strict": total["strict"] / total["articles"],
               "seller": total["seller"] / total["sellers"] if total["sellers"] else None}
        with open(json_out, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1, sort_keys=True)
            f.write("\n")
    return 0


def usage(msg):
    print("parties: %s\nusage: parties.py [--errors] [--json FILE] GOLD.tsv EVENTS.ndjson..." % msg, file=sys.stderr)
    return 64


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
