#!/usr/bin/env bash
# Measured figures beside reported ones (issue 7, "Where it shows"): after
# importing the real daily bars of AAPL, BABA and SPY and ingesting the seed
# article, `seismo reactions`, `seismo summary` and the JSON report carry the
# measured reaction of the 2025-02-12 partnership (day-0 returns checked
# against an independent computation from the CSVs' adjclose), the report
# validates against docs/report.schema.json (seismo.report/2), and the daemon
# answers GET /v1/study and GET /v1/companies/{id}/study with the CLI's study
# (car_variance included). Then, on synthetic bars: reaction windows count
# trading days once prices are loaded (a Friday event's 1-day window reaches
# Monday), and a company with several listings is measured on its primary
# listing, the first of its symbols, or the one --symbol names (refused with
# exit 65 when it has no bars or is another company's); the daemon's routes
# likewise (symbol=), and so does the daemon's page (GET /?symbol=).
. "$(dirname "$0")/lib.sh"
PRICES=$SHARED/corpus/prices
SEED=$SHARED/seed/apple-alibaba-2025-02-12.txt
export SOURCE_DATE_EPOCH=1700000000

if [ ! -f "$PRICES/AAPL.csv" ] || [ ! -f "$SEED" ]; then
    echo "SKIP: no $PRICES/AAPL.csv or $SEED" >&2
    exit 0
fi

# json FILE PYTHON: the python code (over d, the parsed FILE, and x, the expected figures) must pass.
json() {
    if python3 - "$1" "$TMP/expected.json" "$2" <<'EOF'; then ok; else bad "json check failed: $2"; fi
import json, sys
d = json.load(open(sys.argv[1]))
x = json.load(open(sys.argv[2]))
exec(sys.argv[3])
EOF
}

# --- the expected figures, computed here from the CSVs (adjusted close, simple returns)
python3 - "$PRICES" "$TMP/expected.json" <<'EOF'
import csv, json, sys
def adj(sym):
    with open(f"{sys.argv[1]}/{sym}.csv") as f:
        return {r["date"][:10]: float(r["adjclose"] or r["close"]) for r in csv.DictReader(f)}
spy = adj("SPY")
out = {}
for sym in ("AAPL", "BABA"):
    px = adj(sym)
    days = sorted(d for d in px if d in spy)  # the days both are priced
    i = days.index("2025-02-12")
    out[sym] = (px[days[i]] / px[days[i - 1]] - 1) * 100
out["SPY"] = (spy["2025-02-12"] / spy[max(d for d in spy if d < "2025-02-12")] - 1) * 100
json.dump(out, open(sys.argv[2], "w"))
EOF
check "expected figures computed" test -s "$TMP/expected.json"

# --- without prices, no measured figures at all
expect_exit 0 "ingest the seed article" "$SEISMO" ingest "$SEED"
expect_exit 0 "reactions before prices" "$SEISMO" reactions --format json
json "$TMP/out" "assert all('measured' not in r for r in d['reactions']) and 'measurement' not in d"
expect_exit 0 "reactions table before prices" "$SEISMO" reactions
if grep -q MEASURED "$TMP/out"; then bad "no MEASURED column without prices"; else ok; fi

# --- the real bars
for s in AAPL BABA SPY; do
    expect_exit 0 "import $s" "$SEISMO" prices import "$PRICES/$s.csv"
done

# --- reactions: each row measured, the per-type table with the mean measured CAR
expect_exit 0 "reactions json" "$SEISMO" reactions --type partnership --format json
cp "$TMP/out" "$TMP/rx.json"
json "$TMP/rx.json" "
m = {r['company']: r['measured'] for r in d['reactions']}
assert set(m) == {'AAPL', 'BABA'}, m
for c in ('AAPL', 'BABA'):
    assert m[c]['symbol'] == c and m[c]['benchmark'] == 'SPY' and m[c]['day0'] == '2025-02-12', m[c]
    assert abs(m[c]['return0_pct'] - x[c]) < 1e-9, (c, m[c]['return0_pct'], x[c])
    assert abs(m[c]['benchmark0_pct'] - x['SPY']) < 1e-9, m[c]
    assert m[c]['window'] == '-1:1' and m[c]['df'] == 238 and m[c]['estimation_days'] == 240, m[c]
    assert 0 <= m[c]['p'] <= 1 and m[c]['t'] > 0 and m[c]['car_pct'] > 0, m[c]
