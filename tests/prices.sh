#!/usr/bin/env bash
# Prices and event studies through the command line: importing the real daily
# bars, idempotent re-imports, conflicts, bad CSV, the prices projection
# refolded from the log, a study of the seed's partnership (2025-02-12)
# with SPY as the benchmark, and retracted imports leaving the read model.
. "$(dirname "$0")/lib.sh"
FIX=$(cd "$(dirname "$0")/../fixtures" && pwd)
PRICES=$SHARED/corpus/prices

if ! "$SEISMO" prices --help >/dev/null 2>&1; then
    bad "seismo has no 'prices' command (adapters/cli/main.c must reference cli_cmds_prices strongly)"
    finish
    exit 1
fi
count_imports() { "$SEISMO" events --type price_import --format ndjson | wc -l | tr -d ' '; }

# --- help and usage
for c in prices study; do
    expect_exit 0 "$c --help" "$SEISMO" "$c" --help
    contains "$TMP/out" "usage: seismo" "$c --help prints usage"
done
expect_exit 64 "prices without a subcommand" "$SEISMO" prices
expect_exit 64 "prices frobnicate" "$SEISMO" prices frobnicate
expect_exit 64 "--symbol with two files" "$SEISMO" prices import --symbol X a.csv b.csv
expect_exit 64 "bad --symbol" "$SEISMO" prices import --symbol 'A B' x.csv
expect_exit 66 "list on a missing database" "$SEISMO" prices list

