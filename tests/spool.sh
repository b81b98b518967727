#!/usr/bin/env bash
# The spool takes only settled regular files (docs/daemon.md, "Spool"):
# a file written in place is ingested whole, however slowly it is written, and
# anything that is not a regular file (FIFO, directory, symbolic link, dangling
# or to a device or to a file elsewhere) goes to rejected/ with its .error
# instead of staying in incoming/ or being followed.
. "$(dirname "$0")/lib.sh"
ARTS=$(cd "$(dirname "$0")/../fixtures/articles" && pwd)
S=$SEISMO
DPID=
at_exit '[ -n "$DPID" ] && kill -9 "$DPID"'
# wait_until SECONDS COMMAND...: polls COMMAND every 0.1 s, at most SECONDS.
wait_until() { local end=$((SECONDS + $1)); shift
               while ! "$@"; do [ "$SECONDS" -ge "$end" ] && return 1; sleep 0.1; done; }
# events_from NAME: how many events in the log came from source name NAME.
events_from() { timeout -k 5 60 "$S" events --format ndjson | grep -c "\"name\":\"$1\"" || true; }
# article N: a new article (its own last line: new document, new events).
article() { { cat "$ARTS/wire-microsoft-activision.txt" "$ARTS/talks-money.txt"; echo "Reference $1."; } > "$TMP/art$1.txt"; }

SP=$TMP/spool
mkdir -p "$SP"
"$S" init >/dev/null
daemon_start "$TMP/d.log" --spool "$SP" --settle 1 || { bad "daemon did not start: $(tail -5 "$TMP/d.log")"; finish; exit 1; }

# --- written in place, slowly, the writer holding the file open across a pause
# longer than the settle time: taken only once the writer has closed it
article 1
want1=$("$S" ingest --dry-run --format ndjson "$TMP/art1.txt" 2>/dev/null | wc -l)
half=$(( $(wc -c < "$TMP/art1.txt") / 2 ))
timeout 30 python3 - "$TMP/art1.txt" "$SP/incoming/slow.txt" "$half" <<'PY'
import sys, time
src, dst, half = open(sys.argv[1], "rb").read(), sys.argv[2], int(sys.argv[3])
with open(dst, "wb") as f:
    f.write(src[:half]); f.flush()
    time.sleep(2.5)
    f.write(src[half:])
PY
wait_until 30 test -e "$SP/done/slow.txt" && ok || bad "slow.txt was not ingested"
[ "$(events_from slow.txt)" = "$want1" ] && ok || bad "slow.txt: $(events_from slow.txt) events, want $want1 (read half written?)"

# --- written in place in pieces, closed and reopened (cat >>), each pause
# shorter than the settle time: the settle time holds it back until the end
article 2
want2=$("$S" ingest --dry-run --format ndjson "$TMP/art2.txt" 2>/dev/null | wc -l)
n=$(wc -c < "$TMP/art2.txt")
: > "$SP/incoming/pieces.txt"
for i in 0 1 2 3 4 5; do
    dd if="$TMP/art2.txt" bs=1 skip=$((i * n / 6)) count=$(((i + 1) * n / 6 - i * n / 6)) status=none >> "$SP/incoming/pieces.txt"
    sleep 0.4
done
wait_until 30 test -e "$SP/done/pieces.txt" && ok || bad "pieces.txt was not ingested"
[ "$(events_from pieces.txt)" = "$want2" ] && ok || bad "pieces.txt: $(events_from pieces.txt) events, want $want2"

# --- write, then rename: the safe way, taken at once
article 3
cp "$TMP/art3.txt" "$SP/incoming/.r.tmp" && mv "$SP/incoming/.r.tmp" "$SP/incoming/renamed.txt"
wait_until 30 test -e "$SP/done/renamed.txt" && ok || bad "renamed.txt was not ingested"

# --- what is not a regular file: rejected/ with .error, never followed, never a hang
article 4
cp "$TMP/art4.txt" "$TMP/outside.txt"
mkfifo "$SP/incoming/fifo.txt"
mkdir "$SP/incoming/dir.txt"
ln -s "$TMP/nowhere.txt" "$SP/incoming/dangling.txt"
ln -s /dev/zero "$SP/incoming/zero.txt"
ln -s "$TMP/outside.txt" "$SP/incoming/outside.txt"
for f in fifo dir dangling zero outside; do
    wait_until 30 test -e "$SP/rejected/$f.txt.error" && ok || bad "$f.txt: no rejected/$f.txt.error"
    check "$f.txt: gone from incoming/" test ! -e "$SP/incoming/$f.txt" -a ! -L "$SP/incoming/$f.txt"
done
contains "$SP/rejected/fifo.txt.error" "FIFO" "the FIFO's .error says what it is"
contains "$SP/rejected/dir.txt.error" "directory" "the directory's .error says what it is"
contains "$SP/rejected/outside.txt.error" "symbolic link" "the link's .error says what it is"
[ "$(events_from outside.txt)" = 0 ] && ok || bad "a link to a file elsewhere was followed and ingested"
# a name with a control character would be every event's source.name: rejected
article 5
cp "$TMP/art5.txt" "$SP/incoming/.c.tmp" && mv "$SP/incoming/.c.tmp" "$SP/incoming/$(printf 'ctl\001.txt')"
wait_until 30 test -e "$SP/rejected/$(printf 'ctl\001.txt').error" && ok || bad "a name with a control character was not rejected"
curl -sf "$URL/healthz" >/dev/null && ok || bad "the daemon keeps serving after the spool tricks"

stop_pid "$DPID" 20 && ok || bad "the daemon did not stop cleanly on SIGTERM"
DPID=
grep -qE 'AddressSanitizer|runtime error|LeakSanitizer' "$TMP/d.log" && bad "daemon sanitizer report: $(grep -m1 -A5 Sanitizer "$TMP/d.log")" || ok
expect_exit 0 "verify after the spool" "$S" verify
expect_exit 64 "--settle must be a number of seconds" "$S" daemon --settle soon
finish
