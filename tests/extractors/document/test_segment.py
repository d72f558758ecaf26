"""Segmenting the seed reports: period, sections, table of contents, reflow, disclaimers.

Report periods, read off each seed:

- 000, 002: the title ("N 年 M 月投资策略") names the month.
- 001: its title page is lost; "12 月投资策略" plus the as-of date 截至 2024-12-02.
- 003: no dated title; the latest dated mentions are 2025年9月 and 25Q3 (results to
  September 2025), and the yearless as-of "截至11月13日" moves it on to 2025-11.
- 004: no as-of date; the latest it looks back on is October 2025 (an investment dated
  2025-10-14, "2025年10月" news, a 15 Oct company note), so 2025-10.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support import SEEDS  # noqa: E402

from aikg.extractors.document import read_document, segment
from aikg.extractors.document.meta import find_meta
from aikg.extractors.document.normalise import normalise_text, wrap_width
from aikg.extractors.text.lines import paragraphs
from aikg.schema import Document


def seed(prefix: str) -> Path:
    [path] = SEEDS.glob(f"{prefix}_*.txt")
    return path


@pytest.fixture(scope="module")
def reports():
    """Each seed segmented once, by its number ("000" ...)."""
    return {p.name[:3]: segment(read_document(p)) for p in sorted(SEEDS.glob("*.txt"))}


@pytest.mark.parametrize(
    ("prefix", "period"),
    [("000", "2025-12"), ("001", "2024-12"), ("002", "2026-06"), ("003", "2025-11"),
     ("004", "2025-10")],
)  # fmt: skip
def test_report_period(reports, prefix: str, period: str) -> None:
    assert reports[prefix].meta.period == period


def test_published_date_is_the_full_as_of_date(reports) -> None:
    assert reports["000"].meta.published == "2025-12-03"
    assert reports["001"].meta.published == "2024-12-02"


# ------------------------------------------------------------- period rules, invented


def _period(text: str) -> str:
    doc = Document(path="x.txt", report_id="x", text=text)
    return find_meta(doc, normalise_text(text).split("\n")).period


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # the latest of full dates, year-months and quarters
        ("示例公司 2029 年 5 月 3 日发布新品。\n3Q29 收入增长 12%。", "2029-09"),
        ("示例公司 2029年11月推出服务。\n29Q2 利润率提升。", "2029-11"),
        ("2Q30 业绩稳健,云收入同比增长 20%。", "2030-06"),
        # a yearless as-of date later in that year moves the period on
        ("2030年9月上线新品,30Q3 利润见底(截至11月13日)。", "2030-11"),
        # ... but never back
        ("2030年9月上线新品,截至3月1日累计用户破亿。", "2030-09"),
        # dates looked forward to, forecasts and fiscal quarters do not count
        (
            "截至 2030 年 6 月 30 日,指数 PE 为 20x。预计 2031 年 3 月上线;"
            "自即日起至2031年5月开展专项治理;2031年4月底前完成备案;4Q30E 收入预测;"
            "4QFY31 财报。",
            "2030-06",
        ),
        # the month of a dated title wins over anything in the text
        ("示例行业 2030 年 2 月投资策略\n截至 2030 年 1 月 28 日,指数下跌。", "2030-02"),
        # "N 月投资策略" takes its year from the dates
        ("12 月投资策略:维持推荐。\n截至 2030 年 11 月 30 日,指数上涨。", "2030-12"),
        ("1 月投资策略:维持推荐。\n截至 2030 年 12 月 30 日,指数上涨。", "2031-01"),
        ("没有日期的文字。", ""),
    ],
)
def test_period_rules(text: str, period: str) -> None:
    assert _period(text) == period


# ----------------------------------------------------------------------- sections


@pytest.mark.parametrize(
    ("prefix", "kinds"),
    [
        ("000", {"summary", "ai_dynamics", "policy", "industry", "rating", "toc"}),
        ("001", {"ai_dynamics", "policy", "industry", "rating"}),
        ("002", {"summary", "ai_dynamics", "policy", "industry", "rating", "toc"}),
        ("003", set()),
        ("004", {"toc"}),
    ],
)
def test_sections_found_where_they_exist(reports, prefix: str, kinds: set[str]) -> None:
    report = reports[prefix]
    found = {s.kind for s in report.sections}
    assert kinds <= found
    # 003 and 004 have no AI-news, policy or rating section, and none is made up
    absent = {"ai_dynamics", "policy", "rating"} - kinds
    assert not absent & found
    for section in report.sections_of("ai_dynamics", "policy", "rating"):
        assert len(section.lines) >= 3, section.heading
        assert len(section.line_numbers) == len(section.lines)


@pytest.mark.parametrize("prefix", ["000", "001", "002"])
def test_each_news_section_appears_once(reports, prefix: str) -> None:
    """The contents list names the same headings; its entries open no sections."""
    for kind in ("ai_dynamics", "policy", "industry", "rating"):
        assert len(reports[prefix].sections_of(kind)) == 1, kind


@pytest.mark.parametrize("prefix", ["000", "002", "004"])
def test_table_of_contents_is_not_taken_as_headings(reports, prefix: str) -> None:
    report = reports[prefix]
    tocs = report.sections_of("toc")
    assert tocs
    for toc in tocs:
        # every line of the toc is an entry ending in its page number ...
        for line in toc.lines:
            assert re.search(r"\d{1,3}\s*(</\w+>)?$", line.strip()), line
        # ... all of its entries are there (the contents are also a tab table) ...
        [table] = [t for t in report.tables if t.caption == toc.heading]
        assert len(toc.lines) == len(table.rows)
        # ... and the sections after it start after its last entry
        later = report.sections[report.sections.index(toc) + 1 :]
        assert all(s.start_line > toc.line_numbers[-1] for s in later)


def test_body_after_the_contents_is_not_in_the_toc(reports) -> None:
    report = reports["000"]
    last_toc = report.sections_of("toc")[-1]
    after = report.sections[report.sections.index(last_toc) + 1]
    assert after.kind == "prose" and len(after.lines) >= 10


# ------------------------------------------------------------------------- reflow


def test_only_the_hard_wrapped_seed_is_reflowed() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        lines = normalise_text(path.read_text("utf-8-sig")).split("\n")
        assert (wrap_width(lines) is not None) == path.name.startswith("001"), path.name


@pytest.mark.parametrize(
    ("name", "sep"),
    [("金蝶国际", ""), ("纳斯达克互联网指数", ""), ("Apple Intelligence", " ")],
)
def test_names_broken_across_lines_come_back_whole(reports, name: str, sep: str) -> None:
    raw = normalise_text(seed("001").read_text("utf-8-sig"))
    whole_in_raw = raw.count(name)
    rejoined = re.sub(r"[ \t]*\n\s*", sep, raw).count(name)
    assert rejoined > whole_in_raw  # the seed breaks the name over a line end
    lines = [ln for s in reports["001"].sections for ln in s.lines]
    assert sum(ln.count(name) for ln in lines) == rejoined


def test_reflowed_paragraph_keeps_its_first_line_number(reports) -> None:
    raw = seed("001").read_text("utf-8-sig").split("\n")
    for section in reports["001"].sections:
        for line, number in zip(section.lines, section.line_numbers, strict=True):
            head = line[:6]
            assert normalise_text(raw[number - 1]).strip().startswith(head), (number, line)


# -------------------------------------------------------------------- disclaimers


@pytest.mark.parametrize("prefix", ["000", "002", "003", "004"])
def test_disclaimers_are_marked(reports, prefix: str) -> None:
    report = reports[prefix]
    legal = [
        i
        for i, s in enumerate(report.sections)
        if re.match(r"(免责声明|重要声明|分析师声明|分析员声明|重要披露)", s.heading)
    ]
    assert legal
    assert all(report.sections[i].kind == "disclaimer" for i in legal)
    # from the first of them to the end (rating scales, notices, addresses): disclaimer
    assert {s.kind for s in report.sections[legal[0] :]} == {"disclaimer"}


def test_risk_notice_is_a_disclaimer(reports) -> None:
    assert any(s.heading == "风险提示" for s in reports["001"].sections_of("disclaimer"))


def test_english_report_period_from_title_or_dates(tmp_path):
    titled = tmp_path / "titled.md"
    titled.write_text("# Frontier Compute Monthly, September 2032\n\nText.\n", encoding="utf-8")
    assert segment(read_document(titled)).meta.period == "2032-09"
    dated = tmp_path / "dated.txt"
    dated.write_text(
        "Sector note\n\nOn Feb 3, 2031 a lab shipped a model. By June 12, 2031 it had users.\n",
        encoding="utf-8",
    )
    meta = segment(read_document(dated)).meta
    assert (meta.period, meta.language) == ("2031-06", "en")


def _wrapped_digest(spaced: bool) -> str:
    """A plain-text digest hard-wrapped at 60 columns, its items apart by blank lines
    (``spaced``: a blank line after every printed line instead, as text pulled from a
    PDF has)."""
    words = "Corvale Systems expanded its inference footprint across three regions " * 3
    filler = [words[k : k + 60].strip() for k in range(0, 180, 60)]
    items = [
        filler + ["Tessaly Labs released Orrin-3 for coding and agents (Dec 3)"],
        filler + ["Brannock AI raised $90 million in new funding again (Dec 4)"],
    ] * 4
    if spaced:
        return "\n\n".join(line for item in items for line in item) + "\n"
    return "\n\n".join("\n".join(item) for item in items) + "\n"


def _paragraphs(path: Path) -> list[str]:
    return [p.text for s in segment(read_document(path)).sections for p in paragraphs(s)]


def test_a_blank_line_ends_a_plain_text_paragraph_unless_every_line_has_one(
    tmp_path: Path,
) -> None:
    path = tmp_path / "digest.txt"
    path.write_text(_wrapped_digest(spaced=False), encoding="utf-8")
    assert wrap_width(path.read_text("utf-8").split("\n")) is not None
    texts = _paragraphs(path)
    assert sum(t.endswith("(Dec 3)") for t in texts) == 4  # the item stops at its blank
    assert not any("(Dec 3) Corvale" in t for t in texts)
    path.write_text(_wrapped_digest(spaced=True), encoding="utf-8")
    texts = _paragraphs(path)
    assert any(t.startswith("Corvale Systems") and "regions Corvale" in t for t in texts)