assert round(m['AAPL']['return0_pct'], 2) == 1.83 and round(m['BABA']['return0_pct'], 2) == 4.92, m
"
json "$TMP/rx.json" "
t = {r['type']: r for r in d['by_type']}['partnership']
cars = [r['measured']['car_pct'] for r in d['reactions']]
assert t['measured'] == 2 and abs(t['mean_car_pct'] - sum(cars) / 2) < 1e-9, t
assert d['measurement']['benchmark'] == 'SPY' and d['measurement']['model'] == 'market', d['measurement']
"
expect_exit 0 "reactions of every type" "$SEISMO" reactions --format json
json "$TMP/out" "
sk = [r for r in d['reactions'] if r['company'] == 'deepseek']
assert sk and all(r['measured']['skipped'] == 'no_prices' for r in sk), sk
assert all('measured' in r for r in d['reactions'])
"
expect_exit 0 "reactions table" "$SEISMO" reactions
contains "$TMP/out" "REACTION  MEASURED  CAR[-1:1]" "MEASURED column beside REACTION"
grep -qE 'BABA +partnership +AAPL +\+2\.60% +\+4\.92%' "$TMP/out" && ok || bad "BABA reported beside measured: $(cat "$TMP/out")"
contains "$TMP/out" "no_prices" "a company without prices is skipped with its reason"
contains "$TMP/out" "partnership: 2 reactions of 2, mean +2.05%, median +2.05%; measured CAR[-1:1] mean +5.79% over 2" \
    "per-type table: mean measured CAR beside the mean reported reaction"
expect_exit 0 "reactions ndjson" "$SEISMO" reactions AAPL --type partnership --format ndjson
json "$TMP/out" "assert abs(d['measured']['return0_pct'] - x['AAPL']) < 1e-9"
expect_exit 0 "reactions csv" "$SEISMO" reactions --type partnership --format csv
contains "$TMP/out" "moves,symbol,day0,return0_pct,car_pct,t,p,skipped" "csv has the measured columns"

# --- summary: reported versus measured per share move, per company count and mean |difference|
expect_exit 0 "summary json" "$SEISMO" summary AAPL BABA --format json
json "$TMP/out" "
rv = {c['company']['id']: c['reported_vs_measured'] for c in d['companies']}
rep = {'AAPL': 1.5, 'BABA': 2.6}
for c in ('AAPL', 'BABA'):
    assert rv[c]['share_moves'] == 1 and rv[c]['compared'] == 1, rv[c]
    mv = rv[c]['moves'][0]
    assert mv['reported_pct'] == rep[c] and abs(mv['measured_pct'] - x[c]) < 1e-9, mv
    assert abs(mv['difference_pct'] - (x[c] - rep[c])) < 1e-9, mv
    assert abs(rv[c]['mean_abs_difference_pct'] - abs(x[c] - rep[c])) < 1e-9, rv[c]
"
expect_exit 0 "summary table" "$SEISMO" summary AAPL BABA
contains "$TMP/out" "COMPARED  MEAN |DIFF|" "summary table: compared and mean difference columns"
contains "$TMP/out" "reported versus measured" "summary lists reported versus measured"
grep -qE '\+2\.60% +\+4\.92%' "$TMP/out" && ok || bad "BABA +2.60% reported beside +4.92% measured"
grep -qE '\+1\.50% +\+1\.83%' "$TMP/out" && ok || bad "AAPL +1.50% reported beside +1.83% measured"
expect_exit 0 "summary of every company" "$SEISMO" summary --format csv
contains "$TMP/out" "last_date,compared,mean_abs_difference_pct" "summary csv has the comparison"

