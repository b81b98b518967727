#!/usr/bin/env bash
# Article-level evaluation of the extractor (rules + detector) on Reuters-21578, through the
# surface a user uses: `seismo ingest --dry-run --format ndjson` over every article.
#   acq:  the article has an acquisition or investment event, against the `acq` topic
#   earn: the article has an earnings event, against the `earn` topic
#   earn+div: the article has an earnings or a dividend event, against the `earn` topic
#         (Reuters files dividend notices, "QTLY DIV 10 CTS VS 10 CTS", under `earn`, while
#         seismo reads them as dividend events: this line measures the topic as Reuters
#         defines it, the line above the stricter "an earnings event")
#   earn*: the article has an earnings, dividend or stock split event, against the `earn`
#         topic (Reuters also files split announcements, "VOTES TWO-FOR-ONE SPLIT", under it)
# TRAIN split: reut2-000..006 (the detector is trained and tuned on it);
# HELD-OUT split: reut2-007..009 (never tuned on; only its aggregate figures are printed).
# Not part of `make test`: `make eval`, or by hand:
#   SEISMO=./seismo SHARED=/work/shared bash tests/eval/reuters.sh [OUTDIR]
# A second table counts only the articles Reuters categorised (TOPICS="YES" in the SGML, the
# documents of the ModApte split): an article with TOPICS="NO" was never
# assigned topics, so its lack of `acq` or `earn` says nothing of what it reports.
# OUTDIR/errors-train.txt lists the TRAIN split's false positives and negatives (titles and
# event sentences); nothing of the kind is written for the held-out split.
set -euo pipefail
: "${SEISMO:?}" "${SHARED:?}"
SEISMO=$(cd "$(dirname "$SEISMO")" && pwd)/$(basename "$SEISMO")
out=${1:-${TMPDIR:-/tmp}/seismo-eval-reuters}
rm -rf "$out"
mkdir -p "$out"
train="reut2-000 reut2-001 reut2-002 reut2-003 reut2-004 reut2-005 reut2-006"
heldout="reut2-007 reut2-008 reut2-009"
for s in $train $heldout; do
    python3 "$SHARED/tools/reuters-to-articles" "$out/$s" \
        "$SHARED/corpus/reuters21578/$s.sgm" > /dev/null
    (cd "$out/$s" && find . -name '*.txt' -printf '%f\n' | sort -n |
        xargs -n 400 "$SEISMO" --db /nonexistent/seismo.db ingest --dry-run \
            --format ndjson > "$out/$s.ndjson" 2> "$out/$s.log") || {
        echo "seismo ingest failed on $s (see $out/$s.log)" >&2
        exit 1
    }
done
python3 - "$out" "$train" "$heldout" "$SHARED/corpus/reuters21578" <<'PY'
import json, os, re, sys, collections
out, train, heldout, sgm = sys.argv[1], sys.argv[2].split(), sys.argv[3].split(), sys.argv[4]
TASKS = (("acq", ("acquisition", "investment")), ("earn", ("earnings",)),
         ("earn+div", ("earnings", "dividend")),
         ("earn*", ("earnings", "dividend", "stock_split")))
types = collections.Counter()
res = {}
categorised = collections.defaultdict(dict)
for s in train + heldout:
    labels = {}
    for line in open(os.path.join(out, s, "labels.tsv"), encoding="utf-8"):
        nid, topics, title = line.rstrip("\n").split("\t", 2)
        labels[nid + ".txt"] = (set(topics.split(",")), title)
    events = collections.defaultdict(list)
    for line in open(os.path.join(out, s + ".ndjson"), encoding="utf-8"):
        if line.strip():
            e = json.loads(line)
            types[e["type"]] += 1
            events[e["source"]["name"]].append(e)
    res[s] = (labels, events)
    with open(os.path.join(sgm, s + ".sgm"), encoding="latin-1") as f:
        for m in re.finditer(r'<REUTERS TOPICS="([A-Z]+)"[^>]*NEWID="([0-9]+)"', f.read()):
            categorised[s][m.group(2) + ".txt"] = m.group(1) == "YES"

def counts(splits, topic, etypes, only_categorised=False):
    tp = fp = fn = n = 0
    for s in splits:
        labels, events = res[s]
        for name, (topics, _) in labels.items():
            if only_categorised and not categorised[s][name]:
                continue
            gold = topic.split("+")[0].rstrip("*") in topics
            got = any(e["type"] in etypes for e in events.get(name, []))
            tp += gold and got; fp += got and not gold; fn += gold and not got; n += 1
    return tp, fp, fn, n

def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)

print("Reuters-21578, article level (train = reut2-000..006, held-out = reut2-007..009)")
for only in (False, True):
    if only:
        print('the same, categorised articles only (TOPICS="YES"):')
    print("%-8s %-9s %6s %6s %6s   %5s %5s %5s %8s" % ("task", "split", "P", "R", "F1", "tp", "fp", "fn", "articles"))
    for topic, etypes in TASKS:
        for name, splits in (("train", train), ("held-out", heldout)):
            tp, fp, fn, n = counts(splits, topic, etypes, only)
            p, r, f = prf(tp, fp, fn)
            print("%-8s %-9s %6.3f %6.3f %6.3f   %5d %5d %5d %8d" % (topic, name, p, r, f, tp, fp, fn, n))
print("events per type over both splits:")
for t, k in sorted(types.items(), key=lambda x: (-x[1], x[0])):
    print("  %-22s %6d" % (t, k))

def desc(e):
    c = ",".join(x["id"] for x in e["companies"])
    return "%s[%s] | %s" % (e["type"], c, e["source"]["sentence"][:240])

with open(os.path.join(out, "errors-train.txt"), "w", encoding="utf-8") as f:
    for topic, etypes in TASKS:
        for s in train:
            labels, events = res[s]
            for name in sorted(labels, key=lambda x: int(x[:-4])):
                topics, title = labels[name]
                gold = topic.split("+")[0].rstrip("*") in topics
                got = [e for e in events.get(name, []) if e["type"] in etypes]
                if gold != bool(got):
                    f.write("%s %s %s/%s  %s\n" % ("FP" if got else "FN", topic, s, name, title))
                    for e in got:
                        f.write("      %s\n" % desc(e))
print("train-split errors: %s" % os.path.join(out, "errors-train.txt"))
PY
