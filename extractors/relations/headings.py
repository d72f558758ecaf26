"""The companies a heading names, carried into the list items below it.

Broker notes list a company's dealings under a heading that names it ("NVIDIA'S
INVESTMENTS AND COMMITMENTS", "## 华为合作动态") and leave it out of each item ("- Intel:
US$5bn of stock ...; the two will co-develop SoCs"). "The two" / "双方" in such an item
are the heading's company and the item's: the heading's companies open each item's list
of companies named so far (``_Paragraph.named`` in :mod:`aikg.extractors.relations`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from aikg.extractors.names.mentions import Mention, find_mentions

# a list item: "- ", "* ", "• ", "1. ", "2) ", "（1）"
_ITEM = re.compile(r"^\s*(?:[-*+•▪●]\s|\(?\d{1,2}(?:\.\s|[)、])|（\d{1,2}）)")
_SENTENCE_END = re.compile(r"[.。!?！？;；]\s*$")


def is_item(text: str) -> bool:
    """Whether a paragraph is a list item.

    >>> is_item("- Intel: US$5bn"), is_item("1. 华为：发布"), is_item("Intel said")
    (True, True, False)
    """
    return bool(_ITEM.match(text))


def is_heading(text: str) -> bool:
    """Whether a paragraph is a heading line: short, no sentence end, and written in
    capitals, as a markdown heading, or ending in a colon.

    >>> is_heading("NVIDIA'S INVESTMENTS AND COMMITMENTS (SELECTED, CY25)")
    True
    >>> is_heading("## 华为合作动态"), is_heading("Partners of Corvan:")
    (True, True)
    >>> is_heading("NVIDIA and Intel will co-develop chips."), is_heading("- Intel: stake")
    (False, False)
    """
    line = text.strip()
    if not line or len(line) > 90 or is_item(line) or _SENTENCE_END.search(line):
        return False
    letters = [c for c in line if c.isalpha() and c.isascii()]
    capitals = len(letters) >= 6 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    return line.startswith("#") or line.endswith((":", "：")) or capitals


def heading_companies(text: str, names: Mapping[str, str]) -> list[Mention]:
    """The companies a heading names, in order (not a bare capitalised word). A heading
    that is one name and nothing else ("### Kestrel Cloud" over a newsletter's items)
    names that company even when only its shape types it, unless it is in capitals.

    >>> [m.name for m in heading_companies("### Kestrel Cloud", {})]
    ['Kestrel Cloud']
    >>> heading_companies("SELECTED", {})
    []
    """
    bare = text.lstrip("#").strip().strip("*").strip()
    found = find_mentions(bare, names)
    whole = len(found) == 1 and found[0].name == bare and not bare.isupper()
    return [m for m in found if m.is_company and (whole or not m.loose)]  # not "SELECTED"