# --- another benchmark, a missing one, a bad one
expect_exit 0 "benchmark without bars" "$SEISMO" reactions AAPL --type partnership --benchmark QQQ --format json
json "$TMP/out" "
m = d['reactions'][0]['measured']
assert m['skipped'] == 'no_benchmark' and 'QQQ' in m['reason'], m
"
expect_exit 64 "bad benchmark" "$SEISMO" summary --benchmark 'A B'
expect_exit 64 "bad benchmark (report)" "$SEISMO" report --benchmark ''

# --- report: seismo.report/2, measured timeline events and reactions, valid against the schema
expect_exit 0 "report" "$SEISMO" report -o "$TMP/report.json"
report_valid "$TMP/report.json"
json "$TMP/report.json" "
assert d['schema'] == 'seismo.report/2' and d['measurement']['window'] == '-1:1', d['measurement']
co = {c['company']['id']: c for c in d['companies']}
for c in ('AAPL', 'BABA'):
    tl = [e for e in co[c]['timeline'] if e['type'] == 'partnership']
    assert tl and abs(tl[0]['measured']['return0_pct'] - x[c]) < 1e-9, tl
    assert co[c]['summary']['reported_vs_measured']['compared'] == 1
    assert all('measured' in r for r in co[c]['reactions'])
undated = [e for c in co.values() for e in c['timeline'] if not e['occurred_on']]
assert undated and all(e['measured']['skipped'] == 'no_date' for e in undated), undated
assert all('mean_car_pct' in t for t in d['reactions_by_type'])
"

# --- the daemon: GET /v1/study and GET /v1/companies/{id}/study are the CLI's study
if ! "$SEISMO" daemon --help >/dev/null 2>&1 || ! command -v curl >/dev/null; then
    echo "SKIP (daemon part): no 'daemon' command in $SEISMO, or no curl" >&2
    finish
    exit $?
fi
DPID=
cleanup() {
    if [ -n "$DPID" ]; then kill -KILL "$DPID" 2>/dev/null || true; fi
    rm -rf "$TMP"
}
trap cleanup EXIT
# same A B DESCRIPTION: the two files hold the same JSON document.
same() {
    if python3 -c "import json,sys; sys.exit(0 if json.load(open(sys.argv[1])) == json.load(open(sys.argv[2])) else 1)" \
        "$1" "$2"; then ok; else bad "$3: $(head -c 200 "$1") vs $(head -c 200 "$2")"; fi
}

if daemon_start "$TMP/daemon.log"; then ok; else
    bad "daemon did not start: $(tail -c 400 "$TMP/daemon.log")"
    finish
    exit 1
fi
http_get 200 "/v1/study?type=partnership&consistent=1"
cp "$TMP/body" "$TMP/study.json"
json "$TMP/study.json" "
assert d['schema'] == 'seismo.study/1' and d['benchmark'] == 'SPY', d
ev = {e['company']: e for e in d['events']}
for c in ('AAPL', 'BABA'):
    assert ev[c]['status'] == 'measured' and abs(ev[c]['return0_pct'] - x[c]) < 1e-9, ev[c]
