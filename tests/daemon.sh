#!/usr/bin/env bash
# The daemon end to end: spool, HTTP API and its error statuses, long polls,
# signals, start-up refusals, and two daemons plus CLI ingests on one database.
. "$(dirname "$0")/lib.sh"
SEED="$SHARED/seed/apple-alibaba-2025-02-12.txt"
pids=()
KEEP_LOGS=1
at_exit 'for p in "${pids[@]}"; do kill -9 "$p"; done'

# A port for a daemon: below the kernel's ephemeral range (32768 and up), where
# no client connection of this or another test can take it between the pick
# and the bind; another test's listener may hold it (start_daemon tries again).
pick_port() { echo $((20000 + RANDOM % 12000)); }
# start_daemon NAME ARGS...: starts `seismo daemon --listen 127.0.0.1:PORT ARGS`
# (output in $TMP/NAME.log) and waits, 30 s at most, until it has said it
# listens on PORT (in that file, or in the --log-file of ARGS) and answers
# /healthz; sets PORT and DPID. A daemon refused its port (taken) exits 64 at
# once: another port is tried, 5 in all. Returns 1 when none started.
start_daemon() {
    local name=$1 try i log a prev=
    shift
    log=$TMP/$name.log
    for a in "$@"; do [ "$prev" = --log-file ] && log=$a; prev=$a; done
    for try in 1 2 3 4 5; do
        PORT=$(pick_port)
        "$SEISMO" daemon --listen "127.0.0.1:$PORT" "$@" >"$TMP/$name.log" 2>&1 &
        DPID=$!
        pids+=("$DPID")
        for i in $(seq 1 300); do
            kill -0 "$DPID" 2>/dev/null || break
            if grep -qs "listening on 127.0.0.1:$PORT" "$log" &&
                curl -sf -m 5 "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; then
                return 0
            fi
            sleep 0.1
        done
        kill -KILL "$DPID" 2>/dev/null || true
        wait "$DPID" 2>/dev/null || true
    done
    return 1
}
# code METHOD URL [CURL ARGS...]: prints the HTTP status, and curl's exit
# status when it failed (a failed request is a failed check, not the end of
# the script).
code() {
    local m=$1 u=$2 rc=0
    shift 2
    curl -s -o "$TMP/body" -w '%{http_code}' -X "$m" "$@" "$u" || rc=$?
    [ "$rc" = 0 ] || echo " (curl exit $rc)"
}
expect_code() { # expect_code WANT DESCRIPTION METHOD URL [ARGS...]
    local want=$1 d=$2; shift 2
    local got; got=$(code "$@")
    if [ "$got" = "$want" ]; then ok; else bad "$d: HTTP $got, want $want ($(head -c 200 "$TMP/body"))"; fi
}

DB="$TMP/d.db"
mkdir -p "$TMP/spool"
if start_daemon main --db "$DB" --spool "$TMP/spool" --max-body 200000 --pid-file "$TMP/d.pid"; then ok; else
    bad "the daemon did not start: $(tail -c 400 "$TMP/main.log")"
    finish
    exit 1
fi
MAIN=$DPID
URL="http://127.0.0.1:$PORT"
check "pid file written" test -s "$TMP/d.pid"

