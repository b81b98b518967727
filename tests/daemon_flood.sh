#!/usr/bin/env bash
# A flood of reports does not take the daemon's memory with it: 16 different
# GET /v1/report at once on a log of FLOOD_EVENTS events (a report of several
# MB) all answer 200 with the whole document, /v1/status, /healthz and an
# append answer within FLOOD_LIGHT_MAX seconds each while they run, and the
# daemon's peak memory (VmHWM) grows by less than FLOOD_RSS_FACTOR times one
# report's bytes; clients that ask for reports and read nothing lose their
# answers after --idle-timeout instead of holding the heavy lane for ever.
#
# Why that bound: the heavy lane runs two reports at once. A report made
# whole before it is sent holds its document as JSON values, about eight
# times its bytes, so two at once grow the daemon by some 16 answers (and
# more when the malloc arenas of the pool threads each keep their last
# report's peak: 70 answers in the release build, 17 with the sanitizers).
# Written out one company at a time, a running report holds its rows, one
# company's entry and the stream's 256 KiB, plus each pooled connection's
# page cache: about 4 answers, with or without the sanitizers.
# The sanitizers' quarantine (freed memory kept to catch a use after free)
# would count as memory here, so this daemon runs without it.
. "$(dirname "$0")/lib.sh"
DB=$(new_store db)
EVENTS=${FLOOD_EVENTS:-10000}
FACTOR=${FLOOD_RSS_FACTOR:-8}
LIGHT_MAX=${FLOOD_LIGHT_MAX:-5}

daemon_script

python3 - "$EVENTS" > "$TMP/flood.ndjson" <<'PY'
import json, sys
for i in range(int(sys.argv[1])):
    c = "FL%03d" % (i % 200)
    print(json.dumps({"type": "share_move", "occurred_on": "2024-%02d-%02d" % (1 + i % 12, 1 + i % 28),
        "companies": [{"id": c, "name": "Flood %s" % c, "ticker": c, "role": "subject"}],
        "data": {"percent": (i % 17) - 8.5},
        "source": {"name": "flood-%d.txt" % i, "offset": 0, "length": 10,
                   "sentence": "%s shares moved in story %d." % (c, i)}}))
PY
"$SEISMO" --db "$DB" init >/dev/null
expect_exit 0 "append the flood events" "$SEISMO" --db "$DB" append "$TMP/flood.ndjson"
expect_exit 0 "rebuild the read models" "$SEISMO" --db "$DB" rebuild
if ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=0:thread_local_quarantine_size_kb=0" \
    daemon_start "$TMP/daemon.log" --db "$DB"; then ok; else
    bad "daemon did not start: $(tail -c 400 "$TMP/daemon.log")"
    finish
    exit 1
fi
DAEMON_PIDS+=("$DPID")

timeout -k 5 600 python3 - "$URL" "$DPID" "$FACTOR" "$LIGHT_MAX" > "$TMP/flood.txt" 2>&1 <<'PY' && ok || bad "report flood: $(tail -n 8 "$TMP/flood.txt")"
import json, sys, threading, time, urllib.error, urllib.request
url, pid, factor, light_max = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
def get(path, data=None, timeout=300):
    req = urllib.request.Request(url + path, data=data,
                                 headers={"Content-Type": "application/x-ndjson"} if data else {})
    t0 = time.time()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read(), time.time() - t0
    except urllib.error.HTTPError as e:
        return e.code, e.read(), time.time() - t0
def hwm():
    for line in open("/proc/%s/status" % pid):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
st, one, alone = get("/v1/report")
assert st == 200, (st, one[:200])
ncomp = len(json.loads(one)["companies"])
base = hwm()
results = {}
def report(i):
    results[i] = get("/v1/report?window=%d" % (i + 2))
threads = [threading.Thread(target=report, args=(i,)) for i in range(16)]
for t in threads: t.start()
light, k = [], 0
while any(t.is_alive() for t in threads) and k < 400:
    k += 1
    ev = json.dumps({"type": "share_move", "occurred_on": "2025-01-02",
        "companies": [{"id": "FL000", "role": "subject"}], "data": {"percent": k / 100},
        "source": {"name": "light.txt", "offset": 0, "length": 1, "sentence": "light %d" % k}})
    for path, data in (("/v1/status", None), ("/healthz", None), ("/v1/events", (ev + "\n").encode())):
        s, body, secs = get(path, data, timeout=light_max)
        assert s in (200, 201), (path, s, body[:200])
        light.append((path, secs))
    time.sleep(0.1)