assert d['aggregates'][0]['events'] == 2, d['aggregates']
"
expect_exit 0 "CLI study of the partnership" "$SEISMO" study --type partnership --format json
same "$TMP/study.json" "$TMP/out" "GET /v1/study is the CLI's study"
http_get 200 "/v1/companies/AAPL/study"
cp "$TMP/body" "$TMP/aapl.json"
json "$TMP/aapl.json" "assert d['events'] and {e['company'] for e in d['events']} == {'AAPL'}, d['events']"
expect_exit 0 "CLI study of AAPL" "$SEISMO" study AAPL --format json
same "$TMP/aapl.json" "$TMP/out" "GET /v1/companies/AAPL/study is the CLI's study AAPL"
http_get 200 "/v1/companies/apple/study?type=share_move"
json "$TMP/body" "
r = d['reported_vs_measured']
assert len(r) == 1 and r[0]['reported_pct'] == 1.5 and abs(r[0]['measured_pct'] - x['AAPL']) < 1e-9, r
"
http_get 200 "/v1/study?type=partnership&model=market-adjusted&window=-1:1,0:5&estimation=-120:-6&min-estimation=50&benchmark=spy"
cp "$TMP/body" "$TMP/study2.json"
expect_exit 0 "CLI study with options" "$SEISMO" study --type partnership --model market-adjusted \
    --window -1:1 --window 0:5 --estimation -120:-6 --min-estimation 50 --format json
same "$TMP/study2.json" "$TMP/out" "study parameters are the CLI's options"
# car_variance: the plain t (CAR / (sqrt(L) sigma)) over HTTP is the CLI's --car-variance plain
http_get 200 "/v1/study?type=partnership&car_variance=plain"
cp "$TMP/body" "$TMP/plain.json"
expect_exit 0 "CLI study --car-variance plain" "$SEISMO" study --type partnership --car-variance plain --format json
same "$TMP/plain.json" "$TMP/out" "car_variance=plain is the CLI's --car-variance plain"
json "$TMP/plain.json" "
f = json.load(open('$TMP/study.json'))
assert d['car_variance'] == 'plain' and f['car_variance'] == 'forecast', (d['car_variance'], f['car_variance'])
tp = {e['company']: e['cars'][0] for e in d['events']}
tf = {e['company']: e['cars'][0] for e in f['events']}
for c in ('AAPL', 'BABA'):
    assert tp[c]['car_pct'] == tf[c]['car_pct'] and abs(tp[c]['t']) > abs(tf[c]['t']), (tp[c], tf[c])
"
http_get 200 "/v1/companies/AAPL/study?car-variance=forecast"
json "$TMP/body" "assert d['car_variance'] == 'forecast', d['car_variance']"
http_get 400 "/v1/study?car_variance=robust"
json "$TMP/body" "assert 'forecast or plain' in d['error']['message'], d"
http_get 200 "/v1/study?company=BABA,AAPL&type=partnership"
json "$TMP/body" "assert sorted(e['company'] for e in d['events']) == ['AAPL', 'BABA'], d['events']"
http_get 400 "/v1/study?model=capm"
json "$TMP/body" "assert d['error']['code'] == 'bad_request' and 'model' in d['error']['message'], d"
http_get 400 "/v1/study?estimation=-10:0"
http_get 400 "/v1/companies/AAPL/study?type=price_import"
http_get 404 "/v1/companies/nosuchco/study"
# the other routes carry the measured figures too
http_get 200 "/v1/reactions?type=partnership"
json "$TMP/body" "assert all(abs(r['measured']['return0_pct'] - x[r['company']]) < 1e-9 for r in d['reactions'])"
http_get 200 "/v1/report"
cp "$TMP/body" "$TMP/dreport.json"
report_valid "$TMP/dreport.json"
http_get 200 "/v1/companies/BABA/summary?benchmark=SPY"
json "$TMP/body" "assert d['companies'][0]['reported_vs_measured']['compared'] == 1"
stop_pid "$DPID" 20 || true
DPID=
# --- reaction windows count trading days when prices are loaded, and a company
# listed twice is measured on --symbol or its primary listing (a database of its own)
export SEISMO_DB="$(new_store listing)"
expect_exit 0 "listing db: init" "$SEISMO" init
expect_exit 0 "listing db: ACME" "$SEISMO" companies add ACME --name "Acme Listing Corp" --ticker ACME
expect_exit 0 "listing db: TWOX" "$SEISMO" companies add twox --name "Twox Listed Twice"
{
    # a Friday event with the share move reported on the Monday after it
    echo '{"type":"partnership","occurred_on":"2025-01-10","companies":[{"id":"ACME","role":"subject"}],"data":{}}'
    echo '{"type":"share_move","occurred_on":"2025-01-13","companies":[{"id":"ACME","role":"subject"}],"data":{"percent":2.5}}'
    echo '{"type":"partnership","occurred_on":"2025-01-10","companies":[{"id":"NOBARS","role":"subject"}],"data":{}}'
    echo '{"type":"share_move","occurred_on":"2025-01-13","companies":[{"id":"NOBARS","role":"subject"}],"data":{"percent":-1}}'
    echo '{"type":"partnership","occurred_on":"2025-01-10","companies":[{"id":"twox","role":"subject"}],"data":{}}'
} >"$TMP/listing.ndjson"
expect_exit 0 "listing db: events" "$SEISMO" append "$TMP/listing.ndjson"
expect_exit 0 "calendar days without prices" "$SEISMO" reactions ACME --window 1 --format json
json "$TMP/out" "
r = d['reactions'][0]
assert d['window_unit'] == 'calendar_days' and r['window_unit'] == 'calendar_days', d
assert r['window_end'] == '2025-01-11' and r['reaction_pct'] is None, r"
expect_exit 0 "calendar days table" "$SEISMO" reactions ACME --window 1
contains "$TMP/out" "window: 1 calendar day after each event" "the footer says calendar days"
expect_exit 65 "--symbol without prices" "$SEISMO" reactions ACME --symbol ACME
contains "$TMP/err" "no prices for ACME" "--symbol without prices says so"

