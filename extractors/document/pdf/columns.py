"""Columns and sidebars of a PDF page: find the gutter, read the columns in order.

A gutter is a vertical strip at least ``MIN_GUTTER`` points wide that the ink of few of
the page's lines crosses (the strictest of 4%, 15%, 30% that shows one), with ink of at
least three lines on each side.
A line whose ink crosses it (a title, a wide heading) is full-width and stays in place;
between such lines the left column is read top to bottom, then the right one. When one
side is narrow (at most 40% of the text width) and its lines carry analyst, contact,
rating or key-data signals, it is a sidebar: read apart, out of the running text.

>>> bool(SIDEBAR_SIGNAL.search("分析师:张三 S0980521010001"))
True
"""

from __future__ import annotations

import re

from aikg.extractors.document.pdf.layout import MIN_GUTTER, Line, text_lines

SIDEBAR_SIGNAL = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bS\d{12}\b|执业证书|证书编号|执业编号|分析师|研究员"
    r"|研究助理|联系人|邮箱|\banalysts?\b|\bSAC\b|投资评级|评级|\brating\b|目标价"
    r"|price target|target price|总市值|流通市值|market cap|52\s*周|52-?\s*week|总股本"
    r"|收盘价|基础数据|key data|相关研究|市场表现|走势|bloomberg|reuters|free float"
    r"|\btel\b|电话|\+?\(?\d{2,4}\)?[- ]?\d{3,4}[- ]?\d{4}",
    re.IGNORECASE,
)


def ink(line: Line) -> list[tuple[float, float]]:
    """The x-ranges a line's characters cover, words closer than 0.6 em joined.

    >>> ch = lambda x: {"text": "x", "x0": x, "x1": x + 5, "size": 10}
    >>> ink(Line("xx x", 0, 40, 0, 10, [ch(0), ch(5), ch(35)]))
    [(0, 10), (35, 40)]
    """
    chars = sorted((c for c in line.chars if c["text"].strip()), key=lambda c: c["x0"])
    spans: list[list[float]] = []
    for ch in chars:
        gap = 0.6 * ch.get("size", 10.0)
        if spans and ch["x0"] - spans[-1][1] < gap:
            spans[-1][1] = max(spans[-1][1], ch["x1"])
        else:
            spans.append([ch["x0"], ch["x1"]])
    return [(a, b) for a, b in spans]


def find_gutter(lines: list[Line]) -> tuple[float, float] | None:
    """The x-range of the page's column gutter, or None for a one-column page."""
    found = gutter_candidates(lines)
    return found[0] if found else None


def gutter_candidates(lines: list[Line]) -> list[tuple[float, float]]:
    """The gutters a page may have, strictest crossing limit first: the best of each
    limit (4%, 15%, 30% of the lines) that shows one."""
    body = [ln for ln in lines if ln.chars]
    if len(body) < 6:
        return []
    left = min(ln.x0 for ln in body)
    right = max(ln.x1 for ln in body)
    start = int(left)
    cover = [0] * (int(right) - start + 2)
    spans = [ink(ln) for ln in body]
    for line_spans in spans:
        marked = set()
        for a, b in line_spans:
            marked.update(range(int(a) - start, int(b) - start + 1))
        for x in marked:
            cover[x] += 1
    # the strictest crossing limit that shows a gutter first: a sidebar's few lines must
    # not pass for a gutter of their own
    found: list[tuple[float, float]] = []
    for share in (0.04, 0.15, 0.3):
        limit = max(1.0, share * len(body))
        best = None
        x = 0
        while x < len(cover):
            if cover[x] > limit:
                x += 1
                continue
            end = x
            while end + 1 < len(cover) and cover[end + 1] <= limit:
                end += 1
            x, end = _emptiest(cover, x, end)
            g0, g1 = start + x, start + end + 1
            if g1 - g0 >= MIN_GUTTER and g0 > left + 1 and g1 < right - 1:
                lefts = sum(1 for s in spans if s and s[0][1] <= g0 + 1)
                rights = sum(1 for s in spans if s and s[-1][0] >= g1 - 1)
                crossing = sum(cover[x : end + 1]) / (end + 1 - x)
                score = (min(lefts, rights), -crossing)
                if lefts >= 3 and rights >= 3 and (best is None or score > best[0]):
                    best = (score, (g0, g1))
            x = end + 1
        if best and best[1] not in found:
            found.append(best[1])
    return found


