"""Facts as JSON and back, exactly: the schema's records (``EntityFact``, ``RelationFact``,
``EventFact`` with their ``Evidence``, ``EntityRef`` and ``Participant``; ``ReportMeta``)
and the per-document outcome of the pipeline.

Property values are JSON values except tuples, which are tagged (``{"tuple": [...]}``) so
that what is read back equals what was written, type for type.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from aikg.graph.pipeline import DocumentOutcome, ReportFacts
from aikg.schema import (
    AikgError,
    EntityFact,
    EntityRef,
    EventFact,
    Evidence,
    Fact,
    Participant,
    RelationFact,
    ReportError,
    ReportMeta,
)

__all__ = [
    "SerialError",
    "fact_from_json",
    "fact_to_json",
    "outcome_from_json",
    "outcome_to_json",
    "value_from_json",
    "value_to_json",
]

_TUPLE, _DICT = "tuple", "dict"


class SerialError(AikgError, ValueError):
    """A value or record that cannot be written as JSON, or JSON that is no record."""


def value_to_json(value: Any) -> Any:
    """A property value as JSON: scalars as they are, lists as lists, tuples and dicts
    tagged so they come back as tuples and dicts.

    >>> value_to_json(("a", [1.5, None]))
    {'tuple': ['a', [1.5, None]]}
    """
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list):
        return [value_to_json(v) for v in value]
    if isinstance(value, tuple):
        return {_TUPLE: [value_to_json(v) for v in value]}
    if isinstance(value, dict) and all(isinstance(k, str) for k in value):
        return {_DICT: {k: value_to_json(v) for k, v in value.items()}}
    raise SerialError(f"cannot cache a value of type {type(value).__name__}: {value!r}")


def value_from_json(data: Any) -> Any:
    """Read back what :func:`value_to_json` wrote.

    >>> value_from_json(value_to_json({"eps": (1.0, None)}))
    {'eps': (1.0, None)}
    """
    if isinstance(data, list):
        return [value_from_json(v) for v in data]
    if isinstance(data, dict):
        if set(data) == {_TUPLE}:
            return tuple(value_from_json(v) for v in data[_TUPLE])
        if set(data) == {_DICT}:
            return {k: value_from_json(v) for k, v in data[_DICT].items()}
        raise SerialError(f"not a cached value: {data!r}")
    return data


def _props(props: dict[str, Any]) -> dict[str, Any]:
    return {k: value_to_json(v) for k, v in props.items()}


def _props_back(data: dict[str, Any]) -> dict[str, Any]:
    return {k: value_from_json(v) for k, v in data.items()}


def _ref(ref: EntityRef) -> list[str]:
    return [ref.name, ref.label]


def _ref_back(data: list[str]) -> EntityRef:
    return EntityRef(data[0], data[1])


def _evidence(ev: Evidence) -> list[str]:
    return [ev.report_id, ev.text, ev.locator]


def _evidence_back(data: list[str]) -> Evidence:
    return Evidence(data[0], data[1], data[2])


def fact_to_json(fact: Fact) -> dict[str, Any]:
    """One fact as a JSON object whose ``kind`` names its record type."""
    if isinstance(fact, EntityFact):
        return {
            "kind": "entity",
            "entity": _ref(fact.entity),
            "evidence": _evidence(fact.evidence),
            "props": _props(fact.props),
            "aliases": list(fact.aliases),
        }
    if isinstance(fact, RelationFact):
        return {
            "kind": "relation",
            "type": fact.type,
            "source": _ref(fact.source),
            "target": _ref(fact.target),
            "evidence": _evidence(fact.evidence),
            "props": _props(fact.props),
        }
    if isinstance(fact, EventFact):
        return {
            "kind": "event",
            "label": fact.label,
            "props": _props(fact.props),
            "participants": [
                [p.rel_type, p.direction, _ref(p.entity), _props(p.props)]
                for p in fact.participants
            ],
            "evidence": _evidence(fact.evidence),
            "key": list(fact.key),
        }
    raise SerialError(f"not a fact: {fact!r}")


def fact_from_json(data: dict[str, Any]) -> Fact:
    """Read back what :func:`fact_to_json` wrote; :class:`SerialError` if it is no fact."""
    try:
        kind = data["kind"]
        if kind == "entity":
            return EntityFact(
                _ref_back(data["entity"]),
                _evidence_back(data["evidence"]),
                _props_back(data["props"]),
                tuple(data["aliases"]),
            )
        if kind == "relation":
            return RelationFact(
                data["type"],
                _ref_back(data["source"]),
                _ref_back(data["target"]),
                _evidence_back(data["evidence"]),
                _props_back(data["props"]),
            )
        if kind == "event":
            return EventFact(
                data["label"],
                _props_back(data["props"]),
                [
                    Participant(rel, direction, _ref_back(ref), _props_back(props))
                    for rel, direction, ref, props in data["participants"]
                ],
                _evidence_back(data["evidence"]),
                tuple(data["key"]),
            )
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise SerialError(f"not a cached fact: {exc}") from None
    raise SerialError(f"unknown fact kind {data.get('kind')!r}")


def outcome_to_json(outcome: DocumentOutcome) -> dict[str, Any]:
    """One document's outcome (its report metadata, facts and warnings, or its error)."""
    data: dict[str, Any] = {"path": outcome.path, "content_hash": outcome.content_hash}
    if outcome.report is not None:
        data["report"] = {
            "meta": asdict(outcome.report.meta),
            "facts": [fact_to_json(f) for f in outcome.report.facts],
            "warnings": list(outcome.report.warnings),
        }
    if outcome.error is not None:
        data["error"] = asdict(outcome.error)
    return data


def outcome_from_json(data: dict[str, Any]) -> DocumentOutcome:
    """Read back what :func:`outcome_to_json` wrote."""
    try:
        report = None
        if "report" in data:
            rep = data["report"]
            report = ReportFacts(
                ReportMeta(**rep["meta"]),
                [fact_from_json(f) for f in rep["facts"]],
                list(rep["warnings"]),
            )
        error = ReportError(**data["error"]) if "error" in data else None
        return DocumentOutcome(data["path"], data.get("content_hash"), report, error)
    except (KeyError, TypeError) as exc:
        raise SerialError(f"not a cached document outcome: {exc}") from None
