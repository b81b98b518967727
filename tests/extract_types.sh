#!/usr/bin/env bash
# The extractor on the v2 types, through `seismo ingest`: what the gold files of
# fixtures/articles cannot say (earnings metrics, roles, context mentions kept
# only with --context), and sentences that must give no v2 event.
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/tests/lib.sh"
cd "$ROOT"

# dry FILE [ARGS]: queues FILE, a copy as it is now, to be read by `seismo ingest --dry-run
# --format ndjson ARGS` (a file ARGS names is copied too). pycheck DESCRIPTION PYTHON queues
# PYTHON, to run with events = the events of the article queued last, and the helpers
# of(type[, id]) and metrics(event). dry_checks, at the end, runs them all: one seismo run
# per distinct ARGS and one Python process (tests/eval/dry_checks.py), instead of a process
# of each per check (the articles are extracted one by one either way).
Q=$TMP/dryq
mkdir -p "$Q/files"
: >"$Q/checks"
dry_n=0
dry() {
    local f=$1 a c args=()
    shift
    for a in "$@"; do
        if [ -f "$a" ]; then
            c="$Q/files/$(sha256sum "$a" | cut -c1-16)-$(basename "$a")"
            cp "$a" "$c"
            a=$c
        fi
        args+=("$a")
    done
    dry_n=$((dry_n + 1))
    mkdir "$Q/$dry_n"
    cp "$f" "$Q/$dry_n/"
    { printf '%s\t%s' "$dry_n" "$Q/$dry_n/$(basename "$f")"; printf '\t%s' "${args[@]}"; echo; } >>"$Q/items"
}
pycheck() { printf '%s\0%s\0%s\0' "$dry_n" "$1" "$2" >>"$Q/checks"; }
dry_checks() {
    local r d e n=0 want
    want=$(tr -cd '\0' <"$Q/checks" | wc -c)
    want=$((want / 3))
    while IFS=$'\t' read -r r d e; do
        case $r in
        ok) ok ;;
        bad) bad "$d${e:+: $e}" ;;
        end) n=$d ;;
        esac
    done < <(python3 tests/eval/dry_checks.py "$SEISMO" "$Q")
    # (every queued check answered, plus one failure per crashed run)
    [ "$n" -ge "$want" ] || bad "dry_checks answered $n of $want queued checks"
}

dry fixtures/articles/earnings-release.txt
pycheck "earnings release metrics" "
[e] = of('earnings', 'NKE')
m = metrics(e)
assert e['data']['period'] == 'Q2 FY2025', e['data']
assert m['revenue']['value'] == 12.4e9 and m['revenue']['change_percent'] == -8 and m['revenue']['currency'] == 'USD', m
assert m['net_income']['value'] == 1.2e9 and m['net_income']['change_percent'] == -26, m
assert m['eps']['value'] == 0.78 and m['eps']['change_percent'] == -25, m
assert not of('executive_change'), 'a title in a quote is no executive change'"

dry fixtures/articles/earnings-wire.txt
pycheck "earnings wire metrics" "
[e] = of('earnings', 'GOOGL')
m = metrics(e)
assert e['data']['versus_expectations'] == 'beat'
assert m['revenue']['value'] == 84.74e9 and m['revenue']['change_percent'] == 14, m
assert abs(m['net_income']['value'] - 23.62e9) < 1 and m['net_income']['change_percent'] == 28.6, m
assert m['eps']['value'] == 1.89 and 'prior' not in m['eps'], m
[g] = of('guidance', 'TXN')
assert g['data']['period'] == 'Q3 2024'"

dry fixtures/articles/supply-contract.txt
pycheck "contract roles" "
[e] = of('contract', 'TSLA')
roles = {c['id']: c['role'] for c in e['companies']}
assert roles == {'005930.KS': 'supplier', 'TSLA': 'customer'}, roles"

dry fixtures/articles/analyst-note.txt
pycheck "analyst roles, no acquisition" "
for e in of('rating_change'):
    roles = sorted(c['role'] for c in e['companies'])
    assert roles == ['analyst', 'subject'], e['companies']
assert not of('acquisition')"

dry fixtures/articles/lawsuit-settlement.txt
pycheck "regulators are no counterparty" "
[e] = of('legal', 'V')
assert [c['id'] for c in e['companies']] == ['V'], e['companies']
[f] = of('legal', 'AAPL')
assert f['data']['currency'] == 'EUR' and f['data']['amount'] == 1.8e9"

# --- context mentions: dropped by default, kept with --context and marked
dry fixtures/articles/chapter11.txt
pycheck "no context events by default" "
assert not [e for e in events if e['data'].get('context')], events
assert not of('bankruptcy', 'rite-aid') and not of('acquisition')"
dry fixtures/articles/chapter11.txt --context
pycheck "--context keeps the past bankruptcy and the failed merger" "
[r] = of('bankruptcy', 'rite-aid')
assert r['data'] == {'action': 'emerged', 'context': True}, r['data']
[s] = of('bankruptcy', 'SAVE')
assert 'context' not in s['data'] and s['data']['action'] == 'filed'"
dry fixtures/articles/bond-ipo.txt --context
pycheck "--context: a deal a bond sale pays for is never news" "
assert all(e['data'].get('context') is True for e in of('acquisition', 'ORCL')), of('acquisition')
[b] = of('financing', 'ORCL')
assert 'context' not in b['data']"
# stored with --context: the timeline says so, verify passes
expect_exit 0 "ingest --context" "$SEISMO" ingest --context fixtures/articles/chapter11.txt
expect_exit 0 "timeline rite-aid" "$SEISMO" timeline rite-aid
contains "$TMP/out" "mentioned as context" "context on the timeline"
expect_exit 0 "ingest without --context" "$SEISMO" ingest fixtures/articles/bond-ipo.txt
expect_exit 0 "events ORCL" "$SEISMO" events --company ORCL --format ndjson
check "no context event stored without --context" python3 -c "
import json
ev = [json.loads(l) for l in open('$TMP/out')]
assert ev and not [e for e in ev if e['data'].get('context')], ev"
expect_exit 0 "verify" "$SEISMO" verify

# --- sentences that must not give a v2 event
cat >"$TMP/neg.txt" <<'TXT'
Date: March 4, 2025
Deutsche Bank upgraded Walmart to buy from hold.
Chief Executive Marc Benioff said the company had hired too many people during the pandemic.
Apple's iPhone sales in China fell 2.3% during the quarter.
Analysts expect Nvidia to report strong results next week.
Intel cut costs to reduce its losses.
Shares of Tesla opened 3% higher.
TXT
dry "$TMP/neg.txt"
pycheck "negatives" "
types = sorted(e['type'] for e in events)
assert not of('acquisition'), 'upgraded to buy is no purchase'
[r] = of('rating_change')
assert r['data']['rating_to'] == 'buy' and r['data']['rating_from'] == 'hold'
assert not of('workforce') and not of('executive_change') and not of('facility'), types
assert not of('earnings') and not of('guidance'), types"

# --- a preferred share called for redemption is owed its accrued dividend: no dividend declared
cat >"$TMP/redeem.txt" <<'TXT'
Date: March 16, 1987
Fox Television Stations said the preferred stock will be redeemed for 1,000 dlrs per share plus an accrued dividend of 5.83 dlrs per share.
Investors Savings Bank said it has called its Series B preferred stock for redemption on April 24 at 64.80 dlrs plus accrued and unpaid dividends of 34 cts per share.
Merrow Industries said it declared a quarterly dividend of 25 cts per share.
TXT
dry "$TMP/redeem.txt" --model none
pycheck "accrued dividends of a redemption" "
ds = of('dividend')
assert len(ds) == 1 and ds[0]['data']['amount_per_share'] == 0.25, ds"

# --- a price "each" is a price a share, not the deal's amount
cat >"$TMP/each.txt" <<'TXT'
Date: March 5, 1987
Harlan Hutton Group Inc said it started its offer to purchase up to 6,332,471 common shares of Purlock Courier Corp at 35 dlrs each.
TXT
dry "$TMP/each.txt" --model none
pycheck "a price each is no deal amount" "
[d] = of('acquisition')
assert 'amount' not in d['data'], d"

# --- a headline names a company by the first two words of its name in the body
cat >"$TMP/short.txt" <<'TXT'
Date: 2-MAR-1987
HALLORAN TABAK HAS 91.8 PCT OF PENWICK TRAFFIC <PWK>
NEW YORK, March 2 - <Halloran Tabak Hirsch and Co> said it has received and accepted 3,424,729 common shares of Penwick Traffic Co in response to its tender offer.
TXT
dry "$TMP/short.txt" --model none
pycheck "a headline's two-word short form" "
[i] = of('investment')
assert i['companies'][0]['name'] == 'Halloran Tabak Hirsch and Co' and i['companies'][0]['role'] == 'investor', i
assert i['companies'][1]['id'] == 'penwick-traffic', i"

# --- the detector emits no dividend for a preferred stock called for redemption
cat >"$TMP/called.txt" <<'TXT'
Date: 16-MAR-1987
NEW HAVEN POWER TO REDEEM PREFERRED SHARES
WESTBOROUGH, Mass, March 16 - New Haven Power Co said it will redeem all 250,000 shares of its Preferred Stock cumulative, 100 dlr par value, 13.48 pct series in two stages.
    First on July 1, it will redeem 225,000 shares at 110.86 dlrs per share.
    Then, on September 1, it will redeem the remaining 25,000 shares pursuant to the sinking fund provisions at 100.75 dlrs plus accrued and unpaid dividends of 2.25 dlrs per share, it said.
TXT
dry "$TMP/called.txt"
pycheck "no dividend for a redemption" "
assert not of('dividend'), events"

# --- an action on the company's capital under a wire title that names no results is no
# earnings report, whatever the detector's score of its dividend and interest words: with
# the built-in model made eager (an article-level earnings or dividend event whatever the
# score), the vetoes alone decide
awk -F'\t' 'BEGIN { OFS = "\t" } $1 == "sha256" { next }
    $1 == "label" && ($2 == "earnings" || $2 == "dividend") { $6 = "0" } { print }' \
    core/data/detector.tsv >"$TMP/eager.tsv"
printf 'sha256\t%s\n' "$(sha256sum "$TMP/eager.tsv" | cut -d' ' -f1)" >>"$TMP/eager.tsv"
cat >"$TMP/redeem-deb.txt" <<'TXT'
Date: 9-MAR-1987 09:04:40.79
HALVERSON <HLV> UNIT TO REDEEM DEBENTURES
CHICAGO, March 9 - Halverson Industries Inc said its Tristar Pipeline Corp subsidiary will redeem on April 15 all 4.2 mln dlrs of its outstanding 11-1/2 pct convertible subordinated debentures due 2005 at 106.5 pct of par.
    It said interest payable April 15 will be paid in the usual manner to holders of record on April 1. The debentures convert to common stock at 18.25 dlrs per share through April 15.
    Holders converting through April 1 will be entitled to receive Halverson's regular quarterly dividend of 30 cts per share on common stock that is payable April 30.
TXT
dry "$TMP/redeem-deb.txt" --model "$TMP/eager.tsv"
pycheck "no earnings under a redemption title" "
assert not of('earnings'), [e['source']['sentence'] for e in of('earnings')]"

# --- a price cut in cents is no dividend cut: the detector adds a dividend only where the
# title or lead names a payout
printf 'Date: 26-FEB-1987 15:34:07.03\nASARCO LOWERS LEAD 0.50 CENT TO 24 CTS\nNEW YORK, Feb 26 - Asarco Inc said it is cutting its refined lead price by 0.50 cent to 24 cents a lb, effective immediately.\n' >"$TMP/lead.txt"
dry "$TMP/lead.txt" --model "$TMP/eager.tsv"
pycheck "no dividend for a metal price cut" "
# (the eager model works: an earnings event where no veto applies)
assert of('earnings'), events
assert not of('dividend'), events"

# --- services sold to customers are a product, not a business; a deal named as the source
# of a gain in a results story is background
printf 'Date: 4-MAR-1987\nBRANDT TO MARKET NORTHCOM <NCM> SERVICES\nDALLAS, March 4 - <Brandt Communications Corp> said it signed an agreement under which it will sell and service Northcom Corp'"'"'s telex and long distance services to customers in Texas and Oklahoma.\n' >"$TMP/resell.txt"
dry "$TMP/resell.txt" --model none
pycheck "no deal for services sold to customers" "
assert not of('acquisition') and not of('investment'), events"
printf 'Date: 12-MAR-1987\nHARBOUR HOLDINGS SEES STRONG 1987\nHONG KONG, March 12 - Harbour Holdings Ltd reported extraordinary gains of 412.5 mln dlrs mainly from the firm'"'"'s sale of the Kowloon Plaza Hotel to Pacific Lodging Ltd.\n' >"$TMP/gainsale.txt"
dry "$TMP/gainsale.txt" --model none
pycheck "a sale named as the source of a gain is not news" "
assert not of('acquisition'), events"
dry "$TMP/gainsale.txt" --model none --context
pycheck "... and is kept as context with --context" "
[d] = of('acquisition')
assert d['data'].get('context') is True, d"

# --- a wire title that tells a sale or a rights plan and names no results is no earnings
# report, whatever the detector's score (the eager model again: the veto alone decides)
cat >"$TMP/sells.txt" <<'TXT'
Date: 10-MAR-1987 06:12:01.11
CALDERWOOD SELLS U.K. MARKETING UNITS
LONDON, March 10 - Calderwood Plc said it sold its U.K. petrol marketing units to Norbridge Oil Ltd for 52 mln stg in cash.
    The units had pre-tax profits of 4.1 mln stg in 1986 on sales of 310 mln stg, it said.
TXT
dry "$TMP/sells.txt" --model "$TMP/eager.tsv"
pycheck "no earnings under a title that tells a sale" "
assert not of('earnings'), [e['source']['sentence'] for e in of('earnings')]
assert of('acquisition', 'norbridge-oil'), events"
printf 'Date: 10-MAR-1987 16:40:12.30\nPELHAM <PLH> ADOPTS STOCKHOLDER RIGHTS PLAN\nBOSTON, March 10 - Pelham Corp said its board adopted a stockholder rights plan and declared a dividend of one right for each common share outstanding.\n' >"$TMP/rights.txt"
dry "$TMP/rights.txt" --model "$TMP/eager.tsv"
pycheck "no earnings under a title that tells a rights plan" "
assert not of('earnings'), [e['source']['sentence'] for e in of('earnings')]"

# --- nor is a deal guessed for a title that tells officers named and no deal (the model made
# eager for deals too; a title that tells neither gets its guess, the control)
awk -F'\t' 'BEGIN { OFS = "\t" } $1 == "sha256" { next } $1 == "label" { $6 = "0" } { print }' \
    core/data/detector.tsv >"$TMP/eager-all.tsv"
printf 'sha256\t%s\n' "$(sha256sum "$TMP/eager-all.tsv" | cut -d' ' -f1)" >>"$TMP/eager-all.tsv"
for title in "KESWICK CHEMICAL NAMES SENIOR OFFICERS" "KESWICK CHEMICAL COMPLETES DEBENTURE OFFERING" \
    "KESWICK CHEMICAL REVIEWS PLANTS"; do
    printf 'Date: 4-MAR-1987 10:53:46.06\n%s\nSOMERVILLE, N.J., March 4 - <Keswick Chemical Corp>, recently formed from the merger of Alder Corp with Brant Chemical Corp, said John Dorr has been named chairman and chief executive officer of Keswick Chemical.\n' "$title" >"$TMP/officers.txt"
    dry "$TMP/officers.txt" --model "$TMP/eager-all.tsv"
    if [ "${title#*REVIEWS}" = "$title" ]; then
        pycheck "no deal guessed under a title that names officers or an offering: $title" "
assert not of('acquisition'), [e['source']['sentence'] for e in of('acquisition')]"
    else
        pycheck "a deal guessed under a title that names no officers (control)" "
assert of('acquisition', 'keswick-chemical'), events"
    fi
done

# --- a profit sharing bonus is a payment to staff, not a result; a split the company
# "recently announced" ten words before the split word is background
printf 'Date: 2-DEC-1986\nKestrel Data Systems Inc said it will pay its employees a profit sharing bonus of 12.4 mln dlrs in the first quarter.\n' >"$TMP/sharing.txt"
dry "$TMP/sharing.txt" --model none
pycheck "a profit sharing bonus is no earnings" "
assert not of('earnings'), events"
printf 'Date: 12-MAR-1987\nDorval Industries Inc, which recently announced a two-for-one stock split, said its board raised the quarterly dividend to 20 cts a share.\n' >"$TMP/split10.txt"
dry "$TMP/split10.txt" --model none
pycheck "a split recently announced is not news" "
assert not of('stock_split') and of('dividend', 'dorval-industries'), events"
dry "$TMP/split10.txt" --model none --context
pycheck "... and is kept as context with --context" "
[x] = of('stock_split')
assert x['data'].get('context') is True, x"

# A figure too large to round to four decimals keeps its digits (it once overflowed a
# long long: a garbage negative value, and an abort under the fuzzer's sanitizers).
printf 'ACME CORP <ACM> 4TH QTR NET\nNEW YORK, March 2 - Shr 1.04 dlrs vs 88 cts\n    Net 950,000 billion vs 112.0 mln\n    Revs 1.5 billion vs 1.2 billion\n' >"$TMP/huge.txt"
dry "$TMP/huge.txt"
pycheck "a huge table figure is kept as read" "
[e] = of('earnings')
m = metrics(e)
assert m['net_income']['value'] == 950e12, m
assert m['revenue']['value'] == 1.5e9 and m['revenue']['change_percent'] == 25, m"

# A deal of an earlier year, or one the story recalls "as part of" another, is context.
printf 'Date: 18-MAR-1987 10:00:00.00\nROYAL TRUSTCO SEES GROWTH\nTORONTO, March 18 - Royal Trustco Ltd said it faced a crowded market after the 1983 sale of its Florida bank units to Barnett Banks Inc.\n' >"$TMP/past.txt"
dry "$TMP/past.txt" --model none
pycheck "a deal of an earlier year is not news" "
assert not of('acquisition'), events"
dry "$TMP/past.txt" --model none --context
pycheck "... and is kept, marked, with --context" "
[e] = of('acquisition')
assert e['data'].get('context') is True, e['data']"

# A deal dated in a month of an earlier year ("in October 1986", "In November 1986, X
# purchased") is context too; one that is to close later this year stays news.
printf 'Date: 18-MAR-1987 10:00:00.00\nHALVERN SEES BETTER YEAR\nDENVER, March 18 - Halvern Industries Inc said it expects higher sales this year.\nThe company acquired Corlett Tool Co for about 24.3 mln dlrs in October 1986.\nIn November 1986, Halvern purchased 75 pct of Brisco Machinery Corp for 12 mln dlrs.\nHalvern agreed to acquire Dunmore Gear Corp for 24 mln dlrs in a deal expected to close in April 1987.\n' >"$TMP/pastmonth.txt"
dry "$TMP/pastmonth.txt" --model none --context
pycheck "a deal of a month of an earlier year is context" "
ids = lambda e: {c['id'] for c in e['companies']}
old = [e for e in of('acquisition') + of('investment') if ids(e) & {'corlett-tool', 'brisco-machinery'}]
assert len(old) == 2 and all(e['data'].get('context') is True for e in old), old
[new] = of('acquisition', 'dunmore-gear')
assert 'context' not in new['data'], new['data']"

# A sale named as the source of a gain, a loss or proceeds is background to the result (or
# to what the money pays for); a sale told as such stays news.
printf 'Date: 18-MAR-1987 10:00:00.00\nHALVERN SEES FIRST QUARTER GAIN\nDENVER, March 18 - Halvern Industries Inc said it will post a first quarter gain of 4.2 mln dlrs on the sale of its Corlett Tool unit to Brisco Machinery Corp.\nTarrant Corp said it will use the proceeds from the sale of its Mesa Freight unit to Dalby Logistics Inc to repay bank debt.\nQuorra Systems Inc expects a loss of about two mln dlrs in its third quarter from the proposed sale of its Denholm Labs unit.\n' >"$TMP/gain.txt"
dry "$TMP/gain.txt" --model none --context
pycheck "a sale that yields a gain, a loss or proceeds is context" "
deals = of('acquisition') + of('investment')
assert len(deals) == 3 and all(e['data'].get('context') is True for e in deals), deals"
printf 'Date: 18-MAR-1987 10:00:00.00\nHALVERN SELLS UNIT\nDENVER, March 18 - Halvern Industries Inc said it completed the sale of its Corlett Tool unit to Brisco Machinery Corp for 4.2 mln dlrs and will post a gain.\n' >"$TMP/gain2.txt"
dry "$TMP/gain2.txt" --model none
pycheck "... not a sale told as the news" "
[e] = of('acquisition')
assert 'context' not in e['data'], e['data']"

# "UPS" between two names of a capitals headline is the verb; "X Roberts and Co" is X Roberts.
printf 'Date: 16-MAR-1987 12:00:00.00\nHARRIS UPS CENTERRE BANCORP <CTBC> STAKE\nCHICAGO, March 16 - Kohlberg Kravis Roberts and Co said it acquired a 9.6 pct stake in Owens-Illinois Inc.\n' >"$TMP/ups.txt"
dry "$TMP/ups.txt" --model none
pycheck "no company UPS in a headline verb, a name ends before 'and Co'" "
names = [c['name'] for e in events for c in e['companies']]
assert not any(n.upper() == 'UPS' for n in names), names
assert 'Kohlberg Kravis Roberts' in names, names"

# The rules alone read one-line results rows without a prior period as a table (the
# detector alone would give an earnings event with no metrics).
dry fixtures/articles/wire-rows-no-prior.txt --model none
pycheck "results rows without a prior period" "
[e] = of('earnings')
m = metrics(e)
assert m['net_income']['value'] == 788099 and 'prior' not in m['net_income'], m
assert m['revenue']['value'] == 15.5e6, m"

# A dividend story that speaks of deals in passing gets no deal from the detector: the rules
# read what it reports (results, a dividend or a financing), so no article-level deal is added.
printf 'Date: 18-MAR-1987 10:00:00.00\nHALVERN <HLV> RAISES QUARTERLY DIVIDEND\nDENVER, March 18 - Halvern Industries Inc said its board raised the quarterly dividend to 15 cts a share from 12 cts, payable April 10 to holders of record March 31.\n    The company said the increase reflects the contribution of the businesses it acquired last year, and that it continues to look for acquisitions and merger partners.\n' >"$TMP/divdeal.txt"
dry "$TMP/divdeal.txt"
pycheck "no deal added to a dividend story" "
assert of('dividend') and not of('acquisition') and not of('investment'), events"

# A deal with both sides named in an article's first sentence is kept whatever the default
# detector scores: a one-sentence item in words the detector never saw in training.
printf 'Zeta Payments will buy Worldpay for $24 billion.\n' >"$TMP/lead.txt"
dry "$TMP/lead.txt"
pycheck "a lead deal kept by the default model" "
[e] = of('acquisition')
roles = {c['id']: c['role'] for c in e['companies']}
assert roles == {'zeta-payments': 'acquirer', 'worldpay': 'target'}, roles"

# "earnings of $5.40 a share" is EPS (not a net income without a value); "swung to a loss
# of $16.6 billion" is a net loss.
printf 'Date: 2025-10-21\nNetflix reported third-quarter earnings of $5.40 a share, beating estimates of $5.12.\nIntel swung to a loss of $16.6 billion in the third quarter.\n' >"$TMP/eps.txt"
dry "$TMP/eps.txt" --model none
pycheck "EPS written as earnings a share, a loss as net income" "
[n] = of('earnings', 'NFLX')
assert [m['metric'] for m in n['data']['metrics']] == ['eps'] and metrics(n)['eps']['value'] == 5.4, n['data']
[i] = of('earnings', 'INTC')
assert metrics(i)['net_income']['value'] == -16.6e9, i['data']"

# A recall is a product event of kind recall, the count no part of the product's name.
printf 'Date: 2024-05-08\nFord recalled 1.9 million Explorer SUVs over a trim problem.\nThe ambassador was recalled to Paris.\n' >"$TMP/recall.txt"
dry "$TMP/recall.txt" --model none
pycheck "a recall" "
[e] = of('product_announcement', 'F')
assert e['data'] == {'kind': 'recall', 'product': 'Explorer SUVs'}, e['data']
assert len(events) == 1, events"

# Headlines of modern deal news: a name before a headline verb ("makes ... offer for",
# "abandon merger talks") is a company, "Seven & i" is one name, exploring a sale is talks.
printf 'Couche-Tard makes $47 billion offer for Seven & i\n' >"$TMP/h1.txt"
dry "$TMP/h1.txt" --model none
pycheck "a bid in a headline" "
[e] = of('acquisition')
roles = {c['id']: c['role'] for c in e['companies']}
assert roles == {'couche-tard': 'acquirer', 'seven-i': 'target'}, roles
assert e['data']['status'] == 'talks' and e['data']['amount'] == 47e9, e['data']"
printf 'Nissan and Honda abandon merger talks\n' >"$TMP/h2.txt"
dry "$TMP/h2.txt" --model none
pycheck "merger talks abandoned" "
[e] = of('acquisition')
assert sorted(c['role'] for c in e['companies']) == ['party', 'party'], e
assert e['data']['status'] == 'terminated', e['data']"

# "Pfizer completed the Seagen acquisition": the name before a bare deal noun is bought.
printf 'Date: 2023-12-14\nPfizer completed the Seagen acquisition on Thursday.\n' >"$TMP/adj.txt"
dry "$TMP/adj.txt" --model none
pycheck "a target named before the deal noun" "
[e] = of('acquisition')
roles = {c['id']: c['role'] for c in e['companies']}
assert roles == {'PFE': 'acquirer', 'seagen': 'target'}, roles
assert e['data']['status'] == 'completed', e['data']"

# "Savings and Loan Association" is a name, not a loan; "a 50 mln dlr loan" is one.
printf 'Date: 1987-03-02\nFirst Southern Federal Savings and Loan Association said it agreed to acquire Horizon Financial Corp.\nAcme Savings and Loan Association said it arranged a 50 mln dlr loan.\n' >"$TMP/sl.txt"
dry "$TMP/sl.txt" --model none
pycheck "a loan in a name is no financing" "
[e] = of('financing')
assert e['companies'][0]['id'] == 'acme-savings-and-loan-association', e['companies']
assert e['data'] == {'kind': 'loan', 'amount': 50e6, 'currency': 'USD'}, e['data']"

# "said Kaiser Cement shareholders approved": a name before "shareholders" is a company;
# "acquired 2001 Distributors Inc": a four-digit number opens a name.
printf 'Date: 1987-03-03\nHanson Trust PLC said Kaiser Cement shareholders today approved the merger agreement making Kaiser Cement an indirect wholly owned unit of Hanson Trust.\nInternational Fine Foods Inc said it has acquired 2001 Distributors Inc for 875,000 common shares.\n' >"$TMP/hold.txt"
dry "$TMP/hold.txt" --model none
pycheck "a company before its shareholders, a name opening with a number" "
got = sorted(tuple(sorted((c['id'], c['role']) for c in e['companies'])) for e in of('acquisition'))
assert (('hanson-trust', 'acquirer'), ('kaiser-cement', 'target')) in got, got
assert (('2001-distributors', 'target'), ('international-fine-foods', 'acquirer')) in got, got"

# "has lost nearly 40% of its value" is a share move, "40% of Beta" a portion.
printf 'Date: 2024-11-01\nZentra stock has lost nearly 40%% of its value this year.\n' >"$TMP/lost.txt"
dry "$TMP/lost.txt" --model none
pycheck "a move told as value lost" "
[e] = of('share_move', 'zentra')
assert e['data']['percent'] == -40, e['data']"

# Headline verbs of deals: "snaps up", "takes control of", "bids $2 billion for".
printf 'Zentra snaps up Lumeral for $2 billion\n' >"$TMP/snap.txt"
dry "$TMP/snap.txt" --model none
pycheck "snaps up" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'zentra': 'acquirer', 'lumeral': 'target'}, e"
printf 'Zentra bids $2 billion for Lumeral\n' >"$TMP/bids.txt"
dry "$TMP/bids.txt" --model none
pycheck "bids for" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'zentra': 'acquirer', 'lumeral': 'target'}, e
assert e['data']['status'] == 'talks' and e['data']['amount'] == 2e9, e['data']"

# A company named only by its place after a verb whose object is a company: the rated
# company after "downgraded", the one a jury "ordered" to pay, the one "awarded" a contract;
# and the subject of "secured a loan".
printf 'Date: 2026-12-01\nMoody'"'"'s downgraded Belvoir Retail'"'"'s credit rating to junk, citing rising debt.\nA federal jury ordered Castellan Medical to pay $212 million to a rival for infringing patents on its heart pumps.\nThe Pentagon awarded Vireo Aerospace a $3.2 billion contract to build satellite launchers.\nArdent Power secured a $2.5 billion loan from a group of banks to fund its offshore wind projects.\n' >"$TMP/obj.txt"
dry "$TMP/obj.txt" --model none
pycheck "companies as the object of a rating, a verdict, a contract; a loan's borrower" "
[r] = of('rating_change')
assert {c['id']: c['role'] for c in r['companies']} == {'belvoir-retail': 'subject', 'MCO': 'analyst'}, r
assert r['data']['action'] == 'downgrade' and r['data']['kind'] == 'credit', r['data']
[l] = of('legal', 'castellan-medical')
assert l['data']['amount'] == 212e6, l['data']
[c] = of('contract', 'vireo-aerospace')
assert {x['id']: x['role'] for x in c['companies']}['vireo-aerospace'] == 'supplier', c
[f] = of('financing', 'ardent-power')
assert f['data']['kind'] == 'loan' and f['data']['amount'] == 2.5e9, f['data']"

# "is selling its unit to private equity firm Z": a progressive is no passive (the seller
# is not what is sold), and the buyer comes after its description.
printf 'Date: 2026-12-01\nPellinor Group is selling its consumer health unit to private equity firm Brightwater for $3.4 billion.\nOrlen Foods sold its snacks business to investment firm Calder Partners.\n' >"$TMP/selling.txt"
dry "$TMP/selling.txt" --model none
pycheck "a sale in progress, a buyer after its description" "
got = sorted(tuple(sorted((c['id'], c['role']) for c in e['companies'])) for e in of('acquisition'))
assert got == [(('brightwater', 'acquirer'), ('pellinor-group', 'seller')), (('calder-partners', 'acquirer'), ('orlen-foods', 'seller'))], got"

# "Tervo Grid and Solace Motors": two names of two words each around "and", the second
# ending in a weak suffix, are two companies ("Goodyear Tire and Rubber Co" stays one).
printf 'Date: 2026-12-01\nTervo Grid and Solace Motors formed a joint venture to build battery plants in Texas.\n' >"$TMP/jv.txt"
dry "$TMP/jv.txt" --model none
pycheck "two companies forming a joint venture" "
[p] = of('partnership')
assert sorted((c['id'], c['role']) for c in p['companies']) == [('solace-motors', 'partner'), ('tervo-grid', 'partner')], p"

# Results told of "net income at X" (X after the metric), an analyst's forecast that was
# missed (no outlook); an outlook for production after "now expects" (an article that names
# no company otherwise: its opening name before a company's verb).
printf 'Date: 2026-12-01\nQuarterly revenue at Halbrook Media rose 6%% to $2.3 billion, topping analyst estimates.\nSecond-quarter net income at Carver Logistics fell 18%% to $410 million, missing analyst forecasts.\n' >"$TMP/at.txt"
dry "$TMP/at.txt" --model none
pycheck "results at a company" "
[h] = of('earnings', 'halbrook-media')
m = metrics(h)
assert m['revenue']['value'] == 2.3e9 and m['revenue']['change_percent'] == 6, m
assert h['data']['versus_expectations'] == 'beat', h['data']
[c] = of('earnings', 'carver-logistics')
assert metrics(c)['net_income']['change_percent'] == -18 and c['data']['versus_expectations'] == 'miss', c['data']
assert not of('guidance'), of('guidance')
assert not [e for e in events if any(x['id'] == 'second-quarter' for x in e['companies'])], events"
printf 'Date: 2026-12-01\nDunmore Gold now expects annual production of 2.1 million to 2.3 million ounces, down from a previous forecast of 2.5 million.\n' >"$TMP/prod.txt"
dry "$TMP/prod.txt" --model none
pycheck "an outlook for production" "
[g] = of('guidance', 'dunmore-gold')
assert g['data']['metric'] == 'production' and g['data']['direction'] == 'lowered', g['data']"

# An outlook withdrawn without a metric named is guidance all the same.
printf 'Date: 2026-12-01\nLydgate Energy withdrew its full-year outlook, citing uncertainty over tariffs.\n' >"$TMP/wd1.txt"
dry "$TMP/wd1.txt" --model none
pycheck "a withdrawn outlook with no metric" "
[g] = of('guidance', 'lydgate-energy')
assert g['data']['direction'] == 'withdrawn' and g['data']['period'] == 'FY2026', g['data']"
printf 'Date: 2026-12-01\nCorbin Airlines pulled its 2026 guidance, citing weaker travel demand.\n' >"$TMP/wd2.txt"
dry "$TMP/wd2.txt" --model none
pycheck "a pulled guidance" "
[g] = of('guidance', 'corbin-airlines')
assert g['data']['direction'] == 'withdrawn' and g['data']['period'] == 'FY2026', g['data']"

# "Shareholders in X approved its sale to Y": X is bought, Y buys.
printf 'Date: 2026-12-01\nShareholders in Tamsin Foods approved its sale to Greyfield.\n' >"$TMP/sh1.txt"
dry "$TMP/sh1.txt" --model none
pycheck "shareholders in X approved its sale to Y" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'greyfield': 'acquirer', 'tamsin-foods': 'target'}, e"
printf 'Date: 2026-12-01\nShareholders of Dorrit Mining voted to approve its $4 billion sale to Calbrook Resources.\n' >"$TMP/sh2.txt"
dry "$TMP/sh2.txt" --model none
pycheck "shareholders of X voted to approve its sale to Y" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'calbrook-resources': 'acquirer', 'dorrit-mining': 'target'}, e
assert e['data']['amount'] == 4e9, e['data']"

# "take X private": X between the verb and "private" is the target.
printf 'Date: 2026-12-01\nArdmore Capital agreed to take Pellam Software private for $2.4 billion.\n' >"$TMP/priv.txt"
dry "$TMP/priv.txt" --model none
pycheck "take X private" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'ardmore-capital': 'acquirer', 'pellam-software': 'target'}, e
assert e['data']['amount'] == 2.4e9, e['data']"

# A person named earlier in the article is no company when a sentence opens with the
# surname before a deal verb; Greenland is a place.
printf 'Date: 2026-12-01\nU.S. President Donald Trump renewed his push to acquire the Arctic island.\nTrump said on Monday it would buy Greenland.\n' >"$TMP/person.txt"
dry "$TMP/person.txt" --model none
pycheck "a person's surname before a deal verb" "
assert not [e for e in events if any(c['id'] in ('trump', 'greenland', 'donald-trump') for c in e['companies'])], events"

# Fiscal quarters: a fiscal fourth quarter ended June 30 is Q4 of the fiscal year ending
# then, a fiscal first quarter ended September 30 Q1 of the next one.
printf 'Date: 2026-08-05\nHarlan Systems said revenue for its fiscal fourth quarter ended June 30 rose 9%% to $3.1 billion.\n' >"$TMP/fy1.txt"
dry "$TMP/fy1.txt" --model none
pycheck "a fiscal fourth quarter ended in June" "
[e] = of('earnings', 'harlan-systems')
assert e['data']['period'] == 'Q4 FY2026', e['data']"
printf 'Date: 2026-10-28\nHarlan Systems reported fiscal first-quarter revenue of $2.2 billion for the quarter ended Sept. 30.\n' >"$TMP/fy2.txt"
dry "$TMP/fy2.txt" --model none
pycheck "a fiscal first quarter ended in September" "
[e] = of('earnings', 'harlan-systems')
assert e['data']['period'] == 'Q1 FY2027', e['data']"

# A stake "of about 7% in X" names its investee; a company is pushed "for a sale of the
# company" (the target is the company, not the investor); "to resolve lawsuits" settles;
# "X and Y announced a strategic partnership" names two partners.
printf 'Date: 2026-12-01\nActivist investor Elmgrove Partners has built a stake of about 7%% in Quillon Retail and is pushing for a sale of the company.\n' >"$TMP/act.txt"
dry "$TMP/act.txt" --model none
pycheck "a stake of N% in X" "
[e] = of('investment')
assert {c['id']: c['role'] for c in e['companies']} == {'elmgrove-partners': 'investor', 'quillon-retail': 'investee'}, e
assert e['data']['stake_percent'] == 7, e['data']
assert not [d for d in of('acquisition') if any(c['id'] == 'elmgrove-partners' and c['role'] == 'target' for c in d['companies'])], events"
printf 'Date: 2026-12-01\nWendell Chemicals agreed to pay $1.1 billion to resolve lawsuits over contaminated drinking water.\n' >"$TMP/res.txt"
dry "$TMP/res.txt" --model none
pycheck "paying to resolve lawsuits is a settlement" "
[e] = of('legal', 'wendell-chemicals')
assert e['data']['action'] == 'settlement' and e['data']['amount'] == 1.1e9, e['data']"
printf 'Date: 2026-12-01\nValdor Networks and Sable Cloud announced a strategic partnership to offer AI services to banks.\n' >"$TMP/sp.txt"
dry "$TMP/sp.txt" --model none
pycheck "two companies announcing a strategic partnership" "
[p] = of('partnership')
assert sorted((c['id'], c['role']) for c in p['companies']) == [('sable-cloud', 'partner'), ('valdor-networks', 'partner')], p"

# "on news of a $1 billion share buyback" reports a buyback authorized.
printf 'Date: 2026-12-01\nHarlow Mining shares rose 2%% on news of a $1 billion share buyback.\n' >"$TMP/news.txt"
dry "$TMP/news.txt" --model none
pycheck "news of a buyback" "
[b] = of('buyback', 'harlow-mining')
assert b['data']['action'] == 'authorized' and b['data']['amount'] == 1e9, b['data']"

# A seventh set's misses: "in advanced talks to acquire"; a buyer after "sovereign wealth fund";
# an agency that "raised X's credit rating"; "an investigation into X"; "eliminating about 1,500
# salaried positions"; "a $450 million deal to supply".
printf 'Date: 2026-12-01\nDrayton Industrial is in advanced talks to acquire packaging maker Corliss Group for about $3 billion, people familiar with the matter told Reuters.\n' >"$TMP/s7a.txt"
dry "$TMP/s7a.txt" --model none
pycheck "in advanced talks to acquire" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'drayton-industrial': 'acquirer', 'corliss-group': 'target'}, e
assert e['data']['status'] == 'talks' and e['data']['amount'] == 3e9, e['data']"
printf 'Date: 2026-12-01\nSovereign wealth fund Meridia Investment will take a 20%% stake in electric truck maker Halcyon Motors for $600 million.\n' >"$TMP/s7b.txt"
dry "$TMP/s7b.txt" --model none
pycheck "a stake taken by a fund named after its description" "
[e] = of('investment')
assert {c['id']: c['role'] for c in e['companies']} == {'meridia-investment': 'investor', 'halcyon-motors': 'investee'}, e
assert e['data']['stake_percent'] == 20, e['data']"
printf 'Date: 2026-12-01\nS&P Global Ratings raised Marden Steel'"'"'s credit rating to BBB- from BB+, restoring its investment-grade status.\nRegulators in Brussels opened an investigation into Tamworth Telecom over suspected abuse of its dominant position.\nOxley Automotive is eliminating about 1,500 salaried positions worldwide to cut costs.\nKenning Systems signed a five-year, $450 million deal to supply cloud software to the U.K. government.\n' >"$TMP/s7c.txt"
dry "$TMP/s7c.txt" --model none
pycheck "a credit rating raised, an investigation into, positions eliminated, a deal to supply" "
[r] = of('rating_change')
assert {c['id']: c['role'] for c in r['companies']} == {'marden-steel': 'subject', 'SPGI': 'analyst'}, r
assert r['data']['action'] == 'upgrade' and r['data']['rating_to'] == 'BBB-', r['data']
[l] = of('legal', 'tamworth-telecom')
assert l['data']['action'] == 'investigation', l['data']
[w] = of('workforce', 'oxley-automotive')
assert w['data']['action'] == 'layoffs' and w['data']['headcount'] == 1500, w['data']
[c] = of('contract', 'kenning-systems')
assert c['data']['amount'] == 450e6, c['data']"

# A sale required as a condition of an approval ("on condition that it sells two plants") is
# no deal of its own and no plant sold.
printf 'Date: 2026-12-01\nThe European Commission cleared Dalby Chemicals'"'"' $9 billion takeover of Orrin Materials on condition that it sells two plants.\n' >"$TMP/cond.txt"
dry "$TMP/cond.txt" --model none
pycheck "a sale as a condition" "
got = sorted(tuple(sorted((c['id'], c['role']) for c in e['companies'])) for e in of('acquisition'))
assert got == [(('dalby-chemicals', 'acquirer'), ('orrin-materials', 'target'))], got
assert not of('facility'), of('facility')"

# An eighth set's misses: a business "of rival X" bought (X sells); "Garvey Homes' rating" cut
# to "B+"; "filed for administration"; a drug's approval from a regulator (a product approved,
# beside the approval), not a shareholders' one.
printf 'Date: 2026-12-01\nKestrel Bank has agreed to buy the UK mortgage book of rival Ashworth Building Society for £2.3bn, the lender said on Monday.\nFitch cut Garvey Homes'"'"' rating to B+ from BB-, citing weak sales and high leverage.\nFashion retailer Linley & Co has filed for administration, putting 2,100 jobs at risk.\nSolvay Pharma received approval from the European Medicines Agency for its lung cancer drug.\nHollin Media won approval from shareholders for its plan to split in two.\n' >"$TMP/s8.txt"
dry "$TMP/s8.txt" --model none
pycheck "a book of rival X, a rating cut to B+, administration, a drug approved" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'kestrel-bank': 'acquirer', 'ashworth-building-society': 'seller'}, d
assert d['data']['amount'] == 2.3e9 and d['data']['currency'] == 'GBP', d['data']
[r] = of('rating_change')
assert {c['id']: c['role'] for c in r['companies']} == {'garvey-homes': 'subject', 'fitch': 'analyst'}, r
assert r['data']['rating_to'] == 'B+' and r['data']['action'] == 'downgrade', r['data']
[b] = of('bankruptcy', 'linley')
assert b['data']['action'] == 'filed', b['data']
[p] = of('product_announcement')
assert [c['id'] for c in p['companies']] == ['solvay-pharma'] and p['data']['kind'] == 'approval', p
assert p['data']['product'] == 'lung cancer drug', p['data']
[g] = of('regulatory_approval', 'solvay-pharma')
assert g['data']['regulator'] == 'EMA', g['data']"

# A ninth set's misses, one sentence an article: a bid walked away from (terminated); a
# chief executive "ousted" (the verb before the person); ratings "placed on review for
# downgrade" (the agency before "placed", the company after); shares that "more than
# doubled"; a judge "approved X's settlement"; two companies that "agreed to combine";
# a name ending in "Labs" keeps it ("AI21 Labs" is ai21-labs).
one() { printf 'Date: 2026-12-01\n%s\n' "$1" >"$TMP/one9.txt"; dry "$TMP/one9.txt" --model none; }
# wire SENTENCE: the same, as a wire story of 1987
wire() { printf 'Date: 5-MAR-1987\n%s\n' "$1" >"$TMP/wire.txt"; dry "$TMP/wire.txt" --model none; }
one "Hartwell Brands walked away from its \$7 billion bid for Corbin Foods after failing to win over the target's board."
pycheck "a bid walked away from" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'hartwell-brands': 'acquirer', 'corbin-foods': 'target'}, e
assert e['data']['status'] == 'terminated', e['data']"
one "Whitcombe Insurance's board ousted chief executive Paul Greer after an internal investigation into his conduct."
pycheck "a chief executive ousted" "
[e] = of('executive_change', 'whitcombe-insurance')
assert e['data'] == {'person': 'Paul Greer', 'position': 'CEO', 'action': 'departed'}, e['data']"
one "Moody's placed Arden Hotels' ratings on review for downgrade after the company agreed to a debt-funded takeover."
pycheck "ratings placed on review for downgrade" "
[r] = of('rating_change')
assert {c['id']: c['role'] for c in r['companies']} == {'arden-hotels': 'subject', 'MCO': 'analyst'}, r
assert r['data']['action'] == 'downgrade' and r['data']['kind'] == 'credit', r['data']"
one "Shares of Colfax Biotech more than doubled after its experimental Alzheimer's drug succeeded in a late-stage trial."
pycheck "shares that doubled" "
[m] = of('share_move', 'colfax-biotech')
assert m['data']['percent'] == 100, m['data']"
one "A U.S. judge approved Pelham Pharmacy's \$1.3 billion settlement of opioid lawsuits."
pycheck "a judge approved X's settlement" "
[l] = of('legal', 'pelham-pharmacy')
assert l['data']['action'] == 'settlement' and l['data']['amount'] == 1.3e9, l['data']"
one "Hollis Foods and Garner Beverages agreed to combine in an all-stock merger of equals valued at \$18 billion."
pycheck "two companies agreed to combine" "
[e] = of('acquisition')
assert sorted((c['id'], c['role']) for c in e['companies']) == [('garner-beverages', 'party'), ('hollis-foods', 'party')], e
assert e['data']['amount'] == 18e9, e['data']"
one "Vesper Labs announced a 1-for-20 reverse stock split to regain compliance with Nasdaq listing rules."
pycheck "a name ending in Labs" "
[e] = of('stock_split')
assert [c['id'] for c in e['companies']] == ['vesper-labs'], e['companies']"

# A tenth set's misses: "will spend up to $3 billion buying back its own shares" (and "bought
# back 2 million shares", completed; "buying back vehicles" is none); "landed a $5.7 billion
# contract" names its supplier.
printf 'Date: 2026-12-01\nWexley Corp will spend up to $3 billion buying back its own shares, the company said in a statement.\nCorwin Aerospace landed a $5.7 billion contract from the U.S. Air Force for refueling tankers.\nHarlan Systems bought back 2 million shares last quarter.\nToyota is buying back vehicles from owners.\n' >"$TMP/s10.txt"
dry "$TMP/s10.txt" --model none
pycheck "buying back its own shares, bought back shares, a contract landed" "
[b] = of('buyback', 'wexley')
assert b['data']['action'] == 'authorized' and b['data']['amount'] == 3e9, b['data']
[d] = of('buyback', 'harlan-systems')
assert d['data']['action'] == 'completed', d['data']
assert len(of('buyback')) == 2, of('buyback')
[c] = of('contract', 'corwin-aerospace')
assert c['data']['amount'] == 5.7e9, c['data']"

# An eleventh set's misses, one sentence an article: a company with a listing mark the
# registry lacks ("Brixton Retail (NYSE: BRXR)") bought by "a consortium led by" another;
# "Struggling ..., X said on Tuesday it would close"; a headline in title case; a round
# raised with its investors unnamed (past a relative clause); "X chief financial officer Y
# will leave"; "called off their planned $3 billion merger".
one "Brixton Retail (NYSE: BRXR) was acquired by a consortium led by Hollander Capital for \$2.2 billion."
pycheck "a listed company the registry lacks, bought by a consortium" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'hollander-capital': 'acquirer', 'brixton-retail': 'target'}, e"
one "Struggling to compete with cheaper rivals, Harmon Appliances said on Tuesday it would close three factories in Ohio."
pycheck "a company after an opening clause" "
[f] = of('facility', 'harmon-appliances')
assert f['data']['action'] == 'close' and f['data']['location'] == 'Ohio', f['data']"
one "Boxford Games Slashes Annual Outlook as Holiday Sales Disappoint"
pycheck "an outlook cut in a title-case headline" "
[g] = of('guidance', 'boxford-games')
assert g['data']['direction'] == 'lowered', g['data']"
one "Kessler Logistics, which is backed by Warburg Capital, raised \$350 million in a Series D round."
pycheck "a round raised, its investors unnamed" "
[e] = of('investment')
assert {c['id']: c['role'] for c in e['companies']} == {'kessler-logistics': 'investee'}, e
assert e['data']['amount'] == 350e6, e['data']"
one "Vantage Telecom chief financial officer Rhys Powell will leave the company at the end of March, it said on Monday."
pycheck "a company before its officer's title" "
[e] = of('executive_change', 'vantage-telecom')
assert e['data'] == {'person': 'Rhys Powell', 'position': 'CFO', 'action': 'departed'}, e['data']"
one "Pritchard Steel and Hallam Metals have called off their planned \$3 billion merger after failing to win regulatory approval."
pycheck "a planned merger called off" "
[e] = of('acquisition')
assert sorted((c['id'], c['role']) for c in e['companies']) == [('hallam-metals', 'party'), ('pritchard-steel', 'party')], e
assert e['data']['status'] == 'terminated' and e['data']['amount'] == 3e9, e['data']"

# A twelfth set's misses: a buyer after "Japan's"; "initiated coverage of X"; a stake in
# "Italian fashion house Moretti"; two companies that "said they would form a joint venture".
one "Japan's Koyama Electric will buy U.S. power equipment maker Westbrook Controls for \$3.8 billion, the companies said."
pycheck "a buyer after its country's possessive" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'koyama-electric': 'acquirer', 'westbrook-controls': 'target'}, e"
one "Morgan Stanley initiated coverage of Ravel Software with an overweight rating and a \$48 price target."
pycheck "coverage initiated of X" "
[r] = of('rating_change')
assert {c['id']: c['role'] for c in r['companies']} == {'ravel-software': 'subject', 'MS': 'analyst'}, r
assert r['data']['action'] == 'initiate' and r['data']['price_target'] == 48, r['data']"
one "Berwick Partners agreed to buy a 35% stake in Italian fashion house Moretti for 600 million euros."
pycheck "a stake in a fashion house" "
[e] = of('investment')
assert {c['id']: c['role'] for c in e['companies']} == {'berwick-partners': 'investor', 'moretti': 'investee'}, e
assert e['data']['stake_percent'] == 35, e['data']"
one "Tidewater Gas and Cresta Power said they would form a joint venture to develop hydrogen projects."
pycheck "two companies that said they would form a joint venture" "
[p] = of('partnership')
assert sorted((c['id'], c['role']) for c in p['companies']) == [('cresta-power', 'partner'), ('tidewater-gas', 'partner')], p"

# A review of this branch's rules on the training years: what they must not read. An
# economy's forecast is no company's; a capitals headline keeps its wire reading; a product
# in a relative clause is no company; a launch with "no plans" is none; the sale of "certain
# assets" to cut costs is no deal; a buyer named first with its seller in an appositive;
# "its Smith Kline and French Laboratories unit" is one name; "Bally said it" after Bally
# Manufacturing is its short form; a minister's surname is no company.
printf 'Date: 1987-03-17\nThe government lowered its GNP forecast for 1986/87 from four pct last December.\n' >"$TMP/r1.txt"
dry "$TMP/r1.txt" --model none
pycheck "an economy's forecast" "
assert not of('guidance'), events"
printf 'Date: 1987-03-17\nU.K. OIL REVENUE FORECAST TO FALL IN 1987/88\nBUNDESBANK WILL NOT HOLD PRESS CONFERENCE TOMORROW\n' >"$TMP/r2.txt"
dry "$TMP/r2.txt" --model none
pycheck "capitals headlines keep their wire reading" "
assert not events, events"
printf 'Date: 1987-03-16\nUpjohn Co said its baldness drug Rogaine won backing from an FDA panel.\nRogaine, whose chemical name is minoxidil, has already been approved by the FDA as a blood pressure drug.\nTOCOM said it has no plans to launch rubber options.\nIntercare said it will reduce operating expenses by decreasing hours and the sale of certain assets.\n' >"$TMP/r3.txt"
dry "$TMP/r3.txt" --model none
pycheck "a product in a clause, no plans to launch, assets sold to cut costs" "
assert not [e for e in events if any(c['id'] in ('rogaine', 'tocom') for c in e['companies'])], events
assert not of('product_announcement') and not of('acquisition'), events"
printf 'Date: 1987-03-16\nCondere Corp, formed by former managers of Armtek Corp, said it completed the acquisition of a tire plant and other assets of Armtek for undisclosed terms.\nIt said its Smith Kline and French Laboratories pharmaceuticals unit will grow.\nBally Manufacturing Corp said its unit plans an offering. Upon completion of the offering, Bally said it will own 76 pct of the unit.\nMinister of Mines Patrick Chitambala spoke on Monday. Chitambala also said the office had closed.\n' >"$TMP/r4.txt"
dry "$TMP/r4.txt" --model none
pycheck "a buyer before an appositive, one name with 'and', a short form, a minister" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'condere': 'acquirer', 'armtek': 'seller'}, d
ids = {c['id'] for e in events for c in e['companies']}
assert 'bally' not in ids and 'chitambala' not in ids and 'french-laboratories' not in ids, ids"

# A thirteenth set's misses: a buyer after "U.S. buyout firm"; "an investigation into
# accounting practices at X"; "X, the discount chain, filed for Chapter 11"; "idle its blast
# furnace"; "X took a 12% stake in Y".
one "German chemicals group Rheinfeld AG agreed to sell its coatings division to U.S. buyout firm Crestmoor Partners for 2.1 billion euros."
pycheck "a buyer after a place and a description" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'crestmoor-partners': 'acquirer', 'rheinfeld': 'seller'}, e"
one "Federal prosecutors opened a criminal investigation into accounting practices at Welby Health."
pycheck "an investigation into practices at X" "
[l] = of('legal', 'welby-health')
assert l['data']['action'] == 'investigation', l['data']"
one "Pembrook Retail, the discount chain, filed for Chapter 11 bankruptcy protection after sales collapsed."
pycheck "a company past its appositive" "
[b] = of('bankruptcy', 'pembrook-retail')
assert b['data'] == {'action': 'filed', 'chapter': '11'}, b['data']"
one "Ravenna Steel said it would idle its blast furnace in Indiana for at least six months."
pycheck "a blast furnace idled" "
[f] = of('facility', 'ravenna-steel')
assert f['data'] == {'action': 'close', 'location': 'Indiana'}, f['data']"
one "Sterling Rock Capital took a 12% stake in Bellmont Insurance, becoming its biggest shareholder."
pycheck "a stake taken" "
[e] = of('investment')
assert {c['id']: c['role'] for c in e['companies']} == {'sterling-rock-capital': 'investor', 'bellmont-insurance': 'investee'}, e"

# A fourteenth set's misses: a buyer after "bought by Australia's"; "raise $800 million
# through a sale of new shares"; "said it would close its last U.K. mill" after a clause in
# lower case; "selected ... to supply ... in a deal worth" (a deal worth money to buy is no
# contract); a plant named past its price; "its entire 8% holding" sold is a stake sold.
one "Canadian miner Larch Resources agreed to be bought by Australia's Kestrel Metals in an all-share deal worth about C\$3 billion."
pycheck "a buyer after its country's possessive, after the cue" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'kestrel-metals': 'acquirer', 'larch-resources': 'target'}, e"
one "Solent Airlines is seeking to raise \$800 million through a sale of new shares."
pycheck "a sale of new shares" "
[f] = of('financing', 'solent-airlines')
assert f['data'] == {'kind': 'share_offering', 'amount': 800e6, 'currency': 'USD'}, f['data']"
one "About 1,200 workers will lose their jobs after Penhallow Textiles said it would close its last U.K. mill."
pycheck "a company that said it, after words in lower case" "
[f] = of('facility', 'penhallow-textiles')
assert f['data']['action'] == 'close', f['data']"
one "Rook Defence has been selected by the British Army to supply 500 armored vehicles in a deal worth £1.1bn."
pycheck "selected to supply in a deal worth" "
[c] = of('contract', 'rook-defence')
assert c['data']['amount'] == 1.1e9 and c['data']['currency'] == 'GBP', c['data']"
one "Pfizer signed a deal worth \$43 billion to buy Seagen."
pycheck "a deal worth money to buy is no contract" "
assert of('acquisition') and not of('contract'), events"
one "Harrow Semiconductor opened a \$2 billion chip packaging plant in Malaysia on Thursday."
pycheck "a plant past its price" "
[f] = of('facility', 'harrow-semiconductor')
assert f['data'] == {'action': 'open', 'location': 'Malaysia'}, f['data']"
one "Conway Capital has sold its entire 8% holding in Blythe Telecom, according to a stock exchange filing."
pycheck "an entire small holding sold" "
[e] = of('investment')
assert {c['id']: c['role'] for c in e['companies']} == {'conway-capital': 'seller', 'blythe-telecom': 'investee'}, e
assert e['data']['stake_percent'] == 8 and not of('acquisition'), events"

one "National Distillers and Chemical Corp said it completed the sale of Almaden Vineyards Inc to Heublein Inc for about 128 mln dlrs."
pycheck "said it after a name with 'and'" "
[e] = of('acquisition')
roles = {c['id']: c['role'] for c in e['companies']}
assert roles.get('heublein') == 'acquirer' and roles.get('almaden-vineyards') == 'target' and 'chemical' not in roles, roles"

# "X will join Y as chief executive" appoints X at Y (not at the employer of X's past title);
# "Cheshire Furniture, which had been struggling with heavy debts, has gone into
# administration" (a name past a relative clause before a company's verb).
one "Former Amazon executive Ruth Kellerman will join Quarry Logistics as chief executive next month."
pycheck "a person who will join a company as its chief" "
[e] = of('executive_change')
assert [c['id'] for c in e['companies']] == ['quarry-logistics'], e['companies']
assert e['data'] == {'person': 'Ruth Kellerman', 'position': 'CEO', 'action': 'appointed'}, e['data']"
one "Cheshire Furniture, which had been struggling with heavy debts, has gone into administration."
pycheck "a company past a relative clause" "
[b] = of('bankruptcy', 'cheshire-furniture')
assert b['data']['action'] == 'filed', b['data']"

# A fifteenth set's one miss: a company opening a sentence before "completed a".
one "Tamar Software completed a \$500 million accelerated share repurchase."
pycheck "a buyback completed" "
[b] = of('buyback', 'tamar-software')
assert b['data']['action'] == 'completed' and b['data']['amount'] == 500e6, b['data']"

# "About 1,200 workers will lose their jobs after X said it would close its last mill": the
# staff counted before the verb.
one "About 1,200 workers will lose their jobs after Penhallow Textiles said it would close its last U.K. mill."
pycheck "workers who will lose their jobs" "
[w] = of('workforce', 'penhallow-textiles')
assert w['data']['action'] == 'layoffs' and w['data']['headcount'] == 1200, w['data']"

# One-sentence items of modern news, each through the default model: the event and its
# companies in their roles (fixtures/sentences/*.tsv: modern.tsv, deal-talks.tsv, ...).
for f in fixtures/sentences/*.tsv; do
    check "one-sentence items of $(basename "$f")" python3 tests/eval/sentences.py "$SEISMO" "$TMP" "$f"
done

# Sentences that must not give what a loose rule would read in them (a review of the new
# rules): goods sold, a sector before "shares", a product bought back, "recalled" as
# remembered, a clause before the news, a relative clause's "it".
printf 'Date: 2026-11-30\nNvidia said it would sell its chips to Microsoft at a discount.\nTech shares rose 3%% on Wednesday.\nToyota will buy back vehicles from owners affected by the defect.\nKestrel Inc chief executive John Smith recalled the early days of the company.\n' >"$TMP/neg.txt"
dry "$TMP/neg.txt" --model none
pycheck "no event from goods, a sector, a product buy-back or a memory" "
assert not events, [(e['type'], [c['id'] for c in e['companies']]) for e in events]"
printf 'Date: 2026-11-30\nFollowing talks with regulators, Chevron agreed to buy Hess for $53 billion.\nMicrosoft said Activision, which it bought last year, reported a 20%% rise in revenue.\n' >"$TMP/clause.txt"
dry "$TMP/clause.txt" --model none
pycheck "a clause before the news, a relative clause's it" "
[d] = of('acquisition')
assert 'context' not in d['data'] and {c['id'] for c in d['companies']} == {'CVX', 'hess'}, d
assert of('earnings', 'ATVI') and not of('earnings', 'MSFT'), events"

# "mis-selling" is no sale.
printf 'Date: 2026-11-30\nBarclays revealed a 450 mln stg charge for potential mis-selling to small business customers.\n' >"$TMP/mis.txt"
dry "$TMP/mis.txt" --model none
pycheck "mis-selling is no sale" "
assert not of('acquisition'), events"

# Amounts written with hyphens: "a $2-billion deal" is two billion; "$38-a-share" is a price
# per share, not the deal's amount.
printf 'Date: 2026-11-30\nBrenhaven Capital Inc agreed to buy Tollivar Foods Inc in a $2-billion deal.\nAcme Corp said its board would weigh the unsolicited $38-a-share proposal from Zantel Capital LP.\n' >"$TMP/hyph.txt"
dry "$TMP/hyph.txt" --model none
pycheck "hyphenated amounts" "
[d] = of('acquisition', 'tollivar-foods')
assert d['data']['amount'] == 2e9 and d['data']['currency'] == 'USD', d['data']
[b] = of('acquisition', 'acme')
assert 'amount' not in b['data'], b['data']
assert {c['id']: c['role'] for c in b['companies']} == {'zantel-capital': 'acquirer', 'acme': 'target'}, b"

# "said Ray Stone of Merrill Lynch": a person of a company, not one name.
printf 'Date: 2026-11-30\nHarlan Corp shares rose 5 pct after the results, said Ray Stone of Merrill Lynch Capital Markets.\nAnalyst Beth Reiners of Dean Witter Reynolds Inc said Harlan Corp sales would rise 10 pct.\nSales will grow 10 pct this year, said Ray Stone of Merrill Lynch Capital Markets.\n' >"$TMP/personof.txt"
dry "$TMP/personof.txt" --model none
pycheck "a person of a company is no company" "
names = {c['name'] for e in events for c in e['companies']}
assert events and not [n for n in names if 'Stone' in n or 'Reiners' in n], names"
# A wire headline's clause is no name: "INVESTORS UP INTERMEDICS <ITM> STAKE".
printf 'INVESTORS UP INTERMEDICS <ITM> STAKE TO 16.8 PCT\nWASHINGTON, March 12 - A group of investment firms told the Securities and Exchange Commission they raised their stake in Intermedics Inc to 1,721,900 shares, or 16.8 pct of the total outstanding.\n' >"$TMP/headclause.txt"
dry "$TMP/headclause.txt" --model none
pycheck "a headline's clause is no name" "
names = {c['name'] for e in events for c in e['companies']}
assert names and not [n for n in names if ' UP ' in n], names"
# A review of this round's party rules: a sale of a named thing is no sale of the company,
# a passive's "by" no bidder, a unit named in a sentence with no deal no company, "Bank of
# X" no person of a firm, "according to X" no investee.
printf 'Date: 2026-11-30\nAcme Corp completed its $2 billion sale of its chip unit to Beta Inc.\n' >"$TMP/rv1.txt"
dry "$TMP/rv1.txt" --model none
pycheck "its sale of a unit: the company sells" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'beta': 'acquirer', 'acme': 'seller'}, d"
printf 'Date: 2026-11-30\nBeta Corp'"'"'s offer for Acme Inc was reviewed by Goldman Sachs.\n' >"$TMP/rv2.txt"
dry "$TMP/rv2.txt" --model none
pycheck "a passive's agent is no bidder" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'beta': 'acquirer', 'acme': 'target'}, d"
printf 'Date: 2026-11-30\nBoeing said its Defense unit won a $2 billion contract.\nAcme Corp said its Americas unit would cut 500 jobs.\nAcme Corp said Bank of Kestrel Corp agreed to buy Beta Inc.\nAccording to JPMorgan, Berkshire Hathaway raised its stake to 9%%.\n' >"$TMP/rv3.txt"
dry "$TMP/rv3.txt" --model none
pycheck "units, banks and sources read as they are" "
names = {c['name'] for e in events for c in e['companies']}
assert not [n for n in names if n in ('Defense', 'Americas', 'Kestrel')], names
assert of('acquisition', 'bank-of-kestrel'), events
assert not [e for e in of('investment') if any('JPMorgan' in c['name'] for c in e['companies'])], events"
# A rejected offer is rejected (DESIGN.md's status), not terminated; "rejected an offer by X"
# is an offer though no deal verb is near (the company an offer by a bidder is "for all of":
# bids.tsv).
one "Gates Learjet Corp said it rejected an offer by Interconnect Capital Corp."
pycheck "an offer by a bidder, rejected" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'interconnect-capital': 'acquirer', 'gates-learjet': 'target'}, e
assert e['data']['status'] == 'rejected', e['data']"
one "Ellsworth Mills Inc turned down a \$2 billion takeover bid from Harcastle Group on Tuesday."
pycheck "a bid turned down" "
[e] = of('acquisition')
assert e['data']['status'] == 'rejected', e['data']"
# Goods after a maker's model number are goods: "sold two Boeing 737-200 aircraft" sells
# no company.
one "International Lease Finance Corp said it sold two Boeing 737-200 aircraft in a transaction valued at 28 mln dlrs."
pycheck "aircraft of a maker's model sold" "
assert not of('acquisition') and not of('investment'), events"
# A headline's verb is no part of the name before a ticker mark ("DOT DISMISSES TWA <TWA>",
# "CALNY INC <CLNY> SUES PEPSICO INC <PEP>").
one "CALNY INC <CLNY> SUES PEPSICO INC <PEP>"
pycheck "a headline verb before a ticker mark" "
names = {c['name'] for e in events for c in e['companies']}
assert events and not [n for n in names if 'SUES' in n.upper()], events"
# A company whose stock moved is no bidder: "Taft Broadcasting Co stock rose ... as an
# investment group proposed to sweeten a takeover offer for the company".
printf 'Date: 2026-12-01\nTAFT <TFB> STOCK RISES ON PROPOSAL\nNew York, March 17 - Taft Broadcasting Co stock rose almost three points today as its vice chairman and an investment group proposed to sweeten a takeover offer for the company.\n' >"$TMP/taft.txt"
dry "$TMP/taft.txt" --model none
pycheck "a company whose stock rose is no bidder" "
assert not [e for e in of('acquisition') if any(c['role'] == 'acquirer' and c['id'].startswith('taft') for c in e['companies'])], events"
# Results told in the body of an article about something else are background: not emitted
# by default, kept with --context; a results article's own figures stay news.
printf 'Date: 17-MAR-1987\nAMEX APPROVES BRANDT TECHNOLOGY <BRT> FOR LISTING\nNEW YORK, March 17 - The American Stock Exchange said it approved Brandt Technology Corp for listing.\nLast year Brandt Technology Corp earned 431 mln dlrs on revenues of 3.14 billion dlrs.\n' >"$TMP/ctxres.txt"
dry "$TMP/ctxres.txt" --model none
pycheck "results in the body of a listing story are background" "
assert not of('earnings'), events"
"$SEISMO" ingest --dry-run --context --model none --format ndjson "$TMP/ctxres.txt" >"$TMP/ctxres.ndjson" 2>/dev/null
check "background results kept with --context" python3 -c "
import json
ev = [json.loads(l) for l in open('$TMP/ctxres.ndjson') if l.startswith('{')]
assert [e for e in ev if e['type'] == 'earnings' and e['data'].get('context') is True], ev"
printf 'Date: 17-MAR-1987\nBRANDT TECHNOLOGY <BRT> YEAR NET\nNEW YORK, March 17 - Brandt Technology Corp said it will expand.\nLast year Brandt Technology Corp earned 431 mln dlrs on revenues of 3.14 billion dlrs.\n' >"$TMP/res.txt"
dry "$TMP/res.txt" --model none
pycheck "results in the body of a results story are news" "
assert of('earnings'), events"
# A results metric set against its past with its figure is a result though the sentence
# names no period ("net profit rose 12 per cent to 2.3bn euros"); a share price ("down 22.1
# per cent at 114.3p") is no figure of one.
printf 'Date: 2026-11-30\nHeineken'"'"'s net profit rose 12 per cent to 2.3bn euros, helped by strong beer sales in Asia.\nProfit warnings from Diageo, down 22.1 per cent at 114.3p, weighed on the market.\n' >"$TMP/fullres.txt"
dry "$TMP/fullres.txt" --model none
pycheck "a metric with its change and figure is a result" "
[e] = of('earnings')
assert [c['id'] for c in e['companies']] == ['HEIA.AS'], e['companies']
m = metrics(e)
assert m['net_income']['change_percent'] == 12 and m['net_income']['value'] == 2.3e9, m"
# A dividend raised in other words: "upped", "more than doubled", a noun after it ("a
# dividend increase of 9 per cent") or before it ("a 15 per cent jump in its dividend"); an
# expected or denied increase is none.
printf 'Date: 2026-11-30\nHeineken upped its final dividend to 1.04 euros a share.\nDiageo more than doubled its interim dividend.\nNestle surprised investors with a dividend increase of 9 per cent.\nCostco shares rose after a 15 per cent jump in its quarterly dividend.\nAnalysts expect a dividend increase from Walmart.\nThe board defended Intel'"'"'s policy of offering no increase in its quarterly dividend.\n' >"$TMP/divraise.txt"
dry "$TMP/divraise.txt" --model none
pycheck "a dividend raised in other words" "
raised = sorted(c['id'] for e in of('dividend') if e['data']['action'] == 'raised' for c in e['companies'])
assert raised == ['COST', 'DEO', 'HEIA.AS', 'NESN.SW'], raised
assert not of('dividend', 'WMT') and not of('dividend', 'INTC'), events"
# A loan word naming something else is no financing: a loan book, loan insurance, loan
# repayments, shares on loan; a loan raised is one.
printf 'Date: 2026-11-30\nShares in Diageo fell after a proxy adviser raised concerns about its US loan book.\nHeineken agreed to refund customers who were mis-sold loan insurance.\nJust over 6 per cent of Nestle'"'"'s issued share capital is currently on loan.\nCostco raised a 2bn dollar loan from a group of banks.\n' >"$TMP/loanword.txt"
dry "$TMP/loanword.txt" --model none
pycheck "a loan word naming something else" "
ids = sorted(c['id'] for e in of('financing') for c in e['companies'])
assert ids == ['COST'], ids"
# Goods in the trigger's clause are goods though a company word follows the comma ("purchase
# of gas supplies, the company said"); a group's own subsidiaries merged are no deal.
printf 'Date: 18-MAR-1987\nCONSOLIDATED NATURAL GAS <CNG> CREATES UNIT\nPITTSBURGH, March 18 - Consolidated Natural Gas Co said it formed CNG Trading Co.\nCNG Trading will assist customers in the pooling, transport, exchange, storage, and purchase of gas supplies, the company said.\n' >"$TMP/cng.txt"
dry "$TMP/cng.txt" --model none
pycheck "goods bought in the trigger's clause" "
assert not of('acquisition') and not of('investment'), events"
one "The meeting would also be asked to approve a merger of two Italian subsidiaries, <CM Italia Spa> and <Societa Amministrazioni Turistiche Srl>."
pycheck "a merger of a group's own subsidiaries" "
assert not of('acquisition'), events"
# Modern articles' misses: a valuation is no amount paid; a forecast lowered after the
# results in one sentence; a rating agency's bare downgrade; a share offering's sum.
one "Halcyon Ventures led a \$400 million funding round in Nuvexa, valuing the startup at \$5 billion."
pycheck "a valuation is no amount paid" "
[e] = of('investment')
assert e['data']['amount'] == 400e6, e['data']"
one "Crestline Stores Inc reported first-quarter earnings below expectations, as shoppers cut back on purchases, and the department store chain lowered its annual sales forecast."
pycheck "an outlook lowered after the results" "
[g] = of('guidance')
assert g['data']['direction'] == 'lowered', g['data']
assert of('earnings'), events"
one "Moody's downgraded Tarrow Shipping Corp on Thursday."
pycheck "a rating agency's downgrade is a credit call" "
[r] = of('rating_change')
assert r['data']['kind'] == 'credit' and r['data']['action'] == 'downgrade', r['data']"
one "Dunmore Retail Inc priced an offering of 8 million shares at \$21 each, raising \$168 million."
pycheck "an offering of shares" "
[f] = of('financing')
assert f['data']['kind'] == 'share_offering' and f['data']['amount'] == 168e6, f['data']"
# A forecast of a change is no change; a metric after its period opening a sentence is the
# article's company's.
printf 'Date: 2026-05-21\nCrestline Stores Inc lowered its annual sales forecast.\nCrestline now expects full-year sales to fall 2%% to 4%%.\nFirst-quarter comparable sales fell 3.4%%.\n' >"$TMP/fc.txt"
dry "$TMP/fc.txt" --model none
pycheck "a forecast is no metric change; a metric after its period" "
ms = changes('crestline-stores')
assert [m[1] for m in ms] == [-3.4], events"
# A dividend halved beside a percentage of something else; a target cut under a rating kept;
# a deployment agreement with a company named after its description.
one "Brockton Chemicals AG cut its interim dividend by half to 0.45 euros per share, after quarterly profit fell 28%."
pycheck "a dividend halved" "
[d] = of('dividend')
assert d['data']['change_percent'] == -50, d['data']"
one "Citigroup cut its price target on Orbis Retail Group to \$58 from \$66, while keeping a \"neutral\" rating."
pycheck "a target cut under a rating kept" "
[r] = of('rating_change')
assert r['data']['action'] == 'reiterate' and r['data']['rating_to'] == 'neutral' and r['data']['price_target'] == 58, r['data']"
one "Kaltech Semiconductor Inc signed a multi-year agreement with cloud provider Stratocloud to deploy its chips."
pycheck "an agreement with a described customer" "
[c] = of('contract')
assert {x['id']: x['role'] for x in c['companies']} == {'kaltech-semiconductor': 'supplier', 'stratocloud': 'customer'}, c"
# A loss a share is negative; "below analysts' average estimate" is a miss.
printf 'Date: 2026-11-12\nLumora Motors Inc reported a wider third-quarter net loss of $612 million, or 54 cents a share.\nRevenue fell 8%% to $1.17 billion, below analysts'"'"' average estimate of $1.25 billion.\n' >"$TMP/loss.txt"
dry "$TMP/loss.txt" --model none
pycheck "a loss a share; below the estimate" "
[e] = of('earnings')
m = metrics(e)
assert m['eps']['value'] == -0.54, m
assert e['data']['versus_expectations'] == 'miss', e['data']"
# A person named in an appositive after the role; like-for-like sales beating estimates after
# a forecast raised are results.
one "Merrow Bank Plc appointed its head of retail banking, Clara Voss, as chief executive on Monday."
pycheck "an appointee in an appositive" "
[x] = of('executive_change')
assert x['data']['person'] == 'Clara Voss' and x['data']['action'] == 'appointed' and x['data']['position'] == 'CEO', x['data']"
one "Tavira SA raised its full-year sales forecast after first-half like-for-like sales rose 9.2%, beating analyst expectations."
pycheck "results after a forecast raised" "
[e] = of('earnings')
assert e['data']['versus_expectations'] == 'beat', e['data']
assert 'same_store_sales' in metrics(e), e['data']
[g] = of('guidance')
assert g['data']['direction'] == 'raised', g['data']"
# A share move after a long description of the company; a price in reais.
one "Shares of sugar and ethanol producer Usina Verde Branca SA rose 5%."
pycheck "shares of a company after its description" "
[m] = of('share_move')
assert m['companies'][0]['id'] == 'usina-verde-branca' and m['data']['percent'] == 5, m"
one "Delmar Group agreed to buy Usina Boa Vista SA for about 2.4 billion reais (\$440 million)."
pycheck "a price in reais" "
[d] = of('acquisition')
assert d['data']['currency'] == 'BRL' and d['data']['amount'] == 2.4e9, d['data']"
# What a deal adds to earnings is no outlook; a new loan that funds it is a financing; an
# interim CEO named with "naming"; a second broker's call on "the Norwegian oil producer".
printf 'Date: 2026-02-19\nSandvale Holdings Plc agreed to acquire Krios Analytics for $780 million.\nSandvale expects the deal to add to adjusted earnings per share in its first full year.\nThe acquisition will be funded from existing cash and a new $500 million term loan.\n' >"$TMP/acc.txt"
dry "$TMP/acc.txt" --model none
pycheck "accretion is no outlook; a new loan funds the deal" "
assert not of('guidance'), events
[f] = of('financing')
assert f['data']['kind'] == 'loan' and f['data']['amount'] == 500e6, f['data']"
one "Quantrel Inc Chief Executive Officer David Kerr has resigned, the company said, naming Chief Financial Officer Maria Lopez as interim CEO."
pycheck "an interim CEO named with naming" "
xs = {x['data']['person']: x['data']['action'] for x in of('executive_change')}
assert xs == {'David Kerr': 'departed', 'Maria Lopez': 'appointed'}, xs"
one "Deutsche Bank upgraded Halvorsen Energy ASA to \"buy\" from \"hold\", while UBS downgraded the Norwegian oil producer to \"sell\" from \"neutral\"."
pycheck "a second call on a described company" "
rs = {[c['id'] for c in r['companies'] if c['role'] == 'analyst'][0]: [c['id'] for c in r['companies'] if c['role'] == 'subject'][0] for r in of('rating_change')}
assert rs == {'DB': 'halvorsen-energy', 'UBS': 'halvorsen-energy'}, rs"
# "to buy all outstanding shares" is no broker's buy; a deal's kind; two companies joined
# across a country's possessive.
one "Corvex Pharmaceuticals Inc launched a tender offer to buy all outstanding shares of Pinewood Labs Inc for \$31 each."
pycheck "a tender offer, no rating" "
assert not of('rating_change'), events
[d] = of('acquisition')
assert d['data']['kind'] == 'tender_offer', d['data']"
one "Ashford Industries Plc agreed to sell its Feldon unit to Kirin Chemical Co."
pycheck "a unit sold is a divestiture" "
[d] = of('acquisition')
assert d['data']['kind'] == 'divestiture', d['data']"
one "U.S. automaker Harkon Motors Corp and Japan's Meisei Chemical Corp said they would form a joint venture."
pycheck "partners joined across a country's possessive" "
[p] = of('partnership')
assert sorted(c['id'] for c in p['companies']) == ['harkon-motors', 'meisei-chemical'], p"
# A share's price range is no sum raised.
one "Arclight Energy Inc priced its initial public offering at \$22 per share, above its marketed range of \$18 to \$20, raising about \$1.1 billion."
pycheck "an IPO's sum, not its price range" "
[f] = of('financing')
assert f['data']['kind'] == 'ipo' and f['data']['amount'] == 1.1e9, f['data']"
# A one-line article whose sentence names no company: the title's guessed subject is no
# opening word of a results sentence ("Pre-tax", "Diluted", "Earnings", "Overall", "His",
# "First-half"), no currency written in words ("Pounds 410m") and no person after a title
# ("Mrs Okafor", "Mr Hartley").
for t in "Pre-tax profit at the retailer increased 12 per cent to Pounds 410m." \
    "Diluted earnings per share rose 9 per cent to 21.4p." \
    "Earnings recovery at the insurer could take two years." \
    "Mr Hartley said quarterly profit rose 8 per cent." \
    "But Mrs Okafor warned that first-quarter profit would fall." \
    "Net income before special items was Dollars 2.1bn, or 71 cents a share." \
    "Overall sales in Germany rose 4.2 per cent in the quarter." \
    "First-half earnings before interest rose 5 per cent." \
    "His forecast assumes quarterly profits will double." \
    "The dividend for the year rose to Euros 1.20 a share."; do
    printf 'Date: 2026-11-30\n%s\n' "$t" >"$TMP/noname.txt"
    dry "$TMP/noname.txt"
    pycheck "no company guessed: $t" "
ids = {c['id'] for e in events for c in e['companies']}
assert not ids & {'pre-tax', 'pounds', 'diluted', 'earnings', 'mr-hartley', 'hartley', 'okafor',
                  'mrs-okafor', 'dollars', 'overall', 'first-half', 'his', 'euros'}, ids"
done
# Goods bought from a company's plant are no deal; a dividend's change from two amounts; a
# past year closing an appositive dates no background.
one "Fermont Inc signed a 20-year agreement to buy electricity from Kovac Nuclear Corp's plant in Pennsylvania."
pycheck "electricity bought from a plant" "
assert not of('acquisition'), events
[c] = of('contract')
assert {x['id']: x['role'] for x in c['companies']} == {'kovac-nuclear': 'supplier', 'fermont': 'customer'}, c"
one "Stanmore Realty Trust said it would cut its quarterly dividend to 15 cents a share from 40 cents."
pycheck "a dividend change from two amounts" "
[d] = of('dividend')
assert d['data']['change_percent'] == -62.5, d['data']"
one "Volterra Motors Inc, a startup that went public through a merger in 2021, filed for Chapter 7 bankruptcy on Thursday."
pycheck "a filing after an appositive's past year" "
[b] = of('bankruptcy')
assert b['data']['chapter'] == '7' and not b['data'].get('context'), b['data']"
# A conditional approval won by a sale; shares placed; a forecast kept; the CEO replaced
# leaves the company that hired, not the new one's past employer.
one "European Union antitrust regulators approved Halden Systems' acquisition of Corvo Networks after Halden agreed to sell a cable business to address competition concerns."
pycheck "an approval won by a sale" "
[r] = of('regulatory_approval')
assert r['data']['status'] == 'conditional' and r['data']['regulator'] == 'EC', r['data']"
one "Westbury Homes Plc raised 400 million pounds by placing new shares with institutional investors."
pycheck "new shares placed" "
[f] = of('financing')
assert f['data']['kind'] == 'share_offering' and f['data']['currency'] == 'GBP', f['data']"
one "Tellmark Corp hired Boeing Co executive Linda Park as its next chief executive, replacing Tom Sheridan, who is retiring."
pycheck "the one replaced leaves the hiring company" "
xs = {x['data']['person']: [c['id'] for c in x['companies']] for x in of('executive_change')}
assert xs == {'Linda Park': ['tellmark'], 'Tom Sheridan': ['tellmark']}, xs"
# A title's "profit outlook" names no results; a buyback completed and another authorized;
# a share of the workforce told in words.
printf 'Date: 2026-09-24\nRowan Chemicals slashes profit outlook for second time\nRowan Chemicals Corp cut its full-year adjusted profit forecast on Thursday and said it would idle a plant in Louisiana.\n' >"$TMP/outl.txt"
dry "$TMP/outl.txt"
pycheck "a profit outlook is no results report" "
assert of('guidance') and not of('earnings'), events"
one "Harlan Foods Inc completed its \$3 billion share repurchase program and authorized a new \$4 billion buyback."
pycheck "a buyback completed, another authorized" "
bs = sorted((b['data']['action'], b['data']['amount']) for b in of('buyback'))
assert bs == [('authorized', 4e9), ('completed', 3e9)], bs"
one "Cirrion Therapeutics Inc said it would cut about a third of its workforce."
pycheck "a third of the workforce" "
[w] = of('workforce')
assert w['data']['percent'] == 33.3, w['data']"
# Two purchases priced apart; a profit warning; jets ordered from a maker named after the
# count; a regulator's request for documents.
one "Penhale Technologies Inc agreed to buy cybersecurity firm Gatekeep Inc for \$1.1 billion and data-backup provider Vaultra Systems for about \$400 million."
pycheck "two purchases in one sentence" "
ds = sorted(([c['id'] for c in d['companies'] if c['role'] == 'target'][0], d['data']['amount']) for d in of('acquisition'))
assert ds == [('gatekeep', 1.1e9), ('vaultra-systems', 4e8)], ds"
one "Lindstrom AB warned that third-quarter operating profit would be well below market expectations."
pycheck "a profit warning lowers the outlook" "
[g] = of('guidance')
assert g['data']['direction'] == 'lowered', g['data']
assert not of('earnings'), events"
one "Skybridge Airways Plc has ordered 60 Airbus A321neo jets worth about \$9 billion."
pycheck "jets ordered from their maker" "
[c] = of('contract')
assert {x['id']: x['role'] for x in c['companies']} == {'AIR.PA': 'supplier', 'skybridge-airways': 'customer'}, c"
one "Delmont Health Corp said the U.S. Securities and Exchange Commission had requested documents related to the errors."
pycheck "documents requested by a regulator" "
[l] = of('legal')
assert l['data']['action'] == 'investigation', l['data']"
# A name ending in 's before a verb; a forecast kept after the results; a sum in "pound".
one "British department store chain Bramley's said it would close 85 of its 240 stores and agreed a new 300 million pound revolving credit facility."
pycheck "a name in 's; a pound facility" "
assert [c['id'] for c in of('facility')[0]['companies']] == ['bramleys'], events
[f] = of('financing')
assert f['data']['currency'] == 'GBP' and f['data']['amount'] == 3e8, f['data']"
one "Takumi Motor Co reported a 21% drop in first-quarter operating profit, as tariffs squeezed margins, but kept its full-year forecast."
pycheck "a forecast kept after the results" "
[g] = of('guidance')
assert g['data']['direction'] == 'reaffirmed', g['data']
assert of('earnings'), events"
# The short form of a name ending in SpA after a deal; a stake's new size after the company.
printf 'Date: 2026-09-01\nMirabel SpA has raised its stake in Kestrel Pharma SpA to 29.9%% from 24.5%%.\nKestrel Pharma shares rose 3.7%%.\n' >"$TMP/spa.txt"
dry "$TMP/spa.txt" --model none
pycheck "a stake raised to a size; the SpA's short form" "
[i] = of('investment')
assert i['data']['stake_percent'] == 29.9, i['data']
[m] = of('share_move')
assert m['companies'][0]['id'] == 'kestrel-pharma', m"
# "80 pct of its Kestrel Avionics operations": after "its" the name is the business bought,
# the company speaking sells it (not the business its own seller).
printf 'Date: 16-MAR-1987\nDORVAL <DVL> ENDS PACT ON UNIT\nNEW YORK, March 16 - Dorval Industries Ltd said it terminated an agreement in principle for Hitoshi Corp to buy 80 pct of its Kestrel Avionics operations.\n    Kestrel Avionics Inc makes flight instruments.\n' >"$TMP/its.txt"
dry "$TMP/its.txt" --model none
pycheck "its named operations are bought, the speaker sells" "
assert [e for e in of('investment', 'kestrel-avionics') if {(c['id'], c['role']) for c in e['companies']} >= {('hitoshi', 'investor'), ('kestrel-avionics', 'investee'), ('dorval-industries', 'seller')}], events"
# A group that buys stands for the company leading it, though named in a later sentence
# ("The group, led by Westmark Partners Corp, said").
printf 'Date: 16-MAR-1987\nGROUP HAS 6.1 PCT OF CORLAND <CRL>\nWASHINGTON, March 16 - A group of affiliated investment firms told the Securities and Exchange Commission they have acquired 512,000 shares of Corland Industries Inc, or 6.1 pct of the total outstanding.\n    The group, led by Westmark Partners Corp, said it bought the stock for investment purposes.\n' >"$TMP/group.txt"
dry "$TMP/group.txt" --model none
pycheck "a buying group named by its leader" "
assert [e for e in of('investment', 'corland-industries') if ('westmark-partners', 'investor') in {(c['id'], c['role']) for c in e['companies']}], events"
# A rating assigned ("a rating of 'BBB'"); long-term targets as guidance.
one "Fitch Ratings assigned Calloway Renewables Inc a first-time long-term issuer default rating of \"BBB\" with a stable outlook."
pycheck "a first rating assigned" "
[r] = of('rating_change')
assert r['data']['action'] == 'initiate' and r['data']['rating_to'] == 'BBB' and r['data']['kind'] == 'credit', r['data']"
one "Pruitt Brands Inc set new long-term targets, saying it aims to grow annual sales by 4% to 6% through 2030."
pycheck "long-term targets" "
assert of('guidance'), events"
# Wire figures with fractions: "6-1/4 cts", "7-1/2 pct" are 6.25 and 7.5, not 6 and 7.
printf 'Date: 17-MAR-1987\nHARTWELL SAVINGS BANK <HRWL> SETS PAYOUT\nHARTFORD, Conn., March 17 - Qtly div 6-1/4 cts vs 6-1/4 cts prior\n    Pay April 30\n    Record April Three\n' >"$TMP/frac.txt"
dry "$TMP/frac.txt" --model none
pycheck "a dividend with a fraction" "
[d] = of('dividend')
assert d['data']['amount_per_share'] == 0.0625, d['data']"
one "Bellmore Industries Inc said its third-quarter sales rose 7-1/2 pct."
pycheck "a percentage with a fraction" "
[m] = changes()
assert m[1] == 7.5, events"
# A split notice under a wire headline is no results report: no earnings event is guessed
# beside the split (the wire files such notices under its earnings topic).
printf 'Date: 17-MAR-1987 13:17:01.64\nDELTRON SYSTEMS <DLTN> SETS STOCK SPLIT\nHAUPPAUGE, N.Y., March 17 - Deltron Systems Corp said its\nboard declared a five-for-four stock split, payable April Nine\nto holders of record March 27.\n Reuter\n' >"$TMP/split.txt"
dry "$TMP/split.txt"
pycheck "a split notice, no earnings guessed" "
assert of('stock_split') and not of('earnings'), events"
# A weekday dates its event from the dateline (2026-12-02 was a Wednesday): the latest such
# day, the next one in a clause about what will happen; never a name ("Black Friday"), a
# possessive ("Tuesday's close") or a relative clause's day; a title's deal takes the day
# its lead names.
printf 'Date: 2026-12-02\nCorvane to buy Helix Labs\nCorvane Inc said on Monday it agreed to buy Helix Labs Inc for $2 billion. Shareholders of Helix Labs Inc will vote on the deal on Friday. Corvane shares rose 4%% on Wednesday. Helix Labs shares fell 2%% on Black Friday. Brisco Inc, which reports on Thursday, gained 1.2%%. Tamber Inc shares rose 3%%, a premium to Tuesday'"'"'s close, the company said on Wednesday.\n' >"$TMP/weekday.txt"
dry "$TMP/weekday.txt" --model none
pycheck "weekdays date events" "
on = {(e['type'], e['companies'][0]['id']): e['occurred_on'] for e in events}
assert on[('acquisition', 'corvane')] == '2026-11-30', on
assert on[('share_move', 'corvane')] == '2026-12-02', on
assert on[('share_move', 'helix-labs')] == '2026-12-02', on
assert on[('share_move', 'brisco')] == '2026-12-02', on
assert on[('share_move', 'tamber')] == '2026-12-02', on"
one "Halberd Corp said its shareholders will vote on the merger with Ostrava Inc on Friday."
pycheck "a weekday ahead" "
assert events and all(e['occurred_on'] == '2026-12-04' for e in events), [(e['type'], e['occurred_on']) for e in events]"
# A split that only restates figures ("37 cts a share prior to an August 15 two-for-one
# stock split", "adjusted for a three-for-two split") is background, no split event.
one "Halcot Corp earned 37 cts a share in the fourth quarter, prior to an August 15 two-for-one stock split."
pycheck "a split that restates figures" "
assert not of('stock_split'), events"
# A sale told in two halves, its seller named in both: one sentence has the unit sold, the
# next the buyer; the deal is one event with both.
printf 'Date: 16-MAR-1987\nHalvard Industries Inc said it has agreed to sell its Pinecrest Tooling Co subsidiary for 14 mln dlrs.\nBrannock Group PLC said it will buy the unit from Halvard Industries.\n' >"$TMP/halves.txt"
dry "$TMP/halves.txt" --model none
pycheck "a sale's two halves joined" "
assert [e for e in of('acquisition') if {(c['id'], c['role']) for c in e['companies']} == {('brannock-group', 'acquirer'), ('pinecrest-tooling', 'target'), ('halvard-industries', 'seller')}], events"
# A word many names open with stands for the one company of the article it opens
# ("Northern" after Northern Plains Freight Inc), not for a region ("the Southwest").
printf 'Date: 16-MAR-1987\nHarcourt Tool Corp said it and Western Valley Mills Inc completed all waiting period requirements.\nHarcourt said it will proceed with its proposed acquisition of Western.\nWestern Valley Mills has plants in the Southwest.\n' >"$TMP/generic.txt"
dry "$TMP/generic.txt" --model none
pycheck "a generic first word as a short form" "
assert [e for e in of('acquisition') if {(c['id'], c['role']) for c in e['companies']} == {('harcourt-tool', 'acquirer'), ('western-valley-mills', 'target')}], events
assert 'southwest' not in {c['id'] for e in events for c in e['companies']}, events"
# Review cases: a past weekday after "to <someone>" is past; "after the meeting" is no
# restatement of a split; a share move before "raised its dividend" stays; "U.S. New orders"
# is two sentences; "Acme Corp Monday said" is Monday; a "write-down on the sale of" is the
# background of a result. (2026-12-01 was a Tuesday.)
one "Bellwood Corp said it sold its Beta Products unit for 20 million dollars to investors Monday."
pycheck "a weekday after 'to investors'" "
assert events and all(e['occurred_on'] == '2026-11-30' for e in events), [(e['type'], e['occurred_on']) for e in events]"
one "Bellwood Corp said after the meeting it declared a two-for-one stock split."
pycheck "a split after the meeting" "
assert of('stock_split'), events"
one "Shares of Bellwood Corp rose 5% after the company raised its dividend."
pycheck "a share move before a dividend raise" "
assert of('share_move') and of('dividend'), events"
one "Bellwood Corp Monday said it agreed to buy Carrick Tools Inc for \$40 million."
pycheck "a weekday after a company's name" "
[d] = of('acquisition')
assert d['occurred_on'] == '2026-11-30', d['occurred_on']"
printf 'Date: 2026-12-01\nBellwood Corp sold its Beta unit in the U.S. New orders at Carrick Tools Inc rose 5 pct in November.\n' >"$TMP/usnew.txt"
dry "$TMP/usnew.txt" --model none
pycheck "initials before 'New orders' end a sentence" "
assert len({e['source']['sentence'] for e in events}) == len(events) and not [e for e in events if 'Beta' in e['source']['sentence'] and 'orders' in e['source']['sentence']], [(e['type'], e['source']['sentence']) for e in events]"
one "Bellwood Corp recorded a write-down on the sale of its Beta Products unit to Carrick Tools Inc."
pycheck "a write-down on a sale" "
assert not of('acquisition'), events"
# A news feed's JSON item (title, date and text on one line) reads as the article does.
printf '{"title": "Nexora announces 10-for-1 stock split, $15 billion buyback", "date": "2026-11-19", "source": "wire-feed", "text": "Nexora Inc said on Thursday its board approved a 10-for-1 stock split and a new $15 billion share buyback program, as the chip designer'"'"'s shares trade near record highs."}\n' >"$TMP/feed.json"
dry "$TMP/feed.json" --model none
pycheck "a feed's JSON item" "
[sp] = of('stock_split'); [bb] = of('buyback')
assert sp['data']['ratio_to'] == 10 and bb['data']['amount'] == 15e9 and sp['occurred_on'] == bb['occurred_on'] == '2026-11-19', events"
# A share move over months ("extending a 70% rally this year") is background to the day's.
one "Quenmore Technologies Inc shares rose 2% on Tuesday, extending a 70% rally this year."
pycheck "a rally this year" "
[m] = of('share_move')
assert m['data']['percent'] == 2, m['data']"
# "appointed Boeing's former finance chief, Mark Dunn, as ...": a company's possessive before the
# description of the person, the appointer the company before the verb.
one "Kestrel Corp appointed Boeing Co's former finance chief, Mark Dunn, as chief financial officer."
pycheck "an appositive after another company's title" "
[x] = of('executive_change')
assert x['data']['person'] == 'Mark Dunn' and x['companies'][0]['id'] == 'kestrel' and x['data']['action'] == 'appointed', x"
# A price target cut in the sentence after the downgrade is the same call's.
printf 'Date: 2026-12-01\nGoldman Sachs downgraded Bellwood Corp to "neutral" from "buy" on Tuesday. The brokerage also cut its price target on the stock to $48 from $61.\n' >"$TMP/ptnext.txt"
dry "$TMP/ptnext.txt" --model none
pycheck "a price target in the next sentence" "
[r] = of('rating_change')
assert r['data'].get('price_target') == 48 and r['data']['rating_to'] == 'neutral', r['data']"
# The verdict against expectations from the analysts' figure told in the next sentence.
printf 'Date: 2026-12-01\nBellwood Corp said third-quarter net income rose to $88 million, or 95 cents per share, from $70 million, or 76 cents per share, a year earlier. Analysts on average had expected 90 cents per share, according to LSEG data.\n' >"$TMP/expnext.txt"
dry "$TMP/expnext.txt" --model none
pycheck "expected EPS in the next sentence, a beat" "
[r] = of('earnings')
assert r['data'].get('versus_expectations') == 'beat', r['data']"
printf 'Date: 2026-12-01\nBellwood Corp posted a third-quarter net loss of $40 million, or 45 cents per share. Analysts had expected a loss of 30 cents per share.\n' >"$TMP/expnext2.txt"
dry "$TMP/expnext2.txt" --model none
pycheck "expected loss per share in the next sentence, a miss" "
[r] = of('earnings')
assert r['data'].get('versus_expectations') == 'miss', r['data']"
# "will invest $150 million in X": the bare verb is an investment.
one "Bellwood Corp will invest \$150 million in Carrick Tools Inc for a minority stake."
pycheck "a bare 'invest'" "
[i] = of('investment')
assert i['data']['amount'] == 150e6 and [c['role'] for c in i['companies']] == ['investor', 'investee'], i"
# A funding round of earlier this year is background.
one "Carrick Tools Inc was valued at \$2.4 billion in a funding round led by Bellwood Corp earlier this year."
pycheck "a funding round earlier this year" "
assert not of('investment'), events"
# A debt offering: "an offering of senior unsecured notes", "a notes offering".
one "Bellwood Corp has priced a \$2 billion offering of senior unsecured notes in three parts."
pycheck "an offering of notes" "
[f] = of('financing')
assert f['data']['kind'] == 'bond' and f['data']['amount'] == 2e9, f['data']"
one "Bellwood Corp priced a \$600 million notes offering on Tuesday."
pycheck "a notes offering" "
[f] = of('financing')
assert f['data']['kind'] == 'bond' and f['data']['amount'] == 6e8, f['data']"
# A credit outlook is not the rating; a rating after a possessive is.
one "Moody's affirmed Bellwood Corp's Baa2 rating and changed its outlook to negative from stable."
pycheck "an outlook beside an affirmed rating" "
[r] = of('rating_change')
assert r['data'].get('rating_to') == 'Baa2' and 'rating_from' not in r['data'] and r['data']['action'] == 'reiterate', r['data']"
# A list of movers: "X fell 3.1% after ..." is a share move; "rose 7.5% in the quarter" is not.
one "Bellwood Corp fell 3.1% after the lender said it would cut about 1,200 jobs."
pycheck "a company's move with no shares word" "
[m] = of('share_move')
assert m['data']['percent'] == -3.1 and m['companies'][0]['id'] == 'bellwood', m"
one "Carrick Tools Inc rose 7.5% in the quarter."
pycheck "a company's rise in a quarter is no share move" "
assert not of('share_move'), events"
# A preview of results not yet out reports none, whatever the detector thinks of its words.
printf 'Bellwood earnings preview: what to expect when the company reports on Wednesday\nDecember 1, 2026\n\nBellwood Corp is expected to report third-quarter revenue of about $8.2 billion when it posts results on Wednesday, according to LSEG estimates.\n\nAnalysts on average expect adjusted earnings of 82 cents per share, up from 61 cents a year earlier.\n' >"$TMP/preview.txt"
dry "$TMP/preview.txt"
pycheck "an earnings preview" "
assert not of('earnings'), events"
# A spin-off told as a separation into a listed company; a completion still ahead.
one "Bellwood Corp plans to separate its aerospace business into an independent publicly traded company, and said the spin-off is expected to be completed next year."
pycheck "a separation into a listed company" "
[d] = of('acquisition')
assert d['data'].get('kind') == 'divestiture' and d['data']['status'] == 'announced' and d['companies'][0]['role'] == 'seller', d"
# "is exploring a sale" with no object: the company itself is for sale.
one "Bellwood Corp is exploring a sale after receiving takeover interest from several buyout firms, according to people familiar with the matter."
pycheck "a sale of itself being explored" "
[d] = of('acquisition')
assert d['data']['status'] == 'talks' and [(c['id'], c['role']) for c in d['companies']] == [('bellwood', 'target')], d"
# "a contract with X to build": X is the contractor, the signer its customer (and the site the signer's).
one "Bellwood Corp signed a \$300 million contract with builder Carrick Tools Inc to build two warehouses."
pycheck "a contractor named after 'contract with'" "
[c] = of('contract')
roles = {x['role']: x['id'] for x in c['companies']}
assert roles == {'supplier': 'carrick-tools', 'customer': 'bellwood'} and c['data']['amount'] == 3e8, c
assert all(f['companies'][0]['id'] == 'bellwood' for f in of('facility')), of('facility')"
# "cut its earnings forecast ... and said it would cut about 900 jobs": both cuts.
one "Bellwood Corp cut its 2026 earnings forecast on Wednesday, citing weak demand, and said it would cut about 900 jobs to save costs."
pycheck "a job cut after a forecast cut" "
[w] = of('workforce')
assert w['data']['headcount'] == 900 and of('guidance'), events"
# "kept its full-year operating profit forecast at 650 billion yen, below the 688 billion yen
# average estimate": reaffirmed, and the analysts' figure is no part of the range.
one "Bellwood Corp kept its full-year operating profit forecast at 650 billion yen, below the 688 billion yen average estimate of 21 analysts."
pycheck "a kept forecast beside the analysts' estimate" "
[g] = of('guidance')
assert g['data']['direction'] == 'reaffirmed' and g['data']['high'] == 650e9, g['data']"
# A later sentence's day after the dateline ("will go on sale on Dec. 18") is a schedule, not
# the day of the news it adds to.
printf 'Bellwood unveils foldable phone\nDecember 3, 2026\n\nSAN FRANCISCO, Dec 3 (Reuters) - Bellwood Corp on Thursday unveiled its first foldable smartphone, the Bellwood Fold, priced at $1,299.\n\nThe phone will go on sale in the United States and Europe on Dec. 18, Bellwood said at a launch event.\n' >"$TMP/sched.txt"
dry "$TMP/sched.txt" --model none
pycheck "a scheduled day after the dateline" "
[p] = of('product_announcement')
assert p['occurred_on'] == '2026-12-03', p['occurred_on']"
one "Bellwood Corp said it would pause its share repurchase program as tariffs cut volumes."
pycheck "a paused buyback" "
[b] = of('buyback')
assert b['data']['action'] == 'suspended', b['data']"
# Conjoined buyers before the verb are each an acquirer.
one "Brightmoor Partners LP and Selwyn Capital LLC agreed to buy Carrick Tools Inc for \$5.6 billion."
pycheck "two buyers" "
[d] = of('acquisition')
assert sorted(c['id'] for c in d['companies'] if c['role'] == 'acquirer') == ['brightmoor-partners', 'selwyn-capital'], d['companies']"
# A buyer after a hyphened word of ownership ("to family-owned Z").
one "Bellwood Corp sold its tools unit to family-owned Carrick Tools Inc for \$90 million."
pycheck "a buyer after 'family-owned'" "
[d] = of('acquisition')
assert ('carrick-tools', 'acquirer') in [(c['id'], c['role']) for c in d['companies']], d['companies']"
# Buyers named with no suffix: two conjoined before the verb, a consortium's members after
# its description, one after "private equity-backed".
one "Brightmoor Partners and Selwyn Capital agreed to buy Carrick Tools Inc for \$5.6 billion."
pycheck "two suffixless buyers" "
[d] = of('acquisition')
assert sorted(c['id'] for c in d['companies'] if c['role'] == 'acquirer') == ['brightmoor-partners', 'selwyn-capital'], d['companies']"
one "A consortium led by private equity firms Dunmore Partners and Halcyon Capital agreed to buy Carrick Tools Inc."
pycheck "a consortium's two members" "
[d] = of('acquisition')
assert sorted(c['id'] for c in d['companies'] if c['role'] == 'acquirer') == ['dunmore-partners', 'halcyon-capital'], d['companies']"
one "Bellwood Corp said it would sell its consumer unit to private equity-backed Pellmore Brands for \$900 million."
pycheck "a buyer after 'private equity-backed'" "
[d] = of('acquisition')
assert ('pellmore-brands', 'acquirer') in [(c['id'], c['role']) for c in d['companies']], d['companies']"
one "Bellwood Corp said it agreed in principle with French state-owned Renault to acquire Carrick Tools Inc."
pycheck "the company 'with' a description and a name is no buyer" "
[d] = of('acquisition')
assert [c['id'] for c in d['companies'] if c['role'] == 'acquirer'] == ['bellwood'], d['companies']"
# A stake held ("which has a 45 per cent stake in", "has a 30 per cent stake in", "from its
# stake in") is background, no investment; a stake bought or taken stays one.
one "Harwick Telecom, which has a 45 per cent stake in Corvane Mobile, will get a \$4.5bn payout from it in January."
pycheck "a stake held in a relative clause" "
assert not of('investment') and not of('acquisition'), events"
one "Harwick Telecom has a 30 per cent stake in Corvane Mobile."
pycheck "a stake held" "
assert not of('investment'), events"
one "Harwick Telecom took a 30 per cent stake in Corvane Mobile."
pycheck "a stake taken" "
assert of('investment', 'corvane-mobile'), events"
# A dividend investors or analysts expect is none yet, whatever its kind.
one "Analysts said investors had been expecting Nestle to offer a special dividend."
pycheck "a special dividend expected" "
assert not of('dividend'), events"
# A loss set against expectations by its width: "a wider-than-expected quarterly loss" misses,
# "a narrower-than-expected loss" beats.
one "Tesco posted a wider-than-expected quarterly loss."
pycheck "a wider-than-expected loss" "
[e] = of('earnings', 'TSCO.L')
assert e['data']['versus_expectations'] == 'miss', e['data']"
one "Tesco posted a narrower-than-expected quarterly loss."
pycheck "a narrower-than-expected loss" "
[e] = of('earnings', 'TSCO.L')
assert e['data']['versus_expectations'] == 'beat', e['data']"
# A percentage that sizes a holding ("Royal Bank of Scotland's 50 per cent share in their
# joint venture") is no change of a results figure named before it.
one "Profit growth at Tesco was tempered by higher interest costs after Tesco bought out Royal Bank of Scotland's 50 per cent share in their joint venture for 950m pounds last year."
pycheck "a holding's percentage is no profit change" "
assert not [m for e in of('earnings') for m in e['data']['metrics'] if m.get('change_percent') == 50], events"
# Results told in a month gone by ("reported ... in October", told in December) are background;
# a month's own figure is not.
printf 'Date: 2026-12-02\nBellwood Corp named a new chief executive on Wednesday. The airline reported a 12%% rise in third-quarter revenue in October.\n' >"$TMP/toldoct.txt"
dry "$TMP/toldoct.txt" --model none
pycheck "results told in October" "
assert not of('earnings') and not of('metric_change'), [(e['type'], e['data']) for e in events]"
printf 'Date: 2026-12-02\nBellwood Corp said sales rose 12%% in November.\n' >"$TMP/novsales.txt"
dry "$TMP/novsales.txt" --model none
pycheck "a month's own sales" "
assert of('metric_change'), events"
# "Vantix Semiconductor Corp off 4.1%": a fall.
one "Shares of chipmakers fell on Wednesday, with Bellwood Corp down 5.4% and Carrick Tools Inc off 4.1%."
pycheck "'off' before a percentage" "
assert sorted(m['data']['percent'] for m in of('share_move')) == [-5.4, -4.1], of('share_move')"
# "it expected the rules to reduce its fourth-quarter revenue by about $400 million": an outlook
# lowered, the amount a change; "more than it expected" is none.
one "Bellwood Corp said in a statement it expected the rules to reduce its fourth-quarter revenue by about \$400 million."
pycheck "an expected effect on revenue" "
[g] = of('guidance')
assert g['data']['direction'] == 'lowered' and 'low' not in g['data'] and g['data']['period'] == 'Q4 2026', g['data']"
one "Bellwood Corp said revenue rose 12%, more than it expected."
pycheck "more than it expected" "
assert not of('guidance'), events"
# "after Morgan Stanley cut its rating on the chipmaker": the description after "on" stands
# for the company named before the firm.
one "Shares of Quillon Semiconductor Corp fell 6.8% on Friday after Morgan Stanley cut its rating on the chipmaker to \"equal-weight\" from \"overweight\"."
pycheck "a rating on a description" "
[r] = of('rating_change')
roles = {c['id']: c['role'] for c in r['companies']}
assert roles.get('quillon-semiconductor') == 'subject' and roles.get('MS') == 'analyst', roles
assert r['data']['rating_to'] == 'equal-weight' and r['data']['rating_from'] == 'overweight', r['data']"
# A forecast made "last month" is background, kept only with --context.
one "Quillon Semiconductor Corp, which makes memory controllers, last month forecast fourth-quarter revenue below Wall Street estimates."
pycheck "a forecast of last month" "
assert not of('guidance'), events"
dry "$TMP/one9.txt" --model none --context
pycheck "a forecast of last month, as context" "
[g] = of('guidance')
assert g['data'].get('context') is True, g"
# A marketing authorisation is an approval; a co-promotion agreement a partnership, its
# partner named with no suffix after "agreement with".
one "Mereval Therapeutics Inc said the European Commission had granted marketing authorisation for its migraine drug Velnara."
pycheck "a marketing authorisation" "
[r] = of('regulatory_approval')
assert r['data']['regulator'] == 'EC' and r['data']['status'] == 'approved', r"
one "Mereval Therapeutics Inc said it had entered into a co-promotion agreement with Haldane Pharma."
pycheck "a co-promotion agreement" "
[p] = of('partnership')
assert sorted(c['id'] for c in p['companies']) == ['haldane-pharma', 'mereval-therapeutics'], p"
# "raised its profit forecast and launched a share buyback of up to 500 million pounds": the
# amount is the buyback's; "between 810 million and 830 million pounds" is a range.
one "Pellmore Plc raised its full-year profit forecast on Thursday and launched a share buyback of up to 500 million pounds."
pycheck "an amount of a second clause" "
[g] = of('guidance')
assert 'low' not in g['data'] and 'high' not in g['data'], g['data']
[b] = of('buyback')
assert b['data']['amount'] == 500000000 and b['data']['currency'] == 'GBP', b['data']"
one "Pellmore Plc now expects adjusted operating profit for 2027 of between 810 million and 830 million pounds."
pycheck "a range whose currency follows its second bound" "
[g] = of('guidance')
assert (g['data']['low'], g['data']['high'], g['data']['currency']) == (810000000, 830000000, 'GBP'), g['data']"
# A price a share is no offering's size: "at an estimated 17-19 dlrs a share".
one "First Bancorp - Initial offering of 400,000 shares of common stock at an estimated 17-19 dlrs a share through Interstate Securities Corp."
pycheck "an offering's price range" "
assert of('financing') and all('amount' not in f['data'] for f in of('financing')), of('financing')"
# "Nuvex Systems, Inc. (NASDAQ: NVXS) ... approved a ten-for-one forward split": the name before
# the comma, a split with no "stock"; one told as "previously announced" is background.
one "Nuvex Systems, Inc. (NASDAQ: NVXS) today announced that its Board of Directors has approved a ten-for-one forward split of the company's common stock."
pycheck "a forward split" "
[x] = of('stock_split')
assert [c['id'] for c in x['companies']] == ['nuvex-systems'], x['companies']
assert (x['data']['ratio_from'], x['data']['ratio_to'], x['data']['reverse']) == (1, 10, False), x['data']"
one "Holders will receive 1.2 Fleet Financial Group Inc shares for each one of theirs following Fleet's previously announced two-for-one split."
pycheck "a split announced before" "
assert not of('stock_split'), events"
# An activist that will urge a sale is no deal.
one "Activist hedge fund Kestrel Capital Management will urge Brantley Group Inc to explore a sale of its aerospace unit."
pycheck "a sale urged" "
assert not of('acquisition'), of('acquisition')"
# "has ordered 40 jets from planemaker Aerion SA": the maker after its description.
one "Low-cost carrier Sorrel Airlines has ordered 40 narrowbody jets from planemaker Aerion SA in a deal worth about \$4.8 billion at list prices."
pycheck "an order from a described maker" "
[c] = of('contract')
roles = {x['id']: x['role'] for x in c['companies']}
assert roles == {'aerion': 'supplier', 'sorrel-airlines': 'customer'}, roles
assert c['data']['amount'] == 4800000000, c['data']"
# "Renfield shares, down 38% this year, rose 2.1%": the appositive's move is background, the
# verb's is the day's.
one "Renfield Motors Corp shares, down 38% this year, rose 2.1% in premarket trading."
pycheck "a move in an appositive" "
assert [m['data']['percent'] for m in of('share_move')] == [2.1], of('share_move')"
# A rival's forecast cut "last week" is background.
one "Rival Oxbridge Networks Inc cut its own forecast last week."
pycheck "a forecast of last week" "
assert not of('guidance'), of('guidance')"
# "named former Amazon.com Inc executive Sandra Liu as its chief executive officer, succeeding
# Thomas Hale, who is retiring": both changes are the company's that names, not the past
# employer's.
one "Bexley Retail Group Inc on Tuesday named former Amazon.com Inc executive Sandra Liu as its chief executive officer, succeeding Thomas Hale, who is retiring."
pycheck "a past employer before the person" "
got = sorted((e['data']['person'], e['data']['action'], e['companies'][0]['id']) for e in of('executive_change'))
assert got == [('Sandra Liu', 'appointed', 'bexley-retail-group'), ('Thomas Hale', 'departed', 'bexley-retail-group')], got"
# "opened 22% above their offering price": a rise.
one "Shares of Kinetic Health Inc opened 22% above their offering price in their Nasdaq debut on Thursday."
pycheck "opened above the offering price" "
assert [m['data']['percent'] for m in of('share_move')] == [22], of('share_move')"
# "named former Delta Air Lines executive Ruth Coleman": a past employer the registry lacks is
# no person.
printf 'Date: 2026-12-10\nHalcyon Air Holdings Inc said it had emerged from bankruptcy. The carrier also named former Delta Air Lines executive Ruth Coleman as chief executive officer.\n' >"$TMP/pastemp.txt"
dry "$TMP/pastemp.txt" --model none
pycheck "an unknown past employer" "
[e] = of('executive_change')
assert e['data']['person'] == 'Ruth Coleman' and e['data']['action'] == 'appointed', e['data']
assert [c['id'] for c in e['companies']] == ['halcyon-air-holdings'], e['companies']"
# "with $4 billion purchase of Motiv Labs": a purchase named is announced, not done, unless a
# word says so ("completed its purchase of").
one "Corvane Inc bets big on robotics with \$4 billion purchase of Motiv Labs Inc."
pycheck "a purchase named" "
[d] = of('acquisition')
assert d['data']['status'] == 'announced', d['data']"
one "Corvane Inc said it completed its purchase of Motiv Labs Inc."
pycheck "a purchase completed" "
[d] = of('acquisition')
assert d['data']['status'] == 'completed', d['data']"
# A headline that tells a deal as done ("Why Brightwave Paid $2 Billion for Chatterly") under a
# body that tells it as agreed: agreed.
printf 'Date: September 16, 2026\nWhy Brightwave Paid $2 Billion for Chatterly Inc.\nBrightwave Inc. has agreed to buy Chatterly Inc for about $2 billion, people familiar with the matter said.\n' >"$TMP/paid.txt"
dry "$TMP/paid.txt" --model none
pycheck "a headline's deal agreed in the body" "
[d] = of('acquisition')
assert d['data']['status'] == 'announced', d['data']"
# "The deal is subject to review by" a regulator, after a joint venture: both partners file.
printf 'Date: April 8, 2026\nTavora Electronics Inc and Helix Semiconductor Inc announced a joint venture to build a chip factory in Arizona. The deal is subject to review by the Committee on Foreign Investment in the United States.\n' >"$TMP/jvrev.txt"
dry "$TMP/jvrev.txt" --model none
pycheck "a joint venture under review" "
[r] = of('regulatory_filing')
assert sorted(c['id'] for c in r['companies']) == ['helix-semiconductor', 'tavora-electronics'], r['companies']
assert r['data']['regulator'] == 'CFIUS' and r['data']['status'] == 'pending', r['data']"
# A sentence about a company's debt ("net debt stood at about $10bn", "to reduce its net debt")
# is about its borrowing: the detector's financing is a loan.
printf 'Date: 2026-12-01\nHarwick Telecom said its net debt stood at about $10bn at the end of the year.\n' >"$TMP/netdebt.txt"
dry "$TMP/netdebt.txt"
pycheck "a company's net debt is a loan financing" "
[f] = of('financing', 'harwick-telecom')
assert f['data']['kind'] == 'loan', f['data']"
# A sentence the detector reads as a metric's change that the rules read none in gets one
# for its subject: the metric its words name, the percentage that a word of rise or fall
# stands next to ("the 1.1 per cent improvement in like-for-like sales"); a percentage with
# no such word ("70 per cent of the proceeds") is no change.
printf 'Date: 2026-12-01\nHarwick Stores pointed to the 1.1 per cent improvement in like-for-like sales from the stores it has revamped.\n' >"$TMP/lfl.txt"
dry "$TMP/lfl.txt"
pycheck "a detected metric change takes its metric and percentage" "
[m] = of('metric_change', 'harwick-stores')
assert m['data'] == {'metric': 'sales', 'percent': 1.1}, m['data']"
printf 'Date: 2026-12-01\nHarwick Stores said 70 per cent of the proceeds from the sale would be returned to shareholders.\n' >"$TMP/proceeds.txt"
dry "$TMP/proceeds.txt"
pycheck "a share of proceeds is no metric change" "
assert not of('metric_change'), events"
# "Tesco's trading profit fell 66 per cent to 44m pounds": the British name of operating profit;
# "Barclays Capital saw profits rise 25 per cent to 1.04bn pounds": results seen are results.
one "Tesco's trading profit fell 66 per cent to 44m pounds."
pycheck "a trading profit is an operating income" "
[e] = of('earnings', 'TSCO.L')
m = metrics(e)
assert m['operating_income']['change_percent'] == -66 and m['operating_income']['value'] == 44e6, m"
one "Barclays Capital saw profits rise 25 per cent to 1.04bn pounds."
pycheck "profits a company saw rise" "
[e] = of('earnings', 'BCS')
m = metrics(e)
assert m['net_income']['change_percent'] == 25 and m['net_income']['value'] == 1.04e9, m"
# A buyback or dividend the market only guesses at ("rose on rumours of a share buyback",
# "quashes speculation of a new share buyback") is none, as the rules read it.
printf 'Date: 2026-12-01\nHarwick Telecom shares rose on rumours of a share buyback.\n' >"$TMP/rumour.txt"
dry "$TMP/rumour.txt"
pycheck "a rumoured buyback is none" "
assert not of('buyback') and not of('dividend'), events"
# Words that open a clause never start a company name: "There has been speculation that ...",
# '" What we have got are ...' name no company "There" or "What".
one "There has been speculation that Harwick Telecom would announce the sale of its Japanese business."
pycheck "'There' is no seller" "
assert not [c for e in events for c in e['companies'] if c['id'] == 'there'], events"
printf 'Date: 2026-12-01\n" What we have got are presentational differences in our debt rather than an increase in net debt," said an official.\n' >"$TMP/what.txt"
dry "$TMP/what.txt"
pycheck "'What' is no company" "
assert not [c for e in events for c in e['companies'] if c['id'] == 'what'], events"
# A share's move told with its price ("was 10.9 per cent lower at 9 3/4 p") is no change of the
# metric the sentence names: the detector's metric change takes no percentage from it.
printf 'Date: 2026-12-01\nHarwick Stores was 10.9 per cent lower at 9 3/4 p after reporting a sharp slowdown in same-store sales.\n' >"$TMP/sharemove.txt"
dry "$TMP/sharemove.txt"
pycheck "a share price's percentage is no metric change" "
assert not [m for m in of('metric_change') if m['data']['percent'] == -10.9], events"
# A rating of a company's debt is no new borrowing: no financing is added beside the rating.
printf "Date: 17-MAR-1987 10:03:50.39\nHECHINGER <HECHA> DEBT UPGRADED BY MOODY'S\nNEW YORK, March 17 - Moody's Investors Service Inc said it upgraded Hechinger Co's 100 mln dlrs of debt.\n" >"$TMP/debtrated.txt"
dry "$TMP/debtrated.txt"
pycheck "a debt rating is no financing" "
assert of('rating_change', 'hechinger') and not of('financing'), events"
printf "Date: 17-MAR-1987 10:03:50.39\nMOODY'S MAY DOWNGRADE CONSECO <CNC> DEBT\nNEW YORK, March 17 - Moody's Investors Service Inc said it may downgrade Conseco Inc's 100 mln dlrs of senior debt.\n" >"$TMP/debtreview.txt"
dry "$TMP/debtreview.txt"
pycheck "a debt under review for a downgrade is no financing" "
assert not of('financing'), events"
# A holding the sentence opens with and speaks of ("Vodafone's minority stake in Verizon
# Wireless has caused friction", "... is worth about $45bn") is background; a stake that
# changes ("Vodafone's stake in Verizon Wireless rose to 55 per cent") stays news.
one "Vodafone's minority stake in Verizon Wireless has caused friction with its investors."
pycheck "a stake owned, as the subject" "
assert not of('investment') and not of('acquisition'), events"
one "Vodafone's stake in Verizon Wireless rose to 55 per cent."
pycheck "a stake owned that rose" "
assert of('investment', 'VOD'), events"
# A deal on a condition ("if BHP was allowed to acquire the producer") is none yet; "If
# approved, the acquisition would ..." (a comma between) is the news.
one "Saskatchewan could lose C\$2bn in royalties over the next decade if BHP Billiton was allowed to acquire Potash Corp."
pycheck "a deal on a condition" "
assert not of('acquisition'), events"
one "If approved, the acquisition of Potash Corp by BHP Billiton would create the largest fertiliser group."
pycheck "a deal whose approval is the condition" "
assert of('acquisition'), events"
# "has chosen South Korea's Hanseo Energy to supply battery cells": a supplier chosen, its
# contract's worth told the sentence after; rivals "considered but ruled out" or whose
# "discussions ended" are partnerships rejected, and "ruled out" is no verdict.
printf "Date: June 10, 2026\nVeltro Motors has chosen South Korea's Hanseo Energy to supply battery cells for its compact SUV. Veltro had been in advanced talks with U.S. startup Kestrel Power, but those discussions ended in April after the two sides could not agree on pricing. Chinese supplier Lianfeng was also considered but ruled out because of tariff rules. The contract is worth about \$3 billion over six years.\n" >"$TMP/chosen.txt"
dry "$TMP/chosen.txt" --model none
pycheck "a supplier chosen, rivals rejected" "
[c] = of('contract')
assert {x['id']: x['role'] for x in c['companies']} == {'hanseo-energy': 'supplier', 'veltro-motors': 'customer'}, c
assert c['data']['amount'] == 3000000000, c['data']
assert sorted(x['id'] for e in of('partnership_rejected') for x in e['companies']) == ['kestrel-power', 'lianfeng', 'veltro-motors', 'veltro-motors'], of('partnership_rejected')
assert not of('legal'), of('legal')"
# "Quanta AI", a name that begins with a known company's short form, is another company.
one "Orbis Systems Inc said it had completed its acquisition of Quanta AI, a Toronto-based developer of AI agents."
pycheck "a name longer than a known short form" "
[d] = of('acquisition')
assert sorted(c['id'] for c in d['companies']) == ['orbis-systems', 'quanta-ai'], d['companies']"
# "crowns" are the currency of the country the article names: Swedish, Norwegian, Danish.
printf 'Date: 2026-07-22\nSwedish carmaker Norvik AB said sales rose 12%% to 10.9 billion crowns.\nAnalysts at Danske Bank cut their price target on Norvik to 95 crowns from 130 crowns but kept a "hold" rating.\n' >"$TMP/crowns.txt"
dry "$TMP/crowns.txt" --model none
pycheck "crowns of the country named" "
[r] = of('rating_change')
assert r['data']['price_target'] == 95 and r['data']['currency'] == 'SEK', r['data']"
one "Harwick Corp cut their price target on the stock to 95 crowns from 130 crowns."
pycheck "crowns of no country named" "
assert all('price_target' not in e['data'] for e in of('rating_change')), of('rating_change')"
# "Norvik pulls 2026 delivery target": an outlook withdrawn.
one "Norvik AB pulls 2026 delivery target as factory fire halts production."
pycheck "an outlook pulled" "
[g] = of('guidance')
assert g['data']['direction'] == 'withdrawn' and g['data']['metric'] == 'deliveries', g['data']"
# "the airline lost 12 cents a share, worse than the 5-cent loss analysts had expected": the
# results told before missed.
printf 'Date: 2026-10-23\nSkybridge Airlines Inc posted a third-quarter net loss of $84 million. Excluding one-time items, the airline lost 12 cents a share, worse than the 5-cent loss analysts had expected.\n' >"$TMP/worse.txt"
dry "$TMP/worse.txt" --model none
pycheck "a loss worse than expected" "
[e] = of('earnings')
assert e['data'].get('versus_expectations') == 'miss', e['data']"
# "teams up with Tencent rival Hualong", "signed a strategic cooperation agreement", "still
# needs approval from China's Cyberspace Administration".
printf "Date: 2026-03-19\nZhenyu Technology Co teams up with Tencent rival Hualong on cloud AI. The partnership still needs approval from China's Cyberspace Administration.\n" >"$TMP/rival.txt"
dry "$TMP/rival.txt" --model none
pycheck "a rival named as partner, an approval needed" "
[p] = of('partnership')
assert sorted(c['id'] for c in p['companies']) == ['hualong', 'zhenyu-technology'], p['companies']
[r] = of('regulatory_filing')
assert r['data']['regulator'] == 'CAC' and len(r['companies']) == 2, r"
# Payouts other than a cash dividend are dividends: a stock dividend at a percentage ("a two pct
# stock dividend", its record date set), a distribution or payout of a kind or with an amount a
# share or unit ("a cash distribution of 25 cts per unit", "a special payout"), and the wire's
# rows "Qtrly div eight cts vs eight cts prior", "Qtly cash distribution 20 cts vs 20 cts
# prior", "Qtly div class B 13.5 cts vs 13.5 cts"; a payout received or a film distribution is
# none; "payable May 1" names the month, no speculation.
one "Vishay Intertechnology Inc said its board declared a five pct stock dividend, payable May 1 to holders of record on March 26."
pycheck "a stock dividend" "
[d] = of('dividend')
assert d['data']['action'] == 'declared', d['data']"
one "Integrated Circuits Inc said it set March 17 as the record date for its previously announced 10 pct stock dividend."
pycheck "a stock dividend's record date" "
assert of('dividend', 'integrated-circuits'), events"
one "Teeco Properties LP said it declared a cash distribution of 25 cts per unit, payable April 10."
pycheck "a cash distribution per unit" "
[d] = of('dividend')
assert d['data']['amount_per_share'] == 0.25, d['data']"
one "Bellwood Corp said its board declared a special payout of 1.50 dlrs a share."
pycheck "a special payout" "
[d] = of('dividend')
assert d['data']['action'] == 'special' and d['data']['amount_per_share'] == 1.5, d['data']"
one "Bellwood Corp raised its quarterly payout to 25 cts a share from 20 cts."
pycheck "a quarterly payout raised" "
[d] = of('dividend')
assert d['data']['action'] == 'raised', d['data']"
one "Harwick Telecom will get a \$4.5bn payout from Corvane Mobile in January."
pycheck "a payout received" "
assert not of('dividend'), events"
one "Bellwood Corp said it signed a film distribution agreement with Carrick Tools Inc for 20 mln dlrs."
pycheck "a film distribution" "
assert not of('dividend'), events"
printf 'Date: 16-MAR-1987 15:50:58.27\nAFFILIATED PUBLICATIONS INC <AFP> SETS PAYOUT\nBOSTON, March 16 - Qtrly div eight cts vs eight cts prior\n    Pay June 1\n    Record May 15\n Reuter\n' >"$TMP/qtrly.txt"
dry "$TMP/qtrly.txt" --model none
pycheck "a Qtrly div row" "
assert [e['data']['amount_per_share'] for e in of('dividend')] == [0.08], events"
printf 'Date: 17-MAR-1987 16:29:01.54\nTURNER EQUITY INVESTORS INC <TEQ> PAYOUT\nTAMPA, Fla., March 17 - Qtly cash distribution 20 cts vs 20 cts prior\n    Pay April eight\n    Record March 27\n Reuter\n' >"$TMP/qdist.txt"
dry "$TMP/qdist.txt" --model none
pycheck "a Qtly cash distribution row" "
assert [e['data']['amount_per_share'] for e in of('dividend')] == [0.2], events"
printf 'Date: 13-MAR-1987 16:10:59.71\nGENERAL CINEMA CORP <GCN> CLASS B DIVIDEND\nCHESTNUT HILL, Mass., March 13 - Qtly div class B 13.5 cts vs 13.5 cts\n    Pay April 30\n Reuter\n' >"$TMP/qclass.txt"
dry "$TMP/qclass.txt" --model none
pycheck "a row of a class in lower case" "
assert [e['data']['amount_per_share'] for e in of('dividend')] == [0.135], events"
# A split is one of stock when its ratio comes right before it ("a three-for-two split of its
# common stock") or a few words after it ("would be split five-for-one", "split its shares
# two-for-one"), as after "stock"; a bonus issue is one too, its ratio new shares for those held
# ("a one-for-five bonus share issue": five become six). A split vote is none.
one "Bellwood Corp said its board declared a three-for-two split of its common stock."
pycheck "a ratio before 'split'" "
[x] = of('stock_split')
assert (x['data']['ratio_from'], x['data']['ratio_to']) == (2, 3), x['data']"
one "Bellwood Corp said existing certificates would be split five-for-one."
pycheck "a ratio after 'split'" "
[x] = of('stock_split')
assert (x['data']['ratio_from'], x['data']['ratio_to']) == (1, 5), x['data']"
one "Bellwood Corp said it is planning a one-for-five bonus share issue."
pycheck "a bonus issue" "
[x] = of('stock_split')
assert (x['data']['ratio_from'], x['data']['ratio_to'], x['data']['reverse']) == (5, 6, False), x['data']"
one "Bellwood Corp said the vote was split, with three of five directors in favour."
pycheck "a split vote" "
assert not of('stock_split'), events"
one "Norstar holders will receive 1.2 Fleet shares for each one of theirs following Fleet's previously announced two-for-one split."
pycheck "a split gone before" "
assert not of('stock_split'), events"
# Results told in full, net income and earnings a share both as figures, are a report wherever
# the article tells them: a detector that drops every other earnings event keeps them.
printf 'seismo-model\t1\nhash\tfnv1a\t18\t1\nlabel\tearnings\t-20\t0.9\t0.9\t1\nrows\t0\n' >"$TMP/dropall.tsv"
printf 'sha256\t%s\n' "$(sha256sum "$TMP/dropall.tsv" | cut -d' ' -f1)" >>"$TMP/dropall.tsv"
printf 'Date: 16-MAR-1987 10:44:21.36\nBELLWOOD ELECTRONICS <BWDE> SEES ORDERS OFF\nTULSA, Okla., March 16 - Bellwood Electronics Inc said orders in the third and fourth quarter may not be comparable to the first two quarters.\n    For the six months ended Jan 31, the company reported net income almost tripled to 951,000 dlrs or 34 cts a share as sales rose 38 pct to 20.6 mln dlrs.\n Reuter\n' >"$TMP/fullres.txt"
dry "$TMP/fullres.txt" --model "$TMP/dropall.tsv"
pycheck "results in full are not judged" "
[e] = of('earnings')
assert metrics(e)['eps']['value'] == 0.34, e['data']"
printf 'Date: 16-MAR-1987 10:44:21.36\nBELLWOOD ELECTRONICS <BWDE> SEES ORDERS OFF\nTULSA, Okla., March 16 - Bellwood Electronics Inc said orders in the third and fourth quarter may not be comparable to the first two quarters.\n    For the six months ended Jan 31, the company said sales rose 38 pct to 20.6 mln dlrs.\n Reuter\n' >"$TMP/partres.txt"
dry "$TMP/partres.txt" --model "$TMP/dropall.tsv"
pycheck "sales alone are judged" "
assert not of('earnings'), events"
# Pretax results written as one word or in the plural ("pretax profits", "pretax earnings",
# "pretax loss") are the pretax metric; a figure set against the one it changed from ("a rise in
# pretax profits to 164.1 mln stg from 136.0 mln") is a result outside a sentence about results.
one "Bellwood Corp reported a rise in pretax profits to 164.1 mln stg from 136.0 mln."
pycheck "pretax profits from a prior figure" "
[e] = of('earnings')
assert metrics(e)['pretax_income']['value'] == 164100000, e['data']"
one "Bellwood Corp said its pretax loss for the year widened to 12.5 mln dlrs."
pycheck "a pretax loss" "
[e] = of('earnings')
assert metrics(e)['pretax_income']['value'] == -12500000, e['data']"
# An item inside the results ("net income for the year includes a gain of 4.5 mln dlrs", "an
# extraordinary gain of 2.1 mln dlrs", "after a charge of about 12 mln dlrs") is no figure of the
# metric before it.
one "Bellwood Corp said its net income for the year includes a gain of 4.5 mln dlrs from the sale of a unit."
pycheck "a gain the net income includes" "
assert not [m for e in of('earnings') for m in e['data']['metrics'] if m.get('value') == 4500000], events"
one "Bellwood Corp said net income for the quarter included an extraordinary gain of 2.1 mln dlrs, or eight cts a share, from tax loss carryforwards."
pycheck "an extraordinary gain" "
assert not [m for e in of('earnings') for m in e['data']['metrics'] if m.get('value') == 2100000], events"
one "Bellwood Corp said fourth quarter net income rose to 12.5 mln dlrs from 8.1 mln dlrs, including a gain of 4.5 mln dlrs."
pycheck "the figure before the gain" "
[e] = of('earnings')
assert metrics(e)['net_income']['value'] == 12500000, e['data']"
# A month's, part of a month's or a few weeks' figures ("sales for November", "sales in the four
# weeks ended November 28", "sales for the week ended", "in the November 1-10 period") are no
# results of a reporting period, only a change of the metric; "the March quarter" and "the 53
# weeks to January 3" are. An airline's "revenue passenger miles" are traffic, no revenue.
one "Bellwood Corp said sales in the four weeks ended November 28 rose 5.2 pct to 120 mln dlrs."
pycheck "four weeks' sales" "
assert not of('earnings') and of('metric_change'), events"
one "Bellwood Corp said its sales for November increased 12 pct over the same period last year."
pycheck "a month's sales" "
assert not of('earnings'), events"
one "Bellwood Corp said its sales of domestic-built cars in the November 1-10 period declined to 97,487 from 104,952 a year ago while truck sales rose 14.4 pct to 40,131."
pycheck "part of a month" "
assert not of('earnings'), events"
one "Bellwood Corp said sales in the 53 weeks to November 3 rose 5.2 pct to 1.2 billion dlrs."
pycheck "53 weeks are a year" "
assert of('earnings'), events"
one "Bellwood Corp said net profit in the September quarter rose 12 pct to 45 mln dlrs."
pycheck "a quarter named by its month" "
assert of('earnings'), events"
one "Bellwood Corp said operating profit for the April-June quarter fell to 412 billion yen from 521 billion yen."
pycheck "a quarter named by its months" "
assert of('earnings'), events"
one "For the year to date, Bellwood Airlines said revenue passenger miles rose 12 pct to 20.6 mln."
pycheck "revenue passenger miles" "
assert not of('earnings'), events"
# A deal named as a recent thing ("the recent sale of its Fairey Engineering companies ... was
# part of its policy") or told in the perfect with "recently" after it ("has sold operations in a
# number of countries recently") is background; "said it recently acquired" stays news.
one "Pellham Plc said the recent sale of its Fairey Engineering companies, in a 51.5 mln stg management buy-out, was part of its policy of concentrating on four key sectors."
pycheck "a recent sale" "
assert not of('acquisition'), events"
one "Bellwood Bank has sold operations in a number of countries recently, including Italy and Sri Lanka."
pycheck "sold ... recently" "
assert not of('acquisition'), events"
one "Bellwood Corp said it recently acquired Carrick Tools Inc for 12 mln dlrs."
pycheck "recently acquired" "
assert of('acquisition', 'carrick-tools'), events"
# Wire dividend rows without the usual kind and word: "Qtrly 42 cts vs 42 cts prior" (a kind and
# a figure set against a prior one), "Dividend 34 cts vs 34 cts previously" (no kind), "Semi-annual
# div from income of 7.3 cts vs 1.0 cent", "Interim income dividend 20 cts", "Qtly div common 2-1/2
# cts", a row that ends the sentence ("Semi-annual dividend 4 cts"). A distribution with its
# amount a share before it ("a 5 ct per share distribution"), and "May" written as the month
# inside a sentence ("4 cts for May").
printf 'Date: 6-MAR-1987 10:00:00.00\nBELLWOOD CORP <BWD> SETS QTRLY PAYOUT\nWARREN, N.J., March 6 - Qtrly 42 cts vs 42 cts prior\n    Pay April 7\n Reuter\n' >"$TMP/bare.txt"
dry "$TMP/bare.txt" --model none
pycheck "a row with no dividend word" "
assert [e['data']['amount_per_share'] for e in of('dividend')] == [0.42], events"
printf 'Date: 11-MAR-1987 10:00:00.00\nBELLWOOD CORP <BWD> SETS QUARTERLY\nNEW YORK, March 11 - Dividend 34 cts vs 34 cts previously\n    Pay April 15\n Reuter\n' >"$TMP/nokind.txt"
dry "$TMP/nokind.txt" --model none
pycheck "a row with no kind" "
assert [e['data']['amount_per_share'] for e in of('dividend')] == [0.34], events"
printf 'Date: 2-MAR-1987 10:00:00.00\nBELLWOOD TRUST <BWT> DIVIDEND INCREASED\nBOSTON, March 2 - Semi-annual div from income of 7.3 cts vs 1.0 cent in prior period\n    Payable March 27\n Reuter\n' >"$TMP/income.txt"
dry "$TMP/income.txt" --model none
pycheck "a dividend from income" "
[d] = of('dividend')
assert d['data']['amount_per_share'] == 0.073 and d['data']['action'] == 'raised', d['data']"
printf 'Date: 9-MAR-1987 10:00:00.00\nBELLWOOD CORP <BWD> SEMI-ANNUAL DIVIDEND\nCOSTA MESA, Calif., March 9 - Semi-annual dividend 4 cts\n    Pay May 29\n Reuter\n' >"$TMP/semi.txt"
dry "$TMP/semi.txt" --model none
pycheck "a row ending the sentence" "
assert [e['data']['amount_per_share'] for e in of('dividend')] == [0.04], events"
one "OKC Limited Partnership said it will make a 5 ct per share distribution to unitholders."
pycheck "a distribution with its amount before it" "
[d] = of('dividend')
assert d['data']['amount_per_share'] == 0.05, d['data']"
one "PMI Fund Inc said its board declared monthly dividends of 6 cts for April, 4 cts for May, 5 cts for June."
pycheck "May as a month" "
assert of('dividend'), events"
one "Bellwood Corp said it may raise its dividend."
pycheck "may as a verb" "
assert not of('dividend'), events"
one "Maryland National said American Security shareholders will be entitled to receive the 32-1/2 ct per share Maryland National regular quarterly dividend that is payable March 31."
pycheck "a dividend holders are entitled to" "
assert not of('dividend'), events"
# Results tables of other markets: figures in pence ("Shr 5.95p vs 4.41p") or with a currency
# word ("Net profit 35.4 billion won vs 34.2 billion"), pretax rows ("Pre-tax profit 11.6 mln vs
# 9.1 mln", "Pretax profit 30.12 mln stg vs 12.40 mln") and turnover rows; a large figure is
# rounded to units ("4,214.9 billion" is 4214900000000).
printf 'Date: 11-MAR-1987 10:00:00.00\nBELLWOOD GROUP PLC <BWD.L> 27 WEEKS TO JANUARY 3\nLONDON, March 11 - Shr 5.95p vs 4.41p\n    Pre-tax profit 11.6 mln vs 9.1 mln\n    Turnover 256.3 mln vs 185.3 mln\n Reuter\n' >"$TMP/pence.txt"
dry "$TMP/pence.txt" --model none
pycheck "a table in pence" "
[e] = of('earnings')
m = metrics(e)
assert m['eps']['value'] == 0.0595 and m['eps']['currency'] == 'GBP' and m['pretax_income']['value'] == 11600000 and m['revenue']['prior'] == 185300000, e['data']"
printf 'Date: 2-MAR-1987 10:00:00.00\nBELLWOOD CORP <BWD.SE> CALENDAR 1986\nSEOUL, March 2 - Net profit 35.4 billion won vs 34.2 billion\n    Sales 4,214.9 billion won vs 3,779.2 billion\n REUTER\n' >"$TMP/won.txt"
dry "$TMP/won.txt" --model none
pycheck "a table in won" "
[e] = of('earnings')
m = metrics(e)
assert m['net_income']['currency'] == 'KRW' and m['revenue']['value'] == 4214900000000, e['data']"
# The results of a part of the company, told by the part's own verb ("its German operations had
# a loss of 4.0 mln dlrs on sales of 6.2 mln dlrs", "its German unit posted a loss"), are none of
# the company's; "X, which sold its German operations, posted a loss" is the company's.
one "Intertan Inc said its German operations had a fiscal 2025 loss of 4.0 mln dlrs on sales of 6.2 mln dlrs."
pycheck "a part's results" "
assert not of('earnings'), events"
one "Intertan Inc said its German unit posted a loss of 4.0 mln dlrs in the quarter."
pycheck "a unit's loss" "
assert not of('earnings'), events"
one "Intertan Inc, which sold its German operations, posted a quarterly loss of 4.0 mln dlrs."
pycheck "the company's loss after a relative clause" "
assert of('earnings'), events"
# "For the full year" names the year's results, not the quarter an earlier sentence named.
printf 'Date: 17-MAR-1987 13:07:39.67\nBELLWOOD STORES <BWS> CITES WEAK ECONOMIES\nHOUSTON, March 17 - Bellwood Stores Inc said earnings for the fourth quarter ended January 31 were affected by the weak economies of Texas.\n    For the full year, Bellwood net earnings fell to 2,664,000 dlrs or 45 cts a share, from 8,536,000 dlrs or 1.40 dlrs a share.\n Reuter\n' >"$TMP/fullyear.txt"
dry "$TMP/fullyear.txt" --model none
pycheck "for the full year" "
[e] = [e for e in of('earnings') if 'net_income' in metrics(e)]
assert e['data']['period'].startswith('FY'), e['data']"
# A dividend changed in the passive ("the interim dividend is lifted 12.3 per cent", "its dividend
# was cut to 10 pence a share").
one "Tesco said the interim dividend is lifted 12.3 per cent to 4.37p."
pycheck "a dividend lifted" "
[d] = of('dividend')
assert d['data']['action'] == 'raised' and d['data']['change_percent'] == 12.3, d['data']"
one "Tesco said its dividend was cut to 10 pence a share."
pycheck "a dividend cut in the passive" "
[d] = of('dividend')
assert d['data']['action'] == 'cut', d['data']"
# A headline in mixed case that names a company short ("Harbor Dental agrees to be bought by
# Crestline") names the one the body names in full; a wire headline in capitals may name a
# parent beside its unit, so it does not.
printf 'Date: May 12, 2026\nHarbor Dental agrees to be bought by Crestline for $24 a share.\nHarbor Dental Group Inc. said on Tuesday it had agreed to be acquired by private equity firm Crestline Capital in an all-cash deal valued at about $1.9 billion.\n' >"$TMP/short.txt"
dry "$TMP/short.txt" --model none
pycheck "a headline's short names" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'crestline-capital': 'acquirer', 'harbor-dental-group': 'target'}, d['companies']
assert d['data']['amount'] == 1900000000, d['data']"
# "reduce its headcount by about 1,000 positions, or roughly 7% of its global workforce".
one "Pixelgate Inc said on Wednesday it would reduce its headcount by about 1,000 positions, or roughly 7% of its global workforce."
pycheck "a headcount reduced by a count" "
[w] = of('workforce')
assert w['data']['headcount'] == 1000 and w['data']['percent'] == 7, w['data']"
# "affirmed Sentry's A2 insurance financial strength rating": words of which rating between.
one "Moody's affirmed Sentry Mutual Holdings' A2 insurance financial strength rating."
pycheck "a rating named by its kind" "
[r] = of('rating_change')
assert r['data']['rating_to'] == 'A2' and r['data']['action'] == 'reiterate' and r['data']['kind'] == 'credit', r['data']"
# "posted a $310 million quarterly loss", "$4.9 billion in revenue": the figure before the
# metric.
one "Fenwick Airlines Inc posted a \$310 million quarterly loss."
pycheck "a figure before its metric" "
[e] = of('earnings')
assert e['data']['metrics'][0]['metric'] == 'net_income' and e['data']['metrics'][0]['value'] == -310000000, e['data']"
# A stake bought from its holder named after it ("bought the 50 pct interest of X held by Y",
# "to acquire the 50 pct stake in X owned by Y"): the holder sells.
one "Bellwood Corp said it bought the 50 pct interest of Carrick Tools Ltd held by Harwick Holdings PLC, making the unit a wholly owned subsidiary."
pycheck "a stake of a company held by its seller" "
[d] = of('investment')
r = sorted((c['id'], c['role']) for c in d['companies'])
assert r == [('bellwood', 'investor'), ('carrick-tools', 'investee'), ('harwick-holdings', 'seller')], r"
one "Bellwood Corp agreed to acquire the 50 pct stake in Carrick Tools Ltd owned by Harwick Holdings PLC."
pycheck "a stake in a company owned by its seller" "
[d] = of('investment')
assert ('harwick-holdings', 'seller') in [(c['id'], c['role']) for c in d['companies']], d['companies']"
# A holder that sells its stake in the company speaking, the stake's words naming no company
# ("X said Y has sold its 1,500,000 shares, a 44 pct interest, to Z"): Z invests in X, Y sells.
one "Bellwood Corp said Carrick Tools Inc has sold its 1,500,000 Bellwood shares, a 44 pct interest, to a group consisting of Harwick Holdings Inc and Pellmore Brands Inc."
pycheck "a holder's stake in the company speaking sold" "
[d] = of('investment')
r = sorted((c['id'], c['role']) for c in d['companies'])
assert r == [('bellwood', 'investee'), ('carrick-tools', 'seller'), ('harwick-holdings', 'investor')], r
assert d['data'].get('stake_percent') == 44, d['data']"
# The detector guesses no deal for an article whose title and first sentence name none
# ("GETS FUNDING", "CALLS PREFERRED"); a title that tells one keeps the guess. A model that
# emits a deal for almost any article shows it.
"$SEISMO" model train -o "$TMP/emit.tsv" --labels fixtures/model/labels.tsv --types acquisition,earnings \
    --l2 --c 100 --threshold acquisition=0.3:0.8:0.0001 >/dev/null 2>&1
printf 'Date: 13-MAR-1987 17:03:29.26\nHALBROOK HEALTH <HLBK> GETS FUNDING\nAUSTIN, Tex., March 13 - Halbrook Health Inc said it completed two financial transactions with a real estate investment trust.\n    It said the funds will be used to repay debt.\n' >"$TMP/funding.txt"
dry "$TMP/funding.txt" --model "$TMP/emit.tsv"
pycheck "no deal guessed under a title and lead that name none" "
assert not of('acquisition') and not of('investment'), events"
printf 'Date: 13-MAR-1987 17:03:29.26\nHALBROOK HEALTH <HLBK> IN TALKS ON BUYOUT\nAUSTIN, Tex., March 13 - Halbrook Health Inc said it is in talks with a group it did not identify.\n' >"$TMP/buyout.txt"
dry "$TMP/buyout.txt" --model "$TMP/emit.tsv"
pycheck "a deal guessed under a title that tells one" "
assert of('acquisition'), events"
# A sale whose price or time stands in commas before its object ("approved the sale, for about
# 240 mln dlrs, of its industrial products division to X") reads as "the sale of".
one "Bellwood Corp said its directors approved the sale, for about 240 mln dlrs, of its industrial products division to a New York-based private investment firm, Harwick Holdings Inc."
pycheck "a sale with its price in commas" "
[d] = of('acquisition')
r = sorted((c['id'], c['role']) for c in d['companies'])
assert r == [('bellwood', 'seller'), ('harwick-holdings', 'acquirer')], r"
# An agreement with a company for the sale of a business ("signed a letter of intent with X, a
# subsidiary of Y, for the sale of its Z business"): X buys, the company speaking sells.
one "Bellwood Corp said it signed a letter of intent with Harwick Holdings Inc, a wholly-owned subsidiary of <Carrick Tools Inc>, for the sale of its Cambridge, Ohio, business."
pycheck "an agreement with the buyer for a sale" "
[d] = of('acquisition')
r = {c['id']: c['role'] for c in d['companies']}
assert r.get('harwick-holdings') == 'acquirer' and r.get('bellwood') == 'seller', r"
# The first two words of a longer name found before stand for its company ("Mark IV" after
# Mark IV Industries Inc); not a place that opens a name ("New York" of New York Times Co).
printf 'Date: 2026-12-01\nBellwood Corp said a court barred Mark IV Industries Inc from further purchases of its stock. The company said Mark IV currently owns 17.6 pct of its stock and has indicated that it may attempt to acquire Bellwood.\n' >"$TMP/short2.txt"
dry "$TMP/short2.txt" --model none
pycheck "a two-word short form" "
assert of('acquisition', 'mark-iv-industries'), [(e['type'], e['companies']) for e in events]"
printf 'Date: 2026-12-01\nNew York Times Co said it agreed to buy Bellwood Corp. Shares of New York companies rose.\n' >"$TMP/short2b.txt"
dry "$TMP/short2b.txt" --model none
pycheck "a place that opens a name is no short form" "
assert all(len([c for c in e['companies'] if c['id'] == 'new-york-times']) <= 1 for e in events)
assert len([e for e in events if e['source']['sentence'].startswith('Shares')]) == 0, events"
# Newspapers, banks, hospitals, hotels, restaurants and stores are businesses, not goods: a
# count of them bought is a deal with its buyer alone, and stores sold to a buyer a sale.
one "Bellwood Corp said its publishing unit acquired three community newspapers in Winnipeg for undisclosed terms."
pycheck "a count of newspapers bought" "
[d] = of('acquisition')
assert [c['role'] for c in d['companies']] == ['acquirer'], d['companies']"
one "Bellwood Corp said recent talks to sell 65 remaining variety stores and their underlying real estate to Harwick Holdings Inc have ended."
pycheck "stores sold to a buyer" "
[d] = of('acquisition')
r = {c['id']: c['role'] for c in d['companies']}
assert r == {'harwick-holdings': 'acquirer', 'bellwood': 'seller'}, r"
one "Bellwood Corp bought two cars."
pycheck "a count of goods is still no deal" "
assert not of('acquisition'), events"
# A month gone by read past "early", "late" or "mid" ("In early October X sold its stake",
# told in December): a past deal told as background.
one "In early October Harwick Holdings Inc sold its 34.2 pct stake in Bellwood Corp to Carrick Tools Inc and resigned from the board."
pycheck "a deal in early October told in December" "
assert not of('investment') and not of('acquisition'), events"
one "In mid-November Harwick Holdings Inc sold its 34.2 pct stake in Bellwood Corp to Carrick Tools Inc."
pycheck "a deal in mid-November told in December" "
assert not of('investment') and not of('acquisition'), events"
# Talks with a company about the purchase of its part ("holding discussions with Philips
# Electronics regarding the purchase of Philips' broadcast transmission unit in the United
# Kingdom, Pye TVT Limited"): the company speaking buys the part, the one talked with sells,
# past the words of its name the mention leaves ("Electronics").
one "Bellwood Corp said it is holding discussions with Philips Electronics regarding the purchase of Philips' broadcast transmission unit in the United Kingdom, Carrick Tools Limited."
pycheck "talks with the seller about its part" "
r = [{(c['id'], c['role']) for c in e['companies']} for e in of('acquisition')]
assert {('bellwood', 'acquirer'), ('carrick-tools', 'target'), ('PHG', 'seller')} in r, r"
# A title that tells a deal by its verb ("FIRST BANK AGREES TO SELL ANOTHER BANK"): the deal the
# rules read in the lead after it is kept, whatever the detector thinks of it; under a title
# that tells none, a model that keeps nothing drops it. (A model with keep thresholds of 0.99.)
"$SEISMO" model train -o "$TMP/keep.tsv" --labels fixtures/model/labels.tsv --types acquisition,earnings \
    --l2 --c 100 --threshold acquisition=0.99:0.99:1 >/dev/null 2>&1
printf 'Date: 16-MAR-1987 16:13:19.57\nBELLWOOD BANCORP <BWB> AGREES TO SELL ANOTHER BANK\nMINNEAPOLIS, March 16 - Bellwood Bancorp said it has found a potential buyer for its bank in Luverne.\n    The bank holding company said Harwick Holdings Co, a corporation controlled by a family, will buy Carrick Savings Bank Inc.\n' >"$TMP/sellbank.txt"
dry "$TMP/sellbank.txt" --model "$TMP/keep.tsv"
pycheck "a deal in the lead under a title that tells one" "
assert of('acquisition', 'harwick-holdings'), events"
sed 's/AGREES TO SELL ANOTHER BANK/NAMES NEW CHAIRMAN/' "$TMP/sellbank.txt" >"$TMP/chairbank.txt"
dry "$TMP/chairbank.txt" --model "$TMP/keep.tsv"
pycheck "the same deal under a title that tells none is judged" "
assert not of('acquisition', 'harwick-holdings'), events"
# A participle of purchase after a determiner describes a noun ("through the acquired access to
# PNC's product lines", "its newly acquired unit"): no purchase is told by it.
one "Moody's Investors Service Inc said the merger should strengthen the bank's earnings potential through the acquired access to Bellwood Corp's product lines."
pycheck "'the acquired access' buys nothing" "
assert not of('acquisition') and not of('investment'), events"
# No deal is guessed for a rating story: the deal it names is the rating's reason ("raised
# ... because its parent has merged into"). (The model of emit.tsv guesses a deal for almost any
# article.)
printf "Date: 16-MAR-1987 14:42:16.51\nCARRICK FINANCIAL <CKF> UNIT UPGRADED BY MOODY'S\nNEW YORK, March 16 - Moody's Investors Service Inc said it raised to Aa-2 from Aa-3 the long-term deposit obligations of Bellwood Bank and Trust Co because its parent, Bellwood Corp, has merged into Carrick Financial Corp.\n" >"$TMP/rated.txt"
dry "$TMP/rated.txt" --model "$TMP/emit.tsv"
pycheck "no deal guessed for a rating story" "
assert of('rating_change') and not of('acquisition') and not of('investment'), [(e['type'], e['companies']) for e in events]"
# A headline in mixed case names companies by the first word of the body's names ("Kestrel
# Bio licenses cancer drug to Novaris" over "Kestrel Biosciences said"); a company named as a
# likeness ("Paramount-style studio Silverline") is none; "licenses" a drug is a partnership.
printf 'Date: June 18, 2026\nKestrel Bio licenses cancer drug to Novaris in deal worth up to $2.1 billion.\nKestrel Biosciences said it had granted Swiss drugmaker Novaris exclusive global rights to its drug.\n' >"$TMP/lic.txt"
dry "$TMP/lic.txt" --model none
pycheck "a licence told in a headline" "
[p] = of('partnership')
assert sorted(c['id'] for c in p['companies']) == ['kestrel-biosciences', 'novaris'], p['companies']"
printf 'Date: August 4, 2026\nParamount-style studio Silverline in talks to merge with Orchid Media, sources say.\nSilverline Studios is in advanced talks to merge with Orchid Media Group in an all-stock deal.\n' >"$TMP/likeness.txt"
dry "$TMP/likeness.txt" --model none
pycheck "a likeness is no company" "
assert all(c['id'] != 'PARA' for e in events for c in e['companies']), events
[d] = of('acquisition')
assert sorted(c['id'] for c in d['companies']) == ['orchid-media-group', 'silverline-studios'], d['companies']"

# "Alex." is a first name cut short, not a sentence's end; the company that engaged an
# adviser to explore "a sale of the company" is what is sold, not the adviser
one "Privately-held Pantry Inc, which operates 477 convenience stores, said it has engaged Alex. Brown and Sons Inc to explore a possible sale of the company."
pycheck "an adviser engaged to explore a sale" "
[d] = of('acquisition')
assert [c['id'] for c in d['companies'] if c['role'] == 'target'] == ['pantry'], d['companies']
assert d['source']['sentence'].startswith('Privately-held Pantry'), d['source']['sentence']"


# An offer the company received is for the company itself: it is the target, the bidder the
# company named after "from", else unnamed; a rejected one is rejected
printf 'Date: 17-MAR-1987\nSpendthrift Farm Inc said it has received three tentative proposals to acquire control of the company.\n' >"$TMP/recv1.txt"
dry "$TMP/recv1.txt" --model none
pycheck "proposals received to acquire control of the company" "
[d] = of('acquisition')
assert [(c['id'], c['role']) for c in d['companies']] == [('spendthrift-farm', 'target')], d['companies']"
printf 'Date: 17-MAR-1987\nHarlow Industries Inc said it has rejected an offer to acquire the company for 18 dlrs a share from Pellam Holdings Corp.\n' >"$TMP/recv2.txt"
dry "$TMP/recv2.txt" --model none
pycheck "an offer received from a named bidder, rejected" "
[d] = of('acquisition')
roles = sorted((c['role'], c['id']) for c in d['companies'])
assert roles == [('acquirer', 'pellam-holdings'), ('target', 'harlow-industries')], roles
assert d['data']['status'] == 'rejected', d['data']"

# A hyphenated first name is one word of a person's name; a buyer after "a consortium led by"
# and a description in lower case is the buyer, not the thing sold
one "Corvane Systems named Jean-Pascal Moreau as its new chief executive officer, effective March 18."
pycheck "a hyphenated first name" "
[e] = of('executive_change', 'corvane-systems')
assert e['data']['person'] == 'Jean-Pascal Moreau', e['data']"
one "Halvern Foods said it would sell its frozen desserts business, which includes Polar Crest, to a consortium led by private equity firm Ashgrove Partners."
pycheck "a sale to a consortium led by a described firm" "
[d] = of('acquisition')
roles = {c['id']: c['role'] for c in d['companies']}
assert roles.get('ashgrove-partners') == 'acquirer' and roles.get('halvern-foods') == 'seller', roles
assert len(of('acquisition')) == 1, of('acquisition')"

one "Corbell Capital agreed to buy Ardent Telecom's fixed-line network for \$2 billion."
pycheck "a company's network bought: the company sells" "
[d] = of('acquisition')
roles = sorted((c['role'], c['id']) for c in d['companies'])
assert roles == [('acquirer', 'corbell-capital'), ('seller', 'ardent-telecom')], roles"

# The first buyback word of a clause anchors it, a phrase as much as a word: a later
# "repurchases" took the amount and the verb out of reach
one "Kestrel Energy said on Thursday it would buy back \$3.5 billion of its shares over the next three months, keeping the pace of its repurchases unchanged."
pycheck "a buyback phrase before a later buyback word" "
[b] = of('buyback', 'kestrel-energy')
assert b['data'] == {'action': 'authorized', 'amount': 3.5e9, 'currency': 'USD'}, b['data']"

# A title that tells a forecast, with the outlook the rules read, reports no results
# (the eager model: the veto alone decides)
printf 'Orlen Electronics expects second-quarter operating profit to rise more than 15-fold from a year earlier.\n' >"$TMP/forecast.txt"
dry "$TMP/forecast.txt" --model "$TMP/eager.tsv"
pycheck "a forecast in a title is no earnings report" "
assert of('guidance', 'orlen-electronics'), events
assert not of('earnings'), of('earnings')"

one "Veltrix Software will invest \$2.9 billion over the next two years to expand its cloud computing and artificial intelligence infrastructure in Japan, the company said on Wednesday."
pycheck "infrastructure expanded is a facility" "
[f] = of('facility', 'veltrix-software')
assert f['data'] == {'action': 'expand', 'location': 'Japan'}, f['data']"

# "National", "Federal" and "New" open a name one word long before its suffix too, in the
# body and at a sentence's start (they were cut off: "National Semiconductor Corp" gave
# "Semiconductor")
one "Harwell Corp agreed to buy National Borvex Corp for \$1 billion."
pycheck "a name opened by National, after a verb" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'harwell': 'acquirer', 'national-borvex': 'target'}, d['companies']"
one "Federal Quorin Corp said it agreed to buy Harwell Corp."
pycheck "a name opened by Federal, at a sentence's start" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'federal-quorin': 'acquirer', 'harwell': 'target'}, d['companies']"

one "Emerson Tool launched a hostile bid for National Quorvex after the company rejected its approach."
pycheck "a name opened by National without a suffix" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'emerson-tool': 'acquirer', 'national-quorvex': 'target'}, d['companies']"

# Stock a buyer pays with is not stock it buys ("will pay \$26 billion in cash and stock for X")
one "Harrowgate Energy will pay \$26 billion in cash and stock for Tallis Oil Resources, a privately held oil producer."
pycheck "a deal paid in cash and stock" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'harrowgate-energy': 'acquirer', 'tallis-oil-resources': 'target'}, d['companies']
assert d['data']['amount'] == 26e9, d['data']"

one "Swiss drugmaker Novartis agreed to acquire U.S.-based Quillmark Bio for 2.7 billion euros."
pycheck "a target after where it is based" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'NVS': 'acquirer', 'quillmark-bio': 'target'}, d['companies']"

# An offer in a possessive: its company bids for the one that rejected, received or weighs it
one "Lorrimer Mining rejected Tasgold Group's \$39 billion takeover proposal, saying it undervalued the company."
pycheck "a takeover proposal in a possessive, rejected" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'tasgold-group': 'acquirer', 'lorrimer-mining': 'target'}, d['companies']
assert d['data']['status'] == 'rejected' and d['data']['amount'] == 39e9, d['data']"

one "Corvex Health and Halden Insurance are in advanced talks to combine, people familiar with the matter said."
pycheck "two companies in talks to combine" "
[d] = of('acquisition')
assert sorted((c['role'], c['id']) for c in d['companies']) == [('party', 'corvex-health'), ('party', 'halden-insurance')], d['companies']
assert d['data']['status'] == 'talks', d['data']"

one "Tasker Oil shareholders approved the company's sale to Marbury Energy on Tuesday."
pycheck "the company's sale: the company is sold" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'marbury-energy': 'acquirer', 'tasker-oil': 'target'}, d['companies']"

# A deal dropped is terminated, its parties named ("will not proceed with its proposed
# acquisition of X" named no target: "will not" alone read it as no deal)
wire "Unitrode Corp said it will not proceed with its proposed acquisition of Sipex Corp."
pycheck "a deal not proceeded with" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'unitrode': 'acquirer', 'sipex': 'target'}, d['companies']
assert d['data']['status'] == 'terminated', d['data']"
wire "Unitrode Corp said it has dropped plans to acquire Sipex Corp."
pycheck "plans dropped" "
[d] = of('acquisition')
assert d['data']['status'] == 'terminated', d['data']"

# "X said Y has offered to buy it": "it" is the company speaking, bid for at a price a share
wire "Bolton Inc said Amdura Corp has offered to buy it for 30 dlrs a share."
pycheck "an offer to buy it, the company speaking" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'amdura': 'acquirer', 'bolton': 'target'}, d['companies']"
wire "Thomas and Betts Corp said a court directed a unit of Litton Industries <LIT> to pay it 5,781,711 dlrs in damages for patent violations."
pycheck "damages paid to it are no purchase" "
assert not of('acquisition'), of('acquisition')"

# "Goldman, Sachs and Co", as the wire wrote it, is Goldman Sachs (it gave a company "Sachs")
wire "Goldman, Sachs and Co told the Securities and Exchange Commission it sold its entire stake in Orvell Corp."
pycheck "Goldman, Sachs and Co" "
ids = {c['id'] for e in events for c in e['companies']}
assert 'GS' in ids and 'sachs' not in ids, ids"

wire "Amdura Corp said it purchased Bolton Inc from its parent, Carlyle Industries Corp."
pycheck "bought from its parent, named in an appositive" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'amdura': 'acquirer', 'bolton': 'target', 'carlyle-industries': 'seller'}, d['companies']"

wire "The Bolton Valve unit of Carlyle Industries Corp was sold to Amdura Corp for 40 mln dlrs."
pycheck "a company's unit sold, told in the passive" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'amdura': 'acquirer', 'bolton-valve': 'target', 'carlyle-industries': 'seller'}, d['companies']"

one "Marunaka Motor Corp's operating profit slumped 20% in the April-June quarter."
pycheck "a profit that slumped" "
[e] = of('earnings')
assert e['data']['metrics'][0]['metric'] == 'operating_income' and e['data']['metrics'][0]['change_percent'] == -20, e['data']"

# A holder that cuts its stake sells (to buyers unnamed); one that raises it invests
wire "Acme Corp said it cut its stake in Bolton Inc to 5.2 pct from 7.1 pct."
pycheck "a stake cut" "
[d] = of('investment')
assert {c['id']: c['role'] for c in d['companies']} == {'acme': 'seller', 'bolton': 'investee'}, d['companies']"
wire "Acme Corp said it raised its stake in Bolton Inc to 9.2 pct."
pycheck "a stake raised" "
[d] = of('investment')
assert {c['id']: c['role'] for c in d['companies']} == {'acme': 'investor', 'bolton': 'investee'}, d['companies']"

one "Kestrel Chips said on Thursday its quarterly results beat estimates. Revenue rose 51% to \$14.05 billion in the quarter."
pycheck "a metric opening a sentence is in lower case" "
assert [m[0] for m in changes()] == ['revenue'], events"

wire "Halvorsen Partners told the Securities and Exchange Commission it holds 6.2 pct of Clark Equipment Co."
pycheck "a holding told as a percentage of the company" "
[d] = of('investment')
assert d['data'].get('stake_percent') == 6.2, d['data']"

wire "Halvorsen Partners said it may seek to acquire Clark Equipment Co."
pycheck "a deal a company may seek is talks" "
[d] = of('acquisition')
assert d['data']['status'] == 'talks', d['data']"

wire "Meese said he saw some benefit in the proposed purchase of Corland Motors Co <CMO> by Hallam Corp <HLM>."
pycheck "the purchase of X by Y" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'hallam': 'acquirer', 'corland-motors': 'target'}, d['companies']"

one "Harwood Foods won control of Pellam Confectionery Plc with an 11.5 billion pound offer."
pycheck "control won" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'harwood-foods': 'acquirer', 'pellam-confectionery': 'target'}, d['companies']"

# ... and what those rules must not read: "it" that is no company speaking, a drop of
# something else than the deal, a rejection someone else reports, a first name alone, talks
# to combine a part of two companies; a stake cut with its size
wire "Acme Corp said the plant was for sale and Bolt Inc offered to buy it."
pycheck "'it' that is not the company speaking" "
assert not of('acquisition'), of('acquisition')"
wire "Bolt Inc dropped its opposition to the acquisition by Acme Corp."
pycheck "an opposition dropped does not end the deal" "
[d] = of('acquisition')
assert d['data']['status'] != 'terminated', d['data']"
one "Goldman Sachs analysts said shareholders rejected Tasgold Group's takeover proposal."
pycheck "a rejection told by someone else names no target" "
assert all(c['id'] != 'GS' for e in of('acquisition') for c in e['companies']), of('acquisition')"
one "Acme Corp named Jean-Pascal as its new chief executive."
pycheck "a hyphenated first name alone is no person" "
assert not of('executive_change'), of('executive_change')"
wire "Acme Corp and Bolt Inc held talks to combine their distribution networks."
pycheck "talks to combine a part of two companies are no merger" "
assert not of('acquisition'), of('acquisition')"
wire "Acme Corp said it cut its 10 pct stake in Bolt Inc."
pycheck "a stake cut, its size told" "
[d] = of('investment')
assert {c['id']: c['role'] for c in d['companies']} == {'acme': 'seller', 'bolt': 'investee'}, d['companies']"
# a figure changed "from X to Y" is Y; an amount written as one word is no company (the
# default model guesses a subject from the title when the rules found none)
one "Halvorsen Group said earnings per share jumped 14 per cent from 12.93p to 14.72p and turnover fell from 2.6 billion pounds to 2.1 billion pounds."
pycheck "from X to Y: the new figure" "
[e] = of('earnings')
m = metrics(e)
assert m['eps']['value'] == 0.1472 and m['revenue']['value'] == 2.1e9, m"
printf 'Full-year sales rose 7 per cent to EUR78.7bn but net income declined 21 per cent to EUR4.9bn.\n' >"$TMP/money.txt"
dry "$TMP/money.txt"
pycheck "an amount is no company" "
assert not [c for e in events for c in e['companies'] if any(ch.isdigit() for ch in c['name'])], events"
# names without a suffix found by the part they play: the possessive of a deal or an offer,
# the object of "take over", the buyer of an approach, a speaker ten words before the verb
one "Harwood Foods' acquisition of Corbin Technologies is expected to close in the first quarter."
pycheck "the possessive of an acquisition is the buyer" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'harwood-foods': 'acquirer', 'corbin-technologies': 'target'}, d['companies']"
one "Strathmore Holdings will take over Grayling Insurance for \$3 billion."
pycheck "take over names the target" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'strathmore-holdings': 'acquirer', 'grayling-insurance': 'target'}, d['companies']"
one "Merriton Retail received a takeover approach from Gravenhurst Capital."
pycheck "an approach from X" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'gravenhurst-capital': 'acquirer', 'merriton-retail': 'target'}, d['companies']"
one "Lantern Broadband said on Wednesday that it had agreed to be acquired by Okafor Networks."
pycheck "a speaker far from its verb" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'okafor-networks': 'acquirer', 'lantern-broadband': 'target'}, d['companies']"
one "Merriton Retail rejected Gravenhurst Capital's \$22-a-share offer as undervaluing the company."
pycheck "a per-share offer rejected" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'gravenhurst-capital': 'acquirer', 'merriton-retail': 'target'}, d['companies']
assert d['data']['status'] == 'rejected', d['data']"
wire "Tidewater Paper Co said it rejected Moreland Group's 42 dlr a share takeover offer as inadequate."
pycheck "a company that says it rejected an offer" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'moreland-group': 'acquirer', 'tidewater-paper': 'target'}, d['companies']
assert d['data']['status'] == 'rejected', d['data']"
wire "The ministers said the Commission's proposal to impose a tax on oils had little chance of approval by Atlas Corp."
pycheck "a proposal that is no offer names no company" "
assert not [c for e in events for c in e['companies'] if 'commission' in c['id'].lower()], events"
# results told by a verb ("it lost", "it earned"), after a year ("1986 net earnings fell"),
# against a prior one told as a metric of its own ("compared with a loss of"); a prior
# period's figure told alone is no result
wire "Brightwater Labs Inc said it lost 2.3 mln dlrs, or 41 cts a share, in the fourth quarter, compared with a loss of 1.1 mln dlrs, or 20 cts a share, a year earlier."
pycheck "a loss told by its verb, the prior one beside it" "
[e] = of('earnings')
m = metrics(e)
assert m['net_income']['value'] == -2.3e6 and m['eps']['value'] == -0.41, m"
wire "Redfern Corp said 1986 net earnings fell to 31.2 mln dlrs from 48.9 mln dlrs."
pycheck "a metric after its year" "
[e] = of('earnings')
assert metrics(e)['net_income']['value'] == 31.2e6, e"
wire "Redfern Corp said a year earlier it lost 409,100 dlrs after an extraordinary gain."
pycheck "a prior year's loss told alone" "
assert not of('earnings'), of('earnings')"
wire "Redfern Corp said its shares lost 2 dlrs to 31 dlrs."
pycheck "shares that lost are no loss" "
assert not of('earnings'), of('earnings')"
# a type's word denied or only called for gives no event
for t in "Pellham Stores Inc said it does not expect layoffs at its Omaha plant.|workforce" \
    "Halvorsen Group Inc said it has no plans to omit its quarterly dividend.|dividend" \
    "Halvorsen Group Inc said it would consider a stock buyback.|buyback" \
    "Kessler Instruments Inc said it was the target of a cyberattack but no lawsuit has been filed.|legal"; do
    one "${t%|*}"
    pycheck "denied: ${t%|*}" "
assert not of('${t#*|}'), of('${t#*|}')"
done
# a price target raised under a rating reiterated; a plant reopened; a grand jury's inquiry;
# an appeal of a verdict
wire "Farrow Securities Inc reiterated its buy rating on Vantor Systems Inc and raised its price target to 210 dlrs."
pycheck "a rating reiterated, its target raised" "
[e] = of('rating_change')
assert e['data']['action'] == 'reiterate' and e['data']['price_target'] == 210, e['data']"
one "Ostrava Steel Corp said it will reopen its idled Gary, Indiana, blast furnace next month."
pycheck "a plant reopened" "
[e] = of('facility')
assert e['data']['action'] == 'open', e['data']"
one "A federal grand jury is investigating Kessler Instruments Corp's billing practices."
pycheck "a grand jury's inquiry is no verdict" "
[e] = of('legal')
assert e['data']['action'] == 'investigation', e['data']"
one "Tessaly Energy Inc said it would appeal a \$95 million jury verdict."
pycheck "a verdict appealed" "
[e] = of('legal')
assert e['data']['action'] == 'appeal', e['data']"
# a stake bought is a purchase done; "is buying" is a deal agreed, not talks
wire "Castlerock Vance Partners said it bought a 9.8 pct stake in Ogden Foods Inc."
pycheck "a stake bought" "
[e] = of('investment')
assert e['data']['status'] == 'completed' and e['data']['stake_percent'] == 9.8, e['data']"
wire "Kessler Corp said the deal, in which Fujitsu Ltd would have bought 80 pct of Fairchild Inc, was ended."
pycheck "a stake that would have been bought" "
assert all(e['data']['status'] != 'completed' for e in of('investment')), of('investment')"
one "Halsey Medical Group is buying Fairmont Dental Supply for \$1.05 billion, the companies said on Monday."
pycheck "is buying" "
[e] = of('acquisition')
assert e['data']['status'] == 'announced', e['data']"
# sellers: the speaker of a second verb after "and", the company "its" stands for before a
# passive sale, one after a date that opens the sentence, the company a named part is bought
# from
wire "Fairbanks Industries Inc said it acquired Cromwell Tool Co and sold its Linden Bearing unit to Halverson Corp."
pycheck "a sale after 'and' is the speaker's" "
sale = [e for e in of('acquisition') if any(c['role'] == 'seller' for c in e['companies'])]
assert sale and all({c['id']: c['role'] for c in e['companies']} == {'halverson': 'acquirer', 'linden-bearing': 'target', 'fairbanks-industries': 'seller'} for e in sale), sale"
wire "Halverson Corp said its Dunmore Valve unit was sold to Prescott Engineering Inc for 40 mln dlrs."
pycheck "its unit was sold" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'prescott-engineering': 'acquirer', 'dunmore-valve': 'target', 'halverson': 'seller'}, e['companies']"
one "On November 30, Merriton Retail completed the sale of its Hartfield Outlets chain to Oakline Partners."
pycheck "a date before the seller" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'oakline-partners': 'acquirer', 'hartfield-outlets': 'target', 'merriton-retail': 'seller'}, e['companies']"
one "Redstone Materials bought the Lumiere Coatings division from Castellan Group for \$210 million."
pycheck "a named division bought from its owner" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'redstone-materials': 'acquirer', 'lumiere-coatings': 'target', 'castellan-group': 'seller'}, e['companies']"
# more of a deal's wording: a stake sold, a business sold after "its", a unit a buyer is
# sought for, a per-share offer "in cash", a proposal rejected by a board, a bid dropped, a
# company's own sale
for t in "Castellan Group agreed to sell its Lumiere Coatings business to Redstone Materials for \$1.1 billion.|redstone-materials|lumiere-coatings|castellan-group|announced" \
    "Gravenhurst Capital offered \$22 a share in cash for Merriton Retail, valuing the chain at about \$900 million.|gravenhurst-capital|merriton-retail||talks" \
    "The board of Fairmont Dental Supply unanimously rejected an unsolicited proposal from Halsey Medical Group.|halsey-medical-group|fairmont-dental-supply||rejected" \
    "Lindqvist Shipping dropped its bid for Haugen Tankers after the target's largest shareholder opposed the deal.|lindqvist-shipping|haugen-tankers||terminated" \
    "Tessaro Furniture's sale to Oakline Partners is expected to close next month.|oakline-partners|tessaro-furniture||announced"; do
    IFS='|' read -r txt buyer target seller status <<<"$t"
    one "$txt"
    pycheck "deal wording: $txt" "
want = {'$buyer': 'acquirer', '$target': 'target'}
if '$seller': want['$seller'] = 'seller'
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == want, d['companies']
assert d['data']['status'] == '$status', d['data']"
done
# the object of a purchase without a suffix: past a place's possessive and a word that
# describes it, after "approach for", "control of", "taking over"; a buyer that "paid"
for t in "Brenner Chemie agreed to buy Switzerland's ailing Vossloh Pigments for \$3 billion.|brenner-chemie|vossloh-pigments|announced" \
    "Kestrel Telecom made an approach for Kabelwerk Nord, Germany's largest cable operator.|kestrel-telecom|kabelwerk-nord|talks" \
    "Ardent Brands is taking over Selby Healthcare.|ardent-brands|selby-healthcare|announced" \
    "Marlin Mobile paid \$10.9 billion for control of Essar Wireless.|marlin-mobile|essar-wireless|completed"; do
    IFS='|' read -r txt buyer target status <<<"$t"
    one "$txt"
    pycheck "the object of a purchase: $txt" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'$buyer': 'acquirer', '$target': 'target'}, d['companies']
assert d['data']['status'] == '$status', d['data']"
done
# a market wrap's one-word company, the subject of a price move to a price, and that price
# no deal's amount; a deal verb's subject inside a clause ("after X agreed to buy")
for t in "Corvel rose 4.2 per cent to 296p after it rejected a 275p a share bid from Halstead Industries.|halstead-industries|corvel|rejected" \
    "Orvell Mining gained 3 per cent to \$12.50 after it rejected a takeover bid from Kessler Resources.|kessler-resources|orvell-mining|rejected" \
    "Shares of Brisco Foods rose after Marrow Capital agreed to buy the company for \$2 billion.|marrow-capital|brisco-foods|announced"; do
    IFS='|' read -r txt buyer target status <<<"$t"
    one "$txt"
    pycheck "a company in a market wrap: $txt" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'$buyer': 'acquirer', '$target': 'target'}, d['companies']
assert d['data']['status'] == '$status', d['data']
assert d['data'].get('amount') != 12.5, d['data']"
done
one "Revenue rose 4 per cent to \$2.1 billion and Brent fell 2 per cent to \$80 a barrel."
pycheck "a figure or a commodity that moved is no company" "
assert not [c for e in events for c in e['companies'] if c['name'] in ('Revenue', 'Brent')], events"
one "Analysts asked when Lumaquin might be approved by the FDA."
pycheck "a product approved in a clause is no company" "
assert not [c for e in events for c in e['companies'] if c['name'] == 'Lumaquin'], events"
wire "Marrow Capital Corp said it would buy 20 pct of Brisco Foods Inc after Tennant Partners completed its buyout."
pycheck "a company after 'after' is not what the verb before it buys" "
[d] = of('investment')
assert {c['id']: c['role'] for c in d['companies']} == {'marrow-capital': 'investor', 'brisco-foods': 'investee'}, d['companies']"
# the part the detector gives an article's subject in a deal is read from its own verb, in
# its clause: not from a verb after "after", nor "rejected an offer" read as making one
printf 'Date: 2026-12-01\nHalden Biotech jumped 66 per cent to $27.01 after Abbott Laboratories agreed to buy the biotech company for $27 per share.\n' >"$TMP/subj1.txt"
dry "$TMP/subj1.txt"
pycheck "the subject of a price move is no buyer" "
assert not [c for e in events for c in e['companies'] if c['name'] == 'Halden Biotech' and c['role'] == 'acquirer'], events"
printf 'Date: 2026-12-01\nTelkor said it had rejected an offer by Oger Telecom that would have made the group its largest shareholder.\n' >"$TMP/subj2.txt"
dry "$TMP/subj2.txt"
pycheck "a company that rejected an offer is its target" "
assert not [c for e in events for c in e['companies'] if c['name'] == 'Telkor' and c['role'] == 'acquirer'], events"
# no deal nor sum: the price a share moved to beside a financing, a deal word in -ing that
# describes a noun, a board taken over
one "Lonmore Mining slipped 5.9 per cent to 575p, awaiting news on a rights issue that traders expect this month."
pycheck "the price a share moved to is no sum raised" "
assert not [e for e in of('financing') if e['data'].get('amount')], of('financing')"
one "Commodity buying patterns point to a modest improvement in demand, according to Halvard Mining Corp."
pycheck "buying patterns are no purchase" "
assert not of('acquisition'), of('acquisition')"
one "Gorsedd Pharma Plc has contacted executives who could take over Halden Biotech Inc's 12-member board as independent directors."
pycheck "a board taken over is no company bought" "
assert not of('acquisition'), of('acquisition')"
# names without a suffix found by what an appositive says they are, by "of" and a country
# after them, and in -is or -us (no plural)
for t in "Marlow Digital agreed to pay Pounds 25m for Zybo, a Danish social networking company.|marlow-digital|zybo|announced" \
    "Venodis rejected an offer from Harrowgate Corp.|harrowgate|venodis|rejected" \
    "Danore of France acquired Unimilko.|danore|unimilko|completed"; do
    IFS='|' read -r txt buyer target status <<<"$t"
    one "$txt"
    pycheck "a name by its appositive or its country: $txt" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'$buyer': 'acquirer', '$target': 'target'}, d['companies']
assert d['data']['status'] == '$status', d['data']"
done
one "Tamsin Gale, the group's chairman, said Harrowgate Corp would buy Venodis Inc."
pycheck "a person before an appositive about a group's post is no company" "
assert not [c for e in events for c in e['companies'] if c['name'] == 'Tamsin Gale'], events"
one "Drugsmaker Halvorsen Pharma added 1.3 per cent to Pounds 13.80 after its drug won approval."
pycheck "a kind in -maker before a name is not part of it" "
assert [c for e in events for c in e['companies'] if c['name'] == 'Halvorsen Pharma'], events
assert not [c for e in events for c in e['companies'] if c['name'].startswith('Drugsmaker')], events"
# a word that opens a sentence of results or a market report is no company, guessed by the
# detector from a one-line article or read by the rules as the subject of "was" or "'s"
for t in "During|During the three months to the end of September, revenues jumped 17 per cent to \$15.1bn." \
    "Growth|Growth of the brands has lagged behind, though sales have risen 6 to 8 per cent." \
    "Like-for-like|Like-for-like sales rose 12 per cent at its US chain." \
    "Yesterday|Yesterday's 5.8 billion pound rights issue will go a long way towards plugging the bank's capital hole." \
    "Revenue|Revenue was 15.6 billion pounds, up 4 per cent on an organic basis."; do
    IFS='|' read -r first txt <<<"$t"
    printf 'Date: 2026-12-01\n%s\n' "$txt" >"$TMP/opener.txt"
    dry "$TMP/opener.txt"
    pycheck "no company opens: $txt" "
assert not [c for e in events for c in e['companies'] if c['name'].split()[0] == '$first'], events"
done
# a broker's list of calls and a noun's firm after "from", as market reports tell them; UK
# brokers are known by name
for t in "Lonmere rose 3.2 per cent to 1911p after Investec added the stock to its \" buy \" list.|lonmere|INVP.L|upgrade|buy|" \
    "Corvane Plc lost 1.7 per cent to 732p after UBS cut the stock from its \" buy \" list on valuation grounds.|corvane|UBS|downgrade||buy" \
    "Halstow Plc lost 4 per cent to 78p following a downgrade from Canaccord Genuity.|halstow|CF.TO|downgrade||"; do
    IFS='|' read -r txt co firm action to from <<<"$t"
    one "$txt"
    pycheck "a broker's call: $txt" "
[r] = of('rating_change')
assert {c['id']: c['role'] for c in r['companies']} == {'$co': 'subject', '$firm': 'analyst'}, r['companies']
assert r['data']['action'] == '$action', r['data']
assert r['data'].get('rating_to', '') == '$to' and r['data'].get('rating_from', '') == '$from', r['data']"
done
one "The chef added the eggs to its list of ingredients."
pycheck "a list that is no broker's is no call" "
assert not of('rating_change'), of('rating_change')"
# advice as market reports tell it: "on "buy" advice from Citigroup", "advising clients to
# buy" (a rating given, not changed); the firm is never the company it rates
for t in "Harlow Plc rose 3 per cent on \" buy \" advice from Citigroup.|harlow|C|reiterate|buy" \
    "Halvard Plc rose 2 per cent, with Morgan Stanley advising clients to buy before the release.|halvard|MS|reiterate|buy" \
    "Asova, the online retailer, rose 4.6 per cent to 1139p after Altium Securities started coverage with a \" buy \" recommendation.|asova|altium-securities|initiate|buy"; do
    IFS='|' read -r txt co firm action to <<<"$t"
    one "$txt"
    pycheck "a broker's advice: $txt" "
[r] = of('rating_change')
assert {c['id']: c['role'] for c in r['companies']} == {'$co': 'subject', '$firm': 'analyst'}, r['companies']
assert r['data']['action'] == '$action' and r['data'].get('rating_to') == '$to', r['data']"
done
for txt in "Nomura took the stock off its \" buy \" list." \
    "Jefferies analyst Tom Phillippi, who has been telling clients to hold GM shares for income, said things." \
    "Its shares rallied 3.4 per cent after solid results from US peer AT&T and on \" buy \" advice from Citigroup."; do
    one "$txt"
    pycheck "no firm rates itself, no peer is rated: $txt" "
assert not [c for e in of('rating_change') for c in e['companies'] if c['role'] == 'subject' and c['id'] in ('NMR', 'JEF', 'T')], of('rating_change')"
done
# a figure told by a verb of reporting right before it is a result, period told or not; a
# profit on a deal is none
one "Halbrook Mining reported a net loss of \$492 million."
pycheck "a loss reported with no period" "
[e] = of('earnings')
assert metrics(e)['net_income']['value'] == -492e6, e['data']"
wire "Tarrow Savings Bank said it reported a profit of more than 20 mln dlrs on the transaction, involving 390 mln dlrs of securities."
pycheck "a profit on a transaction is no result" "
assert not of('earnings'), of('earnings')"
# a verb after "and" has the clause's first company for subject; a firm's call "on" a company
# before the verb names the company rated
one "Tanfield Group owns a 24 per cent stake in Smith Electric and raised 2.2 million pounds on Monday with a 42p share placing."
pycheck "a placing after 'and' is the first company's" "
[f] = of('financing')
assert [c['id'] for c in f['companies']] == ['tanfield-group'], f['companies']"
one "Goldman Sachs set a 544p price target on Halvorn Utilities Plc and kept \" sell \" advice."
pycheck "the company a target is set on is rated" "
[r] = of('rating_change')
assert {c['id']: c['role'] for c in r['companies']} == {'halvorn-utilities': 'subject', 'GS': 'analyst'}, r['companies']"
# a one-line article's subject is guessed only from its first words, with no full stop; a
# company before "to" and an equity rating after a call's verb; a price move on a broker's
# news names its company
printf 'Date: 2026-12-01\nRevenue rose 6 per cent to 2.3 billion pounds, helped by strong demand in Brazil.\n' >"$TMP/guess.txt"
dry "$TMP/guess.txt"
pycheck "no subject guessed from the end of a sentence" "
assert not [c for e in events for c in e['companies'] if c['name'].startswith('Brazil')], events"
for t in "Peel Hunt cut Tolland Engineering to \" hold \" from \" buy \".|tolland-engineering|PEEL.L" \
    "Aldwych Insurance rose 1.4 per cent on \" buy \" advice from Berenberg.|aldwych-insurance|berenberg"; do
    IFS='|' read -r txt co firm <<<"$t"
    one "$txt"
    pycheck "the company a call rates: $txt" "
[r] = of('rating_change')
assert {c['id']: c['role'] for c in r['companies']} == {'$co': 'subject', '$firm': 'analyst'}, r['companies']"
done
# a payment to a company, or of its debts, is no purchase
wire "Halcyon Corp said its board favours paying Ostrander Inc 2,178,000 dlrs as a reimbursement for its expenses."
pycheck "a reimbursement paid is no purchase" "
assert not of('acquisition'), of('acquisition')"
wire "The Wallenbergs paid Nobel Industrier AB about 20 pct over the market price for the shares."
pycheck "the company paid is no target" "
assert not [c for e in of('acquisition') for c in e['companies'] if c['id'] == 'nobel-industrier' and c['role'] == 'target'], of('acquisition')"
wire "Palisade Investors LP said it sold its entire 7.2 pct stake in Merritt Stores Inc to Ravenna Partners."
pycheck "a stake sold is a sale done" "
[e] = of('investment')
assert e['data']['status'] == 'completed', e['data']"
wire "Granby Financial Corp said it is seeking a buyer for its Pacific Leasing unit."
pycheck "a buyer sought for a unit" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'pacific-leasing': 'target', 'granby-financial': 'seller'}, e['companies']"
# a calendar year's results told in March are last year's; a fiscal year ended in February
# is named by the year it ends in; a quarter beside the year is not counted back twice
wire "Redfern Corp said net income for the year ended December 31 rose to 5.6 mln dlrs from 4.1 mln dlrs."
pycheck "the year ended December 31, told in March" "
[e] = of('earnings')
assert e['data']['period'] == 'FY1986', e['data']"
wire "Redfern Corp said net income for the year ended February 28 rose to 5.6 mln dlrs from 4.1 mln dlrs."
pycheck "a fiscal year ended in February" "
[e] = of('earnings')
assert e['data']['period'] == 'FY1987', e['data']"
wire "Redfern Corp said fourth quarter net income rose to 1.6 mln dlrs from 1.1 mln dlrs and full year net income rose to 5.6 mln dlrs."
pycheck "a quarter beside the year" "
[e] = of('earnings')
assert e['data']['period'] == 'Q4 1986', e['data']"
# credit grades as the wires spell them
wire "Standard and Poor's Corp said it lowered its ratings on 450 mln dlrs of Tessaly Oil Corp debt to B-plus from BB-minus."
pycheck "B-plus, BB-minus" "
[e] = of('rating_change')
assert (e['data']['rating_to'], e['data']['rating_from']) == ('B+', 'BB-'), e['data']"
wire "Moody's Investors Service Inc said it downgraded to Ba-2 from Baa-3 Tessaly Oil Corp's 140 mln dlrs of debentures."
pycheck "Moody's Ba-2, Baa-3" "
[e] = of('rating_change')
assert (e['data']['rating_to'], e['data']['rating_from']) == ('Ba2', 'Baa3'), e['data']"
wire "Moody's said ratings lowered include Tessaly Oil Corp's senior debt to BA-3 from BAA-2."
pycheck "Moody's grades in capitals" "
[e] = of('rating_change')
assert (e['data']['rating_to'], e['data']['rating_from']) == ('Ba3', 'Baa2'), e['data']"
wire "Moody's Investors Service Inc said it upgraded Greyhaven Financial Corp's senior debt to Aa-3 from A-1."
pycheck "Moody's Investors Service is Moody's" "
[e] = of('rating_change')
assert {c['id']: c['role'] for c in e['companies']} == {'greyhaven-financial': 'subject', 'MCO': 'analyst'}, e['companies']"
# an outlook's range with its low end written bare, or after the estimates it misses; a
# quarter's outlook told after that quarter is over is for the next one
wire "Pellham Stores Inc said it expects to report a second quarter loss of 13 to 17 cts a share."
pycheck "13 to 17 cts a share" "
[g] = of('guidance')
assert (g['data']['low'], g['data']['high']) == (0.13, 0.17), g['data']"
one "Pellham Retail forecast fourth-quarter sales below Wall Street estimates, at \$2.2 billion to \$2.4 billion."
pycheck "a range after the estimates" "
[g] = of('guidance')
assert (g['data']['low'], g['data']['high']) == (2.2e9, 2.4e9), g['data']"
one "Pellham Retail expects first-quarter sales of \$2.2 billion to \$2.4 billion."
pycheck "next year's first quarter, told in December" "
[g] = of('guidance')
assert g['data']['period'] == 'Q1 2027', g['data']"
# a name whose possessive is its apostrophe alone, before its board's verb
one "Marlowe Foods' board raised the quarterly dividend to 30 cents a share from 25 cents."
pycheck "Foods' board raised the dividend" "
[d] = of('dividend', 'marlowe-foods')
assert d['data']['action'] == 'raised' and d['data']['amount_per_share'] == 0.3, d['data']"
one "Kessler Devices' board approved a two-for-one stock split."
pycheck "Devices' board approved a split" "
[d] = of('stock_split', 'kessler-devices')
assert (d['data']['ratio_from'], d['data']['ratio_to']) == (1, 2), d['data']"
one "Halvorsen Group was upgraded to buy from hold at Goldman Sachs."
pycheck "upgraded at a broker, in the passive" "
[e] = of('rating_change')
assert {c['id']: c['role'] for c in e['companies']} == {'halvorsen-group': 'subject', 'GS': 'analyst'}, e['companies']"
# successions: "as her successor", "would become chief executive, succeeding"
one "Halvorsen Group Inc said chief executive Janet Liu will retire in March; the company named Paul Okafor as her successor."
pycheck "named as her successor" "
got = {(e['data']['person'], e['data']['action'], e['data']['position']) for e in of('executive_change')}
assert got == {('Janet Liu', 'departed', 'CEO'), ('Paul Okafor', 'appointed', 'CEO')}, got"
one "Halvorsen Group Inc said President Linda Chu would become chief executive in January, succeeding Peter Voss."
pycheck "would become chief executive, succeeding" "
got = {(e['data']['person'], e['data']['action'], e['data']['position']) for e in of('executive_change')}
assert got == {('Linda Chu', 'appointed', 'CEO'), ('Peter Voss', 'departed', 'CEO')}, got"
one "David Knox said creditor banks must become more flexible in providing funds."
pycheck "become without a position" "
assert not of('executive_change'), of('executive_change')"
# a payout is no EPS; a buyback's amount is not the dividend's of the clause before; a vice
# president is no president; a nine-month profit is a result; analysts' expectations are none;
# a name ended by a preposition of a title-case headline; "not in talks to sell itself"
one "Dutch insurer Rijnveld NV said full-year net profit rose 18% to 940 million euros and proposed a dividend of 2.15 euros per share, up from 1.90 euros."
pycheck "a dividend a share is no EPS" "
[e] = of('earnings')
assert 'eps' not in metrics(e), metrics(e)"
wire "Lambourne Electric Co said it raised its quarterly dividend to 46 cts a share from 43 cts and authorized the repurchase of up to one mln common shares."
pycheck "the buyback's amount is not the old dividend" "
[b] = of('buyback')
assert b['data'].get('amount') != 0.43, b['data']"
wire "Grasmere Corp said it named Cyril Finch vice president and chief financial officer, succeeding Leonard Ames, who retired."
pycheck "a vice president and CFO is a CFO" "
got = {(e['data']['person'], e['data']['position']) for e in of('executive_change')}
assert got == {('Cyril Finch', 'CFO'), ('Leonard Ames', 'CFO')}, got"
one "Obermann AG said nine-month net profit fell 7% to 612 million euros as demand for industrial pumps weakened."
pycheck "a nine-month profit" "
[e] = of('earnings')
assert metrics(e)['net_income']['value'] == 612e6, e"
wire "Analysts said they expect Pemberley Corp to report first quarter earnings of 60 to 65 cts a share, up from 48 cts a year ago."
pycheck "analysts' expectations are no results" "
assert not of('earnings'), of('earnings')"
printf 'Date: 2026-12-01\nSandmere Wraps Up Purchase of Keeling Foods After Antitrust Nod\n\nSandmere Group closed its \$3.3 billion takeover of Keeling Foods on Friday.\n' >"$TMP/title.txt"
dry "$TMP/title.txt" --model none
pycheck "a title-case preposition ends a name" "
assert all(c['name'] != 'Keeling Foods After Antitrust Nod' for e in events for c in e['companies']), events
assert of('acquisition', 'keeling-foods'), events"
one "Gresford Telecom said on Wednesday it was not in talks to sell itself, responding to a media report."
pycheck "not in talks to sell itself" "
assert not of('acquisition'), of('acquisition')"
one "Ellwood Beverages is buying Hopfield Brewing Co from its founders, the companies said on Wednesday."
pycheck "X is buying Y" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'ellwood-beverages': 'acquirer', 'hopfield-brewing': 'target'}, d['companies']"
# a holder that buys the rest: the company before its relative clause buys, the rest of the
# company is all of it
wire "Kemble Industries Inc said Ransome Holdings Inc, which already owns 45 pct of Kemble, agreed to buy the rest of the company for 16 dlrs a share."
pycheck "a holder buys the rest" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'ransome-holdings': 'acquirer', 'kemble-industries': 'target'}, d['companies']"
# a headline's present tense under a body's past: the deal is done
printf 'Date: 5-MAR-1987\nPELL <PELL> BUYS LANSDALE DIVISION ASSETS\nPHILADELPHIA, March 5 - Pell Industries Inc said it bought the assets of the Gorham Pump division of Lansdale Corp for 7.2 mln dlrs in cash.\n' >"$TMP/buys.txt"
dry "$TMP/buys.txt" --model none
pycheck "BUYS over bought" "
[d] = of('acquisition')
assert d['data']['status'] == 'completed', d['data']"
wire "Purolator Courier Corp said it has agreed to be acquired by Hutton Holdings Inc for about 265 mln dlrs."
pycheck "agreed to be acquired: to come" "
[d] = of('acquisition')
assert d['data']['status'] == 'announced', d['data']"
wire "Penworth Inc said it agreed to be acquired for 410 mln dlrs in a leveraged buyout by a group formed by Gallatin Street Partners and Penworth's management."
pycheck "a passive purchase, its buyer after a later 'by'" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'gallatin-street-partners': 'acquirer', 'penworth': 'target'}, d['companies']"
printf 'Date: 5-MAR-1987\nCALDERWOOD DROPS BID FOR PENRITH INSTRUMENTS <PNR>\nLOS ANGELES, March 5 - Calderwood Investors said it withdrew its 30 dlr a share offer for Penrith Instruments Inc because it could not obtain financing.\n' >"$TMP/dateline.txt"
dry "$TMP/dateline.txt" --model none
pycheck "a name after the dateline, and its offer withdrawn" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'calderwood-investors': 'acquirer', 'penrith-instruments': 'target'}, d['companies']
assert d['data']['status'] == 'terminated', d['data']"
# a dividend reinvestment plan pays no dividend (the eager model guesses types)
printf 'Date: 2026-12-01\nNorvale Utilities amends dividend reinvestment plan\n\nNorvale Utilities said it amended its dividend reinvestment plan to allow shareholders to buy additional shares at a 2%% discount.\n' >"$TMP/drip.txt"
dry "$TMP/drip.txt" --model "$TMP/eager.tsv"
pycheck "a dividend reinvestment plan" "
assert not of('dividend'), of('dividend')"
printf 'Date: 5-MAR-1987\nFELLGATE SUPPLY <FGS> SAYS CUSTOMER FILED CHAPTER 11\nNEW YORK, March 5 - Fellgate Supply Co said a major customer, Orrin Stores Inc, filed for Chapter 11 bankruptcy protection.\n' >"$TMP/customer.txt"
dry "$TMP/customer.txt" --model none
pycheck "a customer's bankruptcy is not the company's" "
assert {c['id'] for e in of('bankruptcy') for c in e['companies']} == {'orrin-stores'}, of('bankruptcy')"
one "Halvorsen Group said it earned \$1.46 per share in the fiscal fourth quarter, above the \$1.31 analysts had forecast."
pycheck "above the figure analysts had forecast" "
[e] = of('earnings')
assert e['data']['versus_expectations'] == 'beat', e['data']"
# a result against its prior one: "was X against Y", "X, up from Y", after "consolidated"
wire "Lemaitre SA said 1986 consolidated net profit was 845 mln French francs against 702 mln in 1985."
pycheck "was X against Y" "
[e] = of('earnings')
assert metrics(e)['net_income']['value'] == 845e6, e"
wire "Lemaitre SA said 1986 net profit was 845 mln francs, up from 702 mln in 1985."
pycheck "X, up from Y" "
[e] = of('earnings')
assert metrics(e)['net_income']['value'] == 845e6, e"
# a fourth quarter's table and its "Year" block: two periods, each with its own figures
printf 'Date: 5-MAR-1987\nREDFERN CORP <RDF> 4TH QTR NET\nCHICAGO, March 5 - Shr profit 10 cts vs loss seven cts\n    Net profit 286,870 vs loss 156,124\n    Avg shrs 2.9 mln vs 2.2 mln\n    Year\n    Shr profit five cts vs profit 42 cts\n    Net profit 160,109 vs profit 906,034\n    Avg shrs 2.9 mln vs 2.2 mln\n Reuter\n' >"$TMP/year.txt"
dry "$TMP/year.txt" --model none
pycheck "a table's Year block" "
ev = {e['data']['period']: metrics(e) for e in of('earnings', 'redfern')}
assert set(ev) == {'Q4 1986', 'FY1986'}, ev
assert ev['Q4 1986']['net_income']['value'] == 286870 and 'change_percent' not in ev['Q4 1986']['eps'], ev
assert ev['FY1986']['net_income']['value'] == 160109 and ev['FY1986']['eps']['value'] == 0.05, ev"
printf 'Date: 5-MAR-1987\nKATY INDUSTRIES <KT> 4TH QTR NET\nELGIN, ILL., March 11 - Oper shr profit 32 cts vs loss 66 cts\n    Oper net profit 2,454,000 vs loss 3,558,000\n    Sales 96.1 mln vs 91.4 mln\n Reuter\n' >"$TMP/oper.txt"
dry "$TMP/oper.txt" --model none
pycheck "Oper shr, Oper net: EPS and net income from operations" "
[e] = of('earnings')
m = metrics(e)
assert m['eps']['value'] == 0.32 and m['net_income']['value'] == 2454000 and 'operating_income' not in m, m"
# what the rules of this round must not read: results told before analysts' expectations, a
# supplier's own filing, a broker "is downgrading", a layoff required or not ruled out, a year
# taken for the low end of a range, a year's outlook, an appeals court's ruling, a quarter
# just over, a vice president appointed; a dropped offer after "a"
for t in "Acme Widget Corp reported first quarter net income of 50 mln dlrs, while analysts had expected the company to report 45 mln dlrs.|earnings|acme-widget" \
    "Acme Widget Corp, a major supplier to General Motors Corp, filed for Chapter 11 bankruptcy protection on Monday.|bankruptcy|acme-widget" \
    "Acme Widget Corp was required to cut 500 jobs under the restructuring plan.|workforce|acme-widget" \
    "Acme Widget Corp said it would not rule out further layoffs after cutting 500 jobs.|workforce|acme-widget"; do
    IFS='|' read -r txt typ co <<<"$t"
    wire "$txt"
    pycheck "kept: $txt" "
assert {c['id'] for e in of('$typ') for c in e['companies'] if c['role'] == 'subject'} == {'$co'}, events"
done
one "Morgan Stanley is downgrading Halvorsen Group to underweight from overweight."
pycheck "a broker is downgrading: no passive" "
[e] = of('rating_change')
assert {c['id']: c['role'] for c in e['companies']} == {'halvorsen-group': 'subject', 'MS': 'analyst'}, e['companies']"
wire "Acme Widget Corp raised its sales forecast for 1988 to 2,500 mln dlrs."
pycheck "a year is no low end" "
[g] = of('guidance')
assert g['data'].get('low') == 2.5e9, g['data']"
wire "Acme Widget Corp said 1987 earnings will be 1.60 dlrs a share."
pycheck "this year's earnings to come are no result" "
assert not of('earnings'), of('earnings')"
wire "A federal appeals court ruled that Acme Widget Corp must pay 10 mln dlrs to Beta Tools Inc."
pycheck "an appeals court's ruling is a verdict" "
[e] = of('legal')
assert e['data']['action'] == 'verdict', e['data']"
printf 'Date: 4-MAY-1987\nAcme Widget Corp said it expects to report first quarter earnings of about 1.60 dlrs a share.\n' >"$TMP/q1may.txt"
dry "$TMP/q1may.txt" --model none
pycheck "a quarter just over, told in May" "
[g] = of('guidance')
assert g['data']['period'] == 'Q1 1987', g['data']"
one "Acme Widget Corp named John Smith chairman and Paul Brown senior vice president, succeeding Mary Jones."
pycheck "a vice president is no chair" "
assert all(e['data']['person'] != 'Paul Brown' for e in of('executive_change')), of('executive_change')"
wire "Acme Widget Corp dropped a 22 dlr a share offer for Beta Tools Inc."
pycheck "dropped a ... offer" "
[d] = of('acquisition')
assert d['data']['status'] == 'terminated', d['data']"
# a part word near the article's first token (a read before the first token once went out
# of range: make test runs these under ASan, where a crashed run counts as a failure); a
# part word is never read into a company's name
printf 'Date: 2026-12-01\nLumiere Coatings business sold to Oakline\n' >"$TMP/first.txt"
dry "$TMP/first.txt" --model none
pycheck "a part named at the first token" "
assert not [c for e in events for c in e['companies'] if c['name'].lower().split()[-1] in ('business', 'division', 'unit')], events"
wire "Montclair Chemical Corp said it named Richard A. Hensley president and chief operating officer, succeeding Walter J. Pryor, who is retiring."
pycheck "a middle initial in a person's name" "
got = {(e['data']['person'], e['data']['action']) for e in of('executive_change')}
assert got == {('Richard A. Hensley', 'appointed'), ('Walter J. Pryor', 'departed')}, got"
# background: a deal "earlier this year", a buyback suspended "last month" in a relative
# clause; a holder with "no present plans to seek control"
one "Earlier this year, Ridgeline Bank acquired Sutter Valley Bancorp for \$2.1 billion."
pycheck "a deal earlier this year is background" "
assert not of('acquisition'), of('acquisition')"
one "Aldermoor Petroleum, which last month suspended its buyback, fell 3%."
pycheck "a buyback suspended last month is background" "
assert not of('buyback'), of('buyback')"
wire "Fellows Group said it may buy more shares of Keystone Corp but has no present plans to seek control of the company."
pycheck "no present plans to seek control" "
assert not of('acquisition'), of('acquisition')"
# an approval still required is none; a deal approved is no product; a trade settles
one "The transaction requires approval from the U.S. Federal Trade Commission, Halcyon Defense Corp said."
pycheck "an approval required is none" "
assert not of('regulatory_approval') and of('regulatory_filing'), events"
one "Halcyon Defense Corp received approval from the U.S. Federal Trade Commission for its purchase of Brenwick Inc."
pycheck "a deal approved is no product" "
assert not of('product_announcement') and of('regulatory_approval'), events"
one "Halcyon Defense Corp said the notes are expected to settle on December 1."
pycheck "notes that settle on a date are no settlement" "
assert not of('legal'), of('legal')"
# an issue told by its verb: notes sold, shares offered (not shares a holder sells)
one "Corliss Entertainment Inc sold \$600 million of eight-year notes on Tuesday."
pycheck "notes sold" "
[f] = of('financing')
assert f['data']['kind'] == 'bond' and f['data']['amount'] == 6e8, f['data']"
wire "Lancaster Gas Co said it will offer two mln shares of common stock through underwriters led by Salomon Brothers Inc."
pycheck "shares offered" "
[f] = of('financing')
assert f['data']['kind'] == 'share_offering', f['data']"
wire "Lancaster Gas Co said it sold two mln shares of Bolt Corp to Acme Inc."
pycheck "shares a holder sells are no offering" "
assert not of('financing'), of('financing')"
# a government buyer is a contract's customer, and the one that awards
one "Halcyon Defense Corp won a \$1.8 billion contract from the U.S. Navy to build patrol boats."
pycheck "a contract from the U.S. Navy" "
[c] = of('contract')
assert {x['id']: x['role'] for x in c['companies']} == {'halcyon-defense': 'supplier', 'us-navy': 'customer'}, c['companies']"
wire "Kessler Corp said the U.S. Defense Department awarded its Kessler Systems Inc unit several new contracts worth 12 mln dlrs."
pycheck "the one that awards is the customer" "
[c] = of('contract')
roles = {x['id']: x['role'] for x in c['companies']}
assert roles.get('us-dod') == 'customer' and 'supplier' in roles.values() and roles.get('us-dod') != 'supplier', roles"
wire "Purolator Courier Corp agreed in late February to a 35 dlr-a-share, 265 mln-dlr offer from E.F. Hutton LBO Inc and certain members of its courier division's management."
pycheck "an offer from a bidder, a-share" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'ef-hutton-lbo': 'acquirer', 'purolator-courier': 'target'}, d['companies']"
# a contract told in the headline and again with its customer is one contract
printf 'Date: 2026-11-18\nMeriden Defense wins $1.1 billion Army radio contract\n\nMeriden Defense Systems was awarded a $1.1 billion contract by the U.S. Army to supply tactical radios.\n' >"$TMP/army.txt"
dry "$TMP/army.txt" --model none
pycheck "one contract, its customer joined" "
[c] = of('contract')
assert {x['role'] for x in c['companies']} == {'supplier', 'customer'}, c['companies']"
# a suffix the British write in lower case; a bid a headline drops and the body withdraws; a
# stake raised is done; a layoff report called untrue; a broker the registry lacks
one "Colchester Airways plc suspended its dividend on Wednesday to preserve cash as fuel costs climbed."
pycheck "plc in lower case" "
[d] = of('dividend', 'colchester-airways')
assert d['data']['action'] == 'suspended', d['data']"
printf 'Date: 2026-11-18\nDrayton Energy drops bid for Kessock Pipelines\n\nDrayton Energy Partners said on Friday it had withdrawn its $900 million offer for Kessock Pipelines Ltd after the target'"'"'s largest shareholders refused to back the deal.\n' >"$TMP/drops.txt"
dry "$TMP/drops.txt" --model none
pycheck "a bid dropped in the headline, withdrawn in the body" "
[d] = of('acquisition')
assert d['data']['status'] == 'terminated', d['data']"
one "Kaltenbach Beverages AG said on Thursday it had raised its stake in Moravia Brewing to 45% from 28% by buying shares from the founding family."
pycheck "a stake raised is done" "
[i] = of('investment')
assert i['data']['status'] == 'completed' and i['data']['stake_percent'] == 45, i['data']"
wire "Rossendale Textiles Inc said reports that it planned to lay off 2,000 workers were untrue."
pycheck "a layoff report called untrue" "
assert not of('workforce'), of('workforce')"
one "Harcastle Securities downgraded Pennock Logistics Corp. to neutral from buy and cut its price target to \$41 from \$55."
pycheck "a broker the registry lacks" "
[r] = of('rating_change')
assert {c['id']: c['role'] for c in r['companies']} == {'pennock-logistics': 'subject', 'harcastle-securities': 'analyst'}, r['companies']"
# a results headline that beats forecasts keeps its earnings (the eager model)
printf 'Date: 2026-11-03\nKestrel Chips quarterly profit beats forecasts, raises full-year outlook\nKestrel Chips reported better-than-expected results for the third quarter on Tuesday. The company raised its full-year revenue forecast to \$10 billion.\n' >"$TMP/beats.txt"
dry "$TMP/beats.txt" --model "$TMP/eager.tsv"
pycheck "forecasts beaten are results" "
assert of('earnings'), events"

# a commodity or an economic figure moved by the news is no company; a payment for
# advertising is no purchase
one "Nickel rose 2.1 per cent to \$16,500 a tonne in London after the Norilsk results."
pycheck "a metal's price is no company" "
assert not [c for e in events for c in e['companies'] if c['name'].lower() == 'nickel'], events"
one "Unemployment rose 0.3 per cent after the results of the survey."
pycheck "an economic figure is no company" "
assert not of('share_move'), events"
one "Acme Corp is paying \$20 million for advertising on Beta Inc's network."
pycheck "a payment for advertising is no purchase" "
assert not of('acquisition'), of('acquisition')"

one "Bloomberg reported a net loss of \$30 million at Acme Corp, citing people familiar with the matter."
pycheck "a news outlet reports no results of its own" "
assert not [e for e in of('earnings') if any(c['name'] == 'Bloomberg' for c in e['companies'])], of('earnings')"

one "Acme Corp rejected an approach for its Beta unit from Gamma Corp."
pycheck "an approach rejected is not the rejecter's bid" "
assert not [e for e in of('acquisition') if any(c['id'] == 'acme' and c['role'] == 'acquirer' for c in e['companies'])], of('acquisition')"
one "Gamma Corp made an approach for Beta Inc last week."
pycheck "an approach made is the maker's bid" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'gamma': 'acquirer', 'beta': 'target'}, e['companies']"

wire "Acme Corp passed a resolution to raise its dividend by 10 pct."
pycheck "a resolution passed suspends no dividend" "
assert not [d for d in of('dividend') if d['data'].get('action') == 'suspended'], of('dividend')"
wire "Acme Corp said its board passed its quarterly dividend because of losses."
pycheck "a dividend passed is suspended" "
[d] = of('dividend')
assert d['data']['action'] == 'suspended', d['data']"

one "Smith is taking over as chief executive of Acme Corp."
pycheck "a post taken over is no takeover" "
assert not of('acquisition'), of('acquisition')"
wire "Acme Corp will take over Beta Inc for 40 mln dlrs."
pycheck "a company taken over is" "
[e] = of('acquisition')
assert {c['role'] for c in e['companies']} == {'acquirer', 'target'}, e['companies']"

one "Queen Elizabeth of Britain bought a stake in Acme Plc."
pycheck "a person of a country is no company" "
assert not [c for e in events for c in e['companies'] if 'Elizabeth' in c['name']], events"

one "Public Citizen, a consumer advocacy group, asked regulators to block the merger of Anthem and Cigna."
pycheck "an advocacy group is no merger party" "
assert not [c for e in events for c in e['companies'] if c['name'] == 'Public Citizen'], events"
one "Reckitt, a consumer goods group, agreed to buy Mead Johnson for \$16.6 billion."
pycheck "a consumer goods group is a company" "
[e] = of('acquisition')
assert [c['role'] for c in e['companies'] if c['name'] == 'Reckitt'] == ['acquirer'], e['companies']"

wire "Adobe Resources Corp and High Plains Oil Corp said they reached an agreement in principle under which High Plains will be merged into a unit of Adobe."
pycheck "a company merged into another's unit is its target" "
[e] = of('acquisition')
assert {c['name']: c['role'] for c in e['companies']} == {'Adobe': 'acquirer', 'High Plains Oil': 'target'}, e['companies']"
wire "Acme Corp said its two units will be merged into one division."
pycheck "units merged into a division are no deal" "
assert not of('acquisition'), of('acquisition')"
wire "American Motors Corp said its directors met to review the takeover proposal which the corporation received Monday from Chrysler Corp."
pycheck "a takeover proposal received from a company" "
[e] = of('acquisition')
assert {c['name']: c['role'] for c in e['companies']} == {'Chrysler': 'acquirer', 'American Motors': 'target'}, e['companies']"
wire "Nippon Life Insurance Co will buy a 10 pct stake in Shearson Lehman Brothers, an investment banking unit of American Express Co, for 538 mln dlrs."
pycheck "the owner of a described unit sells" "
[e] = of('investment')
assert {c['name']: c['role'] for c in e['companies']}['American Express'] == 'seller', e['companies']"

one "Amazon's \$3.9 billion deal for One Medical closed on Wednesday after regulators declined to challenge it."
pycheck "a company's deal for another" "
[e] = of('acquisition')
assert {c['name']: c['role'] for c in e['companies']} == {'Amazon': 'acquirer', 'One Medical': 'target'}, e['companies']"
one "Acme Airlines signed a \$2 billion deal for Boeing aircraft."
pycheck "a deal for aircraft buys no company" "
assert not of('acquisition'), of('acquisition')"
wire "Jutland Telephone Co has launched a 75 mln 10 year bond with a 4-3/4 pct coupon and par issue price, market sources said."
pycheck "a bond launched is no product" "
assert not of('product_announcement'), of('product_announcement')"

one "Japan's Nippon Steel agreed to buy U.S. Steel for \$14.1 billion."
pycheck "U.S. Steel is a company" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'nippon-steel': 'acquirer', 'X': 'target'}, e['companies']"

one "The deal comes less than two weeks after rival Exxon Mobil agreed to acquire Pioneer Natural Resources for \$59.5 billion."
pycheck "a deal weeks before another is background" "
assert not of('acquisition'), of('acquisition')"
one "Chevron's third-quarter profit fell 40% from a year earlier to \$6.5 billion, the company reported last week."
pycheck "results reported last week are background" "
assert not of('earnings') and not of('metric_change'), events"
one "Chevron's third-quarter profit fell 40% from a year earlier to \$6.5 billion, the company reported on Friday."
pycheck "results reported on Friday are news" "
[e] = of('earnings')
assert e['companies'][0]['name'] == 'Chevron', e"

one "Nike said Chief Executive John Donahoe would retire next month and be replaced by former executive Elliott Hill."
pycheck "replaced by a former executive" "
assert sorted((e['data']['person'], e['data']['action']) for e in of('executive_change')) == [('Elliott Hill', 'appointed'), ('John Donahoe', 'departed')], of('executive_change')"
one "Acme Corp said Jane Smith will take over as chief financial officer in March."
pycheck "a person who takes over as CFO" "
assert len(of('executive_change')) == 1, events
[e] = of('executive_change')
assert e['data'] == {'person': 'Jane Smith', 'position': 'CFO', 'action': 'appointed'}, e['data']"
one "Nike earlier this year reported fourth-quarter revenue of \$12.6 billion, down 2% from a year earlier, and forecast a decline in first-half sales."
pycheck "results reported earlier this year are background" "
assert not of('earnings') and not of('metric_change') and not of('guidance'), events"

wire "Chrysler has made a 1.3 billion dlr bid to buy AMC from its French parent Renault."
pycheck "a parent named after its kind sells" "
[e] = of('acquisition')
assert {c['name']: c['role'] for c in e['companies']}.get('Renault') == 'seller', e['companies']"
wire "Instrumentarium Oy said it has acquired electronics components importers and marketers <Ferrado Oy> and <Insele Oy>."
pycheck "importers bought are no goods" "
[e] = of('acquisition')
assert [c['name'] for c in e['companies'] if c['role'] == 'target'][:1] == ['Ferrado Oy'], e['companies']"
wire "Industrial Equity (Pacific) Ltd said it raised its stake in Calmat Co to 9.8 pct."
pycheck "a name with a word in brackets" "
[e] = of('investment')
assert {c['name']: c['role'] for c in e['companies']} == {'Industrial Equity (Pacific)': 'investor', 'Calmat Co': 'investee'}, e['companies']"
wire "River Oaks Industries Inc said it agreed in principle to give control of the company to Benson Seizer, a New York investor, in return for 2.6 mln dlrs in capital."
pycheck "control given to an investor" "
[e] = of('acquisition')
assert {c['name']: c['role'] for c in e['companies']} == {'Benson Seizer': 'acquirer', 'River Oaks Industries': 'target'}, e['companies']"
wire "<MTS Acquisition Corp's> 28-dlr-per-share offering price for Caesars World Inc is thought to be much too low, analysts said."
pycheck "an offering price for a company is a bid" "
assert not of('financing'), of('financing')
[e] = of('acquisition')
assert {c['name']: c['role'] for c in e['companies']} == {'MTS Acquisition Corp': 'acquirer', 'Caesars World': 'target'}, e['companies']"
wire "Daniel Lee, an analyst at Drexel Burnham Lambert Inc, said other suitors may be willing to pay a higher price for Caesars World Inc."
pycheck "an analyst's firm is no bidder" "
assert not [c for e in of('acquisition') for c in e['companies'] if 'Drexel' in c['name']], of('acquisition')"
wire "Sweden's Stora Kopparbergs Bergslags AB <SKPS ST> said it had acquired 90 pct of shares in Papyrus AB."
pycheck "a ticker and its exchange after a space" "
assert not [c for e in events for c in e['companies'] if 'SKPS' in c['name']], events"

one "Activist investor Starboard Value, which has built a stake of about \$1 billion in Pfizer, has criticized the company's acquisitions, including its \$43 billion purchase of cancer drugmaker Seagen last year."
pycheck "a stake told beside a deal of last year" "
[e] = of('investment')
assert {c['name']: c['role'] for c in e['companies']} == {'Starboard Value': 'investor', 'Pfizer': 'investee'}, e['companies']
assert not of('acquisition'), of('acquisition')"

wire "Borg-Warner Corp said a group led by Merrill Lynch Capital Partners agreed to acquire it for 4.23 billion dlrs."
pycheck "a group's leader buys the company speaking, at an exact amount" "
[e] = of('acquisition')
assert {c['name']: c['role'] for c in e['companies']} == {'Merrill Lynch': 'acquirer', 'Borg-Warner': 'target'}, e['companies']
assert e['data']['amount'] == 4230000000, e['data']"
wire "Newmont Mining Corp declared a quarterly dividend of 1.22 cts a share, payable April 1."
pycheck "cents read as dollars exactly" "
[d] = of('dividend')
assert d['data']['amount_per_share'] == 0.0122, d['data']"

one "Chevron's \$53 billion deal for oil producer Hess closed on Friday."
pycheck "a deal for an oil producer" "
[e] = of('acquisition')
assert {c['name']: c['role'] for c in e['companies']} == {'Chevron': 'acquirer', 'Hess': 'target'}, e['companies']"
one "Chelsea completed a 100 million pound deal for Benfica midfielder Enzo Fernandez."
pycheck "a deal for a player buys no club" "
assert not of('acquisition'), of('acquisition')"
one "Acme Corp agreed to give control of its board to activist investor Elliott Management."
pycheck "control of a board given is no takeover" "
assert not of('acquisition'), of('acquisition')"

one "Seven & i shares fell 2.1% in Tokyo after the announcement, while Couche-Tard's stock rose 1.3% in Toronto."
pycheck "a second company's shares after while" "
assert sorted((e['companies'][0]['name'], e['data']['percent']) for e in of('share_move')) == [('Couche-Tard', 1.3), ('Seven & i', -2.1)], of('share_move')"

one "Jane Smith was named chief executive of Acme Corp."
pycheck "a person named chief executive of a company after it" "
[e] = of('executive_change')
assert e['companies'][0]['id'] == 'acme' and e['data'] == {'person': 'Jane Smith', 'position': 'CEO', 'action': 'appointed'}, e"
one "Jane Smith will take over as chief executive of Acme Corp in January."
pycheck "a person who takes over as chief executive of a company after it" "
[e] = of('executive_change')
assert e['companies'][0]['id'] == 'acme' and e['data']['person'] == 'Jane Smith', e
assert not of('acquisition'), of('acquisition')"

wire "Acme Corp raised its offer for Beta Inc to 35 dlrs a share from 30 dlrs."
pycheck "a price a share before is no deal amount" "
[e] = of('acquisition')
assert 'amount' not in e['data'], e['data']"

one "Beta Inc's consumer unit will be merged into Acme Corp."
pycheck "a company's unit merged into another: the company sells" "
[e] = of('acquisition')
assert {c['name']: c['role'] for c in e['companies']} == {'Acme Corp': 'acquirer', 'Beta': 'seller'}, e['companies']"

one "Acme Corp said it was merging with Beta Inc's rival Gamma Corp."
pycheck "a merger with another's rival" "
[e] = of('acquisition')
assert sorted(c['name'] for c in e['companies']) == ['Acme', 'Gamma Corp'], e['companies']"

printf 'Date: 2026-12-01\nOpenAI raises money\nOpenAI said on Wednesday it had raised $6.6 billion in a funding round.\nThe company also secured a $4 billion revolving credit facility from banks including JPMorgan Chase, Citigroup and Goldman Sachs.\n' >"$TMP/lenders.txt"
dry "$TMP/lenders.txt" --model none
pycheck "lenders named after from banks including" "
[f] = of('financing')
assert [c['name'] for c in f['companies']] == ['OpenAI'], f['companies']"

one "Moody's placed Intel's rating on review for downgrade, and S&P Global Ratings cut its outlook to negative."
pycheck "a rating agency's outlook is no forecast of its own" "
assert not of('guidance'), of('guidance')"

one "Disney last month agreed to pay \$233 million to settle a lawsuit over its parks' disability access policy."
pycheck "a settlement of last month is background" "
assert not of('legal'), of('legal')"

one "Moody's placed Intel's Baa1 rating on review for downgrade."
pycheck "a rating on review is where it stands" "
[r] = of('rating_change')
assert r['data'].get('rating_from') == 'Baa1' and 'rating_to' not in r['data'], r['data']"

one "UBS Group AG completed its emergency takeover of Credit Suisse on Monday, creating a Swiss banking giant with a balance sheet of \$1.6 trillion."
pycheck "a balance sheet is no deal amount" "
[e] = of('acquisition')
assert 'amount' not in e['data'], e['data']"

one "Years after its first attempt Acme Corp agreed to buy Beta Inc for \$2 billion."
pycheck "years after, uncounted, is no background" "
[e] = of('acquisition')
assert {c['name']: c['role'] for c in e['companies']} == {'Acme': 'acquirer', 'Beta Inc': 'target'}, e['companies']"

# What others guess may happen, or an ambition, is no deal; a rumour the market trades on
# and a company's own "may seek" are (talks).
one "Following an agreed sale, Vodafone could make an offer for Ono, the Spanish cable operator, some analysts believe."
pycheck "an analysts' guess is no deal" "
assert not of('acquisition') and not of('investment'), events"
wire "Analysts reasoned that Chrysler Corp might feel moved eventually to sell off some of the older plants of American Motors Corp."
pycheck "what analysts reason a company might do is no deal" "
assert not of('acquisition'), of('acquisition')"
one "Last month Vodafone reiterated its ambitions to increase its stake in Bharti Airtel."
pycheck "an ambition is no deal" "
assert not of('investment') and not of('acquisition'), events"
wire "American Express Co climbed on rumors the company was about to sell 10 pct of its Shearson Lehman Brothers unit to Nippon Life Insurance Co, traders said."
pycheck "a rumour the market trades on is talks of a deal" "
assert of('investment') or of('acquisition'), events"
wire "Acme Corp is in negotiations that could result in the acquisition of Beta Inc, analysts said."
pycheck "negotiations that could end in a deal are talks" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'acme': 'acquirer', 'beta': 'target'}, d['companies']"

# A short name ending in s is no plural ("Mars", "Sears"); a plural's ending is ("Analysts").
one "Mars agreed to buy Pringles maker Kellanova for about \$36 billion in cash."
pycheck "a short name in -s buys" "
[d] = of('acquisition')
assert {c['name']: c['role'] for c in d['companies']} == {'Mars': 'acquirer', 'Kellanova': 'target'}, d['companies']"
one "Sears will acquire Kellanova."
pycheck "a five-letter name in -s buys" "
assert [c['name'] for c in of('acquisition')[0]['companies'] if c['role'] == 'acquirer'] == ['Sears'], events"
one "Analysts will acquire Kellanova."
pycheck "a plural noun buys nothing" "
assert not [c for e in of('acquisition') for c in e['companies'] if c['role'] == 'acquirer'], events"

# A regulator named by what it does and its country ("Britain's competition regulator").
one "Britain's competition regulator blocked Microsoft's acquisition of Activision Blizzard."
pycheck "a regulator described by its country" "
[d] = of('regulatory_approval')
assert d['data'] == {'regulator': 'CMA', 'status': 'blocked'}, d['data']"
one "The UK's competition watchdog cleared Vodafone's merger with Three UK."
pycheck "a watchdog described by its country" "
[d] = of('regulatory_approval')
assert d['data'] == {'regulator': 'CMA', 'status': 'approved'}, d['data']"

# A buyback's count of shares; "another" amount; goods bought back are no buyback; a par
# value is no amount.
one "Acme Corp said it will repurchase up to 10 million of its common shares."
pycheck "a buyback's count of shares" "
[d] = of('buyback')
assert d['data'].get('shares') == 10000000 and 'amount' not in d['data'], d['data']"
one "Shell said it would buy back another \$3.5 billion of shares over the next three months."
pycheck "buy back another amount" "
[d] = of('buyback')
assert d['data'].get('amount') == 3500000000 and d['data'].get('currency') == 'USD', d['data']"
one "Toyota will buy back 5,000 vehicles from dealers."
pycheck "goods bought back are no buyback" "
assert not of('buyback'), of('buyback')"
wire "Firstcorp Inc said its board has increased the maximum number of Class A shares in its repurchase program to 250,000 from 200,000 shares."
pycheck "a buyback's count raised from one figure to another" "
assert of('buyback')[0]['data'].get('shares') == 250000, of('buyback')"
wire "General Motors Corp said its directors authorized the repurchase of up to 20 pct of its 1.66 dlr par value common stock by the end of 1990."
pycheck "a par value is no amount" "
[d] = of('buyback')
assert 'amount' not in d['data'], d['data']"

# A supply agreement "with X for" goods, or "with X to buy": X supplies; else the signer does.
one "Toyota signed a supply agreement with Panasonic Energy for lithium-ion cells."
pycheck "a supply agreement with X for goods: X supplies" "
[d] = of('contract')
assert {c['name']: c['role'] for c in d['companies']} == {'Panasonic': 'supplier', 'Toyota': 'customer'}, d['companies']"
one "Acme Corp signed a supply deal with Beta Inc to buy its chips."
pycheck "a supply deal with X to buy: X supplies" "
[d] = of('contract')
assert [c['id'] for c in d['companies'] if c['role'] == 'supplier'] == ['beta'], d['companies']"
one "Albemarle signed a supply agreement with Ford Motor Co to provide lithium hydroxide."
pycheck "a supply agreement to provide: the signer supplies" "
[d] = of('contract')
assert [c['name'] for c in d['companies'] if c['role'] == 'supplier'] == ['Albemarle'], d['companies']"
one "Acme Corp won a supply contract from Beta Inc for brake parts."
pycheck "a supply contract won from X for goods: X buys" "
[d] = of('contract')
assert [c['id'] for c in d['companies'] if c['role'] == 'customer'] == ['beta'], d['companies']"

# A Romance name's particles after a name cue: "acquired by Compagnie de Saint-Gobain".
wire "Norton Co said it agreed to be acquired by Compagnie de Saint-Gobain for 75 dlrs a share."
pycheck "a particle inside a buyer's name after by" "
[d] = of('acquisition')
assert [c['name'] for c in d['companies'] if c['role'] == 'acquirer'] == ['Compagnie de Saint-Gobain'], d['companies']"

# Ratings in single quotes; a relative clause's company is not the subject of the verb after
# it; a year that closes a relative clause dates only the clause; "Last year," opening a
# sentence makes it background; loans lined up or drawn; a count told roughly; a stake's
# new size after its company's description; a start-up based somewhere; money in yen.
one "S&P Global Ratings downgraded Calloway Chemicals Corp's long-term issuer credit rating to 'BB+' from 'BBB-'."
pycheck "ratings in single quotes" "
[d] = of('rating_change')
assert d['data'].get('rating_to') == 'BB+' and d['data'].get('rating_from') == 'BBB-', d['data']"
one "Calloway Chemicals Corp, which announced the Oberon Coatings deal in September, plans to sell about \$3 billion of new bonds."
pycheck "a relative clause's company is not the issuer" "
[d] = of('financing')
assert [c['id'] for c in d['companies']] == ['calloway-chemicals'], d['companies']"
one "Acme Corp, which bought Beta Inc last year, raised its quarterly dividend to 20 cents a share."
pycheck "a year closing a relative clause dates only the clause" "
[d] = of('dividend')
assert d['data'].get('amount_per_share') == 0.2 and not d['data'].get('context'), d['data']"
one "Last year, Acme Corp raised its quarterly dividend to 20 cents a share."
pycheck "a sentence opening with last year is background" "
assert not of('dividend'), of('dividend')"
one "Halvorsen Corp said it had lined up a \$3 billion bridge loan from Morgan Stanley to fund the offer."
pycheck "a loan lined up" "
[d] = of('financing')
assert d['data'] == {'amount': 3000000000, 'currency': 'USD', 'kind': 'loan'}, d['data']"
one "Kaizan Holdings sold about 120 million shares of Lyrion Semiconductor Ltd."
pycheck "shares sold counted roughly" "
[d] = of('investment')
assert {c['name']: c['role'] for c in d['companies']} == {'Lyrion Semiconductor Ltd': 'investee', 'Kaizan Holdings': 'seller'}, d['companies']"
one "Kaizan Holdings said it would invest 50 billion yen in Tokyo-based start-up Hoshino Robotics for a 30% stake."
pycheck "a start-up based somewhere, money in yen" "
[d] = of('investment')
assert [c['name'] for c in d['companies'] if c['role'] == 'investee'] == ['Hoshino Robotics'] and d['data'].get('stake_percent') == 30, d"
printf 'Kaizan cuts Lyrion stake\nMay 13, 2026\n\nKaizan Holdings said on Wednesday it had sold about 120 million shares of Lyrion Semiconductor Ltd, cutting its stake in the chipmaker to 9.8%% from 14.5%%.\n\nKaizan first invested in Lyrion in 2019, buying a 20%% stake for $2.5 billion.\n' >"$TMP/kaizan.txt"
dry "$TMP/kaizan.txt"
pycheck "a stake's new size, none from a past deal told later" "
[d] = of('investment')
assert d['data'].get('stake_percent') == 9.8, d['data']"

# A passive purchase with no "by" names no buyer after it; net income is no price; a deal
# dated by the year that ends its sentence is background; a company is no place; Finnish
# and other suffixes; working with advisers is no partnership; a unit named after its
# owner's possessive stands for the owner in a partnership.
wire "B and C managing director Peter Goldie said RMJ Holdings Corp would be bought at about the same multiple as Exco International Plc, suggesting net income of around 16 mln dlrs."
pycheck "a passive purchase with no by names no buyer" "
assert not [c for e in of('acquisition') for c in e['companies'] if c['role'] == 'acquirer'], of('acquisition')"
wire "IBM acquired Rolm, a Santa Clara, Calif.-based maker of telephone switchboards and other telecommunications equipment, in 1984."
pycheck "a deal dated by the year ending its sentence is background" "
assert not of('acquisition'), of('acquisition')"
wire "She said the decision by Chemical New York Corp to close the office was made as a result of changes in Chemical's regional customer base."
pycheck "a company is no place" "
[d] = of('facility')
assert d['data'].get('action') == 'close' and 'location' not in d['data'], d['data']"
one "Kelsey Dynamics Corp will work with Finnish shipbuilder Aurora Yards Oy, which will produce the hulls."
pycheck "a partner named with a Finnish suffix" "
[d] = of('partnership')
assert sorted(c['name'] for c in d['companies']) == ['Aurora Yards', 'Kelsey Dynamics'], d['companies']"
one "Acme Corp will work with Goldman Sachs as its adviser on the sale."
pycheck "working with an adviser is no partnership" "
assert not of('partnership'), of('partnership')"
one "Lumora Health Inc and Amazon.com Inc's cloud unit AWS said on Tuesday they had formed a five-year strategic partnership."
pycheck "a unit after its owner's possessive stands for the owner" "
[d] = of('partnership')
assert sorted(c['id'] for c in d['companies']) == ['AMZN', 'lumora-health'], d['companies']"
one "Acme Corp signed an agreement to supply chips to Microsoft."
pycheck "an agreement to supply goods to a customer" "
[d] = of('contract')
assert {c['name']: c['role'] for c in d['companies']} == {'Acme': 'supplier', 'Microsoft': 'customer'}, d['companies']"

# The owner in an appositive is not the buyer ("X, a subsidiary of Y, said it agreed to buy");
# a passive with an adverb ("was recently acquired by").
wire "Exco International Plc, a subsidiary of British and Commonwealth Shipping Co Plc <BCOM.L>, said it had agreed in principle to buy an 80 pct stake in RMJ Holdings Corp for about 79 mln dlrs."
pycheck "the owner in an appositive is not the buyer" "
[d] = of('investment')
assert [c['id'] for c in d['companies'] if c['role'] == 'investor'] == ['exco-international'], d['companies']"
wire "Beta Corp, a former subsidiary of Gamma Inc, was recently acquired by Acme Corp."
pycheck "a passive with an adverb" "
[d] = of('acquisition')
r = {c['id']: c['role'] for c in d['companies']}
assert r.get('acme') == 'acquirer' and r.get('beta') == 'target', r"

wire "LONDON, Mar 2 - <Exco International Plc>, a subsidiary of British and Commonwealth Shipping Co Plc <BCOM.L>, said it had agreed in principle to buy an 80 pct stake in <RMJ Holdings Corp> for about 79 mln dlrs."
pycheck "a bracketed name's appositive owner is not the buyer" "
[d] = of('investment')
assert [c['id'] for c in d['companies'] if c['role'] == 'investor'] == ['exco-international'], d['companies']"
wire "CNW Corp said its Chicago and North Western Transportation Co sold 25 mln dlrs of consolidated mortgage bonds."
pycheck "a place before and opens a name that runs to a suffix" "
assert [c['name'] for e in of('financing') for c in e['companies']][:1] == ['Chicago and North Western Transportation'], of('financing')"

# Modern-story mends: "said Thursday it", a one-word name after what it is; a company inside
# a relative clause is not the one a sentence's person leaves; a part of a whole is no
# metric change; acreage from a seller; a name with its legal form after a comma; a loan
# committed to fund a deal; "an increase of the quarterly dividend", "an increase of 9%";
# a gain is no price.
one "Streaming service Streamwise said Thursday it will lay off roughly 15% of its employees."
pycheck "a one-word name after what it is, said on a weekday" "
[d] = of('workforce')
assert [c['name'] for c in d['companies']] == ['Streamwise'] and d['data'].get('percent') == 15, d"
printf 'Streamwise to shed about 15%% of staff as subscriber growth stalls\nAugust 20, 2026\n\nStreaming service Streamwise said Thursday it will lay off roughly 15%% of its employees.\n\nStreamwise, which is majority-owned by media group Harcourt Media, also said finance chief Leo Brandt would leave at the end of September.\n' >"$TMP/streamwise.txt"
dry "$TMP/streamwise.txt"
pycheck "a relative clause's owner is not the company a person leaves; a part of staff is no metric" "
[d] = of('executive_change')
assert [c['name'] for c in d['companies']] == ['Streamwise'], d['companies']
assert not of('metric_change'), of('metric_change')"
one "Thornvale Energy Corp agreed to acquire approximately 48,000 net acres in the Delaware Basin from Carver Oil & Gas, LLC for total consideration of \$2.05 billion."
pycheck "acreage bought from a seller named with its legal form after a comma" "
[d] = of('acquisition')
assert {c['name']: c['role'] for c in d['companies']} == {'Thornvale Energy': 'acquirer', 'Carver Oil & Gas': 'seller'} and d['data'].get('amount') == 2050000000, d"
one "Thornvale Energy Corp's Board of Directors approved an increase of the quarterly base dividend to \$0.24 per share from \$0.22 per share, an increase of 9%."
pycheck "an increase of the dividend, and of 9%" "
[d] = of('dividend')
assert d['data'].get('action') == 'raised' and d['data'].get('change_percent') == 9, d['data']"
wire "Commercial Credit Co said it has completed the sale of its leasing unit, McCullagh Leasing Inc, for an after-tax gain of 17 mln dlrs."
pycheck "a gain is no price" "
[d] = of('acquisition')
assert 'amount' not in d['data'] and d['data'].get('status') == 'completed', d['data']"

# Surname particles; "its" after "and" is the sentence's subject; steps told as the time of
# another thing are background; an approval "without conditions" is plain.
one "Cobalt Payments said its co-founder and chief executive Femke de Wit will leave the company."
pycheck "a surname with a particle" "
[d] = of('executive_change')
assert d['data'].get('person') == 'Femke de Wit' and d['data'].get('action') == 'departed', d['data']"
one "Cobalt Payments BV will be folded into Fiserv Inc's merchant business, and its chief executive Femke de Wit will leave the company."
pycheck "its after and is the sentence's subject" "
[d] = of('executive_change')
assert [c['name'] for c in d['companies']] == ['Cobalt Payments'], d['companies']"
one "Pelican Freight Inc and Sorrento Logistics Corp called off their merger, three months after the U.S. Federal Trade Commission sued to block the deal."
pycheck "a regulator's step told as the time of another is background" "
assert not of('regulatory_approval') and not of('legal'), events"
one "Fiserv Inc, whose shares have fallen 38% this year, said in April it would cut 2,000 jobs."
pycheck "a cut told in a month gone by is background" "
assert not of('workforce'), of('workforce')"
one "The European Commission cleared Fiserv's \$1.1 billion acquisition of Cobalt Payments without conditions."
pycheck "an approval without conditions" "
[d] = of('regulatory_approval')
assert d['data'].get('status') == 'approved', d['data']"

# A change that takes effect on a day to come is news of the day it is told.
printf 'Acme names new chief\nDecember 3, 2026\n\nAcme Corp said chief operating officer Sara Holm will take over as chief executive on Jan. 1.\n' >"$TMP/effective.txt"
dry "$TMP/effective.txt" --model none
pycheck "an appointment effective later is dated by the article" "
[d] = of('executive_change')
assert d['occurred_on'] == '2026-12-03', d"

# Buyers named together after "to" all buy.
one "Acme Corp sold its unit to Beta Inc and Gamma Corp for \$20 million."
pycheck "buyers named together all buy" "
[d] = of('acquisition')
assert sorted(c['id'] for c in d['companies'] if c['role'] == 'acquirer') == ['beta', 'gamma'], d['companies']"

# Results in a clause before the outlook's, or after "after" with their change, are results;
# a company's own outlook raised is no analyst's call.
printf "Velmar Software's quarterly revenue tops forecasts, outlook raised again\nOctober 28, 2026\n\nOct 28 (Reuters) - Velmar Software Inc said on Wednesday third-quarter revenue rose 17%% to \$2.31bn and adjusted earnings came in at \$1.12 a share, both above Wall Street forecasts, and it lifted its full-year revenue outlook to between \$9.10 billion and \$9.25 billion from \$8.9 billion to \$9.1 billion.\n" >"$TMP/velmar.txt"
dry "$TMP/velmar.txt"
pycheck "results in a clause before the outlook's; an outlook raised is no rating" "
[d] = of('earnings')
assert d['data'].get('period') == 'Q3 2026' and d['data'].get('versus_expectations') == 'beat', d['data']
[g] = of('guidance')
assert g['data'].get('low') == 9100000000 and g['data'].get('direction') == 'raised', g['data']
assert not of('rating_change'), of('rating_change')"
one "Sanwa Kogyo Co cut its full-year operating profit forecast by 15% to 170 billion yen, after profit in the July-September quarter dropped 22% to 38.5 billion yen."
pycheck "an outlook cut after results told with their change" "
[g] = of('guidance')
assert g['data'].get('low') == g['data'].get('high') == 170000000000, g['data']
assert of('earnings'), events"

# An outlook told as a target with its year, of EBITDA; results "last year"; an outlook at
# one end of a range; a company in a relative clause before an outlook's verb.
one "Brandt Energie SE reaffirmed its 2027 target of adjusted EBITDA of 4.5 billion to 4.7 billion euros."
pycheck "a target with its year, of adjusted EBITDA" "
[g] = of('guidance')
assert g['data'].get('metric') == 'ebitda' and g['data'].get('direction') == 'reaffirmed' and g['data'].get('low') == 4500000000, g['data']"
one "Brandt Energie SE said core profit rose 11% to 4.2 billion euros last year."
pycheck "results last year are the year before the article's" "
[d] = of('earnings')
assert d['data'].get('period') == 'FY2025', d['data']"
one "Acme Corp said revenue rose 11% from last year to \$4.2 billion."
pycheck "a comparison with last year dates no period" "
[d] = of('earnings')
assert 'period' not in d['data'], d['data']"
one "Clarion Health Systems Plc said it now expected full-year revenue at the top end of its 300-320 million pound range."
pycheck "an outlook at the top end of its range" "
[g] = of('guidance')
assert g['data'].get('direction') == 'raised' and g['data'].get('high') == 320000000, g['data']"
one "Brandt Energie SE, which bought Norwegian hydropower producer Fjell Kraft for 900 million euros in 2024, confirmed its target of adjusted EBITDA of 4.5 billion to 4.7 billion euros for 2027."
pycheck "an outlook's company and year outside a relative clause" "
[g] = of('guidance')
assert [c['name'] for c in g['companies']] == ['Brandt Energie'] and g['data'].get('period') == 'FY2027', g"

# A peer named after "and" and a place's possessive; "The stake ... was raised to" sizes the
# investment told before.
one "Irish telecoms group Halloran Plc agreed to sell Halloran Digital to a consortium led by KKR and Singapore's GIC for 2.1 billion euros."
pycheck "a peer after and and a place's possessive buys too" "
[d] = of('acquisition')
assert sorted(c['name'] for c in d['companies'] if c['role'] == 'acquirer') == ['GIC', 'KKR'], d['companies']"
printf 'Norvald stake tops 10%%\nNovember 24, 2026\n\nNorvald Capital AB has lifted its holding in Swedish lender Tessin Bank AB above the 10%% threshold, a filing showed on Tuesday.\n\nThe stake, held through shares and derivatives, was raised to 10.4%% from 8.9%%, the filing showed.\n' >"$TMP/norvald.txt"
dry "$TMP/norvald.txt" --model none
pycheck "the stake's new size told in the next sentence" "
[d] = of('investment')
assert d['data'].get('stake_percent') == 10.4, d['data']"

# A deal's buyer in a clause "that" opens; the value a deal puts on its target, told after.
printf 'Tessaly shares soar\nOctober 7, 2026\n\nShares of Tessaly Leisure Group jumped 22%% on Wednesday after Bloomberg News reported that Brookfield Asset Management was in early talks to buy the holiday park operator.\n\nA deal could value Tessaly at around 1.8 billion pounds including debt, the report said.\n' >"$TMP/tessaly.txt"
dry "$TMP/tessaly.txt" --model none
pycheck "a buyer after reported that; the value a deal puts on its target" "
[d] = of('acquisition')
assert {c['name']: c['role'] for c in d['companies']} == {'Brookfield Asset Management': 'acquirer', 'Tessaly Leisure Group': 'target'}, d['companies']
assert d['data'].get('amount') == 1800000000 and d['data'].get('currency') == 'GBP' and d['data'].get('status') == 'talks', d['data']"

# A holder that cuts his, her or their holding sells part of it.
one "Jonas Lindgren has cut his holding in Acme Corp to 18.7% from 24.1%."
pycheck "a person cutting his holding sells" "
[d] = of('investment')
assert {c['name']: c['role'] for c in d['companies']} == {'Acme Corp': 'investee', 'Jonas Lindgren': 'seller'} and d['data'].get('stake_percent') == 18.7, d"

# Third modern set: a class action; a dateline before an IPO's issuer; a dividend raised to
# pence; a bookings outlook; a plant shut in an earlier year, or one analysts say a company
# might consider.
one "Shareholders of Quorra Health Inc filed a proposed class action in federal court on Thursday."
pycheck "a class action is a lawsuit" "
[d] = of('legal')
assert d['data'].get('action') == 'lawsuit' and [c['id'] for c in d['companies']] == ['quorra-health'], d"
one "Nov 26 - Nuvexa Therapeutics priced its initial public offering at \$21 per share, raising \$1.1 billion."
pycheck "an IPO's issuer after a dateline" "
[d] = of('financing')
assert d['data'] == {'amount': 1100000000, 'currency': 'USD', 'kind': 'ipo'} and d['companies'][0]['name'] == 'Nuvexa Therapeutics', d"
one "Fairhaven Insurance Plc raised its interim dividend by 8% to 9.2p."
pycheck "a dividend raised to pence" "
[d] = of('dividend')
assert d['data'].get('amount_per_share') == 0.092 and d['data'].get('currency') == 'GBP', d['data']"
one "Pixelforge Inc cut its full-year bookings forecast to \$1.3 billion from \$1.6 billion."
pycheck "a bookings outlook" "
[g] = of('guidance')
assert g['data'].get('metric') == 'bookings' and g['data'].get('low') == 1300000000, g['data']"
one "Sorano Tire Co shut its plant in Ohio in 2024 after demand fell."
pycheck "a plant shut in an earlier year is background" "
assert not of('facility'), of('facility')"
one "Analysts at Nomura said Sorano Tire Co might also consider building a plant in India."
pycheck "a plant analysts say might be considered is none" "
assert not of('facility'), of('facility')"

# An appeal of a fine; an inquiry into conduct is no deal under review; a description before
# the verb is the subject, not a company after it.
one "Korvax AG said it would appeal a 120 million euro fine imposed by Germany's cartel office last week."
pycheck "an appeal of a fine" "
[d] = of('legal')
assert d['data'].get('action') == 'appeal', d['data']"
one "The European Commission said it had opened a formal antitrust investigation into whether Korvax AG restricted customers."
pycheck "an inquiry into conduct is legal, no filing" "
assert of('legal') and not of('regulatory_filing'), events"
printf 'Zentro notes\nDecember 1, 2026\n\nZentro Labs Inc said on Tuesday it plans to offer \$900 million of convertible senior notes.\n\nThe chip designer said it would use about \$150 million of the proceeds to repurchase its own shares and the rest to repay a term loan it took out last year to fund the purchase of Arclight Systems.\n' >"$TMP/zentro.txt"
dry "$TMP/zentro.txt" --model none
pycheck "a description before the verb is the subject" "
[d] = of('buyback')
assert [c['id'] for c in d['companies']] == ['zentro-labs'] and d['data'].get('amount') == 150000000, d"

# Two companies fined in one sentence, each with its amount; the investigation a company helped
# is no new case; board seats; an interim chief who "will serve as"; a merger dated from an
# earlier year by "a year later"; a move over the year in a relative clause; "The shares fell"
# closing a story; a joint venture "with it".
one "The European Commission on Wednesday fined Germany's Dalberg AG 412 million euros and Czech supplier Ostrov Components 286 million euros for colluding on prices."
pycheck "two companies fined, each with its amount" "
fs = sorted((e['companies'][0]['name'], e['data'].get('amount'), len(e['companies'])) for e in of('legal'))
assert fs == [('Dalberg AG', 412000000, 1), ('Ostrov Components', 286000000, 1)], fs"
one "Dalberg's fine was cut by 10% because it cooperated with the investigation."
pycheck "help given to an investigation is no new case" "
assert not of('legal'), of('legal')"
one "Norvik Energy added two independent directors, Kari Lund and James Whitford, to its board."
pycheck "two directors added to a board" "
xs = sorted((e['data']['person'], e['data']['position'], e['data']['action']) for e in of('executive_change'))
assert xs == [('James Whitford', 'director', 'appointed'), ('Kari Lund', 'director', 'appointed')], xs"
wire "Insituform also said James Colclough has resigned from its board for health reasons and secretary Scott Saltpeter has resigned, effective June Five."
pycheck "a director who resigned, not the secretary after him nor a date in words" "
xs = [(e['data']['person'], e['data']['action']) for e in of('executive_change')]
assert xs == [('James Colclough', 'departed')], xs"
one "Varrow Mining Corp said Chief Financial Officer Ana Ruiz will serve as interim CEO while the board searches for a permanent replacement."
pycheck "an interim chief who will serve as one" "
xs = [(e['data']['person'], e['data']['position'], e['data']['action']) for e in of('executive_change')]
assert xs == [('Ana Ruiz', 'CEO', 'appointed')], xs"
one "Varrow Mining Corp said Ana Ruiz, who took the helm in 2022, steered the miner through its \$2.3 billion merger with Sunfield Metals a year later."
pycheck "a merger a year after an earlier year is background" "
assert not of('acquisition'), of('acquisition')"
one "Ridgeway Robotics said it would split its stock 10-for-1, making its shares, which have more than tripled this year, more affordable."
pycheck "a move over the year in a relative clause is background" "
assert of('stock_split') and not of('share_move'), events"
printf 'Brevik signs loan\nNovember 25, 2026\n\nBrevik Shipping said on Wednesday it had signed a 750 million euro term loan with a group of banks.\n\nThe shares fell 12%%.\n' >"$TMP/brevik.txt"
dry "$TMP/brevik.txt" --model none
pycheck "the shares of the article's company" "
[m] = of('share_move')
assert [c['id'] for c in m['companies']] == ['brevik-shipping'] and m['data']['percent'] == -12, m"
one "Toyota Motor Corp will buy a 15% stake in battery startup Ionvale for \$420 million and set up a joint venture with it to make battery cells in Kentucky."
pycheck "a joint venture with it" "
[p] = of('partnership')
assert sorted(c['name'] for c in p['companies']) == ['Ionvale', 'Toyota'], p"

# A name whose letters are another company's ticker ("T.E.A.M. Inc" is no Atlassian); a
# holding told as background; a holding disclosed is done; the shares bought and the price
# paid for them are the stake told before; a filing beside a stake is its holder's; a
# headline's bid that the body tells as a tender offer begun.
wire "Rexford Corp said it agreed to acquire T.E.A.M. Inc, a Houston maker of oilfield pumps, for about 9.8 mln dlrs."
pycheck "a name spelled as another company's ticker" "
[d] = of('acquisition')
assert {c['name']: c['role'] for c in d['companies']} == {'Rexford': 'acquirer', 'T.E.A.M. Inc': 'target'}, d"
wire "Granville, a privately held investment company, said it already owns 4.9 pct of Merrimack Textile Corp's 8.2 mln shares."
pycheck "a holding already owned is background" "
assert not of('investment'), of('investment')"
wire "Garland Partners said it will continue to hold its 9.6 pct stake in Elgin National Industries Inc."
pycheck "a holding kept is background" "
assert not of('investment'), of('investment')"
wire "Lindqvist Partners said it holds 6.2 pct of the common stock of Carrow Instruments Inc."
pycheck "a holding disclosed is done" "
[d] = of('investment')
assert d['data']['status'] == 'completed' and d['data']['stake_percent'] == 6.2, d"
printf 'Date: 16-MAR-1987\nINVESTMENT FIRM HAS 6.2 PCT OF CARROW INSTRUMENTS <CRRW>\nWASHINGTON, March 16 - Lindqvist Partners said it holds 6.2 pct of the common stock of Carrow Instruments Inc.\n    In a filing with the Securities and Exchange Commission, Lindqvist said it bought its 412,500 Carrow shares for a total of 5.3 mln dlrs for investment purposes.\n' >"$TMP/lindq.txt"
dry "$TMP/lindq.txt" --model none
pycheck "shares bought are the stake told before, with their price; the filing is the holder's" "
[d] = of('investment')
assert d['data'].get('amount') == 5300000 and d['data']['status'] == 'completed', d
assert not of('acquisition'), of('acquisition')
[f] = of('regulatory_filing')
assert [c['id'] for c in f['companies']] == ['lindqvist-partners', 'carrow-instruments'], f"
printf 'Date: 19-MAR-1987\nICAHN HAS 8.4 PCT OF MERCER TOOL <MTOL>\nNEW YORK, March 19 - Investor Carl Icahn said he bought 8.4 pct of Mercer Tool Co'"'"'s common stock.\n    Icahn, in a filing with the Securities and Exchange Commission, said he paid about 21.6 mln dlrs for his 1.3 mln Mercer shares.\n' >"$TMP/icahn.txt"
dry "$TMP/icahn.txt" --model none
pycheck "the price paid for the shares of a stake told before" "
[d] = of('investment')
assert d['data'].get('amount') == 21600000 and d['data'].get('qualifier') == 'about', d"
printf 'Date: 6-MAR-1987\nGRANVILLE HOLDINGS STARTS BID FOR MERRIMACK TEXTILE <MTX>\nNEW YORK, March 6 - Granville Holdings Inc said it began a tender offer of 31 dlrs a share in cash for all outstanding shares of Merrimack Textile Corp.\n' >"$TMP/granv.txt"
dry "$TMP/granv.txt" --model none
pycheck "a headline bid the body tells as a tender offer begun" "
[d] = of('acquisition')
assert d['data']['status'] == 'announced' and d['data'].get('kind') == 'tender_offer', d"

# An offer a share from a bidder, rejected; an adviser in an appositive sells nothing; the value
# of a transaction told after the deal; an offer raised is made; a stake lowered is done; a
# stake the market rumours is talks; work done jointly is a partnership, of the two sides of
# the deal told before; "its" plant is the speaker's; vehicles bought by the count are an
# order; a broker's name with a comma in it.
wire "Dunmore Shoe Co said its board rejected an unsolicited offer of 18 dlrs a share from Whitcomb Group Inc as inadequate."
pycheck "an offer a share from a bidder, rejected" "
[d] = of('acquisition')
assert {c['name']: c['role'] for c in d['companies']} == {'Whitcomb Group': 'acquirer', 'Dunmore Shoe': 'target'} and d['data']['status'] == 'rejected', d"
wire "Dunmore Shoe Co said it has asked its investment banker, Dillon Read and Co Inc, to explore alternatives, including a sale of the company."
pycheck "an adviser in an appositive sells nothing" "
assert not [c for e in events for c in e['companies'] if 'Dillon' in c['name']], events"
printf 'Date: 20-APR-1987\nCOBB VALLEY BANCSHARES HOLDERS APPROVE MERGER\nATLANTA, April 20 - Shareholders of Cobb Valley Bancshares Inc approved the company'"'"'s merger into United Piedmont Corp, Cobb Valley said.\n    Under the agreement, Cobb Valley holders will receive 1.15 United Piedmont shares for each share they own, a transaction valued at about 58 mln dlrs.\n' >"$TMP/cobb.txt"
dry "$TMP/cobb.txt" --model none
pycheck "the value of a transaction told after the deal" "
[d] = of('acquisition')
assert d['data'].get('amount') == 58000000 and d['data'].get('qualifier') == 'about', d"
wire "Tarkington Corp said it raised its offer for Bayfield Paper Co to 45 dlrs a share from 41 dlrs."
pycheck "an offer raised is made" "
[d] = of('acquisition')
assert d['data']['status'] == 'announced', d"
wire "Pilgrim Mutual Fund Inc said it lowered its stake in Danvers Corp to 380,000 shares, or 5.1 pct of the total outstanding, from 552,000 shares, or 7.4 pct."
pycheck "a stake lowered is done" "
[d] = of('investment')
assert d['data']['status'] == 'completed' and d['data']['stake_percent'] == 5.1, d"
wire "Traders said the stock was lifted by rumors that Zenith Capital Corp was building a stake in Hartwell Corp."
pycheck "a stake the market rumours is talks" "
[d] = of('investment')
assert d['data']['status'] == 'talks', d"
printf 'Date: 23-APR-1987\nJAPAN'"'"'S TOKAI ELECTRIC TO BUY 20 PCT OF SUNBELT SEMICONDUCTOR\nSAN JOSE, Calif., April 23 - Sunbelt Semiconductor Inc said Tokai Electric Co Ltd of Japan agreed to buy 20 pct of its common stock for 45 mln dlrs.\n    Sunbelt said it will issue 2.5 mln new shares to Tokai at 18 dlrs a share, and use the proceeds to expand its wafer plant in Austin, Texas.\n    The two companies also agreed to develop memory chips jointly, Sunbelt said.\n' >"$TMP/tokai.txt"
dry "$TMP/tokai.txt" --model none
pycheck "work done jointly by the two sides of a deal; its plant is the speaker's" "
[p] = of('partnership')
assert sorted(c['id'] for c in p['companies']) == ['sunbelt-semiconductor', 'tokai-electric'], p
[f] = of('facility')
assert [c['id'] for c in f['companies']] == ['sunbelt-semiconductor'], f"
wire "General Motors Corp and PPG Industries Inc announced jointly that they had signed an agreement that will give PPG responsibility for operating a plant."
pycheck "announced jointly is no joint work" "
assert not of('partnership'), of('partnership')"
wire "Midcontinent Airlines Inc said it agreed to buy 12 Boeing 737 aircraft from Boeing Co for about 300 mln dlrs."
pycheck "vehicles bought by the count are an order" "
[c] = of('contract')
assert {x['name']: x['role'] for x in c['companies']} == {'Boeing': 'supplier', 'Midcontinent Airlines': 'customer'} and c['data']['amount'] == 300000000, c
assert not of('acquisition'), of('acquisition')"
wire "Shares of Prescott Foods Corp rose 1-1/4 to 38-3/4 after Smith Barney, Harris Upham and Co upgraded the stock to buy from hold, traders said."
pycheck "a broker's name with a comma in it" "
[r] = of('rating_change')
assert [c['name'] for c in r['companies'] if c['role'] == 'analyst'] == ['Smith Barney'], r"

# Results and payouts in the 1987 wire's manner: a fiscal quarter closed at the month its
# headline names; a half year to December; pence and Canadian dollars; a dividend in words; a
# dividend paid as declared before; a forecast against last year's result; a year before the
# metric; a figure a share set off by commas before the prior; a deal's proceeds spent.
printf 'Date: 10-MAR-1987\nBRANTLEY FOODS INC <BRFI> 3RD QTR JAN 31 NET\nOMAHA, Neb., March 10 - Shr 27 cts vs 24 cts\n    Net 1,904,000 vs 1,688,000\n' >"$TMP/brantley.txt"
dry "$TMP/brantley.txt" --model none
pycheck "a fiscal quarter closed at the month its headline names" "
[e] = of('earnings')
assert e['data']['period'] == 'Q3 FY1987', e['data']"
printf 'Date: 3-MAR-1987\nCALDERWOOD PLC <CLDW.L> SIX MONTHS TO DECEMBER 31\nLONDON, March 3 - Shr 9.1p vs 7.8p\n    Interim div 2.5p vs 2.2p\n    Pretax profit 12.4 mln stg vs 10.6 mln\n' >"$TMP/calder.txt"
dry "$TMP/calder.txt" --model none
pycheck "a half year to December; a dividend in pence" "
[e] = of('earnings')
assert e['data']['period'] == 'H2 1986', e['data']
[d] = of('dividend')
assert d['data']['amount_per_share'] == 0.025 and d['data']['currency'] == 'GBP' and d['data']['action'] == 'raised', d"
printf 'Date: 6-APR-1987\n<GLENBURN TRUST CO> SEMI-ANNUAL DIVIDEND\nTORONTO, April 6 - Semi-annual div 30 cts vs 30 cts prior\n    Pay May 15\n    Note: Dividend in Canadian funds.\n' >"$TMP/glenburn.txt"
dry "$TMP/glenburn.txt" --model none
pycheck "a dividend in Canadian funds" "
[d] = of('dividend')
assert d['data']['currency'] == 'CAD' and d['data']['amount_per_share'] == 0.3, d"
wire "Marden Optical Inc said its board declared an initial quarterly dividend of five cts a share, payable April 15 to holders of record March 31."
pycheck "a dividend in words" "
[d] = of('dividend')
assert d['data']['amount_per_share'] == 0.05, d"
wire "Dalton said it would pay its regular quarterly dividend of 20 cts a share on April 15 as previously declared."
pycheck "a dividend paid as declared before" "
assert not of('dividend'), of('dividend')"
wire "Ashcombe Chemical Corp said it expects 1987 earnings to rise to between 2.10 and 2.30 dlrs a share from 1.84 dlrs a share in 1986."
pycheck "a forecast against last year's result is a first forecast, of the year before its metric" "
[g] = of('guidance')
assert g['data']['direction'] == 'initiated' and g['data']['period'] == 'FY1987' and g['data']['low'] == 2.1, g"
one "Acme Corp now expects 2027 revenue of \$3.40 to \$3.50 billion."
pycheck "the low end of a range takes the scale of the high one" "
[g] = of('guidance')
assert g['data']['low'] == 3.4e9 and g['data']['high'] == 3.5e9, g"
wire "Merriman Bancshares Inc said 1986 net income fell to 14.2 mln dlrs, or 2.05 dlrs a share, from 16.9 mln dlrs, or 2.44 dlrs, in 1985."
pycheck "results with a figure a share between the figure and the prior" "
[e] = of('earnings')
m = {r['metric']: r.get('value') for r in e['data']['metrics']}
assert m == {'net_income': 14200000, 'eps': 2.05} and e['data']['period'] == 'FY1986', e"
wire "Radcliffe Lines Inc said its board declared a special dividend of 1.50 dlrs a share from the proceeds of the sale of its trucking unit."
pycheck "a deal's proceeds spent is no deal" "
assert of('dividend') and not of('acquisition'), events"

# Today's news: a name ending in an industry word before a bare apostrophe; an approval
# declined; an appositive after "Shares in X"; a finance director; a commitment for financing;
# a second bond in another currency; goods supplied to a company; a price target past a long
# description; a year's run after the news; the case told again; a sale forced as a remedy;
# holders' shares of a merged group; a proposal of a month gone by; a dividend suspended last
# month; a startup that builds software; lenders that fund what the borrower builds; a seller
# after a description.
one "The U.S. Food and Drug Administration on Friday approved Corvane Therapeutics' once-daily weight-loss pill."
pycheck "a name ending in an industry word before a bare apostrophe" "
[r] = of('regulatory_approval')
assert [c['name'] for c in r['companies']] == ['Corvane Therapeutics'] and r['data']['status'] == 'approved', r"
one "The U.S. Food and Drug Administration declined to approve Halbrook Biotherapeutics Inc's lupus treatment."
pycheck "an approval declined is blocked" "
[r] = of('regulatory_approval')
assert r['data']['status'] == 'blocked', r"
one "Shares in Hartwell Group, the British home furnishings retailer, fell 14 per cent on Wednesday."
pycheck "an appositive between the shares of a company and their move" "
[m] = of('share_move')
assert m['companies'][0]['name'] == 'Hartwell Group' and m['data']['percent'] == -14, m"
one "Hartwell Group said finance director Emma Clarke would step down next year."
pycheck "a finance director is the CFO" "
[x] = of('executive_change')
assert (x['data']['person'], x['data']['position'], x['data']['action']) == ('Emma Clarke', 'CFO', 'departed'), x"
wire "Morgan Grenfell Group Plc said senior corporate finance director Roger Seelig resigned."
pycheck "a corporate finance director is a banker, no CFO" "
assert not [x for x in of('executive_change') if x['data']['position'] == 'CFO'], events"
one "Wellbridge Health said it had received a commitment for \$250 million in debtor-in-possession financing from its lenders."
pycheck "a commitment for financing received" "
[f] = of('financing')
assert f['companies'][0]['name'] == 'Wellbridge Health' and f['data']['amount'] == 250000000, f"
printf 'Date: 2026-11-17\nDuvall Energy Inc sold \$2.25 billion of senior unsecured bonds on Tuesday.\nThe longest portion, \$1 billion of 30-year bonds, priced to yield 1.15 percentage points over Treasuries.\nThe company also priced 750 million euros of eight-year notes in Europe.\n' >"$TMP/duvall.txt"
dry "$TMP/duvall.txt" --model none
pycheck "a second bond in another currency is another financing, a portion of the first is none" "
fs = sorted((f['data'].get('currency'), f['data'].get('amount')) for f in of('financing'))
assert fs == [('EUR', 750000000), ('USD', 2250000000)], fs"
one "Seogang Energy said it would supply batteries worth \$2.8 billion to NextEra Energy."
pycheck "goods supplied to a company" "
[c] = of('contract')
assert {x['name']: x['role'] for x in c['companies']} == {'Seogang Energy': 'supplier', 'NextEra Energy': 'customer'}, c"
one "Morgan Stanley downgraded Tesla to equal-weight from overweight and cut its price target on the electric-car maker's stock to \$380 from \$430."
pycheck "a price target past a long description" "
[r] = of('rating_change')
assert r['data'].get('price_target') == 380, r"
printf 'Date: 2026-11-20\nMorgan Stanley downgrades Tesla\nNov 20 - Morgan Stanley downgraded Tesla Inc to equal-weight from overweight on Thursday.\nTesla shares fell 3%% in premarket trading.\nThe stock has gained about 20%% this year.\n' >"$TMP/ytd.txt"
dry "$TMP/ytd.txt" --model none
pycheck "a year's run told after the day's news is background" "
assert [m['data']['percent'] for m in of('share_move')] == [-3], of('share_move')"
printf 'Date: 2026-11-17\nThe U.S. Justice Department sued Stratum Health on Tuesday, alleging that the medical device maker'"'"'s 2024 acquisition of rival Pinewood Labs had let it raise prices.\nThe lawsuit, filed in federal court in Chicago, asks the court to force Stratum to sell Pinewood.\n' >"$TMP/doj.txt"
dry "$TMP/doj.txt" --model none
pycheck "the case told again and a sale sought as a remedy are none; what the suit alleges is no side" "
[l] = of('legal')
assert [c['id'] for c in l['companies']] == ['stratum-health'], l
assert not of('acquisition'), of('acquisition')"
one "Aldgate shareholders will own 55% of the enlarged company, which will be run by Thameside chief executive Sarah Moore."
pycheck "holders' shares of a merged group are no stake" "
assert not of('investment'), of('investment')"
printf 'Date: 2026-11-30\nCrestline Software Inc rejected an unsolicited \$36-a-share proposal from rival Pinemark Software in October, saying it undervalued the company.\n' >"$TMP/oct.txt"
dry "$TMP/oct.txt" --model none
pycheck "a proposal of a month gone by is background" "
assert not of('acquisition'), of('acquisition')"
printf 'Date: 2026-12-02\nArdmore Steel Corp shares fell 5%% on Wednesday.\nThe company suspended its quarterly dividend last month.\n' >"$TMP/susp.txt"
dry "$TMP/susp.txt" --model none
pycheck "a dividend suspended last month is background" "
assert not of('dividend'), of('dividend')"
one "Kitewire, a San Francisco startup that builds software to coordinate fleets of warehouse robots, has raised \$300 million."
pycheck "a startup that builds software opens no site" "
assert not of('facility'), of('facility')"
one "Stackline Data Inc said it had secured a \$7.2 billion construction loan from a group of banks led by JPMorgan and MUFG to build a campus in Abilene, Texas."
pycheck "lenders fund, the borrower builds" "
assert [c['name'] for f in of('facility') for c in f['companies']] == ['Stackline Data'], of('facility')"
one "Tornvik AB said it would buy German pump maker Essler GmbH from buyout firm Norrsken Partners for 1.9 billion euros."
pycheck "a seller after a description" "
[d] = of('acquisition')
assert {c['name']: c['role'] for c in d['companies']} == {'Tornvik': 'acquirer', 'Essler GmbH': 'target', 'Norrsken Partners': 'seller'}, d"

# From a third 1987 wire check: a buyout by a company's managers; U.S. dlrs; damages a suit
# seeks; talks discontinued; a headline's short name is the body's company; each of two buyers'
# half; a venture partner as buyer and a venture in an appositive; a service's contract; a
# one-letter grade moved from; a table's period in its first line; primary and diluted rows;
# a payout's rise told as a noun.
wire "Halvorsen Industries Inc said it agreed to a leveraged buyout by a group of its senior managers for 24 dlrs a share in cash, or about 142 mln dlrs."
pycheck "a buyout by the company's managers" "
[d] = of('acquisition')
assert [(c['name'], c['role']) for c in d['companies']] == [('Halvorsen Industries', 'target')] and d['data']['amount'] == 142000000, d"
wire "Norcan Resources Ltd said it signed a letter of intent to acquire Plainsman Oil Corp for 38 mln U.S. dlrs in cash and shares."
pycheck "U.S. dlrs" "
[d] = of('acquisition')
assert d['data'].get('amount') == 38000000 and d['data'].get('currency') == 'USD', d"
wire "Quarles Pharmaceutical Inc said it filed a lawsuit seeking 50 mln dlrs in damages from Hartwell Laboratories Inc for patent infringement."
pycheck "the damages a suit seeks" "
[l] = of('legal')
assert l['data'].get('amount') == 50000000, l"
wire "Ridgeway Bancorp Inc and Summit Financial Corp said they discontinued merger talks."
pycheck "talks discontinued end a deal" "
[d] = of('acquisition')
assert d['data']['status'] == 'terminated', d"
printf 'Date: 28-APR-1987\nCALLOWAY <CALO>, GENCO <GNCO> TO BUY LAKESIDE REFINING\nDALLAS, April 28 - Calloway Oil Corp and Genco Petroleum Inc said they agreed to jointly acquire Lakeside Refining Co for 90 mln dlrs.\n    Calloway and Genco said each will own 50 pct of Lakeside.\n' >"$TMP/callo.txt"
dry "$TMP/callo.txt" --model none
pycheck "a headline's short names are the body's companies; each buyer's half is no new stake" "
[d] = of('acquisition')
assert sorted(c['id'] for c in d['companies'] if c['role'] == 'acquirer') == ['calloway-oil', 'genco-petroleum'], d
assert not of('investment'), of('investment')"
wire "Drayton Corp said it sold its 50 pct interest in Northstar Polymers Co, a joint venture, to its partner, Kemper Chemical Co, for 27 mln dlrs."
pycheck "a venture partner buys; a venture in an appositive is no partnership" "
[d] = of('investment') + of('acquisition')
roles = {c['name']: c['role'] for c in d['companies']}
assert roles.get('Drayton') == 'seller' and roles.get('Kemper Chemical Co') in ('investor', 'acquirer'), d
assert not of('partnership'), of('partnership')"
wire "Corwin Systems Inc said it won a 25 mln dlr Navy contract to build sonar test equipment."
pycheck "a service's contract" "
[c] = of('contract')
assert {x['id']: x['role'] for x in c['companies']} == {'corwin-systems': 'supplier', 'us-navy': 'customer'}, c"
wire "Standard and Poor's Corp said it raised to A-plus from A the senior debt of Whitfield Power and Light Co."
pycheck "a one-letter grade moved from" "
[r] = of('rating_change')
assert r['data'].get('rating_from') == 'A' and r['data'].get('rating_to') == 'A+', r"
printf 'Date: 29-APR-1987\nBRIXTON MEDICAL SYSTEMS <BRXM> NET\nPHOENIX, April 29 - Qtr ended March 31\n    Shr 22 cts vs 16 cts\n    Net 1,740,000 vs 1,260,000\n' >"$TMP/brix.txt"
dry "$TMP/brix.txt" --model none
pycheck "a table's period in its first line" "
[e] = of('earnings')
assert e['data'].get('period') == 'Q1 1987', e"
printf 'Date: 4-MAR-1987\nQUIMBY PUBLISHING CO <QPUB> 4TH QTR NET\nNEW YORK, March 4 - Shr primary 1.12 dlrs vs 94 cts\n    Shr diluted 1.05 dlrs vs 90 cts\n    Net 9,840,000 vs 8,210,000\n    Year\n    Shr primary 3.61 dlrs vs 3.08 dlrs\n    Shr diluted 3.40 dlrs vs 2.95 dlrs\n    Net 31.7 mln vs 26.9 mln\n' >"$TMP/quimby.txt"
dry "$TMP/quimby.txt" --model none
pycheck "primary rows are EPS, and the year's block after them" "
es = {e['data'].get('period'): {m['metric']: m.get('value') for m in e['data']['metrics']} for e in of('earnings')}
assert es == {'Q4 1986': {'eps': 1.12, 'net_income': 9840000}, 'FY1986': {'eps': 3.61, 'net_income': 31700000}}, es"
wire "Lindquist said it will keep its quarterly dividend at 20 cts a share on the increased number of shares, in effect a 25 pct increase."
pycheck "a payout's rise told as a noun is no share move" "
assert not of('share_move'), of('share_move')"

# From a second check of today's news: a deal whose sentence ends with the year of an earlier
# one; a financing told in a relative clause of an earlier year; showrooms closed; a second
# dividend on top of the first; a review of a deal closed is its clearance; a stalking-horse
# bid for a bankrupt company's assets.
one "Microsoft Corp agreed to acquire cybersecurity company Palisade Security for \$9.5 billion in cash, the company said on Monday, its biggest purchase since it bought Activision Blizzard in 2023."
pycheck "a deal whose sentence ends with the year of an earlier one" "
[d] = of('acquisition')
assert {c['name']: c['role'] for c in d['companies']} == {'Microsoft': 'acquirer', 'Palisade Security': 'target'} and d['data']['amount'] == 9.5e9, d"
one "Orbit Systems, which raised \$250 million in its own IPO in 2024, saw its shares rise 11%."
pycheck "a financing in a relative clause of an earlier year is background" "
assert not of('financing') and of('share_move'), events"
one "Acme Corp said it will close 40 of its 190 showrooms."
pycheck "showrooms are sites" "
[f] = of('facility')
assert f['data']['action'] == 'close', f"
one "Norcastle Group declared a special dividend of \$2.50 per share on top of a regular quarterly payout of 40 cents."
pycheck "a second dividend on top of the first" "
ds = sorted((d['data']['action'], d['data'].get('amount_per_share')) for d in of('dividend'))
assert ds == [('declared', 0.4), ('special', 2.5)], ds"
one "The U.S. Federal Trade Commission has closed its in-depth investigation into Pellham Inc's \$3 billion acquisition of Norcrest Foods, clearing the way for the deal."
pycheck "a review of a deal closed clears it" "
[r] = of('regulatory_approval')
assert r['data']['status'] == 'approved' and r['data']['regulator'] == 'FTC', r
assert not of('regulatory_filing') and not of('legal'), events
[d] = of('acquisition')
assert d['data']['status'] == 'announced', d"
one "Brightway Stores Inc filed for Chapter 11 bankruptcy protection and said investment firm Hallmark Capital had agreed to act as stalking-horse bidder for substantially all of its assets for \$275 million."
pycheck "a stalking-horse bid for a bankrupt company's assets" "
[d] = of('acquisition')
assert {c['name']: c['role'] for c in d['companies']} == {'Hallmark Capital': 'acquirer', 'Brightway Stores': 'target'} and d['data']['amount'] == 275000000, d
assert of('bankruptcy'), events"

# A forecast of a month gone by adds nothing to a forecast withdrawn; an agency's "its" rating
# is the rated company's; goods supplied to a company named right after the verb; the shares
# of a described company.
printf 'Date: 2026-11-12\nCalloway Motors withdrew its 2026 financial guidance on Thursday, citing tariffs.\nThe truck maker had forecast in July adjusted earnings per share of \$4.10 to \$4.50 for the year.\n' >"$TMP/withdrawn.txt"
dry "$TMP/withdrawn.txt" --model none
pycheck "a forecast of a month gone by adds nothing to one withdrawn" "
[g] = of('guidance')
assert g['data']['direction'] == 'withdrawn' and 'low' not in g['data'], g"
printf 'Date: 2026-11-20\nFitch Ratings cut Warner Bros Discovery Inc to BB+ from BBB- on Thursday.\nS&P Global Ratings affirmed its BBB- rating with a negative outlook.\n' >"$TMP/affirm.txt"
dry "$TMP/affirm.txt" --model none
pycheck "an agency's its rating is the rated company's" "
rs = sorted(([c['id'] for c in r['companies'] if c['role'] == 'subject'], [c['id'] for c in r['companies'] if c['role'] == 'analyst']) for r in of('rating_change'))
assert rs == [(['WBD'], ['SPGI']), (['WBD'], ['fitch'])], rs"
one "Oracle Corp agreed to supply artificial intelligence lab Nebulon with computing capacity worth about \$14 billion."
pycheck "goods supplied to a company named right after the verb" "
[c] = of('contract')
assert {x['name']: x['role'] for x in c['companies']} == {'Oracle': 'supplier', 'Nebulon': 'customer'} and c['data']['amount'] == 14e9, c"
printf 'Date: 2026-11-20\nOracle Corp agreed to supply startup Nebulon with computing capacity.\nShares of the Austin, Texas-based software company rose 6.3%%.\n' >"$TMP/descshares.txt"
dry "$TMP/descshares.txt" --model none
pycheck "the shares of a described company" "
[m] = of('share_move')
assert [c['id'] for c in m['companies']] == ['ORCL'] and m['data']['percent'] == 6.3, m"

# A byline right under a headline with no date line opens the story, not its end.
printf 'Acme Corp to buy Beta Inc for $2 billion\nBy Jane Doe\n\nAcme Corp said on Monday it agreed to buy Beta Inc for $2 billion in cash.\n\nAcme shares rose 3%%.\n' >"$TMP/byline.txt"
dry "$TMP/byline.txt" --model none
pycheck "a byline under a headline with no date line" "
assert of('acquisition') and of('share_move'), events"

# From a check of longer stories: results in the past perfect; results reported earlier this
# month; a buyback completed in an earlier year; a placement of a month gone by; a payout raised
# to an amount after an earlier figure a share; Australian cents; a customer after a place's
# possessive; a forecast told as an earlier one.
one "In the first quarter, profit at Acme Corp had fallen 12%."
pycheck "results in the past perfect are background" "
assert not of('earnings') and not of('metric_change'), events"
one "Acme Corp said the company reported a 14% rise in third-quarter same-store sales earlier this month."
pycheck "results reported earlier this month are background" "
assert not of('earnings'), of('earnings')"
wire "Mercantile Stores Co said its comparable store sales rose 4.3 pct last month."
pycheck "last month's sales said now are news" "
assert of('metric_change') or of('earnings'), events"
one "Alpenrad AG completed a 1 billion franc repurchase programme in 2024."
pycheck "a buyback completed in an earlier year is background" "
assert not of('buyback'), of('buyback')"
one "The miner Acme Corp raised A\$350 million in a share placement in August."
pycheck "a placement of a month gone by is background" "
assert not of('financing'), of('financing')"
one "Laurentian Bank of Canada reported fourth-quarter adjusted earnings of C\$2.14 per share, beating estimates, and raised its quarterly dividend to C\$0.78 from C\$0.75."
pycheck "a payout raised to an amount after an earlier figure a share" "
[d] = of('dividend')
assert d['data']['amount_per_share'] == 0.78 and d['data']['currency'] == 'CAD', d"
one "Kookaburra Agri Ltd declared a final dividend of 9 Australian cents per share."
pycheck "Australian cents" "
[d] = of('dividend')
assert d['data']['amount_per_share'] == 0.09 and d['data']['currency'] == 'AUD', d"
one "Coralbay Lithium Ltd signed a deal to supply spodumene concentrate to South Korea's LG Energy Solution worth about A\$1.2 billion."
pycheck "a customer after a place's possessive" "
[c] = of('contract')
assert {x['name']: x['role'] for x in c['companies']} == {'Coralbay Lithium': 'supplier', 'LG Energy Solution': 'customer'}, c"
printf 'Date: 2026-11-18\nWattle Travel Ltd withdrew its full-year earnings guidance on Wednesday after a cyberattack.\nThe company had previously forecast net profit of A\$310 million to A\$330 million.\n' >"$TMP/wattle.txt"
dry "$TMP/wattle.txt" --model none
pycheck "a forecast told as an earlier one adds nothing" "
[g] = of('guidance')
assert g['data']['direction'] == 'withdrawn' and 'low' not in g['data'], g"

# More of the longer stories: Japan's health ministry; approval applied for is a filing; a
# bought deal; non-convertible debentures in rupees; a plant that will employ; jobs a closure
# affects; Swiss francs in a Swiss story; debt redeemed is no financing.
one "Japan's Ministry of Health, Labour and Welfare on Friday approved Seiren Pharmaceutical Co's Alzheimer's disease treatment."
pycheck "Japan's health ministry approves" "
[r] = of('regulatory_approval')
assert r['data']['regulator'] == 'MHLW' and r['data']['status'] == 'approved', r"
one "Seiren Pharmaceutical Co has also applied for approval in the United States, where the Food and Drug Administration is expected to decide by mid-2027."
pycheck "an approval applied for is a filing" "
assert not of('regulatory_approval'), of('regulatory_approval')
[f] = of('regulatory_filing')
assert f['data']['regulator'] == 'FDA', f"
one "Northmark Mining Corp agreed to sell 21.4 million shares at C\$28.00 each to a syndicate of underwriters in a bought deal financing, raising gross proceeds of about C\$600 million."
pycheck "a bought deal" "
[f] = of('financing')
assert f['data']['kind'] == 'share_offering' and f['data']['amount'] == 600000000 and f['data']['currency'] == 'CAD', f"
one "Adhira Ports Ltd said its board had approved raising up to 50 billion rupees through non-convertible debentures."
pycheck "non-convertible debentures are bonds" "
[f] = of('financing')
assert f['data']['kind'] == 'bond' and f['data']['currency'] == 'INR', f"
one "Hanseong Chemical said the plant is expected to employ about 900 people."
pycheck "a plant that will employ" "
[w] = of('workforce')
assert w['data']['action'] == 'hiring' and w['data']['headcount'] == 900, w"
one "Kookaburra Agri Ltd will close its grain terminal at Port Wakefield, affecting 85 jobs."
pycheck "jobs a closure affects" "
[w] = of('workforce')
assert w['data']['action'] == 'layoffs' and w['data']['headcount'] == 85, w"
one "Acme Corp said a strike affecting 2,000 workers had ended."
pycheck "workers a strike affects are no layoffs" "
assert not of('workforce'), of('workforce')"
one "Swiss engineering group Alpenrad AG proposed a dividend of 4.60 francs per share."
pycheck "francs in a Swiss story" "
[d] = of('dividend')
assert d['data']['currency'] == 'CHF', d"
wire "Torchmark Corp said it plans to redeem its 200 mln dlrs of sinking fund debentures on June eight."
pycheck "debt redeemed is no financing" "
assert not of('financing'), of('financing')"

# Analysts at a bank rate the article's company; the buyback told again; lenders of a loan
# are no investors; a company in a description's relative clause is not its subject; debt a
# headline redeems is no financing.
printf 'Date: 2026-12-01\nBergtal AG cut its outlook on Tuesday.\nAnalysts at UBS cut their price target to 58 francs from 70 francs and reiterated their "sell" rating.\n' >"$TMP/ubs.txt"
dry "$TMP/ubs.txt" --model none
pycheck "analysts at a bank rate the article's company" "
[r] = of('rating_change')
assert {c['id']: c['role'] for c in r['companies']} == {'bergtal': 'subject', 'UBS': 'analyst'}, r"
printf 'Date: 2026-12-01\nKuroshio Holdings announced a record 200 billion yen share buyback on Tuesday.\nThe buyback, which will run until March 31, follows pressure from activist investor Elliott Management.\n' >"$TMP/kuro.txt"
dry "$TMP/kuro.txt" --model none
pycheck "the buyback told again is no second one" "
assert [c['id'] for b in of('buyback') for c in b['companies']] == ['kuroshio-holdings'], of('buyback')"
one "Adhira Ports Ltd raised \$1.2 billion through a five-year syndicated loan from a group of lenders led by Mizuho Bank, MUFG and First Abu Dhabi Bank."
pycheck "lenders of a loan are no investors" "
assert of('financing') and not of('investment'), events"
printf 'Date: 2026-12-01\nJapan approved Seiren Pharmaceutical Co'"'"'s Alzheimer'"'"'s drug on Friday.\nThe company, which licensed European rights to the drug to Swiss drugmaker Novenza AG in 2024, forecast peak sales of 180 billion yen for the treatment.\n' >"$TMP/seiren.txt"
dry "$TMP/seiren.txt" --model none
pycheck "a company in a description's relative clause is not its subject" "
[g] = of('guidance')
assert [c['id'] for c in g['companies']] == ['seiren-pharmaceutical'], g"
wire "WESTERN DIGITAL <WDC> TO REDEEM CONVERTIBLE DEBT"
pycheck "debt a headline redeems is no financing" "
assert not of('financing'), of('financing')"

# Press releases and briefings: a Business Wire dateline; a PR Newswire dateline under a
# release's highlights; a date closing a briefing's title; a bare ticker in brackets after a
# name, not an abbreviation or initials.
printf 'Corvane to buy Beta\n\nAUSTIN, Texas--(BUSINESS WIRE)--Nov. 5, 2026-- Corvane Systems, Inc. (NYSE: CRVN) today announced it had agreed to acquire Beta Inc for $200 million.\n' >"$TMP/bw.txt"
dry "$TMP/bw.txt" --model none
pycheck "a Business Wire dateline" "
[d] = of('acquisition')
assert d['occurred_on'] == '2026-11-05', d"
printf 'Halvorsen Industries to Sell Flow Control Business\n\n- Sale sharpens focus on automation\n- Net proceeds for share repurchases\n\nMILWAUKEE, Nov. 23, 2026 /PRNewswire/ -- Halvorsen Industries, Inc. (NYSE: HLVN) today announced that it has agreed to sell its Flow Control business to Arden Capital for $3.1 billion in cash.\n' >"$TMP/prn.txt"
dry "$TMP/prn.txt" --model none
pycheck "a dateline under a release's highlights" "
[d] = of('acquisition')
assert d['occurred_on'] == '2026-11-23', d"
printf 'Premarket movers: Monday, Nov. 30, 2026\n\nCoastal Lumber (CSTL) +5%%: Raised its quarterly dividend 10%% to 22 cents a share.\nRidgefield Realty (RDGF) -2%%: Priced 8 million shares at $41.50 each in an overnight public offering.\n' >"$TMP/movers.txt"
dry "$TMP/movers.txt" --model none
pycheck "a date closing a briefing's title; a bare ticker in brackets after a name" "
[d] = of('dividend')
assert d['occurred_on'] == '2026-11-30' and [c['id'] for c in d['companies']] == ['coastal-lumber'], d
[f] = of('financing')
assert [c['id'] for c in f['companies']] == ['ridgefield-realty'], f"
wire "Robert Arnott, Australia's delegate to the General Agreement on Tariffs and Trade (GATT), made the appeal at a special meeting."
pycheck "initials in brackets are no ticker" "
assert not [c for e in events for c in e['companies'] if c['name'] == 'Trade'], events"

# A briefing's list: each bullet's company, a signed move after a name and its ticker, and
# a payout's own change after the header's move.
printf 'Morning Briefing\nTuesday, December 1, 2026\n\n- Morgan Stanley upgraded Dovetail Retail to overweight from equal-weight.\n- Fairmont Insurance declared a special dividend of $1.50 a share.\n- Zentro Semiconductor agreed to buy Lumica Optics for $2.3 billion in cash.\n' >"$TMP/brief.txt"
dry "$TMP/brief.txt" --model none
pycheck "a bullet's own company" "
[d] = of('dividend')
assert [c['id'] for c in d['companies']] == ['fairmont-insurance'], d
[q] = of('acquisition')
assert {c['id']: c['role'] for c in q['companies']} == {'zentro-semiconductor': 'acquirer', 'lumica-optics': 'target'}, q"
one "Coastal Lumber (CSTL) +5%: Raised its quarterly dividend 10% to 22 cents a share."
pycheck "a signed move after a name and its ticker; the payout's own change" "
[m] = of('share_move')
assert m['data']['percent'] == 5 and m['companies'][0]['name'] == 'Coastal Lumber', m
[d] = of('dividend')
assert d['data']['change_percent'] == 10, d"

# A name that rose after news, in a trading place or on a day, is a company's share move, its
# ticker between allowed; a carmaker's sales that fell are none.
one "Kurosawa Electric rose 6% after announcing a 100 billion yen share buyback."
pycheck "a name risen after news" "
[m] = of('share_move')
assert m['companies'][0]['name'] == 'Kurosawa Electric' and m['data']['percent'] == 6, m"
one "Jinhai Property fell 9% in Hong Kong."
pycheck "a name fallen in a trading place" "
[m] = of('share_move')
assert m['data']['percent'] == -9, m"
one "Ostara Mining (NYSE: OSTM) rose 9% on Tuesday."
pycheck "a ticker between a name and its move" "
[m] = of('share_move')
assert m['companies'][0]['name'] == 'Ostara Mining' and m['data']['percent'] == 9, m"
wire "American Motors Corp <AMO> fell 57 pct to 760 from 1,780 for cars but rose 18 pct in jeep sales."
pycheck "a carmaker's sales are no share move" "
assert not of('share_move'), of('share_move')"

# A release's boilerplate carries no news; a regulator's rejection blocks; a deal completed
# that was first announced in a month gone by is news.
printf 'Kestrel wins Army contract\n\nHUNTSVILLE, Ala., Dec. 1, 2026 /PRNewswire/ -- Kestrel Defense Inc. today announced it won a $240 million contract from the U.S. Army.\n\nThe work will be done in Alabama.\n\nThe company expects deliveries to begin in 2027.\n\nAbout Kestrel Defense\nKestrel Defense reported revenue of $3.1 billion in 2025 and acquired Beta Systems in 2024.\n' >"$TMP/about.txt"
dry "$TMP/about.txt" --model none
pycheck "a release's boilerplate carries no news" "
assert of('contract') and not of('earnings') and not of('acquisition'), events"
one "The U.S. Food and Drug Administration rejected Tamsin Bio Inc's experimental migraine treatment."
pycheck "a regulator's rejection blocks" "
[r] = of('regulatory_approval')
assert r['data']['status'] == 'blocked', r"
one "Ostara Mining completed its \$1.8 billion acquisition of Kettle Creek Resources, first announced in June."
pycheck "a deal completed now that was first announced in a month gone by" "
[d] = of('acquisition')
assert d['data']['status'] == 'completed', d"

# A holding company's results are not its bank's; a briefing's "Named X chief executive"; a
# cut told as a share and a count.
one "Granite Peak Bancorp, Inc. (NASDAQ: GPBK), the holding company for Granite Peak Bank, today reported net income of \$12.4 million for the third quarter."
pycheck "a holding company's results are not its bank's" "
[e] = of('earnings')
assert [c['name'] for c in e['companies']] == ['Granite Peak Bancorp'], e"
one "Perrin Foods (PRRN) -3%: Named Lisa Tran chief executive, effective immediately."
pycheck "a briefing's Named X chief executive" "
[x] = of('executive_change')
assert (x['data']['person'], x['data']['position'], x['companies'][0]['name']) == ('Lisa Tran', 'CEO', 'Perrin Foods'), x"
one "Quorra Inc said it would reduce its workforce by approximately 9%, or about 1,100 positions."
pycheck "a cut told as a share and a count" "
[w] = of('workforce')
assert w['data'].get('headcount') == 1100 and w['data'].get('percent') == 9, w"

# Deal stories of the 1987 wire with several companies (an outside check's lessons)
wire "TALBOT <TLBT> ACCEPTS RAISED BID
DALLAS, March 5 - Wetherby Oil Co said it raised its offer for
Talbot Resources Inc to 52 dlrs a share from 48 dlrs, and
Talbot's board accepted the higher bid.
    The new offer values Talbot at about 640 mln dlrs.
 Reuter"
pycheck "a headline's short name is the body's longer one" "
ids = {c['id'] for e in events for c in e['companies']}
assert 'talbot' not in ids, ids
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'wetherby-oil': 'acquirer', 'talbot-resources': 'target'}, e
assert e['data']['amount'] == 640000000, e['data']"
wire "NORLAND <NRLD> UNIT BUYS ABBOTT TEXTILES
NEW YORK, March 5 - Norland Corp said it bought the Abbott Textiles
division of Pryce Industries Inc for 30 mln dlrs in cash.
    Pryce said the sale of Abbott, which makes towels, was part of
a restructuring.
 Reuter"
pycheck "a registry alias that opens an article's name stands for that name" "
ids = {c['id'] for e in events for c in e['companies']}
assert 'ABT' not in ids, ids
assert any(c['id'] == 'abbott-textiles' and c['role'] == 'target' for e in of('acquisition') for c in e['companies']), events"
wire "FERRIS <FRS> TOPS GARRICK BID FOR LOMOND FOODS
CHICAGO, March 5 - Ferris Industries Inc said it offered 44 dlrs
a share in cash for Lomond Foods Corp, topping a 42 dlr a share bid
from Garrick Group Inc made last week.
    Ferris said its offer, valued at about 310 mln dlrs, is not
conditioned on financing.
 Reuter"
pycheck "its offer, valued at: the speaker's offer, not the rival's" "
[e] = [e for e in of('acquisition') if any(c['id'] == 'ferris-industries' for c in e['companies'])]
assert e['data'].get('amount') == 310000000, e['data']"
wire "HADLEY <HDL> COUNTER-OFFER
BOSTON, March 5 - Hadley Inc said it began an offer of 30 dlrs a
share for all of Carden Corp's 14.2 mln shares.
    Hadley said its offer, worth about 426 mln dlrs, would be
financed by a group of banks.
 Reuter"
pycheck "its offer, worth about" "
[e] = of('acquisition')
assert e['data'].get('amount') == 426000000, e['data']"
wire "Ashby Financial Corp said it raised its stake in Stanton Insurance Co to 2.3 mln shares, or 18.1 pct, from 11.4 pct."
pycheck "a stake raised to a count of shares, or a percentage" "
[e] = of('investment')
assert e['data'].get('stake_percent') == 18.1, e['data']"
wire "Lisle Corp, which owns 19.9 pct of Aspley Manufacturing Co, said it offered 34 dlrs a share for the 80.1 pct of Aspley it does not already own."
pycheck "the part of the company bid for, not the part held" "
[e] = of('acquisition')
assert e['data'].get('stake_percent') == 80.1, e['data']"
wire "Brenton Foods Inc said it is not in merger talks with Oakdale Corp, as reported in a newspaper, and said it had instead agreed to buy Marsh Brothers Inc for 55 mln dlrs."
pycheck "talks denied, and a deal agreed instead" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'brenton-foods': 'acquirer', 'marsh-brothers': 'target'}, e
assert e['data']['status'] == 'announced', e['data']"
wire "KENDAL <KDL> COMPLETES ROWAN PURCHASE
CINCINNATI, March 5 - Kendal Corp said it completed its acquisition of
Rowan Gage Inc for about 175 mln dlrs.
    Kendal said it sold Rowan's Aspen Electronics Co unit to
Lindley Instruments Corp for 22 mln dlrs.
 Reuter"
pycheck "a unit named after its parent's possessive is what is sold" "
sale = [e for e in of('acquisition') if e['data'].get('amount') == 22000000]
assert len(sale) == 1, events
assert {c['id']: c['role'] for c in sale[0]['companies']} == {'lindley-instruments': 'acquirer', 'aspen-electronics': 'target', 'kendal': 'seller'}, sale"
wire "A group led by New York investor Gerald T. Marlow said it raised its stake in Quenby Instruments Inc to 840,000 shares, or 12.4 pct of the total outstanding, and may seek control of the company."
pycheck "and may seek control of the company: the subject's bid" "
for e in of('acquisition'):
    assert {c['id']: c['role'] for c in e['companies']}.get('quenby-instruments') == 'target', e"
wire "Corliss Capital Corp bought the 1.9 mln Stanmore Electric Co shares, or about 22 pct, that had been held by Paxford Industries Inc."
pycheck "the shares counted after their article are a stake" "
[e] = of('investment')
assert {c['id']: c['role'] for c in e['companies']}.get('corliss-capital') == 'investor', e
assert e['data'].get('stake_percent') == 22, e['data']"
wire "Standard and Poor's Corp said it may downgrade Halvorsen Industries Inc because a partnership affiliated with Trelawny Corp made a 2.2 billion dlr tender offer to acquire Halvorsen."
pycheck "a deal told as the reason of a rating review is no deal news" "
assert not of('acquisition') and not of('investment'), events"
wire "Moody's Investors Service said it placed the ratings of Pendry Mills Inc under review for downgrade following the company's agreement to be acquired by Castellan Group."
pycheck "a review opened after a deal: the deal is its cause" "
assert not of('acquisition'), events"
wire "TOLLAND DROPS MARBURY <MRBY> BID AFTER WHITE KNIGHT WINS
SEATTLE, March 5 - Tolland Industries Inc said it withdrew its
23 dlr a share offer for Marbury Marine Inc after Marbury
holders approved a merger with Kessock Shipbuilding Corp.
    Tolland said it would sell its 9.1 pct Marbury stake to
Kessock at the merger price.
 Reuter"
pycheck "a bid withdrawn after a rival's merger was approved: each deal its own status" "
st = {frozenset(c['id'] for c in e['companies']): e['data']['status'] for e in of('acquisition')}
assert st.get(frozenset({'tolland-industries', 'marbury-marine'})) == 'terminated', st
assert st.get(frozenset({'marbury-marine', 'kessock-shipbuilding'})) == 'announced', st
[i] = of('investment')
assert {c['id']: c['role'] for c in i['companies']} == {'kessock-shipbuilding': 'investor', 'marbury-marine': 'investee', 'tolland-industries': 'seller'}, i
assert i['data'].get('stake_percent') == 9.1, i['data']"
wire "Hollister Group Inc said it sold its Bramley Tool Co subsidiary to a group of Bramley managers and the New York investment firm Knox, Lyle and Co for 74 mln dlrs."
pycheck "partners' names joined by commas before and Co are one firm, the buyer beside the managers" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'knox-lyle': 'acquirer', 'bramley-tool': 'target', 'hollister-group': 'seller'}, e"
wire "PEAT MARWICK AND NOLAN NORTON TO MERGE
NEW YORK, March 5 - <Peat Marwick>, an accounting and
management consulting firm, and <Nolan, Norton and Co>, an
information and technology planning concern, said they have
merged.
 Reuter"
pycheck "a firm's name without its comma in a headline" "
ids = {c['id'] for e in events for c in e['companies']}
assert ids == {'peat-marwick', 'nolan-norton'}, ids"
# Financial-press sentences (an outside check's lessons)
one "Ormsby Homes rose 2.1 per cent to 512p after it said it would buy back pound(s)100m of stock ."
pycheck "a buyback's amount after its words, in pound(s), not the share price" "
[e] = of('buyback')
assert e['data'].get('amount') == 100000000 and e['data'].get('currency') == 'GBP', e['data']"
one "Quarrington Land said it would buy back HK\$2bn of shares ."
pycheck "a buyback in Hong Kong dollars" "
[e] = of('buyback')
assert e['data'].get('amount') == 2000000000 and e['data'].get('currency') == 'HKD', e['data']"
one "Fenwood Mining doubled its interim payout to 40 cents a share on the back of record iron ore prices ."
pycheck "a payout doubled" "
[e] = of('dividend', 'fenwood-mining')
assert e['data']['action'] == 'raised', e['data']"
one "Pellow Capital tabled a pound(s)3.4bn hostile offer for Brackley Estates , going directly to shareholders ."
pycheck "an offer tabled" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'pellow-capital': 'acquirer', 'brackley-estates': 'target'}, e
assert e['data'].get('amount') == 3400000000, e['data']"
one "Pellow Capital dropped its pursuit of Brackley Estates after the target refused to extend the deadline ."
pycheck "a pursuit dropped" "
[e] = of('acquisition')
assert e['data']['status'] == 'terminated', e['data']"
one "Morgan Stanley moved Lloyds Banking Group from \" equal-weight \" to \" underweight \" , warning that margins had peaked ."
pycheck "a rating moved down the scale" "
[e] = of('rating_change')
assert e['data']['action'] == 'downgrade' and e['data'].get('rating_to') == 'underweight', e['data']"
one "Jefferies moved its London office to Canary Wharf from Mayfair ."
pycheck "an office moved is no rating" "
assert not of('rating_change'), events"
one "Ormsby Homes said it had received a takeover approach from a US private equity group ."
pycheck "an approach from a buyer left unnamed" "
[e] = of('acquisition')
assert e['companies'] == [{'id': 'ormsby-homes', 'name': 'Ormsby Homes', 'role': 'target'}] or [(c['id'], c['role']) for c in e['companies']] == [('ormsby-homes', 'target')], e"
# Modern stories of an outside check: the past told beside the news
art() { printf '%s\n' "$1" >"$TMP/art.txt"; dry "$TMP/art.txt"; }
art "Quillfield Foods lowers outlook
May 19, 2026

Quillfield Foods Inc lowered its full-year sales forecast on Tuesday. The company, which cut 1,500 jobs last year, said it had no plans for further restructuring. A Missouri jury ordered the company to pay \$260 million to a single plaintiff in October, and other trials are scheduled. Quillfield Foods stock has lost 47% of its value since its main brand was recalled last year."
pycheck "last year's cut, a verdict of last October, a fall since a past event: background" "
assert not of('workforce'), events
assert not of('legal'), events
assert not of('share_move'), events"
art "Brenmoor blocked from buying Stavely
March 25, 2026

Britain's Competition and Markets Authority on Wednesday blocked Brenmoor Plc's 2.4 billion pound takeover of Stavely Networks. The CMA had referred the deal for an in-depth investigation in February, after the companies declined to offer remedies."
pycheck "a referral of February told in the past perfect is no filing of today" "
assert not of('regulatory_filing'), events
assert of('regulatory_approval'), events"
art "Corvale to take 19.9% of Lindale Lithium
February 10, 2026

Corvale Trading Corp has agreed to take a 19.9% stake in Lindale Lithium Ltd for A\$640 million. Corvale bought a 15% interest in Lindale Lithium from a Canadian miner in 2022."
pycheck "a purchase of an earlier year changes nothing of today's deal" "
[e] = of('investment')
assert e['data']['status'] == 'announced' and e['data'].get('stake_percent') == 19.9, e['data']"
one 'Separately, Barclays kept its "underweight" rating on Pennick Packaging but trimmed its target by $4 to $58, citing rising can costs.'
pycheck "a target trimmed by an amount to another" "
[e] = of('rating_change')
assert e['data'].get('price_target') == 58, e['data']"
art "Velden wins German train order
March 25, 2026

BERLIN, March 25 - Deutsche Bahn has picked French rail equipment maker Velden SA to supply 180 battery-electric regional trains in a contract worth 2.3 billion euros, the railway said on Wednesday."
pycheck "a customer that picked a supplier, and the contract's worth" "
[e] = of('contract')
assert {c['id']: c['role'] for c in e['companies']} == {'velden': 'supplier', 'deutsche-bahn': 'customer'}, e
assert e['data'].get('amount') == 2300000000, e['data']"
art "Tarrowby shares jump 31% in NYSE debut
June 17, 2026

NEW YORK, June 17 (Reuters) - Shares of Tarrowby Inc, a maker of optical networking gear for AI data centers, opened 31% above their offer price in their New York Stock Exchange debut on Wednesday. The company raised \$1.26 billion on Tuesday by selling 60 million shares at \$21 apiece, above the marketed range of \$17 to \$19, in the year's largest U.S. technology listing so far."
pycheck "an IPO told by the money raised selling shares, and the debut's move past a long appositive" "
[f] = of('financing')
assert f['data'] == {'kind': 'ipo', 'amount': 1260000000, 'currency': 'USD'}, f['data']
[m] = of('share_move')
assert m['data']['percent'] == 31, m['data']"
art "Corvale Bio ousts CEO after trial setback
January 21, 2026

BOSTON, Jan 21 (Reuters) - Corvale Bio Inc said on Wednesday its board had removed Chief Executive Richard Vance and named Chief Financial Officer Anita Osei as interim CEO.

Osei, who joined from Vertex Pharmaceuticals in 2022, will keep her CFO role during the search. Board member Karen Liu was named independent chair."
pycheck "a company of a relative clause is not what the next sentence is about" "
chair = [e for e in of('executive_change') if e['data'].get('position') == 'chair']
assert len(chair) == 1 and chair[0]['companies'][0]['id'] == 'corvale-bio', chair"
one "Microsoft Corp and Norwegian start-up Fjordmind AS have formed a partnership to build AI tools for shipping."
pycheck "partners joined by 'and' past what the second is (start-up); Norway's AS ends a name" "
[e] = of('partnership')
assert sorted(c['id'] for c in e['companies']) == ['MSFT', 'fjordmind'], e['companies']"
one "Halvern Robotics and the Oslo-based software maker Brakstad AS agreed to jointly develop warehouse robots."
pycheck "partners joined by 'and' past an article, a place and what the second is" "
[e] = of('partnership')
assert sorted(c['id'] for c in e['companies']) == ['brakstad', 'halvern-robotics'], e['companies']"
one "Halvorsen Mining Ltd said on Tuesday it won a \$400 million contract to supply lithium concentrate to Tesla Inc."
pycheck "a supply contract's worth said before the verb" "
[e] = of('contract')
assert {c['id']: c['role'] for c in e['companies']} == {'halvorsen-mining': 'supplier', 'TSLA': 'customer'}, e
assert e['data'].get('amount') == 400e6, e['data']"
one "Halvorsen Mining Ltd signed a five-year offtake agreement to supply lithium concentrate to Tesla Inc, worth about \$400 million."
pycheck "an offtake agreement's worth said after the customer" "
[e] = of('contract')
assert e['data'].get('amount') == 400e6, e['data']"
one "Halvorsen Mining Ltd, which earned \$50 million last year, will supply lithium concentrate to Tesla Inc."
pycheck "a supplier's earnings are not what its contract is worth" "
[e] = of('contract')
assert 'amount' not in e['data'], e['data']"
wire "Caxton Mills Inc said it agreed to be acquired for 41 dlrs a share, or about 205 mln dlrs, by an investor group formed by Whitcomb, Ferris and Co."
pycheck "a buyout in the passive, its price between the verb and the buyer" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'whitcomb-ferris': 'acquirer', 'caxton-mills': 'target'}, e
assert e['data'].get('amount') == 205e6, e['data']"
one "Tamsin Battery Co. opened a \$2.1 billion lithium-iron-phosphate cell factory outside Lima, Ohio, on Wednesday."
pycheck "a plant opened, told past its cost and what it makes, outside a town" "
[e] = of('facility')
assert e['data'] == {'action': 'open', 'location': 'Lima, Ohio'}, e['data']"
one "SysteMed Inc said it has sold a Pharmacy Module to 998-bed Memorial Medical Center of Long Beach."
pycheck "goods sold to a hospital named Center: no site" "
assert not of('facility'), events"
one "Amazon plans to hire 250,000 full-time, seasonal and part-time workers for the holiday season."
pycheck "staff hired, counted before the kinds of work" "
[e] = of('workforce')
assert e['data'] == {'action': 'hiring', 'headcount': 250000}, e['data']"
one "General Motors Corp told employees it was reducing the funds available for merit raises for 109,000 salaried workers."
pycheck "funds reduced for workers: no layoffs" "
assert not of('workforce'), events"
one "Marlowe said the store closures will affect about 2,800 employees."
pycheck "closures that affect staff are layoffs" "
[e] = of('workforce')
assert e['data'] == {'action': 'layoffs', 'headcount': 2800}, e['data']"
one "Rival chain Casa Verde filed for Chapter 11 in September and later liquidated."
pycheck "a bankruptcy of an earlier month is background" "
assert not of('bankruptcy'), events"
one "Rheinmetall opened a new ammunition factory in Unterluess last August."
pycheck "a plant opened 'last August' is background" "
assert not of('facility'), events"
one "Halvern Steel Corp, which was founded in 1889, opened a new factory in Ohio."
pycheck "a year in a relative clause does not date the news" "
[e] = of('facility')
assert e['data']['action'] == 'open', e['data']"
one "Northwind Parcel said last month that it expected to hire about 100,000 seasonal workers."
pycheck "hiring told last month is background" "
assert not of('workforce'), events"
one "Norrland Paper AB's fourth-quarter operating profit fell 31%, missing the 1.24 billion crowns expected by analysts in an LSEG poll."
pycheck "a pollster is no subject" "
assert all(c['id'] != 'LSEG.L' for e in events for c in e['companies']), events"
one "Norrland Paper AB now expects adjusted operating profit of 4.5 billion to 5.0 billion Swedish crowns this year, against a previous target of 5.5 billion to 6.0 billion."
pycheck "a forecast below the previous range, written without its currency, is lowered" "
[e] = of('guidance')
assert e['data']['direction'] == 'lowered' and e['data']['low'] == 4.5e9, e['data']"
one "Kessler Chemie AG stood by its full-year target for adjusted EBITDA of 1.6 billion to 1.8 billion euros."
pycheck "a target stood by is reaffirmed" "
[e] = of('guidance')
assert e['data']['direction'] == 'reaffirmed', e['data']"
art "Verity Health Group Announces Stock Split
December 2, 2026

MINNEAPOLIS--(BUSINESS WIRE)--Verity Health Group (NYSE: VHG) today announced that its Board of Directors has approved a three-for-one forward stock split."
pycheck "a Business Wire dateline with no date after the wire" "
[e] = of('stock_split')
assert [c['id'] for c in e['companies']] == ['verity-health-group'], e
assert e['source']['sentence'].startswith('Verity Health Group'), e['source']"
art "Tamsin opens plant
December 2, 2026

LIMA, Ohio (AP) — Tamsin Battery Co. opened a new cell factory outside Lima, Ohio, on Wednesday."
pycheck "an AP dateline closed by an em dash" "
[e] = of('facility')
assert e['source']['sentence'].startswith('Tamsin Battery'), e['source']"
one "Rheinmetall AG has won an order worth about 1.2 billion euros from the German armed forces for artillery shells."
pycheck "an order from the German armed forces" "
[e] = of('contract')
assert {c['id']: c['role'] for c in e['companies']} == {'rheinmetall': 'supplier', 'bundeswehr': 'customer'}, e"
one "Avalon Turbines A/S said it had won an order worth about \$780 million from Spain's Iberdrola to supply 62 turbines."
pycheck "an order's customer past a place's possessive" "
[e] = of('contract')
assert {c['id']: c['role'] for c in e['companies']} == {'avalon-turbines': 'supplier', 'IBE.MC': 'customer'}, e"
one "Kessler Chemie AG agreed to sell its industrial coatings business, Kessler Coatings, to funds managed by Apollo Global Management for 2.4 billion euros."
pycheck "a unit sold to funds managed by a firm" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'APO': 'acquirer', 'kessler-coatings': 'target', 'kessler-chemie': 'seller'}, e"
wire "Stanhope Industries Inc said it agreed to sell Dorrance's retreading business, Tread-Rite Inc, to Bellamy Rubber Co for nine mln dlrs."
pycheck "a unit named after its owner's possessive; a sum written in words" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'bellamy-rubber': 'acquirer', 'tread-rite': 'target', 'stanhope-industries': 'seller'}, e
assert e['data'].get('amount') == 9e6, e['data']"
wire "Voss Chemical Corp and Larrabee Oil Co said they completed the joint purchase of Aldergrove Polymers Inc, the plastics resin unit of Trenholm Inc, for 130 mln dlrs."
pycheck "the owner of a unit bought, in an appositive opened by 'the', sells" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'voss-chemical': 'acquirer', 'larrabee-oil': 'acquirer', 'aldergrove-polymers': 'target', 'trenholm': 'seller'}, e"
wire "R.T. Kimball Co said it acquired the 60 pct of Sterling Lumber Inc that it did not already own for about 12 mln dlrs in cash and notes."
pycheck "the part of a company a buyer did not already own: an acquisition, one event" "
assert not of('investment'), events
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'rt-kimball': 'acquirer', 'sterling-lumber': 'target'}, e
assert e['data']['status'] == 'completed' and e['data']['amount'] == 12e6, e['data']"
wire "Stanhope Corp, which acquired Dorrance Tire Co in 1985 after a six-month takeover battle, said it agreed to sell Dorrance's retreading business, Tread-Rite Inc, to Bellamy Rubber Co for nine mln dlrs."
pycheck "a year in a relative clause does not make the news past" "
[e] = of('acquisition')
assert e['data'].get('amount') == 9e6, e['data']"
wire "Great American plans to acquire Capital Savings Bank, which resulted in 66 new offices and three billion dlrs in assets."
pycheck "a sum 'in assets' is a size, not a price" "
[e] = of('acquisition')
assert 'amount' not in e['data'], e['data']"
one "Caldera Foods Inc reported second-quarter net income of \$310 million. Net sales rose 6.2% to \$4.1 billion in the quarter."
pycheck "a result's figure is not told again as a metric change" "
[e] = of('earnings')
assert metrics(e)['revenue']['change_percent'] == 6.2, e['data']
assert not of('metric_change'), events"
one "Bernstein kept its \"outperform\" rating on Nvidia Corp and raised its price target to \$260 from \$225."
pycheck "a target raised under a quoted rating kept: a reiteration of that rating" "
[e] = of('rating_change')
assert e['data']['action'] == 'reiterate' and e['data'].get('rating_to') == 'outperform', e['data']"
one "Shares of Solenne Robotics Inc jumped 31% in their Nasdaq debut on Thursday, valuing the company at about \$6.1 billion, after its initial public offering raised \$540 million."
pycheck "the IPO of a debut, with the sum it raised (not the valuation)" "
[e] = of('financing')
assert e['data']['kind'] == 'ipo' and e['data'].get('amount') == 540e6, e['data']
assert not e['data'].get('context'), e['data']"
one "The stock of Solenne Robotics Inc opened at \$31.50, against an IPO price of \$24 a share."
pycheck "a share's price is no sum an offering raised" "
assert all('amount' not in e['data'] for e in of('financing')), events"
one "Solenne Robotics Inc's listing follows strong debuts by several AI-linked companies this year."
pycheck "debuts of listings are no product launch" "
assert not of('product_announcement'), events"
one "Caldera Foods Inc's board declared a quarterly cash dividend of \$0.54 per share, payable March 13, 2026, to shareholders of record at the close of business on February 20, 2026."
pycheck "a dividend is dated when declared, not by its record date" "
[e] = of('dividend')
assert e['occurred_on'] == '2026-12-01', e['occurred_on']"
art "Date: 16-MAR-1987 17:20:41.66
MARLOWE PARTNERS HAS 7.3 PCT OF TILDEN MFG <TLDN>
WASHINGTON, March 16 - Marlowe Partners L.P., a New York investment partnership, said it holds 612,000 shares of Tilden Manufacturing Co, or 7.3 pct of the total outstanding.
    In a filing with the Securities and Exchange Commission, Marlowe said it bought the stock for investment purposes for a total of about 9.1 mln dlrs.
 Reuter"
pycheck "the total paid for a stake, told a sentence later without the shares' count" "
[e] = of('investment')
assert e['data'].get('amount') == 9.1e6, e['data']"
wire "Colfax Data Systems Inc said John R. Mercer, 51, has been named president and chief executive officer, succeeding Walter Haines, who is retiring."
pycheck "an appointment past the person's age, and the one succeeded" "
got = sorted((e['data']['person'], e['data']['action'], e['data']['position']) for e in of('executive_change'))
assert got == [('John R. Mercer', 'appointed', 'CEO'), ('Walter Haines', 'departed', 'CEO')], got"
wire "Sheffield Petroleum Corp also said chief financial officer Paul Reyes, 44, was named executive vice president."
pycheck "a vice president named after the verb: no position tracked (not the old title)" "
assert not of('executive_change'), events"
art "Date: 5-MAR-1987
SHEFFIELD PETROLEUM <SHP> CHAIRMAN TO RETIRE
TULSA, March 5 - Sheffield Petroleum Corp said its chairman, Robert Lane, will retire in May.
    The board elected Helen M. Cato, a director since 1982 and a former president of Oklahoma Gas Transmission Co, to succeed him as chairman.
 Reuter"
pycheck "a successor's past posts in an appositive are not the post she takes, nor her company" "
got = [e for e in of('executive_change') if e['data']['person'] == 'Helen M. Cato']
assert len(got) == 1 and got[0]['data']['position'] == 'chair', got
assert got[0]['companies'][0]['id'] == 'sheffield-petroleum', got"
wire "Reston Marine Systems Inc has been awarded a 145.6 mln dlr contract for sonar systems for the Navy's Los Angeles-class attack submarines, the Defense Department said."
pycheck "a contract for the Navy's ships: the Navy buys" "
[e] = of('contract')
assert {c['id']: c['role'] for c in e['companies']} == {'reston-marine-systems': 'supplier', 'us-navy': 'customer'}, e"
wire "Northcote Industries Inc said its directors added 100 mln dlrs to the company's share repurchase program, bringing the total authorized to 250 mln dlrs."
pycheck "money added to a buyback expands it" "
[e] = of('buyback')
assert e['data']['action'] == 'expanded' and e['data']['amount'] == 100e6, e['data']"
wire "Belmont Corp said its board authorized the repurchase of up to two mln of its common shares, or about 7.5 pct of those outstanding."
pycheck "a buyback's count of shares in words" "
[e] = of('buyback')
assert e['data'].get('shares') == 2e6, e['data']"
art "European shares close lower as SAP weighs
LONDON, Oct. 29, 2025 — European shares ended lower on Wednesday. SAP fell 4.2% after it cut its cloud revenue forecast."
pycheck "a dateline closed by an em dash on the line under a headline in sentence case" "
[e] = of('share_move')
assert e['occurred_on'] == '2025-10-29', e"
art "SAP falls
Oct. 29, 2025 — SAP fell 4.2% on Wednesday after it cut its cloud revenue forecast."
pycheck "a date opening the first line, then a dash" "
[e] = of('share_move')
assert e['occurred_on'] == '2025-10-29' and e['source']['sentence'].startswith('SAP fell'), e"
art "Stocks making the biggest moves midday
March 20, 2026
Nike — Shares of the sportswear giant slid 7.4% after the company said revenue would decline.
Warner Bros. Discovery — The media company fell 2.8% after Moody's cut its credit rating to Ba1 from Baa3.
Lululemon — The athleisure retailer dropped 4% after Jefferies initiated coverage with an underperform rating."
pycheck "a movers list: a call told as the cause of a move rates the company the line opens with" "
got = sorted((e['companies'][0]['id'], e['data']['action']) for e in of('rating_change'))
assert got == [('WBD', 'downgrade'), ('lululemon', 'initiate')], got"
art "European shares close lower; Rheinmetall jumps on army order
LONDON, Oct. 29, 2025 — European shares ended lower on Wednesday. Rheinmetall rose 5.6% after the German arms maker won a 3.1 billion euro order from the Bundeswehr. Oil rose 2%. Copper fell 1.1%."
pycheck "one proper noun opening a move is a company; oil and copper are none" "
[m] = of('share_move')
assert m['companies'][0]['id'] == 'rheinmetall', m
[c] = of('contract')
assert {x['id']: x['role'] for x in c['companies']} == {'rheinmetall': 'supplier', 'bundeswehr': 'customer'}, c"
one "Halvorsen Foods Corp reaffirmed its fiscal 2026 outlook, including organic net sales growth of 1% to 3% and adjusted earnings per share of \$3.10 to \$3.25."
pycheck "an outlook of two metrics, a growth range in percent and one of EPS" "
got = sorted((e['data']['metric'], e['data'].get('low'), e['data'].get('high'), e['data']['direction']) for e in of('guidance'))
assert got == [('eps', 3.1, 3.25, 'reaffirmed'), ('revenue', 1, 3, 'reaffirmed')], got"
one "Crestline Stores Inc cut its annual sales forecast. It now expects full-year sales to fall 2% to 4%."
pycheck "a forecast cut keeps its direction when its figures come a sentence later" "
[e] = of('guidance')
assert e['data']['direction'] == 'lowered' and (e['data'].get('low'), e['data'].get('high')) == (-4, -2), e['data']"
art "Halvorsen Foods Names Maria Delgado Chief Executive Officer; Jonathan Pratt to Retire
MINNEAPOLIS, Sept. 8, 2025 (GLOBE NEWSWIRE) -- Halvorsen Foods Corporation (NYSE: HVF) said its board had appointed Maria Delgado as chief executive."
pycheck "a headline in title case: the verb is no part of the name after it" "
got = [e['data']['person'] for e in of('executive_change') if e['data']['action'] == 'appointed']
assert got == ['Maria Delgado'], events"
one "In 2023, Aerovance Inc won a \$210 million contract from the U.S. Marine Corps."
pycheck "a contract of a year gone by is background" "
assert not of('contract'), events"
one "Carrow Partners took SleepHaven Holdings private in 2019 in a \$1.1 billion deal."
pycheck "a buyout of a year gone by is background" "
assert not of('acquisition'), events"
one "The fine follows a 200 million euro penalty the Commission imposed on Meta Platforms in April."
pycheck "a fine of an earlier month is background" "
assert not of('legal'), events"
one "Volkswagen Group formed a joint venture with Rivian Automotive last year."
pycheck "a venture formed last year is background" "
assert not of('partnership'), events"
one "DA Davidson kept its neutral rating on Nvidia Corp and its \$195 price target."
pycheck "a brokerage of the registry calls" "
[e] = of('rating_change')
assert {c['id']: c['role'] for c in e['companies']} == {'NVDA': 'subject', 'da-davidson': 'analyst'}, e"
one "Bernstein raised its target on Nvidia Corp to \$275 from \$225 and kept an outperform rating."
pycheck "'its target' raised under a rating kept" "
[e] = of('rating_change')
assert e['data']['action'] == 'reiterate' and e['data'].get('price_target') == 275, e['data']"
one "Separately, Charter Communications and Cox Communications filed with the Federal Communications Commission on Monday for approval of their \$34.5 billion merger."
pycheck "a filing for approval is no approval" "
assert of('regulatory_filing') and not of('regulatory_approval'), events"
one "Paylio Inc filed publicly with the U.S. Securities and Exchange Commission on Monday for an initial public offering."
pycheck "an IPO filed publicly with the SEC is a filing" "
[e] = of('regulatory_filing')
assert e['data']['regulator'] == 'SEC' and e['data']['status'] == 'submitted', e['data']"
wire "Bank of America NT and SA's <BAC.N> West German branch said it is negotiating the sale of Bankhaus Centrale Credit AG, a small local West German bank it acquired in 1965."
pycheck "a sale under way is news beside the year its object was bought" "
[e] = of('acquisition')
assert not e['data'].get('context'), e"
art "Date: 5-MAR-1987
DUNMORE CHEMICAL <DUNC> FIRST QUARTER PROFIT UP 22 PCT
NEW YORK, March 5 - Dunmore Chemical Corp said first quarter net income rose 22 pct to 14.2 mln dlrs, or 68 cts a share.
    The results were above the 60 to 62 cts a share that most Wall Street analysts had expected.
 Reuter"
pycheck "results named as such against what analysts expected, a sentence after them" "
[e] = of('earnings')
assert e['data'].get('versus_expectations') == 'beat', e['data']"
art "Date: 5-MAR-1987
BRADFORD TIRE <BRTR> TO CLOSE AKRON PLANT
AKRON, Ohio, March 5 - Bradford Tire and Rubber Co said it will close its bias-ply truck tire plant here by the end of the year.
 Reuter"
pycheck "a site 'here' is in the dateline's city" "
[e] = of('facility')
assert e['data'] == {'action': 'close', 'location': 'Akron'}, e['data']"
art "Date: 5-MAR-1987
GRANBY INDUSTRIES <GRBY> SETTLES SUIT WITH OAKRIDGE <OAKS>
HOUSTON, March 5 - Granby Industries Inc said it agreed to pay Oakridge Systems Inc 12.5 mln dlrs to settle a lawsuit over a 1984 contract to build a gas processing plant in Louisiana.
 Reuter"
pycheck "a headline's settlement takes the body's two sides; a plant a contract was for is no site" "
[e] = of('legal')
assert sorted(c['id'] for c in e['companies']) == ['granby-industries', 'oakridge-systems'] and e['data'].get('amount') == 12.5e6, e
assert not of('facility'), events"
wire "Ashford Foods Inc said it was not aware of any bid for the company."
pycheck "a bid the company is not aware of is none" "
assert not of('acquisition'), events"
art "Caterpillar Raises Quarterly Dividend 7%
June 11, 2025 09:14 ET
By Dean Seal
Caterpillar Inc. raised its quarterly dividend by 7% to \$1.51 a share from \$1.41, the construction-equipment maker said Wednesday."
pycheck "a byline right under the date line, no blank line after it, is a header" "
[e] = of('dividend')
assert e['data']['amount_per_share'] == 1.51 and e['occurred_on'] == '2025-06-11', e"
art "AeroVantage Systems Awarded \$1.2 Billion U.S. Air Force Contract for Training Simulators
Company to expand Tucson manufacturing facility and add 400 jobs
TUCSON, Ariz., Jan. 27, 2026 (GLOBE NEWSWIRE) -- AeroVantage Systems, Inc. (NYSE: AVSY), a provider of flight simulation, has been awarded the contract by the U.S. Air Force."
pycheck "a dateline under a title and a subtitle; a headline's passive 'Awarded'" "
[e] = of('contract')
assert {c['id']: c['role'] for c in e['companies']} == {'aerovantage-systems': 'supplier', 'us-air-force': 'customer'}, e
assert e['occurred_on'] == '2026-01-27', e"
one "Kingfisher, the owner of B&Q and Screwfix, has appointed Sarah Coleman as chief financial officer."
pycheck "one word before 'the owner of' names a company" "
[e] = of('executive_change')
assert e['companies'][0]['id'] == 'kingfisher' and e['data']['position'] == 'CFO', e"
one "Siemens Energy rose 4% after it won a 1.6 billion euro order from TenneT."
pycheck "Siemens Energy is not Siemens" "
assert all(c['id'] != 'SIE.DE' for e in events for c in e['companies']), events"
one "BP, which reports its results next week, is expected to post a 20% drop in profit."
pycheck "a drop expected of results to come is none yet" "
assert not of('metric_change') and not of('earnings'), events"
one "Novo Nordisk said operating profit growth will be 10% to 16% this year, compared with 16% to 24% previously."
pycheck "a metric told in the future with its range is an outlook, lowered from the range before" "
assert not of('earnings'), events
[g] = of('guidance')
assert (g['data']['low'], g['data']['high'], g['data']['direction']) == (10, 16, 'lowered'), g['data']"
art "Date: 24-MAR-1987 12:51:19.86
R.H. DALEY <RHDC> TO ACQUIRE SUMMIT TOOL
MILWAUKEE, March 24 - R.H. Daley Co said it signed a letter of intent to acquire Summit Tool and Die Inc of Racine, Wis., for about 4.8 mln dlrs in stock.
 Reuter"
pycheck "a headline's short name is the body's longer one past 'and'" "
[e] = of('acquisition')
assert [c['id'] for c in e['companies'] if c['role'] == 'target'] == ['summit-tool-and-die'] and e['data'].get('amount') == 4.8e6, e"
art "Date: 23-MAR-1987 15:16:30.02
CRANE AND DOWLING <CRDW> TO SELL MARINE UNIT
BALTIMORE, March 23 - Crane & Dowling Co said it agreed to sell its Tidewater Marine Supply unit to Harbor Point Industries Inc for 14 mln dlrs.
 Reuter"
pycheck "a name with 'and' in the headline and '&' in the body is one company" "
[e] = of('acquisition')
assert {c['role'] for c in e['companies']} == {'acquirer', 'target', 'seller'}, e"
art "Date: 6-APR-1987 11:44:50.16
CORBIN HOLDINGS SELLS AMES BROTHERS <AMBR> STAKE
BOSTON, April 6 - Corbin Holdings Inc said it sold its 22 pct stake in Ames Brothers Inc to Dalby Corp for 18 mln dlrs, or 15 dlrs a share.
 Reuter"
pycheck "a headline's deal the body tells whole is one event" "
assert not of('acquisition'), events
[e] = of('investment')
assert {c['id']: c['role'] for c in e['companies']} == {'dalby': 'investor', 'ames-brothers': 'investee', 'corbin-holdings': 'seller'}, e"
art "Date: 18-MAR-1987 09:58:01.47
FENNIMORE <FNMR> UNIT TO ACQUIRE BRISTOW SCREW
PITTSBURGH, March 18 - Fennimore Corp's Apex Fastener Co unit said it agreed to acquire Bristow Screw Products Inc, a privately held maker of precision screws.
 Reuter"
pycheck "a headline's 'X UNIT TO ACQUIRE' is the unit's deal the body names" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'apex-fastener': 'acquirer', 'bristow-screw-products': 'target'}, e"
art "Date: 8-APR-1987 13:37:22.64
DORRANCE <DORR> TO BUY PELL INSTRUMENTS, SELLS CASTINGS UNIT
CINCINNATI, April 8 - Dorrance Inc said it agreed to acquire Pell Instruments Corp for about 27 mln dlrs in cash, and said it sold its Ludlow Castings unit to Brockway Foundry Co for nine mln dlrs.
 Reuter"
pycheck "a company the headline buys is no seller of the headline's second deal" "
assert not [e for e in of('acquisition') if len(e['companies']) == 1], events
assert len(of('acquisition')) == 2, events"
wire "Talmadge Corp said it offered 28 dlrs a share, or about 168 mln dlrs, for Sutton Stores Inc."
pycheck "a price offered for a company" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'talmadge': 'acquirer', 'sutton-stores': 'target'} and e['data'].get('amount') == 168e6, e"
wire "Talmadge Corp offered Sutton Stores Inc a supply deal for its stores."
pycheck "a deal offered to a company is no bid for it" "
assert not of('acquisition'), events"
wire "Quimby Chemical Corp said it bought Venloo Adhesives Inc, the U.S. subsidiary of Venloo Chemie NV of the Netherlands, for 26 mln dlrs in cash."
pycheck "the owner of 'the U.S. subsidiary' bought sells" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'quimby-chemical': 'acquirer', 'venloo-adhesives': 'target', 'venloo-chemie': 'seller'}, e"
wire "Morrow Chemical Corp said its board rejected the takeover proposal made last week by Ansel Industries Inc."
pycheck "a proposal made last week and rejected today is news" "
[e] = of('acquisition')
assert e['data']['status'] == 'rejected' and {c['id'] for c in e['companies']} == {'ansel-industries', 'morrow-chemical'}, e"
wire "Keeling Corp said its Pomfret Tire division has been bought by Oberlin Rubber Co in a transaction valued at about 12 mln dlrs."
pycheck "a division bought in the passive is the target" "
[e] = of('acquisition')
assert [c['id'] for c in e['companies'] if c['role'] == 'target'] == ['pomfret-tire'], e"
art "FTSE live: Vodafone pays, Burberry cuts
May 14, 2026
15:10 BST — Vodafone Group Plc confirms a final dividend of 2.25 euro cents a share.
09:05 BST — Burberry says it will cut 1,700 jobs, about 18% of its workforce."
pycheck "a live blog's time stamps open no sentence; a dividend in euro cents" "
[d] = of('dividend')
assert d['data']['amount_per_share'] == 0.0225 and d['data']['currency'] == 'EUR', d['data']
[w] = of('workforce')
assert w['companies'][0]['id'] == 'burberry' and w['source']['sentence'].startswith('Burberry'), w"
one "Nvidia Corp forecast fourth-quarter revenue of \$65 billion, plus or minus 2%."
pycheck "an outlook 'plus or minus' a percentage is a range" "
[g] = of('guidance')
assert (g['data']['low'], g['data']['high']) == (63.7e9, 66.3e9), g['data']"
one "Kanto Robotics Corp forecast full-year operating profit of 42 billion yen (\$272 million)."
pycheck "an outlook's conversion in brackets is no second bound" "
[g] = of('guidance')
assert (g['data']['low'], g['data']['high'], g['data']['currency']) == (42e9, 42e9, 'JPY'), g['data']"
one "Jefferies downgraded Apple to \"underperform\" from \"hold\" on Tuesday, saying the iPhone maker's AI features had failed to spark an upgrade cycle."
pycheck "an 'upgrade cycle' is no call" "
[e] = of('rating_change')
assert e['data']['action'] == 'downgrade' and e['data']['rating_to'] == 'underperform', e['data']"
one "The FDA approved the injection by Corvana Therapeutics Inc for adults with heart failure, a condition that affects about 3 million Americans."
pycheck "an illness called a condition makes no approval conditional" "
[e] = of('regulatory_approval')
assert e['data']['status'] == 'approved', e['data']"
one "Harbor Lane Inc said in a filing with the U.S. Bankruptcy Court in Delaware that it had secured \$120 million in debtor-in-possession financing from its lenders, led by Bank of America."
pycheck "a filing with the bankruptcy court is no bankruptcy filing" "
assert not of('bankruptcy'), events"
one "Constellation Energy said Friday it has signed a 20-year deal to supply Microsoft with power from the Three Mile Island nuclear plant in Pennsylvania, which it plans to restart."
pycheck "'it' of a clause after 'X said' is X" "
[f] = of('facility')
assert f['companies'][0]['id'] == 'constellation-energy', f"
wire "Trident Corp said its board authorized the purchase of an additional 50 mln dlrs of its common stock, expanding to 125 mln dlrs the repurchase program it began last year."
pycheck "a buyback 'expanding' the program is expanded" "
[e] = of('buyback')
assert e['data']['action'] == 'expanded', e['data']"
wire "Alcott Corp said the 20 pct increase in its dividend reflects improved earnings and its confidence in the outlook for the second half."
pycheck "confidence in the outlook is no forecast" "
assert not of('guidance'), events"
art "Date: 16-MAR-1987
INVESTOR GROUP HAS 7.2 PCT OF MARLOWE FOODS <MRLW>
WASHINGTON, March 16 - Dunmore Partners told the Securities and Exchange Commission it holds 7.2 pct of Marlowe Foods Inc.
    Dunmore said it bought the stock at prices ranging from 18-1/2 to 21-3/4 dlrs a share, or about 8.4 mln dlrs in all.
 Reuter"
pycheck "a stake's price told 'in all' a sentence later" "
[e] = of('investment')
assert e['data'].get('amount') == 8.4e6, e['data']"
art "Vantara wins FDA nod
July 22, 2026 (Reuters) - The U.S. Food and Drug Administration on Tuesday approved Vantara Therapeutics Inc's treatment for gout."
pycheck "a date line with an agency and a dash, no city" "
[e] = of('regulatory_approval')
assert e['occurred_on'] == '2026-07-21', e"
one "Shares in Volvo Cars rose 3.1% in Stockholm."
pycheck "Volvo Cars is not AB Volvo" "
[e] = of('share_move')
assert e['companies'][0]['id'] == 'VOLCAR-B.ST', e"
one "Broadcom Inc, which is developing custom chips for OpenAI, slipped 0.8%."
pycheck "the mover before a relative clause" "
[e] = of('share_move')
assert e['companies'][0]['id'] == 'AVGO', e"
one "Rheinmetall AG rose 3%, and the STOXX Europe Aerospace and Defence index was up 1.1%."
pycheck "a market index is no company" "
assert [e['companies'][0]['id'] for e in of('share_move')] == ['rheinmetall'], events"
one "Chief Executive Wael Sawan has repeatedly denied that Shell Plc is interested in acquiring rival BP Plc."
pycheck "a deal a 'that' clause denies, its own subject named" "
assert not of('acquisition'), events"
one "A report by Nikkei that Foxconn was in talks to buy a stake in Japan Display Inc was denied by the company."
pycheck "a report denied after the deal it tells" "
assert not of('investment') and not of('acquisition'), events"
one "Harrowgate Foods Plc said on Tuesday it was in early-stage talks with Kraft Heinz Co about a possible cash offer."
pycheck "early-stage talks" "
[e] = of('acquisition')
assert e['data']['status'] == 'talks' and {c['id'] for c in e['companies']} == {'harrowgate-foods', 'kraft-heinz'}, e"
one "** Tesla Inc: up 3.4% premarket."
pycheck "a movers list's line 'Name: up N%'" "
[e] = of('share_move')
assert e['companies'][0]['id'] == 'TSLA' and e['data']['percent'] == 3.4, e"
art "Date: 5-MAY-1987 10:00:00.00
CORWIN TEXTILE <CRWN> 3RD QTR MARCH 31 NET
NEW YORK, May 5 - Shr 35 cts vs 41 cts
    Net 2,375,000 vs 2,781,000
    Nine mths
    Shr 1.02 dlrs vs 1.19 dlrs
    Net 6,921,000 vs 8,075,000
 Reuter"
pycheck "a results table's nine months under its third quarter" "
assert sorted(e['data'].get('period') for e in of('earnings')) == ['9M FY1987', 'Q3 FY1987'], events"
one "Kestrel Bancorp said Chief Executive Thomas Raney will be succeeded by President Alicia Moreno."
pycheck "the one who will be succeeded goes" "
got = sorted((e['data']['person'], e['data']['action']) for e in of('executive_change'))
assert got == [('Alicia Moreno', 'appointed'), ('Thomas Raney', 'departed')], got"
art "HARLOW TOOL WORKS INC <HTWK> 1ST QTR NET
March 18, 1987
CLEVELAND, March 18 - Qtr ended Feb 28
    Shr 22 cts vs 18 cts
    Net 1,234,000 vs 987,000
    Revs 45.6 mln vs 41.2 mln
 Reuter"
pycheck "a results table under a wire title in capitals and a date line" "
[e] = of('earnings')
assert e['companies'][0]['name'].lower().startswith('harlow tool works'), e['companies']
assert e['data']['period'] == 'Q1 1987', e['data']
assert {m['metric']: m['value'] for m in e['data']['metrics']}['eps'] == 0.22, e['data']"
art "Date: 9-SEP-1987
FIRST COMMERCE <FCOB> AND CITIZENS UTAH <CUTB> TO MERGE
SALT LAKE CITY, Sept 9 - First Commerce Bancshares Inc and Citizens Utah Bancorp said they signed a definitive agreement to merge in a tax-free exchange of stock valued at about 85 mln dlrs.
    Under the terms, each of Citizens Utah's 3.4 mln shares will be exchanged for 1.2 shares of First Commerce common."
pycheck "a name's first words, its other words its form only, are its short form" "
[e] = of('acquisition')
assert sorted(c['id'] for c in e['companies']) == ['citizens-utah-bancorp', 'first-commerce-bancshares'], e['companies']
assert e['data']['amount'] == 85000000, e['data']"
art "DYNACORE <DYNC> REJECTS ECKER GROUP'S 18 DLR OFFER
October 6, 1987
SAN JOSE, Calif., Oct 6 - Dynacore Corp said its board unanimously rejected an unsolicited 18 dlr a share proposal from an investor group led by Boston financier Martin Ecker, calling it inadequate.
    The proposal, made last week, valued the maker of disk-drive controllers at about 140 mln dlrs."
pycheck "a deal's value told by what the company makes, a sentence on" "
[e] = of('acquisition')
assert e['data']['amount'] == 140000000 and e['data']['status'] == 'rejected', e['data']"
art "GROUP STARTS TENDER FOR MARLOWE <MRLW>
May 11, 1987
NEW YORK, May 11 - An investor group led by Minneapolis financier Peter Halverson said it began a 28 dlr a share cash tender offer for all outstanding shares of Marlowe Industries Inc not already held by the group.
    The offer, made through Halverson Acquisition Corp, a newly formed company, is valued at about 310 mln dlrs and expires June 8 unless extended."
pycheck "a deal's value past an aside" "
[e] = of('acquisition')
assert e['data']['amount'] == 310000000, e['data']"
wire "Pacific Lumber and Shipping Co said it will reduce its work force by about 1,100 employees, or eight pct, over the next six months."
pycheck "a workforce's share in a word after 'or'" "
[e] = of('workforce')
assert e['data']['headcount'] == 1100 and e['data']['percent'] == 8, e['data']"
wire "Grumman Corp has been awarded a 112.4 mln dlr contract by the Navy for six E-2C Hawkeye early warning aircraft, the Defense Department said."
pycheck "a contract 'by the Navy'" "
[e] = of('contract')
assert {c['id']: c['role'] for c in e['companies']} == {'grumman': 'supplier', 'us-navy': 'customer'}, e['companies']"
one "Rook Defence said it had been selected by the Royal Navy to supply 12 patrol boats in a deal worth 300 million pounds."
pycheck "another country's navy is no U.S. Navy" "
assert not [c for e in events for c in e['companies'] if c['id'] == 'us-navy'], events"
one "Anduril Industries said on Tuesday it had received a \$640 million order from the U.S. Marine Corps for counter-drone systems."
pycheck "the Marine Corps buys" "
[e] = of('contract')
assert {c['id']: c['role'] for c in e['companies']} == {'anduril-industries': 'supplier', 'us-marine-corps': 'customer'}, e['companies']"
art "Meridian Aerostructures Awarded Navy Contract
WICHITA, Kan., May 19, 2025 /PRNewswire/ -- Meridian Aerostructures, Inc. (NYSE: MRDA) today announced that the Naval Air Systems Command (NAVAIR) has awarded the company a \$412 million firm-fixed-price contract to produce wing assemblies."
pycheck "a government that has awarded 'the company' a contract" "
assert of('contract'), events
for e in of('contract'):
    assert {c['id']: c['role'] for c in e['companies']}.get('us-navy') == 'customer', e['companies']"
wire "An unmanned Delta rocket carrying a 57 mln dlr hurricane-tracking satellite blasted off here today in NASA's first successful launch of the year."
pycheck "a government launches no product" "
assert not of('product_announcement'), events"
one "Cumberland Valley Bancorp said its Board of Directors declared a regular quarterly cash dividend of \$0.23 per share of common stock, unchanged from the prior quarter, and a one-time special cash dividend of \$0.50 per share."
pycheck "a regular and a one-time special dividend in one sentence" "
ds = sorted((e['data']['action'], e['data'].get('amount_per_share')) for e in of('dividend'))
assert ds == [('declared', 0.23), ('special', 0.5)], ds"
one "Lakeshore Healthcare Properties said it has closed a new \$1.25 billion unsecured credit facility, consisting of a \$750 million revolving credit facility and a \$500 million delayed draw term loan."
pycheck "a facility's parts after 'consisting of' are no financings of their own" "
[e] = of('financing')
assert e['data']['amount'] == 1250000000 and e['data']['kind'] == 'credit_facility', e['data']"
art "Lakeshore Healthcare Properties Closes \$1.25 Billion Unsecured Credit Facility
CHICAGO, Oct. 15, 2024 /PRNewswire/ -- Lakeshore Healthcare Properties, Inc. (NYSE: LHP) today announced that it has closed a new \$1.25 billion unsecured credit facility."
pycheck "a credit facility closed is no site closed" "
assert not of('facility'), events"
one "Norcross Specialty Foods Announces New \$500 Million Share Repurchase Authorization and \$150 Million Accelerated Share Repurchase"
pycheck "a buyback's amount before its words, the one after past 'and' another's" "
[e] = of('buyback')
assert e['data']['amount'] == 500000000, e['data']"
art "Norcross buys back shares
ATLANTA, Nov. 6, 2024 /PRNewswire/ -- Norcross Specialty Foods Inc. (NASDAQ: NSFI) today announced an accelerated share repurchase with Goldman Sachs. Under the ASR, Norcross will make a \$150 million payment to Goldman Sachs on November 8, 2024, and expects to receive an initial delivery of approximately 1.7 million shares that day. Final settlement is expected to be completed in the first quarter of 2025."
pycheck "an ASR's delivery of shares and its final settlement: no guidance, no lawsuit" "
assert not of('guidance'), events
assert not of('legal'), events"
art "Pinewood Home Furnishings reaffirms outlook
HICKORY, N.C., June 11, 2024 /PRNewswire/ -- Pinewood Home Furnishings Inc. (NYSE: PWHF) today announced a restructuring plan. The Company reaffirmed its fiscal 2024 outlook for adjusted EBITDA of \$210 million to \$225 million, which it issued on March 5, 2024."
pycheck "a reaffirmed outlook is dated the day it is reaffirmed, not the day a relative clause recalls" "
[g] = of('guidance')
assert g['occurred_on'] == '2024-06-11', g"
art "Greyhaven names successor
January 22, 2025
CHICAGO, Jan 22 (Reuters) - Greyhaven Industrial Corp (GHI.N) said on Wednesday Chief Executive John Pardee would retire on March 31, and that Chief Financial Officer Laura Whitcomb would succeed him.
Whitcomb, 51, joined from Parker-Hannifin Corp (PH.N) in 2019.
The company also reaffirmed its 2025 forecast for adjusted earnings of \$5.10 to \$5.40 per share."
pycheck "the one who succeeds takes the position of the one succeeded; a former employer is not 'the company'" "
[w] = [e for e in of('executive_change') if e['data']['person'] == 'Laura Whitcomb']
assert w['data']['position'] == 'CEO', w['data']
[g] = of('guidance')
assert g['companies'][0]['id'] == 'greyhaven-industrial', g['companies']"
art "BNY beats estimates
April 22, 2026
NEW YORK, April 22 (Reuters) - Bank of New York Mellon Corp (BK.N) beat analysts' estimates for first-quarter profit on Wednesday and raised its forecast for net interest income growth, as clients kept more cash with the world's largest custodian bank.
BNY, as the bank now brands itself, earned \$1.84 per share, up 24% from a year earlier and above the \$1.71 analysts had expected, according to LSEG data.
The KBW Regional Banking Index was down 0.7%."
pycheck "a forecast raised, its metric a bank's; results past an aside; the brand's initials; an index" "
[g] = of('guidance')
assert g['data']['direction'] == 'raised' and g['data']['metric'] == 'net_interest_income', g['data']
[e] = of('earnings')
assert e['companies'][0]['id'] == g['companies'][0]['id'], (e['companies'], g['companies'])
assert e['data']['versus_expectations'] == 'beat', e['data']
assert [m['value'] for m in e['data']['metrics'] if m['metric'] == 'eps'] == [1.84], e['data']
assert not of('share_move'), events"
one "Acme Bancorp posted a loss of 38 cents a share in the first quarter, compared with expectations for a profit of 41 cents."
pycheck "a loss where a profit was expected misses" "
[e] = of('earnings')
assert e['data']['versus_expectations'] == 'miss', e['data']"
art "Northbridge Chemical halves dividend
February 24, 2026
HOUSTON, Feb 24 (Reuters) - Northbridge Chemical Co (NBCH.N) cut its quarterly dividend in half on Tuesday and said it would permanently shut an ethylene cracker in Freeport, Texas.
Northbridge reported an adjusted loss of 12 cents per share for the quarter, compared with analysts' average estimate of a profit of 5 cents, according to data compiled by LSEG.
Northbridge last cut its payout during the 2009 financial crisis and restored it in 2011. Rival Dow Inc halved its dividend last year.
In other dividend news, Harbor Point Realty Trust (HPRT.N), an owner of suburban office buildings, said it would suspend its monthly dividend to preserve cash."
pycheck "a cracker shut; a loss against an estimated profit; last year's halving; a ticker that spells the name; 'dividend news'" "
assert [e['data']['action'] for e in of('facility')] == ['close'], events
[r] = of('earnings')
assert r['data']['versus_expectations'] == 'miss', r['data']
ds = {e['companies'][0]['id']: e['data']['action'] for e in of('dividend')}
assert ds == {'northbridge-chemical': 'cut', 'harbor-point-realty-trust': 'suspended'}, ds"
one "Fulton Ridge Financial Corporation today announced that its Board of Directors declared a quarterly cash dividend of \$0.34 per share on its common stock, an increase of \$0.02, or 6.3%, from the dividend paid in the prior quarter."
pycheck "a dividend's rise told after its amount is no move of the stock" "
[d] = of('dividend')
assert d['data']['action'] == 'raised' and d['data']['change_percent'] == 6.3, d['data']
assert not of('share_move'), events"
one "Tessellate AI said it had raised \$1.5 billion in a funding round led by Thrive Capital that values the three-year-old company at \$30 billion, up from \$9 billion in January."
pycheck "a round's amount is what it raised, not what it says the company is worth" "
[e] = of('investment')
assert e['data']['amount'] == 1500000000, e['data']"
one "Tessellate AI has signed a five-year agreement to buy about \$3 billion of computing capacity from Oracle Corp, the companies said on Tuesday."
pycheck "computing capacity bought is no acquisition" "
assert not of('acquisition'), events"
art "BNY Mellon profit tops estimates
NEW YORK, Oct 16, 2025 (Reuters) - Bank of New York Mellon Corp (BK.N) beat Wall Street estimates for third-quarter profit on Thursday.
The New York-based lender reported adjusted earnings of \$1.88 per share, compared with analysts' average estimate of \$1.76."
pycheck "a name found whole before its ticker is the one the ticker marks" "
assert all(c['id'] == 'bank-of-new-york-mellon' for e in events for c in e['companies']), [e['companies'] for e in events]"
one "The board of directors of A. O. Smith Corporation (NYSE: AOS) today declared a regular quarterly cash dividend of \$0.36 per share."
pycheck "initials with their full stops and spaces between" "
[d] = of('dividend')
assert d['companies'][0]['name'] == 'A. O. Smith', d['companies']"
art "Elliott builds stake in Hartwell
October 20, 2026
NEW YORK, Oct 20 (Reuters) - Hartwell Foods Inc shares rose 4% on Tuesday.
Hartwell cut its full-year sales outlook in July, citing weaker demand, and named former Unilever executive Dana Ruiz as chief executive last year.
In July, Pinnacle Financial Partners and Synovus Financial agreed to combine in an \$8.6 billion deal.
Deere said on Sept. 14 it would cut about 200 more jobs at its Iowa plants."
pycheck "an outlook cut in July, a chief named last year, a deal of last July, jobs cut a month before: background" "
assert not of('guidance'), events
assert not of('executive_change'), events
assert not of('acquisition'), events
assert not of('workforce'), events
assert of('share_move'), events"
wire "Standard and Poor's Corp said it lowered its rating on about 1.2 billion dlrs of Texas Air Corp's senior debt to B from B-plus."
pycheck "a grade of one letter the call moved to" "
[r] = of('rating_change')
assert r['data']['rating_to'] == 'B' and r['data']['rating_from'] == 'B+', r['data']"
art "Date: 13-APR-1987
TEXACO <TX> FILES FOR CHAPTER 11 PROTECTION
    WHITE PLAINS, N.Y., April 13 - Texaco Inc, the third largest U.S. oil company, filed for protection from its creditors under Chapter 11 of the federal bankruptcy code on Sunday, saying it had no choice."
pycheck "filed for protection from its creditors under Chapter 11, on Sunday" "
[b] = of('bankruptcy')
assert b['occurred_on'] == '1987-04-12', b"
wire "Hollis Acquisition Corp said it began a 27 dlr a share tender offer for Hollister Corp. The offer, which values the Cincinnati valve maker at about 240 mln dlrs, expires April 28."
pycheck "a deal's value in a relative clause, told by what the company makes" "
[e] = of('acquisition')
assert e['data']['amount'] == 240000000, e['data']"
art "GMAC <GMA> OFFERS 500 MLN DLRS OF NOTES
March 23, 1987
NEW YORK, March 23 - General Motors Acceptance Corp, the financing arm of General Motors Corp, is offering 500 mln dlrs of notes due 1992 yielding 7.45 pct, said lead manager Salomon Brothers Inc.
    GMAC last tapped the domestic debt market on March 5, when it sold 400 mln dlrs of five-year notes."
pycheck "a finance unit's initials found first; its issue not the parent's; an earlier issue's day" "
[f] = of('financing')
assert [c['id'] for c in f['companies']] == ['general-motors-acceptance'], f['companies']
assert f['occurred_on'] == '1987-03-23' and f['data']['amount'] == 500000000, f"
art "Date: 30-MAR-1987 09:15:52.08
DALWORTH ENERGY <DWEI> FILES FOR CHAPTER 11
    FORT WORTH, Texas, March 30 - Dalworth Energy Inc said it filed a petition for reorganization under Chapter 11 of the federal bankruptcy code in U.S. Bankruptcy Court here on Friday.
    The oil and gas producer said its bank lenders agreed to provide 20 mln dlrs in debtor-in-possession financing to keep operations going during the reorganization.
    Dalworth, which has about 310 mln dlrs in debt, was hurt by last year's collapse in oil prices. It lost 47.2 mln dlrs in 1986 and omitted its dividend in July.
    Former chairman Robert Buckley resigned in 1986 amid criticism of executive perquisites."
pycheck "a dividend omitted last July, a chairman gone in 1986: background" "
assert of('bankruptcy'), events
assert not of('dividend'), events
assert not of('executive_change'), events"
one "JPMorgan Chase & Co (JPM.N) climbed 2.4% after the largest U.S. lender posted first-quarter profit that beat analysts' estimates."
pycheck "a move past the name's legal form and ticker, its cause a result" "
[m] = of('share_move')
assert m['companies'][0]['id'] == 'JPM' and m['data']['percent'] == 2.4, m"
one "Volkhardt Chemie now expects adjusted earnings before interest, taxes, depreciation and amortisation (EBITDA) of 1.10 billion to 1.25 billion euros this year, down from 1.30 billion to 1.45 billion euros previously."
pycheck "EBITDA written out" "
[g] = of('guidance')
assert g['data']['metric'] == 'ebitda' and g['data']['direction'] == 'lowered', g['data']"
one "Vireo Biosciences Inc said on Wednesday it would carry out a 1-for-25 reverse stock split, and separately raised \$15 million in a registered direct offering priced at the market."
pycheck "a registered direct offering" "
[f] = of('financing')
assert f['data']['amount'] == 15000000 and f['data']['kind'] == 'share_offering', f['data']"
art "Lumora raises cash
NEW YORK, Feb 10 (Reuters) - Lumora Therapeutics Inc said on Tuesday it raised \$250 million in a share sale.
\"The raise was expected,\" said Leerink Partners analyst David Risinger, who raised his price target to \$58 from \$41 and kept an \"outperform\" rating."
pycheck "an analyst's 'his' price target is on the article's company" "
[r] = of('rating_change')
assert {c['id']: c['role'] for c in r['companies']} == {'lumora-therapeutics': 'subject', 'leerink-partners': 'analyst'}, r['companies']"
art "Helix Grid Technologies Announces \$8.5 Million Registered Direct Offering
SAN JOSE, CA / ACCESSWIRE / March 4, 2026 / Helix Grid Technologies, Inc. (NASDAQ:HLXG) today announced that it has entered into a definitive agreement for the sale of 2,428,572 shares in a registered direct offering for gross proceeds of \$8.5 million."
pycheck "an Accesswire dateline" "
[f] = of('financing')
assert f['occurred_on'] == '2026-03-04', f"
art "Quillon Software Reports Third Quarter Fiscal 2026 Results
Total revenue grew 18% year over year to \$331.4 million; subscription revenue grew 22%
Raises full-year fiscal 2026 revenue guidance
Announces restructuring to reduce workforce by approximately 4%
AUSTIN, Texas--(BUSINESS WIRE)--Feb. 25, 2026--Quillon Software, Inc. (NASDAQ: QUIL) today announced financial results for its third quarter of fiscal 2026, which ended January 31, 2026."
pycheck "a Business Wire dateline under three subheadlines" "
assert events and all(e['occurred_on'] == '2026-02-25' for e in events), events"
art "Harlow Industrial Reports Fourth Quarter Results
MILWAUKEE, Feb. 3, 2026 /PRNewswire/ -- Harlow Industrial Corp. (NYSE: HWL) today reported fourth quarter 2025 results.
\"Demand stayed firm, the Tessaline integration is ahead of plan, and we enter 2026 with a record backlog,\" said Renata Okafor, Chair and Chief Executive Officer.
The Board of Directors declared a quarterly cash dividend of \$0.27 per share, an 8% increase from the previous quarterly dividend of \$0.25.
About Harlow Industrial: In 2024 the company acquired Tessaline Controls for \$310 million."
pycheck "a company named in a quotation is not what 'the Board' stands for" "
[d] = of('dividend')
assert d['companies'][0]['id'] == 'harlow-industrial', d['companies']"
wire "Supermarkets General Corp said its board unanimously rejected the 1.62 billion dlr, 41.75 dlrs a share offer from Dart Group Corp as inadequate."
pycheck "an offer rejected, its two prices between" "
[e] = of('acquisition')
assert e['data']['status'] == 'rejected', e['data']"
wire "GENERAL PARTNERS BEGINS 100 DLR/SHR BID FOR GENCORP <GY>"
pycheck "a price a share in a headline is no deal's amount" "
assert all('amount' not in e['data'] for e in of('acquisition')), events"
art "Mitsuhama to buy Kyodo Resin
TOKYO, March 3 (Reuters) - Mitsuhama Chemical Corp agreed to buy Kyodo Resin Co.
Kyodo Resin shares surged 17% to their daily limit-up while Mitsuhama slipped 2.4%."
pycheck "a move's sign from the nearest word before it" "
ms = {e['companies'][0]['id'].split('-')[0]: e['data']['percent'] for e in of('share_move')}
assert ms == {'kyodo': 17, 'mitsuhama': -2.4}, ms"
art "Harbor & Pine files for Chapter 11
May 7, 2024
Harbor & Pine Home Furnishings LLC, the private equity-owned furniture chain, filed for Chapter 11 bankruptcy protection in Delaware on Tuesday.
The Charlotte, North Carolina-based retailer listed assets and liabilities of \$500 million to \$1 billion each in its petition. It plans to close 85 of its 212 stores and has lined up \$150 million of debtor-in-possession financing from its existing lenders, led by Wells Fargo & Co."
pycheck "'It' opening a sentence, not the lender named after the verb" "
[f] = of('facility')
assert f['companies'][0]['id'] == 'harbor-pine-home-furnishings', f['companies']"
art "Quillon Software Reports Third Quarter Results
AUSTIN, Texas--(BUSINESS WIRE)--Feb. 25, 2026--Quillon Software, Inc. (NASDAQ: QUIL) today announced financial results for its third quarter of fiscal 2026.
For the fourth quarter of fiscal 2026, Quillon expects total revenue of \$339 million to \$341 million.
For the full fiscal year 2026, Quillon now expects total revenue of \$1.285 billion to \$1.295 billion, up from its prior outlook of \$1.265 billion to \$1.275 billion, and non-GAAP operating income of \$272 million to \$276 million, up from \$258 million to \$264 million."
pycheck "outlooks of two periods and two metrics stay apart" "
gs = sorted((g['data'].get('period'), g['data']['metric'], g['data']['low']) for g in of('guidance'))
assert gs == [('FY2026', 'operating_income', 272000000), ('FY2026', 'revenue', 1285000000), ('Q4 FY2026', 'revenue', 339000000)], gs"
wire "General Motors Corp said it will close its Norwood, Ohio, assembly plant in August, putting about 4,200 hourly workers out of work."
pycheck "a plant's place before its kind, not the month after" "
[f] = of('facility')
assert f['data'].get('location') == 'Norwood, Ohio', f['data']"
wire "Tri-State Motor Freight Inc said it will lay off about 600 of its 2,300 employees."
pycheck "the part laid off, not the whole staff" "
[w] = of('workforce')
assert w['data']['headcount'] == 600, w['data']"
one "U.S. crude futures settled down 1.3% at \$61.20 a barrel, and Acme Corp shares fell 2%."
pycheck "a price settled is no lawsuit settled" "
assert not of('legal'), events"
one "Keller & Voss rejects sweetened 4.1 bln stg Ardent bid, unveils buyback"
pycheck "a headline's second verb after a comma is its first company's, the amount of the first clause not its own" "
[b] = of('buyback')
assert b['companies'][0]['id'] == 'keller-voss' and 'amount' not in b['data'], b"
one "Keller & Voss Plc, the British maker of industrial valves, on Monday rejected a sweetened 4.1 billion pound (\$5.2 billion) takeover proposal from U.S. private equity firm Ardent Capital Partners."
pycheck "a proposal rejected, its amount and conversion between" "
[e] = of('acquisition')
assert e['data']['status'] == 'rejected', e['data']"
art "Date: 14-APR-1987 17:25:31.03
IBM <IBM> FIRST QUARTER NET FALLS 23 PCT
    ARMONK, N.Y., April 14 - International Business Machines Corp said its first-quarter net income fell 23 pct to 1.00 billion dlrs, or 1.72 dlrs a share, from 1.30 billion dlrs, or 2.12 dlrs a share, a year earlier.
    Revenues rose two pct to 11.23 billion dlrs from 11.02 billion. Wall Street analysts had expected earnings of about 1.60 dlrs a share."
pycheck "the figure a share analysts expected, told after the one reported" "
[e] = of('earnings')
assert e['data'].get('versus_expectations') == 'beat', e['data']"
art "Date: 27-MAR-1987
ICC APPROVES CHICAGO AND NORTH WESTERN <CNW> PURCHASE OF KEARNEY AND ROLLA
    WASHINGTON, March 27 - The Interstate Commerce Commission approved the acquisition of Kearney and Rolla Railway Co by Chicago and North Western Transportation Co for about 96 mln dlrs, with conditions meant to protect access for competing shippers."
pycheck "a title's approval made conditional by the body" "
[r] = of('regulatory_approval')
assert r['data']['status'] == 'conditional', r['data']"
one "Volkswerk said it would close the two plants, which employ a combined 2,300 people, by 2027."
pycheck "staff a site employs is no hiring" "
assert not [e for e in of('workforce') if e['data']['action'] == 'hiring'], events"
one "Digital Equipment Corp shares, which have nearly doubled since last summer, fell 3% after Kidder Peabody cut its rating to hold."
pycheck "a doubling since a time gone by is background" "
assert [e['data']['percent'] for e in of('share_move')] == [-3], of('share_move')"
one "Greystone Energy shares fell 4% on Tuesday; the stock has fallen more than 60% since 2023."
pycheck "a fall since an earlier year, told in the perfect, is background" "
assert [e['data']['percent'] for e in of('share_move')] == [-4], of('share_move')"
one "Brightwater expects ZELVORA to be available in the United States in April 2026 and has built a 140-person dermatology sales force ahead of launch."
pycheck "a sales force is no revenue" "
assert not of('guidance'), events"
art "Danforth to sell valves unit to KKR for \$1.9 billion, launches buyback
CHICAGO, Feb 24, 2026 (Reuters) - Danforth Industrial Corp (DFI.N) said on Tuesday it agreed to sell its Precision Flow valves business to private equity firm KKR & Co (KKR.N) for \$1.9 billion in cash.
Danforth also said its board authorized the repurchase of up to \$600 million of its shares. Danforth shares rose 2.8%.
KKR has been an active buyer of industrial carve-outs, and last year bought a cooling-systems unit from a Japanese conglomerate."
pycheck "a title's short name and the body's are one company; last year's purchase changes nothing of the sale" "
ids = {c['id'] for e in events for c in e['companies'] if c['id'].startswith('danforth')}
assert ids == {'danforth-industrial'}, ids
[d] = of('acquisition')
assert d['data']['status'] == 'announced', d['data']"
one "In the coming months, Morvant Telecom could sell its 44 per cent stake in Celtis, the French mobile operator."
pycheck "a sale the writer imagines is no deal" "
assert not of('investment') and not of('acquisition'), events"
one "Analysts at Harlow Securities said Kestrel Mining was likely to sell its copper unit to Ardent Metals before the end of the year."
pycheck "a sale an observer thinks likely is no deal" "
assert not of('acquisition'), events"
one "Verizon Communications owns the rest of the venture and has said repeatedly it would like to buy out Morvant Telecom."
pycheck "a wish to buy is no deal" "
assert not of('acquisition'), events"
one "Kestrel Mining said it will sell its copper unit to Ardent Metals within weeks."
pycheck "the company's own word that it will sell stays" "
[e] = of('acquisition')
assert {c['id'] for c in e['companies']} == {'kestrel-mining', 'ardent-metals'}, e['companies']"
one "Pell Systems said it is holding discussions that could lead to the sale of the company for about 12 mln dlrs."
pycheck "discussions that could lead to a sale are talks" "
[e] = of('acquisition')
assert e['data']['status'] == 'talks' and e['data'].get('amount') == 12e6, e['data']"
art "Date: 31-MAR-1987 08:46:19.04
HOLLISTER STORES INC <HLST> 4TH QTR JAN 31 NET
    DAYTON, Ohio, March 31 - Shr 1.12 dlrs vs 64 cts
    Net 6,841,000 vs 3,902,000
    Year
    Shr 1.43 dlrs vs 37 cts
    Net 8,735,000 vs 2,251,000
    NOTE: Fiscal 1986 ended January 31, 1987.
    Hollister also said its board reinstated the quarterly dividend
at five cts a share, payable April 30 to holders of record April
10.
 Reuter"
pycheck "a fiscal year by the name the story gives it; a wrapped line under a table goes on" "
assert sorted(e['data'].get('period') for e in of('earnings')) == ['FY1986', 'Q4 FY1986'], of('earnings')
[d] = of('dividend')
assert d['data'].get('amount_per_share') == 0.05 and d['data']['action'] == 'resumed', d['data']"
wire "Corliss Mills Inc's directors turned down Tanager Textile Corp's 22 dlr a share, or 118 mln dlr, takeover proposal."
pycheck "an offer turned down, its price told twice" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'tanager-textile': 'acquirer', 'corliss-mills': 'target'}, e['companies']
assert e['data']['status'] == 'rejected' and e['data'].get('amount') == 118e6, e['data']"
wire "Holders of about 38 pct of Kirwan Instrument Corp's stock have agreed to vote in favor of the merger."
pycheck "the part its holders own is no stake taken" "
assert not of('investment'), events"
wire "Brackett Glass Works Inc said it will close its Muncie, Ind., container plant next March."
pycheck "a site's town and state abbreviated" "
[f] = of('facility')
assert f['data'].get('location') == 'Muncie, Ind.', f['data']"
wire "Corvallis Industries Inc said it agreed to sell its Ardent Pump division to Barlow Engineering Corp for 28 mln dlrs and, separately, agreed to acquire Nolte Controls Inc for about 61 mln dlrs."
pycheck "a second verb joined by 'and' has the first's subject" "
deals = {frozenset((c['id'], c['role']) for c in e['companies']) for e in of('acquisition')}
assert frozenset({('corvallis-industries', 'acquirer'), ('nolte-controls', 'target')}) in deals, deals"
wire "Q.R. Lindqvist and Sons Inc said it agreed to sell its Pelham Fastener division to Mott, Kemble & Co for 26.5 mln dlrs in cash."
pycheck "partners' names before '& Co' are one firm" "
[e] = of('acquisition')
assert 'mott-kemble' in {c['id'] for c in e['companies']}, e['companies']"
wire "Fenwick Instruments Inc said it was in preliminary discussions with Brayton Group PLC of Britain about a possible combination of the two companies."
pycheck "a combination of the two companies discussed is talks" "
[e] = of('acquisition')
assert {c['id'] for c in e['companies']} == {'fenwick-instruments', 'brayton-group'} and e['data']['status'] == 'talks', e"
art "Date: 22-APR-1987 12:05:51.30
GROVERS AND PLANTERS <GPBC>, TRI-STATE SAVINGS TO MERGE
    JACKSON, Miss., April 22 - Grovers and Planters Bancorp said it will merge with Hattiesburg-based Tri-State Savings Bank in an exchange of stock worth about 88 mln dlrs.
 Reuter"
pycheck "a headline's name in capitals is the body's longer one, its legal form apart" "
assert len(of('acquisition')) == 1, of('acquisition')
assert {c['id'] for e in events for c in e['companies']} == {'grovers-and-planters-bancorp', 'tri-state-savings-bank'}, events"
wire "Bank of Kansas Valley Corp said it agreed to acquire Trust Company of the Prairies Inc for about 64 mln dlrs in cash and stock."
pycheck "'of the' inside a name closed by its legal form" "
[e] = of('acquisition')
assert 'Trust Company of the Prairies' in {c['name'] for c in e['companies']}, e['companies']"
art "Date: 24-JUN-1987 10:05:12.44
OLSTEAD CORP <OLST> NAMES OFFICER
    COLUMBUS, Ohio, June 24 - Olstead Corp said its sales rose.
    Martin Okafor, formerly vice president of manufacturing, was named to the newly created position of chief operating officer.
 Reuter"
pycheck "a person's past posts in an appositive before the verb" "
[e] = of('executive_change')
assert e['data'] == {'person': 'Martin Okafor', 'position': 'COO', 'action': 'appointed'}, e['data']"
wire "Wrenfield Partners has sold half of its holding in Ashgrove Mills Inc."
pycheck "a site's word in a company's name is no site" "
assert not of('facility'), events"
wire "Kellam Power and Light Co plans to use the money to call its 12-3/4 pct bonds due 2013."
pycheck "bonds called are redeemed, not raised" "
assert not of('financing'), events"
one "Brantwood also said Chief Financial Officer Alan Greer would leave in March, and that Sofia Lindqvist, currently treasurer, would succeed him."
pycheck "a successor with no title takes the post of the one succeeded" "
assert {(e['data']['person'], e['data']['action'], e['data']['position']) for e in of('executive_change')} == {('Alan Greer', 'departed', 'CFO'), ('Sofia Lindqvist', 'appointed', 'CFO')}, of('executive_change')"
art "Brantwood names new chief
Nov 12, 2024 (Reuters) - Brantwood Insurance Holdings Inc said Chief Executive Tom Fenner would retire at the end of the year.
Fenner will become non-executive chair of the board when he steps down as CEO, the insurer said.
Shares of the company rose 1% while analysts said Fenner's exit was expected."
pycheck "a surname alone is the person named in full before; the post right after 'become'" "
got = {(e['data']['person'], e['data']['action'], e['data']['position']) for e in of('executive_change')}
assert got == {('Tom Fenner', 'departed', 'CEO'), ('Tom Fenner', 'appointed', 'chair')}, got"
one "Maple Ridge Dairy agreed to buy Quebec cheesemaker Fromagerie Lachance for C\$210 million."
pycheck "a maker of something in one word before a name, a province before it" "
[e] = of('acquisition')
assert {c['id'] for c in e['companies']} == {'maple-ridge-dairy', 'fromagerie-lachance'}, e['companies']"
one "Fromagerie Lachance makes cheddar and specialty cheeses sold in grocery stores across eastern Canada."
pycheck "goods sold in stores sell no stores" "
assert not of('facility'), events"
one "Tredway Rail expects to hire approximately 450 production workers over the next two years."
pycheck "staff to be hired is no outlook" "
assert not of('guidance'), events"
art "Tredway Rail Systems Awarded \$1.4 Billion NJ TRANSIT Contract for 320 Railcars
ELMIRA, N.Y., Jan. 27, 2026 /PRNewswire/ -- Tredway Rail Systems, Inc. (NYSE: TRDW) today announced that NJ TRANSIT has awarded it a contract valued at approximately \$1.4 billion to build 320 railcars.
To support the order, Tredway will invest \$85 million to expand its Elmira manufacturing facility."
pycheck "a contract awarded to 'it' by a buyer named before; a title's company before the contract is the buyer; the dateline's town names a site" "
[c] = of('contract')
assert {x['id']: x['role'] for x in c['companies']} == {'tredway-rail-systems': 'supplier', 'nj-transit': 'customer'}, c['companies']
[f] = of('facility')
assert f['data'].get('location') == 'Elmira', f['data']"
wire "Marwick Electric Co said it still expects 1987 earnings to be about level with last year's 3.85 dlrs a share."
pycheck "an outlook it still expects is reaffirmed" "
[g] = of('guidance')
assert g['data']['direction'] == 'reaffirmed', g['data']"
one "Quarrystone Motors said it earned \$1.49 per share in the first quarter, short of the \$1.62 that analysts polled by FactSet had expected."
pycheck "short of what analysts polled by a firm had expected" "
[e] = of('earnings')
assert e['data'].get('versus_expectations') == 'miss', e['data']"
art "Veltrane beats quarterly estimates, lifts annual revenue forecast
SAN JOSE, California, Oct 23, 2025 (Reuters) - Veltrane Systems raised its annual revenue forecast and beat Wall Street estimates on Thursday.
The company now expects fiscal 2025 revenue of \$6.45 billion to \$6.55 billion.
Revenue for the quarter ended Sept. 30 rose 28% to \$1.71 billion. Excluding items, Veltrane earned 94 cents per share, above expectations of 86 cents."
pycheck "a calendar quarter by its end; results told on keep its period, not the outlook's year" "
[e] = of('earnings')
assert e['data'].get('period') == 'Q3 2025' and e['data'].get('versus_expectations') == 'beat', e['data']"
one "Quenby Realty Trust said its trustees declared an extra dividend of 25 cts a share along with the regular quarterly dividend of 40 cts a share."
pycheck "two dividends declared 'along with' each other" "
assert sorted((d['data']['action'], d['data']['amount_per_share']) for d in of('dividend')) == [('declared', 0.4), ('special', 0.25)], of('dividend')"
wire "Pelham Software Inc said it has reduced its workforce by about 15 pct, or 120 employees, and will consolidate its two Cambridge offices."
pycheck "a workforce reduced, its share and count" "
[w] = of('workforce')
assert w['data'] == {'action': 'layoffs', 'headcount': 120, 'percent': 15}, w['data']"
one "Sorrell Stores said it would lay off about 1,100 corporate and distribution employees, or 4% of its workforce."
pycheck "kinds of staff joined by 'and' before the staff word" "
[w] = of('workforce')
assert w['data'].get('headcount') == 1100 and w['data'].get('percent') == 4, w['data']"
one "Amberly, which employs about 1.5 million people, eliminated about 14,000 corporate roles a year ago as it reorganized."
pycheck "cuts of a year ago are background" "
assert not of('workforce'), events"
wire "Suwanee Instruments Inc said Pettibone Holdings PLC of London agreed to buy newly issued shares equal to 25 pct of its enlarged capital for 18 mln dlrs."
pycheck "shares equal to a part of the company" "
[e] = of('investment')
assert e['data'].get('stake_percent') == 25, e['data']"
wire "Sebring Holdings Inc said it completed its 34 dlr a share tender offer for Kennett Railroad Co, buying about 2.8 mln shares which, with the shares it already owned, give it about 93 pct of the railroad."
pycheck "shares that give the buyer a part of the company" "
[e] = of('acquisition')
assert e['data'].get('stake_percent') == 93 and e['data']['status'] == 'completed', e['data']"
art "Date: 19-MAR-1987 16:22:17.30
QUINTON-LED GROUP HOLDS 8.7 PCT OF POMFRET VALLEY TOOL <PVTL>
    WASHINGTON, March 19 - An investor group led by Quinton Capital Corp said it has acquired 8.7 pct of the common stock of Pomfret Valley Tool Co.
 Reuter"
pycheck "a group named by its leader is no company" "
assert 'quinton-led-group' not in {c['id'] for e in events for c in e['companies']}, events"
wire "Tate and other officers own about 12 pct of Coldwater Corp's stock."
pycheck "insiders' holding is background" "
assert not of('investment'), events"
wire "Skerry Aerospace Corp said Chelsea Airlines Inc ordered six of its 34-seat turboprop airliners for about 54 mln dlrs."
pycheck "an order of the speaker's own goods" "
[c] = of('contract')
assert {x['id']: x['role'] for x in c['companies']} == {'skerry-aerospace': 'supplier', 'chelsea-airlines': 'customer'}, c['companies']"
wire "Contour Mills Inc said its board unanimously rejected as inadequate an unsolicited offer of 38 dlrs a share, or about 152 mln dlrs, from Pisgah Group Inc."
pycheck "an offer whose price comes before its bidder" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'pisgah-group': 'acquirer', 'contour-mills': 'target'}, e['companies']
assert e['data']['status'] == 'rejected' and e['data'].get('amount') == 152e6, e['data']"
wire "Pamlin Sound Industries Inc said Franklin W. Gaskell resigned as chairman and chief executive officer after a dispute with the board."
pycheck "a person with a middle initial who resigns is no company" "
[e] = of('executive_change')
assert e['data']['person'] == 'Franklin W. Gaskell' and e['data']['action'] == 'departed', e['data']"
art "Wyncote Appliance Company | Newsroom

Wyncote Opens \$410 Million Dishwasher Plant in Greer, South Carolina

October 15, 2024 | Manufacturing | 4 min read

GREER, S.C. -- Wyncote Appliance Company (NYSE: WYNC) today opened its new dishwasher manufacturing plant in Greer, South Carolina."
pycheck "a newsroom's date line under its name and headline, a bar after the date" "
[f] = of('facility')
assert f['occurred_on'] == '2024-10-15', f"
art "Ashby recalls 412,000 SUVs
By Tom Krisher
Published 10:41 AM EDT, August 20, 2026
DETROIT (AP) - Ashby Motor Co. is recalling more than 412,000 SUVs because a seat belt retractor can fail."
pycheck "a date line with the time before the date" "
[e] = of('product_announcement')
assert e['occurred_on'] == '2026-08-20', e"
art "Ironwood Utilities Sells \$3 Billion of Bonds
By Matt Wirz
May 12, 2026 10:14 ET (14:14 GMT)
DOW JONES NEWSWIRES
Ironwood Utilities Co. (IWU) sold \$3 billion of investment-grade bonds in four parts on Tuesday."
pycheck "a date line with a time and its GMT in brackets" "
[e] = of('financing')
assert e['occurred_on'] == '2026-05-12', e"
one "Wells Fargo upgrades Ondrex Software to overweight from equal weight."
pycheck "a rating's verb in the present names the company after it" "
[r] = of('rating_change')
assert {c['id'] for c in r['companies']} == {'ondrex-software', 'WFC'} and r['data']['action'] == 'upgrade', r"
one "Australian lithium miner Brenlock Mining Ltd on Tuesday urged shareholders to reject a hostile A\$3.4 billion takeover offer from larger rival Kestrel Resources Ltd."
pycheck "shareholders urged to reject an offer" "
[e] = of('acquisition')
assert e['data']['status'] == 'rejected', e['data']"
art "Sandwell completes \$1.4 bln Norway sale to Equinor, names Drummond as CEO
LONDON, April 1, 2026 (Reuters) - British oil and gas producer Sandwell Energy Plc (SWE.L) said on Wednesday it had completed the \$1.4 billion sale of its Norwegian subsidiary, Sandwell Norge AS, to Equinor (EQNR.OL), and appointed operations chief Aileen Drummond as its next chief executive.
Drummond will take over on May 1 from Graham Tisdale, who is retiring after nine years at the helm.
It kept its 2026 production forecast of 95,000 to 105,000 barrels of oil equivalent per day.
Shares in Sandwell rose 3% in early trading in London."
pycheck "a surname alone is no company; a verb after 'and' is the speaker's; a post taken over from someone; 'It' keeps its forecast; the short name is the first company's" "
got = {(e['data']['person'], e['data']['action']) for e in of('executive_change')}
assert got == {('Aileen Drummond', 'appointed'), ('Graham Tisdale', 'departed')}, of('executive_change')
assert all(e['companies'][0]['id'] == 'sandwell-energy' for e in of('executive_change')), of('executive_change')
[g] = of('guidance')
assert g['data']['direction'] == 'reaffirmed' and g['companies'][0]['id'] == 'sandwell-energy', g
[m] = of('share_move')
assert m['companies'][0]['id'] == 'sandwell-energy', m"
art "Morland Systems Announces Pricing of Upsized Initial Public Offering

RESTON, Va., Oct. 8, 2025 /PRNewswire/ -- Morland Systems, Inc. today announced the pricing of its upsized initial public offering of 18,750,000 shares of its common stock at a public offering price of \$21.00 per share.

The gross proceeds to Morland from the offering are expected to be approximately \$315.0 million.

A registration statement on Form S-1 relating to these securities has been filed with the Securities and Exchange Commission and was declared effective on October 8, 2025."
pycheck "an offering's gross proceeds told after it; a release's legend of a registration is no filing" "
[f] = of('financing')
assert f['data'].get('amount') == 315e6 and f['data']['kind'] == 'ipo', f['data']
assert not of('regulatory_filing'), events"
one "Aurel Maison SA (AURM.PA) slumped 9.8% after it reported a 6% drop in third-quarter sales."
pycheck "a move whose cause names a metric, past the ticker" "
assert [e['data']['percent'] for e in of('share_move')] == [-9.8], of('share_move')"
one "The news dragged on the sector, with LVMH falling 2.1%."
pycheck "a move told in a participle after 'with'" "
assert [e['data']['percent'] for e in of('share_move')] == [-2.1], of('share_move')"
one "Kelford said Martin Ashford, who has served as President and Chief Executive Officer since 2014, will retire from his executive role effective March 31, 2025."
pycheck "a departure past the person's relative clause" "
[e] = of('executive_change')
assert e['data'] == {'person': 'Martin Ashford', 'position': 'CEO', 'action': 'departed'}, e['data']"
one "Kelford said Ashley Ward will succeed Philip Renfrew, who has served as Chair since 2016."
pycheck "the one succeeded goes" "
got = {(e['data']['person'], e['data']['action'], e['data']['position']) for e in of('executive_change')}
assert got == {('Ashley Ward', 'appointed', 'chair'), ('Philip Renfrew', 'departed', 'chair')}, got"
one "Fenwick Labs Inc said it would no longer provide a financial outlook because of the pending transaction."
pycheck "an outlook no longer provided is withdrawn" "
[g] = of('guidance')
assert g['data']['direction'] == 'withdrawn', g['data']"
# Deals as today's business news tells them (tests/extract_deals.tsv: sentence, acquirer,
# target, seller; alternatives split by |, - for a party left unnamed), read with the default
# model: one event must name the acquirer (or investor, or a peer) and the target, and the
# seller when one is given; and as the wires of 1987 told them (tests/extract_deals_1987.tsv).
# deal_checks FILE DATELINE LABEL
deal_checks() {
    local sent acq tgt sel
    while IFS=$'\t' read -r sent acq tgt sel; do
        case $sent in '#'* | '') continue ;; esac
        printf 'Date: %s\n%s\n' "$2" "$sent" >"$TMP/deal.txt"
        dry "$TMP/deal.txt"
        pycheck "$3: ${sent:0:60}" "
def has(e, roles, want):
    if want == '-': return True
    alts = [w.lower() for w in want.split('|')]
    return any(c['role'] in roles and any(w in c['name'].lower() or c['name'].lower() in w for w in alts)
               for c in e['companies'])
deals = [e for e in events if e['type'] in ('acquisition', 'investment')]
ok = [e for e in deals if has(e, ('acquirer', 'investor', 'party'), '''$acq''')
      and has(e, ('target', 'investee', 'party'), '''$tgt''')
      and ('''$sel''' == '' or has(e, ('seller',), '''$sel'''))]
assert ok, deals"
    done <"$1"
}
deal_checks tests/extract_deals.tsv 2026-12-01 deal
deal_checks tests/extract_deals_1987.tsv 5-MAR-1987 "deal 1987"

# Events of every kind as today's business news tells them (tests/extract_news.tsv: sentence,
# type, company), read with the default model: an event of the type must name the company.
while IFS=$'\t' read -r sent typ co; do
    case $sent in '#'* | '') continue ;; esac
    printf 'Date: 2026-12-01\n%s\n' "$sent" >"$TMP/news.txt"
    dry "$TMP/news.txt"
    pycheck "news: ${sent:0:60}" "
co = '''$co'''.lower()
assert [e for e in of('$typ') if any(co in c['name'].lower() or c['name'].lower() in co
                                      for c in e['companies'])], events"
done <tests/extract_news.tsv
while IFS=$'\t' read -r sent typ co want; do
    case $sent in '#'* | '') continue ;; esac
    printf 'Date: 2026-12-01\n%s\n' "$sent" >"$TMP/news.txt"
    dry "$TMP/news.txt"
    pycheck "news2: ${sent:0:60}" "
cos = [c.lower() for c in '''$co'''.split('|')]
want = '''$want'''
def same(v, w):
    if w in ('True', 'False'): return v is (w == 'True')
    try: f = float(w)
    except ValueError: return v == w
    return isinstance(v, (int, float)) and not isinstance(v, bool) and abs(v - f) < 1e-9
if want == 'NONE':
    assert not of('$typ'), of('$typ')
else:
    kv = dict(x.split('=', 1) for x in want.split(';') if x)
    assert [e for e in of('$typ') if any(co in c['name'].lower() or c['name'].lower() in co
                                          for c in e['companies'] for co in cos)
            and all(same(e['data'].get(k), w) for k, w in kv.items())], events"
done <tests/extract_news2.tsv

# A verb of telling "last week" tells its own clause's news, not that of a company told of
# beside it (after "while", "after", ";", or another verb of telling between).
one "Acme Corp said on Tuesday its quarterly profit rose 20%, while rival Beta Inc reported last week a 5% decline."
pycheck "news beside results reported last week" "
assert [m for m in changes('acme') if m[1] == 20], events"
one "Acme Corp, which reported last month a surge in orders, said its third-quarter revenue rose 12% to \$3 billion."
pycheck "news after a relative clause told last month" "
assert of('earnings') and [m for m in changes('acme') if m[1] == 12], events"
one "Acme Corp reported third-quarter net income of \$1.2 billion, up 30%, beating estimates; Beta Inc reported last week."
pycheck "news before another clause told last week" "
assert of('earnings') and [m for m in changes('acme') if m[1] == 30], events"

# "X, who took over as chief executive in 2019, will retire": a post taken before, no
# appointment.
one "Acme Corp said Tom Brown, who took over as chief executive in 2019, will retire."
pycheck "who took over as, of the one who goes" "
assert not [e for e in of('executive_change') if e['data'].get('action') == 'appointed'], events"
one "Acme Corp said Jane Smith, who takes over as chief executive in January, will move the headquarters to Texas."
pycheck "who takes over as, an appointment" "
[e] = of('executive_change')
assert e['data']['person'] == 'Jane Smith' and e['data']['action'] == 'appointed', e['data']"

# The subject of a Romance name reads the same particles as the name itself ("delle", "des").
one "Banca delle Marche agreed to buy Acme SpA."
pycheck "a subject named with delle" "
[e] = of('acquisition')
assert {c['name']: c['role'] for c in e['companies']} == {'Banca delle Marche': 'acquirer', 'Acme SpA': 'target'}, e['companies']"
one "Caisse des Depots bought a 5% stake in Acme Corp."
pycheck "a subject named with des" "
[e] = of('investment')
assert [c for c in e['companies'] if c['role'] == 'investor' and c['name'] == 'Caisse des Depots'], e['companies']"

# The owner of a unit told by its kind sells, not a former owner nor one the company supplies.
wire "Acme Corp said it agreed to buy Beta Inc, a former subsidiary of Gamma Corp, from Delta Corp."
pycheck "a former unit's owner is no seller" "
[e] = of('acquisition')
assert [c['name'] for c in e['companies'] if c['role'] == 'seller'] == ['Delta'], e['companies']"
wire "Acme Corp said it agreed to buy Beta Inc, a supplier to units of Gamma Corp, for 20 mln dlrs."
pycheck "a supplier to units of a company is not its unit" "
[e] = of('acquisition')
assert not [c for c in e['companies'] if c['role'] == 'seller'], e['companies']"

# "managing partner John Smith": a person's title, not the cue "partner" before a company.
one "Acme Capital's managing partner John Smith said the firm would buy Beta Inc for \$1 billion."
pycheck "a managing partner is a person" "
assert not [c for e in events for c in e['companies'] if c['name'] == 'John Smith'], events"

# The offering price of a share issue is no bid.
wire "Acme Corp said the offering price for its Beta Inc unit's initial public offering will be 15 dlrs a share."
pycheck "an IPO's offering price is no bid" "
assert not of('acquisition'), of('acquisition')"

wire "Harlan Foundry Inc said it will close its Tuscaloosa, Ala., casting plant in June."
pycheck "a state's abbreviation keeps its point when the town is known" "
[f] = of('facility')
assert f['data'].get('location') == 'Tuscaloosa, Ala.', f['data']"
wire "Brannock Partners said it raised its stake in Velden Tool Corp to 11.8 pct of the common shares outstanding from 8.4 pct."
pycheck "a stake raised from a prior size has its new size" "
[e] = of('investment')
assert e['data'].get('stake_percent') == 11.8, e['data']"

one "Castellan Bancorp said it would buy back up to \$2 billion of its stock. The new repurchase authorization, which runs through the end of 2022, replaces a \$1.2 billion programme that was paused during the pandemic."
pycheck "the programme a new buyback replaces is no suspension" "
assert [e['data']['action'] for e in of('buyback')] == ['authorized'], of('buyback')"
one "Separately, broker Marlow & Finch downgraded Halvorsen Group to underweight from neutral."
pycheck "a broker named in lower case after an opening adverb" "
[e] = of('rating_change')
assert [c['name'] for c in e['companies'] if c['role'] == 'analyst'] == ['Marlow & Finch'], e['companies']"
one "Credit agency Sterling Ratings on Thursday cut Halvorsen Group AG's long-term credit rating to BB+ from BBB-."
pycheck "a credit agency named after what it is" "
[e] = of('rating_change')
assert [c['name'] for c in e['companies'] if c['role'] == 'analyst'] == ['Sterling Ratings'], e['companies']"
one "Harwick Logistics, which first announced the deal in August, expects it to add to adjusted earnings per share in the first full year."
pycheck "a deal's accretion told with 'it' is no outlook" "
assert not of('guidance'), of('guidance')"
one "Norrland Paper's first-quarter adjusted earnings were 64 cents per share, matching the average analyst estimate, on revenue of \$1.37 billion."
pycheck "results matching the estimate are in line" "
[e] = of('earnings')
assert e['data'].get('versus_expectations') == 'in_line', e['data']"
one "Zephyrine Games Inc said it would close its studio in Montreal."
pycheck "a studio is a site" "
[f] = of('facility')
assert f['data'] == {'action': 'close', 'location': 'Montreal'}, f['data']"
one "Ormond Chemicals SE announced the closure of its plant in Marl."
pycheck "the closure of a plant" "
[f] = of('facility')
assert f['data'] == {'action': 'close', 'location': 'Marl'}, f['data']"

wire "Brockway Partners told the Securities and Exchange Commission it has acquired 298,500 shares of Dunstan Pharmaceuticals Inc, or 5.4 pct of the total outstanding. The group said it bought the stock for about 4.1 mln dlrs."
pycheck "a stake's price told after it: 'bought the stock for'" "
[e] = of('investment')
assert e['data'].get('amount') == 4.1e6 and e['data'].get('stake_percent') == 5.4, e['data']"
wire "Cardiff Energy Corp said it bought Oberlin Holdings Inc's 15 pct stake in Pryor Gas Co for 26 mln dlrs in cash."
pycheck "a holder's stake bought has its price" "
[e] = of('investment')
assert e['data'].get('amount') == 26e6 and e['data'].get('stake_percent') == 15, e['data']
assert {c['role'] for c in e['companies']} == {'investor', 'investee', 'seller'}, e['companies']"
wire "Acme Corp said it agreed to buy St. Joe Paper Co for 20 mln dlrs."
pycheck "a name that opens with Saint's abbreviation" "
[e] = of('acquisition')
assert [c['name'] for c in e['companies'] if c['role'] == 'target'] == ['St. Joe Paper Co'], e['companies']"
one "MCA Inc is also planning a major expansion of its Universal Studio Tours."
pycheck "a site word inside a name in mixed case is no site" "
assert not of('facility'), of('facility')"
one "Lee Raymond singled out the possibility of a closure of one of Exxon Corp's refineries in France."
pycheck "a closure talked of as a possibility is none" "
assert not of('facility'), of('facility')"

wire "Garmston Industries Inc said its board authorized the purchase of up to 50 mln dlrs of its common stock from time to time in the open market."
pycheck "a purchase of its own stock is a buyback" "
[e] = of('buyback')
assert e['data'] == {'action': 'authorized', 'amount': 50e6, 'currency': 'USD'}, e['data']"
wire "Lyle Securities Group said Ronald Vannuki will become its chief executive officer and buy about 710,000 shares of its common stock."
pycheck "a person's purchase of the company's stock is no buyback" "
assert not of('buyback'), of('buyback')"
wire "Garmston Industries Inc said it authorized a new buyback. The company, which completed the repurchase of 1.5 mln shares under an earlier program last year, said the stock is cheap."
pycheck "a buyback completed under an earlier programme is background" "
assert [e['data']['action'] for e in of('buyback')] == ['authorized'], of('buyback')"
wire "Aldwych Aerospace Corp said it received an 86.4 mln dlr contract from the U.S. Air Force. Aldwych, which won an earlier 31 mln dlr contract for development of the receivers in 1985, had a backlog of 412 mln dlrs."
pycheck "an earlier contract is background" "
assert [e['data'].get('amount') for e in of('contract')] == [86.4e6], of('contract')"
wire "Bramhope Pharmaceuticals Inc said it filed suit against Ickworth Laboratories Inc over a patent. The suit seeks 25 mln dlrs in damages and an injunction to stop Ickworth from selling the drug."
pycheck "the damages a suit seeks, told after it" "
[e] = of('legal')
assert e['data'].get('amount') == 25e6, e['data']"
wire "Culross Steel Corp said it lost 4.1 mln dlrs in the fourth quarter. The strike, which began Oct 14, was settled in early December."
pycheck "a strike settled is no legal settlement" "
assert not of('legal'), of('legal')"
wire "Pendower Freight Lines Inc said Walter Binns, a director since 1979 and a retired partner of an Indianapolis law firm, was named non-executive chairman."
pycheck "a person past a description of him, then 'was named'" "
[e] = of('executive_change')
assert e['data']['person'] == 'Walter Binns' and e['data']['action'] == 'appointed', e['data']"
art "Date: 14-JUL-1987
RAVENGLASS <RVGL> 2ND QTR EARNINGS TRAIL FORECASTS
    ST. LOUIS, July 14 - Ravenglass Corp said second quarter net income rose 6 pct to 9.4 mln dlrs, or 71 cts a share, from 8.9 mln dlrs, or 67 cts a share, a year ago.
    The result was below the 78 cts a share that Wall Street analysts had expected."
pycheck "results that trail forecasts miss them, and are no outlook" "
assert not of('guidance'), of('guidance')
[e] = of('earnings')
assert e['data'].get('versus_expectations') == 'miss', e['data']"
wire "Penwortham Chemical Corp, which closed two older plants in Louisiana last year, said margins improved."
pycheck "plants closed last year, told in a relative clause, are background" "
assert not of('facility'), of('facility')"
wire "Swaledale Oil Corp said it cut its dividend. Swaledale, which reported a 1986 loss of 38.4 mln dlrs after writing down its reserves, said it had also reduced its capital budget."
pycheck "results told in a relative clause of what the company reported are background" "
assert not of('earnings'), of('earnings')"

wire "Tamarind Chemical Corp of Houston and Kuroda Seiki KK said they formed a joint venture to make specialty plastics."
pycheck "a company's town after 'of' between two partners" "
[e] = of('partnership')
assert sorted(c['id'] for c in e['companies']) == ['kuroda-seiki', 'tamarind-chemical'], e['companies']"
wire "Toshin Steel Co Ltd and Azuma Steel Co Ltd, affiliates of Nippon Kokan KK, are considering a merger, company spokesmen said."
pycheck "peers of a merger past their owner's appositive" "
[e] = of('acquisition')
assert sorted(c['id'] for c in e['companies']) == ['azuma-steel', 'toshin-steel'], e['companies']"
wire "The buyout was financed with bank loans from Kentucky Commonwealth Bank and with 40 mln dlrs of subordinated notes sold privately to insurance companies."
pycheck "notes sold are a financing, no deal" "
assert not of('acquisition'), of('acquisition')"
wire "Lodestar Co said it offered to acquire Almont Foods Inc for 34 dlrs a share in cash, topping a 30 dlr a share offer made last week by Brenham Corp."
pycheck "the rival offer a new one tops is background" "
[e] = of('acquisition')
assert [c['id'] for c in e['companies'] if c['role'] == 'acquirer'] == ['lodestar'], e['companies']"
wire "Lodestar Co said it was prepared to begin a tender offer for Almont Foods Inc and that it had commitments for the financing from Meade Federal Bank."
pycheck "a lender after 'from' is no bidder" "
assert not [e for e in of('acquisition') if any(c['id'] == 'meade-federal-bank' for c in e['companies'])], of('acquisition')"
wire "Mallory Resources Inc said it withdrew its proposal to acquire Kessel Mining Corp for 15 dlrs a share. Mallory, which made the 140 mln dlr offer in September, said it will keep its stake."
pycheck "the size of an offer told in a later clause" "
[e] = of('acquisition')
assert e['data'].get('amount') == 140e6 and e['data']['status'] == 'terminated', e['data']"

wire "Carver Mining Co said its board voted to omit the quarterly dividend on its common stock, which had been eight cts a share."
pycheck "an omitted dividend has no amount: the one it had is gone" "
[e] = of('dividend')
assert e['data'] == {'action': 'suspended'}, e['data']"
wire "About 800 salaried jobs, or 12 pct of its white-collar staff, will be eliminated by Aldridge Aerospace Corp over the next six months, the company said."
pycheck "jobs cut told in the passive" "
[e] = of('workforce')
assert e['data'] == {'action': 'layoffs', 'headcount': 800, 'percent': 12}, e['data']"
art "Date: 25-FEB-1987 15:47:03.88
ALDRIDGE AEROSPACE <ALDA> TO CUT 800 JOBS
    WICHITA, Kan., Feb 25 - Aldridge Aerospace Corp said it will cut 800 jobs.
    At the same time, the maker of business jets said it would expand its Wichita assembly plant."
pycheck "the dateline's town past the wire's indent; a description after an opening phrase" "
[f] = of('facility')
assert f['data'] == {'action': 'expand', 'location': 'Wichita'}, f['data']"
wire "Walter K. Drummond, chairman of Balfour Insurance Group Inc for the past 12 years, will retire on June 30, the company said."
pycheck "a departure past the post and company in the person's description" "
[e] = of('executive_change')
assert e['data']['action'] == 'departed' and e['data']['person'] == 'Walter K. Drummond' and e['data']['position'] == 'chair', e['data']"
wire "Paul Hylbert, president of Sequoia Supply Inc, has been named president and chief executive officer of the new company."
pycheck "the company in a newcomer's description is the one he comes from" "
assert not [e for e in of('executive_change') if e['companies'][0]['id'] == 'sequoia-supply'], of('executive_change')"
wire "Wexford Chemical Corp said John T. Albright, its president and chief operating officer since 1983, resigned to become chief executive of a privately held plastics company."
pycheck "resigned to become chief elsewhere: the post he leaves" "
[e] = of('executive_change')
assert e['data']['action'] == 'departed' and e['data']['position'] == 'president', e['data']"
wire "Galveston Drilling Co said it filed on Friday for protection from its creditors under Chapter 11 of the federal Bankruptcy Code."
pycheck "a bankruptcy filed on a named day" "
[e] = of('bankruptcy')
assert e['data']['action'] == 'filed', e['data']"
art "Date: 5-FEB-1987
HALVORSEN INSTRUMENTS <HLVN> 4TH QTR NET
    BOSTON, Feb 5 - Halvorsen Instruments Corp said fourth quarter net income fell 14 pct to 6.1 mln dlrs, or 38 cts a share, from 7.1 mln dlrs, or 44 cts a share, a year earlier.
    Analysts had expected the maker of laboratory testing equipment to earn about 45 cts a share in the quarter."
pycheck "the expected figure told after the company analysts expected it of" "
[e] = of('earnings')
assert e['data'].get('versus_expectations') == 'miss', e['data']"
wire "Granville Bancorp, which acquired Fairmont Savings Bank for 48 mln dlrs last summer, has total assets of 3.1 billion dlrs."
pycheck "a deal of last summer told in a relative clause is background" "
assert not of('acquisition'), of('acquisition')"
wire "Haskins Corp said it will offer to buy back three mln of its common shares at 32 dlrs a share, or about 96 mln dlrs in all."
pycheck "a buyback's count in words" "
[e] = of('buyback')
assert e['data'].get('shares') == 3e6 and e['data'].get('amount') == 96e6, e['data']"
wire "The quarterly dividend of Hollister Oil Corp was reduced to five cts a share from 20 cts by the company's board."
pycheck "a dividend of a company cut, in the passive" "
[e] = of('dividend')
assert e['data'].get('action') == 'cut' and e['data'].get('amount_per_share') == 0.05, e['data']"
wire "Hartwell Steel Corp said it will permanently close its bar mill in Gary, Ind., by the end of March."
pycheck "a state abbreviated with its point" "
[f] = of('facility')
assert f['data'].get('location') == 'Gary, Ind.', f['data']"
wire "Merrimack Paper Co said it agreed to sell its paperboard mill in Skowhegan, Maine, to Northern Forest Products Inc for about 40 mln dlrs, and will close its pulp mill in Berlin, N.H., early next year. The Berlin closing will cost about 450 jobs."
pycheck "two sites, a verb each; jobs a closing costs" "
assert sorted((f['data']['action'], f['data'].get('location')) for f in of('facility')) == [('close', 'Berlin, N.H.'), ('sell', 'Skowhegan, Maine')], of('facility')
[w] = of('workforce')
assert w['data'].get('headcount') == 450, w['data']"
wire "Pikeville Energy Corp said it approved a reverse split. The company omitted its dividend in 1985."
pycheck "a dividend omitted in an earlier year is background" "
assert not of('dividend'), of('dividend')"
wire "Tremont Industries Inc said it completed the repurchase of 2.2 mln of its common shares. The company said its board then authorized the purchase of up to one mln more shares."
pycheck "more shares to buy after a buyback told" "
assert sorted((e['data']['action'], e['data'].get('shares')) for e in of('buyback')) == [('authorized', 1e6), ('completed', 2.2e6)], of('buyback')"
one "Dornach to shut Kellenbach plant and build EV parts factory in Hungary
Dornach Automobil AG plans to open a new factory for electric-motor components in Debrecen, Hungary."
pycheck "a country and a town in it are one site" "
assert [f['data'].get('location') for f in of('facility') if f['data']['action'] == 'open'] == ['Debrecen, Hungary'], of('facility')"

one "Kelbrook Motors was downgraded to underperform from market perform by Thornbury Research, which cut its price target on the electric-truck maker to \$22 from \$30."
pycheck "a call in the passive: the firm after 'by' calls" "
[e] = of('rating_change')
assert {c['id']: c['role'] for c in e['companies']} == {'kelbrook-motors': 'subject', 'thornbury-research': 'analyst'}, e['companies']
assert e['data'].get('rating_to') == 'underperform' and e['data'].get('price_target') == 22, e['data']"
one "Granton Bank fined 48 million pounds by FCA, settles U.S. investor suit
Granton Bank Plc agreed to pay \$95 million to resolve a U.S. class action lawsuit brought by shareholders."
pycheck "a headline's fine and settlement are two matters; resolving a lawsuit settles it" "
assert sorted(e['data']['action'] for e in of('legal')) == ['fine', 'settlement'], of('legal')
[st] = [e for e in of('legal') if e['data']['action'] == 'settlement']
assert st['data'].get('amount') == 95e6, st['data']"
one "Norrvik Telecom AB cut its annual dividend by 40% after reporting a first-quarter operating profit that fell short of forecasts. Operating profit for the quarter came in at 2.1 billion crowns, below the 2.4 billion expected by analysts."
pycheck "results short of forecasts are no outlook; below what analysts expected is a miss" "
assert not of('guidance'), of('guidance')
[e] = of('earnings')
assert e['data'].get('versus_expectations') == 'miss', e['data']"

wire "Dunmore Chemical Co, a unit of Abernathy and Sloane Inc, will be sold to Greer Petrochemical Corp for 120 mln dlrs in cash, Abernathy and Sloane said."
pycheck "a unit sold in the passive: its owner in the appositive sells" "
[e] = of('acquisition')
assert {c['id']: c['role'] for c in e['companies']} == {'greer-petrochemical': 'acquirer', 'dunmore-chemical': 'target', 'abernathy-and-sloane': 'seller'}, e['companies']"
art "Date: 25-FEB-1987 13:52:16.40
CONWAY STEEL <CNWY> SIGNS LETTER OF INTENT TO SELL MILL
PITTSBURGH, Feb 25 - Conway Steel Corp said it signed a letter of intent to sell its bar mill to Lakeshore Investors Inc for about 35 mln dlrs.
    Conway has sold or closed five plants since 1984 as part of a program to cut its capacity."
pycheck "sales tallied since an earlier year change nothing of the news" "
[e] = of('acquisition')
assert e['data']['status'] == 'announced', e['data']"
wire "Ridgeway Partners said it raised its tender offer for Calumet Gas Co to 42 dlrs a share from 38 dlrs. Calumet's board last week rejected the 38 dlr offer as inadequate."
pycheck "a bare dollar figure before 'offer' is a price a share, no amount" "
assert not [e for e in of('acquisition') if e['data'].get('amount')], of('acquisition')"
wire "Wexley Apparel Inc said its board accepted a buyout proposal from a management group led by chairman Harold Brisk at 16 dlrs a share, or about 58 mln dlrs."
pycheck "a proposal accepted is a deal agreed" "
[e] = of('acquisition')
assert e['data']['status'] == 'announced', e['data']"
wire "A group formed by Pinecrest Capital Corp said it lowered its stake in Talbot Mills Inc to 410,000 shares, or 5.4 pct of the total outstanding. The group said it sold 210,000 Talbot shares between August 20 and September 9."
pycheck "the market sales that cut a stake are no second deal" "
assert len(of('investment')) == 1, of('investment')"

art "Date: 2023-07-19
Vantor Media cut to junk by Crestline Ratings as ad slump deepens
July 19 (Bloomberg) -- Vantor Media Group lost its investment-grade credit rating on Wednesday when Crestline Ratings downgraded the broadcaster to Ba1 from Baa3."
pycheck "a headline's passive without its auxiliary; the broadcaster is the company named first" "
[e] = of('rating_change')
assert {c['id']: c['role'] for c in e['companies']} == {'vantor-media-group': 'subject', 'crestline-ratings': 'analyst'}, e['companies']
assert e['data'].get('rating_to') == 'Ba1', e['data']"
art "Date: 2018-06-05
Ashgrove Paper CEO to retire
June 5 - Ashgrove Paper Co said on Tuesday that Chief Executive Daniel Whitcombe would retire on Aug. 1 and be succeeded by Chief Operating Officer Lena Haugen."
pycheck "a change told today takes effect later: dated by its telling" "
assert {e['occurred_on'] for e in of('executive_change')} == {'2018-06-05'}, of('executive_change')"
art "Date: 2025-10-08
Solvane Materials Opens \$450 Million Lithium Hydroxide Plant in Nevada, Signs Supply Deal With Kaito Motors
RENO, Nev., Oct. 8, 2025 /BusinessWire/ -- Solvane Materials Inc. today opened its \$450 million lithium hydroxide refinery near Fernley, Nevada.
Solvane also announced that it has signed a five-year agreement to supply lithium hydroxide to Kaito Motors. The contract is valued at approximately \$1.1 billion."
pycheck "a title-case headline's next clause is no place; a contract's value told after it" "
[f] = of('facility')
assert f['data'].get('location') == 'Fernley, Nevada', f['data']
[c] = of('contract')
assert c['data'].get('amount') == 1.1e9, c['data']"

one "Orwell Bancorp unveils \$500 million buyback"
pycheck "a buyback unveiled is no product" "
assert not of('product_announcement'), of('product_announcement')
[b] = of('buyback')
assert b['data'].get('amount') == 500e6, b['data']"
one "Aldine Chemicals won conditional approval from European Union antitrust regulators for its 4.5 billion euro acquisition of Corvath Polymers."
pycheck "an approval of a deal is no product's" "
assert not of('product_announcement'), of('product_announcement')"
one "The Board of Directors of Brackenridge Utilities Corporation today declared a quarterly cash dividend of \$0.53 per share."
pycheck "the board of a company is no part of its name" "
[e] = of('dividend')
assert e['companies'][0]['id'] == 'brackenridge-utilities', e['companies']"
one "Ambertide Networks now expects fiscal 2026 revenue of \$2.30 billion to \$2.34 billion, up from its prior outlook of \$2.15 billion to \$2.22 billion, and non-GAAP earnings per share of \$5.85 to \$5.95, up from \$5.30 to \$5.50."
pycheck "two metrics of an outlook, past a prior outlook named between" "
assert sorted(e['data']['metric'] for e in of('guidance')) == ['eps', 'revenue'], of('guidance')"

wire "Vellacott Partners told the Securities and Exchange Commission it holds 1,240,000 shares of Durwood Industries Inc, or 9.6 pct of the total outstanding. Vellacott said it bought the stock for investment purposes for about 19.8 mln dlrs."
pycheck "a stake's price past 'for investment purposes'" "
[e] = of('investment')
assert e['data'].get('amount') == 19.8e6, e['data']"
wire "Corvell Industries Inc said it will make a cash tender offer for all of Ashgrove Plastics Corp's common stock. Ashgrove's board, which in January rejected an unsolicited 22 dlr a share proposal from Lyle Chemical Co, approved the offer."
pycheck "a proposal rejected in a month gone by, in a relative clause, is background" "
assert not [e for e in of('acquisition') if any(c['id'] == 'lyle-chemical' for c in e['companies'])], of('acquisition')"
wire "Durrant Chemical Corp said Harold J. Stieglitz, 67, retired as chairman and chief executive officer and was succeeded in both posts by Ellen M. Roarke, who had been president."
pycheck "succeeded in both posts by: the newcomer takes the posts of the one who goes" "
assert sorted((e['data']['action'], e['data']['person'], e['data']['position']) for e in of('executive_change')) == [('appointed', 'Ellen M. Roarke', 'CEO'), ('departed', 'Harold J. Stieglitz', 'CEO')], of('executive_change')"
wire "Newitt, who had been president and chief executive officer of Applied Magnetics Corp, is succeeded as president by William Anderson."
pycheck "succeeded as a post by: that post" "
assert [e['data']['position'] for e in of('executive_change') if e['data'].get('person') == 'William Anderson'] == ['president'], of('executive_change')"
wire "Norbridge Bancorp said its profit rose. The bank holding company, which completed its acquisition of Lakeland National Bank in January, also raised its quarterly dividend to 30 cts a share from 27 cts."
pycheck "a company named in a description's relative clause is not the subject" "
[e] = of('dividend')
assert e['companies'][0]['id'] == 'norbridge-bancorp', e['companies']"
wire "Halberd Corp said it filed with the Securities and Exchange Commission for a public offering of 100 mln dlrs of convertible subordinated debentures, to be underwritten by Shearwater, Pike and Co."
pycheck "an issue's underwriter is no filer" "
[f] = of('regulatory_filing')
assert [c['id'] for c in f['companies']] == ['halberd'], f['companies']"
wire "Kingsbridge Apparel Inc said it will close its Fall River, Mass., sewing plant in April."
pycheck "a two-word town and its state before the site" "
[f] = of('facility')
assert f['data'].get('location') == 'Fall River, Mass.', f['data']"
wire "Harnett Industries Inc said its board declared a special dividend of two dlrs a share after the sale of its unit to Gracemont Financial Corp. The special dividend is payable July 10 to holders of record June 26."
pycheck "a dividend's schedule told after it is the same dividend" "
assert [e['companies'][0]['id'] for e in of('dividend')] == ['harnett-industries'], of('dividend')"

art "Date: 2026-02-26
Stocks making the biggest moves midday
Here are the companies making the biggest moves in midday trading Thursday:
Halberd Networks - The networking equipment maker surged 14% after reporting fiscal fourth-quarter revenue of \$912 million.
Ostrom Foods - Shares of the frozen-food maker dropped 6.5% after Barclays downgraded the stock to underweight from equal weight.
Note - Prices are as of midday."
pycheck "a market wrap's lines with a hyphen: each names its mover" "
assert sorted((e['companies'][0]['id'], e['data']['percent']) for e in of('share_move')) == [('halberd-networks', 14), ('ostrom-foods', -6.5)], of('share_move')
[r] = of('rating_change')
assert r['companies'][0]['id'] == 'ostrom-foods', r['companies']
assert not [c for e in events for c in e['companies'] if c['id'] == 'note'], events"

one "Dunstable Materials plc said it completed its acquisition of Ferrowell Coatings GmbH. Ferrowell's managing director, Katrin Vogt, has been appointed President of Dunstable's newly formed Industrial Coatings Europe division, effective immediately."
pycheck "the post's company, in the possessive after it" "
[e] = of('executive_change')
assert e['companies'][0]['id'] == 'dunstable-materials', e['companies']"
one "Fairhaven Realty Trust, Inc. today announced that it has amended and restated its unsecured revolving credit facility, increasing total commitments to \$1.5 billion from \$1.0 billion."
pycheck "a credit facility amended and upsized" "
[f] = of('financing')
assert f['data'].get('kind') == 'credit_facility' and f['data'].get('amount') == 1.5e9, f['data']"
art "Date: 2026-03-05
Harrowgate Midstream Prices Notes
HOUSTON--(BUSINESS WIRE)--March 5, 2026--Harrowgate Midstream Partners LP (NYSE: HGMP) today announced that it has priced an underwritten public offering of \$750 million aggregate principal amount of 5.625% senior notes due 2034."
pycheck "a wire's dateline glued to the name by '--'; a public offering of notes is no share offering" "
assert [(f['companies'][0]['id'], f['data']['kind']) for f in of('financing')] == [('harrowgate-midstream-partners', 'bond')], of('financing')"

one "Activist hedge fund Greyfen Capital Management has bought a 9.8% stake in Osterley Bancorp. Greyfen, run by former trader Marcus Hale, paid about \$310 million for the shares, the filing showed."
pycheck "a stake's price paid 'for the shares' told after it" "
[e] = of('investment')
assert e['data'].get('amount') == 310e6, e['data']"
one "Solvane Climate Inc has sued rival Merriton Home Systems over heat-pump patents. The two companies have clashed before: in 2019, a jury in Texas ordered Solvane to pay Merriton \$64 million for infringing a thermostat patent."
pycheck "a verdict of a year gone by is background" "
assert [e['data'].get('amount') for e in of('legal')] == [None], of('legal')"
one "Marlowe Health secures \$750 million revolver, \$500 million term loan"
pycheck "a revolver is a credit facility" "
assert sorted((f['data']['kind'], f['data'].get('amount')) for f in of('financing')) == [('credit_facility', 750e6), ('loan', 500e6)], of('financing')"

one "Orvix Biologics, Inc. today announced that the U.S. Food and Drug Administration has accepted for review its supplemental Biologics License Application."
pycheck "an application accepted for review is a filing pending" "
[f] = of('regulatory_filing')
assert f['data'].get('status') == 'pending' and f['data'].get('regulator') == 'FDA', f['data']"
one "Tarrow Bancorp Announces CEO Succession Plan; Gina Halvey Named Chief Executive Officer"
pycheck "a title-case headline's 'Succession Plan' is no person" "
assert [e['data']['person'] for e in of('executive_change')] == ['Gina Halvey'], of('executive_change')"

# This round's outside checks: a move in points then its percentage in an appositive; a term
# loan "from" a bank is a lender's; goods bought "from" a company are no deal; "no material
# gain or loss on the sale" is no outlook; a margin outlook's range; a settlement sized by
# "Under the agreement"; "She succeeds X" past a relative clause; a firm that "kept its"
# equity rating calls; "while X fell" moves X; a remedy sale; a description opening a name.
wire "Shares of Pencader Foods Inc rose 2-3/8 to 27-1/2, a gain of 9.5 pct, after the upgrade."
pycheck "a move in points, then ', a gain of 9.5 pct'" "
assert [(e['companies'][0]['id'], e['data']['percent']) for e in of('share_move')] == [('pencader-foods', 9.5)], of('share_move')"
wire "Llanwrda Corp said it paid for the purchase with cash on hand and a new 50 mln dlr five-year term loan from Cwmdu National Bank."
pycheck "a term loan from a bank: a financing, no seller" "
assert of('acquisition') == [], of('acquisition')
assert [(f['data']['kind'], f['data'].get('amount')) for f in of('financing')] == [('loan', 50e6)], of('financing')"
wire "Talgarth Corp agreed to buy polypropylene resin from Crickhowell Chemical Corp under a 10-year contract."
pycheck "goods bought from a company are no deal" "
assert of('acquisition') == [], of('acquisition')"
wire "Brechfa Corp said it agreed to sell its Abergwili Marine unit to Llandeilo Industries Inc for 47.5 mln dlrs. It expects no material gain or loss on the sale."
pycheck "a sale's book result is no outlook" "
assert of('guidance') == [] and len(of('acquisition')) == 1, of('guidance')"
one "Nantgaredig Software Inc now expects non-GAAP operating margin of 23% to 24%, up from its previous outlook of 21% to 22%."
pycheck "a margin outlook's range" "
[g] = of('guidance')
assert (g['data'].get('low'), g['data'].get('high'), g['data']['direction']) == (23, 24, 'raised'), g['data']"
one "Ffairfach Medical Inc settled its patent dispute with Llangadog Devices Corp. Under the agreement, Llangadog will pay Ffairfach \$85 million."
pycheck "a settlement sized after it" "
[e] = of('legal')
assert e['data'].get('amount') == 85e6 and e['data']['action'] == 'settlement', e['data']"
one "Trecastle Stores Inc appointed Mair Pryce as Chief Executive Officer. She succeeds Owain Bevan, who has led the company since 2016 and will step down."
pycheck "'She succeeds X, who has led ... since 2016' departs X" "
assert sorted((e['data']['person'], e['data']['action']) for e in of('executive_change')) == [('Mair Pryce', 'appointed'), ('Owain Bevan', 'departed')], of('executive_change')"
one "Shares of Sennybridge Retail Group Inc rose 5%. Defynnog Partners kept its \"underperform\" rating and \$30 price target."
pycheck "a firm keeping its equity rating calls the article's stock" "
[r] = of('rating_change')
assert {c['id']: c['role'] for c in r['companies']} == {'sennybridge-retail-group': 'subject', 'defynnog-partners': 'analyst'}, r"
one "Libanus Foods Inc shares were little changed, while Bwlch Beverage Corp fell 1.6%."
pycheck "'while X fell' moves X" "
assert [(e['companies'][0]['id'], e['data']['percent']) for e in of('share_move')] == [('bwlch-beverage', -1.6)], of('share_move')"
one "Talgarth Chemicals NV won EU antitrust approval for its acquisition of Brechfa Polymere GmbH after offering to sell a plant in Belgium."
pycheck "a sale offered for antitrust clearance is a remedy" "
assert [e['data'].get('kind') for e in of('acquisition')] == [None] and of('facility') == [], (of('acquisition'), of('facility'))"
one "Truckmaker Cwmdu Motors Ltd (CWMD.NS) and Crickhowell Energy Ltd (CRKE.NS) said they would jointly develop hydrogen trucks."
pycheck "partners past ticker marks; a description opens no name" "
[p] = of('partnership')
assert sorted(c['id'] for c in p['companies']) == ['crickhowell-energy', 'cwmdu-motors'], p"

# The next round's outside checks: a bid with its sum after the price a share; financing
# "reached agreement with" a bank; a plant sold with its jobs ("or eight pct of its work
# force") is no stake; the owner of a brand speaks of the subject before; a move told in
# words; a lower-than-expected profit misses; a site's name is no company; a fraction of a
# company is a stake; a price in a later sentence; UK administration; "per cent of".
wire "Blairgowrie Industries Inc said it has bid 45 dlrs a share, or about 410 mln dlrs, for Alyth Corp."
pycheck "'has bid X a share, or about Y, for Z': a bid at that sum" "
[d] = of('acquisition')
assert d['data'].get('amount') == 410e6 and d['data']['status'] == 'talks', d['data']"
wire "Dunmanway Drilling Co said it had reached agreement with Glenarm National Bank for 15 mln dlrs of new credit."
pycheck "new credit agreed with a bank is the borrower's financing" "
[f] = of('financing')
assert f['companies'][0]['id'] == 'dunmanway-drilling' and f['data'].get('amount') == 15e6, f"
wire "Strangford Chemical Corp said it will eliminate about 450 jobs, or eight pct of its work force, and sell its plant in Baton Rouge, La., to Portaferry Corp for about 34 mln dlrs."
pycheck "a percentage of the work force is no stake" "
assert of('investment') == [], of('investment')
assert [e['data'].get('percent') for e in of('workforce')] == [8], of('workforce')"
one "British airline group Cottisford Air Group Plc will pay a dividend. The owner of Cottisford Airways and charter carrier Sunhaven proposed a final dividend of 4.5 pence per share."
pycheck "'The owner of X and Y proposed' is said of the company before" "
assert [e['companies'][0]['id'] for e in of('dividend')] == ['cottisford-air-group'], of('dividend')"
wire "Scotty's Inc said sales for the four weeks ended February 21 rose five pct, to 41.7 mln dlrs."
pycheck "a move told in words ('rose five pct')" "
assert [e['data'].get('percent') for e in of('metric_change')] == [5], of('metric_change')"
one "Brekkvik Seafood ASA reported a lower-than-expected second-quarter operating profit on Thursday."
pycheck "a lower-than-expected profit misses" "
[e] = of('earnings')
assert e['data'].get('versus_expectations') == 'miss', e['data']"
one "Ickleton Pharma Services to Invest \$220 Million in Limerick Sterile Manufacturing Campus"
pycheck "a site's name is no company" "
assert of('investment') == [], of('investment')"
one "Zennor Telecom Plc shares rose on Tuesday. Infrastructure investor Mawgan Infrastructure Partners has bought a fifth of Zennor Telecom Plc."
pycheck "'bought a fifth of X' is a stake of 20 pct" "
[i] = of('investment')
assert i['data'].get('stake_percent') == 20 and of('acquisition') == [], i['data']"
wire "Eibar Corp said it agreed to acquire Elgoibar Tool Co. The price is 19 dlrs a share in cash, or about 128 mln dlrs, Eibar said."
pycheck "'The price is X a share, or about Y' prices the deal told before" "
[d] = of('acquisition')
assert d['data'].get('amount') == 128e6, d['data']"
one "British fashion retailer Kemberton Fashion Group appointed administrators late on Friday."
pycheck "appointing administrators is an insolvency filing" "
[b] = of('bankruptcy')
assert b['data']['action'] == 'filed', b"
one "French car parts maker Maubreuil SA will buy 60 per cent of Italian foundry group Fonderie Castroni SpA for 450 million euros."
pycheck "'60 per cent of X' is a stake" "
[i] = of('investment')
assert i['data'].get('stake_percent') == 60 and i['data'].get('amount') == 450e6, i['data']"
one "Ransley's Plc said it still expected underlying pre-tax profit of between £470m and £490m for the year to February 29."
pycheck "a range told as the company's expectation is an outlook" "
[g] = of('guidance')
assert (g['data'].get('low'), g['data'].get('high'), g['data']['direction']) == (470e6, 490e6, 'reaffirmed') and of('earnings') == [], g['data']"

one "Corvell Systems Inc reported revenue of \$412 million for the second quarter ended July 1, 2023. Applewood Inc reported net income of \$19 million for its fiscal third quarter ended July 1, 2023."
pycheck "a 52-53-week quarter 'ended July 1' closes in June" "
assert sorted(e['data'].get('period') for e in of('earnings')) == ['Q2 2023', 'Q3 FY2023'], of('earnings')"

wire "Borba Industries Inc said it agreed to sell its Grandola Wire division. The division, which makes copper building wire at plants in Kentucky and Indiana, had 1986 sales of about 112 mln dlrs."
pycheck "'building wire' made at plants is goods, no site built" "
assert of('facility') == [], of('facility')"
one "Borba Industries Inc is building a new plant in Kentucky."
pycheck "a plant being built is a site, no product" "
assert of('product_announcement') == [], of('product_announcement')
[f] = of('facility')
assert f['data']['action'] == 'open', f['data']"
wire "Estremoz Corp said its wholly owned ESZ Acquisition Corp subsidiary began a tender offer for all outstanding common shares of Arraiolos Inc at 32 dlrs a share in cash. The offer, valued at about 186 mln dlrs, is conditioned on financing."
pycheck "a company's own vehicle buys with it: one offer, both named, the name's 'Acquisition' no deal" "
[d] = of('acquisition')
assert sorted(c['id'] for c in d['companies'] if c['role'] == 'acquirer') == ['estremoz', 'esz-acquisition'], d['companies']
assert d['data'].get('amount') == 186e6, d['data']"
printf 'Date: 2-APR-1987 16:33:12.91\nBOVEC <BOVC> COMPLETES MERGER WITH PTUJ OIL AND GAS\nHOUSTON, April 2 - Bovec Energy Corp said it completed its merger with Ptuj Oil and Gas Co, following approval of the transaction by Ptuj shareholders at a special meeting on Wednesday.\n' >"$TMP/bovec.txt"
dry "$TMP/bovec.txt" --model none
pycheck "a weekday inside a 'following ...' clause dates what came before, not the news" "
[d] = of('acquisition')
assert d['occurred_on'] == '1987-04-02' and d['data']['status'] == 'completed', d"
wire "Kamnik Chemical Corp said it agreed to buy a 30 pct stake in Kranj Chemie GmbH. The two companies also agreed to distribute each other's products."
pycheck "'agreed to distribute each other's products' is a partnership of the two" "
[p] = of('partnership')
assert sorted(c['id'] for c in p['companies']) == ['kamnik-chemical', 'kranj-chemie'], p['companies']"
wire "A group led by Mertola Capital Partners L.P., a New York investment partnership, and Boston investor Rui Vasconcelos told the Securities and Exchange Commission it has acquired 612,400 shares of Serpa Industries Inc, or 8.3 pct of the total outstanding."
pycheck "a group that buys is its leader, named first" "
[i] = of('investment')
assert [c['id'] for c in i['companies'] if c['role'] == 'investor'] == ['mertola-capital-partners'], i['companies']"
printf 'Date: 24-JUN-1987\nVouzela Foods Inc said its net income for the third fiscal quarter ended May 31 fell to 7.2 mln dlrs, or 41 cts a share, from 9.6 mln dlrs, or 55 cts, a year ago.\n    Sales rose to 214.6 mln dlrs from 203.9 mln dlrs. For the nine months, Vouzela earned 26.3 mln dlrs, or 1.50 dlrs a share, against 27.8 mln dlrs, or 1.59 dlrs, a year earlier.\n' >"$TMP/vouzela.txt"
dry "$TMP/vouzela.txt" --model none
pycheck "'the third fiscal quarter' is Q3; 'For the nine months' the year to date" "
assert sorted(e['data'].get('period') for e in of('earnings')) == ['9M 1987', 'Q3 FY1987'], of('earnings')"
printf 'Date: 5-MAR-1987\nTandem Computers Inc said it expects higher earnings and revenues in its second fiscal quarter ending March 31 against a year ago.\n    In the second fiscal quarter last year, Tandem earned 9,950,000 dlrs or 29 cts per share on revenues of 176.3 mln dlrs.\n' >"$TMP/tandem.txt"
dry "$TMP/tandem.txt" --model none --context
pycheck "'the second fiscal quarter last year' is the fiscal year before" "
assert [e['data'].get('period') for e in of('earnings')] == ['Q2 FY1986'], of('earnings')"
one "Aldringham Holdings went hostile with its 1.1bn pound bid for Kilnhurst Engineering on Monday, taking its offer directly to shareholders."
pycheck "a bid taken hostile is made" "
[d] = of('acquisition')
assert d['data']['status'] == 'announced', d['data']"
one "Analysts at Tullochgorm Securities expect Bilsdale Retail to report a fall. Bilsdale last cut its profit forecast on Tuesday."
pycheck "a company's short name before an adverb ('Bilsdale last cut') is the company" "
assert [c['id'] for e in of('guidance') for c in e['companies']] == ['bilsdale'], of('guidance')"
art "Date: 16-MAR-1987 12:20:08.33
SALOMON RAISES CATERPILLAR <CAT> OPINION
NEW YORK, March 16 - Salomon Brothers Inc said it raised its opinion on Caterpillar Inc's stock to an aggressive buy from a hold because of a brighter earnings outlook for 1988.
    Salomon analyst David Sutliff said in a statement he sees 1988 earnings of 3.35 dlrs a share, up from an earlier forecast of three dlrs for the year. The outlook for 1987 remains at 2.50 dlrs to three dlrs.
    Caterpillar's stock was down 1/2 points at 46-1/4.
    \"Although earnings will be poor for the next two quarters, we believe that profits could begin to improve in the second half,\" he said."
pycheck "a firm quoted for its analyst is not what the story is about" "
assert events and all(c['id'] != 'salomon-brothers' or c['role'] == 'analyst' for e in events for c in e['companies']), events"

one "LONDON, Aug 10 (Reuters) - Passenger numbers at Thurlbeck Airports Plc (TRLB.L) rose 6 per cent to a record 4.1m in July, the British airport operator said on Thursday."
pycheck "'Passenger numbers at X rose 6 per cent' is X's metric, no share move" "
assert of('share_move') == [], of('share_move')
[m] = of('metric_change')
assert (m['data']['metric'], m['data']['percent'], m['companies'][0]['id']) == ('passenger numbers', 6, 'thurlbeck-airports'), m"
one "Trevaunance Media Group Inc has lined up \$1.8 billion of bridge loans from Gresley Bank to fund the cash portion."
pycheck "'\$1.8 billion of bridge loans' is a loan" "
[f] = of('financing')
assert (f['data']['kind'], f['data'].get('amount')) == ('loan', 1.8e9), f['data']"
one "Shares of Corvallo Semiconductor Corp fell 5.7 percent on Monday after Wolcott & Pryce downgraded the chipmaker to underperform from market perform."
pycheck "a firm named 'X & Y' after 'on Monday after' makes the call" "
[r] = of('rating_change')
assert [c['name'] for c in r['companies'] if c['role'] == 'analyst'] == ['Wolcott & Pryce'], r['companies']"
one "Ebbesbourne Asset Management rose 3.3 per cent to 512p after Bracewell Fenn began coverage with an \"outperform\" rating and a 600p target."
pycheck "'began coverage' names the firm; 'a 600p target' its target" "
[r] = of('rating_change')
assert r['data']['action'] == 'initiate' and r['data'].get('price_target') == 6 and r['data'].get('currency') == 'GBP', r['data']
assert [c['name'] for c in r['companies'] if c['role'] == 'analyst'] == ['Bracewell Fenn'], r['companies']"
one "Garnford agreed to sell its speciality chemicals business. Garnford will return £250m of the proceeds to shareholders through a share buyback."
pycheck "a sum returned 'to shareholders through a share buyback' is the buyback's" "
[b] = of('buyback')
assert (b['data'].get('amount'), b['data'].get('currency')) == (250e6, 'GBP'), b['data']"
one "Pellinger, the FTSE 250 oil services engineer, rose 4.8 per cent to 612p after Hurlstone Cleggett upgraded it to buy from hold."
pycheck "a company, an appositive, then its move" "
[m] = of('share_move')
assert (m['companies'][0]['id'], m['data']['percent']) == ('pellinger', 4.8), m"
printf 'Date: 2016-02-18\nSYDNEY, Feb 18 (Reuters) - Australian iron ore miner Yallambee Resources (YLB.AX) suspended its A$1bn share buyback and cut its interim dividend to 10 Australian cents from 25 cents on Thursday, after underlying profit for the six months to December 31 fell 47 per cent to A$1.3bn.\n' >"$TMP/yallambee.txt"
dry "$TMP/yallambee.txt" --model none
pycheck "a dividend cut from 25 to 10 cents is -60 (not the profit's fall after it); the six months to December 31 are H2" "
[d] = of('dividend')
assert d['data'].get('change_percent') == -60, d['data']
[e] = of('earnings')
assert e['data'].get('period') == 'H2 2015', e['data']"

art "Chalvey Bank first-quarter profit beats forecasts as bad debts fall
Date: 2018-04-26
LONDON, April 26 (Reuters) - Chalvey Bank (CHLV.L) said on Thursday first-quarter pre-tax profit rose 14 per cent to £1.21bn, ahead of the £1.1bn average of analysts' forecasts compiled by the bank, as bad debt charges fell and mortgage balances grew 3 per cent. The bank kept its target of a return on tangible equity of about 12 per cent this year."
pycheck "the detector emits no rating call where no word tells one" "
assert of('earnings') and of('rating_change') == [], [e['type'] for e in events]"

wire "Karjaa Inc said it agreed to be acquired for about 48 mln dlrs, or 16.75 dlrs a share, by a company formed by Inkoo Capital Corp and members of Karjaa's senior management."
pycheck "the buyer after a passive's 'by', past ', or N dlrs a share,'" "
[d] = of('acquisition')
assert [c['id'] for c in d['companies'] if c['role'] == 'acquirer'] == ['inkoo-capital'], d['companies']"
wire "Karkkila Foods Inc said it signed a definitive agreement to merge with HVK Acquisition Corp, a wholly owned subsidiary of Hyvinkaa Corp <HYVK>, for 14.25 dlrs a share in cash, or about 73 mln dlrs."
pycheck "a merger with 'X, a wholly owned subsidiary of Y': Y buys through X" "
[d] = of('acquisition')
assert [c['id'] for c in d['companies'] if c['role'] == 'acquirer'] == ['hyvinkaa', 'hvk-acquisition'], d['companies']
assert [c['id'] for c in d['companies'] if c['role'] == 'target'] == ['karkkila-foods'], d['companies']"
wire "Pudasjarvi Partners L.P., a limited partnership formed by the New York merchant banking firm Kemijarvi and Co, said it agreed to acquire Kittila Stores Inc for 18 dlrs a share in cash."
pycheck "a company named inside the subject's appositive is not the buyer" "
[d] = of('acquisition')
assert [c['id'] for c in d['companies'] if c['role'] == 'acquirer'] == ['pudasjarvi-partners'], d['companies']"
wire "Kokkola Resources Ltd said it completed the sale of its Kalajoki gold mine in northern Ontario to Oulainen Mines Ltd for 17.5 mln Canadian dlrs in cash."
pycheck "a mine's name is no company" "
[d] = of('acquisition')
assert sorted(c['id'] for c in d['companies']) == ['kokkola-resources', 'oulainen-mines'], d['companies']"
wire "Jogeva Corp has agreed to sell its 22.5 pct stake in Rapla Chemical Co to Keila Industries Inc for 27 mln dlrs in cash, according to a filing with the Securities and Exchange Commission. In the filing, Jogeva said the sale of its 1.8 mln Rapla shares, at 15 dlrs a share, is expected to close by the end of the month."
pycheck "the seller files; the shares of the stake sold are no takeover" "
assert of('acquisition') == [], of('acquisition')
[f] = of('regulatory_filing')
assert [c['id'] for c in f['companies']] == ['jogeva'], f['companies']"
wire "Gulbene Insurance Group, the property-casualty unit of Aluksne Corp, said higher premium rates lifted its net income in the 1986 fourth quarter to 41.7 mln dlrs from 12.3 mln dlrs in the 1985 quarter."
pycheck "'its' after an appositive is the company it describes" "
[e] = of('earnings')
assert [c['id'] for c in e['companies']] == ['gulbene-insurance-group'], e['companies']"
printf 'Date: 12-FEB-1987 09:41:27.30\n<KULDIGA RESOURCES LTD> NINE MTHS DEC 31 NET\nCALGARY, Alberta, Feb 12 - Shr 34 cts vs 51 cts\n    Net 6,184,000 vs 9,276,000\n    Revs 58.3 mln vs 71.9 mln\n    NOTE: Fiscal year ends March 31. Figures in Canadian dlrs.\n' >"$TMP/kuldiga.txt"
dry "$TMP/kuldiga.txt" --model none
pycheck "a table of 'NINE MTHS DEC 31' is nine months of a fiscal year" "
[e] = of('earnings')
assert e['data'].get('period') == '9M FY1987', e['data']"
wire "Balvi Corp said its board omitted the quarterly dividend on its common stock, which had been five cts a share. The company said it will continue to pay the regular quarterly dividend of 56-1/4 cts a share on its 2.25 dlr cumulative convertible preferred stock."
pycheck "the preferred's payout is no amount of the common dividend omitted" "
[d] = of('dividend')
assert d['data']['action'] == 'suspended' and 'amount_per_share' not in d['data'], d['data']"
printf 'Date: 18-FEB-1987 02:41:15.36\nOLAINE PACIFIC HALF-YEAR PROFIT RISES 18.4 PCT\nSYDNEY, Feb 18 - Olaine Pacific Ltd <OLNP.S> said net profit after tax for the half-year ended December 31 rose 18.4 pct to 42.6 mln Australian dlrs from 36.0 mln a year earlier.\n    Sales rose to 611.3 mln dlrs from 548.9 mln, and the group declared an unchanged interim dividend of 12 cents a share.\n' >"$TMP/olaine.txt"
dry "$TMP/olaine.txt" --model none
pycheck "a story's dollars are the first it names (Australian); 'the half-year ended December 31' is H2" "
[e] = of('earnings')
assert e['data'].get('period') == 'H2 1986' and {m.get('currency') for m in e['data']['metrics']} == {'AUD'}, e['data']
[d] = of('dividend')
assert d['data'].get('currency') == 'AUD', d['data']"
printf 'Date: 25-AUG-1987 15:58:02.83\nVALMIERA SAVINGS AND LOAN ASSOCIATION <VLSL> YEAR JUNE 30 OPER NET\nSEATTLE, Aug 25 - Oper shr 2.41 dlrs vs 1.67 dlrs\n    Oper net 12,205,000 vs 8,392,000\n    Fourth qtr oper net was 3,306,000 dlrs, or 65 cts a share, against 2,417,000 dlrs, or 48 cts a share.\n' >"$TMP/valmiera.txt"
dry "$TMP/valmiera.txt" --model none
pycheck "'Fourth qtr oper net was' under a table of the year to June 30 is Q4 of that fiscal year" "
assert sorted(e['data'].get('period') for e in of('earnings')) == ['FY1987', 'Q4 FY1987'], of('earnings')"

printf 'Date: 11-FEB-1987 11:29:47.05\nVIESITE <VIES> TO CLOSE PLANT\nCINCINNATI, Feb 11 - Viesite Industries Inc said it will close its die-casting plant in Anderson, Ind., and lay off about 340 workers, and will report its delayed fourth quarter and 1986 results on March 3.\n' >"$TMP/viesite.txt"
dry "$TMP/viesite.txt" --model none
pycheck "a day after the story's is a schedule, not the day of the news" "
[w] = of('workforce')
assert w['occurred_on'] == '1987-02-11', w"
printf 'Date: 23-APR-1987 10:57:12.64\nRUJIENA ENERGY <RJNA> PLANS ONE-FOR-FIVE REVERSE SPLIT\nOKLAHOMA CITY, April 23 - Rujiena Energy Corp said its directors on Tuesday approved a one-for-five reverse split of its common stock, subject to approval by shareholders at the annual meeting on June 9.\n' >"$TMP/rujiena.txt"
dry "$TMP/rujiena.txt" --model none
pycheck "the weekday of the news, not the meeting's day to come" "
[x] = of('stock_split')
assert x['occurred_on'] == '1987-04-21', x"
wire "Lahnstedter Bank AG said parent bank net profit rose to 61.4 mln marks in 1986 from 54.9 mln in 1985, and the dividend will be held unchanged at 10 marks per 50-mark share."
pycheck "'parent bank net profit'; '10 marks per 50-mark share' is the dividend's, no EPS" "
[e] = of('earnings')
assert [m['metric'] for m in e['data']['metrics']] == ['net_income'], e['data']
[d] = of('dividend')
assert (d['data'].get('amount_per_share'), d['data'].get('currency')) == (10, 'DEM'), d['data']"

wire "Godollo Airlines Inc said it agreed to buy eight ES-200 twin-engine jets from Esztergom Aircraft Corp for about 210 mln dlrs."
pycheck "jets bought by a count in words are an order from their maker" "
[c] = of('contract')
assert sorted((x['id'], x['role']) for x in c['companies']) == [('esztergom-aircraft', 'supplier'), ('godollo-airlines', 'customer')], c['companies']
assert of('acquisition') == [], of('acquisition')"
wire "Gyongyos Bancshares Inc said Matrafured Bank and Trust Co became a wholly owned subsidiary today, after Matrafured shareholders approved the affiliation at a special meeting on Tuesday."
pycheck "'X said Y became a wholly owned subsidiary': X bought Y" "
[d] = of('acquisition')
assert d['data']['status'] == 'completed' and sorted((x['id'], x['role']) for x in d['companies']) == [('gyongyos-bancshares', 'acquirer'), ('matrafured-bank-and-trust', 'target')], d"
wire "Gyula Stores Inc said its board accepted a proposal under which the company will be taken private for 21 dlrs a share, or about 132 mln dlrs, by Bekes Partners L.P., a partnership formed by the investment firm Szeghalom and Co."
pycheck "'will be taken private for ... by X'" "
[d] = of('acquisition')
assert [x['id'] for x in d['companies'] if x['role'] == 'acquirer'] == ['bekes-partners'], d['companies']"
printf 'Date: 4-AUG-1987 09:29:52.04\nVASVAR <VSVR> GETS 91 PCT OF KORMEND INSTRUMENTS\nBOSTON, Aug 4 - Vasvar Corp said about 6.2 mln shares of Kormend Instruments Inc <KRMD>, or about 91 pct of those outstanding, were tendered under its 31 dlr a share offer, which expired at midnight yesterday, and that it has accepted all of them for payment.\n' >"$TMP/vasvar.txt"
dry "$TMP/vasvar.txt" --model none
pycheck "shares tendered and accepted for payment: a tender offer completed" "
[d] = of('acquisition')
assert (d['data']['status'], d['data'].get('kind')) == ('completed', 'tender_offer'), d['data']"
wire "Sarvar Industries Inc said it has retained Marcali and Co to explore the possible sale of its Celldomolk Aviation Inc subsidiary. Celldomolk had 1986 sales of about 88 mln dlrs. The company also said it will eliminate about 350 jobs."
pycheck "'the company' after a unit's sale is the seller" "
[w] = of('workforce')
assert [x['id'] for x in w['companies']] == ['sarvar-industries'], w['companies']"
one "Hadlow Media extended its share buyback by £200m on Tuesday after first-half operating profit rose 12 per cent to £318m, in line with forecasts."
pycheck "'extended its share buyback by' expands it; a result 'in line with forecasts' is no outlook" "
[b] = of('buyback')
assert (b['data']['action'], b['data'].get('amount')) == ('expanded', 200e6), b['data']
[e] = of('earnings')
assert e['data'].get('versus_expectations') == 'in_line' and of('guidance') == [], e['data']"
printf 'Date: 2017-09-12\nGaltry Foods Inc sold $750 million of 10-year notes on Tuesday, according to a person familiar with the matter, to help pay for its $2.1 billion purchase of snack maker Wrenbury Brands, completed last month.\n' >"$TMP/galtry.txt"
dry "$TMP/galtry.txt" --model none
pycheck "a bond sold on a day of the week is news, whatever clause after it names a month gone by" "
[f] = of('financing')
assert f['data'].get('amount') == 750e6 and not f['data'].get('context'), f['data']"
one "Hamsterley Property will pay a special dividend, returning about £150m to shareholders from the sale of its Manchester office portfolio. Net asset value per share rose 14 per cent to 1,046p and the shares added 1.9 per cent to 1,112p."
pycheck "a city is no company; 'and the shares added' are the story's company's" "
assert all(x['id'] != 'manchester' for e in events for x in e['companies']), events
[m] = of('share_move')
assert m['data']['percent'] == 1.9 and m['companies'][0]['id'] == 'hamsterley-property', m"
one "Wyresdale Group reported results. Pre-tax profit rose 9.5 per cent to £212.4m on revenue up 4 per cent at £2.9bn, and the total dividend rose 7.1 per cent to 8.9p."
pycheck "'the total dividend rose 7.1 per cent to 8.9p' raises it" "
[d] = of('dividend')
assert (d['data']['action'], d['data'].get('amount_per_share'), d['data'].get('change_percent')) == ('raised', 0.089, 7.1), d['data']"
one "Keldholme, the testing and inspection group, kept its full-year forecast unchanged on Thursday after organic revenue rose 4.1 per cent in the first quarter."
pycheck "a company before an appositive of two kinds of work; a change after 'after' is no forecast" "
[g] = of('guidance')
assert g['data']['direction'] == 'reaffirmed' and g['companies'][0]['id'] == 'keldholme', g
[m] = of('metric_change')
assert m['data']['percent'] == 4.1, m['data']"
one "Cheswardine Chemicals confirmed on Monday that it was in early talks about a possible offer from Brunnacher, the Swiss speciality chemicals group."
pycheck "talks about a possible offer from X, a group described after it" "
[d] = of('acquisition')
assert d['data']['status'] == 'talks' and [x['id'] for x in d['companies'] if x['role'] == 'acquirer'] == ['brunnacher'], d"

printf 'Date: 13-JAN-1987 08:12:45.03\nCARACAL AGREES 96 MLN STG OFFER FOR ORSOVA\nLONDON, Jan 13 - Caracal Plc said it agreed the terms of a recommended offer for Orsova Engineering Plc, valuing the maker of pumps at about 96 mln stg.\n    Caracal will offer three new ordinary shares for every five Orsova shares, with a cash alternative of 214p a share.\n' >"$TMP/caracal.txt"
dry "$TMP/caracal.txt" --model none
pycheck "the terms of an offer agreed make it; new shares 'for every five' of the target pay for it, no issue" "
[d] = of('acquisition')
assert d['data']['status'] == 'announced', d['data']
assert of('financing') == [], of('financing')"
wire "Kapuvar Corp said it is not negotiating with Fertod Industries Inc or anyone else about a merger or a sale of the company."
pycheck "talks denied are no deal" "
assert of('acquisition') == [], of('acquisition')"
printf 'Date: 11-FEB-1987 11:05:52.40\nBRECLAV TEXTILE MILLS INC <BRTX> SIX MTHS DEC 31 NET\nGREENSBORO, N.C., Feb 11 - Shr 88 cts vs 61 cts\n    Net 5,214,000 vs 3,598,000\n    NOTE: Second qtr net was 2,906,000 dlrs, or 49 cts a share, vs 1,874,000 dlrs, or 32 cts a share.\n    Fiscal year ends June 30.\n' >"$TMP/breclav.txt"
dry "$TMP/breclav.txt" --model none
pycheck "'SIX MTHS DEC 31' is a half; a quarter told under a note of the fiscal year is that year's" "
assert sorted(e['data'].get('period') for e in of('earnings')) == ['H2 1986', 'Q2 FY1987'], of('earnings')"
printf 'Date: 26-AUG-1987 03:22:18.64\nMIKULOV PASTORAL CO LTD <MKPC.S> YEAR TO JUNE 30\nSYDNEY, Aug 26 - Shr 31.2 cents vs 26.8 cents\n    Final div 9.0 cents vs 8.0, making 15.0 vs 13.0\n    Pre-tax profit 63.4 mln dlrs vs 54.1 mln\n    Net 38.9 mln vs 33.2 mln\n    NOTE - Figures in Australian dlrs.\n' >"$TMP/mikulov.txt"
dry "$TMP/mikulov.txt" --model none
pycheck "a table's note 'Figures in Australian dlrs' sets its currency" "
[d] = of('dividend')
assert d['data'].get('currency') == 'AUD', d['data']"

wire "Komarno Pharmaceuticals Inc said it agreed to buy 1.5 mln newly issued shares of Bojnice Genetics Inc, or about 18 pct of the company, for 12 mln dlrs."
pycheck "newly issued shares counted before 'of X' are a stake in X, its buyer the investor" "
[i] = of('investment')
assert sorted((c['id'], c['role']) for c in i['companies']) == [('bojnice-genetics', 'investee'), ('komarno-pharmaceuticals', 'investor')], i['companies']
assert i['data'].get('stake_percent') == 18, i['data']"

printf 'Date: 2012-04-18\nDulverton Breweries volumes hit by cold snap\n\nThe brewer said on Wednesday that beer volumes fell 3.5 per cent in the first quarter.\n' >"$TMP/dulverton.txt"
dry "$TMP/dulverton.txt" --model none
pycheck "a headline's name before a metric is the company 'the brewer' stands for; volumes are a metric" "
[m] = of('metric_change')
assert (m['companies'][0]['id'], m['data']['metric'], m['data']['percent']) == ('dulverton-breweries', 'volumes', -3.5), m"
wire "Komotini Industries Inc said its board declared a quarterly dividend of 10 cts a share, its first payout since the textile maker suspended dividends in the third quarter of 1985."
pycheck "a dividend declared as the first payout since one was suspended is resumed" "
[d] = of('dividend')
assert d['data']['action'] == 'resumed', d['data']"

wire "Pellinger Corp, the main supplier to Halvard Oil Corp, rose 4.8 pct to 612 after the upgrade."
pycheck "a company named inside the appositive is not the one that moved" "
[m] = of('share_move')
assert m['companies'][0]['id'] == 'pellinger', m"
wire "Kemble Corp said it held no talks with other bidders before it agreed to sell its stores to Ransome Inc."
pycheck "talks denied in a clause of their own leave the deal after them" "
[d] = of('acquisition')
assert d['data']['status'] == 'announced' and sorted(c['id'] for c in d['companies']) == ['kemble', 'ransome'], d"
wire "Kemble Corp agreed to enter exclusive talks with Ransome Inc about a merger."
pycheck "an agreement to talk is talks" "
[d] = of('acquisition')
assert d['data']['status'] == 'talks', d['data']"

# A London market report's broker calls: a firm's noun before "downgrade", a call moved to one
# rating or between two, a "stance" kept, a target "on" a company, "with" a firm
# "downgrading" the group, and a price told with a vulgar fraction ("77½p").
mr() { printf 'Date: 2026-12-01\nLondon midday: miners lead FTSE higher\n\n%s\n' "$2" >"$TMP/$1.txt"; }
mr mr1 'Halvorn Energy fell 2 per cent to 331p. A Citigroup downgrade on valuation grounds sent Halvorn Energy sliding.'
dry "$TMP/mr1.txt" --model none
pycheck "a firm's downgrade as a noun" "
[r] = of('rating_change')
assert {c['id']: c['role'] for c in r['companies']} == {'halvorn-energy': 'subject', 'C': 'analyst'}, r
assert r['data']['action'] == 'downgrade' and r['data']['kind'] == 'equity', r['data']"
mr mr2 'Pennick Media lost 4.3 per cent to 1,183p after BarCap moved it to "underweight".'
dry "$TMP/mr2.txt" --model none
pycheck "moved to one rating" "
[r] = of('rating_change')
assert {c['id']: c['role'] for c in r['companies']} == {'pennick-media': 'subject', 'BCS': 'analyst'}, r
assert r['data']['action'] == 'downgrade' and r['data']['rating_to'] == 'underweight', r['data']"
mr mr3 'Ostrava Mining rose 6.4 per cent to 950p. The broker also moved from "underweight" to "neutral" on Ostrava Mining.'
dry "$TMP/mr3.txt" --model none
pycheck "moved between two ratings, no firm named" "
[r] = of('rating_change')
assert {c['id']: c['role'] for c in r['companies']} == {'ostrava-mining': 'subject'}, r
assert (r['data']['action'], r['data']['rating_from'], r['data']['rating_to']) == ('upgrade', 'underweight', 'neutral'), r['data']"
mr mr4 'Tarrow Pharma rose 1 per cent to 1,400p. Credit Suisse repeated its "outperform" stance on Tarrow Pharma ahead of results.'
dry "$TMP/mr4.txt" --model none
pycheck "a stance repeated; Credit Suisse's name says nothing of credit" "
[r] = of('rating_change')
assert {c['id']: c['role'] for c in r['companies']} == {'tarrow-pharma': 'subject', 'CS': 'analyst'}, r
assert (r['data']['action'], r['data']['kind'], r['data']['rating_to']) == ('reiterate', 'equity', 'outperform'), r['data']"
mr mr5 'Carden Software lost 5.1 per cent to 77½p, with Singer Capital Markets downgrading the IT services group to "sell".'
dry "$TMP/mr5.txt" --model none
pycheck "a clause with 'with', a price with a vulgar fraction" "
[m] = of('share_move')
assert m['companies'][0]['id'] == 'carden-software' and m['data']['percent'] == -5.1, m
[r] = of('rating_change')
assert {c['id']: c['role'] for c in r['companies']} == {'carden-software': 'subject', 'singer-capital-markets': 'analyst'}, r
assert r['data']['action'] == 'downgrade' and r['data']['rating_to'] == 'sell', r['data']"
mr mr6 'Brannock Airlines rose 2 per cent to 410p. Barclays raised its target on Brannock Airlines from 380p to 450p with an "equal weight" outlook.'
dry "$TMP/mr6.txt" --model none
pycheck "a target on a company, from one price to another" "
[r] = of('rating_change')
assert {c['id']: c['role'] for c in r['companies']} == {'brannock-airlines': 'subject', 'BCS': 'analyst'}, r
assert r['data']['price_target'] == 4.5 and r['data']['currency'] == 'GBP', r['data']"

# A company that moves its own result ("lifted turnover 0.2 per cent to EUR12.2bn"): an
# earnings record with its figure and change; without a figure it stays a metric's change.
printf 'Date: 2013-05-02\n\nHalvorsen Foods lifted turnover 0.2 per cent to EUR12.2bn.\n' >"$TMP/lifted.txt"
dry "$TMP/lifted.txt" --model none
pycheck "a result moved by the company's verb" "
[e] = of('earnings')
m = metrics(e)
assert e['companies'][0]['id'] == 'halvorsen-foods', e
assert m['revenue']['value'] == 12.2e9 and m['revenue']['change_percent'] == 0.2 and m['revenue']['currency'] == 'EUR', m"
printf 'Date: 2013-05-02\n\nHalvorsen Foods boosted its pre-tax profit by 8 per cent to EUR1.2bn.\n' >"$TMP/boosted.txt"
dry "$TMP/boosted.txt" --model none
pycheck "a result moved by the company's verb, its possessive between" "
[e] = of('earnings')
m = metrics(e)
assert m['pretax_income']['value'] == 1.2e9 and m['pretax_income']['change_percent'] == 8, m"

# Shares offered to pay for a takeover raise no money: no share offering.
printf 'Date: 2013-05-02\n\nReports said Halvorsen Mining would offer 2.8 shares to buy Ostrava Metals.\n' >"$TMP/swap.txt"
dry "$TMP/swap.txt" --model none
pycheck "shares offered to buy a company" "
assert not of('financing'), of('financing')
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'halvorsen-mining': 'acquirer', 'ostrava-metals': 'target'}, d"

# A wire headline in capitals names the target after the deal's word by its ticker ("TO BUY
# NICHOLS BANK <NICH>", "UP STAKE IN MCGILL MFTG <MGLL>", past "REST OF"); a body that names
# it otherwise ("Nichols National Bank") tells the same deal, not a second one.
printf 'Date: 5-MAR-1987 12:23:36.14\nHALDEN BANK SYSTEM <HBSI> TO BUY REST OF NICHOLS BANK <NICH>\nSYRACUSE, N.Y., March 5 - The two banks declined to comment.\n Reuter\n' >"$TMP/headbuy.txt"
dry "$TMP/headbuy.txt" --model none
pycheck "a headline's target before its ticker" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'halden-bank-system': 'acquirer', 'nichols-bank': 'target'}, d"
printf 'Date: 5-MAR-1987 12:23:36.14\nHALDEN BANK SYSTEM <HBSI> TO BUY NICHOLS BANK <NICH>\nSYRACUSE, N.Y., March 5 - Halden Bank System Inc said it agreed to buy Nichols National Bank for 2.8 mln dlrs.\n Reuter\n' >"$TMP/headbuy2.txt"
dry "$TMP/headbuy2.txt" --model none
pycheck "a headline's short name and the body's full one: one deal" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'halden-bank-system': 'acquirer', 'nichols-national-bank': 'target'}, d
assert d['data']['amount'] == 2.8e6, d['data']"

# A dividend not paid, told without its verb of suspension: "there will be no cash
# distribution", "would not pay an interim dividend"; a policy ("does not pay", "has not paid
# a dividend since 1982") is none.
printf 'Date: 6-MAR-1987 12:00:00.00\n\nTarrant Oil Trust said there will be no cash distribution to unit holders in March.\n' >"$TMP/nodist.txt"
dry "$TMP/nodist.txt" --model none
pycheck "no distribution this month" "
[d] = of('dividend')
assert d['companies'][0]['id'] == 'tarrant-oil-trust' and d['data']['action'] == 'suspended', d"
printf 'Date: 2009-08-05\n\nOrwell Bank said first-half profit fell 52 per cent and that it would not pay an interim dividend.\nCardew Mining does not pay a cash dividend. Halsey Foods has not paid a dividend since 1982.\n' >"$TMP/nodiv.txt"
dry "$TMP/nodiv.txt" --model none
pycheck "a dividend not paid, not a policy" "
ds = of('dividend')
assert [(d['companies'][0]['id'], d['data']['action']) for d in ds] == [('orwell-bank', 'suspended')], ds"

# A building sold is a site, no company deal.
printf 'Date: 9-MAR-1987 12:00:00.00\n\nKelmarsh Chemical Inc said it has a tentative agreement to sell its downtown headquarters to Pelham Realty Corp for undisclosed terms.\nKelmarsh also sold its office building in Dallas to Pelham Realty Corp for 12 mln dlrs.\n' >"$TMP/building.txt"
dry "$TMP/building.txt" --model none
pycheck "a building sold: no acquisition" "
assert not of('acquisition'), of('acquisition')"

# A company named only by a headline in mixed case, the body speaking of it by a description
# ("The high street fashion chain said") or naming it first with an appositive beside another
# company ("Wethercote Leisure, the owner of 140 roadside pubs, said ... an approach from
# Ambrose Vale Partners"); a month after the name is the figure's ("Dalton Creek November
# same-store sales fall").
printf 'Date: 2014-01-09\nOrcheston Fashion shrugs off Christmas gloom\n\nThe high street fashion chain said like-for-like sales rose 4.6 per cent in the five weeks to January 4.\nThe shares rose 7.9 per cent to 602p.\n' >"$TMP/headdesc.txt"
dry "$TMP/headdesc.txt" --model none
pycheck "a headline's company, a description in the body" "
[m] = of('metric_change')
assert m['companies'][0]['id'] == 'orcheston-fashion' and m['data']['percent'] == 4.6, m
[s] = of('share_move')
assert s['companies'][0]['id'] == 'orcheston-fashion', s"
printf 'Date: 2007-05-08\nWinterbourne soars on Ambrose Vale approach\n\nWinterbourne Leisure, the owner of 140 roadside pubs, said on Monday night that it had received a preliminary approach from Ambrose Vale Partners, the private equity group.\n' >"$TMP/headappos.txt"
dry "$TMP/headappos.txt" --model none
pycheck "a headline's company named with an appositive beside another" "
[d] = of('acquisition')
assert {c['id']: c['role'] for c in d['companies']} == {'ambrose-vale-partners': 'acquirer', 'winterbourne-leisure': 'target'}, d
assert d['data']['status'] == 'talks' and d['occurred_on'] == '2007-05-07', d"
printf 'Date: 2007-12-06\nDalby Creek November same-store sales fall, cuts outlook\n\nThe retailer said on Thursday that November sales at stores open at least a year fell 2.8 percent.\n' >"$TMP/headmonth.txt"
dry "$TMP/headmonth.txt" --model none
pycheck "a month after a headline's name" "
[m] = of('metric_change')
assert m['companies'][0]['id'] == 'dalby-creek', m"

# A market report of three companies: a participle's move after the opening company's clause
# ("led the FTSE 100 higher, rising 6.1 per cent"), a buyback unveiled after a share's move,
# and a clause opened by "but" whose company moved because of a broker's call on "the miner"
# (a call in quotes is no sale of a site).
printf 'Date: 2008-02-26\nMiners rally as Cowling Rudd upgrade lifts Tarnbrook\n\nTarnbrook Mining led the FTSE 100 higher, rising 6.1 per cent to 2,347p, after Cowling Rudd upgraded the copper producer to "outperform".\nRival Hensall Resources added 3.3 per cent to 1,912p after unveiling a 1bn-pound share buyback alongside a 41 per cent rise in full-year profit, but Swinford Gold fell 4.8 per cent as Trewin Brothers cut the miner to "sell", citing rising costs at its Ghanaian mines.\n' >"$TMP/wrap3.txt"
dry "$TMP/wrap3.txt" --model none
pycheck "a market report's three movers and two calls" "
moves = sorted((e['companies'][0]['id'], e['data']['percent']) for e in of('share_move'))
assert moves == [('hensall-resources', 3.3), ('swinford-gold', -4.8), ('tarnbrook-mining', 6.1)], moves
calls = sorted(tuple(sorted((c['id'], c['role']) for c in e['companies'])) for e in of('rating_change'))
assert calls == [(('cowling-rudd', 'analyst'), ('tarnbrook-mining', 'subject')), (('swinford-gold', 'subject'), ('trewin-brothers', 'analyst'))], calls
[b] = of('buyback')
assert b['companies'][0]['id'] == 'hensall-resources' and b['data']['action'] == 'authorized', b
assert not of('facility'), of('facility')
assert not [e for e in of('metric_change') if e['companies'][0]['id'] == 'swinford-gold']"

# More of a London market report: a firm's name before its call as a noun ("after a Tamerton
# Hythe downgrade"), the biggest faller "down 5.6 per cent at 214p", a mover after
# "Elsewhere," whose news is what the company said, and a broker after ", as" that cut its
# target on the stock; a profit warning issued is guidance lowered (one a recall "led to" is
# none).
printf 'Date: 2016-11-22\nKelby falls on Tamerton Hythe downgrade\n\nKelby Bank was the biggest faller in the FTSE 250, down 5.6 per cent at 214p, after a Tamerton Hythe downgrade to "underweight" from "neutral".\nElsewhere, Glenridding Minerals added 2.4 per cent after the copper miner said its output rose 12 per cent in the third quarter.\n' >"$TMP/wrap4.txt"
dry "$TMP/wrap4.txt" --model none
pycheck "the biggest faller, a firm before its downgrade, a mover after Elsewhere" "
moves = sorted((e['companies'][0]['id'], e['data']['percent']) for e in of('share_move'))
assert moves == [('glenridding-minerals', 2.4), ('kelby-bank', -5.6)], moves
[r] = of('rating_change')
assert {c['id']: c['role'] for c in r['companies']} == {'kelby-bank': 'subject', 'tamerton-hythe': 'analyst'}, r
[m] = of('metric_change')
assert m['companies'][0]['id'] == 'glenridding-minerals' and m['data']['percent'] == 12, m"
printf 'Date: 2011-08-04\nLinthorpe plunges on second profit warning\n\nLinthorpe Services, the outsourcing group, issued its second profit warning in four months on Thursday, saying pre-tax profit for the year to December would be 38m-42m pounds.\nIts shares fell 34.7 per cent to 96p, their lowest since 2003, as Harcourt Pell slashed its target on the stock to 110p from 240p.\nShareholders of Marlin Foods filed a lawsuit over a recall that later led to a profit warning.\n' >"$TMP/warning.txt"
dry "$TMP/warning.txt" --model none
pycheck "a profit warning issued; a target cut after ', as'" "
[g] = of('guidance')
assert g['companies'][0]['id'] == 'linthorpe-services' and g['data']['direction'] == 'lowered' and g['data']['metric'] == 'pretax_income', g
assert not of('earnings'), of('earnings')
[r] = of('rating_change')
assert {c['id']: c['role'] for c in r['companies']} == {'linthorpe-services': 'subject', 'harcourt-pell': 'analyst'}, r
assert r['data']['price_target'] == 1.1, r['data']"

# A finance chief who "would join as chief financial officer", named with a relative clause
# of the company he comes from (not the one he joins); the one he succeeds leaves the company
# speaking. Notes priced in tranches: the sum told after the verb; a headline of two issues.
printf 'Date: 2022-08-15\nGlenfield Freight CEO steps down\n\nGlenfield Freight Systems Inc said on Monday its chief executive had stepped down.\nThe trucking and warehousing company also said Samuel Ostrow, who was finance chief of refrigerated carrier Perriton Transport until June, would join as chief financial officer on Sept. 6, succeeding Thomas Gathers, who is retiring.\n' >"$TMP/cfojoin.txt"
dry "$TMP/cfojoin.txt" --model none
pycheck "a CFO who will join, his former employer in a relative clause" "
got = sorted((e['data']['person'], e['data']['action'], e['companies'][0]['id']) for e in of('executive_change') if e['data']['position'] == 'CFO')
assert got == [('Samuel Ostrow', 'appointed', 'glenfield-freight-systems'), ('Thomas Gathers', 'departed', 'glenfield-freight-systems')], got"
printf 'Date: 2019-09-10\nVessel Midstream prices $1.25 billion of notes, signs new $2 billion revolver\n\nVessel Midstream Partners LP said on Tuesday it had priced $1.25 billion of senior unsecured notes in two tranches: $600 million of 3.95%% notes due 2029 and $650 million of 4.85%% notes due 2049.\n' >"$TMP/tranches.txt"
dry "$TMP/tranches.txt" --model none
pycheck "notes in tranches, two issues in a headline" "
got = sorted((e['data']['kind'], e['data'].get('amount')) for e in of('financing'))
assert got == [('bond', 1.25e9), ('credit_facility', 2e9)], got"

# Two outlooks in one sentence, the second in a clause of its own after ", and lifted", its
# period the first's.
printf 'Date: 2023-10-26\n\nQuarrel Instruments Inc raised its 2023 revenue forecast to $3.30 billion to $3.36 billion from $3.18 billion to $3.26 billion, and lifted its adjusted earnings outlook to $5.40 to $5.55 a share from $5.10 to $5.30.\n' >"$TMP/twoguide.txt"
dry "$TMP/twoguide.txt" --model none
pycheck "two outlooks raised in one sentence" "
got = sorted((g['data']['metric'], g['data']['direction'], g['data'].get('period'), g['data']['low']) for g in of('guidance'))
assert got == [('eps', 'raised', 'FY2023', 5.4), ('revenue', 'raised', 'FY2023', 3.3e9)], got"

# A rights issue's story: a chief executive named with an appositive who "would step down",
# and results joined to a dividend cut ("and reported pre-tax profit") are news, not
# background; a mover in pence ("gained 11p to 243½p") is the company a later call rates.
printf 'Date: 2009-03-17\nWaverton seeks 340m pounds from investors as chief steps down\n\nWaverton Engineering launched a 340m-pound rights issue on Tuesday and said that Malcolm Penders, its chief executive for nine years, would step down once a successor had been found.\nIt also cut its final dividend to 2.1p from 6.4p and reported pre-tax profit of 96m pounds for 2008, down from 131m pounds.\nTarrock Pharmaceuticals rose 2.8 per cent to 1,486p, while Fenwick Homes gained 11p to 243\xc2\xbdp after Colbury Baines started coverage of the housebuilder with a "buy" rating.\n' >"$TMP/rights.txt"
dry "$TMP/rights.txt" --model none
pycheck "a chief's departure in an appositive, results beside a dividend cut, a mover in pence" "
[x] = of('executive_change')
assert (x['data']['person'], x['data']['action'], x['companies'][0]['id']) == ('Malcolm Penders', 'departed', 'waverton-engineering'), x
[e] = of('earnings')
assert e['data']['period'] == 'FY2008' and not e['data'].get('context'), e
[r] = of('rating_change')
assert {c['id']: c['role'] for c in r['companies']} == {'fenwick-homes': 'subject', 'colbury-baines': 'analyst'}, r"

# An approach received by "it", the sentence's subject, after an offer from another company;
# a placing announced, or one that pays for a purchase.
printf 'Date: 2010-09-13\nArkwright rejects Scotby bid\n\nArkwright Foods on Monday rejected a 1.1bn-pound cash offer from Scotby Group as undervaluing the company, and said it had received an approach from a second suitor, Wharton Holdings.\n' >"$TMP/suitor.txt"
dry "$TMP/suitor.txt" --model none
pycheck "a second suitor's approach to 'it'" "
got = sorted(tuple(sorted((c['id'], c['role']) for c in e['companies'])) for e in of('acquisition'))
assert got == [(('arkwright-foods', 'target'), ('scotby-group', 'acquirer')), (('arkwright-foods', 'target'), ('wharton-holdings', 'acquirer'))], got"
printf 'Date: 2013-07-30\nOxley raises 200m pounds\n\nOxley Packaging is paying for the purchase with a £200m placing of new shares and an enlarged bank facility.\n' >"$TMP/placing.txt"
dry "$TMP/placing.txt" --model none
pycheck "a placing that pays for a purchase" "
[f] = of('financing')
assert f['companies'][0]['id'] == 'oxley-packaging' and f['data']['kind'] == 'share_offering' and f['data']['amount'] == 2e8, f"

# "The company" after a sentence that opens with the round's other investors is the company
# the article is about, not its backers.
printf 'Date: 2025-06-17\nFernhill raises $140 million\n\nFernhill Robotics said on Tuesday it had raised $140 million in a Series C funding round led by Pelham Moss Ventures.\nExisting investors Brickfield Oak Partners and Sagewood Fund also took part.\nThe company, founded in 2019, plans to use the new money to open a factory in Texas.\n' >"$TMP/backers.txt"
dry "$TMP/backers.txt" --model none
pycheck "the company after its backers" "
[f] = of('facility')
assert f['companies'][0]['id'] == 'fernhill-robotics' and f['data']['action'] == 'open', f"

# An article that names its company only after a post ("chief executive of Lamorna Software"),
# and a chief "replaced" in the passive who leaves.
printf 'Date: 2016-11-22\nLamerton chief ousted after second profit warning\n\nPiers Hendon has been replaced as chief executive of Lamerton Software after the billing systems group issued its second profit warning in four months.\nThe shares fell 31 per cent to 242p.\n' >"$TMP/replaced.txt"
dry "$TMP/replaced.txt" --model none
pycheck "a chief replaced, the company named after his post" "
[x] = of('executive_change')
assert (x['data']['person'], x['data']['action'], x['companies'][0]['id']) == ('Piers Hendon', 'departed', 'lamerton-software'), x
[m] = of('share_move')
assert m['companies'][0]['id'] == 'lamerton-software', m"

# A bond of one's own told in the singular, beside a revolver in one headline; notes bought
# back in a tender offer are no buyback and no issue.
printf 'Date: 12 September 2023\nHaverigg Energy sells 500 mln euro green bond, signs 750 mln euro revolver\n\nHaverigg Energy said it also launched a tender offer to buy back up to 300 million euros of its 1.375%% notes due 2025.\nThe key 30-year Treasury bond closed 7/32 lower.\n' >"$TMP/bond1.txt"
dry "$TMP/bond1.txt" --model none
pycheck "a singular bond and a revolver; notes tendered for" "
got = sorted((e['data']['kind'], e['data'].get('amount')) for e in of('financing'))
assert got == [('bond', 5e8), ('credit_facility', 7.5e8)], got
assert not of('buyback'), of('buyback')"

# "It" opening a sentence after one about another company is that company: the dealer's
# financing, not the article's; its filing "in the U.S. Bankruptcy Court" on Sunday is the
# filing, dated by it; a headline's "cuts outlook" takes the metric the body names.
printf 'Date: 11 March 2024\nKelloe Marine cuts outlook as US dealer Tarset Outdoor files for bankruptcy\n\nHELSINKI, March 11 (Reuters) - Boatmaker Kelloe Marine Oyj lowered its 2024 sales forecast on Monday after its largest dealer, Tarset Outdoor Inc, filed for Chapter 11 bankruptcy protection.\nTarset, based in Traverse City, Michigan, filed on Sunday in the U.S. Bankruptcy Court in Delaware. It said it had secured $40 million in debtor-in-possession financing from a group of lenders led by Toivola Capital.\nKelloe now expects net sales to fall 10-20%% this year, having previously forecast them to be roughly level with 2023'"'"'s 412 million euros.\n' >"$TMP/dealer.txt"
dry "$TMP/dealer.txt" --model none
pycheck "a dealer's filing and financing; the outlook's metric" "
[b] = of('bankruptcy')
assert b['companies'][0]['id'] == 'tarset-outdoor' and b['occurred_on'] == '2024-03-10', b
[f] = of('financing')
assert f['companies'][0]['id'] == 'tarset-outdoor' and f['data']['amount'] == 4e7, f
[g] = of('guidance')
assert g['companies'][0]['id'] == 'kelloe-marine' and (g['data']['metric'], g['data']['direction'], g['data'].get('period')) == ('revenue', 'lowered', 'FY2024'), g"

# Two companies fined together ("a combined" sum) are two fines; each one's own sum, told in
# the passive ("X was fined A and Y B"), is its fine's; a court is no company.
printf 'Date: 13 July 2022\nBrussels fines resin makers\n\nThe European Commission has fined Finnish chemicals group Mikkola Chemicals and Portugal'"'"'s Alverca Quimicos a combined \xe2\x82\xac308.4mn for colluding on the price of resins.\nMikkola was fined \xe2\x82\xac212.4mn and Alverca \xe2\x82\xac96mn, the commission said.\nFinland'"'"'s Market Court ordered Hollola Asphalt Oyj (HOLAS.HE) and Kerava Paving Oy to pay a combined 41.3 million euros in fines.\n' >"$TMP/fines.txt"
dry "$TMP/fines.txt" --model none
pycheck "fines of two companies, each its own" "
got = sorted((tuple(c['id'] for c in e['companies']), e['data'].get('amount')) for e in of('legal'))
assert got == [(('alverca-quimicos',), 96e6), (('hollola-asphalt',), None), (('kerava-paving',), None), (('mikkola-chemicals',), 212.4e6)], got"

# A title-case headline's descriptions run into the name ("Korean AI Startup Hwaseong Labs"):
# the body's name ends it, one round (not a person's first name: "Sumner Redstone").
printf 'Date: 19 March 2024\nKorean AI Startup Yangsan Labs Raises $640 Million in Round Led by Sintra Capital\n\n(Bloomberg) -- Yangsan Labs, a Seoul-based developer of language models, has raised $640 million in a funding round led by Sintra Capital, valuing the startup at $5.2 billion.\n' >"$TMP/startup.txt"
dry "$TMP/startup.txt" --model none
pycheck "a title-case headline's description before the name" "
[r] = of('investment')
assert sorted((c['id'], c['role']) for c in r['companies']) == [('sintra-capital', 'investor'), ('yangsan-labs', 'investee')] and r['data']['amount'] == 6.4e8, r"

# "Nasdaq-listed" names no target; a sawmill closed is a facility; clearance among a deal's
# conditions is no approval; a chairman who "would not stand for re-election at the annual
# general meeting on March 24" (told in September: next March) leaves.
printf 'Date: 12 September 2023\nSuwa Instruments to buy Orivesi Diagnostics\n\nSEOUL, Sept 12 (Reuters) - Suwa Instruments Co said on Tuesday it had agreed to buy Nasdaq-listed Orivesi Diagnostics Inc (ORVD.O) for $44 a share.\nCompletion requires that Suwa gain more than 90%% of the shares, as well as clearance from the European Commission.\nSeparately, Suwa said it would close its Kuhmo sawmill by the end of May.\nSuwa also said its chairman, Erkki Nystrom, 70, would not stand for re-election at the annual general meeting on March 24.\n' >"$TMP/listed.txt"
dry "$TMP/listed.txt" --model none
pycheck "an exchange-listed target, a sawmill, conditions, a chair not standing again" "
[d] = of('acquisition')
assert sorted(c['id'] for c in d['companies']) == ['orivesi-diagnostics', 'suwa-instruments'], d
assert not of('regulatory_approval'), of('regulatory_approval')
[f] = of('facility')
assert f['data']['action'] == 'close', f
[x] = of('executive_change')
assert (x['data']['person'], x['data']['action'], x['data']['position'], x['occurred_on']) == ('Erkki Nystrom', 'departed', 'chair', '2023-09-12'), x"

# Expectations after results: analysts' figure a share two sentences on ("Sales rose ...
# between"), "Both figures were ahead of analysts' forecasts"; a results note's charge "for
# closing of two plants" closes no site.
printf 'Date: 14-OCT-1987 09:47:55.80\nLIFFORD FOODS <LFFD> 3RD QTR PROFIT UP 24 PCT\nPHILADELPHIA, Oct 14 - Lifford Foods Inc said its third quarter net income rose 24 pct to 8.6 mln dlrs, or 62 cts a share, from 6.9 mln dlrs, or 50 cts a share, a year earlier.\n    Sales rose eight pct to 212.4 mln dlrs from 197.1 mln dlrs.\n    Wall Street analysts had expected the company to earn about 56 cts a share in the quarter.\n    NOTE: 1986 net includes charge of 2.4 mln dlrs for closing of two spinning plants in South Carolina.\n' >"$TMP/expect2.txt"
dry "$TMP/expect2.txt" --model none
pycheck "expectations two sentences after the results; a note's closing" "
[e] = of('earnings')
assert e['data'].get('versus_expectations') == 'beat', e
assert not of('facility'), of('facility')"
printf 'Date: 27 February 2024\nTavares Energia lifts dividend\n\nNet profit at Tavares Energia rose 18 per cent to EUR1.21bn last year, the group said on Tuesday, while recurring ebitda climbed 11 per cent to EUR4.6bn. Both figures were ahead of analysts'"'"' forecasts compiled by the company, which had pointed to net profit of EUR1.14bn.\n' >"$TMP/both.txt"
dry "$TMP/both.txt" --model none
pycheck "both figures ahead of forecasts" "
[e] = of('earnings')
assert e['data'].get('versus_expectations') == 'beat', e"

# A broker named without a suffix before "kept its ... rating" is the analyst; a price an
# analyst said fell is no share's move.
printf 'Date: 2023-01-24\nKerimaki Paper slides after broker cut\n\nShares in Kerimaki Paper Oyj fell as much as 7 per cent in Helsinki on Tuesday after Loule Capital Markets downgraded the group to "sell".\nLoule analyst Sofia Meireles said hardwood pulp prices in China had fallen about 20 per cent since November.\nKorpilahti Equities kept its "buy" rating on the stock, though it trimmed its price target to EUR14.50 from EUR15.20.\n' >"$TMP/kept.txt"
dry "$TMP/kept.txt" --model none
pycheck "a broker's kept rating; a price said to fall" "
got = sorted(tuple(sorted((c['id'], c['role']) for c in e['companies'])) for e in of('rating_change'))
assert (('kerimaki-paper', 'subject'), ('korpilahti-equities', 'analyst')) in got, got
assert [m['data']['percent'] for m in of('share_move')] == [-7], of('share_move')"

# A drug approved, named by its appositive, is no company; a quote's "cut" beside a rating held
# ("who has a 'hold' rating") is no call; a day's move told twice (the high, then the close)
# is one move, its first figure.
printf 'Date: 2024-08-12\nDaesan Biologics Soars After FDA Clears Its Eczema Drug\n\n(Bloomberg) -- Shares of Daesan Biologics Co. jumped as much as 22%% in Seoul after US regulators approved the company'"'"'s treatment.\nThe US Food and Drug Administration late Friday approved Dermavale, an injectable antibody for adults with atopic dermatitis, Daesan said on Monday.\nThe stock closed 14.6%% higher at 187,400 won.\n"The approval came earlier than we had feared it would be cut," said Antti Vuorela, analyst at Oulunsalo Securities, who has a "hold" rating on the stock.\nDermavale will be sold in the US by Braga Pharmaceuticals SA.\n' >"$TMP/drug.txt"
dry "$TMP/drug.txt" --model none
pycheck "a drug approved; a rating held; one move a day" "
[r] = of('regulatory_approval')
assert [c['id'] for c in r['companies']] == ['daesan-biologics'] and r['occurred_on'] == '2024-08-09', r
assert [m['data']['percent'] for m in of('share_move')] == [22], of('share_move')
assert not of('rating_change'), of('rating_change')"

# What a stake's buyer paid, told after the price a share ("or about 61 million euros ($66
# million) in total ... on Monday"), is the stake's sum and day; an offer "that values the
# company at about" a sum, its ticker between, is the deal's; a town before "its ... sawmill"
# is the site's place.
printf 'Date: 5 March 2024\nActivist Pyhtaa Capital buys 10.2%% of Jaala Forest\n\nHELSINKI, March 5 (Reuters) - Activist investor Pyhtaa Capital Oy has bought a 10.2%% stake in Finnish sawmill group Jaala Forest Oyj, the company said on Tuesday.\nPyhtaa paid 9.40 euros per share, or about 61 million euros ($66 million) in total, for 6.5 million shares in a block trade on Monday.\nSeparately, Jaala said it would close its Kuhmo sawmill by the end of May.\n' >"$TMP/paid.txt"
dry "$TMP/paid.txt" --model none
pycheck "a stake's total paid and its day; a sawmill's town" "
[i] = of('investment')
assert (i['data'].get('amount'), i['data'].get('currency'), i['occurred_on']) == (61e6, 'EUR', '2024-03-04'), i
[f] = of('facility')
assert f['data'].get('location') == 'Kuhmo', f"

# A completed merger's earlier step (a majority bought in a tender offer) is no stake of its
# own; "bringing the total cost of the acquisition to about" a sum is the deal's.
printf 'Date: 13-JUL-1987 10:47:15.90\nSTALBRIDGE <STLB> COMPLETES LUDWELL MILLS <LDWL> MERGER\nGREENSBORO, N.C., July 13 - Stalbridge Corp said its acquisition of Ludwell Mills Inc was completed on Friday, when Ludwell was merged into a wholly owned Stalbridge subsidiary.\n    Stalbridge bought 91.4 pct of Ludwell'"'"'s shares for 22 dlrs each in a tender offer that ended June 12. Ludwell holders who did not tender will receive the same 22 dlrs a share in cash, bringing the total cost of the acquisition to about 96 mln dlrs.\n Reuter\n' >"$TMP/step.txt"
dry "$TMP/step.txt" --model none
pycheck "a merger's tender step; its total cost" "
[d] = of('acquisition')
assert (d['data'].get('amount'), d['data'].get('status'), d['occurred_on']) == (96e6, 'completed', '1987-07-10'), d
assert not of('investment'), of('investment')"

# A bid's financing: banks that "committed to lend it up to" a sum "for the acquisition" lend
# to the bidder (past its appositive), and buy nothing; a holder that will "tender the ...
# shares it owns" into another's offer buys no stake; a buyout's equity ("invest the rest")
# is no stake; a buyback authorized "and that its board" is the seller's, not its buyer's.
printf 'Date: 8-JUN-1987 10:00:00.00\nSAXTEAD <SAXT> BIDS FOR FRAMSDEN\nPEORIA, Ill., June 8 - Saxtead Corp said it proposed to acquire Framsden Industries Inc for 31 dlrs a share in cash, or about 248 mln dlrs.\n    Saxtead, a Peoria, Ill., maker of construction equipment, said Lavendon National Bank and Orwell Trust Co have committed to lend it up to 175 mln dlrs for the acquisition.\n    Saxtead said it would tender the 1,036,000 Debach Corp shares it owns, about 9.4 pct of the total, into Mendham'"'"'s offer.\n    Saxtead and its managers will invest the rest as equity through a new company, SF Holdings Corp.\n Reuter\n' >"$TMP/lend.txt"
dry "$TMP/lend.txt" --model none
pycheck "a bid's loan; a holder tendering; a buyout's equity" "
[d] = of('acquisition')
assert sorted(c['id'] for c in d['companies']) == ['framsden-industries', 'saxtead'], d
[f] = of('financing')
assert f['companies'][0]['id'] == 'saxtead' and f['data']['amount'] == 1.75e8, f
assert not of('investment'), of('investment')"
printf 'Date: 23-SEP-1987 10:00:00.00\nAYLMERTON <AYLM> TO SELL UNIT\nNEW YORK, Sept 23 - Aylmerton Corp said it agreed to sell its Ringland Chemical Co subsidiary to Dersingham Industries Inc <DRSM> for 74.5 mln dlrs in cash, and that its board authorized the repurchase of up to two mln of its common shares.\n    The first dividend, of four cts a share, will be paid Feb 16 to holders of record Jan 29.\n Reuter\n' >"$TMP/thatits.txt"
dry "$TMP/thatits.txt" --model none
pycheck "a buyback after 'and that its board'; a first dividend's amount" "
[b] = of('buyback')
assert b['companies'][0]['id'] == 'aylmerton' and b['data'].get('shares') == 2e6, b
[v] = of('dividend')
assert (v['data'].get('action'), v['data'].get('amount_per_share')) == ('declared', 0.04), v"

# A byline under a headline and a "Date:" header opens the story, not its end; a chief "to
# Retire" in a headline whose second clause "Taps" a successor leaves; "Mr. Okafor", named in
# full before, leaves the rival that is searching for a new chief operating officer.
printf 'Date: September 13, 2017\nAlcazar Systems CEO Gregory Hale to Retire; Company Taps Tavernes Networks Executive as Successor\n\nBy Jennifer Haldane\n\nAlcazar Systems Inc. (NASDAQ: ALCS) said Chief Executive Gregory Hale will retire at the end of September and named Daniel Okafor, the operating chief of rival Tavernes Networks Inc. (NYSE: TVRN), as his successor.\n\nTavernes said separately that Mr. Okafor would leave the company at year-end and that it had begun a search for a new chief operating officer.\n\nAlcazar shares fell 3.4%% to $61.20 in after-hours trading Wednesday.\n' >"$TMP/byline.txt"
dry "$TMP/byline.txt" --model none
pycheck "a byline under a dated headline; a successor tapped; Mr. Okafor" "
got = sorted((x['companies'][0]['id'], x['data']['person'], x['data']['action']) for x in of('executive_change'))
assert got == [('alcazar-systems', 'Daniel Okafor', 'appointed'), ('alcazar-systems', 'Gregory Hale', 'departed'), ('tavernes-networks', 'Daniel Okafor', 'departed')], got
assert [m['data']['percent'] for m in of('share_move')] == [-3.4], of('share_move')"

# A release's defined term ("Zamora Home" or the "Company") is the company named before it;
# a headline's clause after ";" that opens with its verb ("Secures $125 Million
# Debtor-in-Possession Financing") is the headline company's; "DIP financing" is a loan; a
# highlight bullet is the issuer's, not the company a subheadline named last.
printf 'Date: July 8, 2020\nZafra Home Stores Files Voluntary Chapter 11 Petitions to Pursue Sale; Secures $125 Million Debtor-in-Possession Financing\nEnters into Stalking Horse Agreement with Orihuela Capital Partners\n\nFORT WORTH, Texas, July 8, 2020 /PRNewswire/ -- Zafra Home Stores, Inc. (NASDAQ: ZFHS) ("Zafra Home" or the "Company"), a specialty retailer of home furnishings, today announced that it filed voluntary petitions for relief under Chapter 11 of the U.S. Bankruptcy Code on Tuesday, July 7, 2020.\n\n- Plan to close 41 of its 178 stores\n\nThe Company has received a commitment for $125 million in DIP financing from its existing lenders.\n' >"$TMP/dip.txt"
dry "$TMP/dip.txt" --model none
pycheck "a defined term, a headline's second clause, a bullet" "
[b] = of('bankruptcy')
assert b['companies'][0]['id'] == 'zafra-home-stores' and b['occurred_on'] == '2020-07-07', b
[f] = of('financing')
assert f['companies'][0]['id'] == 'zafra-home-stores' and (f['data']['kind'], f['data']['amount']) == ('loan', 1.25e8), f
[c] = of('facility')
assert c['companies'][0]['id'] == 'zafra-home-stores', c"

# A fiscal quarter "which ended Jan. 30" is Q1 of the fiscal year ending that year; cuts that
# "amount to about 6 percent of" the workforce are the layoffs' share; a plant "where" the
# company plans to "expand processing capacity" is expanded.
printf 'Date: February 24, 2016\nTolosa Foods to close Iowa pork plant, cut about 790 jobs\n\nTolosa Foods Inc said Wednesday it will close its pork plant in Ottumwa, Iowa, cutting about 790 jobs.\nThe cuts amount to about 6 percent of Tolosa'"'"'s workforce of roughly 13,000.\nProduction will shift to the company'"'"'s plant in Dodge City, Kansas, where Tolosa plans to spend $45 million to add a second shift and expand processing capacity.\nTolosa also reported Wednesday that its fiscal first-quarter profit fell to $41.2 million, or 61 cents per share, from $55 million, or 80 cents per share, a year earlier. Revenue dropped 8 percent to $1.9 billion in the quarter, which ended Jan. 30.\n' >"$TMP/fiscalq.txt"
dry "$TMP/fiscalq.txt" --model none
pycheck "a fiscal quarter by its end; the layoffs' share; a plant where it expands" "
[e] = of('earnings')
assert e['data'].get('period') == 'Q1 FY2016', e
[w] = of('workforce')
assert (w['data'].get('headcount'), w['data'].get('percent')) == (790, 6), w
got = sorted((f['data']['action'], f['data'].get('location')) for f in of('facility'))
assert got == [('close', 'Ottumwa, Iowa'), ('expand', 'Dodge City, Kansas')], got"

# A release whose title names results keeps its company's results read from the highlights,
# whatever the model (fitted mostly on the wires' tables) makes of a release's words.
printf 'Date: August 1, 2023\nLinaria Industrial Reports Second Quarter 2023 Results and Raises Full-Year Guidance\n\nMILWAUKEE, Aug. 1, 2023 /PRNewswire/ -- Linaria Industrial Holdings, Inc. (NYSE: LNRA) ("Linaria" or the "Company"), a manufacturer of motion control products, today reported financial results for the second quarter ended June 30, 2023.\n\nSecond Quarter 2023 Highlights\n- Net sales of $1,068.4 million, up 7.9%% from $990.2 million a year ago; organic sales grew 5.2%%\n- Diluted EPS of $1.21, compared with $1.04 in the prior-year quarter\n\nLinaria will host a conference call to discuss the results today at 10:00 a.m. Eastern Time.\n' >"$TMP/release.txt"
dry "$TMP/release.txt"
pycheck "a release's results under a title that names them (default model)" "
[e] = of('earnings')
assert e['companies'][0]['id'] == 'linaria-industrial-holdings' and e['data'].get('period') == 'Q2 2023', e"

# Two parts sold to two buyers in one sentence ("its Vejle Pumps division to X for 112 mln dlrs
# ... and its Lokeren Plastics unit to Y for about 75 mln dlrs") are two sales, each its own
# sum, not the headline's total; a wire headline's "8.7 PCT OF" is no part of a name, and
# the stake it tells is held, whatever control its holder "MAY SEEK".
printf 'Date: 14-MAY-1987 10:00:00.00\nOTTERUP INDUSTRIES <OTIN> TO SELL TWO UNITS FOR 187 MLN DLRS\nCLEVELAND, May 14 - Otterup Industries Inc said it agreed to sell its Varde Pumps division to Bree Manufacturing Co <BREM> for 112 mln dlrs in cash and its Lommel Plastics unit to Geel Chemical Corp for about 75 mln dlrs in cash and notes.\n Reuter\n' >"$TMP/twoparts.txt"
dry "$TMP/twoparts.txt" --model none
pycheck "two parts sold to two buyers" "
got = sorted((sorted((c['id'], c['role']) for c in e['companies']), e['data'].get('amount')) for e in of('acquisition'))
assert got == [([('bree-manufacturing', 'acquirer'), ('otterup-industries', 'seller'), ('varde-pumps', 'target')], 112e6), ([('geel-chemical', 'acquirer'), ('lommel-plastics', 'target'), ('otterup-industries', 'seller')], 75e6)], got"
printf 'Date: 17-MAR-1987 16:42:07.55\nGROUP HAS 8.7 PCT OF HORSENS FOODS <HRSF>, MAY SEEK CONTROL\nWASHINGTON, March 17 - A group led by Rodby Partners L.P., a New York investment partnership, said it has acquired 1,215,400 shares of Horsens Foods Inc, or 8.7 pct of the total outstanding, and may seek control of the company.\n Reuter\n' >"$TMP/seekctl.txt"
dry "$TMP/seekctl.txt" --model none
pycheck "a stake held, control sought" "
[i] = of('investment')
assert sorted(c['id'] for c in i['companies']) == ['horsens-foods', 'rodby-partners'] and i['data']['status'] == 'completed', i"

# A dividend omitted pays nothing ("which had been 12 cts a share"); "Nine-month net" is the
# year to date; a calendar year long over ("earned 1.83 dlrs a share in 1986", told in
# October 1987 under quarterly results) is background.
printf 'Date: 15-OCT-1987 10:00:00.00\nHELDEN TEXTILE <HLDN> OMITS DIVIDEND\nGREENSBORO, N.C., Oct 15 - Helden Textile Mills Inc said its board omitted the quarterly dividend, which had been 12 cts a share, citing losses.\n    Helden last paid a dividend on July 15. It cut the quarterly dividend to 12 cts from 20 cts last year.\n Reuter\n' >"$TMP/omit.txt"
dry "$TMP/omit.txt" --model none
pycheck "a dividend omitted, its former rate no amount" "
[d] = of('dividend')
assert d['data'] == {'action': 'suspended'}, d"
printf 'Date: 15-OCT-1987 10:00:00.00\nMELLE FOODS <MLLF> 3RD QTR NET UP 23 PCT\nCHICAGO, Oct 15 - Melle Foods Inc said its third quarter net income rose 23 pct to 8.4 mln dlrs, or 62 cts a share.\n    Nine-month net rose to 22.9 mln dlrs, or 1.69 dlrs a share, from 18.6 mln dlrs, on sales of 627.3 mln dlrs.\n    Melle earned 1.83 dlrs a share in 1986.\n Reuter\n' >"$TMP/ninem.txt"
dry "$TMP/ninem.txt" --model none
pycheck "nine-month results; last year's told in October" "
got = [e['data'].get('period') for e in of('earnings')]
assert got == ['Q3 1987', '9M 1987'], got"

# A company's bonds its holders may have to sell are no issue; an outlook cut in the body
# takes the headline's full year.
printf 'Date: 2024-07-25\nMaasland Apparel shares plunge 16%% after retailer slashes full-year forecast\n\nMaasland Apparel cut its full-year revenue forecast to $9.1 billion to $9.3 billion on Thursday.\nIt cut its adjusted earnings per share outlook to $1.60 to $1.75, from $2.05 to $2.20.\nSome funds may have to sell Maasland Apparel'"'"'s bonds.\n' >"$TMP/made.txt"
dry "$TMP/made.txt" --model none
pycheck "bonds sold by holders; the headline's year" "
got = sorted((g['data']['metric'], g['data'].get('period')) for g in of('guidance'))
assert got == [('eps', 'FY2024'), ('revenue', 'FY2024')], got
assert not of('financing'), of('financing')"

# The guards of this round's rules stay narrow: an approval granted "conditional" is one; a
# target described as "a maker of cancer drugs" stays a party; a broker "which has a large
# team" still calls; a buyback beside a plan "to cut its debt" is one; a restructuring
# "including a charge" still closes plants; a town "where land is cheap" expands nothing; a
# brand before "factory" is no place; an appeal of "the fines" is an appeal.
for b in "The European Commission granted conditional approval on Tuesday to Nordea Bank's purchase of Kesko Oyj.|regulatory_approval|status|conditional" \
    "The FDA approved Pfizer Inc's purchase of Seagen Inc, a maker of cancer drugs.|regulatory_approval|companies|2" \
    "Jefferies, which has a large team in Helsinki, cut Nokia Oyj to hold from buy.|rating_change|action|downgrade" \
    "Kesko Oyj unveiled a 200 million euro buyback on Tuesday and a plan to cut its debt.|buyback|action|authorized" \
    "Kesko Oyj said its restructuring, including a charge of 40 million euros, will close three plants in Finland.|facility|action|close" \
    "Kesko Oyj opened its new plant in Oulu, where land is cheap and close to the border.|facility|action|open" \
    "Kesko Oyj said it will close its Pirkka factory.|facility|location|-" \
    "Alphabet Inc said it would appeal the fines Google was ordered to pay.|legal|action|appeal"; do
    IFS='|' read -r text type key want <<<"$b"
    printf 'Date: 10 September 2023\nNews\n\n%s\n' "$text" >"$TMP/guard.txt"
    dry "$TMP/guard.txt" --model none
    pycheck "a narrow guard: $text" "
got = [e for e in of('$type')]
assert len(got) == 1, got
e = got[0]
v = len(e['companies']) if '$key' == 'companies' else e['data'].get('$key', '-')
assert str(v) == '$want', e"
done

# An agency that "affirmed" a company's rating names the company after it, suffix or not.
printf 'Date: 3 November 2021\nBrugelette Telecom keeps its grade\n\nVlissingen Credit Research affirmed Brugelette Telecom'"'"'s BBB- rating but revised its outlook to negative.\n' >"$TMP/affirm.txt"
dry "$TMP/affirm.txt" --model none
pycheck "a rating affirmed, the company named after the verb" "
[r] = of('rating_change')
assert sorted((c['id'], c['role']) for c in r['companies']) == [('brugelette-telecom', 'subject'), ('vlissingen-credit-research', 'analyst')] and r['data']['action'] == 'reiterate', r"

# "Lahti Networks said late Wednesday that ...": a name whose last word is its trade, before
# "said ... that", is a company, and its short form later is that company.
printf 'Date: 5 May 2022\nSome news\n\nLahtela Networks said late Wednesday that CEO Greg Halvorsen is leaving the company.\nLahtela reaffirmed its second-quarter outlook.\n' >"$TMP/saidthat.txt"
dry "$TMP/saidthat.txt" --model none
pycheck "a trade name before 'said that', its short form after" "
ids = sorted(set(e['companies'][0]['id'] for e in events))
assert ids == ['lahtela-networks'] and len(events) == 2, [e['companies'] for e in events]"

dry_checks
finish
