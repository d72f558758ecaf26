"""A header of two rows (a group row such as "营业收入 | 净利润" over "2030 2031E" cells)
is one table's two header rows whatever the source: PDF ruled (spanning cells) or
unruled (group labels centred over their columns), HTML ``rowspan``/``colspan``, and a
pipe table whose converter wrote the second header row as the first body row (as
PDF-to-markdown conversions of broker reports print their forecast tables). Each
column's full header is the joined path ("净利润（亿元） 2031E"). PDFs and texts are
made here; names and figures are invented."""

from __future__ import annotations

import pytest
from support import covers

from aikg.extractors.document import read_document, segment
from aikg.schema import Document, Table

PATHS = {
    "zh": [
        "公司",
        "营业收入（亿元） 2030",
        "营业收入（亿元） 2031E",
        "净利润（亿元） 2030",
        "净利润（亿元） 2031E",
    ],
    "en": [
        "Company",
        "Revenue (US$m) 2030",
        "Revenue (US$m) 2031E",
        "Net profit (US$m) 2030",
        "Net profit (US$m) 2031E",
    ],
}


def group_row(lang: str) -> list[list[str]]:
    """The forecast table with its group row written once (blanks where a span goes on)."""
    rows = [list(r) for r in covers.MERGED_HEADER[lang]]
    rows[1][0] = ""
    return rows


def html(lang: str) -> str:
    head, years, *body = covers.MERGED_HEADER[lang]
    first = (
        f'<tr><th rowspan="2">{head[0]}</th><th colspan="2">{head[1]}</th>'
        f'<th colspan="2">{head[3]}</th></tr>'
    )
    second = "<tr>" + "".join(f"<th>{y}</th>" for y in years[1:]) + "</tr>"
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in body)
    return f"表 3：盈利预测\n\n<table>\n<thead>{first}\n{second}</thead>\n{cells}\n</table>\n"


def pipe(lang: str) -> str:
    head, years, *body = group_row(lang)
    lines = ["| " + " | ".join(f"**{c}**" if c else "** **" for c in head) + " |"]
    lines.append("|" + " --- |" * len(head))
    lines += ["| " + " | ".join(r) + " |" for r in [years, *body]]
    return "表 3：盈利预测\n\n" + "\n".join(lines) + "\n\n资料来源：测试预测\n"


def the_table(tables: list[Table]) -> Table:
    [table] = [t for t in tables if len(t.rows) >= 3]
    return table


def folded(cells: list[str]) -> list[str]:
    """Cells with full-width brackets as text reports fold them ("（亿元）" -> "(亿元)")."""
    return [c.replace("（", "(").replace("）", ")") for c in cells]


def check(table: Table, lang: str) -> None:
    assert table.header_rows == 2
    assert len(table.header_lines) == 2
    assert folded(table.column_headers) == folded(PATHS[lang])
    # what the readers take as the columns' titles
    assert folded(table.header) == folded(PATHS[lang])
    assert table.rows[2:] == covers.MERGED_HEADER[lang][2:]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_pdf_tables_carry_both_header_rows(tmp_path, lang: str, ruled: bool) -> None:
    path = covers.group_header_pdf(tmp_path / "t.pdf", lang, group_row(lang), ruled)
    doc = read_document(path)
    table = the_table(doc.pdf_tables)
    check(table, lang)
    # caption above and source line below, as the text forms carry them
    assert table.caption.startswith(("表 4", "Table 4"))
    assert table.source_note in ("资料来源：测试预测", "Source: test estimates")
    # the header's words stay out of the prose
    assert PATHS[lang][1].split()[0] not in doc.text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_spanning_ruled_header_counts_two_rows(tmp_path, lang: str) -> None:
    doc = read_document(covers.merged_header_pdf(tmp_path / "m.pdf", lang))
    check(the_table(doc.pdf_tables), lang)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("form", ["html", "pipe"])
def test_markdown_tables_carry_both_header_rows(lang: str, form: str) -> None:
    text = (html if form == "html" else pipe)(lang)
    report = segment(Document("t.md", "t", "# 测试报告\n\n正文一段。\n\n" + text))
    table = the_table(report.tables)
    assert table.source == form
    check(table, lang)


def test_a_plain_header_stays_one_row() -> None:
    text = "| 公司 | 2030 | 2031E |\n|---|---|---|\n| 星河芯片 | 120 | 180 |\n| 远山 | 85 | 99 |\n"
    table = the_table(segment(Document("t.md", "t", text)).tables)
    assert table.header_rows == 1 and table.header == ["公司", "2030", "2031E"]
    # a body row of figures under a grouped-looking header is no header
    text = "| 公司 | 营收 | |\n|---|---|---|\n| | 120 | 180 |\n| 远山科技 | 85 | 110 |\n"
    assert the_table(segment(Document("t.md", "t", text)).tables).header_rows == 1


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_two_row_header_repeated_after_a_page_break_is_dropped(tmp_path, lang: str) -> None:
    rows = covers.GROUP_HEADER_RATINGS[lang]
    doc = read_document(covers.continued_group_header_pdf(tmp_path / "c.pdf", lang, rows))
    assert doc.page_count == 2
    [table] = doc.pdf_tables
    assert table.page == 1 and table.header_rows == 2
    # both header rows once, then the body rows of both pages
    assert table.rows[2:] == rows[2:]