# weekday bars (no weekends) 2024-01-01..2025-02-28: SPY, ACME (its ticker, day-0
# return +2%), ACM2 (imported for ACME, sorts first, day-0 return -5%), TWB and
# TWA (both imported for twox, which has no ticker: TWA sorts first, +4% vs -3%)
python3 - "$TMP" <<'PY'
import datetime, math, sys
d, days = datetime.date(2024, 1, 1), []
while d <= datetime.date(2025, 2, 28):
    if d.weekday() < 5: days.append(d)
    d += datetime.timedelta(days=1)
event = datetime.date(2025, 1, 10)
def write(sym, jump, phase):
    px = 100.0
    with open(f"{sys.argv[1]}/{sym}.csv", "w") as f:
        f.write("date,close,adjclose\n")
        for i, day in enumerate(days):
            if i: px *= 1 + (jump if day == event else 0.004 * math.sin(i * phase))
            f.write(f"{day},{px:.6f},{px:.6f}\n")
write("SPY", 0.0, 0.7)
write("ACME", 0.02, 1.3)
write("ACM2", -0.05, 1.9)
write("TWA", 0.04, 1.1)
write("TWB", -0.03, 2.3)
PY
expect_exit 0 "import SPY" "$SEISMO" prices import "$TMP/SPY.csv"
# ACM2 first: the read models then see ACM2 as a ticker of ACME, the registry says ACME
expect_exit 0 "import ACM2 for ACME" "$SEISMO" prices import "$TMP/ACM2.csv" --company ACME
expect_exit 0 "import ACME" "$SEISMO" prices import "$TMP/ACME.csv"
expect_exit 0 "import TWB for twox" "$SEISMO" prices import "$TMP/TWB.csv" --company twox
expect_exit 0 "import TWA for twox" "$SEISMO" prices import "$TMP/TWA.csv" --company twox

