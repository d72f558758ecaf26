"""Values the text states, one module per dimension (as duckling keeps one rule set per
dimension): :mod:`.dates` (ISO dates with their precision, resolved against the report
period), :mod:`.amounts` (money with currency and qualifier, percentages),
:mod:`.rounds` (investment rounds) and :mod:`.status` (the status of a deal or
investment from the words beside it)."""

from aikg.extractors.values.amounts import Amount, find_amounts, find_percents, parse_amount
from aikg.extractors.values.dates import (
    DateValue,
    find_dates,
    lead_span,
    leading_date,
    resolve_date,
)
from aikg.extractors.values.rounds import normalise_round
from aikg.extractors.values.status import first_status, nearest_status

__all__ = [
    "Amount",
    "DateValue",
    "find_amounts",
    "find_dates",
    "first_status",
    "find_percents",
    "lead_span",
    "leading_date",
    "nearest_status",
    "normalise_round",
    "parse_amount",
    "resolve_date",
]
