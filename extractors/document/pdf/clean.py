"""What a PDF carries that no reader sees as text: frames, template marks, watermarks.

- **Frames around prose** (:func:`frame_box`): ruling lines that pdfplumber reads as a
  table but that frame a text box ("CITI'S TAKE", a cover's summary box) or lay out a
  whole cover page (a grid of mostly empty cells). Their text stays in the running text,
  where columns and sidebars are read, instead of becoming a table of prose.
- **Template marks** (:func:`template_chars`): the bookmarks of the word-processor
  template many Chinese houses print with, left in the PDF as text: ``[Table_Title]``,
  ``[Table_Summary]``, ``＃title＃``. They come in the character stream in one piece,
  so they are removed character by character, even where they overprint other text.
- **Watermark strings** (:func:`watermark`): a distributor's tracking stamp, one long
  run of letters and digits of random case ("eZqVgZxUvXqPpQqP8Oa…"), alone on a line.
"""

from __future__ import annotations

import re

from aikg.extractors.document.pdf.tables import join_cell_lines
from aikg.extractors.text.script import display_width

_TEMPLATE_MARK = re.compile(r"\[Table_\w{0,40}\]|[#＃][A-Za-z]\w{0,30}[#＃]")
_STAMP = re.compile(r"[A-Za-z0-9+/=]{24,}")
_NUMBER = re.compile(r"^[-+(]?[$¥€£]?\d[\d,.]*%?[)]?[A-Za-z]{0,2}$")


def template_chars(chars: list[dict]) -> set[int]:
    """Indices (in ``chars``, the page's stream order) of template marks' characters.

    >>> chars = [{"text": c} for c in "[Table_Title]相关研究＃title＃"]
    >>> "".join(c["text"] for k, c in enumerate(chars) if k not in template_chars(chars))
    '相关研究'
    >>> template_chars([{"text": c} for c in "表 1 [注] #3"])
    set()
    """
    stream = "".join(c["text"][:1] or " " for c in chars)
    out: set[int] = set()
    for match in _TEMPLATE_MARK.finditer(stream):
        out.update(range(match.start(), match.end()))
    return out


def watermark(text: str) -> bool:
    """Whether a line is a tracking stamp: one token of 24 or more letters and digits
    that switches case at least eight times (no word, name or code does).

    >>> watermark("eZqVgZxUvXqPpQqP8OaObRtRnNpNpRfQoOsNkPpOpPbRtRmNMYtOmQNZpPrP")
    True
    >>> watermark("https://www.example.com/research"), watermark("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    (False, False)
    """
    token = text.strip()
    if not _STAMP.fullmatch(token):
        return False
    letters = [c for c in token if c.isalpha()]
    switches = sum(
        1 for a, b in zip(letters, letters[1:], strict=False) if a.isupper() != b.isupper()
    )
    return switches >= 8


def frame_box(rows: list[list[str | None]], bbox: tuple, page_size: tuple[float, float]) -> bool:
    """Whether a ruled "table" is a frame around text rather than a table of data.

    A frame: no cell text at all; or one column that holds text; or a grid whose cells
    are mostly empty (under a quarter filled) with no figures to speak of; or cells that
    hold prose (a cell of over 400 characters, or of over 200 that is most of the
    box's text, or non-empty cells of 60 characters on average); or a box over half the
    page holding few figures.

    >>> frame_box([["CITI'S TAKE"], ["Both made strong results."], ["The view stays."]],
    ...           (40, 190, 390, 360), (595, 842))
    True
    >>> frame_box([["公司", "营收", "增速"], ["甲", "12.5", "30%"], ["乙", "8.1", "12%"]],
    ...           (50, 300, 400, 380), (595, 842))
    False
    """
    cells = [join_cell_lines(c) for row in rows for c in row]
    filled = [c for c in cells if c]
    if not filled:
        return True
    width = max((len(r) for r in rows), default=0)
    used = {k for row in rows for k, c in enumerate(row) if join_cell_lines(c)}
    numbers = sum(1 for c in filled if _NUMBER.match(c.replace(" ", "")))
    few_figures = numbers < 0.3 * len(filled)
    if len(used) <= 1 or (width and len(filled) < 0.25 * len(cells) and few_figures):
        return True
    longest, total = max(len(c) for c in filled), sum(len(c) for c in filled)
    # a cell of prose that is most of the box (a long note cell in a real table is not)
    if longest > 400 or (longest > 200 and longest >= 0.7 * total) or total / len(filled) > 60:
        return True
    x0, top, x1, bottom = bbox
    page_w, page_h = page_size
    return (x1 - x0) * (bottom - top) > 0.5 * page_w * page_h and few_figures


_BOLD = re.compile(r"bold|heavy|black|semibold|demi|黑体|hei", re.I)
_CAPTION_OR_SOURCE = re.compile(
    r"^\s*(?:图表?|表|exhibit|figure|fig\.?|chart|table|资料来源|数据来源|来源|sources?)\s*\d*\s*[::.：]",
    re.I,
)


def _bold(line) -> bool:
    printed = [c for c in line.chars if c["text"].strip()]
    return bool(printed) and sum(bool(_BOLD.search(c.get("fontname", ""))) for c in printed) >= (
        0.9 * len(printed)
    )


def heading_level_of(line, usual: float, usual_bold: bool) -> int:
    """The heading level a line's print gives it: 2 when set at least 15% larger than
    the page's usual size, 3 when bold where the page's text is not; 0 for no heading
    (a long line, a sentence, a caption or source line, a line of three or more figures).

    >>> from aikg.extractors.document.pdf.layout import Line
    >>> big = lambda t: Line(t, 0, 100, 0, 14, [{"text": "x", "size": 14.0}])
    >>> heading_level_of(big("Demand outlook"), 10.0, False)
    2
    >>> heading_level_of(big("Total 216 262 365"), 10.0, False)
    0
    """
    text = line.text.strip()
    if line.turned or not 4 <= display_width(text) <= 80 or re.search(r"[。；;，,.!?！？]$", text):
        return 0
    if _CAPTION_OR_SOURCE.match(text) or not re.search(r"[^\W\d_]", text):
        return 0
    if len(re.findall(r"(?<![\w.])[-+(]?\d[\d,.]*[%x)]?(?![\w.])", text)) >= 3:
        return 0  # a table's total row or a chart's labels set in bold
    if line.size >= 1.15 * usual:
        return 2
    return 3 if _bold(line) and not usual_bold else 0


def mark_headings(lines: list) -> list:
    """The lines with those a page prints as headings (larger or bold, standing alone:
    neither neighbour is set the same way) marked as markdown headings ("## …")."""
    import statistics

    from aikg.extractors.document.pdf.layout import Line

    flat = [ln for ln in lines if ln.chars and not ln.turned]
    if len(flat) < 3:
        return lines
    usual = statistics.median(ln.size for ln in flat)
    usual_bold = sum(_bold(ln) for ln in flat) > len(flat) / 2
    levels = [
        -1 if ln.text.lstrip().startswith("#") else heading_level_of(ln, usual, usual_bold)
        for ln in lines
    ]  # a line marked already (the cover's title) is no neighbour of the same print
    out = []
    for k, line in enumerate(lines):
        level = levels[k]
        # a run of such lines is a bold paragraph or a chart's labels, not a heading
        alone = all(not 0 <= m < len(lines) or levels[m] != level for m in (k - 1, k + 1))
        if level > 0 and alone:
            marked = "#" * level + " " + line.text.strip()
            line = Line(marked, line.x0, line.x1, line.top, line.bottom, line.chars, line.turned)
        out.append(line)
    return out
