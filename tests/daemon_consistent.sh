#!/usr/bin/env bash
# Read your writes through the daemon (?consistent=1) and an answer cache that
# never outlives what it was computed from. Many rounds of: `seismo append`
# from the command line (another process, which the daemon only notices by
# polling), then at once a consistent GET of the company's timeline and of
# the summary, and of the HTML page (GET /); the answer must hold every event
# appended so far. Then a plain GET must not go back to an older answer (a
# stale cached document).
. "$(dirname "$0")/lib.sh"
DB=$(new_store db)
ROUNDS=${CONSISTENT_ROUNDS:-40}

daemon_script

"$SEISMO" --db "$DB" init >/dev/null
# Bars for ACME, so that the page's symbol= form has a listing to chart.
python3 -c '
import datetime
d = datetime.date(2025, 1, 2)
print("date,close")
for k in range(60):
    if d.weekday() < 5: print("%s,%.2f" % (d, 100 + k * 0.5))
    d += datetime.timedelta(days=1)
' >"$TMP/ACME.csv"
"$SEISMO" --db "$DB" prices import "$TMP/ACME.csv" --company ACME >/dev/null
# Projection workers slowed, the first projections most: a round of catch-ups
# takes long enough for the 250 ms poll to land inside it.
export SEISMO_DAEMON_SLOW_MS=${SEISMO_DAEMON_SLOW_MS:-60}
if daemon_start "$TMP/daemon.log" --db "$DB"; then ok; else
    bad "daemon did not start: $(tail -c 400 "$TMP/daemon.log")"
    finish
    exit 1
fi

# One python process drives the rounds (a shell loop of curl calls would be
# slow enough to hide the race); every wait it makes has a limit.
rc=0
python3 - "$SEISMO" "$DB" "$URL" "$ROUNDS" > "$TMP/rounds.txt" 2>&1 <<'PY' || rc=$?
import json, subprocess, sys, urllib.error, urllib.request
seismo, db, url, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
fails = 0
def get(path):
    global fails
    try:
        with urllib.request.urlopen(url + path, timeout=70) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        print("round %d: GET %s: HTTP %d %s" % (i, path, e.code, e.read()[:200])); fails += 1
        return {}
def get_text(path):
    global fails
    try:
        with urllib.request.urlopen(url + path, timeout=70) as r:
            return r.read().decode()
    except urllib.error.HTTPError as e:
        print("round %d: GET %s: HTTP %d %s" % (i, path, e.code, e.read()[:200])); fails += 1
        return ""
for i in range(1, rounds + 1):
    ev = {"type": "share_move", "occurred_on": "2025-03-%02d" % (1 + i % 28),
          "companies": [{"id": "ACME", "name": "Acme", "ticker": "ACME", "role": "subject"}],
          "data": {"percent": float(i)},
          "source": {"name": "round-%d.txt" % i, "offset": 0, "length": 10,
                     "sentence": "Acme shares rose %d%% in round %d." % (i, i)}}
    p = subprocess.run([seismo, "--db", db, "append", "-"], input=json.dumps(ev) + "\n",
                       capture_output=True, text=True, timeout=60)
    if p.returncode != 0 or "1 appended" not in p.stdout:
        print("round %d: append failed: %s %s" % (i, p.stdout, p.stderr)); fails += 1; continue
    # First the page (GET /, one company or all, with symbol= as bars are in),
    # at once after the append: built once the projections it reads hold it.
    page = "/?company=ACME&consistent=1" if i % 3 == 1 else \
        "/?company=ACME&symbol=ACME&consistent=1" if i % 3 == 2 else "/?consistent=1"
    html = get_text(page)
    if "in round %d." % i not in html:
        print("round %d: GET %s does not show the event of round %d" % (i, page, i)); fails += 1
    tl = get("/v1/companies/ACME/timeline?consistent=1")
    n = len(tl.get("events", []))
    if n != i:
        print("round %d: consistent timeline has %d events, want %d" % (i, n, i)); fails += 1
    if tl.get("company", {}).get("name") != "Acme":
        print("round %d: consistent timeline names the company %r" % (i, tl.get("company"))); fails += 1
    sm = get("/v1/summary?company=ACME&consistent=1")
    c = sm["companies"][0] if sm.get("companies") else {}
    if c.get("count") != i:
        print("round %d: consistent summary counts %s share moves, want %d" % (i, c.get("count"), i)); fails += 1
    # A plain GET right after may be served from the cache: never older than what was read.
    n2 = len(get("/v1/companies/ACME/timeline").get("events", []))
    if n2 < i:
        print("round %d: plain timeline went back to %d events after %d" % (i, n2, i)); fails += 1
print("%d rounds, %d failures" % (rounds, fails))
sys.exit(1 if fails else 0)
PY
[ $rc = 0 ] && ok || bad "read your writes over $ROUNDS rounds: $(tail -n 5 "$TMP/rounds.txt")"
tail -n 1 "$TMP/rounds.txt" >&2

set +e; stop_pid "$DPID" 20; rc=$?; set -e
DPID=
[ "$rc" = 0 ] && ok || bad "daemon exit status after SIGTERM: $rc"
finish