for t in threads: t.join(300)
assert not any(t.is_alive() for t in threads), "reports still running after 300 s"
peak = hwm()
codes = sorted(results[i][0] for i in results)
print("one report alone: %d bytes, %.2f s; 16 at once: statuses %s, slowest %.2f s"
      % (len(one), alone, codes, max(r[2] for r in results.values())))
for p in ("/v1/status", "/healthz", "/v1/events"):
    xs = [s for q, s in light if q == p]
    print("%-11s while the reports ran: %d answered, slowest %.3f s (limit %.0f s)" % (p, len(xs), max(xs), light_max))
# 2 run and 16 may wait: none is refused, each is a whole document.
assert codes == [200] * 16, codes
for i in range(16):
    doc = json.loads(results[i][1])
    assert doc["schema"] == "seismo.report/2" and len(doc["companies"]) == ncomp, i
    assert doc["window"]["reaction_days"] == i + 2 and "reactions_by_type" in doc, doc["window"]
assert len(light) >= 3, "no light request was answered while the reports ran"
grew = peak - base
print("peak memory %.1f MB, grew %.1f MB while the reports ran: %.1f answers (bound %.0f)"
      % (peak / 2**20, grew / 2**20, grew / len(one), factor))
assert grew < factor * len(one), (grew, len(one))
PY
cat "$TMP/flood.txt" >&2

# A client that asks for a report and never reads it does not hold the heavy
# lane: once its peers have taken nothing for --idle-timeout, a streamed
# answer is cut (no last chunk, the connection closes) and the lane's place
# goes to the next report. Three such readers, then a report that must be
# answered.
stop_pid "$DPID" 20 || bad "daemon exit status after SIGTERM"
if daemon_start "$TMP/daemon3.log" --db "$DB" --idle-timeout 2; then ok; else bad "third daemon did not start"; fi
DAEMON_PIDS+=("$DPID")
timeout -k 5 180 python3 - "$PORT" > "$TMP/stalled.txt" 2>&1 <<'PY' && ok || bad "readers that take nothing: $(tail -n 6 "$TMP/stalled.txt")"
import json, socket, sys, time, urllib.request
port = int(sys.argv[1])
stalled = []
for i in range(3):
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    s.connect(("127.0.0.1", port))
    s.sendall(b"GET /v1/report?window=%d HTTP/1.1\r\nHost: x\r\n\r\n" % (40 + i))
    stalled.append(s)
time.sleep(1)
t0 = time.time()
with urllib.request.urlopen("http://127.0.0.1:%d/v1/report?window=9" % port, timeout=90) as r:
    doc = json.loads(r.read())
assert doc["window"]["reaction_days"] == 9, doc["window"]
print("a report behind 3 readers that take nothing: answered in %.1f s" % (time.time() - t0))
# The first two held the lane's places (the third waited, and may finish
# while these are read): their answers were cut and the connections closed.
for s in stalled[:2]:
    s.settimeout(30)
    data = b""
    while True:
        chunk = s.recv(1 << 16)
        if not chunk:
            break
        data += chunk
    assert data.startswith(b"HTTP/1.1 200") and not data.endswith(b"\r\n0\r\n\r\n"), data[-40:]
print("the answers of the two that held the lane were cut, their connections closed")
PY
cat "$TMP/stalled.txt" >&2
stop_pid "$DPID" 20 || bad "third daemon exit status after SIGTERM"

# The streamed report is the document the CLI makes.
SOURCE_DATE_EPOCH=1700000000 "$SEISMO" --db "$DB" report --window 3 > "$TMP/cli.json" 2>"$TMP/err" || bad "CLI report: $(cat "$TMP/err")"
if SOURCE_DATE_EPOCH=1700000000 daemon_start "$TMP/daemon2.log" --db "$DB"; then ok; else bad "second daemon did not start"; fi
DAEMON_PIDS+=("$DPID")
curl -s -m 120 "$URL/v1/report?window=3" > "$TMP/daemon.json" || bad "GET /v1/report?window=3"
python3 - "$TMP/cli.json" "$TMP/daemon.json" <<'PY' && ok || bad "the streamed report differs from the CLI's"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
# the same members in the same order, the same values
assert json.dumps(a) == json.dumps(b), "differ"
PY
stop_pid "$DPID" 20 || bad "second daemon exit status after SIGTERM"
finish
