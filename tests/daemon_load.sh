#!/usr/bin/env bash
# The daemon under load: no route starves another. Reports run on the heavy
# lane of the thread pool, so /v1/status, /healthz and appends answer while
# many reports are in flight; past the lane's bound a report gets 503 with
# Retry-After; identical concurrent queries are computed once; the loop
# stall probe stays below a report's time (a report on the loop would stall
# it for as long); Expect: 100-continue gets its 100 (any other expectation
# 417); idle connections make room for new ones past --max-connections;
# SIGTERM while keep-alive clients send queries answers what was read and
# exits 0.
# Times are not asserted in ms (a loaded CI machine): what is asserted is
# that the light requests are answered while the reports are still running.
. "$(dirname "$0")/lib.sh"
DB=$(new_store db)
EVENTS=${LOAD_EVENTS:-2000} # a report of about 1.1 MB: over the 1 MiB that is streamed

daemon_script

# A log big enough that one report takes a while: EVENTS share moves of 40 companies.
python3 - "$EVENTS" > "$TMP/load.ndjson" <<'PY'
import json, sys
n = int(sys.argv[1])
for i in range(n):
    c = "LD%02d" % (i % 40)
    print(json.dumps({"type": "share_move", "occurred_on": "2024-%02d-%02d" % (1 + i % 12, 1 + i % 28),
        "companies": [{"id": c, "name": "Load %s" % c, "ticker": c, "role": "subject"}],
        "data": {"percent": (i % 17) - 8.5},
        "source": {"name": "load-%d.txt" % i, "offset": 0, "length": 10,
                   "sentence": "%s shares moved in story %d." % (c, i)}}))
PY
"$SEISMO" --db "$DB" init >/dev/null
expect_exit 0 "append the load events" "$SEISMO" --db "$DB" append "$TMP/load.ndjson"
if daemon_start "$TMP/daemon.log" --db "$DB" --workers 2; then ok; else
    bad "daemon did not start: $(tail -c 400 "$TMP/daemon.log")"
    finish
    exit 1
fi
DAEMON_PIDS+=("$DPID")
# Wait for the catch-up of the load events (bounded).
for _ in $(seq 1 600); do
    curl -s -m 5 "$URL/v1/status" | python3 -c "import json,sys; d=json.load(sys.stdin); sys.exit(0 if all(p['lag']==0 for p in d['projections']) else 1)" 2>/dev/null && break
    sleep 0.1
done

python3 - "$URL" > "$TMP/flood.txt" 2>&1 <<'PY' && ok || bad "report flood: $(tail -n 8 "$TMP/flood.txt")"
import json, sys, threading, time, urllib.error, urllib.request
url = sys.argv[1]
def get(path, timeout=120):
    t0 = time.time()
    try:
        with urllib.request.urlopen(url + path, timeout=timeout) as r:
            return r.status, dict(r.headers), r.read(), time.time() - t0
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read(), time.time() - t0
# One report alone, for scale: over 1 MiB, so it is streamed in chunks.
st, hd, body, alone = get("/v1/report?window=30")
assert st == 200, (st, body[:200])
assert hd.get("Transfer-Encoding") == "chunked" and "Content-Length" not in hd, hd
assert json.loads(body)["schema"] == "seismo.report/2" and body.endswith(b"}\n")
print("one report: %.2f s, %d bytes, chunked" % (alone, len(body)))
# A reader that takes its time still gets the whole document.
with urllib.request.urlopen(url + "/v1/report?window=31", timeout=120) as r:
    time.sleep(2)
    slow = r.read()
assert json.loads(slow)["schema"] == "seismo.report/2", slow[-200:]
# 24 different reports at once: 2 run, 16 wait, the rest are refused.
results = {}
def report(i):
    results[i] = get("/v1/report?window=%d" % (i + 1))
threads = [threading.Thread(target=report, args=(i,)) for i in range(24)]
for t in threads: t.start()
time.sleep(0.2)
light = []
for k in range(5):
    pending = sum(1 for t in threads if t.is_alive())
    s1 = get("/v1/status", timeout=30)
    s2 = get("/healthz", timeout=30)
    ev = json.dumps({"type": "share_move", "occurred_on": "2025-01-%02d" % (k + 2),
        "companies": [{"id": "LD00", "role": "subject"}], "data": {"percent": k + 1.5},
        "source": {"name": "light-%d.txt" % k, "offset": 0, "length": 1, "sentence": "light %d" % k}})
    req = urllib.request.Request(url + "/v1/events", data=(ev + "\n").encode(),
                                 headers={"Content-Type": "application/x-ndjson"})
    t0 = time.time()
    with urllib.request.urlopen(req, timeout=30) as r:
        s3 = (r.status, time.time() - t0)
    after = sum(1 for t in threads if t.is_alive())
    light.append((pending, after, s1[0], s1[3], s2[0], s2[3], s3[0], s3[1]))
    time.sleep(0.1)
