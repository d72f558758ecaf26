"""Properties that say when and how consistently a fact was reported (new in the
incremental builds): report dates, status history, and conflicts between reports.

They are not shown in the label tables of the README (they are the same on every fact);
:func:`aikg.schema.properties_of` adds them to each label and relationship type that
carries them, so the loader types them like any other property.

* ``first_reported`` / ``last_reported``: the earliest and latest date of the reports
  that state the fact (a report's date is its publication date, else its period); the
  fact's own ``date`` says when it happened.
* ``status_history``, ``status_history_dates``, ``status_history_reports``: on an
  Investment or Deal, one entry per report that states it (oldest report first): the
  status that report gives, the report's date, the report's id. ``same_deal_nodes``: the
  other nodes the same deal became because reports gave it another date or amount.
* ``conflict_properties``, ``conflict_values``, ``conflict_reports``: one entry per
  (property, report) where reports disagree on a property of the same fact: the
  property, the value that report gives (text; JSON for numbers and lists), the report.
"""

from __future__ import annotations

DATE_TYPE, STRINGS_TYPE = "date", "string[]"  # as aikg.schema.model names them

REPORTED_PROPERTIES: dict[str, str] = {
    "first_reported": DATE_TYPE,
    "last_reported": DATE_TYPE,
}
HISTORY_PROPERTIES: dict[str, str] = {
    "status_history": STRINGS_TYPE,
    "status_history_dates": STRINGS_TYPE,
    "status_history_reports": STRINGS_TYPE,
    "same_deal_nodes": STRINGS_TYPE,
}
CONFLICT_PROPERTIES: dict[str, str] = {
    "conflict_properties": STRINGS_TYPE,
    "conflict_values": STRINGS_TYPE,
    "conflict_reports": STRINGS_TYPE,
}
# Labels whose status is kept as a history.
HISTORY_LABELS: tuple[str, ...] = ("Investment", "Deal")
# Properties compared between reports of the same deal, and of the same rating row.
DEAL_CONFLICT_KEYS: tuple[str, ...] = ("amount", "currency", "date", "stake_pct", "status")
RATING_CONFLICT_KEYS: tuple[str, ...] = (
    "rating",
    "close_price",
    "target_price",
    "market_cap_mn",
    "eps",
    "pe",
)
# Every property of this module: a build rewrites them whole on each load.
DERIVED_PROPERTIES: tuple[str, ...] = (
    *REPORTED_PROPERTIES,
    *HISTORY_PROPERTIES,
    *CONFLICT_PROPERTIES,
)


def provenance_properties(kind: str, declared: dict[str, str]) -> dict[str, str]:
    """The properties of this module that a label or relationship type carries, given
    the properties it declares: report dates on every fact and named thing except a
    Report, conflicts where there is evidence, status history on Investment and Deal.

    >>> sorted(provenance_properties("Report", {"title": "string"}))
    []
    >>> "conflict_values" in provenance_properties("RATES", {"evidence_reports": "x"})
    True
    """
    if kind == "Report":
        return {}
    out = dict(REPORTED_PROPERTIES)
    if "evidence_reports" in declared:
        out.update(CONFLICT_PROPERTIES)
    if kind in HISTORY_LABELS:
        out.update(HISTORY_PROPERTIES)
    return out
