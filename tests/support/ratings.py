"""The ratings the table and prose rating readers give for a report written at test time."""

from __future__ import annotations

from pathlib import Path

from aikg.extractors import tables
from aikg.extractors.document import read_document, segment
from aikg.schema import RelationFact


def ratings_in(tmp_path: Path, text: str) -> dict[str, dict]:
    """Write ``text`` as a markdown note in ``tmp_path`` and return its ``RATES`` facts'
    properties by the rated company's name."""
    path = tmp_path / "note.md"
    path.write_text(text, encoding="utf-8")
    facts = tables.extract(segment(read_document(path)))
    return {
        f.target.name: f.props for f in facts if isinstance(f, RelationFact) and f.type == "RATES"
    }
