"""Lay a PDF page out as reading-order lines: running headers and footers, columns, sidebars.

Works on pdfplumber character dicts, so that a page's text reads as ``extract_text``
reads it when the page has one column. The rules, each general, none for one document:

- **Turned text** (a landscape table printed sideways on a portrait page): characters
  that are not upright are turned back (:func:`upright`) and read as a block of their own.
- **Running headers and footers** (:func:`running_lines`): a line in the top or bottom
  tenth of a page whose text, digits aside, comes back at the same height on at least
  two pages and 40% of them ("证券研究报告", the broker, "请务必阅读正文之后的免责声明",
  "Page 3 of 12"); and a lone page number in those bands ("3", "- 3 -", "第 3 页").
- **Columns** (:func:`arrange`): a gutter is an x-range at least 8 pt wide that few
  lines' ink crosses, with lines on both sides. A line whose ink crosses it (a title, a
  full-width heading) stays in place; between such lines the left column is read top to
  bottom, then the right one.
- **Sidebar** (a narrow column of analyst names, phone numbers, e-mails, registration
  numbers, rating, price target, key data): the narrow side of a gutter, at most 40% of
  the text width, whose lines carry two or more such signals. Its lines are handed back
  apart from the running text.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

BAND = 0.1  # the top and bottom tenth of a page hold its running header and footer
MIN_GUTTER = 8.0  # points


@dataclass
class Line:
    """One line of text with its box; ``turned`` when it was printed sideways."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    chars: list[dict] = field(default_factory=list, repr=False)
    turned: bool = False

    @property
    def size(self) -> float:
        sizes = [c.get("size", 10.0) for c in self.chars if c["text"].strip()]
        return statistics.median(sizes) if sizes else 10.0


def text_lines(chars: list[dict], turned: bool = False) -> list[Line]:
    """The characters as lines, top to bottom, as pdfplumber's ``extract_text`` reads them."""
    from pdfplumber.utils.text import chars_to_textmap

    if not chars:
        return []
    lines = []
    for item in chars_to_textmap(chars).extract_text_lines(strip=True, return_chars=True):
        if item["text"].strip():
            # a ligature ("fi" as one character) comes back once per letter: keep it once,
            # or a line split again at a gutter reads "fifirm"
            unique = list({id(c): c for c in item["chars"]}.values())
            item["chars"] = unique
            ink = [c for c in unique if c["text"].strip()] or unique
            lines.append(
                Line(
                    item["text"],
                    min(c["x0"] for c in ink),
                    max(c["x1"] for c in ink),
                    min(c["top"] for c in ink),
                    max(c["bottom"] for c in ink),
                    list(item["chars"]),
                    turned,
                )
            )
    # pdfplumber hands back a line's printed characters only; the blank ones (the spaces
    # between words) go with the line they sit in, so that a line split at a column
    # gutter still has its word breaks
    for ch in chars:
        if ch["text"].strip():
            continue
        x, y = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        for line in lines:
            if line.top - 1 <= y <= line.bottom + 1 and line.x0 <= x <= line.x1:
                line.chars.append(ch)
                break
    return lines


def upright(chars: list[dict], width: float, height: float) -> list[dict]:
    """Sideways characters turned upright: text running up the page (turned a quarter
    counter-clockwise) or down it, re-placed so that it reads left to right.

    >>> ch = {"text": "A", "x0": 100.0, "x1": 110.0, "top": 500.0, "bottom": 507.0,
    ...       "upright": False, "matrix": (0, 1, -1, 0, 0, 0)}
    >>> turned = upright([ch], 595.0, 842.0)[0]
    >>> (turned["x0"], turned["top"], turned["upright"])
    (335.0, 100.0, True)
    """
    out = []
    for ch in chars:
        new = dict(ch)
        if (ch.get("matrix") or (0, 1))[1] > 0:  # reads bottom to top
            new.update(x0=height - ch["bottom"], x1=height - ch["top"])
            new.update(top=ch["x0"], bottom=ch["x1"])
        else:  # reads top to bottom
            new.update(x0=ch["top"], x1=ch["bottom"])
            new.update(top=width - ch["x1"], bottom=width - ch["x0"])
        new.update(upright=True, doctop=new["top"], y0=0.0, y1=0.0)
        new["width"], new["height"] = new["x1"] - new["x0"], new["bottom"] - new["top"]
        out.append(new)
    return out


# ------------------------------------------------------------- headers and footers

_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$"
    r"|^(?:page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$"
    r"|^第\s*\d{1,4}\s*页(?:\s*[/,,]?\s*共\s*\d{1,4}\s*页)?$"
    r"|^\d{1,4}\s*(?:/|of)\s*\d{1,4}$",
    re.IGNORECASE,
)


def is_page_number(text: str) -> bool:
    """A page number as printed in a header or footer.

    >>> [is_page_number(t) for t in ("3", "- 12 -", "Page 3 of 12", "第 3 页", "3 / 9", "3 月")]
    [True, True, True, True, True, False]
    """
    return bool(_PAGE_NUMBER.match(text.strip()))


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text)).lower()


def in_band(line: Line, height: float) -> str:
    """ "top" or "bottom" when the line sits in that band of the page, else ""."""
    if line.bottom <= height * BAND:
        return "top"
    if line.top >= height * (1 - BAND):
        return "bottom"
    return ""


def running_lines(pages: list[list[Line]], heights: list[float]) -> list[set[int]]:
    """Per page, the indices of its lines that are running headers, footers or page numbers.

    >>> head = lambda n: Line(f"示例证券 行业月报 {n}", 50, 300, 20, 30)
    >>> body = lambda t: Line(t, 50, 300, 400, 410)
    >>> running_lines([[head(1), body("甲")], [head(2), body("乙")]], [842.0, 842.0])
    [{0}, {0}]
    """
    seen: dict[tuple[str, str], list[tuple[int, float]]] = {}
    drop: list[set[int]] = [set() for _ in pages]
    for number, (lines, height) in enumerate(zip(pages, heights, strict=True)):
        for index, line in enumerate(lines):
            band = in_band(line, height) if not line.turned else ""
            if not band:
                continue
            if is_page_number(line.text):
                drop[number].add(index)
            seen.setdefault((band, _key(line.text)), []).append((number, line.top))
    need = max(2, round(0.4 * len(pages) + 0.49))
    for (band, key), places in seen.items():
        if len({n for n, _ in places}) < need:
            continue
        middle = statistics.median(top for _, top in places)
        pages_near = {n for n, top in places if abs(top - middle) <= 6}
        if len(pages_near) < need:
            continue
        for number, lines in enumerate(pages):
            if number in pages_near:
                for index, line in enumerate(lines):
                    if (
                        not line.turned
                        and in_band(line, heights[number]) == band
                        and _key(line.text) == key
                    ):
                        drop[number].add(index)
    return drop
