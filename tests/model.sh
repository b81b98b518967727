#!/usr/bin/env bash
# `seismo model train|eval`, --model and SEISMO_MODEL through the command line: training on a
# small labelled set (fixtures/model), the same bytes twice, scores per type, models that are
# corrupt or from a newer seismo (exit 65), bad training input naming the line, and (when
# ../shared is here) the default model retrained from the corpora byte for byte.
here=$(cd "$(dirname "$0")/.." && pwd)
source "$here/tests/lib.sh"
fx=$here/fixtures/model
cd "$TMP"

# --- training and evaluating on the small set
check "train on labels" "$SEISMO" model train -o m1.tsv --labels "$fx/labels.tsv" \
    --types acquisition,earnings --l2 --c 100
check "train again" "$SEISMO" model train -o m2.tsv --labels "$fx/labels.tsv" \
    --types acquisition,earnings --l2 --c 100
check "same data, same bytes" cmp -s m1.tsv m2.tsv
contains m1.tsv "seismo-model	2" "model header"
contains m1.tsv "hash	fnv1a	18	1	rules" "a model fitted with the rule hits says so"
contains m1.tsv "label	acquisition	" "acquisition label"
check "the file ends in its checksum" grep -qE '^sha256	[0-9a-f]{64}$' m1.tsv
expect_exit 0 "eval" "$SEISMO" model eval --model m1.tsv --labels "$fx/labels.tsv"
cp "$TMP/out" eval.txt
# the detector separates the articles it was trained on (investment counts as acquisition)
check "eval: acquisition F1 1 on its training set" \
    awk '$1 == "acquisition" && $2 == 4 && $5 == "1.000" { f = 1 } END { exit !f }' eval.txt
check "eval: earnings F1 1 on its training set" \
    awk '$1 == "earnings" && $2 == 4 && $5 == "1.000" { f = 1 } END { exit !f }' eval.txt
expect_exit 0 "eval, rules alone" "$SEISMO" model eval --model none --labels "$fx/labels.tsv"
check "eval with none has no detector column" \
    awk '$1 == "acquisition" && $3 == "-" { f = 1 } END { exit !f }' "$TMP/out"
# Reuters-style input maps acq and earn
check "train on reuters dir" "$SEISMO" model train -o r.tsv --reuters "$fx/reuters" --c 64
contains r.tsv "label	earnings	" "reuters earn -> earnings"
# L2 and other options
check "train --l2" "$SEISMO" model train -o l2.tsv --labels "$fx/labels.tsv" --l2 \
    --types acquisition --bits 12 --threshold acquisition=0.1:0.2:0.9
contains l2.tsv "hash	fnv1a	12	" "--bits"
contains l2.tsv "	0.1	0.2	0.9" "--threshold"
# --no-rule-hits: the words and positions alone (the default model's setting, docs/model.md)
check "train --no-rule-hits" "$SEISMO" model train -o nr1.tsv --labels "$fx/labels.tsv" \
    --types acquisition,earnings --l2 --c 100 --no-rule-hits
check "train --no-rule-hits again" "$SEISMO" model train -o nr2.tsv --labels "$fx/labels.tsv" \
    --types acquisition,earnings --l2 --c 100 --no-rule-hits
check "--no-rule-hits: same data, same bytes" cmp -s nr1.tsv nr2.tsv
check "--no-rule-hits: other weights than with the rule hits" sh -c '! cmp -s m1.tsv nr1.tsv'
contains nr1.tsv "hash	fnv1a	18	1	words" "a words-only model says so (scoring adds no rule hits)"
expect_exit 0 "eval of a model without rule hits" "$SEISMO" model eval --model nr1.tsv --labels "$fx/labels.tsv"
check "eval: the words alone separate the acquisitions of the training set" \
    awk '$1 == "acquisition" && $2 == 4 && $5 == "1.000" { f = 1 } END { exit !f }' "$TMP/out"

