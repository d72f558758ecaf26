"""Model-tracker tables: one release per row of a table with a maker column, a model
column and a release date column ("厂商 | 模型 | 发布日期 | 开源协议", "Maker | Model |
Date | Type | Licence"), the way digests and deep-dives list the month's launches.

The action is ``open_source`` when a cell of the row says the weights are open ("Open
weights", "开源", a licence such as MIT or Apache 2.0) and nothing negates it ("不开源",
"API only", "Proprietary"), else ``release``. A row one cell short of the header
continues the maker of the row above (an HTML ``rowspan`` the conversion dropped).
Column words live in ``rules/ai_dynamics/common.toml``.

Release rows written as lines, not as a table, read alike (:func:`line_rows`): a digest's
"⭐ 12.08 ｜ 某智能 ｜ Zyra-2 ｜ 推理模型，开源" or a PDF's space-aligned "12 月 8 日   快手
可灵 O1   视频生成": a date cell, a maker cell, a model cell, then notes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from aikg.extractors.ai_dynamics.dating import chip_like
from aikg.extractors.ai_dynamics.labels import NameHit
from aikg.extractors.ai_dynamics.rules import common, rx
from aikg.extractors.ai_dynamics.subjects import known_at_start, maker_before
from aikg.extractors.values.dates import DateValue, find_dates
from aikg.schema import SegmentedReport, Table


def _columns(header: list[str]) -> tuple[int, int, int] | None:
    """(maker, model, date) column indexes of a model-tracker header, else None.

    >>> _columns(["厂商", "模型", "发布日期", "开源协议"]), _columns(["公司", "轮次"])
    ((0, 1, 2), None)
    """
    find = {
        key: next((k for k, h in enumerate(header) if rx(None, key).search(h.strip())), -1)
        for key in ("maker_column", "model_column", "tracker_date_column")
    }
    if min(find.values()) < 0 or len(set(find.values())) < 3:
        return None
    return find["maker_column"], find["model_column"], find["tracker_date_column"]


def row_action(cells: list[str]) -> str:
    """open_source when a cell says the weights are open, else release.

    >>> row_action(["X", "Open weights", "MIT"]), row_action(["X", "不开源", "/"])
    ('open_source', 'release')
    """
    text = " | ".join(cells)
    if rx(None, "closed_weights").search(text):
        return "release"
    return "open_source" if rx(None, "open_weights").search(text) else "release"


def tracker_rows(
    report: SegmentedReport,
) -> Iterator[tuple[Table, int, str, str, DateValue | None, str]]:
    """(table, row index, maker, model, date, action) for each row of each tracker."""
    for table in report.tables:
        cols = _columns(table.header)
        if cols is None:
            continue
        maker_at, model_at, date_at = cols
        maker = ""
        for i, row in enumerate(table.rows[table.header_rows :], start=table.header_rows):
            cells = [c.strip() for c in row]
            if len(cells) == len(table.header) - 1 and maker_at == 0 and maker:
                cells = [maker, *cells]  # a rowspan maker left out of the row
            if len(cells) < len(table.header):
                continue
            maker, model = cells[maker_at], cells[model_at]
            if not maker or not model or model in ("/", "-") or chip_like(model, model):
                continue
            dates = find_dates(cells[date_at], report.meta.period)
            date = dates[0][2] if dates else None
            yield table, i, maker, model, date, row_action(cells)


def _row_date(cell: str, period: str) -> DateValue | None:
    """The date a cell is made of ("12.08", "12 月 8 日", "2025-12-08"), else None."""
    found = find_dates(cell, period)
    if not found or found[0][2].precision == "year":
        return None
    start, end, date = found[0]
    return date if not (cell[:start] + cell[end:]).strip() else None


def _row_maker(cell: str) -> str:
    """The company a maker cell opens with, alias list or company shape, else ""."""
    known = known_at_start(cell)
    if known:
        return known[0]
    shaped = maker_before(cell)
    return shaped[0] if shaped and shaped[1] == 0 else ""


def line_rows(
    report: SegmentedReport, whole_name: Callable[[str], NameHit | None]
) -> Iterator[tuple[int, str, str, str, DateValue, str]]:
    """(line, text, maker, model, date, action) for each release row written as a line:
    three to six cells (``row_cell_separator``), the first a date, the second a maker,
    the third a model name that ``whole_name`` (:func:`.releases.whole_name`, passed in
    by the package so that this module imports no reader of release sentences) reads.
    Markdown table rows are the tables reader's."""
    skip = set(common()["release_skip_sections"])
    lead = rx(None, "row_lead")
    for section in report.sections:
        if section.kind in skip:
            continue
        for i, line in enumerate(section.lines):
            if line.lstrip().startswith("|"):
                continue
            cells = [c.strip() for c in rx(None, "row_cell_separator").split(line.strip())]
            cells = [c for c in cells if c]
            if not 3 <= len(cells) <= 6:
                continue
            date = _row_date(lead.sub("", cells[0]), report.meta.period)
            maker = _row_maker(cells[1]) if date else ""
            hit = whole_name(cells[2]) if maker else None
            if not hit or hit.label != "Model" or chip_like(hit.name, cells[2]):
                continue
            yield section.line_of(i), line.strip(), maker, hit.name, date, row_action(cells[3:])
