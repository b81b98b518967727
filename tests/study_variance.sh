#!/usr/bin/env bash
# `seismo study --car-variance forecast|plain` (docs/prices.md, "Two t statistics
# of a CAR"): on the real AAPL, BABA and SPY bars and the seed article, the CAR,
# its standard deviation and t under both formulas agree to 1e-4 with an
# independent computation from the CSVs (numpy-free Python: OLS of the market
# model over trading days -250..-11, then
#   forecast: Var(CAR) = s^2 (L + L^2/n + (S - L xbar)^2 / Sxx)
#   plain:    Var(CAR) = L s^2, t = CAR / (sqrt(L) s), as estudy2 and eventstudy print it),
# for several windows; a bad value is a usage error. And a company with two
# listed symbols is measured on the registry's primary listing (its ticker).
. "$(dirname "$0")/lib.sh"
PRICES=$SHARED/corpus/prices
SEED=$SHARED/seed/apple-alibaba-2025-02-12.txt
if [ ! -f "$PRICES/AAPL.csv" ] || [ ! -f "$SEED" ]; then
    bad "no $PRICES/AAPL.csv or $SEED"
    finish
    exit
fi
expect_exit 0 "ingest the seed" "$SEISMO" ingest "$SEED"
for s in AAPL BABA SPY; do expect_exit 0 "import $s" "$SEISMO" prices import "$PRICES/$s.csv"; done
for v in forecast plain; do
    expect_exit 0 "study --car-variance $v" "$SEISMO" study AAPL BABA --type partnership \
        --window -1:1 --window 0:0 --window -5:5 --car-variance "$v" --format json
    cp "$TMP/out" "$TMP/$v.json"
done
expect_exit 0 "the default is forecast" "$SEISMO" study AAPL BABA --type partnership \
    --window -1:1 --window 0:0 --window -5:5 --format json
if python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2])); assert a["events"]==b["events"] and b["car_variance"]=="forecast"' \
    "$TMP/out" "$TMP/forecast.json"; then ok; else bad "default differs from forecast"; fi
expect_exit 64 "a bad variance" "$SEISMO" study --car-variance robust
contains "$TMP/err" "forecast or plain" "the choices named"
expect_exit 0 "table names the variance" "$SEISMO" study AAPL --type partnership --car-variance plain
contains "$TMP/out" "plain CAR variance" "table header"

if python3 - "$PRICES" "$TMP/forecast.json" "$TMP/plain.json" >"$TMP/figures" 2>"$TMP/py.err" <<'PY'; then ok; else bad "independent computation disagrees: $(cat "$TMP/py.err")"; fi
import csv, json, math, sys
prices = sys.argv[1]
def adj(sym):
    with open(f"{prices}/{sym}.csv") as f:
        return {r["date"][:10]: float(r["adjclose"] or r["close"]) for r in csv.DictReader(f)}
spy = adj("SPY")
def measure(sym, day, win, plain):
    px = adj(sym)
    days = sorted(d for d in px if d in spy)
    r = {days[i]: px[days[i]] / px[days[i - 1]] - 1 for i in range(1, len(days))}
    m = {days[i]: spy[days[i]] / spy[days[i - 1]] - 1 for i in range(1, len(days))}
    t0 = days.index(min(d for d in days if d >= day))
    est = [days[t0 + k] for k in range(-250, -10) if t0 + k >= 1]
    n = len(est)
    xs = [m[d] for d in est]; ys = [r[d] for d in est]
    xbar = sum(xs) / n; ybar = sum(ys) / n
    sxx = sum((x - xbar) ** 2 for x in xs)
    beta = sum((x - xbar) * (y - ybar) for x, y in zip(xs, ys)) / sxx
    alpha = ybar - beta * xbar
    s2 = sum((y - alpha - beta * x) ** 2 for x, y in zip(xs, ys)) / (n - 2)
    wd = [days[t0 + k] for k in range(win[0], win[1] + 1)]
    L = len(wd)
    car = sum(r[d] - alpha - beta * m[d] for d in wd)
    S = sum(m[d] for d in wd)
    var = L * s2 if plain else s2 * (L + L * L / n + (S - L * xbar) ** 2 / sxx)
    return car * 100, math.sqrt(var) * 100, car / math.sqrt(var), n - 2
worst = 0
for v in ("forecast", "plain"):
    doc = json.load(open(sys.argv[2] if v == "forecast" else sys.argv[3]))
    assert doc["car_variance"] == v
    seen = 0
    for ev in doc["events"]:
        if ev["status"] != "measured":
            continue
        for c in ev["cars"]:
            a, b = (int(x) for x in c["window"].split(":"))
            car, sd, t, df = measure(ev["symbol"], ev["occurred_on"], (a, b), v == "plain")
            for got, want in ((c["car_pct"], car), (c["sd_pct"], sd), (c["t"], t)):
                worst = max(worst, abs(got - want))
                assert abs(got - want) < 1e-4, (v, ev["symbol"], c, car, sd, t)
            assert c["df"] == df
            print(f"{v:8s} {ev['symbol']} {c['window']:>5s} CAR {car:+.4f}% sd {sd:.4f}% t {t:.4f} (seismo {c['t']:.4f})")
            seen += 1
    assert seen >= 6, seen
print(f"largest difference {worst:.2e}")
PY
cat "$TMP/figures"

# --- a second listing of Apple imported for it (AAA sorts first): the primary listing, AAPL, is measured
python3 - "$PRICES/BABA.csv" >"$TMP/AAA.csv" <<'PY'
import csv, sys
print("date,close,adjclose")
for r in csv.DictReader(open(sys.argv[1])):
    print(f"{r['date'][:10]},{r['close']},{r['adjclose'] or r['close']}")
PY
expect_exit 0 "import a second listing for AAPL" "$SEISMO" prices import "$TMP/AAA.csv" --company AAPL
expect_exit 0 "study after the second listing" "$SEISMO" study AAPL --type partnership --format json
if python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert [e["symbol"] for e in d["events"]] == ["AAPL"], d["events"]' "$TMP/out"; then ok; else bad "AAPL measured on $(head -c 300 "$TMP/out")"; fi
expect_exit 0 "report after the second listing" "$SEISMO" report --company AAPL -o "$TMP/r.json"
if python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); s={e["measured"].get("symbol") for c in d["companies"] for e in c["timeline"]}; assert s == {"AAPL"}, s' "$TMP/r.json"; then ok; else bad "report measured on another listing"; fi
finish
