#!/usr/bin/env bash
# run.sh KIND NAME COMMAND...: runs one step of `make test` under a time limit and
# never stops the run. The step's own output passes through; when the command
# fails without printing a tally of its own (a crash, a timeout, a step that
# only returns a status) one line `0 passed, 1 failed` is added, so the total
# that `make test` prints at the end counts it. The step's time is printed
# after it (`-- NAME: N s`), so that what makes `make test` slow is visible.
#   KIND: unit (cmocka suite), script (prints `N passed, N failed`), step (status only)
set -uo pipefail
kind=$1 name=$2
shift 2
limit=${STEP_TIMEOUT:-900}
echo "== $name"
out=$(mktemp /tmp/seismo-step.XXXXXX)
t0=$SECONDS
timeout -k 10 "$limit" "$@" 2>&1 | tee "$out"
rc=${PIPESTATUS[0]}
case $kind in
    unit) tally='^\[  (PASSED|FAILED)  \] [0-9]+ test' ;;
    script) tally='^[0-9]+ passed, [0-9]+ failed' ;;
    *) tally='^$never' ;;
esac
if [ "$rc" -ne 0 ]; then
    [ "$rc" -eq 124 ] && echo "$name: timed out after ${limit} s"
    if ! grep -qE '^\[  FAILED  \] [0-9]+ test|^[0-9]+ passed, [1-9][0-9]* failed' "$out"; then
        echo "0 passed, 1 failed"
    fi
elif [ "$kind" = step ] || ! grep -qE "$tally" "$out"; then
    echo "1 passed, 0 failed"
fi
rm -f "$out"
echo "-- $name: $((SECONDS - t0)) s"
exit 0
