"""Normalising a document's text: width folding, OCR slips, hard-wrapped lines reflowed.

A PDF's fixed line width breaks paragraphs, names and numbers across lines; the width
is found (:func:`wrap_width`) and the lines joined back (:func:`reflow`). Ruled PDF
tables get the same normalisation cell by cell (:func:`normalise_table`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace

from aikg.extractors.document.headings import bare_heading
from aikg.extractors.document.script import simplified
from aikg.extractors.document.table_forms import cell_text
from aikg.extractors.text.script import display_width
from aikg.extractors.text.surface import fix_ocr
from aikg.schema import Table

_TERMINAL = tuple('。！？；;.!?:：)）》」”"')
# a line that opens a block of its own: an item (numbered, not a decimal: "4.6 亿元"), a
# caption, a source or note line
_BLOCK_START = re.compile(
    r"^\s*([(（]\d+[)）]|\d+[)）.、](?!\d)|[-•■●▪*+]\s|#|>|\||图\s*\d|表\s*\d|资料来源|来源|注[:：]|(?:Figure|Exhibit|Chart|Table)\s+\d|(?:Sources?|Notes?)\s*:|《[^》]*》[^，,。；;]*$|"
    r"\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}\s*年)"
)


OPENING = "《〈「『【〔（(“‘"  # brackets and quotes that never end a CJK line (kinsoku)


def ends_sentence(text: str) -> bool:
    """Whether a line ends a sentence or clause, so that no wrap goes on after it.

    >>> ends_sentence("公司发布新模型。"), ends_sentence("the deal with")
    (True, False)
    """
    return text.rstrip().endswith(_TERMINAL)


def opens_block(text: str) -> bool:
    """Whether a line starts a block of its own (an item, a caption, a source line, a
    dated entry, a bare heading), so the line above does not run on into it.

    >>> opens_block("(2) 阿里云发布"), opens_block("4.6 亿元的订单"), opens_block("Source: company")
    (True, False, True)
    """
    return bool(_BLOCK_START.match(text)) or bare_heading(text)


def normalise_text(text: str) -> str:
    """Width-fold (NFKC), fold traditional characters to simplified ones
    (:func:`~.script.simplified`), fix OCR slips ("Al" for "AI"), drop bold markers.

    >>> normalise_text("OpenAl：**发布** Al 芯片"), normalise_text("\uf06c 交易量")
    ('OpenAI:发布 AI 芯片', ' 交易量')
    >>> normalise_text("騰訊控股維持「買入」評級")
    '腾讯控股维持「买入」评级'
    """
    text = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u00a0", " ").replace("\u3000", " ")
    # private-use glyphs are a symbol font's bullets and ticks ("\uf06c 交易量时钟")
    text = re.sub("[\ue000-\uf8ff]", "", text)
    return fix_ocr(simplified(text)).replace("**", "")


def wrap_width(lines: list[str]) -> int | None:
    """The fixed width a hard-wrapped document was broken at, or None if it was not.

    A document is hard-wrapped when many of its unpunctuated line ends sit at one width.
    """
    widths = [
        display_width(ln.strip())
        for ln in lines
        if ln.strip() and "\t" not in ln and not ends_sentence(ln)
    ]
    long = [w for w in widths if w >= 40]
    if len(long) < 20:
        return None
    buckets = Counter(w // 4 for w in long)
    bucket, count = buckets.most_common(1)[0]
    near = count + buckets.get(bucket - 1, 0) + buckets.get(bucket + 1, 0)
    if near / max(1, len([ln for ln in lines if ln.strip()])) < 0.25:
        return None
    return bucket * 4 + 3


_CITATION_END = re.compile(r"—\s*20\d{2}-\d{1,2}-\d{1,2}$")  # 《…》 ——2024-11-11


def _first_token_width(text: str) -> int:
    """Columns taken by the first unbreakable piece of a line: a Latin word or a char.

    An opening bracket or quote never ends a line in CJK typesetting (kinsoku), so one
    that starts a line came down with the character after it.

    >>> _first_token_width("Gemini 3"), _first_token_width("北京"), _first_token_width("《北京")
    (6, 2, 4)
    """
    word = re.match(r"[!-~]+", text)
    if word:
        return display_width(word.group(0))
    return display_width(text[:2] if text[:1] in OPENING and len(text) > 1 else text[:1])


def reflow(lines: list[str], numbers: list[int], width: int) -> tuple[list[str], list[int]]:
    """Join the physical lines of a hard-wrapped document back into paragraphs.

    A line that reaches the wrap width without ending a sentence continues on the next
    non-blank line, unless that line starts a new block (a list item, a figure, a date,
    a bare heading). A line "reaches" the width when the next line's first word (a
    Latin word, or one character) would not have fitted after it; the width is that of
    the line's own column: that of its neighbours, when three or more of them end at
    one narrower width (a summary beside a sidebar, wrapped shorter than the page). A
    line that ends a citation ("《…》 ——2024-11-11") ends its block. Latin words broken
    across lines are joined with a space, Chinese without.
    """
    body = [(ln.strip(), no) for ln, no in zip(lines, numbers, strict=True) if ln.strip()]
    widths = [display_width(text) for text, _ in body]

    def broken_by_wrap(k: int) -> bool:
        text = body[k][0]
        if ends_sentence(text) or k + 1 >= len(body):
            return False
        if _CITATION_END.search(text):
            return False
        limit = width
        near = widths[max(0, k - 3) : k + 4]
        # a narrower column: the widest width that three or more near lines all but reach
        column = max((w for w in near if sum(w - 3 <= v <= w for v in near) >= 3), default=0)
        if 0.75 * width <= column < width:
            limit = column
        following = body[k + 1][0]
        gap = 1 if text[-1].isascii() and following[0].isascii() else 0
        return widths[k] + gap + _first_token_width(following) - 2 >= limit - 8

    out: list[str] = []
    out_numbers: list[int] = []
    pending = ""
    pending_no = 0
    for k, (text, number) in enumerate(body):
        if pending:
            if opens_block(text):
                out.append(pending)
                out_numbers.append(pending_no)
                pending = ""
            else:
                sep = " " if re.search(r"[A-Za-z0-9]$", pending) and text[0].isascii() else ""
                pending = pending + sep + text
                if not broken_by_wrap(k):
                    out.append(pending)
                    out_numbers.append(pending_no)
                    pending = ""
                continue
        if broken_by_wrap(k):
            pending, pending_no = text, number
        else:
            out.append(text)
            out_numbers.append(number)
    if pending:
        out.append(pending)
        out_numbers.append(pending_no)
    return out, out_numbers


def _cell(text: str) -> str:
    """A table cell's text with its runs of white space made single spaces."""
    return " ".join(text.split())


def normalise_table(table: Table) -> Table:
    """A ruled PDF table with its cells, caption and source note normalised like the
    text is."""
    rows = [[cell_text(normalise_text(c)) for c in row] for row in table.rows]
    return replace(
        table,
        rows=rows,
        caption=_cell(normalise_text(table.caption)),
        source_note=_cell(normalise_text(table.source_note)),
        row_lines=list(table.row_lines),
    )
