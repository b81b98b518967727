#!/usr/bin/env bash
# Bad input catalogue (docs/robustness.md): the rows no other script covers.
# Every case must give its documented exit status and no sanitizer report.
. "$(dirname "$0")/lib.sh"
FIX=$(cd "$(dirname "$0")/../fixtures" && pwd)
S=$SEISMO
pids=()
trap 'for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done; rm -rf "$TMP"' EXIT
no_crash() { if grep -qE 'AddressSanitizer|runtime error|LeakSanitizer' "$TMP/err"; then
                 bad "$1: crashed: $(head -c 300 "$TMP/err")"; else ok; fi; }
# case WANT DESCRIPTION COMMAND...: exit status WANT and no crash.
case_() { expect_exit "$@"; no_crash "$2"; }

"$S" ingest "$FIX"/articles/*.txt >/dev/null

# --- environment
case_ 64 "SEISMO_DB is a directory" env SEISMO_DB="$TMP" "$S" status
case_ 66 "SEISMO_DB names a missing file" env SEISMO_DB="$TMP/nope/x.db" "$S" status
(cd "$TMP" && SEISMO_DB= "$S" init >/dev/null 2>&1) && test -f "$TMP/seismo.db" && ok || bad "empty SEISMO_DB: ./seismo.db"
case_ 0 "SOURCE_DATE_EPOCH not a number" env SOURCE_DATE_EPOCH=yesterday "$S" report
case_ 0 "SOURCE_DATE_EPOCH out of range" env SOURCE_DATE_EPOCH=99999999999999999999 "$S" report

# --- CLI arguments
long=$(head -c 100000 /dev/zero | tr '\0' 'A')
case_ 65 "a 100 kB company name" "$S" timeline "$long"
case_ 64 "a 100 kB --since" "$S" events --since "$long"
case_ 64 "--since 2025-02-30" "$S" summary --since 2025-02-30
case_ 64 "--until 2025-13-01" "$S" reactions --until 2025-13-01
case_ 64 "--window -1" "$S" reactions --window -1
case_ 64 "--window 99999999999999999999" "$S" report --window 99999999999999999999
case_ 64 "--window 1x" "$S" report --window 1x
case_ 64 "--format ''" "$S" events --format ''
case_ 64 "--type with a bad name" "$S" timeline AAPL --type 'share_move,nope'
case_ 64 "--expect-head -5" "$S" append --expect-head -5 "$FIX/events/demo.ndjson"
case_ 64 "--expect-head x" "$S" append --expect-head x "$FIX/events/demo.ndjson"
case_ 64 "--date not a date" "$S" ingest --date 12/02/2025 "$FIX/articles/asia-business.txt"
case_ 64 "a missing option argument" "$S" report --company
case_ 64 "an unknown option" "$S" summary --frobnicate

# --- article files
printf '\xff\xfe\x00garbage' > "$TMP/bin.txt"
case_ 65 "binary article" "$S" ingest "$TMP/bin.txt"
printf '{"text": 42}' > "$TMP/feed-type.json"
case_ 65 "feed JSON with a number for text" "$S" ingest "$TMP/feed-type.json"
printf '{"text": "Apple rose 2%%.", "date": "someday"}' > "$TMP/feed-date.json"
# a feed date that names no day is refused (exit 65 naming file, field and value), never stored as null
case_ 65 "feed JSON with a bad date" "$S" ingest --dry-run --format ndjson "$TMP/feed-date.json"
contains "$TMP/err" "feed-date.json: field \"date\": 'someday'" "the bad date is named with its file and field"
printf '{"text": "Apple rose 2%%."}\n{"text": \n' > "$TMP/feed.ndjson"
case_ 65 "NDJSON feed with a cut line" "$S" ingest "$TMP/feed.ndjson"
contains "$TMP/err" "feed.ndjson:2" "the cut line is named"
python3 -c 'print("{\"a\":" * 100000)' > "$TMP/deep.json"
case_ 65 "JSON nested 100000 deep" "$S" ingest "$TMP/deep.json"
python3 -c 'print("Apple " * 400000)' > "$TMP/one-sentence.txt"
case_ 0 "a 2.4 MB sentence" "$S" ingest --dry-run "$TMP/one-sentence.txt"
case_ 65 "an article that is a directory" "$S" ingest "$TMP"

# --- NDJSON events: every fixture under fixtures/events/invalid/
for d in "$FIX"/events/invalid/*/; do
    case_ 65 "invalid event $(basename "$d")" "$S" append "$d/input.json"
done
python3 -c 'print("{\"type\":\"share_move\",\"companies\":[" + ",".join(["{\"id\":\"AAPL\",\"role\":\"subject\"}"]*20000) + "],\"data\":{\"percent\":1}}")' > "$TMP/many.ndjson"
set +e; "$S" append "$TMP/many.ndjson" >"$TMP/out" 2>"$TMP/err"; rc=$?; set -e
[ "$rc" = 0 ] || [ "$rc" = 65 ] && ok || bad "20000 companies in one event: exit $rc"
no_crash "20000 companies in one event"