expect_exit 0 "trading days with prices" "$SEISMO" reactions --window 1 --format json
json "$TMP/out" "
r = {x['company']: x for x in d['reactions']}
assert d['window_days'] == 1 and d['window_unit'] == 'trading_days', d
# Friday + 1 trading day is Monday: the Monday move is the reaction
assert r['ACME']['window_end'] == '2025-01-13' and r['ACME']['reaction_pct'] == 2.5, r['ACME']
assert r['ACME']['window_unit'] == 'trading_days' and r['ACME']['moves'] == 1
# NOBARS has no bars: the benchmark's sessions count
assert r['NOBARS']['window_unit'] == 'trading_days' and r['NOBARS']['reaction_pct'] == -1, r['NOBARS']"
expect_exit 0 "trading days table" "$SEISMO" reactions ACME --window 1
contains "$TMP/out" "window: 1 trading day after each event" "the footer says trading days"
expect_exit 0 "window 0 stays on the Friday" "$SEISMO" reactions ACME --window 0 --format json
json "$TMP/out" "assert d['reactions'][0]['window_end'] == '2025-01-10' and d['reactions'][0]['reaction_pct'] is None, d"
expect_exit 0 "report with trading days" "$SEISMO" report --company ACME -o "$TMP/listing-report.json"
json "$TMP/listing-report.json" "
assert d['window']['reaction_unit'] == 'trading_days', d['window']
assert d['companies'][0]['reactions'][0]['reaction_pct'] == 2.5"
report_valid "$TMP/listing-report.json"
expect_exit 0 "html report with trading days" "$SEISMO" report --company ACME --format html -o "$TMP/listing.html"
contains "$TMP/listing.html" "1 trading day after each event" "the page says trading days"