# --- the model decides: an article with no rule candidate gets one for its subject
printf 'Date: 2-MAR-1987 10:00:00.00\nGLOBEX CORP 1ST QTR NET RISES\nGlobex Corp said first quarter net profit rose sharply.\n' > a.txt
expect_exit 0 "ingest with --model" "$SEISMO" ingest --dry-run --format ndjson --model m1.tsv a.txt
contains "$TMP/out" '"type":"earnings"' "earnings event from the detector"
contains "$TMP/out" '"metric":"net_income"' "earnings metric from the title"
expect_exit 0 "ingest with SEISMO_MODEL" env SEISMO_MODEL=$TMP/m1.tsv "$SEISMO" ingest --dry-run \
    --format ndjson a.txt
contains "$TMP/out" '"type":"earnings"' "SEISMO_MODEL is used"
expect_exit 0 "ingest --model none" "$SEISMO" ingest --dry-run --format ndjson --model none a.txt
check "rules alone: no earnings event" bash -c "! grep -q earnings '$TMP/out'"

# --- corrupt, newer, missing models
sed '12s/^\([0-9]*\)\t/\1\t9/' m1.tsv > bad.tsv
check "the corrupt copy differs" bash -c "! cmp -s m1.tsv bad.tsv"
expect_exit 65 "corrupt model" "$SEISMO" ingest --dry-run --model bad.tsv a.txt
contains "$TMP/err" "checksum" "corrupt: message"
head -c 200 m1.tsv > cut.tsv
expect_exit 65 "model cut short" "$SEISMO" model eval --model cut.tsv --labels "$fx/labels.tsv"
contains "$TMP/err" "corrupt" "cut short: message"
sed '1s/\t2$/\t7/' m1.tsv > newer.tsv
expect_exit 65 "newer model" env SEISMO_MODEL=$TMP/newer.tsv "$SEISMO" ingest --dry-run a.txt
contains "$TMP/err" "newer" "newer: message"
echo "hello" > notamodel.tsv
expect_exit 65 "not a model" "$SEISMO" ingest --dry-run --model notamodel.tsv a.txt
contains "$TMP/err" "not a seismo model" "not a model: message"
expect_exit 66 "missing model" "$SEISMO" ingest --dry-run --model nothere.tsv a.txt