for t in threads: t.join(300)
for l in light:
    print("reports in flight %d -> %d: status %d %.3f s, healthz %d %.3f s, append %d %.3f s" % l)
    assert l[2] == 200 and l[4] == 200 and l[6] in (200, 201), l
# The light requests were answered while reports were still running.
assert any(l[1] > 0 for l in light), "reports finished before the light requests were answered"
codes = [results[i][0] for i in range(24)]
print("report statuses:", sorted(codes))
assert codes.count(200) >= 2 and codes.count(503) >= 1 and set(codes) <= {200, 503}, codes
for i in range(24):
    if results[i][0] == 200:
        json.loads(results[i][2])
    if results[i][0] == 503:
        assert "Retry-After" in results[i][1], results[i][1]
        assert json.loads(results[i][2])["error"]["code"] == "busy"
slowest = max(results[i][3] for i in range(24) if results[i][0] == 200)
# Identical reports at once are computed once.
def metric(name):
    _, _, text, _ = get("/metrics")
    for line in text.decode().splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    raise AssertionError(name + " missing")
shared0 = metric("seismo_queries_shared_total")
same = {}
def same_report(i):
    same[i] = get("/v1/report?window=99")
threads = [threading.Thread(target=same_report, args=(i,)) for i in range(8)]
for t in threads: t.start()
for t in threads: t.join(300)
bodies = {same[i][2] for i in range(8)}
assert all(same[i][0] == 200 for i in range(8)) and len(bodies) == 1, [same[i][0] for i in range(8)]
shared = metric("seismo_queries_shared_total") - shared0
print("8 identical reports at once: %d answered by another's computation" % shared)
assert shared >= 1, shared
stall = metric("seismo_loop_stall_max_seconds")
print("worst loop stall %.3f s, slowest report %.3f s, one report alone %.3f s" % (stall, slowest, alone))
# The worst stall is printed, not asserted: on a loaded machine the loop
# thread can wait for a CPU; tests/bench/daemon.sh measures it quietly.
PY
cat "$TMP/flood.txt" >&2

# Expect: 100-continue gets its 100 before the body is sent; other expectations get 417.
python3 - "$PORT" > "$TMP/expect.txt" 2>&1 <<'PY' && ok || bad "Expect: $(cat "$TMP/expect.txt")"
import socket, sys
port = int(sys.argv[1])
body = b'{"type":"share_move","occurred_on":"2025-01-03","companies":[{"id":"LD01","role":"subject"}],"data":{"percent":2},"source":{"name":"expect.txt","offset":0,"length":1,"sentence":"x"}}\n'
s = socket.create_connection(("127.0.0.1", port))
s.settimeout(10)
s.sendall(b"POST /v1/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\n"
          b"Expect: 100-continue\r\nContent-Length: %d\r\n\r\n" % len(body))
first = s.recv(4096)
assert first.startswith(b"HTTP/1.1 100 Continue\r\n\r\n"), first
s.sendall(body)
data = b""
while b"\r\n\r\n" not in data or not data.rstrip().endswith(b"}"):
    chunk = s.recv(65536)
    if not chunk: break
    data += chunk
assert data.startswith(b"HTTP/1.1 201"), data[:200]
s = socket.create_connection(("127.0.0.1", port))
s.settimeout(10)
s.sendall(b"POST /v1/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\n"
          b"Expect: something-else\r\nContent-Length: %d\r\n\r\n" % len(body))
r = s.recv(4096)
assert r.startswith(b"HTTP/1.1 417"), r[:200]
print("ok")
PY
set +e; stop_pid "$DPID" 20; rc=$?; set -e
[ "$rc" = 0 ] && ok || bad "daemon exit status after SIGTERM: $rc"

# 100 clients of one report: computed once, written to all of them from the
# same chunks, a bounded share a turn. What is asserted is that share: the
# most bytes of streamed answers one turn of the loop handed to connections
# (seismo_stream_turn_bytes_max), at most DAEMON_STREAM_TURN (1 MiB) and the
# piece that crosses it (64 KiB); without the bound a turn would hand each of
# the 100 clients its 128 KiB backlog (12.5 MiB). The loop's CPU in its
# longest turn (about 1 ms here, 3 to 7 with the sanitizers; 4 to 14 ms when
# each piece was copied into every client's buffer) is printed, and measured
# against its 10 ms target by make bench (tests/bench/daemon.sh), not here:
# a shared machine decides how long a turn's CPU work takes.
if daemon_start "$TMP/share.log" --db "$DB" --workers 2 --max-connections 256; then ok; else bad "share daemon did not start"; fi
DAEMON_PIDS+=("$DPID")
python3 - "$PORT" $(((1 << 20) + (64 << 10))) > "$TMP/share.txt" 2>&1 <<'PY' && ok || bad "100 clients of one report: $(tail -n 6 "$TMP/share.txt")"
import json, selectors, socket, sys, time, urllib.request
port, bound = int(sys.argv[1]), int(sys.argv[2])
def metric(name):
    with urllib.request.urlopen("http://127.0.0.1:%d/metrics" % port, timeout=30) as r:
        for line in r.read().decode().splitlines():
            if line.startswith(name + " "):
                return float(line.split()[1])
    raise AssertionError(name + " missing")
