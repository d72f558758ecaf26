"""A cover whose largest print is the series label ("行业月报", "证券研究报告", "Equity
Research", "Industry Update") takes its title from the real title beside or under the
label. The PDFs are made at test time (``support.covers.series_label_pdf``); titles
and text are the tests' own."""

from __future__ import annotations

import pytest
from support import covers

from aikg.extractors.document import read_document, segment
from aikg.schema import Document

CASES = [
    ("zh", "行业月报", "算力租赁：需求与价格双升", True),
    ("zh", "证券研究报告", "算力租赁：需求与价格双升", False),
    ("zh", "行业深度报告", "具身智能：从演示走向交付", False),
    ("zh", "证券研究报告 | 行业点评", "存储涨价：拐点已至", True),
    ("en", "Equity Research", "Aurora Chips: demand holds", False),
    ("en", "Industry Update", "Asia memory: pricing turns", True),
    ("en", "EQUITY RESEARCH", "Aurora Chips: demand holds", True),
]


def plain(text: str) -> str:
    return text.replace("：", ":").replace(" ", "")


@pytest.mark.parametrize(("lang", "label", "title", "beside"), CASES)
def test_the_title_is_not_the_series_label(tmp_path, lang, label, title, beside) -> None:
    path = covers.series_label_pdf(tmp_path / "cover.pdf", lang, label, title, beside)
    doc = read_document(path)
    assert plain(segment(doc).meta.title) == plain(title)
    # the label stays in the text (it may tell the report's kind), not as the title
    assert label.split("|")[0].strip() in doc.text
    assert f"# {title}" in doc.text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "# Equity Research\n\n## Aurora Chips: demand holds\n\nText.\n",
            "Aurora Chips: demand holds",
        ),
        ("# 证券研究报告\n\n## 存储涨价：拐点已至\n\n正文。\n", "存储涨价：拐点已至"),
        # a title that only starts with a label word stays the title
        ("# 计算机行业周报：算力需求跟踪\n\n正文。\n", "计算机行业周报：算力需求跟踪"),
    ],
)
def test_a_markdown_cover_heading_that_is_a_label(text: str, title: str) -> None:
    assert plain(segment(Document("a.md", "a", text)).meta.title) == plain(title)


# the label and the title on one line of the cover, as one string with a separator
# or a space, or as two strings in the same print parted by a gap
ONE_LINE = [
    ("zh", "行业月报 |", "算力租赁：需求与价格双升", 0),
    ("zh", "行业研究/行业深度", "具身智能：从演示走向交付", 0),
    ("zh", "行业点评", "存储涨价：拐点已至", 40),
    ("en", "Industry Update |", "Asia memory: pricing turns", 0),
    ("en", "EQUITY RESEARCH", "Aurora Chips: demand holds", 0),
    ("en", "Equity Research", "Aurora Chips: demand holds", 60),
    ("en", "Company Note —", "Fern Labs: orders hold up", 0),
]


@pytest.mark.parametrize(("lang", "label", "title", "gap"), ONE_LINE)
def test_a_label_on_the_title_line_is_split_off(tmp_path, lang, label, title, gap) -> None:
    path = covers.label_line_pdf(tmp_path / "cover.pdf", lang, label, title, gap)
    doc = read_document(path)
    assert plain(segment(doc).meta.title) == plain(title)
    assert label.split("|")[0].split("—")[0].strip() in doc.text


def test_a_title_line_without_a_label_keeps_its_words(tmp_path) -> None:
    # a title that starts like a label word ("Strategy", "行业周报：") is left whole
    for lang, title in [
        ("en", "Strategy for 2032: the AI capex cycle"),
        ("zh", "行业周报：算力需求跟踪"),
    ]:
        doc = read_document(covers.label_line_pdf(tmp_path / "t.pdf", lang, "", title, 0))
        assert plain(segment(doc).meta.title) == plain(title)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("# 行业月报 算力租赁：需求与价格双升", "算力租赁：需求与价格双升"),
        ("# 证券研究报告 | 行业点评 | 存储涨价：拐点已至", "存储涨价：拐点已至"),
        ("# **Industry Update** | Asia memory: pricing turns", "Asia memory: pricing turns"),
        ("# Equity Research — Aurora Chips: demand holds", "Aurora Chips: demand holds"),
        ("**行业深度报告**  具身智能：从演示走向交付", "具身智能：从演示走向交付"),
    ],
)
def test_a_markdown_title_line_led_by_a_label(line: str, title: str) -> None:
    text = f"{line}\n\n正文第一段，介绍本期要点。\n"
    assert plain(segment(Document("a.md", "a", text)).meta.title) == plain(title)
