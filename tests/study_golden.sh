#!/usr/bin/env bash
# Published worked cases of the event study, reproduced through `seismo study`
# (fixtures/study/README.md has the source and its printed answers): the
# golden-value fixtures of the R package EventStudy (github.com/sipemu/eventstudy,
# tests/testthat/test_golden_values.R), returns turned into closes.
#   plain:    one firm, market model over days -6..-1 (df 4): the CAR t
#             CAR / (sqrt(L) s) over 0:0, 0:1, 0:2 as printed; and over three
#             events (df 6 each) the BMP t of the model-sigma standardised CARs.
#   forecast: over the three events, the Patell Z of day 0, 1 and 2, each
#             day's abnormal return standardised by its forecast-error-corrected
#             sigma s sqrt(1 + 1/n + (Rm - xbar)^2 / Sxx), which is seismo's
#             forecast sd(CAR) of a one-day window.
# Every figure to 1e-4 (the agreement is about 1e-12).
. "$(dirname "$0")/lib.sh"
FIX=$(cd "$(dirname "$0")/.." && pwd)/fixtures/study
# closes FIXTURE: writes $TMP/<symbol>.csv (date,close) from the fixture's
# returns, closes from 100 on its first (base) day; prints "FIRM DAY0" per event.
closes() {
    python3 - "$1" "$TMP" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
mkt = [(rows[0]["date"], 100.0)]
firms = {}
for k, r in enumerate(rows[1:], 1):
    mkt.append((r["date"], mkt[-1][1] * (1 + float(r["index_return"]))))
    f = "F" + (r.get("event") or "E1")[1:]
    firms.setdefault(f, [(rows[k - 1]["date"], 100.0)])
    firms[f].append((r["date"], firms[f][-1][1] * (1 + float(r["firm_return"]))))
    if r["relative_day"] == "0":
        print(f, r["date"])
for name, pts in [("MKT", mkt)] + sorted(firms.items()):
    with open("%s/%s.csv" % (sys.argv[2], name), "w") as out:
        out.write("date,close\n")
        out.writelines("%s,%.17g\n" % p for p in pts)
PY
}
# load FIXTURE: a fresh database with the fixture's bars and one event per firm.
load() {
    export SEISMO_DB=$TMP/$(basename "$1" .csv).db
    closes "$1" >"$TMP/events.txt"
    expect_exit 0 "import the index" "$SEISMO" prices import "$TMP/MKT.csv"
    while read -r firm day0; do
        expect_exit 0 "import $firm" "$SEISMO" prices import "$TMP/$firm.csv" --company "$firm"
        printf '{"type":"partnership","occurred_on":"%s","companies":[{"id":"%s","role":"subject"}],"data":{}}\n' \
            "$day0" "$firm"
    done <"$TMP/events.txt" >"$TMP/events.ndjson"
    expect_exit 0 "append the events" "$SEISMO" append "$TMP/events.ndjson"
}
# judge NAME JSON PYTHON: the study document in JSON as d; PYTHON asserts.
judge() {
    if python3 -c "
import json, sys
d = json.load(open(sys.argv[1]))
close = lambda got, want: got is not None and abs(got - want) < 1e-4
$3
" "$2" 2>"$TMP/py.err"; then ok; else bad "$1: $(tail -n 3 "$TMP/py.err")"; fi
}

# --- one firm: the CAR t of the plain variance
load "$FIX/golden-market-model.csv"
expect_exit 0 "study, plain" "$SEISMO" study F1 --benchmark MKT --model market --estimation -6:-1 \
    --min-estimation 6 --window 0:0 --window 0:1 --window 0:2 --car-variance plain --format json
cp "$TMP/out" "$TMP/one.json"
judge "one firm, plain CAR t" "$TMP/one.json" '
(e,) = d["events"]
assert e["status"] == "measured" and e["estimation_days"] == 6, e
assert close(e["sigma_pct"], 0.00166476081508083 * 100), e["sigma_pct"]
want = {"0:0": 7.64588601153099, "0:1": 6.37124662096473, "0:2": 8.70980352630659}
for c in e["cars"]:
    assert c["df"] == 4 and close(c["t"], want[c["window"]]), (c, want)
    print(c["window"], "t", c["t"], "published", want[c["window"]], file=sys.stderr)
assert sorted(c["window"] for c in e["cars"]) == sorted(want)'
cat "$TMP/py.err"

# --- three events: Patell Z (forecast), BMP t (plain), cross-sectional t (both)
load "$FIX/golden-three-events.csv"
ARGS=(study F1 F2 F3 --benchmark MKT --model market --estimation -8:-1 --min-estimation 8
    --window 0:0 --window 1:1 --window 2:2 --window 0:1 --window 0:2 --format json)
for v in forecast plain; do
    expect_exit 0 "study, $v" "$SEISMO" "${ARGS[@]}" --car-variance "$v"
    cp "$TMP/out" "$TMP/$v.json"
done
CS='
cs = {"0:0": 12.785674729349529, "1:1": -0.93664440956979689, "2:2": 5.8589693453114027,
      "0:1": 3.3332365393903789, "0:2": 4.1627875088073241}
assert [e["status"] for e in d["events"]] == ["measured"] * 3, d["events"]
assert all(e["estimation_days"] == 8 and e["cars"][0]["df"] == 6 for e in d["events"])
a = {x["window"]: x for x in d["aggregates"]}
for w, t in cs.items():
    assert a[w]["events"] == 3 and close(a[w]["t_cross_sectional"], t), (w, a[w], t)'
judge "three events, forecast: Patell Z of each day" "$TMP/forecast.json" "$CS"'
assert d["car_variance"] == "forecast"
pz = {"0:0": 17.404798533168357, "1:1": -3.239085545200092, "2:2": 12.231088522816789}
for w, z in pz.items():
    assert close(a[w]["patell_z"], z), (w, a[w]["patell_z"], z)
    print(w, "Patell Z", a[w]["patell_z"], "published", z, file=sys.stderr)'
cat "$TMP/py.err"
judge "three events, plain: BMP t" "$TMP/plain.json" "$CS"'
assert d["car_variance"] == "plain"
bmp = {"0:0": 9.262881651878164, "1:1": -0.99419205506945918, "2:2": 5.6244379647718095,
       "0:1": 3.431336898228547, "0:2": 4.2274213480688871}
for w, t in bmp.items():
    assert close(a[w]["bmp_t"], t), (w, a[w]["bmp_t"], t)
    print(w, "BMP t", a[w]["bmp_t"], "published", t, file=sys.stderr)'
cat "$TMP/py.err"
finish