# --- spool: the seed article appears in the timeline with its seven dated events
cp "$SEED" "$TMP/spool/incoming/.seed.tmp" && mv "$TMP/spool/incoming/.seed.tmp" "$TMP/spool/incoming/seed.txt"
touch "$TMP/spool/incoming/.hidden" "$TMP/spool/incoming/partial.tmp"
dated=0
for _ in $(seq 1 150); do # 15 s at least
    curl -s -m 5 "$URL/v1/companies/AAPL/timeline" > "$TMP/tl.json" 2>/dev/null || true
    dated=$(python3 -c "import json,sys
try: d=json.load(open('$TMP/tl.json'))
except Exception: print(0); sys.exit()
print(len([e for e in d.get('events',[]) if e.get('occurred_on')]))" 2>/dev/null || echo 0)
    [ "$dated" -ge 7 ] && break
    sleep 0.1
done
[ "$dated" = 7 ] && ok || bad "timeline of AAPL lists 7 dated events after the spool (got $dated)"
check "seed moved to done/" test -f "$TMP/spool/done/seed.txt"
check "dot files stay in incoming/" test -f "$TMP/spool/incoming/.hidden"
check ".tmp files stay in incoming/" test -f "$TMP/spool/incoming/partial.tmp"
printf 'bad\xff\xfeutf8\n' > "$TMP/spool/incoming/.bad.tmp" && mv "$TMP/spool/incoming/.bad.tmp" "$TMP/spool/incoming/bad.txt"
for _ in $(seq 1 100); do [ -f "$TMP/spool/rejected/bad.txt.error" ] && break; sleep 0.1; done
check "a bad file goes to rejected/" test -f "$TMP/spool/rejected/bad.txt"
check "with its .error file" test -s "$TMP/spool/rejected/bad.txt.error"

# --- POST the same article again: 200, nothing appended
expect_code 200 "re-post of the seed" POST "$URL/v1/articles?source=seed.txt" -H 'Content-Type: text/plain' --data-binary @"$SEED"
python3 -c "import json; d=json.load(open('$TMP/body')); assert d['appended']==[] and len(d['present'])>=13, d" && ok || bad "re-post appends nothing"
printf 'Date: March 3, 2025\nNvidia shares rose 4%% on Monday.\n' > "$TMP/new.txt"
expect_code 201 "post of a new article" POST "$URL/v1/articles" -H 'Content-Type: text/plain' --data-binary @"$TMP/new.txt"

# --- events, NDJSON appends, long poll
expect_code 200 "GET /v1/events" GET "$URL/v1/events?company=AAPL&limit=3"
python3 -c "import json; d=json.load(open('$TMP/body')); assert d['count']==3 and d['events'][0]['seq']==1, d" && ok || bad "events page"
head=$(python3 -c "import json,urllib.request; print(json.load(urllib.request.urlopen('$URL/v1/status', timeout=30))['head']['seq'])")
curl -s "$URL/v1/events?after=$head&wait=20" > "$TMP/poll.json" &
poll=$!
sleep 0.5
# Answers are cached until the read models move: ask twice before the append, once after.
expect_code 200 "NVDA timeline before" GET "$URL/v1/companies/NVDA/timeline"
expect_code 200 "NVDA timeline before (cached)" GET "$URL/v1/companies/NVDA/timeline"
nv_before=$(python3 -c "import json; print(len(json.load(open('$TMP/body'))['events']))")
printf '{"type":"share_move","occurred_on":"2025-03-04","companies":[{"id":"INTC"}],"data":{"percent":-2}}\n{"type":"share_move","occurred_on":"2025-03-05","companies":[{"id":"NVDA"}],"data":{"percent":3}}\n' > "$TMP/ev.ndjson"
expect_code 201 "POST /v1/events" POST "$URL/v1/events" -H 'Content-Type: application/x-ndjson' --data-binary @"$TMP/ev.ndjson"
start=$(date +%s)
wait $poll || true
[ $(( $(date +%s) - start )) -lt 5 ] && ok || bad "long poll returned late"
python3 -c "import json; d=json.load(open('$TMP/poll.json')); assert d['count']==2 and d['events'][0]['companies'][0]['id']=='INTC', d" && ok || bad "long poll returns the new events"
expect_code 200 "POST /v1/events again" POST "$URL/v1/events" -H 'Content-Type: application/x-ndjson' --data-binary @"$TMP/ev.ndjson"
expect_code 200 "NVDA timeline after, consistent" GET "$URL/v1/companies/NVDA/timeline?consistent=1"
nv_after=$(python3 -c "import json; print(len(json.load(open('$TMP/body'))['events']))")
[ "$nv_after" = $((nv_before + 1)) ] && ok || bad "cached timeline must see the new event ($nv_before then $nv_after)"
expect_code 200 "NVDA timeline after" GET "$URL/v1/companies/NVDA/timeline"
python3 -c "import json; assert len(json.load(open('$TMP/body'))['events']) == $nv_after" && ok || bad "timeline after the append"


# A filtered long poll is not ended by events that do not match its filter.
head=$(python3 -c "import json,urllib.request; print(json.load(urllib.request.urlopen('$URL/v1/status', timeout=30))['head']['seq'])")
start=$(date +%s.%N)
curl -s "$URL/v1/events?company=BIDU&after=$head&wait=3" > "$TMP/fpoll.json" &
fpoll=$!
sleep 0.5
printf '{"type":"share_move","occurred_on":"2025-03-06","companies":[{"id":"META"}],"data":{"percent":1}}\n' |
    curl -s -o /dev/null -H 'Content-Type: application/x-ndjson' --data-binary @- "$URL/v1/events"
wait $fpoll || true
python3 -c "
import json, time
d = json.load(open('$TMP/fpoll.json'))
assert d['count'] == 0, d
assert time.time() - $start >= 2.5, 'returned early'
" && ok || bad "a filtered long poll waits out non-matching events ($(cat "$TMP/fpoll.json"))"

# A client that resets while its requests are being answered does not hurt the daemon.
python3 - "$PORT" <<'PY' && ok || bad "reset while busy"
import socket, struct, sys, time
port = int(sys.argv[1])
for _ in range(3):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET /v1/status HTTP/1.1\r\nHost: x\r\n\r\n" * 50 +
              b"GET /v1/events?after=999999&wait=2 HTTP/1.1\r\nHost: x\r\n\r\n")
    time.sleep(0.2)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    s.close()  # RST with answers unread