# --- the real files
for f in "$PRICES"/*.csv; do
    expect_exit 0 "import $(basename "$f")" "$SEISMO" prices import "$f"
    contains "$TMP/out" "457 new" "import $(basename "$f") counts its bars"
done
expect_exit 0 "prices list" "$SEISMO" prices list
grep -qE '^AAPL +AAPL +2023-12-01 +2025-09-29 +457$' "$TMP/out" && ok || bad "list shows AAPL: $(cat "$TMP/out")"
grep -qE '^SPY +- ' "$TMP/out" && ok || bad "SPY is a benchmark without a company"
[ "$(count_imports)" = 8 ] && ok || bad "8 price_import events expected"

# --- idempotent: the same file, or the same bars under another name, add nothing
expect_exit 0 "re-import AAPL" "$SEISMO" prices import "$PRICES/AAPL.csv"
contains "$TMP/out" "nothing new" "re-import says nothing new"
cp "$PRICES/BABA.csv" "$TMP/baba-copy.csv"
expect_exit 0 "import a renamed copy" "$SEISMO" prices import "$TMP/baba-copy.csv"
contains "$TMP/out" "nothing appended" "renamed copy appends nothing"
[ "$(count_imports)" = 8 ] && ok || bad "re-imports must append nothing"

# --- a different close for a day already present: conflict, exit 65, nothing appended
expect_exit 65 "conflicting close" "$SEISMO" prices import "$FIX/prices/conflict-AAPL.csv"
contains "$TMP/err" "line 3: AAPL 2025-02-12: close 230 differs from 236.8699951" "conflict names line, day and closes"
contains "$TMP/err" "nothing was imported" "conflict says nothing was imported"
[ "$(count_imports)" = 8 ] && ok || bad "a conflict must append nothing"

# --- bad rows: every one named with its line number, nothing appended
expect_exit 65 "bad rows" "$SEISMO" prices import "$FIX/prices/bad-rows.csv"
for want in "bad-rows.csv:3: close is missing" "bad-rows.csv:4: close 'abc' is not a number" \
    "bad-rows.csv:6: duplicate date 2025-01-07" "bad-rows.csv:7: date 2025-01-06 is not after" \
    "bad-rows.csv:8: close -4 is negative" "5 bad rows"; do
    contains "$TMP/err" "$want" "bad rows report"
done
expect_exit 65 "no close column" "$SEISMO" prices import "$FIX/prices/no-close.csv"
contains "$TMP/err" "must name a date and a close column" "no close column message"
expect_exit 66 "missing file" "$SEISMO" prices import "$TMP/nope.csv"
[ "$(count_imports)" = 8 ] && ok || bad "bad input must append nothing"

# --- another layout: Date first, Adj Close, times with offsets, CRLF; --symbol and --company
expect_exit 0 "yahoo-style with --symbol --company" \
    "$SEISMO" prices import --symbol oai --company openai "$FIX/prices/yahoo-style.csv"
contains "$TMP/out" "3 new" "yahoo-style bars"
expect_exit 0 "list csv" "$SEISMO" prices list --format csv
contains "$TMP/out" "OAI,openai,2025-01-02,2025-01-06,3" "OAI priced for openai"
expect_exit 0 "list json" "$SEISMO" prices list --format json
python3 -c "import json; d=json.load(open('$TMP/out')); assert len(d)==9 and d[0]['symbol']=='AAPL', d" && ok || bad "list --format json"
expect_exit 0 "verify" "$SEISMO" verify

# --- the projection refolds from the log into the same rows
sql "$SEISMO_DB" "SELECT * FROM prices ORDER BY symbol, day" > "$TMP/before.txt"
sql "$SEISMO_DB" "DELETE FROM proj_checkpoints WHERE name = 'prices'"
expect_exit 0 "list after dropping the checkpoint" "$SEISMO" prices list --format csv
sql "$SEISMO_DB" "SELECT * FROM prices ORDER BY symbol, day" > "$TMP/after.txt"
cmp -s "$TMP/before.txt" "$TMP/after.txt" && ok || bad "refolded prices differ"
[ "$(wc -l < "$TMP/after.txt")" = 3659 ] && ok || bad "3659 bars expected after the refold"

# --- the seed's events, then the study
if [ -f "$FIX/events/seed.ndjson" ]; then
    expect_exit 0 "append the seed" "$SEISMO" append "$FIX/events/seed.ndjson"
else
    {
        echo '{"type":"partnership","occurred_on":"2025-02-12","companies":[{"id":"AAPL","role":"subject"},{"id":"BABA","role":"partner"}],"data":{"region":"China"}}'
        echo '{"type":"share_move","occurred_on":"2025-02-12","companies":[{"id":"AAPL","role":"subject"}],"data":{"percent":1.5}}'
        echo '{"type":"share_move","occurred_on":"2025-02-12","companies":[{"id":"BABA","role":"subject"}],"data":{"percent":2.6}}'
    } > "$TMP/seed.ndjson"
    expect_exit 0 "append a seed" "$SEISMO" append "$TMP/seed.ndjson"
fi
expect_exit 0 "study of the partnership" "$SEISMO" study --type partnership --benchmark SPY --format json
cp "$TMP/out" "$TMP/partnership.json"
python3 - "$TMP/partnership.json" <<'EOF' && ok || bad "partnership study: AAPL and BABA measured"
import json, sys
d = json.load(open(sys.argv[1]))
ev = {e["company"]: e for e in d["events"]}
assert d["model"] == "market" and d["benchmark"] == "SPY", d
for c in ("AAPL", "BABA"):
    e = ev[c]
    assert e["status"] == "measured" and e["day0"] == "2025-02-12", e
    assert e["estimation_days"] == 240, e
    assert len(e["cars"]) == 1 and e["cars"][0]["window"] == "-1:1", e
    assert 0 <= e["cars"][0]["p"] <= 1 and e["cars"][0]["df"] == 238, e
assert abs(ev["AAPL"]["return0_pct"] - 1.8270080537830635) < 1e-9, ev["AAPL"]
assert abs(ev["AAPL"]["cars"][0]["car_pct"] - 5.14292940026545) < 1e-9, ev["AAPL"]
assert abs(ev["AAPL"]["beta"] - 0.9018186555182379) < 1e-9, ev["AAPL"]
assert abs(ev["BABA"]["return0_pct"] - 4.921087483706) < 1e-9, ev["BABA"]
agg = d["aggregates"][0]
assert agg["events"] == 2 and agg["positive"] == 2 and agg["share_positive"] == 1, agg
assert agg["patell_z"] is not None and agg["bmp_t"] is not None, agg
EOF
expect_exit 0 "study table" "$SEISMO" study AAPL BABA
contains "$TMP/out" "Reported versus measured" "table shows reported versus measured"
contains "$TMP/out" "+1.50%     +1.83%" "AAPL reported +1.50% beside measured +1.83%"
contains "$TMP/out" "+2.60%     +4.92%" "BABA reported +2.60% beside measured +4.92%"
expect_exit 0 "study share moves json" "$SEISMO" study --type share_move --format json
python3 -c "
import json; d=json.load(open('$TMP/out')); r={x['company']: x for x in d['reported_vs_measured']}
assert r['AAPL']['reported_pct']==1.5 and abs(r['AAPL']['measured_pct']-1.82700805378)<1e-6, r
assert r['BABA']['reported_pct']==2.6 and abs(r['BABA']['measured_pct']-4.92108748371)<1e-6, r
" && ok || bad "reported_vs_measured in json"

# --- honest skips, other models, formats, usage errors
expect_exit 0 "too few estimation days" "$SEISMO" study AAPL --type partnership --min-estimation 400 --format json
contains "$TMP/out" '"skip": "too_few_estimation_days"' "min-estimation skip"
# a benchmark without prices would skip every event: refused up front, as an unknown company is
expect_exit 65 "missing benchmark" "$SEISMO" study AAPL --type partnership --benchmark NOPE --format json
contains "$TMP/err" "no prices for benchmark 'NOPE'" "missing benchmark named"
expect_exit 0 "a company without prices" "$SEISMO" study deepseek --format json
contains "$TMP/out" '"skip": "no_prices"' "no prices skip"
expect_exit 0 "undated events" "$SEISMO" study NVDA --format json
contains "$TMP/out" '"skip": "no_date"' "undated skip"
expect_exit 0 "small estimation window allowed when asked" \
    "$SEISMO" study AAPL --type partnership --estimation -30:-2 --min-estimation 20 --format json
contains "$TMP/out" '"estimation_days": 29' "short estimation window"
for m in market-adjusted mean-adjusted; do
    expect_exit 0 "model $m" "$SEISMO" study AAPL BABA --type partnership --model "$m" --format ndjson
    contains "$TMP/out" '"status":"measured"' "model $m measures"
done
expect_exit 0 "windows and csv" "$SEISMO" study --type partnership --window -1:1 --window 0:5 --format csv
contains "$TMP/out" "id,seq,type,occurred_on,company,symbol,day0,status" "csv header"
[ "$(grep -c ',measured,' "$TMP/out")" = 4 ] && ok || bad "csv: 2 events x 2 windows"
expect_exit 64 "overlapping estimation" "$SEISMO" study --estimation -10:0
expect_exit 64 "bad window" "$SEISMO" study --window 1
expect_exit 64 "bad model" "$SEISMO" study --model capm
expect_exit 64 "bad type" "$SEISMO" study --type price_import
expect_exit 64 "bad format" "$SEISMO" study --format xml

# --- a restated adjusted close is a new import (closes agree), in a fresh database
export SEISMO_DB=$(new_store restate)
expect_exit 0 "import AAPL (fresh db)" "$SEISMO" prices import "$PRICES/AAPL.csv"
expect_exit 0 "restated adjusted closes" "$SEISMO" prices import "$FIX/prices/restated-AAPL.csv"
contains "$TMP/out" "2 restated" "restatement counted"
[ "$(sql "$SEISMO_DB" "SELECT adjclose FROM price_bars WHERE symbol='AAPL' AND date='2025-02-12'")" = 236.2 ] \
    && ok || bad "the latest adjusted close wins"

# --- a retracted price_import leaves the prices read model
import_id() { "$SEISMO" events --type price_import --format ndjson | python3 -c '
import json, sys
rows = [json.loads(l) for l in sys.stdin]
print(next(r["id"] for r in rows if r["data"]["file"] == sys.argv[1]))' "$1"; }
adj() { sql "$SEISMO_DB" "SELECT adjclose FROM price_bars WHERE symbol='$1' AND date='$2'"; }
# adj_is SYM DATE: the bar's adjusted close is the one of the real file again
adj_is() {
    if python3 -c '
import csv, sys
want = next(float(r["adjclose"]) for r in csv.DictReader(open(sys.argv[1])) if r["date"][:10] == sys.argv[2])
sys.exit(0 if abs(float(sys.argv[3]) - want) < 1e-9 else 1)' "$PRICES/$1.csv" "$2" "$(adj "$1" "$2")"; then ok; else
        bad "$1 $2: adjclose $(adj "$1" "$2"), not the file's"; fi
}
# retracting the restatement: the adjusted closes fall back to the import before it
expect_exit 0 "retract the restatement" "$SEISMO" retract "$(import_id restated-AAPL.csv)" --reason "wrong basis"
adj_is AAPL 2025-02-12
adj_is AAPL 2025-02-11
[ "$(sql "$SEISMO_DB" "SELECT count(*) FROM prices WHERE symbol='AAPL'")" = 457 ] && ok || bad "AAPL keeps its 457 bars"
# a wrong file for a symbol of its own: retracted, its bars and its symbol leave, a study finds no prices
printf 'date,close\n2025-02-11,10\n2025-02-12,11\n2025-02-13,12\n' >"$TMP/BABA.csv"
expect_exit 0 "import a wrong BABA" "$SEISMO" prices import "$TMP/BABA.csv"
expect_exit 0 "import SPY" "$SEISMO" prices import "$PRICES/SPY.csv"
expect_exit 0 "retract the wrong BABA" "$SEISMO" retract "$(import_id BABA.csv)" --reason "not BABA's closes"
contains "$TMP/out" "price_import" "the retraction names the import"
[ "$(sql "$SEISMO_DB" "SELECT count(*) FROM prices WHERE symbol='BABA'")" = 0 ] && ok || bad "retracted bars stay"
expect_exit 0 "prices list after the retraction" "$SEISMO" prices list --format csv
if grep -q '^BABA,' "$TMP/out"; then bad "BABA still listed: $(cat "$TMP/out")"; else ok; fi
contains "$TMP/out" "AAPL,AAPL" "AAPL still listed"
echo '{"type":"partnership","occurred_on":"2025-02-12","companies":[{"id":"BABA","role":"subject"}],"data":{}}' >"$TMP/baba.ndjson"
expect_exit 0 "append a BABA event" "$SEISMO" append "$TMP/baba.ndjson"
expect_exit 0 "study BABA after the retraction" "$SEISMO" study BABA --format json
contains "$TMP/out" '"skip": "no_prices"' "BABA has no prices once its import is retracted"
# the right closes now import without a conflict with the retracted ones
expect_exit 0 "import the real BABA" "$SEISMO" prices import "$PRICES/BABA.csv"
contains "$TMP/out" "457 new" "the real BABA's bars are all new"
expect_exit 0 "study BABA on the real closes" "$SEISMO" study BABA --format json
contains "$TMP/out" '"status": "measured"' "BABA measured on the real closes"
# the read model is a fold of the log: a refold from seq 0 gives the same rows
sql "$SEISMO_DB" "SELECT * FROM prices ORDER BY symbol, day" >"$TMP/retracted-before.txt"
sql "$SEISMO_DB" "SELECT * FROM price_symbols ORDER BY symbol" >>"$TMP/retracted-before.txt"
expect_exit 0 "rebuild prices" "$SEISMO" rebuild prices
sql "$SEISMO_DB" "SELECT * FROM prices ORDER BY symbol, day" >"$TMP/retracted-after.txt"
sql "$SEISMO_DB" "SELECT * FROM price_symbols ORDER BY symbol" >>"$TMP/retracted-after.txt"
cmp -s "$TMP/retracted-before.txt" "$TMP/retracted-after.txt" && ok || bad "the refold after retractions differs"
adj_is AAPL 2025-02-12
# retracting a news event leaves the bars alone
expect_exit 0 "retract the BABA event" "$SEISMO" retract "$("$SEISMO" events --type partnership --format ndjson | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["id"])')" --reason test
[ "$(sql "$SEISMO_DB" "SELECT count(*) FROM prices")" = $((457 * 3)) ] && ok || bad "a news retraction moved bars"
finish
