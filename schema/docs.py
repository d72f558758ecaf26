"""The schema as documentation: the Markdown tables ``aikg schema`` prints and the README
shows (a test keeps the README in sync)."""

from __future__ import annotations

from aikg.schema.model import LABELS, RELATIONSHIPS

__all__ = ["schema_markdown"]


def schema_markdown() -> str:
    """The schema as the README shows it: one table of labels, one of relationships.

    >>> schema_markdown().splitlines()[0]
    '| label | what it is | properties |'
    """
    lines = ["| label | what it is | properties |", "|---|---|---|"]
    for lab in LABELS.values():
        props = ", ".join(f"`{k}`" for k in lab.properties if not k.startswith("evidence_"))
        lines.append(f"| **{lab.name}** | {lab.description} | {props} |")
    lines += ["", "| relationship | from → to | what it says |", "|---|---|---|"]
    for rel in RELATIONSHIPS.values():
        ends = f"{'/'.join(rel.sources)} → {'/'.join(rel.targets)}"
        if rel.name == "MENTIONS":
            ends = "Report → any"
        lines.append(f"| `{rel.name}` | {ends} | {rel.description} |")
    return "\n".join(lines)
