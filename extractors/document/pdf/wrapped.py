"""The lines a PDF wrapped, joined back into the lines their author wrote.

A PDF breaks a paragraph into lines at its column's right edge, so a line that stops
short of that edge ends its paragraph, and one that reaches it goes on in the next
line. Here, where the page's geometry is known, a line is wrapped when the first word
of the line below would not have fitted after it on the same line, it ends no sentence,
and the line below is set like it (the same size, right below, in the same column) and
starts no block of its own (a bullet, a number, a heading, a source line). Counting
characters (``normalise.reflow``) cannot tell this for proportional fonts or for a
short document; a sentence a PDF broke across lines is then read as two.

A closing bracket or quote at a line's end ends a sentence only after a sentence's end
("…完成。”", "… out.\""): "签署《…行政令》" over "，由…部牵头落实" and 'signed the "' over
'National Framework" order' are the words of one sentence (:func:`_ends_clause`).

A line that ends a sentence at the edge ends its paragraph only where the page cannot
tell otherwise: where its paragraphs are set apart by a wider gap than their lines
(:func:`line_pitch`, as broker PDFs space them), the next sentence printed at the
lines' own gap, flush left, goes on in the same paragraph, so that what a paragraph
says after its first sentence ("… also invested. The round … (Dec 3)") stays with it.
Some lines look like the start of a block and are not, after a line that runs on
(:func:`_runs_into`): a number under a bracket left open ("(Dec" over "3)", "曜辰电子("
over "002936.SZ)"), a day under its month ("on December" over "10."), and, on a page
whose spacing shows the two lines are one paragraph, a date ("2027 年", "11 月 26 日"),
which only starts an entry of its own after a gap; and a title in book brackets that
ends its line ("…政府发布" over "《…行动方案》(… Action Plan)"), which reads as an entry
of a list of reports only under a line that is one (starts with a title, ends with a
date) or ends its clause.
"""

from __future__ import annotations

import re
import statistics

from aikg.extractors.document.normalise import OPENING, ends_sentence, opens_block
from aikg.extractors.document.pdf.layout import Line

SLACK = 1.5  # points a full line may stop short of the edge beyond the word's width
LEADING = 0.7  # the widest gap between two lines of one paragraph, in font sizes
FULL = 0.7  # a wrapped line fills at least this share of its column
SPACED = 0.25  # paragraphs set apart by this many font sizes more than their lines
# what reads as an item's number ("3)", "10.", "002936.SZ)") or a dated entry
_NUMBERED = re.compile(r"^[(（]?\d+[)）.、]")
_DATED = re.compile(r"^(?:\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}\s*年)")
# a line that is a title in book brackets and what names it ("《…方案》(… Plan)")
_TITLE_LINE = re.compile(r"^《[^》]*》[^，,。；;]*$")
_MONTH_END = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$")


_CLOSING = ")）》」』”’\"'〕】"


def _ends_clause(text: str) -> bool:
    """Whether a line ends a sentence or clause (``ends_sentence``), a closing bracket or
    quote counting only after one.

    >>> _ends_clause("签署《国家政策框架行政令》"), _ends_clause("将于年内完成。”")
    (False, True)
    >>> _ends_clause('had signed the "'), _ends_clause('as it said: "we ship."')
    (False, True)
    """
    inner = text.rstrip().rstrip(_CLOSING)
    return not inner or ends_sentence(inner)


def first_word_width(line: Line) -> float:
    """The printed width of a line's first word (of its first character for CJK text)."""
    ink = sorted((c for c in line.chars if not line.turned), key=lambda c: c["x0"])
    word = []
    for c in ink:
        if not c["text"].strip():
            break
        word.append(c)
        if not c["text"].isascii() and c["text"] not in OPENING:
            break  # CJK breaks after any character but an opening bracket (kinsoku)
    return word[-1]["x1"] - word[0]["x0"] if word else 0.0


def _overlaps(a: Line, b: Line) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1


def _open_bracket(text: str) -> bool:
    """Whether a line leaves a round bracket open ("… NVentures. (Dec").

    >>> _open_bracket("investment from NVentures. (Dec"), _open_bracket("(Dec 3)")
    (True, False)
    """
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


def _runs_into(text: str, following: str, same_paragraph: bool) -> bool:
    """Whether a line that looks like a block's start goes on the sentence of the line
    above it: see the module text.

    >>> _runs_into("from Lightspeed and NVentures. (Dec", "3)", False)
    True
    >>> _runs_into("at NeurIPS on December", "10.", False)
    True
    >>> _runs_into("as follows:", "2. Next", False)
    False
    >>> _runs_into("印发《行动方案》，提出到", "2027 年核心产业规模突破 500 亿元。", True)
    True
    >>> _runs_into("12 月 9 日，澜州市政府发布", "《算力行动方案》(Compute Plan)", False)
    True
    >>> _runs_into("《算力周报：租赁价格企稳》2031-02-10", "《算力周报：订单回暖》", False)
    False
    """
    if _NUMBERED.match(following) and (_open_bracket(text) or _MONTH_END.search(text)):
        return True
    if _TITLE_LINE.match(following):
        return not text.lstrip().startswith("《") and not text[-1:].isdigit()
    return same_paragraph and bool(_DATED.match(following))


