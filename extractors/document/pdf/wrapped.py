"""The lines a PDF wrapped, joined back into the lines their author wrote.

A PDF breaks a paragraph into lines at its column's right edge, so a line that stops
short of that edge ends its paragraph, and one that reaches it goes on in the next
line. Here, where the page's geometry is known, a line is wrapped when the first word
of the line below would not have fitted after it on the same line, it ends no sentence,
and the line below is set like it (the same size, right below, in the same column) and
starts no block of its own (a bullet, a number, a heading, a source line). Counting
characters (``normalise.reflow``) cannot tell this for proportional fonts or for a
short document; a sentence a PDF broke across lines is then read as two.
"""

from __future__ import annotations

from aikg.extractors.document.normalise import OPENING, ends_sentence, opens_block
from aikg.extractors.document.pdf.layout import Line

SLACK = 1.5  # points a full line may stop short of the edge beyond the word's width
LEADING = 0.7  # the widest gap between two lines of one paragraph, in font sizes
FULL = 0.7  # a wrapped line fills at least this share of its column


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


def _reaches_on(upper: Line, lower: Line, column: tuple[float, float]) -> bool:
    """Whether ``upper`` reaches its column's edge without ending a sentence and
    ``lower``, printed like it, starts no block: the words of one paragraph."""
    left, right_edge = column
    text, following = upper.text.rstrip(), lower.text.lstrip()
    if not text or not following or upper.turned or lower.turned:
        return False
    if ends_sentence(text) or text.startswith("#") or following.startswith("#"):
        return False
    if opens_block(following):
        return False
    if abs(upper.size - lower.size) > 0.5:
        return False
    if upper.x1 - left < FULL * (right_edge - left):
        return False  # a short line (a heading set plain, a label) ends its block
    space = 0.25 * upper.size if text[-1].isascii() and following[0].isascii() else 0.0
    return upper.x1 + space + first_word_width(lower) > right_edge - SLACK


def continues(upper: Line, lower: Line, column: tuple[float, float]) -> bool:
    """Whether ``lower``, right below ``upper`` in its column, goes on with its paragraph
    in a column with those edges: see the module text."""
    if not _overlaps(upper, lower):
        return False
    gap = lower.top - upper.bottom
    return -1 <= gap <= LEADING * upper.size and _reaches_on(upper, lower, column)


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


def join_wrapped(lines: list[Line]) -> list[Line]:
    """The page's body lines (in reading order) with each wrapped run joined into one.

    The joined line keeps its last physical line's right end, so that whether it goes
    on again is judged by where that line stops.
    """
    out: list[Line] = []
    for line in lines:
        if out and continues(out[-1], line, column_of(out[-1], lines)):
            out[-1] = _joined(out[-1], line)
        else:
            out.append(line)
    return out
