"""Who a masked sentence is about, and what its anaphors refer to.

The subject is the first company mention that does not merely modify a later noun
("⟨0⟩支持的云公司 ⟨1⟩": ⟨1⟩). An anaphor's mode (``rules/relations/`` "anaphors")
says what it refers to: ``subject`` (the sentence or paragraph subject), ``other`` (the
other party of the deal at hand), ``previous`` (the nearest company named before it) or
``investee`` (the last investee: an SPV belongs to the company it funds).
"""

from __future__ import annotations

import re

from aikg.extractors.names.rules import anaphors, modifier_after


def anaphor_modes() -> dict[str, str]:
    """Anaphor word -> what it refers to (subject, other, investee, previous)."""
    return anaphors()


def is_modifier(masked: str, end: int) -> bool:
    """Whether the mention ending at ``end`` modifies a following noun ("X 支持的 Y")."""
    rest = masked[end:].lstrip()
    return any(rest.startswith(w) for w in modifier_after())


def subject_index(masked: str, before: int | None = None) -> int | None:
    """The index of the sentence subject: the first company mention (before ``before``)
    that does not merely modify a later noun.

    >>> subject_index("⟨0⟩支持的云公司 ⟨1⟩ 已与 ⟨2⟩ 达成协议")
    1
    """
    for m in re.finditer(r"⟨(\d+)⟩", masked[:before] if before is not None else masked):
        if not is_modifier(masked, m.end()):
            return int(m.group(1))
    return None
