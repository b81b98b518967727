# The command line as a user meets it: formats that parse, one answer to one
# mistake, event ids by prefix, many-file imports, tables for people, the man
# page and completions generated from the command table.
. "$(dirname "$0")/lib.sh"
S=$SEISMO
FIX=$(cd "$(dirname "$0")/../fixtures" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
PRICES=$SHARED/corpus/prices

json_ok() { python3 -c 'import json,sys; json.load(sys.stdin)' <"$1"; }
ndjson_ok() { python3 -c 'import json,sys; [json.loads(l) for l in sys.stdin if l.strip()]' <"$1"; }
csv_ok() { python3 -c 'import csv,sys; r=list(csv.reader(sys.stdin)); assert r and all(len(x)==len(r[0]) for x in r), "ragged"' <"$1"; }

# --- ingest --format json is one JSON array, csv has a header
expect_exit 0 "ingest --format json" "$S" ingest --format json "$FIX"/samples/*.txt
check "ingest --format json parses" json_ok "$TMP/out"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d)==4 and d[0]["found"]>0 and "appended" in d[0]' "$TMP/out" && ok || bad "ingest json: one object per article"
expect_exit 0 "ingest --format csv" "$S" ingest --format csv "$FIX"/samples/*.txt
check "ingest csv is rectangular" csv_ok "$TMP/out"
contains "$TMP/out" "source,found,appended,present,head_seq" "ingest csv header"

# --- every data command takes every format its entry declares, and the JSON parses
for cmd in "status" "verify" "events" "companies list" "prices list" "timeline AAPL" \
    "summary" "summary AAPL" "reactions" "study"; do
    for f in json ndjson csv table; do
        # shellcheck disable=SC2086
        expect_exit 0 "$cmd --format $f" "$S" $cmd --format $f
        case $f in
        json) check "$cmd --format json parses" json_ok "$TMP/out" ;;
        ndjson) check "$cmd --format ndjson parses" ndjson_ok "$TMP/out" ;;
        csv) check "$cmd --format csv is rectangular" csv_ok "$TMP/out" ;;
        esac
    done
done
expect_exit 0 "report --format json" "$S" report --format json
check "report json parses" json_ok "$TMP/out"
expect_exit 64 "report --format csv is refused" "$S" report --format csv
contains "$TMP/err" "json, html" "report names the formats it takes"
expect_exit 64 "report with a bad option" "$S" report --frobnicate
[ "$(grep -c frobnicate "$TMP/err")" = 1 ] && ok || bad "report reports a bad option once: $(cat "$TMP/err")"
expect_exit 64 "status with a bad format" "$S" status --format yaml
contains "$TMP/err" "'yaml' is not one of table, json, ndjson, csv" "the formats are named"

# --- one mistake, one behaviour: unknown company is exit 65 with close matches
for cmd in "timeline APPL" "events --company APPL" "study APPL" "summary APPL" "reactions APPL" \
    "report --company APPL" "companies show APPL"; do
    # shellcheck disable=SC2086
    expect_exit 65 "$cmd" "$S" $cmd
    contains "$TMP/err" "unknown company 'APPL'" "$cmd: the message"
    contains "$TMP/err" "AAPL" "$cmd: did you mean"
    [ "$(wc -l <"$TMP/err")" = 1 ] && ok || bad "$cmd: one message line, got $(cat "$TMP/err")"
done
expect_exit 65 "an unknown name far from any" "$S" events --company zzqqxx
contains "$TMP/err" "seismo companies list" "the hint points at companies list"

# --- bad values in input files: exit 65 naming file, field and value
printf '{"text":"Apple shares rose 3%% on Monday.","date":"2025-03-33"}\n' >"$TMP/bad-date.json"
expect_exit 65 "JSON article with 2025-03-33" "$S" ingest "$TMP/bad-date.json"
contains "$TMP/err" "bad-date.json: field \"date\": '2025-03-33'" "file, field and value named"
expect_exit 65 "prices file with a bad number" "$S" prices import "$FIX/prices/bad-rows.csv"
contains "$TMP/err" "bad-rows.csv:4: close 'abc' is not a number" "prices: file, line, field, value"

# --- prices import takes many files, each atomic, a line each and a total
expect_exit 65 "prices import of three files, one bad" "$S" prices import "$PRICES/AAPL.csv" "$PRICES/SPY.csv" "$FIX/prices/bad-rows.csv"
contains "$TMP/out" "AAPL.csv: imported" "a line for the first file"
contains "$TMP/out" "SPY.csv: imported" "a line for the second file"
contains "$TMP/out" "total: 3 files, 2 imported" "the total"
"$S" prices list --format csv >"$TMP/pl.csv"
grep -q '^AAPL,' "$TMP/pl.csv" && grep -q '^SPY,' "$TMP/pl.csv" && ! grep -q '^TEST,' "$TMP/pl.csv" && ok || bad "good files imported, the bad one not: $(cat "$TMP/pl.csv")"
expect_exit 0 "importing the same files again" "$S" prices import "$PRICES/AAPL.csv" "$PRICES/SPY.csv"
contains "$TMP/out" "total: 2 files, 0 imported (0 bars), 2 already present" "nothing new the second time"

# --- study: unknown benchmark, results first, one line per skip reason
expect_exit 65 "study with a benchmark without prices" "$S" study AAPL --benchmark SPX
contains "$TMP/err" "did you mean SPY" "the benchmark's close match"
expect_exit 0 "study" "$S" study
first_result=$(grep -n '^DATE' "$TMP/out" | head -1 | cut -d: -f1)
first_skip=$(grep -n '^Skipped' "$TMP/out" | head -1 | cut -d: -f1)
[ -n "$first_result" ] && [ -n "$first_skip" ] && [ "$first_result" -lt "$first_skip" ] && ok || bad "study prints results before skips"
[ "$(sed -n '/^Skipped/,$p' "$TMP/out" | grep -c 'no prices for')" -le 1 ] && ok || bad "study: one line per skip reason, not per event"
grep -qE '^  no_prices +[0-9]+' "$TMP/out" && ok || bad "study: the no_prices count"
expect_exit 0 "study --verbose" "$S" study --verbose
[ "$(sed -n '/^Skipped/,$p' "$TMP/out" | grep -c 'no prices for')" -gt 1 ] && ok || bad "study --verbose lists the skipped events"

# --- event ids by prefix, as git does; retracting twice adds nothing
id=$("$S" events --format ndjson --type share_move --limit 1 | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["id"])')
short=$(echo "$id" | cut -c1-12)
"$S" events >"$TMP/events.txt"
contains "$TMP/events.txt" "$short" "the table shows the 12-digit id"
expect_exit 0 "retract by the 12-digit id the table prints" "$S" retract "$short" --reason "wrong figure"
contains "$TMP/out" "retracted $id" "the full id is named"
head=$("$S" status --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["head_seq"])')
expect_exit 0 "retract the same event again" "$S" retract "$(echo "$id" | cut -c1-8)" --reason "again"
contains "$TMP/out" "already retracted" "says so"
head2=$("$S" status --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["head_seq"])')
[ "$head" = "$head2" ] && ok || bad "a second retraction appended (head $head -> $head2)"
expect_exit 64 "a 7-digit prefix" "$S" retract "$(echo "$id" | cut -c1-7)" --reason x
A=$(printf 'b%.0s' $(seq 63))
printf '{"id":"%s1","type":"share_move","schema":1,"occurred_on":"2025-01-02","companies":[{"id":"AAPL","role":"subject"}],"data":{"percent":1.0},"source":{"name":"x"}}\n{"id":"%s2","type":"share_move","schema":1,"occurred_on":"2025-01-03","companies":[{"id":"AAPL","role":"subject"}],"data":{"percent":2.0},"source":{"name":"x"}}\n' "$A" "$A" >"$TMP/twins.ndjson"
"$S" append "$TMP/twins.ndjson" >/dev/null
expect_exit 64 "an ambiguous prefix" "$S" retract bbbbbbbb --reason x
contains "$TMP/err" "${A}1" "the first candidate is listed"
contains "$TMP/err" "${A}2" "the second candidate is listed"
expect_exit 65 "an unknown id" "$S" retract 0123456789ab --reason x

# --- tables for people
printf '{"text":"Apple agreed to buy Shazam for $2.8 million, the companies said on Monday.","date":"2025-01-06"}\n' >"$TMP/amount.json"
"$S" append <<EOF >/dev/null
{"type":"acquisition","schema":1,"occurred_on":"2025-01-06","companies":[{"id":"AAPL","role":"acquirer"},{"id":"a-company-with-a-very-long-name-indeed","name":"A company with a very long name indeed","role":"target"}],"data":{"amount":2800000,"currency":"USD","status":"announced"},"source":{"name":"t"}}
EOF
"$S" events --type acquisition >"$TMP/acq.txt"
contains "$TMP/acq.txt" "2.8 mn USD" "amounts for people"
contains "$TMP/acq.txt" "a-company-with-a-very-long-name-indeed" "companies are not cut at 24 characters"
COLUMNS=60 "$S" events --type acquisition >"$TMP/narrow.txt"
python3 -c 'import sys; sys.exit(any(len(l.rstrip("\n")) > 60 for l in open(sys.argv[1], encoding="utf-8")))' "$TMP/narrow.txt" && ok || bad "a 60-column terminal gets lines of at most 60: $(cat "$TMP/narrow.txt")"
"$S" companies list >"$TMP/cl.txt"
head -1 "$TMP/cl.txt" | grep -q '^ID  *TICKER  *KIND  *NAME' && ok || bad "companies list has a header"
"$S" events --type share_move >"$TMP/pct.txt"
grep -E '[+-][0-9]+\.[0-9]%$|[+-][0-9]+%$' "$TMP/pct.txt" && bad "a percent without two decimals" || ok

# --- nits: a bad global flag, an unknown command
expect_exit 64 "a bad global flag" "$S" --frobnicate status
contains "$TMP/err" "seismo: unknown option '--frobnicate'" "named seismo, not argv[0]"
expect_exit 64 "a mistyped command" "$S" stauts
contains "$TMP/err" "did you mean 'status'" "the command's close match"

# --- man page and completions, generated from the command table
expect_exit 0 "manpage" "$S" manpage
cp "$TMP/out" "$TMP/seismo.1"
for c in init ingest events timeline summary reactions report retract rebuild verify status \
    companies prices study daemon copy completion; do
    grep -q "^\.SS $c\$" "$TMP/out" && ok || bad "the man page has a section for $c"
done
if command -v man >/dev/null; then
    MANWIDTH=80 man -l "$TMP/out" >"$TMP/man.txt" 2>"$TMP/man.err" && ok || bad "man renders the page: $(cat "$TMP/man.err")"
    contains "$TMP/man.txt" "--format" "the rendered page shows the options"
fi
expect_exit 0 "completion bash" "$S" completion bash
cp "$TMP/out" "$TMP/seismo.bash"
check "the bash completion parses" bash -n "$TMP/seismo.bash"
# complete as bash would: COMP_WORDS and COMP_CWORD, then read COMPREPLY
comp() { bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _seismo; printf "%s\n" "${COMPREPLY[@]}"' _ "$TMP/seismo.bash" "$@"; }
comp seismo tim >"$TMP/c1"; contains "$TMP/c1" "timeline" "bash completes a command"
[ "$(comp seismo "" | grep -v '^-' | sort)" = "$(grep '^\.SS ' "$TMP/seismo.1" | cut -c5- | sort)" ] && ok ||
    bad "bash completes every command of the table: $(comp seismo "" | tr '\n' ' ')"
comp seismo events --format "" >"$TMP/c2"; contains "$TMP/c2" "csv" "bash completes --format from the command's formats"
comp seismo report --format "" >"$TMP/c3"; contains "$TMP/c3" "html" "report offers html"
grep -q csv "$TMP/c3" && bad "report does not offer csv" || ok
comp seismo timeline --type earn >"$TMP/c4"; contains "$TMP/c4" "earnings" "bash completes event types"
comp seismo timeline --s >"$TMP/c5"; contains "$TMP/c5" "--since" "bash completes a command's options"
(cd "$TMP" && comp "$S" timeline AA) >"$TMP/c6"; contains "$TMP/c6" "AAPL" "bash completes companies from the registry"
comp seismo prices "" >"$TMP/c7"; contains "$TMP/c7" "import" "bash completes subcommands"
expect_exit 0 "completion zsh" "$S" completion zsh
cp "$TMP/out" "$TMP/_seismo"
head -1 "$TMP/_seismo" | grep -q '^#compdef seismo' && ok || bad "the zsh completion is a #compdef file"
contains "$TMP/_seismo" "'--format=[F]:F:(table json ndjson csv)'" "zsh offers the formats"
if command -v zsh >/dev/null; then
    check "the zsh completion parses" zsh -n "$TMP/_seismo"
    # complete as zsh does when Tab is pressed (tests/complete.zsh: an interactive
    # zsh on a pseudo-terminal, the file loaded through compinit): one line a request
    cmds=$(grep '^\.SS ' "$TMP/seismo.1" | cut -c5-)
    lines=("seismo ")
    for c in $cmds; do lines+=("seismo $c --"); done
    lines+=("seismo tim" "seismo events --format " "seismo report --format " "seismo timeline --type earn"
        "$S timeline AA" "seismo prices " "seismo model train --re" "seismo study --window 1:2 --w"
        "seismo events --format json --f" "seismo --d")
    printf '%s\n' "${lines[@]}" | (cd "$TMP" && timeout -k 5 120 zsh -f "$HERE/complete.zsh" "$TMP/_seismo") >"$TMP/z.out" 2>"$TMP/z.err" ||
        bad "zsh completion did not run: $(head -c 300 "$TMP/z.err")"
    rm -rf "$TMP/z"; mkdir "$TMP/z"
    for ((i = 0; i < ${#lines[@]}; i++)); do : >"$TMP/z/$i"; done
    awk -v d="$TMP/z" 'BEGIN { n = 0 } $0 == "--" { n++; next } { print > (d "/" n) }' "$TMP/z.out"
    [ "$(grep -c '^--$' "$TMP/z.out")" = "${#lines[@]}" ] && ok || bad "zsh answered $(grep -c '^--$' "$TMP/z.out") of ${#lines[@]} completions"
    # every command of the table, and for each exactly the options bash offers
    [ "$(sort "$TMP/z/0")" = "$(printf '%s\n' $cmds | sort)" ] && ok ||
        bad "zsh completes every command of the table: got $(tr '\n' ' ' <"$TMP/z/0")"
    i=1
    for c in $cmds; do
        want=$(comp seismo "$c" -- | sort)
        [ -n "$want" ] && [ "$(sort "$TMP/z/$i")" = "$want" ] && ok ||
            bad "zsh completes the options of $c as bash does: zsh [$(tr '\n' ' ' <"$TMP/z/$i")] bash [$(echo $want)]"
        i=$((i + 1))
    done
    zgot() { tr '\n' ' ' <"$TMP/z/$i"; }
    [ "$(zgot)" = "timeline " ] && ok || bad "zsh completes a command: [$(zgot)]"; i=$((i + 1))
    [ "$(zgot)" = "table json ndjson csv " ] && ok || bad "zsh completes --format from the command's formats: [$(zgot)]"; i=$((i + 1))
    [ "$(zgot)" = "json html " ] && ok || bad "zsh: report offers json and html only: [$(zgot)]"; i=$((i + 1))
    [ "$(zgot)" = "earnings " ] && ok || bad "zsh completes event types: [$(zgot)]"; i=$((i + 1))
    [ "$(zgot)" = "AAPL " ] && ok || bad "zsh completes companies from the registry of the seismo typed: [$(zgot)]"; i=$((i + 1))
    [ "$(sort "$TMP/z/$i" | tr '\n' ' ')" = "import list " ] && ok || bad "zsh completes subcommands: [$(zgot)]"; i=$((i + 1))
    [ "$(zgot)" = "--reuters " ] && ok || bad "zsh completes model train's options: [$(zgot)]"; i=$((i + 1))
    [ "$(zgot)" = "--window " ] && ok || bad "zsh offers a repeatable option again: [$(zgot)]"; i=$((i + 1))
    [ "$(zgot)" = "" ] && ok || bad "zsh does not offer --format twice: [$(zgot)]"; i=$((i + 1))
    [ "$(sort "$TMP/z/$i" | tr '\n' ' ')" = "--db --durability " ] && ok || bad "zsh completes the global options: [$(zgot)]"
else
    bad "no zsh to test the zsh completion with (make deps installs it)"
fi
expect_exit 64 "completion fish" "$S" completion fish

# --- daemon: options parsed like every command's, clear words for a bad address
expect_exit 64 "daemon --listen bogus" "$S" daemon --listen bogus
contains "$TMP/err" "'bogus' is not an address" "says not an address, not 'not loopback'"
"$S" daemon --help >"$TMP/dhelp.txt"
[ "$(grep -o '\[--db PATH\]' "$TMP/dhelp.txt" | wc -l)" = 1 ] && ok || bad "daemon --help shows [--db PATH] once"
python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(); print(s.getsockname()[1]); import sys; sys.stdout.flush(); import time; time.sleep(30)' >"$TMP/busy.port" &
BUSY=$!
for _ in $(seq 50); do [ -s "$TMP/busy.port" ] && break; sleep 0.1; done
expect_exit 64 "daemon on a busy port" timeout 20 "$S" daemon --listen "127.0.0.1:$(cat "$TMP/busy.port")" --spool "$TMP/spool-busy"
kill "$BUSY" 2>/dev/null || true
[ ! -e "$TMP/spool-busy" ] && ok || bad "a daemon refused its port created its spool folders"
if daemon_start "$TMP/daemon.log"; then
    printf 'GET /%s HTTP/1.1\r\nHost: x\r\n\r\n' "$(head -c 9000 /dev/zero | tr '\0' a)" >"$TMP/long.req"
    python3 -c 'import socket,sys; s=socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5); s.sendall(open(sys.argv[2],"rb").read()); d=b""
try:
    while True:
        c=s.recv(65536)
        if not c: break
        d+=c
except Exception: pass
sys.stdout.write(d.decode("latin1"))' "$PORT" "$TMP/long.req" >"$TMP/long.resp"
    contains "$TMP/long.resp" "414" "a long URL is 414"
    contains "$TMP/long.resp" "over the limit of 8192 bytes" "and says why, not 'the on_url callback failed'"
    http_get 404 "/v1/companies/APPL/timeline"
    contains "$TMP/body" "unknown company 'APPL'" "HTTP: the same message as the CLI"
    contains "$TMP/body" "AAPL" "HTTP: did you mean"
    got=$(curl -s -o "$TMP/body" -w '%{http_code}' -X POST "$URL/v1/summary") || got=000
    [ "$got" = 405 ] && ok || bad "POST /v1/summary: HTTP $got, want 405 ($(cat "$TMP/body"))"
    got=$(curl -s -o "$TMP/body" -w '%{http_code}' -X POST -H 'Content-Type: text/plain' "$URL/v1/articles") || got=000
    [ "$got" = 411 ] && ok || bad "POST /v1/articles without a length: HTTP $got, want 411"
    kill "$DPID"; wait "$DPID" 2>/dev/null || true
else
    bad "the daemon did not start: $(cat "$TMP/daemon.log")"
fi

finish
