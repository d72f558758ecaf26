"""When facts were reported, how a deal's status moved, and where reports disagree.

The graph builder keeps one :class:`Provenance` and calls it as it adds facts, so the
graph always carries (property names in :mod:`aikg.schema.provenance`):

* ``first_reported`` / ``last_reported`` on every node and relationship a report states;
* on each Investment and Deal, the status every report gave (``status_history*``) and
  ``status`` as the latest report gives it;
* ``conflict_*`` where two reports disagree on the same deal (its amount, currency, date,
  stake or status) or on the same rating row (two reports of the same date rating one
  company with other figures).

"The same deal" is one node, or, where reports gave it another date or amount (which
are part of an event node's identity), the nodes with the same label, kind, round and
parties when no single report states two of them: two reports telling one deal, not one
report telling two.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from aikg.schema.provenance import DEAL_CONFLICT_KEYS, HISTORY_LABELS, RATING_CONFLICT_KEYS

__all__ = ["Provenance", "report_date", "shown_value"]

EdgeKey = tuple[str, str, str]
# what a flush writes on a deal's nodes besides ``status`` and the conflicts
_DEAL_FLUSHED = (
    "status_history",
    "status_history_dates",
    "status_history_reports",
    "same_deal_nodes",
)


def report_date(published: str, period: str) -> str:
    """A report's date: its publication date, else its period ("" when neither).

    >>> report_date("", "2025-11"), report_date("2025-12-03", "2025-12")
    ('2025-11', '2025-12-03')
    """
    return published or period or ""


def shown_value(value: Any) -> str:
    """A property value as one string for the conflict lists (text as it is, else JSON).

    >>> shown_value(1.5e10), shown_value("signed"), shown_value([1.0, None])
    ('15000000000.0', 'signed', '[1.0, null]')
    """
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _same(key: str, a: Any, b: Any) -> bool:
    """Whether two reports' values of ``key`` agree: numbers within rounding, a date
    and a finer date inside it ("2025-09" and "2025-09-22")."""
    if key == "date" and isinstance(a, str) and isinstance(b, str):
        return a.startswith(b) or b.startswith(a)
    if isinstance(a, float | int) and isinstance(b, float | int):
        return math.isclose(a, b, rel_tol=1e-9) or (math.isnan(a) and math.isnan(b))
    return a == b


def _stamp(attrs: dict, date: str) -> None:
    if not date:
        return
    if not attrs.get("first_reported") or date < attrs["first_reported"]:
        attrs["first_reported"] = date
    if not attrs.get("last_reported") or date > attrs["last_reported"]:
        attrs["last_reported"] = date


def _conflicts(observed: list[tuple[str, str, dict]], keys: tuple[str, ...]) -> list[tuple]:
    """(property, value, report) of every property on which the reports disagree.

    ``observed`` holds (report date, report id, values) per report, oldest first. A status
    differing between reports of different dates is a history, not a conflict.
    """
    out = []
    for key in keys:
        seen = [(date, rid, vals[key]) for date, rid, vals in observed if vals.get(key) is not None]
        if key == "status":
            by_date: dict[str, list] = defaultdict(list)
            for entry in seen:
                by_date[entry[0]].append(entry)
            groups = list(by_date.values())
        else:
            groups = [seen]
        for group in groups:
            if any(not _same(key, group[0][2], other[2]) for other in group[1:]):
                out.extend((key, shown_value(value), rid) for _, rid, value in group)
    return out


def _write_conflicts(attrs: dict, conflicts: list[tuple]) -> None:
    for name in ("conflict_properties", "conflict_values", "conflict_reports"):
        attrs.pop(name, None)
    if conflicts:
        attrs["conflict_properties"] = [c[0] for c in conflicts]
        attrs["conflict_values"] = [c[1] for c in conflicts]
        attrs["conflict_reports"] = [c[2] for c in conflicts]


@dataclass
class Provenance:
    """What the builder has seen per report, to date facts and find history and conflicts."""

    dates: dict[str, str] = field(default_factory=dict)  # report id -> report date
    # event node -> report id -> the deal properties that report gave first
    _event_values: dict[str, dict[str, dict]] = field(default_factory=dict)
    _deal_groups: dict[tuple, list[str]] = field(default_factory=dict)
    _node_group: dict[str, tuple] = field(default_factory=dict)
    _rating_rows: dict[tuple[str, str], list[EdgeKey]] = field(default_factory=dict)
    # deals and rating rows observed since the last flush
    _dirty_deals: set[tuple] = field(default_factory=set)
    _dirty_rows: set[tuple[str, str]] = field(default_factory=set)

    def add_report(self, report_id: str, date: str) -> None:
        """Know a report's date (call before adding its facts)."""
        self.dates[report_id] = date

    def stamp(self, attrs: dict, report_id: str) -> None:
        """Widen ``first_reported``/``last_reported`` of a node or edge to this report."""
        _stamp(attrs, self.dates.get(report_id, ""))

    def _observed(self, nodes: list[str]) -> list[tuple[str, str, dict]]:
        rows = [
            (self.dates.get(rid, ""), rid, values)
            for node in nodes
            for rid, values in self._event_values.get(node, {}).items()
        ]
        return sorted(rows, key=lambda row: (row[0], row[1]))

    def observe_event(self, node: str, label: str, props: dict, parties: list, rid: str) -> None:
        """Record what report ``rid`` says of an event node (see :meth:`flush`).

        ``parties`` are (relationship type, direction, node id) of its participants.
        """
        if label not in HISTORY_LABELS:
            return
        values = self._event_values.setdefault(node, {})
        values.setdefault(rid, {k: props.get(k) for k in DEAL_CONFLICT_KEYS})
        if node not in self._node_group:
            signature = (
                label,
                str(props.get("kind", "")),
                str(props.get("round", "")),
                tuple(sorted(p for p in parties if p[0] != "INVOLVES")),
            )
            self._node_group[node] = signature
            self._deal_groups.setdefault(signature, []).append(node)
        self._dirty_deals.add(self._node_group[node])

    def flush(self, G: nx.MultiDiGraph, touched: set | None = None) -> None:
        """Write the status history and conflicts of every deal and rating row observed
        since the last flush onto ``G``. ``touched`` (the builder's, when it keeps one):
        the nodes and relationships whose facts changed; a deal or rating row with one
        of them may change as a whole, so all of its members are added. (The others come
        out as they were: what is written is a function of the members' observations.)

        Flushing after each batch of reports gives what one flush after all of them
        gives, properties in the same order: a deal or row no new fact observes is left
        as it was written, and what a flush writes goes after the facts' properties
        again (an update continues a builder flushed when it was kept)."""
        for signature in sorted(self._dirty_deals, key=str):
            nodes = self._deal_groups[signature]
            self._refresh_deal(G, nodes)
            if touched is not None and not touched.isdisjoint(nodes):
                touched.update(nodes)
        for row in sorted(self._dirty_rows):
            self._refresh_rating(G, row)
            members = self._rating_rows[row]
            if touched is not None and not touched.isdisjoint(members):
                touched.update(members)
        self._dirty_deals.clear()
        self._dirty_rows.clear()

    def _one_deal(self, nodes: list[str]) -> list[list[str]]:
        """The nodes as deals: all one deal when no report states two of them, else each
        node its own."""
        seen: set[str] = set()
        for node in nodes:
            reports = set(self._event_values.get(node, {}))
            if reports & seen:
                return [[n] for n in nodes]
            seen |= reports
        return [sorted(nodes)]

    def _refresh_deal(self, G: nx.MultiDiGraph, nodes: list[str]) -> None:
        for deal in self._one_deal(nodes):
            observed = self._observed(deal)
            history = [(date, rid, vals.get("status")) for date, rid, vals in observed]
            history = [entry for entry in history if entry[2]]
            conflicts = _conflicts(observed, DEAL_CONFLICT_KEYS)
            for node in deal:
                attrs = G.nodes[node]
                # written again last, after any property a later report's fact added:
                # where one flush after all facts would put them (a kept builder was
                # flushed before the next update's facts came)
                for name in _DEAL_FLUSHED:
                    attrs.pop(name, None)
                if history:
                    attrs["status_history"] = [h[2] for h in history]
                    attrs["status_history_dates"] = [h[0] for h in history]
                    attrs["status_history_reports"] = [h[1] for h in history]
                own = [h for h in history if h[1] in self._event_values.get(node, {})]
                if len(own) > 1:  # the latest report this node stands on gives the status
                    attrs["status"] = own[-1][2]
                others = [n for n in deal if n != node]
                if others:
                    attrs["same_deal_nodes"] = others
                else:
                    attrs.pop("same_deal_nodes", None)
                _write_conflicts(attrs, conflicts)

    def observe_rating(self, edge: EdgeKey, rid: str) -> None:
        """Record a RATES edge; its row is flagged where a report of the same date rates
        the same company with other figures (see :meth:`flush`)."""
        row = (edge[1], self.dates.get(rid, ""))
        members = self._rating_rows.setdefault(row, [])
        if edge not in members:
            members.append(edge)
        if row[1]:  # an undated report cannot be set beside another
            self._dirty_rows.add(row)

    def _refresh_rating(self, G: nx.MultiDiGraph, row: tuple[str, str]) -> None:
        members = self._rating_rows[row]
        observed = []
        for u, v, k in members:
            attrs = G.edges[u, v, k]
            source = (attrs.get("evidence_reports") or [""])[0]
            observed.append((row[1], source, {key: attrs.get(key) for key in RATING_CONFLICT_KEYS}))
        conflicts = _conflicts(sorted(observed, key=lambda o: o[1]), RATING_CONFLICT_KEYS)
        for u, v, k in members:
            _write_conflicts(G.edges[u, v, k], conflicts)
