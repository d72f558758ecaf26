"""A name found in a text: its span, surface form and schema label. Every finder of
:mod:`.mentions` returns these, and the role patterns read them masked (:mod:`.masking`)."""

from __future__ import annotations

from dataclasses import dataclass

from aikg.schema import PARTY_LABELS


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str  # the surface form, cleaned
    label: str  # schema label
    canonical: str = ""  # the alias list's canonical name, if known
    parent: str = ""  # the alias list's parent (a chip's designer, a unit's company)
    loose: bool = False  # found as a bare capitalised run only (no list, suffix or role)

    @property
    def is_company(self) -> bool:
        return self.label in PARTY_LABELS