time.sleep(2.5)
PY
expect_code 200 "alive after resets" GET "$URL/healthz"

# Bytes piling up behind a parked request are not read: memory stays flat.
python3 - "$PORT" "$MAIN" <<'PY' && ok || bad "flood behind a parked request"
import socket, sys, time
port, pid = int(sys.argv[1]), sys.argv[2]
def rss():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
before = rss()
s = socket.create_connection(("127.0.0.1", port))
s.sendall(b"GET /v1/events?after=999999&wait=3 HTTP/1.1\r\nHost: x\r\n\r\n")
s.settimeout(2)
sent = 0
try:
    while sent < 64 << 20:
        sent += s.send(b"x" * 65536)
except (socket.timeout, OSError):
    pass
grown = rss() - before
s.close()
assert grown < 16 << 10, f"RSS grew by {grown} kB after {sent} bytes"
PY

# --- error statuses
expect_code 400 "malformed NDJSON" POST "$URL/v1/events" -H 'Content-Type: application/x-ndjson' --data-binary '{"type":'
contains "$TMP/body" '"error"' "errors are JSON"
expect_code 400 "bad parameter" GET "$URL/v1/events?limit=abc"
expect_code 404 "unknown route" GET "$URL/v1/nothing"
expect_code 404 "unknown company" GET "$URL/v1/companies/NOSUCHCO/timeline"
expect_code 405 "wrong method" DELETE "$URL/v1/events"
expect_code 405 "wrong method on a query route" POST "$URL/v1/companies/AAPL/timeline" -H 'Content-Type: text/plain' --data 'x'
expect_code 411 "POST without length" POST "$URL/v1/articles" -H 'Content-Type: text/plain' -H 'Transfer-Encoding:' -H 'Content-Length:'
head -c 300000 /dev/zero | tr '\0' 'a' > "$TMP/big.txt"
expect_code 413 "body over --max-body" POST "$URL/v1/articles" -H 'Content-Type: text/plain' --data-binary @"$TMP/big.txt"
# The 413 is sent as soon as the headers ask for too much, while the client is
# still sending: the rest of the body must be read and dropped, not left unread
# (a close with unread bytes resets the connection, and curl still sending
# then fails, "send failure", without the answer). A body of 8 MB without
# Expect: 100-continue keeps curl sending long after the 413.
head -c 8000000 /dev/zero | tr '\0' 'a' > "$TMP/huge.txt"
lost=()
for i in $(seq 1 20); do
    got=$(code POST "$URL/v1/articles" -H 'Content-Type: text/plain' -H 'Expect:' --data-binary @"$TMP/huge.txt")
    [ "$got" = 413 ] || lost+=("$got")