# --- numbers out of their documented range, control and bidi characters in ids
# and names (docs/events.md, "Ranges"): 65 naming the field, nothing appended
head0=$("$S" status | awk '/^events:/ {print $2}')
case_ 65 "percent 1.8e308" "$S" append "$FIX/events/invalid/percent-max-double/input.json"
contains "$TMP/err" "data.percent" "percent 1.8e308: the field is named"
case_ 65 "an id of 20 right-to-left overrides" "$S" append "$FIX/events/invalid/id-bidi-override/input.json"
contains "$TMP/err" "companies[0].id" "bidi id: the field is named"
case_ 65 "companies add: a name with a right-to-left override" "$S" companies add EVIL --name "$(printf 'Apple\u202eInc')"
contains "$TMP/err" "bidirectional" "companies add: says why"
case_ 65 "companies add: a name with a control character" "$S" companies add EVIL --name "$(printf 'Apple\aInc')"
case_ 65 "companies add: an alias with a bidi isolate" "$S" companies add EVIL --name Evil --alias "$(printf '\u2066x')"
{ cat "$FIX/articles/wire-microsoft-activision.txt"; echo "Reference 8."; } > "$TMP/new-article.txt"
case_ 65 "ingest --source-name with a newline" "$S" ingest --source-name "$(printf 'a\nb.txt')" "$TMP/new-article.txt"
contains "$TMP/err" "source.name" "--source-name with a newline: the field is named"
[ "$("$S" status | awk '/^events:/ {print $2}')" = "$head0" ] && ok || bad "out-of-range input appended something"

# --- HTTP requests that curl will not send: raw bytes on a socket
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
"$S" daemon --db "$SEISMO_DB" --listen "127.0.0.1:$PORT" --max-body 100000 >"$TMP/d.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
# raw NAME WANT BYTES: sends BYTES (printf format), expects the status line to hold WANT.
raw() {
    local got
    got=$(printf "$3" | timeout 10 python3 -c '
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
s.sendall(sys.stdin.buffer.read()); s.shutdown(socket.SHUT_WR); s.settimeout(8)
data = b""
try:
    while True:
        b = s.recv(65536)
        if not b: break
        data += b
except socket.timeout: pass
print(data.split(b"\r\n")[0].decode("latin1"))' "$PORT" 2>&1)
    case $got in *"$2"*) ok ;; *) bad "HTTP $1: got '$got', want $2" ;; esac
}
raw "garbage bytes" 400 '\x00\x01\x02\x03 \xff\xfe\r\n\r\n'
raw "no HTTP version (HTTP/0.9 style)" HTTP/1.1 'GET /healthz\r\n\r\n'
raw "bad method" 400 'FROB /healthz HTTP/1.1\r\n\r\n'
raw "URL over 8 KiB" 414 "GET /$(head -c 9000 /dev/zero | tr '\0' a) HTTP/1.1\r\n\r\n"
raw "a header over the limit" 431 "GET /healthz HTTP/1.1\r\nX-Big: $(head -c 100000 /dev/zero | tr '\0' a)\r\n\r\n"
raw "Content-Length over --max-body" 413 'POST /v1/articles HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: 999999999\r\n\r\n'
raw "negative Content-Length" 400 'POST /v1/articles HTTP/1.1\r\nContent-Length: -1\r\n\r\n'
raw "two Content-Lengths" 400 'POST /v1/articles HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab'
raw "bad chunk size" 400 'POST /v1/articles HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'
raw "bad percent escapes" 400 'GET /v1/events?limit=%%zz HTTP/1.1\r\n\r\n'
raw "article with a NUL byte" 400 'POST /v1/articles HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\na\x00b'
raw "article not UTF-8" 400 'POST /v1/articles HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\n\xff\xfe'
raw "cut in the middle of the body" "" 'POST /v1/articles HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nApple'
raw "upgrade request" HTTP/1.1 'GET /healthz HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n'
# out of range and bidi over HTTP: 400 naming the field
got=$(curl -s -o "$TMP/body" -w '%{http_code}' -H 'Content-Type: application/x-ndjson' \
    --data-binary @"$FIX/events/invalid/percent-max-double/input.json" "http://127.0.0.1:$PORT/v1/events") || got=000
[ "$got" = 400 ] && ok || bad "HTTP percent 1.8e308: $got, want 400"
contains "$TMP/body" "data.percent" "HTTP percent 1.8e308: the field is named"
got=$(curl -s -o "$TMP/body" -w '%{http_code}' -H 'Content-Type: application/x-ndjson' \
    --data-binary @"$FIX/events/invalid/id-bidi-override/input.json" "http://127.0.0.1:$PORT/v1/events") || got=000
[ "$got" = 400 ] && ok || bad "HTTP bidi id: $got, want 400"
contains "$TMP/body" "companies[0].id" "HTTP bidi id: the field is named"
curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && ok || bad "the daemon survives the bad requests"
stop_pid "${pids[0]}" 20 && ok || bad "the daemon stops cleanly after the bad requests"
grep -qE 'AddressSanitizer|runtime error|LeakSanitizer' "$TMP/d.log" && bad "daemon sanitizer report: $(grep -m1 -A5 Sanitizer "$TMP/d.log")" || ok
case_ 0 "verify after the bad requests" "$S" verify
finish
