"""SentiFM labels grouped by the seismo type they map to (docs/model.md), and the event
types that count for a group; shared by sentifm.sh and cv.sh."""
import collections

GROUPS = collections.OrderedDict([
    ("earnings", {"Profit", "QuarterlyResults", "Turnover"}),
    ("metric_change", {"SalesVolume"}),
    ("acquisition", {"MergerAcquisition"}),
    ("rating_change", {"BuyRating", "TargetPrice"}),
    ("dividend", {"Dividend"}),
    ("buyback", {"ShareRepurchase"}),
    ("financing", {"Debt"}),
])
EVENT = {"investment": "acquisition"}
