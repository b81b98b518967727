#!/usr/bin/env bash
# Trains the default detector model (core/data/detector.tsv) from the shared corpora:
# the TRAIN split only (Reuters reut2-000..006, SentiFM's train rows) plus the fixtures'
# gold files. Same corpora and rules, same bytes.
#   usage: make-model.sh SEISMO SHARED OUT [WORKDIR]
set -euo pipefail
seismo=$1 shared=$2 out=$3
work=${4:-$(mktemp -d "${TMPDIR:-/tmp}/seismo-model.XXXXXX")}
here=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$work"
args=()
for n in 000 001 002 003 004 005 006; do
    d=$work/reut2-$n
    if [ ! -f "$d/labels.tsv" ]; then
        python3 "$shared/tools/reuters-to-articles" "$d" \
            "$shared/corpus/reuters21578/reut2-$n.sgm" > /dev/null
    fi
    args+=(--reuters "$d")
done
unset ACQ_T EARN_T # (the committed model: its settings alone, same bytes)
. "$here/adapters/model/settings.sh"
"$seismo" model train -o "$out" "${args[@]}" \
    --sentifm "$shared/corpus/sentifm/sentences.tsv" --split train \
    --gold "$here/fixtures/articles" "${MODEL_SETTINGS[@]}"
