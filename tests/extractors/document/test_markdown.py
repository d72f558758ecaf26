"""Markdown as converters and newsletters write it: front matter, headings, markup, lists.

The fixtures are written for this test; the houses and companies are invented.
"""

from __future__ import annotations

from aikg.extractors.document import segment
from aikg.extractors.document.markdown import clean_line, front_matter
from aikg.extractors.text.lines import paragraphs
from aikg.schema import Document

DIGEST = """---
title: "11 月 AI 要闻速递：青岚发布新模型"
date: 2031-11-28
source: 澄岭证券研究所
tags: [大模型, 融资]
categories:
  - 月度速递
---

# 11 月 AI 要闻速递

![](images/9f3c2a.jpg)

<span id="page-2-0"></span>**导读**：本月<sup>1</sup>要闻按主题整理。

## 一、模型发布

- **青岚科技**（11 月 3 日）：发布 Qinglan-3 模型
- **曜川网络**（11 月 5 日）：开源 Yaochuan-VL 模型
1. 第一条编号事项说明文字较长没有句号
2. 第二条编号事项说明文字也没有句号

### 海外

> 引用段落：Northwind 以 \\$12bn 估值完成融资。

###### 附注

正文<br>换行后继续。
"""


def seg(text: str, name: str = "digest.md"):
    return segment(Document(path=name, report_id="d", text=text))


def all_lines(report) -> list[str]:
    return [line for s in report.sections for line in s.lines]


def test_front_matter_is_metadata_not_text() -> None:
    report = seg(DIGEST)
    assert report.meta.title == "11 月 AI 要闻速递:青岚发布新模型"
    assert report.meta.published == "2031-11-28"
    assert report.meta.period == "2031-11"
    assert report.meta.broker == "澄岭证券"
    text = "\n".join(all_lines(report))
    assert "tags:" not in text and "2031-11-28" not in text and "月度速递" not in text


def test_front_matter_reader() -> None:
    fm, end = front_matter(DIGEST.split("\n"))
    assert fm["date"] == "2031-11-28" and fm["source"] == "澄岭证券研究所"
    assert "categories" in fm and end == 8
    assert front_matter(["---", "not closed", "text"]) == ({}, 0)
    en, _ = front_matter(["---", "publishedAt: 2031-03-04", "---"])
    assert en == {"publishedat": "2031-03-04"}


def test_headings_of_every_level_open_sections() -> None:
    report = seg(DIGEST)
    headings = [s.heading for s in report.sections if s.heading]
    assert headings == ["11 月 AI 要闻速递", "一、模型发布", "海外", "附注"]
    start = {s.heading: s.start_line for s in report.sections}
    assert start["附注"] == 27 + 1


def test_images_tags_and_emphasis_leave_the_prose() -> None:
    text = "\n".join(all_lines(seg(DIGEST)))
    for junk in ("![", "images/", "<span", "<sup>", "<br>", "**", "\\$", "> "):
        assert junk not in text, junk
    assert "导读:本月要闻按主题整理。" in text
    assert "Northwind 以 $12bn 估值完成融资。" in text
    assert "正文 换行后继续。" in text


def test_list_items_are_units() -> None:
    report = seg(DIGEST)
    [models] = [s for s in report.sections if s.heading == "一、模型发布"]
    assert len(models.lines) == 4
    texts = [p.text for p in paragraphs(models)]
    assert len(texts) == 4
    assert texts[0].startswith("- 青岚科技") and texts[1].startswith("- 曜川网络")
    assert texts[3].startswith("2. 第二条")


def test_hard_wrapped_markdown_keeps_paragraphs_and_items_apart() -> None:
    wrapped = "x" * 70
    body = "\n".join(
        [
            "# Weekly wrap",
            "",
            "*Example Harbor Research · sent 4 Mar 2031*",
            "",
            "> The week in one line: more compute, more money, and more models than",
            "> anyone planned for at the start of the year, again and again.",
            "",
        ]
        + [f"- Item {k} {wrapped[: 60 + k % 5]}" for k in range(30)]
    )
    report = seg(body)
    lines = all_lines(report)
    assert lines[0] == "Example Harbor Research · sent 4 Mar 2031"
    assert lines[1].startswith("The week in one line") and lines[1].endswith("again and again.")
    assert sum(line.startswith("- Item") for line in lines) == 30
    assert report.meta.broker == "Example Harbor"
    assert report.meta.published == "2031-03-04"


def test_clean_line_keeps_plain_text_and_arithmetic() -> None:
    assert clean_line("营收 3 * 4 * 5 亿元") == "营收 3 * 4 * 5 亿元"
    assert clean_line("见[附表](#t1)与 *注释*") == "见附表与 注释"
    assert clean_line("***") == ""
