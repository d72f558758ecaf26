"""How the TOML rules map back to the JSON the extractors read before (``rules.compat``).

``COMPAT["deals"]`` rebuilds what ``rules/deals.json`` held, key by key: each value is
an operation on keys of the TOML files (``_ops.py``), a nested dict a section of the
JSON. English keys get back their ``en_`` prefix; values the JSON held in one string or
list for both languages are joined again, the Chinese part first.
"""

from __future__ import annotations

from aikg.extractors.rules._declared import keys
from aikg.extractors.rules._ops import (
    Apply,
    ByName,
    Cat,
    Family,
    Fill,
    Join,
    Merge,
    Records,
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

deals = Family("deals")
_FRAME_FIELDS = ("id", "fact", "kind", "directed", "roles", "re", "group")
COMPAT["deals"] = {
    **deals.take("common", keys("deals/common")),
    "frames": Records(deals.zh("frames"), deals.en("frames"), fields=_FRAME_FIELDS, prefix="en_"),
    "anaphor_pattern_words": Cat(
        deals.zh("anaphor_pattern_words"), deals.en("anaphor_pattern_words")
    ),
    "kind_cues": ByName(deals.zh("kind_cues"), deals.en("kind_cues")),
    "soft_objects": Cat(deals.zh("soft_objects"), deals.en("soft_objects"), unordered=True),
    "object_kinds": Merge(deals.zh("object_kinds"), deals.en("object_kinds"), unordered=True),
    "verb_kinds": Merge(deals.zh("verb_kinds"), deals.en("verb_kinds")),
    "investment_as_purchase": {
        "kind": Take(deals.common("investment_as_purchase.kind")),
        "cues": Join(
            deals.zh("investment_as_purchase.cues"), deals.en("investment_as_purchase.cues")
        ),
    },
    "status_words": ByName(deals.zh("status_words"), deals.en("status_words")),
    "status_ignore": Take(deals.en("status_ignore")),
    "non_binding": {
        "words": Join(deals.zh("non_binding.words"), deals.en("non_binding.words")),
        "status": Take(deals.common("non_binding.status")),
    },
    "relative_days": Join(deals.zh("relative_days"), deals.en("relative_days")),
    "stake_words": Join(deals.zh("stake_words"), deals.en("stake_words")),
    "mutual_clause": Fill(
        deals.zh("mutual_clause"), deals.en("mutual_clause"), template="^(?:{}|{})"
    ),
}
