#!/usr/bin/env bash
# Document-level evaluation of the extractor on Reuters-21578: does an article have an
# acquisition or investment event, against the article's `acq` topic label.
# TUNING split: reut2-000..002; HELD-OUT split: reut2-003..004 (never tune on it).
# Not part of `make test`: run by hand (or `make eval`).
#   SEISMO=./seismo SHARED=/work/shared bash tests/eval/reuters.sh [OUTDIR]
# Prints P/R/F1 per split and overall, events per type over the corpus, and writes
# OUTDIR/errors.txt (false positives / negatives with titles and the deal sentences).
set -euo pipefail
: "${SEISMO:?}" "${SHARED:?}"
SEISMO=$(cd "$(dirname "$SEISMO")" && pwd)/$(basename "$SEISMO")
out=${1:-${TMPDIR:-/tmp}/seismo-eval-reuters}
rm -rf "$out"
mkdir -p "$out"
tuning="reut2-000 reut2-001 reut2-002"
heldout="reut2-003 reut2-004"
for s in $tuning $heldout; do
    python3 "$SHARED/tools/reuters-to-articles" "$out/$s" \
        "$SHARED/corpus/reuters21578/$s.sgm" > /dev/null
    # many files per call; the per-article summary goes to stderr
    (cd "$out/$s" && find . -name '*.txt' -printf '%f\n' | sort -n |
        xargs -n 400 "$SEISMO" --db /nonexistent/seismo.db ingest --dry-run \
            --format ndjson > "$out/$s.ndjson" 2> "$out/$s.log") || {
        echo "seismo ingest failed on $s (see $out/$s.log)" >&2
        exit 1
    }
done
python3 - "$out" "$tuning" "$heldout" <<'PY'
import json, os, sys, collections
out, tuning, heldout = sys.argv[1], sys.argv[2].split(), sys.argv[3].split()
DEAL = ("acquisition", "investment")
types = collections.Counter()
res = {}
for s in tuning + heldout:
    labels = {}
    for line in open(os.path.join(out, s, "labels.tsv"), encoding="utf-8"):
        nid, topics, title = line.rstrip("\n").split("\t", 2)
        labels[nid + ".txt"] = ("acq" in topics.split(","), title)
    deals = collections.defaultdict(list)
    for line in open(os.path.join(out, s + ".ndjson"), encoding="utf-8"):
        if not line.strip():
            continue
        e = json.loads(line)
        types[e["type"]] += 1
        if e["type"] in DEAL:
            deals[e["source"]["name"]].append(e)
    res[s] = (labels, deals)

def score(splits):
    tp = fp = fn = tn = 0
    for s in splits:
        labels, deals = res[s]
        for name, (gold, _) in labels.items():
            got = name in deals
            tp += gold and got; fp += got and not gold
            fn += gold and not got; tn += not gold and not got
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    n = sum(len(res[s][0]) for s in splits)
    return "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d of %d acq; %d articles)" % (
        p, r, f, tp, fp, fn, tp + fn, n)

print("acq vs has-acquisition-or-investment-event (document level)")
print("  tuning   (%s): %s" % (",".join(tuning), score(tuning)))
print("  held-out (%s): %s" % (",".join(heldout), score(heldout)))
print("  overall:                              %s" % score(tuning + heldout))
print("events per type over the corpus:")
for t, n in sorted(types.items(), key=lambda x: (-x[1], x[0])):
    print("  %-22s %6d" % (t, n))

def desc(e):
    c = ",".join(x["id"] for x in e["companies"])
    d = e.get("data", {})
    return "%s[%s] %s | %s" % (e["type"], c, d.get("status", ""), e["source"]["sentence"][:240])

with open(os.path.join(out, "errors.txt"), "w", encoding="utf-8") as f:
    for s in tuning + heldout:
        labels, deals = res[s]
        split = "tuning" if s in tuning else "held-out"
        for kind in ("FP", "FN"):
            for name in sorted(labels, key=lambda x: int(x[:-4])):
                gold, title = labels[name]
                got = name in deals
                if (kind == "FP" and got and not gold) or (kind == "FN" and gold and not got):
                    f.write("%s %s %s/%s  %s\n" % (kind, split, s, name, title))
                    for e in deals.get(name, []):
                        f.write("      %s\n" % desc(e))
print("false positives / negatives: %s" % os.path.join(out, "errors.txt"))
PY
