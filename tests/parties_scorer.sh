#!/usr/bin/env bash
# The deal-party scorer (tests/eval/parties.py) on a tiny synthetic gold file and
# event stream whose right answers are worked out by hand below: strict matching
# (one event with both parties), roles, lenient but honest name matching, unnamed
# parties, mergers of equals, seller accuracy, and clear errors on bad input.
# Needs only python3 (no seismo binary).
source "$(dirname "$0")/lib.sh"
SCORER="$(cd "$(dirname "$0")" && pwd)/eval/parties.py"
score() { python3 "$SCORER" "$@"; }

T=$'\t'
cat >"$TMP/gold.tsv" <<EOF
# split${T}article${T}acquirer${T}target${T}seller${T}note
s1${T}1.txt${T}Commerzbank${T}Linotype Group${T}Allied-Signal|ALD${T}suffixes, punctuation, seller by ticker
s1${T}2.txt${T}Commerzbank${T}Linotype${T}Allied-Signal${T}read backwards: wrong
s1${T}3.txt${T}Emerson Electric${T}Liebert${T}${T}parties right but in two events: wrong
s1${T}4.txt${T}-${T}Six Flags${T}Bally Manufacturing|BLY${T}unnamed buyer, nobody in the role: right
s1${T}5.txt${T}-${T}Six Flags${T}Bally${T}unnamed buyer but one invented: wrong
s1${T}6.txt${T}George Soros|Soros${T}B.F. Goodrich${T}${T}investor/investee roles, initials without dots: right
s2${T}7.txt${T}Fleet Financial|Norstar Bancorp${T}Norstar Bancorp|Fleet Financial${T}${T}merger of equals, party roles: right
s2${T}8.txt${T}Siebe${T}Ranco${T}${T}directed merger given as party roles: wrong
s2${T}9.txt${T}Bank of New York${T}Irving Bank${T}${T}name cut at 'of': wrong
s2${T}10.txt${T}Oak Industries${T}Railway Maintenance Equipment${T}Rexnord${T}no event at all: wrong
s2${T}11.txt${T}Kodak${T}Enzon${T}${T}right parties in a partnership event: wrong
s2${T}12.txt${T}Fleet Financial|Norstar Bancorp${T}Norstar Bancorp|Fleet Financial${T}${T}one company on both sides: wrong
s2${T}13.txt${T}The Dart Group Corp.${T}Supermarkets General${T}${T}5 columns (no note) are fine; leading 'the'; id match
EOF
# (13 has no note column on purpose)
sed -i 's/\(13\.txt.*Supermarkets General\t\)\t.*$/\1/' "$TMP/gold.tsv"

ev() { # ev ARTICLE TYPE ROLE:NAME[:ID[:TICKER]]...
    local name=$1 type=$2 c comps="" sep=""
    shift 2
    for c in "$@"; do
        IFS=: read -r role cname id ticker <<<"$c"
        comps+="$sep{\"role\":\"$role\",\"name\":\"$cname\",\"id\":\"${id:-x}\"${ticker:+,\"ticker\":\"$ticker\"}}"
        sep=,
    done
    printf '{"type":"%s","companies":[%s],"source":{"name":"%s"}}\n' "$type" "$comps" "$name"
}
{
    ev 1.txt acquisition "acquirer:Commerzbank AG" "target:Linotype Group Inc." "seller:A" "seller:X:ald:ALD.N"
    ev 2.txt acquisition "acquirer:Linotype" "target:Commerzbank" "seller:Allied-Signal"
    ev 3.txt acquisition "acquirer:Emerson Electric Co" "target:Ranco"
    ev 3.txt acquisition "acquirer:Siebe" "target:Liebert Corp"
    ev 4.txt acquisition "target:Six Flags" "seller:Bally Manufacturing Corp"
    ev 5.txt acquisition "acquirer:Marriott" "target:Six Flags"
    ev 6.txt investment "investor:George Soros" "investee:BF Goodrich Co"
    ev 7.txt acquisition "party:Norstar Bancorp Inc" "party:Fleet Financial Group"
    ev 8.txt acquisition "party:Ranco" "party:Siebe PLC"
    ev 9.txt acquisition "acquirer:York" "target:Irving Bank Corp"
    ev 11.txt partnership "partner:Kodak" "partner:Enzon"
    ev 12.txt acquisition "party:Fleet Financial"
    ev 13.txt acquisition "acquirer:Dart:dart-group" "target:Supermarkets General"
    ev 99.txt acquisition "acquirer:Commerzbank" "target:Linotype"
    echo
} >"$TMP/events.ndjson"