n = 100
socks = [socket.create_connection(("127.0.0.1", port)) for _ in range(n)]
time.sleep(0.2)
req = b"GET /v1/report?window=77 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
sel = selectors.DefaultSelector()
data = {}
for s in socks:
    s.sendall(req)
    s.setblocking(False)
    data[s] = bytearray()
    sel.register(s, selectors.EVENT_READ)
left, t0 = n, time.time()
while left and time.time() - t0 < 120:
    for key, _ in sel.select(timeout=1):
        chunk = key.fileobj.recv(1 << 18)
        if chunk:
            data[key.fileobj] += chunk
        else:
            sel.unregister(key.fileobj)
            left -= 1
assert left == 0, "%d answers did not end" % left
def body(raw):
    head, _, rest = bytes(raw).partition(b"\r\n\r\n")
    out = bytearray()
    while True:
        size, _, rest = rest.partition(b"\r\n")
        k = int(size, 16)
        if k == 0:
            return head, bytes(out)
        out += rest[:k]
        rest = rest[k + 2:]
answers = [body(raw) for raw in data.values()]
ok = [b for h, b in answers if h.startswith(b"HTTP/1.1 200")]
assert len(ok) + sum(1 for h, _ in answers if h.startswith(b"HTTP/1.1 503")) == n, [h[:20] for h, _ in answers]
assert len(ok) >= 90 and len(set(ok)) == 1, (len(ok), len(set(ok)))
doc = json.loads(ok[0])
assert doc["schema"] == "seismo.report/2" and len(ok[0]) > (1 << 20), len(ok[0])
shared = metric("seismo_queries_shared_total")
turn = metric("seismo_loop_turn_cpu_max_seconds") * 1000
most = int(metric("seismo_stream_turn_bytes_max"))
print("100 clients of one report (%d bytes): %d answered, %d by another's computation; one turn handed at most %d bytes (bound %d); longest loop turn %.2f ms of CPU, worst stall %.1f ms"
      % (len(ok[0]), len(ok), shared, most, bound, turn, metric("seismo_loop_stall_max_seconds") * 1000))
assert shared >= 80, shared
assert 0 < most <= bound, "one turn of the loop handed %d bytes of streamed answers (bound %d)" % (most, bound)
PY
cat "$TMP/share.txt" >&2
set +e; stop_pid "$DPID" 20; rc=$?; set -e
[ "$rc" = 0 ] && ok || bad "share daemon exit status after SIGTERM: $rc"

# Idle connections make room: with --max-connections 4 and four idle ones
# open, a new request is answered and the one idle the longest is closed.
if daemon_start "$TMP/idle.log" --db "$DB" --max-connections 4 --log-format json; then ok; else bad "second daemon did not start"; fi
DAEMON_PIDS+=("$DPID")
python3 - "$PORT" > "$TMP/idle.txt" 2>&1 <<'PY' && ok || bad "idle connections: $(cat "$TMP/idle.txt")"
import socket, sys, time
port = int(sys.argv[1])
idle = []
for i in range(4):
    idle.append(socket.create_connection(("127.0.0.1", port)))
    time.sleep(0.05)
time.sleep(0.2)
for k in range(3):
    s = socket.create_connection(("127.0.0.1", port))
    s.settimeout(10)
    s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    r = s.recv(4096)
    assert r.startswith(b"HTTP/1.1 200"), (k, r[:100])
    s.close()
# The oldest idle ones were closed, the newest is still open.
idle[0].settimeout(5)
assert idle[0].recv(10) == b"", "the oldest idle connection is still open"
idle[3].settimeout(0.3)
try:
    idle[3].recv(10)
    raise AssertionError("the newest idle connection was closed")
except socket.timeout:
    pass
print("ok")
PY
set +e; stop_pid "$DPID" 20; rc=$?; set -e
[ "$rc" = 0 ] && ok || bad "second daemon exit status after SIGTERM: $rc"
# --log-format json keeps an access log: one line of fields per request.
python3 - "$TMP/idle.log" > "$TMP/access.txt" 2>&1 <<'PY' && ok || bad "access log: $(cat "$TMP/access.txt")"
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
req = [l for l in lines if l.get("event") == "request"]
hz = [l for l in req if l["path"] == "/healthz"]
assert len(hz) >= 3, req[:5]
for l in hz:
    assert l["method"] == "GET" and l["status"] == 200 and l["bytes"] == 16, l
    assert isinstance(l["ms"], (int, float)) and l["ms"] >= 0 and l["level"] == "info" and l["ts"], l
