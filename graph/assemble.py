"""Turn resolved facts into a typed ``networkx.MultiDiGraph``.

Node keys are stable ids ("company:nvidia", "investment:3f2a..."); every node has
``label``, ``name``, ``aliases`` and ``reports``. Every edge has ``type`` and the
evidence lists of the schema; a fact read twice (a headline and its paragraph, or two
reports) becomes one node or edge with both pieces of evidence. When each fact was
reported, a deal's status history and where reports disagree are kept as
:mod:`aikg.graph.incremental.history` says.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

import networkx as nx

from aikg.extractors.names import clean_surface
from aikg.extractors.names.gate import is_entity, strip_note
from aikg.graph.incremental.history import Provenance, report_date
from aikg.graph.resolve import Resolved, Resolver
from aikg.schema import (
    DATE_PRECISIONS,
    LABELS,
    NAMED_LABELS,
    RELATIONSHIPS,
    AikgError,
    EntityFact,
    EntityRef,
    EventFact,
    Evidence,
    Fact,
    RelationFact,
    ReportMeta,
)

# How precise a date is: a finer one (higher rank) replaces a coarser one.
_PRECISION = {precision: rank for rank, precision in enumerate(DATE_PRECISIONS)}


class SchemaViolation(AikgError, ValueError):
    """A fact names a label or relationship the schema does not have, or joins the wrong
    labels; it is a bug in an extractor, reported rather than written."""


def report_node_id(report_id: str) -> str:
    return f"report:{report_id}"


def _digest(*parts: Any) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


def _append_unique(target: list, values: Iterable) -> None:
    for value in values:
        if value not in target:
            target.append(value)


def _add_evidence(attrs: dict, evidence: Evidence, seen: set | None = None) -> None:
    """Append the evidence unless the element has it; ``seen`` is the set of the
    element's (report, text, locator) triples when the caller keeps one (so that a fact
    stated by many reports does not cost a scan of its evidence per statement)."""
    if seen is None:
        seen = set(
            zip(
                attrs.setdefault("evidence_reports", []),
                attrs.setdefault("evidence_texts", []),
                attrs.setdefault("evidence_locators", []),
                strict=True,
            )
        )
    triple = (evidence.report_id, evidence.text, evidence.locator)
    if triple not in seen:
        seen.add(triple)
        attrs.setdefault("evidence_reports", []).append(evidence.report_id)
        attrs.setdefault("evidence_texts", []).append(evidence.text)
        attrs.setdefault("evidence_locators", []).append(evidence.locator)


def _merge_props(attrs: dict, props: dict) -> None:
    """Merge properties: lists are unioned, the more precise date wins, an existing
    value is kept over a later one (first report read states it)."""
    for key, value in props.items():
        if value is None or value == "" or value == []:
            continue
        if key == "date":
            new_p = _PRECISION.get(props.get("date_precision", ""), 0)
            old_p = _PRECISION.get(attrs.get("date_precision", ""), -1)
            if "date" not in attrs or (new_p > old_p and str(value).startswith(attrs["date"])):
                attrs["date"] = value
                attrs["date_precision"] = props.get("date_precision", "")
            continue
        if key == "date_precision":
            continue
        if isinstance(value, (list, tuple)) and key not in ("eps", "pe", "forecast_years"):
            _append_unique(attrs.setdefault(key, []), value)
        else:
            attrs.setdefault(key, list(value) if isinstance(value, tuple) else value)


class GraphBuilder:
    """Accumulates facts from any number of reports into one graph."""

    def __init__(self, resolver: Resolver | None = None) -> None:
        self._graph = nx.MultiDiGraph(reports={})
        self.resolver = resolver or Resolver()
        self.provenance = Provenance()
        # evidence triples per element (by the id of its attribute dict), and names
        # already gated: the same names and facts come back in every report
        self._evidence_seen: dict[int, set] = {}
        self._gate_memo: dict[EntityRef, EntityRef | None] = {}
        self._surfaces: dict[str, str] = {}
        # when a set: every node id and (u, v, key) whose attributes change from now on
        # (an update continuing a kept builder reuses what it computed of the others)
        self.touched: set | None = None

    def __getstate__(self) -> dict:
        """Pickled without the evidence sets (they are keyed by the id of an attribute
        dict, which another process does not share: each is made again from its lists)
        and without the touched set (one update's)."""
        return {**self.__dict__, "_evidence_seen": {}, "touched": None}

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The graph of the facts added so far, its status histories and conflicts
        brought up to date (they are worked out once per read, not once per fact)."""
        self.provenance.flush(self._graph, self.touched)
        return self._graph

    def _evidence(self, attrs: dict, evidence: Evidence) -> None:
        seen = self._evidence_seen.get(id(attrs))
        if seen is None:
            seen = self._evidence_seen[id(attrs)] = set(
                zip(
                    attrs.get("evidence_reports", []),
                    attrs.get("evidence_texts", []),
                    attrs.get("evidence_locators", []),
                    strict=True,
                )
            )
        _add_evidence(attrs, evidence, seen)

    # -- nodes -----------------------------------------------------------------------
    def add_report(self, meta: ReportMeta) -> str:
        node = report_node_id(meta.report_id)
        self._graph.add_node(
            node,
            label="Report",
            name=meta.title or meta.report_id,
            aliases=[],
            reports=[meta.report_id],
            title=meta.title,
            broker=meta.broker,
            period=meta.period,
            published=meta.published,
            path=meta.path,
            language=meta.language,
            report_type=meta.report_type,
            analysts=list(meta.analysts),
        )
        self.provenance.add_report(meta.report_id, report_date(meta.published, meta.period))
        if self.touched is not None:
            self.touched.add(node)
        self._graph.graph["reports"][meta.report_id] = {
            "title": meta.title,
            "period": meta.period,
            "broker": meta.broker,
            "path": meta.path,
        }
        return node

    def append_reports(self, metas: list[ReportMeta]) -> bool:
        """Add reports read after those the builder holds the facts of, their nodes put
        after the other reports' and before every other node, as though all had been
        added before any fact (as :func:`aikg.graph.pipeline.graph_from` adds them).
        False, and nothing added, when one of them is in the graph already."""
        G = self._graph
        nodes = [report_node_id(meta.report_id) for meta in metas]
        if len(set(nodes)) < len(nodes) or any(node in G for node in nodes):
            return False
        leading = 0
        for attrs in G._node.values():
            if attrs.get("label") != "Report":
                break
            leading += 1
        after = list(G._node)[leading:]
        for meta in metas:
            self.add_report(meta)
        for node in after:  # in place: the graph's views hold these dicts
            for table in (G._node, G._adj, G._pred):
                table[node] = table.pop(node)
        return True

    def _entity(self, ref: EntityRef, evidence: Evidence) -> Resolved:
        if ref.label == "Report":
            return Resolved(report_node_id(ref.name), "Report", ref.name)
        if ref.label not in LABELS:
            raise SchemaViolation(f"unknown label {ref.label!r} for {ref.name!r}")
        res = self.resolver.resolve(ref)
        attrs = self._graph.nodes.get(res.id)
        if attrs is None:
            self._graph.add_node(res.id, label=res.label, name=res.name, aliases=[], reports=[])
            attrs = self._graph.nodes[res.id]
        surface = self._surfaces.get(ref.name)
        if surface is None:
            surface = self._surfaces[ref.name] = clean_surface(ref.name)
        _append_unique(attrs["aliases"], [surface])
        _append_unique(attrs["reports"], [evidence.report_id])
        self.provenance.stamp(attrs, evidence.report_id)
        if self.touched is not None:
            self.touched.add(res.id)
        self._mention(evidence, res.id)
        return res

    def _mention(self, evidence: Evidence, node: str) -> None:
        report = report_node_id(evidence.report_id)
        if report not in self._graph or report == node:
            return
        key = f"MENTIONS:{node}"
        if not self._graph.has_edge(report, node, key):
            self._graph.add_edge(report, node, key=key, type="MENTIONS", count=0)
        attrs = self._graph.edges[report, node, key]
        attrs["count"] += 1
        self._evidence(attrs, evidence)
        if self.touched is not None:
            self.touched.add((report, node, key))

    # -- edges -----------------------------------------------------------------------
    def _edge(
        self, rel: str, src: Resolved, dst: Resolved, disc: str, props: dict, evidence: Evidence
    ) -> None:
        spec = RELATIONSHIPS.get(rel)
        if spec is None:
            raise SchemaViolation(f"unknown relationship type {rel!r}")
        if src.label not in spec.sources or dst.label not in spec.targets:
            raise SchemaViolation(
                f"{rel} cannot join {src.label} {src.name!r} to {dst.label} {dst.name!r}"
            )
        key = f"{rel}:{_digest(src.id, dst.id, disc)}"
        if not self._graph.has_edge(src.id, dst.id, key):
            self._graph.add_edge(src.id, dst.id, key=key, type=rel)
        attrs = self._graph.edges[src.id, dst.id, key]
        _merge_props(attrs, props)
        self._evidence(attrs, evidence)
        self.provenance.stamp(attrs, evidence.report_id)
        if self.touched is not None:
            self.touched.add((src.id, dst.id, key))
        if rel == "RATES":
            self.provenance.observe_rating((src.id, dst.id, key), evidence.report_id)

    # -- facts -----------------------------------------------------------------------
    def add(self, fact: Fact) -> None:
        """Add one fact. Every entity passes the gate first (:mod:`aikg.extractors.names.gate`):
        an entity fact or a relation naming junk is dropped, and so is a junk participant
        of an event; a role note a table cell added ("X(领投)") is cut off the name."""
        fact = _gated(fact, self._gate_memo)
        if fact is None:
            return
        if isinstance(fact, EntityFact):
            res = self._entity(fact.entity, fact.evidence)
            _merge_props(self._graph.nodes[res.id], fact.props)
            _append_unique(self._graph.nodes[res.id]["aliases"], fact.aliases)
        elif isinstance(fact, RelationFact):
            src = self._entity(fact.source, fact.evidence)
            dst = self._entity(fact.target, fact.evidence)
            disc = fact.props.get("action", "") if fact.type in ("RELEASED", "LAUNCHED") else ""
            self._edge(fact.type, src, dst, disc, fact.props, fact.evidence)
        elif isinstance(fact, EventFact):
            self._add_event(fact)
        else:
            raise TypeError(f"not a fact: {fact!r}")

    def _add_event(self, fact: EventFact) -> None:
        if fact.label not in LABELS:
            raise SchemaViolation(f"unknown label {fact.label!r}")
        parts = [(p, self._entity(p.entity, fact.evidence)) for p in fact.participants]
        identity = sorted(f"{p.rel_type}/{p.direction}/{r.id}" for p, r in parts)
        key_values = [str(fact.props.get(k, "")) for k in fact.key]
        node = f"{fact.label.lower()}:{_digest(fact.label, *identity, *key_values)}"
        if node not in self._graph:
            self._graph.add_node(
                node, label=fact.label, name=_event_name(fact, parts), aliases=[], reports=[]
            )
        attrs = self._graph.nodes[node]
        _append_unique(attrs["reports"], [fact.evidence.report_id])
        _merge_props(attrs, fact.props)
        self._evidence(attrs, fact.evidence)
        self.provenance.stamp(attrs, fact.evidence.report_id)
        if self.touched is not None:
            self.touched.add(node)
        self._mention(fact.evidence, node)
        event = Resolved(node, fact.label, attrs["name"])
        for part, res in parts:
            if part.direction == "in":
                self._edge(part.rel_type, res, event, "", part.props, fact.evidence)
            else:
                self._edge(part.rel_type, event, res, "", part.props, fact.evidence)
        parties = [(p.rel_type, p.direction, r.id) for p, r in parts]
        self.provenance.observe_event(
            node, fact.label, fact.props, parties, fact.evidence.report_id
        )


def _clean_ref(ref: EntityRef) -> EntityRef | None:
    """The reference with its role note cut off, or None when it is no entity.

    >>> _clean_ref(EntityRef("北溟资本(领投)", "Company"))
    EntityRef(name='北溟资本', label='Company')
    >>> _clean_ref(EntityRef("该公司", "Company")) is None
    True
    """
    if ref.label not in NAMED_LABELS:
        return ref
    name = strip_note(ref.name)
    if not is_entity(name, ref.label):
        return None
    return ref if name == ref.name else EntityRef(name, ref.label)


def _gated(fact: Fact, memo: dict | None = None) -> Fact | None:
    """The fact with its entities through the gate (see :meth:`GraphBuilder.add`);
    ``memo`` keeps the references already gated (the gate is a function of the name)."""
    memo = {} if memo is None else memo

    def clean(ref: EntityRef) -> EntityRef | None:
        if ref not in memo:
            memo[ref] = _clean_ref(ref)
        return memo[ref]

    if isinstance(fact, EntityFact):
        ref = clean(fact.entity)
        return None if ref is None else replace(fact, entity=ref)
    if isinstance(fact, RelationFact):
        source, target = clean(fact.source), clean(fact.target)
        if source is None or target is None:
            return None
        return replace(fact, source=source, target=target)
    if isinstance(fact, EventFact):
        parts = []
        for part in fact.participants:
            ref = clean(part.entity)
            if ref is not None:
                parts.append(replace(part, entity=ref))
        return replace(fact, participants=parts)
    return fact


def _event_name(fact: EventFact, parts: list) -> str:
    """A caption for an event node: its title, or who does what to whom."""
    props = fact.props
    if props.get("title"):
        return str(props["title"])
    names = {}
    for part, res in parts:
        names.setdefault(part.rel_type, []).append(res.name)
    sources = names.get("MAKES_INVESTMENT") or names.get("PAYS_FOR") or names.get("PARTY_TO")
    targets = names.get("INVESTS_IN") or names.get("PAID_TO") or names.get("ANNOUNCED")
    what = props.get("round_text") or props.get("kind") or fact.label.lower()
    if props.get("summary") and not sources:
        return str(props["summary"])[:60]
    left = " + ".join(sources or [])
    right = " + ".join(targets or [])
    arrow = " → " if left and right else ""
    return f"{left}{arrow}{right} ({what})".strip()


def build_graph(facts: Iterable[Fact], reports: Iterable[ReportMeta]) -> nx.MultiDiGraph:
    """Build the graph from facts and the metadata of the reports they came from.

    >>> from aikg.schema import EntityRef, Evidence, RelationFact, ReportMeta
    >>> ev = Evidence("r1", "11月19日，谷歌发布 Gemini 3。", "line 9")
    >>> fact = RelationFact("RELEASED", EntityRef("谷歌", "Company"),
    ...                     EntityRef("Gemini 3", "Model"), ev, {"date": "2025-11-19"})
    >>> G = build_graph([fact], [ReportMeta("r1", period="2025-12")])
    >>> [(d["type"], d["date"]) for _, _, d in G.edges(data=True) if d["type"] != "MENTIONS"]
    [('RELEASED', '2025-11-19')]
    """
    facts = list(facts)
    builder = GraphBuilder()
    builder.resolver.learn(facts)
    for meta in reports:
        builder.add_report(meta)
    for fact in facts:
        builder.add(fact)
    return builder.graph