# the listing: the primary one (ACME, +2%) by default, ACM2 (-5%) with --symbol
study_r0() { python3 -c 'import json,sys; e=[x for x in json.load(open(sys.argv[1]))["events"] if x["company"]==sys.argv[2]]; print(e[0]["symbol"], round(e[0]["return0_pct"], 3))' "$TMP/out" "$1"; }
expect_exit 0 "study on the primary listing" "$SEISMO" study ACME --type partnership --format json
[ "$(study_r0 ACME)" = "ACME 2.0" ] && ok || bad "study ACME on its primary listing: $(study_r0 ACME)"
expect_exit 0 "study --symbol ACM2" "$SEISMO" study ACME --type partnership --symbol acm2 --format json
[ "$(study_r0 ACME)" = "ACM2 -5.0" ] && ok || bad "study --symbol ACM2: $(study_r0 ACME)"
expect_exit 0 "study without a company, --symbol ACM2" "$SEISMO" study --type partnership --symbol ACM2 --format json
[ "$(study_r0 ACME)" = "ACM2 -5.0" ] && ok || bad "study --symbol ACM2 alone: $(study_r0 ACME)"
# twox has no ticker: the first of its symbols in order, TWA, unless --symbol says TWB
[ "$(study_r0 twox)" = "TWA 4.0" ] && ok || bad "twox on its first symbol: $(study_r0 twox)"
expect_exit 0 "study twox --symbol TWB" "$SEISMO" study twox --symbol TWB --format json
[ "$(study_r0 twox)" = "TWB -3.0" ] && ok || bad "study twox --symbol TWB: $(study_r0 twox)"
rx_r0() { python3 -c 'import json,sys; m=json.load(open(sys.argv[1]))["reactions"][0]["measured"]; print(m["symbol"], round(m["return0_pct"], 3))' "$TMP/out"; }
expect_exit 0 "reactions on the primary listing" "$SEISMO" reactions ACME --format json
[ "$(rx_r0)" = "ACME 2.0" ] && ok || bad "reactions ACME: $(rx_r0)"
expect_exit 0 "reactions --symbol ACM2" "$SEISMO" reactions ACME --symbol ACM2 --format json
[ "$(rx_r0)" = "ACM2 -5.0" ] && ok || bad "reactions --symbol ACM2: $(rx_r0)"
expect_exit 0 "reactions of twox on its first symbol" "$SEISMO" reactions twox --format json
[ "$(rx_r0)" = "TWA 4.0" ] && ok || bad "reactions twox: $(rx_r0)"
expect_exit 0 "reactions twox --symbol TWB" "$SEISMO" reactions twox --symbol TWB --format json
[ "$(rx_r0)" = "TWB -3.0" ] && ok || bad "reactions twox --symbol TWB: $(rx_r0)"
expect_exit 0 "report --symbol ACM2" "$SEISMO" report --company ACME --symbol ACM2 -o "$TMP/acm2.json"
json "$TMP/acm2.json" "assert {e['measured']['symbol'] for e in d['companies'][0]['timeline']} == {'ACM2'}"
expect_exit 0 "html report --symbol ACM2" "$SEISMO" report --company ACME --symbol ACM2 --format html -o "$TMP/acm2.html"
contains "$TMP/acm2.html" "1 trading day after each event" "the page says trading days"
# refused: a symbol without bars, another company's, a bad one
expect_exit 65 "--symbol without bars" "$SEISMO" study ACME --symbol ACMX
contains "$TMP/err" "no prices for ACMX" "--symbol without bars says so"
contains "$TMP/err" "did you mean" "--symbol without bars names close symbols"
expect_exit 65 "--symbol of another company" "$SEISMO" reactions ACME --symbol TWA
contains "$TMP/err" "TWA is not a listing of ACME" "--symbol of another company says so"
expect_exit 65 "--symbol of an index" "$SEISMO" study ACME --symbol SPY
expect_exit 65 "--symbol of an index, no company" "$SEISMO" reactions --symbol SPY
contains "$TMP/err" "imported for no company" "an index is no company's listing"
expect_exit 64 "--symbol not a symbol" "$SEISMO" study ACME --symbol 'A B'
expect_exit 64 "--symbol not a symbol (reactions)" "$SEISMO" reactions --symbol 'A B'
# the daemon: the same trading days and the same listings (symbol=)
if daemon_start "$TMP/daemon2.log"; then ok; else bad "daemon on the listing db did not start: $(tail -c 400 "$TMP/daemon2.log")"; fi
http_get 200 "/v1/companies/ACME/reactions"
json "$TMP/body" "r = d['reactions'][0]; assert d['window_unit'] == 'trading_days' and r['reaction_pct'] == 2.5 and r['measured']['symbol'] == 'ACME', d"
http_get 200 "/v1/companies/ACME/reactions?symbol=ACM2"
json "$TMP/body" "assert d['reactions'][0]['measured']['symbol'] == 'ACM2', d"
http_get 200 "/v1/study?company=twox&symbol=TWB"
json "$TMP/body" "assert [e['symbol'] for e in d['events']] == ['TWB'], d['events']"
http_get 200 "/v1/report?company=ACME&symbol=acm2"
json "$TMP/body" "assert {e['measured']['symbol'] for e in d['companies'][0]['timeline']} == {'ACM2'}"
http_get 404 "/v1/reactions?symbol=ACMX"
http_get 400 "/v1/companies/ACME/reactions?symbol=TWA"
http_get 400 "/v1/study?symbol=A%20B"
# GET / (the HTML page) takes symbol= as /v1/report does
http_get 200 "/?company=ACME"
contains "$TMP/body" "Adjusted close of ACME " "GET / charts the primary listing by default"
http_get 200 "/?company=ACME&symbol=acm2"
contains "$TMP/body" "Adjusted close of ACM2 " "GET /?symbol=ACM2 charts the listing asked for"
http_get 404 "/?company=ACME&symbol=ACMX"
contains "$TMP/body" "no prices for ACMX" "GET /?symbol= without bars says so"
http_get 400 "/?company=ACME&symbol=TWA"
contains "$TMP/body" "TWA is not a listing of ACME" "GET /?symbol= of another company says so"
http_get 400 "/?symbol=A%20B"
stop_pid "$DPID" 20 || true
DPID=
finish
