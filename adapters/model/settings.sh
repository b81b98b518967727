# The default detector model's training settings, sourced by make-model.sh (the committed
# model) and by tests/eval/dev.sh and cv.sh (the tuning fits), so that a tuning figure is
# always that of the settings the default model is trained with. ACQ_T / EARN_T (the
# acquisition / earnings thresholds, KEEP_ARTICLE:KEEP_SENTENCE:EMIT) override them for
# a trial fit.
# The types with training data; metric_change, rating_change, dividend, buyback and financing
# come from SentiFM only (sentences), so they only add events (never drop the rules' ones).
MODEL_SETTINGS=(
    --types acquisition,earnings,metric_change,rating_change,dividend,buyback,financing
    --c 32 --keep-article 0 --keep-sentence 0 --emit 0.2 --no-rule-hits
    --threshold "acquisition=${ACQ_T:-0.3:0.8:0.5}"
    --threshold "earnings=${EARN_T:-0.15:0.15:0.3}"
)
