"""How the TOML rules map back to the JSON the extractors read before (``rules.compat``).

``COMPAT["sections"]`` rebuilds what ``rules/sections.json`` held, key by key: each value is
an operation on keys of the TOML files (``_ops.py``), a nested dict a section of the
JSON. English keys get back their ``en_`` prefix; values the JSON held in one string or
list for both languages are joined again, the Chinese part first.
"""

from __future__ import annotations

from aikg.extractors.rules._ops import (
    Apply,
    Family,
    Join,
    Take,
)

__all__ = ["COMPAT"]

COMPAT: dict[str, dict[str, object]] = {}


def _section_kinds(order, whole, zh, en):
    """[kind, "^(zh|en)"] in the order tried; a whole-line kind ends "\\s*$"."""
    return [[k, f"^({zh[k]}|{en[k]})" + (r"\s*$" if k in whole else "")] for k in order]


sections = Family("sections")
COMPAT["sections"] = {
    "kinds": Apply(
        sections.common("order"),
        sections.common("whole_line"),
        sections.zh("headings"),
        sections.en("headings"),
        fn=_section_kinds,
    ),
    "heading_max_width": Take(sections.common("heading_max_width")),
    "sticky_disclaimer": Join(
        sections.zh("sticky_disclaimer"), sections.en("sticky_disclaimer"), template="^({})"
    ),
}
