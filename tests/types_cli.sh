#!/usr/bin/env bash
# The event types of v2 (earnings, dividend, ... bankruptcy) through the command
# line and the daemon: appends accepted and refused naming the field, timeline
# texts, the summary's earnings and dividends as percentage changes (table,
# json, csv, HTTP), a report that validates, ingest --context.
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/tests/lib.sh"
cd "$ROOT"

# --- appends: every v2 type is accepted
expect_exit 0 "append v2 events" "$SEISMO" append fixtures/events/v2.ndjson
contains "$TMP/out" "21 appended, 0 already present" "v2 append count"

# --- each invalid v2 case is refused with exit 65, naming the field; nothing appended
n=0
for d in fixtures/events/invalid/*/; do
    case $(basename "$d") in
    earnings-* | dividend-* | buyback-* | split-* | guidance-* | rating-* | executive-* | legal-* | \
        financing-* | facility-* | workforce-* | contract-* | bankruptcy-* | context-* | list-* | \
        acquisition-bad-kind) ;;
    *) continue ;;
    esac
    n=$((n + 1))
    expect_exit 65 "append $(basename "$d")" "$SEISMO" append "$d/input.json"
    contains "$TMP/err" "$(cat "$d/error")" "message of $(basename "$d")"
done
[ "$n" -ge 25 ] && ok || bad "only $n invalid v2 cases"
# a valid event in front of an invalid one: the batch is refused as a whole
{ head -1 fixtures/events/v2.ndjson | sed 's/apple-q1.txt/other.txt/'; cat fixtures/events/invalid/dividend-bad-currency/input.json; } >"$TMP/mixed.ndjson"
expect_exit 65 "mixed batch" "$SEISMO" append "$TMP/mixed.ndjson"
contains "$TMP/err" ":2: data.currency: 'usd' is not an ISO 4217" "mixed batch names line 2"
expect_exit 0 "status" "$SEISMO" status
contains "$TMP/out" "21" "head stays at 21"
expect_exit 0 "verify" "$SEISMO" verify
contains "$TMP/out" "21 events verified" "verify v2 log"

# --- timeline texts
expect_exit 0 "timeline AAPL" "$SEISMO" timeline AAPL
contains "$TMP/out" "revenue +4%, eps +10%, beat" "earnings figure"
contains "$TMP/out" "Q1 FY2025 results" "earnings text"
contains "$TMP/out" "USD 0.25 a share (+4.2%), raised" "dividend figure"
contains "$TMP/out" "downgrade to neutral, target USD 245" "rating figure"
contains "$TMP/out" "JPMorgan (equity rating), from overweight" "rating text names the analyst"
contains "$TMP/out" "settlement, USD 95m" "legal figure"
expect_exit 0 "timeline MSFT" "$SEISMO" timeline MSFT
contains "$TMP/out" "Amy Hood, CFO" "executive text"
contains "$TMP/out" "layoffs 10000 (5%)" "workforce figure"
contains "$TMP/out" "USD 67.7bn-68.7bn, lowered" "guidance figure"
expect_exit 0 "timeline cutler" "$SEISMO" timeline cutler-medical
contains "$TMP/out" "1-for-20 reverse" "reverse split figure"
expect_exit 0 "timeline LMT" "$SEISMO" timeline LMT --format csv
contains "$TMP/out" "missile systems with U.S. Army" "contract text names the customer"
expect_exit 0 "timeline ORCL" "$SEISMO" timeline ORCL
contains "$TMP/out" "mentioned as context" "context events say so"
expect_exit 0 "events table" "$SEISMO" events --type stock_split
contains "$TMP/out" "10-for-1" "events table figure"

# --- the summary: earnings and dividends as percentage changes
expect_exit 0 "summary table" "$SEISMO" summary AAPL
contains "$TMP/out" "AAPL earnings Q1 FY2025 (2025-01-30): revenue +4% (USD 124.3bn), eps +10% (USD 2.4), beat" "earnings line"
contains "$TMP/out" "AAPL dividend (2024-05-02): raised USD 0.25 a share, change +4.2%" "dividend line"
expect_exit 0 "summary json" "$SEISMO" summary AAPL --format json
cp "$TMP/out" "$TMP/sum.json"
check "summary json figures" python3 - "$TMP/sum.json" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))["companies"][0]
e, d = c["earnings"], c["dividends"]
assert [x["period"] for x in e] == ["Q4 FY2024", "Q1 FY2025"], e
m = {x["metric"]: x for x in e[1]["metrics"]}
assert m["revenue"]["change_percent"] == 4 and m["eps"]["change_percent"] == 10, m
assert m["eps"]["value"] == 2.4 and m["eps"]["currency"] == "USD", m
assert e[1]["versus_expectations"] == "beat" and e[0]["versus_expectations"] is None
assert d[0]["change_percent"] == 4.2 and d[0]["action"] == "raised", d
assert d[1]["change_percent"] is None and d[1]["amount_per_share"] == 0.25, d
PY
expect_exit 0 "summary since" "$SEISMO" summary AAPL --since 2025-01-01 --format json
check "summary window filters earnings" python3 -c "
import json,sys; c=json.load(open('$TMP/out'))['companies'][0]
assert len(c['earnings'])==1 and len(c['dividends'])==1, c"
expect_exit 0 "summary csv" "$SEISMO" summary AAPL MSFT --format csv
check "summary csv columns" python3 - "$TMP/out" <<'PY'
import csv, sys
rows = {r["company"]: r for r in csv.DictReader(open(sys.argv[1]))}
a = rows["AAPL"]
assert a["earnings_period"] == "Q1 FY2025" and a["revenue_change_percent"] == "4", a
assert a["eps_change_percent"] == "10" and a["net_income_change_percent"] == "", a
assert a["dividend_per_share"] == "0.25" and a["dividend_currency"] == "USD", a
assert rows["MSFT"]["earnings_period"] == "", rows["MSFT"]
PY

# --- the report validates with every v2 type in it
expect_exit 0 "report" "$SEISMO" report
cp "$TMP/out" "$TMP/report.json"
report_valid "$TMP/report.json"
check "report holds the v2 types" python3 -c "
import json; r=json.load(open('$TMP/report.json'))
types={e['type'] for c in r['companies'] for e in c['timeline']}
need={'earnings','dividend','buyback','stock_split','guidance','rating_change','executive_change','legal','financing','facility','workforce','contract','bankruptcy'}
assert need <= types, need - types"

# --- the daemon shares the summary
if daemon_start "$TMP/daemon.log"; then
    http_get 200 "/v1/companies/AAPL/summary"
    check "daemon summary has earnings" python3 -c "
import json; d=json.load(open('$TMP/body'))
c=d['companies'][0] if 'companies' in d else d
assert c['earnings'][1]['metrics'][0]['change_percent']==4, c['earnings']
assert c['dividends'][0]['change_percent']==4.2"
    code=$(curl -s -o "$TMP/body" -w '%{http_code}' -X POST -H 'Content-Type: text/plain' --data-binary 'x' "$URL/v1/articles?context=maybe")
    [ "$code" = 400 ] && ok || bad "context=maybe: HTTP $code, want 400"
    stop_pid "$DPID" 20 || true
else
    bad "daemon did not start"
fi
finish
