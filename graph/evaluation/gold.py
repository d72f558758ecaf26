"""Gold files: hand-labelled facts per category, read and checked before scoring.

A gold file is JSON: ``reports`` (the report stems it covers), optionally ``scope`` (per
category, the reports and line ranges where it is complete), and one list per category
of :data:`CATEGORIES` (and optionally ``entities``, :data:`SCORED`). :func:`load_gold`
reads one and raises :class:`GoldError` with a one-line reason when it cannot be scored
against; :func:`validate_gold` lists what is wrong with one.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from aikg.extractors.document.script import simplified
from aikg.graph.evaluation.match import as_list
from aikg.schema import DEAL_KINDS, INVESTMENT_KINDS, RELEASE_ACTIONS, ROUNDS, STATUSES, AikgError

__all__ = ["CATEGORIES", "ENTITIES", "SCORED", "GoldError", "load_gold", "validate_gold"]

CATEGORIES: tuple[str, ...] = (
    "model_releases",
    "ratings",
    "investments",
    "chips",
    "deals",
    "policies",
    "partnerships",
)
# The entities a report names, scored by name per report (a gold file may leave it out:
# the seeds' gold has none).
ENTITIES = "entities"
SCORED: tuple[str, ...] = (*CATEGORIES, ENTITIES)


class GoldError(AikgError, ValueError):
    """A gold file that cannot be scored against; the message is one line."""


def load_gold(path: str | Path) -> dict:
    """Read and check the gold file at ``path`` (ours for the seeds: ``tests/gold/seeds.json``).

    Raises :class:`GoldError` naming the file and the reason when it is missing, empty,
    not JSON, holds none of the categories, or fails :func:`validate_gold`.
    """
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise GoldError(f"{path}: cannot read the gold file: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise GoldError(f"{path}: the gold file is not UTF-8 text") from exc
    if not text.strip():
        raise GoldError(f"{path}: the gold file is empty")
    try:
        gold = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}: the gold file is not JSON ({exc})") from exc
    if not isinstance(gold, dict) or not any(isinstance(gold.get(c), list) for c in CATEGORIES):
        raise GoldError(
            f"{path}: not a gold file: it holds none of the categories {', '.join(CATEGORIES)}"
        )
    problems = validate_gold(gold)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise GoldError(f"{path}: {problems[0]}{more}")
    return in_reading_script(gold)


def in_reading_script(gold: dict) -> dict:
    """The gold with its facts' words in the script aikg reads: a report in traditional
    characters is read folded to simplified ones (``extractors/document/script.py``), so
    its gold, which keeps the report's own surface forms ("騰訊", "買入"), is compared in
    the folded form; report ids, line numbers and notes are left as they are.

    >>> in_reading_script({"ratings": [{"company": "騰訊控股", "rating": "買入", "note": "評"}]})
    {'ratings': [{'company': '腾讯控股', 'rating': '买入', 'note': '評'}]}
    """

    def fold(value: Any) -> Any:
        if isinstance(value, str):
            return simplified(value)
        if isinstance(value, list):
            return [fold(v) for v in value]
        if isinstance(value, dict):
            return {k: fold(v) for k, v in value.items()}
        return value

    kept = {"report", "note", "line", "_doc"}
    out = dict(gold)
    for category in SCORED:
        if isinstance(gold.get(category), list):
            out[category] = [
                {k: v if k in kept else fold(v) for k, v in item.items()}
                if isinstance(item, dict)
                else item
                for item in gold[category]
            ]
    return out


_REQUIRED_KEYS = {
    "model_releases": ("maker", "model", "action"),
    "ratings": ("ticker", "company", "rating", "close"),
    "investments": ("investor", "investee"),
    "chips": ("vendor", "chip", "chip_type", "process_nm", "fp16_tflops", "power_w"),
    "deals": ("payer", "payee", "kind"),
    "policies": ("title",),
    "partnerships": ("parties",),
    "entities": ("label", "name"),
}
_VOCABULARY = {
    "direction": ("either",),
    "date_from": ("period", "context"),
    "action": RELEASE_ACTIONS,
    "round": ROUNDS,
    "status": STATUSES,
}
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def validate_gold(gold: dict) -> list[str]:
    """Problems with a gold file: unknown reports, missing keys, words off the schema's
    vocabularies, malformed dates. An empty list means the file is sound.

    >>> validate_gold({"reports": {"r": ""}, "deals": [{"report": "r", "payer": "A",
    ...     "payee": "B", "kind": "gift", "date": "2025/1"}]})
    ['deals[0]: kind gift not in the schema', 'deals[0]: date 2025/1 is not ISO']
    """
    problems = []
    reports = set(gold.get("reports") or {})
    for name in SCORED:
        for n, item in enumerate(gold.get(name) or []):
            where = f"{name}[{n}]"
            if item.get("report") not in reports:
                problems.append(f"{where}: unknown report {item.get('report')}")
            problems += [f"{where}: no {k}" for k in _REQUIRED_KEYS[name] if k not in item]
            problems += _vocabulary_problems(name, item, where)
            problems += [
                f"{where}: date {d} is not ISO"
                for d in as_list(item.get("date"))
                if not _ISO.match(d)
            ]
    return problems


def _vocabulary_problems(name: str, item: dict, where: str) -> list[str]:
    words = dict(_VOCABULARY)
    words["kind"] = DEAL_KINDS if name == "deals" else INVESTMENT_KINDS
    return [
        f"{where}: {key} {value} not in the schema"
        for key, allowed in words.items()
        for value in as_list(item.get(key))
        if value not in allowed
    ]
