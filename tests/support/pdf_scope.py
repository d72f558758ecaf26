"""A gold file's line scopes moved from a report's text onto the PDF rendered from it.

Gold scopes name line ranges of the text file ("exclude lines 29-47": a list of related
reports whose facts nobody labelled). A PDF of the same report numbers its lines its own
way (wrapped lines joined, headers gone), so the ranges are found again by their text:
a range starts at the PDF line holding the opening of its first line and ends at the
line holding the close of its last. Facts and their reports are unchanged.

>>> _moved([2, 3], ["x", "## Related reports", "- Weekly 4 - 29 Aug", "y"],
...        ["x", "Relatedreports", "-Weekly4-29Aug", "y"])  # printed lines, squeezed
[2, 3]
"""

from __future__ import annotations

import copy
import unicodedata
from pathlib import Path

from aikg.extractors.document import read_document
from support.markdown_pdf import ESCAPE

_ANCHOR = 16  # characters of a line that find it again


def _squeezed(text: str) -> str:
    """A line without spaces, markdown heading marks and escapes, width-folded: as it
    prints."""
    return "".join(unicodedata.normalize("NFKC", ESCAPE.sub(r"\1", text)).split()).lstrip("#")


def _moved(span: list[int], text: list[str], printed: list[str]) -> list[int] | None:
    """A text line range as the range of the printed lines that hold it (1-based), or
    None when its text is not found in order. Of several lines holding the opening, the
    one nearest where the range sits in the text (as a share of the document) is taken;
    the range may grow by a few lines (a table's rows, a split heading), never more."""
    first, last = span
    inside = [_squeezed(ln) for ln in text[first - 1 : last] if ln.strip()]
    if not inside:
        return span
    opening, closing = inside[0][:_ANCHOR], inside[-1][-_ANCHOR:]
    starts = [k for k, ln in enumerate(printed, 1) if opening in ln]
    if not starts:
        return None
    guess = first * len(printed) / max(1, len(text))
    start = min(starts, key=lambda k: abs(k - guess))
    ends = [k for k in range(start, min(len(printed), start + last - first + 5) + 1)]
    end = next((k for k in reversed(ends) if closing in printed[k - 1]), None)
    return None if end is None else [start, end]


def printed_gold(gold: dict, texts: Path, pdfs: Path) -> dict:
    """``gold`` with the line ranges of its scope moved onto the PDFs in ``pdfs``, each
    rendered from the text file of the same stem in ``texts``."""
    moved = copy.deepcopy(gold)
    lines: dict[str, tuple[list[str], list[str]]] = {}
    for spec in moved.get("scope", {}).values():
        for stem, ranges in spec.items():
            source = next(texts.glob(f"{stem}.*"), None)
            pdf = pdfs / f"{stem}.pdf"
            if source is None or not pdf.exists():
                continue
            if stem not in lines:
                printed = read_document(pdf).text.split("\n")
                lines[stem] = (
                    source.read_text("utf-8-sig").split("\n"),
                    [_squeezed(ln) for ln in printed],
                )
            for key in ("lines", "exclude_lines"):
                if key in ranges:
                    moved_spans = [(span, _moved(span, *lines[stem])) for span in ranges[key]]
                    # a range not found again: an excluded one is dropped (its facts
                    # count), an included one kept as it was
                    ranges[key] = [new or old for old, new in moved_spans if new or key == "lines"]
    return moved
