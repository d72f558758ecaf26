"""A company's short form read by the full name the report gave it earlier ("Halvard"
after "Halvard Compute"; "Quorum accelerators" after "Quorum Semiconductor")."""

from __future__ import annotations

__all__ = ["full_name"]


def full_name(short: str, seen: set[str]) -> str | None:
    """The one company name of ``seen`` that ``short`` begins as a whole word ("Quorum"
    of "Quorum Semiconductor"); None when none or several do.

    >>> full_name("Halvard", {"Halvard Compute", "Microsoft"}), full_name("Q", {"Q One", "Q Two"})
    ('Halvard Compute', None)
    """
    hits = [n for n in seen if n.startswith(short + " ")]
    return hits[0] if len(hits) == 1 else None
