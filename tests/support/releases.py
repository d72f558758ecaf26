"""The model releases the AI-dynamics extractor reads in a report written at test time."""

from __future__ import annotations

from pathlib import Path

from aikg.extractors import ai_dynamics
from aikg.extractors.document import read_document, segment
from aikg.schema import RelationFact


def releases_in(path: Path, text: str) -> set[tuple]:
    """Write ``text`` to ``path`` and return its releases as (maker, model, action, date)."""
    path.write_text(text, encoding="utf-8")
    facts = ai_dynamics.extract(segment(read_document(path)))
    return {
        (f.source.name, f.target.name, f.props.get("action"), f.props.get("date"))
        for f in facts
        if isinstance(f, RelationFact) and f.type == "RELEASED"
    }