def _emptiest(cover: list[int], x: int, end: int) -> tuple[int, int]:
    """The widest stretch of ``cover[x : end + 1]`` at its least cover, if wide enough.

    >>> _emptiest([3, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], 1, 12)
    (3, 11)
    """
    low = min(cover[x : end + 1])
    best, i = (x, end), x
    while i <= end:
        if cover[i] != low:
            i += 1
            continue
        j = i
        while j + 1 <= end and cover[j + 1] == low:
            j += 1
        if j + 1 - i >= MIN_GUTTER and (best == (x, end) or j - i > best[1] - best[0]):
            best = (i, j)
        i = j + 1
    return best


def _crosses(line: Line, gutter: tuple[float, float]) -> bool:
    g0, g1 = gutter
    return any(a < g1 - 1 and b > g0 + 1 for a, b in ink(line))


def _is_sidebar(lines: list[Line], width: float, text_width: float) -> bool:
    if not lines or width > 0.4 * text_width:
        return False
    signals = {m.group(0).lower() for ln in lines for m in SIDEBAR_SIGNAL.finditer(ln.text)}
    return len(signals) >= 2


def _fills(lines: list[Line], low: float, high: float) -> bool:
    """Whether a side's lines fill their column as prose does."""
    full = [ln for ln in lines if ln.x1 - ln.x0 >= 0.6 * (high - low)]
    return len(full) >= max(2, 0.3 * len(lines))


def _table_like(lines: list[Line]) -> bool:
    """Whether many of a side's lines have gaps in them, as a table's rows have."""
    gapped = [ln for ln in lines if len(ink(ln)) > 1]
    return len(gapped) >= max(2, 0.3 * len(lines))


def arrange(
    lines: list[Line], depth: int = 0
) -> tuple[list[Line], list[Line], tuple[float, float] | None]:
    """The lines in reading order, the sidebar's lines (kept apart) and the gutter of
    the columns (None for one column).

    ``lines`` are a page's lines top to bottom as pdfplumber groups them (a left and a
    right column line at one height are one line); they are split at the gutter.
    """
    # a gutter that parts no columns (the gaps inside a table's rows) gives way to the
    # next candidate
    for gutter in gutter_candidates(lines) if depth < 2 else []:
        arranged = _arrange_at(lines, gutter, depth)
        if arranged is not None:
            return arranged
    return lines, [], None


def _arrange_at(
    lines: list[Line], gutter: tuple[float, float], depth: int
) -> tuple[list[Line], list[Line], tuple[float, float] | None] | None:
    """The page read at ``gutter`` (see :func:`arrange`), or None when the two sides
    there are no columns (table cells, no side of prose)."""
    g0, g1 = gutter
    mid = (g0 + g1) / 2
    left_edge = min(ln.x0 for ln in lines)
    right_edge = max(ln.x1 for ln in lines)
    rows: list[tuple[str, Line | list[dict], list[dict]]] = []
    left_chars: list[dict] = []
    right_chars: list[dict] = []
    for line in lines:
        if _crosses(line, gutter):
            rows.append(("full", line, []))
        else:
            lc = [c for c in line.chars if (c["x0"] + c["x1"]) / 2 < mid]
            rc = [c for c in line.chars if (c["x0"] + c["x1"]) / 2 >= mid]
            rows.append(("split", lc, rc))
            left_chars += lc
            right_chars += rc
    left_lines, right_lines = text_lines(left_chars), text_lines(right_chars)
    text_width = right_edge - left_edge
    for side, side_lines, width in (
        ("left", left_lines, g0 - left_edge),
        ("right", right_lines, right_edge - g1),
    ):
        if _is_sidebar(side_lines, width, text_width):
            keep = [
                c
                for kind, a, b in rows
                for c in (a.chars if kind == "full" else b if side == "left" else a)
            ]
            main, sub_sidebar, columns = arrange(text_lines(keep), depth + 1)
            return main, side_lines + sub_sidebar, columns
    # an unruled table's columns are no page columns: split where neither side has the
    # gaps of table rows and one side at least is prose (the other may be a chart)
    if _table_like(left_lines) or _table_like(right_lines):
        return None
    if not (_fills(left_lines, left_edge, g0) or _fills(right_lines, g1, right_edge)):
        return None
    ordered: list[Line] = []
    band_left: list[dict] = []
    band_right: list[dict] = []
    for kind, a, b in rows:
        if kind == "full":
            ordered += text_lines(band_left) + text_lines(band_right)
            band_left, band_right = [], []
            ordered.append(a)
        else:
            band_left += a
            band_right += b
    ordered += text_lines(band_left) + text_lines(band_right)
    return ordered, [], gutter
