# Shared helpers for the integration scripts (sourced, not run).
set -euo pipefail
SEISMO=${SEISMO:-$(pwd)/seismo}
SHARED=${SHARED:-$(cd ../shared 2>/dev/null && pwd)}
TMP=$(mktemp -d /tmp/seismo-test.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
export SEISMO_DB="$TMP/seismo.db"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
passed=0
failed=0

ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*" >&2; }
# check DESCRIPTION COMMAND...: the command must succeed.
check() { local d=$1; shift; if "$@"; then ok; else bad "$d"; fi; }
# expect_exit CODE DESCRIPTION COMMAND...: the command must exit with CODE.
expect_exit() {
    local want=$1 d=$2; shift 2
    set +e; "$@" >"$TMP/out" 2>"$TMP/err"; local got=$?; set -e
    if [ "$got" = "$want" ]; then ok; else bad "$d: exit $got, want $want ($(head -c 300 "$TMP/err"))"; fi
}
# contains FILE TEXT DESCRIPTION
contains() { if grep -qF -- "$2" "$1"; then ok; else bad "$3: '$2' not in $(head -c 300 "$1")"; fi; }
finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}