expect_exit 0 "scorer runs" score "$TMP/gold.tsv" "$TMP/events.ndjson"
cp "$TMP/out" "$TMP/plain"
# right: 1, 4, 6 (s1: 3 of 6); 7, 13 (s2: 2 of 7). Sellers named: 1 (right), 2
# (its seller is right though the parties are not), 4 (right), 5 (wrong), 10 (wrong).
contains "$TMP/plain" "s1                6     3/6    0.500" "s1 strict 3 of 6"
contains "$TMP/plain" "s2                7     2/7    0.286" "s2 strict 2 of 7"
contains "$TMP/plain" "all              13     5/13   0.385" "overall strict 5 of 13"
if grep -E '^all ' "$TMP/plain" | grep -qF "3/5    0.600"; then ok; else bad "seller 3 of 5: $(grep '^all' "$TMP/plain")"; fi
if grep -q "errors" "$TMP/plain"; then bad "errors listed without --errors"; else ok; fi

expect_exit 0 "scorer --errors" score --errors "$TMP/gold.tsv" "$TMP/events.ndjson"
contains "$TMP/out" "s1 2.txt [strict wrong]" "backwards sale listed"
contains "$TMP/out" "got acquisition [acquirer:Linotype, target:Commerzbank, seller:Allied-Signal]" "the events found are shown"
contains "$TMP/out" "s2 10.txt [strict wrong]" "article without events listed"
contains "$TMP/out" "got no acquisition or investment event" "absence of events said"
if grep -qE "^s[12] (1|4|6|7|13)\.txt " "$TMP/out"; then bad "a right article listed as wrong"; else ok; fi
if grep -q "99.txt" "$TMP/out"; then bad "an article outside the gold was scored"; else ok; fi

expect_exit 0 "scorer --json" score --json "$TMP/s.json" "$TMP/gold.tsv" "$TMP/events.ndjson"
check "json figures" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["all"]["articles"] == 13 and d["all"]["strict"] == 5, d
assert d["splits"]["s2"]["strict"] == 2 and d["all"]["sellers"] == 5 and d["all"]["seller"] == 3, d
# one side alone: s1 acquirer 1 3 4 6, target 1 3 4 5 6; s2 acquirer 7 12 13, target 7 9 12 13
assert (d["splits"]["s1"]["acquirer"], d["splits"]["s1"]["target"]) == (4, 5), d
assert (d["splits"]["s2"]["acquirer"], d["splits"]["s2"]["target"]) == (3, 4), d
assert abs(d["strict"] - 5 / 13) < 1e-9' "$TMP/s.json"

# bad input: clear message naming the place, sysexits codes
printf 's1\t1.txt\tA\n' >"$TMP/short.tsv"
expect_exit 65 "three columns refused" score "$TMP/short.tsv" "$TMP/events.ndjson"
contains "$TMP/err" "short.tsv:1: 3 tab-separated columns" "short line named"
printf 's1\t1.txt\tA\tB\t\t\ns1\t1.txt\tC\tD\t\t\n' >"$TMP/dup.tsv"
expect_exit 65 "duplicate article refused" score "$TMP/dup.tsv" "$TMP/events.ndjson"
contains "$TMP/err" "dup.tsv:2: article 1.txt already on line 1" "duplicate named"
printf 's1\t1.txt\t-\t-\t\t\n' >"$TMP/none.tsv"
expect_exit 65 "both parties unnamed refused" score "$TMP/none.tsv" "$TMP/events.ndjson"
printf 's1\t1.txt\tA||B\tC\t\t\n' >"$TMP/empty-alt.tsv"
expect_exit 65 "empty alternative refused" score "$TMP/empty-alt.tsv" "$TMP/events.ndjson"
printf '# only a comment\n' >"$TMP/nothing.tsv"
expect_exit 65 "gold without articles refused" score "$TMP/nothing.tsv" "$TMP/events.ndjson"
printf '{"type":"acquisition","companies":[]}\n' >"$TMP/bad.ndjson"
expect_exit 65 "event without source refused" score "$TMP/gold.tsv" "$TMP/bad.ndjson"
contains "$TMP/err" "bad.ndjson:1: not a seismo event" "bad event line named"
expect_exit 66 "missing gold file" score "$TMP/absent.tsv" "$TMP/events.ndjson"
expect_exit 66 "missing events file" score "$TMP/gold.tsv" "$TMP/absent.ndjson"
expect_exit 64 "no events file" score "$TMP/gold.tsv"
expect_exit 64 "unknown option" score --bogus "$TMP/gold.tsv" "$TMP/events.ndjson"

# the shipped gold files parse (every line well formed, no duplicates)
for g in "$(dirname "$SCORER")"/parties/*.gold.tsv; do
    expect_exit 0 "$(basename "$g") parses" score "$g" "$TMP/events.ndjson"
done
finish
