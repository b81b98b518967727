#!/usr/bin/env bash
# SentiFM cross-validated over the authors' TRAIN rows: K folds (default 5), each scored
# with a detector fitted on the other folds (and on reut2-000..004 and the fixtures' gold,
# as tests/eval/dev.sh fits it). Every train row is scored once, so each group is measured
# on about ten times the sentences of dev.sh's tenth: a tuning figure steady enough to tell
# a rule's effect from a refit's noise. The authors' test rows are never read here.
#   SEISMO=./seismo SHARED=/work/shared bash tests/eval/cv.sh [WORKDIR]
# Errors (false positives and negatives, with the sentence): WORKDIR/errors.txt.
set -euo pipefail
: "${SEISMO:?}" "${SHARED:?}"
SEISMO=$(cd "$(dirname "$SEISMO")" && pwd)/$(basename "$SEISMO")
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/adapters/model/settings.sh"
w=${1:-${TMPDIR:-/tmp}/seismo-eval-cv}
k=${FOLDS:-5}
mkdir -p "$w"
reuters=()
for n in 000 001 002 003 004; do
    [ -f "$w/reut2-$n/labels.tsv" ] || python3 "$SHARED/tools/reuters-to-articles" \
        "$w/reut2-$n" "$SHARED/corpus/reuters21578/reut2-$n.sgm" > /dev/null
    reuters+=(--reuters "$w/reut2-$n")
done
# one labels file a fold: its rows become "test" (scored), the other train rows "train"
python3 - "$SHARED/corpus/sentifm/sentences.tsv" "$w" "$k" <<'PY'
import os, sys
src, w, k = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = []
with open(src, encoding="utf-8") as f:
    head = next(f)
    for line in f:
        split, labels, sent = line.rstrip("\n").split("\t", 2)
        if split == "train":
            rows.append((labels, sent))
for j in range(k):
    d = os.path.join(w, "fold%d" % j)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "sentifm.tsv"), "w", encoding="utf-8") as o, \
            open(os.path.join(d, "labels.tsv"), "w", encoding="utf-8") as lab:
        o.write(head)
        for i, (labels, sent) in enumerate(rows, 1):
            mine = i % k == j
            o.write(("test" if mine else "train") + "\t" + labels + "\t" + sent + "\n")
            if mine:
                with open(os.path.join(d, "%d.txt" % i), "w", encoding="utf-8") as a:
                    a.write(sent + "\n")
                lab.write("%d\t%s\n" % (i, labels))
PY
for j in $(seq 0 $((k - 1))); do
    d=$w/fold$j
    "$SEISMO" model train -o "$d/model.tsv" "${reuters[@]}" --sentifm "$d/sentifm.tsv" \
        --split train --gold "$top/fixtures/articles" "${MODEL_SETTINGS[@]}" \
        > "$d/train.log" 2>&1 || { echo "cv.sh: model train failed (see $d/train.log)" >&2; exit 1; }
    (cd "$d" && find . -name '*.txt' -printf '%f\n' | sort -n |
        xargs -n 400 "$SEISMO" --db /nonexistent/seismo.db ingest --dry-run \
            --model "$d/model.tsv" --format ndjson > "$d/events.ndjson" 2> "$d/ingest.log") || {
        echo "cv.sh: seismo ingest failed (see $d/ingest.log)" >&2
        exit 1
    }
done
python3 - "$w" "$k" "$(dirname "$0")" <<'PY'
import collections, json, os, sys
w, k = sys.argv[1], int(sys.argv[2])
sys.path.insert(0, sys.argv[-1])
from sfgroups import GROUPS, EVENT
gold, got, text, labs = {}, collections.defaultdict(set), {}, {}
for j in range(k):
    d = os.path.join(w, "fold%d" % j)
    for line in open(os.path.join(d, "labels.tsv"), encoding="utf-8"):
        i, labels = line.rstrip("\n").split("\t")
        ls = {l for l in labels.split(",") if l}
        gold[i] = {g for g, members in GROUPS.items() if ls & members}
        labs[i] = labels
        text[i] = open(os.path.join(d, i + ".txt"), encoding="utf-8").read().strip()
    for line in open(os.path.join(d, "events.ndjson"), encoding="utf-8"):
        if line.strip():
            e = json.loads(line)
            got[e["source"]["name"][:-4]].add(EVENT.get(e["type"], e["type"]))
print("SentiFM train rows, %d-fold cross-validation (%d sentences)" % (k, len(gold)))
print("%-14s %5s %6s %6s %6s %5s %5s %5s" % ("type", "n", "P", "R", "F1", "tp", "fp", "fn"))
f1s = []
with open(os.path.join(w, "errors.txt"), "w", encoding="utf-8") as err:
    for g in GROUPS:
        tp = fp = fn = 0
        for i in sorted(gold, key=int):
            a, b = g in gold[i], g in got[i]
            tp += a and b; fp += b and not a; fn += a and not b
            if a != b:
                err.write("%s %-13s %s [%s] got %s | %s\n" % ("FP" if b else "FN", g, i, labs[i],
                          ",".join(sorted(got[i])) or "-", text[i]))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        f1s.append(f)
        print("%-14s %5d %6.3f %6.3f %6.3f %5d %5d %5d" % (g, tp + fn, p, r, f, tp, fp, fn))
print("%-14s %5s %6s %6s %6.3f" % ("macro F1", "", "", "", sum(f1s) / len(f1s)))
PY