done
[ ${#lost[@]} = 0 ] && ok || bad "413 to a client still sending its body: ${#lost[@]} of 20 lost (${lost[*]:0:3})"
expect_code 415 "wrong content type" POST "$URL/v1/articles" -H 'Content-Type: image/png' --data 'x'
python3 - "$PORT" > "$TMP/raw.txt" <<'PY' && ok || bad "raw malformed request answered 400 ($(cat "$TMP/raw.txt"))"
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
s.settimeout(10)
s.sendall(b"GARBAGE\x01 / HTTP/1.1\r\n\r\n")
r = s.recv(4096).decode("latin-1")
print(r.splitlines()[0] if r else "nothing")
assert r.startswith("HTTP/1.1 400"), r
PY
expect_code 200 "/metrics" GET "$URL/metrics"
contains "$TMP/body" 'seismo_http_requests_total{route="/v1/events",status="201"}' "metrics count requests by route and status"
contains "$TMP/body" "seismo_http_request_duration_seconds_bucket" "metrics latency histogram"
contains "$TMP/body" "seismo_projection_lag" "metrics projection lag"
contains "$TMP/body" "seismo_articles_rejected_total 1" "metrics count rejected articles"

# --- keep-alive and pipelining on one connection
python3 - "$PORT" > "$TMP/pipe.txt" <<'PY' && ok || bad "pipelined keep-alive requests ($(cat "$TMP/pipe.txt"))"
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
s.settimeout(10)
s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /v1/status HTTP/1.1\r\nHost: x\r\n\r\n")
data = b""
while data.count(b"HTTP/1.1 200") < 2:
    chunk = s.recv(65536)
    if not chunk: break
    data += chunk
assert data.count(b"HTTP/1.1 200") == 2, data[:300]
PY

# --- shutting down: an in-flight long poll is answered, a pipelined request gets 503, exit 0
python3 - "$PORT" "$MAIN" > "$TMP/stop.txt" <<'PY' && ok || bad "shutdown answers in-flight and 503 ($(cat "$TMP/stop.txt"))"
import os, signal, socket, sys, time
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
s.sendall(b"GET /v1/events?after=100000&wait=30 HTTP/1.1\r\nHost: x\r\n\r\n"
          b"GET /v1/status HTTP/1.1\r\nHost: x\r\n\r\n")
time.sleep(0.5)
os.kill(int(sys.argv[2]), signal.SIGTERM)
data = b""
s.settimeout(10)
while True:
    chunk = s.recv(65536)
    if not chunk: break
    data += chunk
import re
heads = re.findall(rb"HTTP/1\.1 \d+ [^\r]*", data)
print(heads, data[-300:])
assert len(heads) == 2 and heads[0].startswith(b"HTTP/1.1 200") and heads[1].startswith(b"HTTP/1.1 503"), heads
PY
set +e; wait_pid "$MAIN" 20; rc=$?; set -e
[ $rc = 0 ] && ok || bad "SIGTERM: exit $rc, want 0"
check "pid file removed" test ! -e "$TMP/d.pid"
expect_exit 0 "verify after the daemon" "$SEISMO" --db "$DB" verify

# --- start-up refusals (exit 64)
# The blocker binds port 0 and says which port it holds, so the port is surely
# taken (a port picked first and bound later may be lost to another process,
# and the daemon would then start normally).
python3 -c "import socket,time,os; s=socket.socket(); s.bind(('127.0.0.1',0)); s.listen(); open('$TMP/blocked.tmp','w').write(str(s.getsockname()[1])); os.rename('$TMP/blocked.tmp','$TMP/blocked'); time.sleep(60)" &
blocker=$!; pids+=("$blocker")
# Python can take seconds to start on a loaded machine: wait (10 s at most) until the port is taken.
for _ in $(seq 1 100); do [ -e "$TMP/blocked" ] && break; sleep 0.1; done
if [ -s "$TMP/blocked" ]; then
    PORT2=$(cat "$TMP/blocked")
    expect_exit 64 "busy port" timeout 20 "$SEISMO" --db "$DB" daemon --listen "127.0.0.1:$PORT2"
    contains "$TMP/err" "address already in use" "busy port message"
else
    bad "busy port: the blocker did not take a port within 10 s"
    PORT2=$(pick_port)
fi
kill $blocker 2>/dev/null || true
expect_exit 64 "non-loopback without a token" "$SEISMO" --db "$DB" daemon --listen "0.0.0.0:$PORT2"
mkdir -p "$TMP/ro" && chmod 0555 "$TMP/ro"
if [ "$(id -u)" != 0 ]; then
    expect_exit 64 "unwritable spool" "$SEISMO" --db "$DB" daemon --spool "$TMP/ro" --listen "127.0.0.1:$PORT2"
fi
touch "$TMP/spoolfile"
expect_exit 64 "spool is a file" "$SEISMO" --db "$DB" daemon --spool "$TMP/spoolfile" --listen "127.0.0.1:$PORT2"
expect_exit 64 "bad --max-body" "$SEISMO" --db "$DB" daemon --max-body lots
expect_exit 64 "unreadable database dir" "$SEISMO" --db "$TMP/nodir/x.db" daemon --listen "127.0.0.1:$PORT2"

# --- a token: 401 without it, 200 with it, on a unix socket too
head -c 32 /dev/urandom | base64 > "$TMP/token"
SOCK="$TMP/d.sock"
check "token daemon up" start_daemon tok --db "$DB" --listen "unix:$SOCK" --token-file "$TMP/token"
TOK=$DPID PORT2=$PORT
expect_code 401 "no token" GET "http://127.0.0.1:$PORT2/v1/status"
expect_code 401 "wrong token" GET "http://127.0.0.1:$PORT2/v1/status" -H "Authorization: Bearer wrong-token-wrong-token"
expect_code 200 "right token" GET "http://127.0.0.1:$PORT2/v1/status" -H "Authorization: Bearer $(cat "$TMP/token")"
[ "$(stat -c %a "$SOCK")" = 600 ] && ok || bad "unix socket mode is $(stat -c %a "$SOCK"), want 600"
expect_code 200 "unix socket" GET "http://x/v1/status" --unix-socket "$SOCK" -H "Authorization: Bearer $(cat "$TMP/token")"
set +e; stop_pid "$TOK" 20; rc=$?; set -e
[ $rc = 0 ] && ok || bad "token daemon exit $rc"

# --- limits: idle and trickling connections, --max-connections; SIGHUP
check "limits daemon up" start_daemon limits --db "$DB" --max-connections 2 --idle-timeout 1 \
    --log-file "$TMP/limits.log"
LIM=$DPID PL=$PORT
python3 - "$PL" > "$TMP/limits.txt" <<'PY' && ok || bad "idle, trickle and max-connections ($(cat "$TMP/limits.txt"))"
import socket, sys, time
port = int(sys.argv[1])
def closed_within(s, secs):
    s.settimeout(secs)
    t0 = time.time()
    try:
        data = s.recv(4096)
    except socket.timeout:
        return None, secs
    return data, time.time() - t0
# An idle connection is closed after --idle-timeout.
idle = socket.create_connection(("127.0.0.1", port))
data, took = closed_within(idle, 5)
assert data == b"" and took < 3, ("idle", data, took)
# A trickling one too, even though bytes keep coming.
tr = socket.create_connection(("127.0.0.1", port))
t0 = time.time()
closed = False
for ch in b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 40:
    try:
        tr.send(bytes([ch]))
    except OSError:
        closed = True
        break
    time.sleep(0.1)
    tr.settimeout(0.01)
    try:
        if tr.recv(1) == b"":
            closed = True
            break
    except socket.timeout:
        pass
assert closed and time.time() - t0 < 3, ("trickle", closed, time.time() - t0)
# Past --max-connections a connection gets a 503 and is closed (when no
# connection is idle: these two have started a request; an idle one would be
# closed to make room, tests/daemon_load.sh).
a = socket.create_connection(("127.0.0.1", port))
b = socket.create_connection(("127.0.0.1", port))
a.sendall(b"GET /healthz HTTP/1.1\r\n")
b.sendall(b"GET /healthz HTTP/1.1\r\n")
time.sleep(0.2)
c = socket.create_connection(("127.0.0.1", port))
c.settimeout(3)
r = c.recv(4096)
assert r.startswith(b"HTTP/1.1 503"), ("max-connections", r[:80])
# The two within the limit are served.
a.sendall(b"Host: x\r\n\r\n")
a.settimeout(3)
assert a.recv(4096).startswith(b"HTTP/1.1 200")
print("ok")
PY
mv "$TMP/limits.log" "$TMP/limits.log.1"
kill -HUP "$LIM" 2>/dev/null || true
for _ in $(seq 1 30); do grep -q "SIGHUP" "$TMP/limits.log" 2>/dev/null && break; sleep 0.1; done
contains "$TMP/limits.log" "log file reopened, company registry reloaded" "SIGHUP reopens the log file"
expect_code 200 "serves after SIGHUP" GET "http://127.0.0.1:$PL/v1/status"
contains "$TMP/limits.log.1" "listening on 127.0.0.1:$PL" "the old log kept the start line"
set +e; stop_pid "$LIM" 20; rc=$?; set -e
[ $rc = 0 ] && ok || bad "limits daemon exit $rc"

# --- two daemons and two CLI ingests on one database at once
DB2="$TMP/two.db"
mkdir -p "$TMP/arts"
for i in $(seq 1 40); do
    printf 'Date: January %d, 2025\nIntel shares rose %d.%d%% after the company said it would cut costs.\n' \
        $(( (i % 28) + 1 )) $((i % 9 + 1)) "$i" > "$TMP/arts/a$i.txt"
done
"$SEISMO" --db "$DB2" init >/dev/null
mkdir -p "$TMP/sa" "$TMP/sb"
check "daemon A up" start_daemon da --db "$DB2" --spool "$TMP/sa"; DA=$DPID PA=$PORT
check "daemon B up" start_daemon db --db "$DB2" --spool "$TMP/sb"; DB_=$DPID PB=$PORT
( for i in $(seq 1 10); do cp "$TMP/arts/a$i.txt" "$TMP/sa/incoming/"; done ) &
( for i in $(seq 11 20); do cp "$TMP/arts/a$i.txt" "$TMP/sb/incoming/"; done ) &
( for i in $(seq 21 30); do timeout 60 "$SEISMO" --db "$DB2" ingest "$TMP/arts/a$i.txt" >/dev/null; done ) &
( for i in $(seq 21 40); do timeout 60 "$SEISMO" --db "$DB2" ingest "$TMP/arts/a$i.txt" >/dev/null; done ) &
( for i in $(seq 1 20); do curl -s -o /dev/null -H 'Content-Type: text/plain' --data-binary @"$TMP/arts/a$i.txt" "http://127.0.0.1:$PB/v1/articles?source=a$i.txt"; done ) &
for j in $(jobs -p); do case " ${pids[*]} " in *" $j "*) ;; *) wait "$j" || true;; esac; done
# The spools take a file at a time, on a loaded machine slowly: 30 s at most.
for _ in $(seq 1 300); do
    [ "$(ls "$TMP/sa/incoming" "$TMP/sb/incoming" | grep -c txt)" = 0 ] && break; sleep 0.1
done
kill -TERM "$DA" "$DB_" 2>/dev/null || true
wait_pid "$DA" 20 || true
wait_pid "$DB_" 20 || true
got=$(sqlite3 "$DB2" "SELECT count(*), count(DISTINCT id), max(seq) FROM events")
[ "$got" = "40|40|40" ] && ok || bad "two daemons and two CLIs: got $got, want 40|40|40"
expect_exit 0 "verify after two daemons" "$SEISMO" --db "$DB2" verify

finish