print("ok")
PY

# SIGTERM while keep-alive clients send queries: every answer comes whole
# (200, or 503 once it is stopping), no client waits in vain, and the daemon
# exits 0. The requests read in the same turn of the loop as the signal
# wait for a read of the data version that begins at the end of that turn;
# the stop must begin it, or they are never answered (the sanitizer build
# then exits with the leaked requests). A request may go unanswered only as
# the last of a connection the daemon closed: one idle when the signal came
# is closed at once, and what its client sends after is read and dropped (a
# client cannot tell that from a request dropped after it was read, hence
# the exit status). A few rounds, since the signal lands at a random point.
cat > "$TMP/stop_clients.py" <<'PY'
import json, os, random, signal, socket, sys, threading, time, urllib.request
port, pid, nclients = int(sys.argv[1]), int(sys.argv[2]), 16
lock = threading.Lock()
count = {"sent": 0, "answered": 0, "unread": 0}
problems = []
def note(key):
    with lock:
        count[key] += 1
def problem(what):
    with lock:
        problems.append(what)
def answer(s):
    """One response's status and head, or None when the connection ended before a byte of it."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = s.recv(65536)
        if not chunk:
            if data:
                raise AssertionError("an answer cut short: %r" % data[:100])
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    fields = {l.split(b":", 1)[0].strip().lower(): l.split(b":", 1)[1].strip() for l in lines[1:]}
    n = int(fields[b"content-length"])
    while len(body) < n:
        chunk = s.recv(65536)
        if not chunk:
            raise AssertionError("an answer's body cut short")
        body += chunk
    return int(lines[0].split()[1]), fields
def client(i):
    req = b"GET /v1/companies/LD%02d/timeline HTTP/1.1\r\nHost: x\r\n\r\n" % (i % 40)
    while True:
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=10)
        except OSError:
            return  # the daemon stopped listening
        with s:
            while True:
                try:
                    s.sendall(req)
                except OSError:
                    break  # reset before it was sent: never read (and not counted)
                note("sent")
                try:
                    got = answer(s)
                except ConnectionResetError:
                    note("unread")  # closed with it unread: by the stop
                    break
                except socket.timeout:
                    problem("client %d: no answer in 10 s" % i)
                    return
                except AssertionError as e:
                    problem("client %d: %s" % (i, e))
                    return
                if got is None:
                    note("unread")  # the connection ended first: closed by the stop
                    break
                status, fields = got
                note("answered")
                if status not in (200, 503):
                    problem("client %d: HTTP %d" % (i, status))
                if fields.get(b"connection", b"").lower() == b"close":
                    break
# Caught up first: answers are cached only then (and only cached ones wait for the read).
for _ in range(300):
    with urllib.request.urlopen("http://127.0.0.1:%d/v1/status" % port, timeout=10) as r:
        if all(p["lag"] == 0 for p in json.load(r)["projections"]):
            break
    time.sleep(0.1)
threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(nclients)]
for t in threads: t.start()
t0 = time.time()
while count["answered"] < 300 and time.time() - t0 < 20:
    time.sleep(0.01)
time.sleep(random.random() * 0.05)
os.kill(pid, signal.SIGTERM)
for t in threads: t.join(timeout=20)
alive = sum(t.is_alive() for t in threads)
print("%(sent)d sent, %(answered)d answered, %(unread)d cut by the close" % count, "; ".join(problems[:5]))
assert count["answered"] >= 300, count
assert not problems and not alive, (problems[:5], alive)
# One request cut at most per client: only the stop closes a connection first.
assert count["sent"] == count["answered"] + count["unread"] and count["unread"] <= nclients, count
PY
for round in 1 2 3 4; do
    if daemon_start "$TMP/stop$round.log" --db "$DB"; then ok; else bad "daemon for the stop under queries did not start"; continue; fi
    DAEMON_PIDS+=("$DPID")
    timeout -k 5 60 python3 "$TMP/stop_clients.py" "$PORT" "$DPID" > "$TMP/stop$round.txt" 2>&1 && ok ||
        bad "SIGTERM under queries (round $round): $(tail -n 4 "$TMP/stop$round.txt")"
    set +e; wait_pid "$DPID" 20; rc=$?; set -e
    [ "$rc" = 0 ] && ok || bad "exit status after SIGTERM under queries (round $round): $rc ($(grep -m1 -A3 'ERROR' "$TMP/stop$round.log" | head -c 400))"
done
finish