# --- bad training input: clear errors naming the line
mkdir -p data && cp "$fx"/articles/*.txt data/
printf 'acq1.txt\tacquisition\nearn1.txt\tearnings\nother1.txt\tmerger_arbitrage\n' > data/l1.tsv
expect_exit 65 "unknown type" "$SEISMO" model train -o x.tsv --labels data/l1.tsv
contains "$TMP/err" "l1.tsv:3: unknown event type 'merger_arbitrage'" "unknown type names the line"
printf 'acq1.txt\tacquisition\nmissing.txt\tearnings\n' > data/l2.tsv
expect_exit 65 "missing article" "$SEISMO" model train -o x.tsv --labels data/l2.tsv
contains "$TMP/err" "l2.tsv:2: cannot read article" "missing article names the line"
printf 'acq1.txt acquisition\n' > data/l3.tsv
expect_exit 65 "no tab" "$SEISMO" model train -o x.tsv --labels data/l3.tsv
contains "$TMP/err" "l3.tsv:1: expected PATH <TAB> TYPES" "malformed line"
printf 'acq1.txt\tacquisition\nacq3.txt\tacquisition\n' > data/l4.tsv
expect_exit 65 "empty class" "$SEISMO" model train -o x.tsv --labels data/l4.tsv
contains "$TMP/err" "empty class" "empty class message"
contains "$TMP/err" "acquisition" "empty class names the type"
cp -r "$fx/reuters" rt && printf '99\tacq\tNO SUCH ARTICLE\n' >> rt/labels.tsv
expect_exit 65 "reuters label without article" "$SEISMO" model train -o x.tsv --reuters rt
contains "$TMP/err" "labels.tsv:13: article 99 has no file" "label file not matching names the line"
cp -r "$fx/reuters" rt2 && cp rt2/1.txt rt2/100.txt
expect_exit 65 "reuters article without label" "$SEISMO" model train -o x.tsv --reuters rt2
contains "$TMP/err" "lists 12 articles but" "article without a label line"
printf 'split\tlabels\tsentence\ntrain\tProfit\tAcme profit rose .\ntrain\tWeather\tIt rained .\n' > s.tsv
expect_exit 65 "unknown SentiFM label" "$SEISMO" model train -o x.tsv --sentifm s.tsv
contains "$TMP/err" "s.tsv:3: unknown SentiFM label 'Weather'" "SentiFM label names the line"
check "no model file left behind" bash -c "[ ! -e x.tsv ]"
expect_exit 64 "no output" "$SEISMO" model train --labels "$fx/labels.tsv"
expect_exit 64 "no data" "$SEISMO" model train -o x.tsv
expect_exit 64 "unknown --types" "$SEISMO" model train -o x.tsv --labels "$fx/labels.tsv" --types nope
expect_exit 64 "bad subcommand" "$SEISMO" model frobnicate
# train and eval read the one option table of `model`; each refuses the other's options by name
expect_exit 64 "train refuses an eval option" "$SEISMO" model train -o x.tsv --labels "$fx/labels.tsv" --cut 0.3
contains "$TMP/err" "model train: --cut is an option of model eval" "names the option and its subcommand"
expect_exit 64 "eval refuses --no-rule-hits" "$SEISMO" model eval --labels "$fx/labels.tsv" --no-rule-hits
contains "$TMP/err" "model eval: --no-rule-hits is an option of model train" "names it"
expect_exit 64 "eval refuses a train option" "$SEISMO" model eval --labels "$fx/labels.tsv" --bits 12
contains "$TMP/err" "model eval: --bits is an option of model train" "names the option and its subcommand"
expect_exit 64 "eval: an unknown option" "$SEISMO" model eval --frobnicate
contains "$TMP/err" "model eval: unknown option '--frobnicate'" "the shared parser's message"
expect_exit 64 "train: a bad probability" "$SEISMO" model train -o x.tsv --labels "$fx/labels.tsv" --emit 1.5
contains "$TMP/err" "--emit is a probability 0..1, not '1.5'" "names the option and the value"
expect_exit 64 "train: a bad threshold" "$SEISMO" model train -o x.tsv --labels "$fx/labels.tsv" --threshold acquisition=0.5
contains "$TMP/err" "--threshold wants TYPE=KEEP_ARTICLE:KEEP_SENTENCE:EMIT" "the threshold's form"
check "no model file left by a refused train" bash -c "[ ! -e x.tsv ]"
expect_exit 0 "sentifm split test" "$SEISMO" model eval --model m1.tsv --sentifm "$fx/sentences.tsv" --split test

# --- the default model: embedded, and retrained from ../shared byte for byte
expect_exit 0 "built-in model" "$SEISMO" model eval --labels "$fx/labels.tsv"
check "built-in model has a detector column" \
    awk '$1 == "acquisition" && $3 != "-" { f = 1 } END { exit !f }' "$TMP/out"
size=$(wc -c < "$here/core/data/detector.tsv")
check "default model under 2 MB ($size bytes)" test "$size" -lt 2000000
if [ -n "${SHARED:-}" ] && [ -f "$SHARED/corpus/reuters21578/reut2-000.sgm" ]; then
    check "retrain the default model" bash "$here/adapters/model/make-model.sh" "$SEISMO" "$SHARED" \
        "$TMP/detector.tsv" "$TMP/corpus"
    check "retrained model is byte-identical to core/data/detector.tsv" \
        cmp "$TMP/detector.tsv" "$here/core/data/detector.tsv"
else
    echo "model.sh: no ../shared corpora here; the retraining check is skipped"
fi
finish
