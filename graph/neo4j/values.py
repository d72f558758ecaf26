"""Values as Neo4j is given them: each property typed by the schema, DATE properties with
their ``_value`` date beside them, evidence as (report, text, locator) triples, and schema
names checked before they are written into Cypher.

How values are written:

* each property is converted to the type :func:`aikg.schema.model.properties_of` gives it:
  floats as floats, lists as lists; None, and "" for a non-string type, means not given and
  is not written; a None inside a list (Neo4j lists hold no nulls) is written as NaN in a
  float list and "" in a string list, so that parallel lists (``forecast_years``/``eps``)
  stay aligned; attributes the schema does not name are not written either (they are
  counted in ``LoadStats.skipped_properties``);
* a ``date`` property (any schema property of type DATE, e.g. ``date``, ``published``)
  keeps what the report gave: a Neo4j ``date`` for ``YYYY-MM-DD``, the string itself for
  ``YYYY-MM`` or ``YYYY``. Beside it ``<name>_value`` is always a Neo4j ``date``, the first
  day of the period (``2025-03`` -> ``2025-03-01``): order and filter on ``date_value``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Set
from typing import Any

from aikg.schema.model import (
    BOOL,
    DATE,
    EVIDENCE_PROPERTIES,
    FLOAT,
    FLOATS,
    INT,
    STRING,
    STRINGS,
    properties_of,
)
from aikg.schema.provenance import DERIVED_PROPERTIES

__all__ = [
    "DATE_VALUE_SUFFIX",
    "EVIDENCE_KEYS",
    "UNION_PROPERTIES",
    "carries_evidence",
    "convert",
    "date_properties",
    "derived_cleared",
    "evidence_triples",
    "parse_date",
    "quoted",
    "typed_properties",
]

# Node list properties that are unioned with the stored value instead of overwritten.
UNION_PROPERTIES: tuple[str, ...] = ("aliases", "reports")
EVIDENCE_KEYS: tuple[str, ...] = tuple(EVIDENCE_PROPERTIES)  # reports, texts, locators
DATE_VALUE_SUFFIX = "_value"

_IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def quoted(name: str, kinds: Mapping[str, object]) -> str:
    """`name` back-quoted for Cypher, after checking it is a schema label or type."""
    if name not in kinds or not _IDENTIFIER.match(name):
        raise ValueError(f"not a schema label or relationship type: {name!r}")
    return f"`{name}`"


def date_properties(kind: str) -> list[str]:
    """The DATE-typed properties of a label or relationship type."""
    return [name for name, typ in properties_of(kind).items() if typ == DATE]


def parse_date(value: object) -> tuple[object, dt.date]:
    """(stored value, first-day date) for a schema DATE value.

    ``"2025-03-14"`` -> (date(2025, 3, 14), date(2025, 3, 14));
    ``"2025-03"`` -> ("2025-03", date(2025, 3, 1)); ``"2025"`` -> ("2025", date(2025, 1, 1)).
    """
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value, value
    match = _DATE.match(str(value).strip()) if isinstance(value, str) else None
    if not match:
        raise ValueError(f"not a YYYY-MM-DD, YYYY-MM or YYYY date: {value!r}")
    year, month, day = match.groups()
    first = dt.date(int(year), int(month or 1), int(day or 1))
    return (first if day else match.group(0)), first


def convert(value: object, typ: str) -> Any:
    """`value` as the schema type `typ` wants it written (dates: see :func:`parse_date`)."""
    if typ == STRING:
        if isinstance(value, str):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
    elif typ == FLOAT:
        if isinstance(value, int | float | str) and not isinstance(value, bool):
            return float(value)
    elif typ == INT:
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, int | str) and not isinstance(value, bool):
            return int(value)
    elif typ == BOOL:
        if isinstance(value, bool):
            return value
    elif typ in (STRINGS, FLOATS):
        if typ == STRINGS and type(value) is list and all(type(i) is str for i in value):
            return list(value)  # the common case (reports, evidence), without a call per item
        items = [value] if isinstance(value, str | int | float) else value
        if isinstance(items, Iterable):
            seq = sorted(items) if isinstance(items, set | frozenset) else list(items)
            # Neo4j lists hold no nulls: a gap stays a gap, so parallel lists stay aligned.
            if typ == STRINGS:
                return ["" if item is None else convert(item, STRING) for item in seq]
            return [math.nan if item is None else convert(item, FLOAT) for item in seq]
    raise ValueError(f"cannot write {value!r} as {typ}")


def typed_properties(
    kind: str,
    attrs: Mapping[str, Any],
    skip: Set[str],
    skipped: Counter,
    schema: Mapping[str, str] | None = None,
) -> dict:
    """The schema-typed properties of one node or edge, without the `skip` keys.

    ``schema`` is ``properties_of(kind)``, passed in by callers that convert many rows.
    """
    schema = properties_of(kind) if schema is None else schema
    out: dict[str, Any] = {}
    for name, value in attrs.items():
        if name in skip or value is None:
            continue
        typ = schema.get(name)
        if typ is None:
            skipped[f"{kind}.{name}"] += 1
            continue
        if value == "" and typ != STRING:  # an empty date or number: not given
            continue
        if typ == DATE:
            out[name], out[name + DATE_VALUE_SUFFIX] = parse_date(value)
        else:
            out[name] = convert(value, typ)
    return out


def derived_cleared(kind: str) -> dict:
    """A null for each derived property (report dates, status history, conflicts) of
    ``kind``. The batch queries ``SET += `` it before a row's own properties, so a derived
    value a previous load wrote and this build no longer has (a conflict a removed report
    made) is removed, with one map per batch instead of nulls in every row.

    >>> sorted(derived_cleared("Company"))[:2]
    ['first_reported', 'first_reported_value']
    """
    schema = properties_of(kind)
    out: dict = {}
    for name in DERIVED_PROPERTIES:
        if name in schema:
            out[name] = None
            if schema[name] == DATE:
                out[name + DATE_VALUE_SUFFIX] = None
    return out


def carries_evidence(kind: str, schema: Mapping[str, str] | None = None) -> bool:
    """Whether a label or relationship type has the three evidence lists."""
    return set(EVIDENCE_KEYS) <= set(properties_of(kind) if schema is None else schema)


def evidence_triples(
    kind: str, attrs: Mapping[str, Any], schema: Mapping[str, str] | None = None
) -> list[list[str]] | None:
    """The evidence as [report, text, locator] triples; None when `kind` carries none.

    A shorter list is padded with empty strings, so the triples stay aligned.
    ``schema`` is ``properties_of(kind)`` when the caller has it.
    """
    if not carries_evidence(kind, schema):
        return None
    columns = [convert(attrs.get(key) or [], STRINGS) for key in EVIDENCE_KEYS]
    width = max(map(len, columns), default=0)
    columns = [col + [""] * (width - len(col)) for col in columns]
    return [list(triple) for triple in zip(*columns, strict=True)]