def _reaches_on(
    upper: Line, lower: Line, column: tuple[float, float], sentence_goes_on: bool = False
) -> bool:
    """Whether ``upper`` reaches its column's edge without ending a sentence (or ending
    one, when ``sentence_goes_on``: the next line is set as a line of the same
    paragraph) and ``lower``, printed like it, starts no block: the words of one
    paragraph."""
    left, right_edge = column
    text, following = upper.text.rstrip(), lower.text.lstrip()
    if not text or not following or upper.turned or lower.turned:
        return False
    if text.startswith("#") or following.startswith("#"):
        return False
    if _ends_clause(text) and not (sentence_goes_on and abs(lower.x0 - left) <= 2):
        return False
    if opens_block(following) and not _runs_into(text, following, sentence_goes_on):
        return False
    if abs(upper.size - lower.size) > 0.5:
        return False
    if upper.x1 - left < FULL * (right_edge - left):
        return False  # a short line (a heading set plain, a label) ends its block
    space = 0.25 * upper.size if text[-1].isascii() and following[0].isascii() else 0.0
    return upper.x1 + space + first_word_width(lower) > right_edge - SLACK


def continues(
    upper: Line, lower: Line, column: tuple[float, float], pitch: float | None = None
) -> bool:
    """Whether ``lower``, right below ``upper`` in its column, goes on with its paragraph
    in a column with those edges: see the module text. ``pitch``: the gap between the
    lines of one paragraph on a page whose paragraphs are set apart (:func:`line_pitch`),
    or None."""
    if not _overlaps(upper, lower):
        return False
    gap = lower.top - upper.bottom
    if not -1 <= gap <= LEADING * upper.size:
        return False
    same_paragraph = pitch is not None and gap <= pitch + 0.1 * upper.size
    return _reaches_on(upper, lower, column, sentence_goes_on=same_paragraph)


def line_pitch(pages: list[list[Line]]) -> float | None:
    """The gap between the lines of one paragraph in a document whose paragraphs are
    set apart by a wider one, or None when its pages do not show that.

    The lines' gap is the median gap under a line that runs on (see :func:`continues`);
    the paragraphs' gap the median under a paragraph's short last line, followed by a
    line printed alike. Both are needed twice or more, and the paragraphs' gap wider by
    ``SPACED`` font sizes: a document of unspaced paragraphs keeps the plain rule. The
    pages are read together, as one document is set alike throughout and a page of
    short items shows no lines' gap of its own.
    """
    wraps: list[float] = []
    breaks: list[float] = []
    sizes: list[float] = []
    for lines in pages:
        for upper, lower in zip(lines, lines[1:], strict=False):
            if not _overlaps(upper, lower) or upper.turned or lower.turned:
                continue
            if abs(upper.size - lower.size) > 0.5 or upper.text.startswith("#"):
                continue
            gap = lower.top - upper.bottom
            if not -1 <= gap <= 2.5 * upper.size:
                continue
            left, right_edge = column_of(upper, lines)
            if continues(upper, lower, (left, right_edge)):
                wraps.append(gap)
                sizes.append(upper.size)
            elif upper.x1 - left < FULL * (right_edge - left) and not lower.text.startswith("#"):
                breaks.append(gap)
    if len(wraps) < 2 or len(breaks) < 2:
        return None
    pitch, spacing = statistics.median(wraps), statistics.median(breaks)
    return pitch if spacing >= pitch + SPACED * statistics.median(sizes) else None


def join_across_pages(pages: list[list[Line]]) -> None:
    """A paragraph a page break cut, joined in place: the last body line of a page goes
    on in the first of the next (headers and footers are gone by now) when it reaches its
    column's edge, ends no sentence, and the next line, printed alike, starts no block.
    The joined text stays on the earlier page."""
    for upper_page, lower_page in zip(pages, pages[1:], strict=False):
        if not upper_page or not lower_page:
            continue
        upper, lower = upper_page[-1], lower_page[0]
        if _reaches_on(upper, lower, column_of(upper, upper_page)):
            upper_page[-1] = _joined(upper, lower)
            del lower_page[0]


def column_of(line: Line, lines: list[Line]) -> tuple[float, float]:
    """The left and right edges of a line's column, from the lines above and below it
    in the same column: the leftmost start, and the end most of them reach (the upper
    quartile of their ends, as a line ending in hanging punctuation sticks out past
    the edge and a paragraph's last line stops short of it)."""
    same = [ln for ln in lines if _overlaps(ln, line) and not ln.turned] or [line]
    ends = sorted(ln.x1 for ln in same)
    return min(ln.x0 for ln in same), ends[int(0.75 * (len(ends) - 1))]


def _joined(upper: Line, lower: Line) -> Line:
    text, following = upper.text.rstrip(), lower.text.strip()
    latin = text[-1].isascii() and following[0].isascii() and not text.endswith("-")
    return Line(
        text + (" " if latin else "") + following,
        min(upper.x0, lower.x0),
        lower.x1,
        upper.top,
        lower.bottom,
        upper.chars + lower.chars,
        upper.turned,
    )


def join_wrapped(lines: list[Line], pitch: float | None = None) -> list[Line]:
    """The page's body lines (in reading order) with each wrapped run joined into one;
    ``pitch``: the document's gap between a paragraph's lines (:func:`line_pitch`).

    The joined line keeps its last physical line's right end, so that whether it goes
    on again is judged by where that line stops.
    """
    out: list[Line] = []
    for line in lines:
        if out and continues(out[-1], line, column_of(out[-1], lines), pitch):
            out[-1] = _joined(out[-1], line)
        else:
            out.append(line)
    return out
