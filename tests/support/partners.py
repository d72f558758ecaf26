"""The partnerships the relations recogniser reads in a report written at test time."""

from __future__ import annotations

from pathlib import Path

from aikg.extractors import relations
from aikg.extractors.document import read_document, segment


def partners_in(path: Path, text: str) -> dict[frozenset[str], dict]:
    """Write ``text`` to ``path`` and return its PARTNERS_WITH pairs with their props."""
    path.write_text(text, encoding="utf-8")
    facts = relations.extract(segment(read_document(path)))
    return {
        frozenset((f.source.name, f.target.name)): f.props
        for f in facts
        if f.type == "PARTNERS_WITH"
    }
