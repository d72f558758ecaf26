"""Report metadata: broker (curated list and its own signals, never a phrase), dates,
period, language and report type. The texts are written for this test."""

from __future__ import annotations

import pytest

from aikg.extractors.document import segment
from aikg.extractors.document.brokers import find_broker, houses, known_house
from aikg.extractors.document.meta import parse_date
from aikg.extractors.document.report_kind import report_type
from aikg.schema import Document


def meta(text: str, name: str = "r.txt"):
    return segment(Document(path=name, report_id="r", text=text)).meta


BODY = "正文：行业需求继续改善，订单稳步增长。\n" * 3


@pytest.mark.parametrize(
    ("text", "broker"),
    [
        # listed houses on the cover, Chinese and English
        ("华创证券\n证券研究报告 | 行业周报\n" + BODY, "华创证券"),
        ("中金公司研究部\n行业点评\n" + BODY, "中金公司"),
        ("Morgan Stanley | Research\nAsia Internet\nThe quarter was fine.\n", "Morgan Stanley"),
        ("J.P. Morgan Asia Pacific Equity Research\n12 March 2031\nText.\n", "J.P. Morgan"),
        # a house known by its shape only
        ("澄岭证券研究所\n行业专题报告\n" + BODY, "澄岭证券"),
        ("RIVERTON HALE SECURITIES | EQUITY RESEARCH\nText.\n", "Riverton Hale Securities"),
        ("Ostrava Brook Research · Internet team\nText.\n", "Ostrava Brook"),
        # a source line, a registration line, a disclaimer that names its maker
        (BODY * 6 + "资料来源：Wind，澄岭证券经济研究所预测\n", "澄岭证券"),
        (BODY * 6 + "分析师：林一\n澄岭证券\n执业证书编号：S0000000000001\n", "澄岭证券"),
        (BODY * 6 + "本报告由澄岭证券股份有限公司制作，仅供客户参考。\n", "澄岭证券"),
        (
            "Text.\n" * 20 + "Calloway Finch Securities does and seeks to do business with "
            "companies covered in its research reports.\n",
            "Calloway Finch Securities",
        ),
        ("Text.\n" * 20 + "Source: FactSet, Nomura estimates\n", "Nomura"),
        # a source line naming the house's research institute by its long name
        ("正文。\n" * 20 + "资料来源：Wind，景川证券经济与金融研究院整理\n", "景川证券"),
    ],
)
def test_broker_from_the_list_and_from_signals(text: str, broker: str) -> None:
    assert meta(text).broker == broker


@pytest.mark.parametrize(
    "text",
    [
        # a biography names a listed house: the report is not theirs
        "# 行业周报\n分析师简介：张三，2019 年加入华创证券，现任首席分析师。\n" + BODY,
        # phrases that end in 证券 / name a house in passing
        "# 行业周报\n公司拟发行认股权证等资本工具，相关证券的价格可能波动。\n" + BODY,
        "# 行业周报\n高盛预计明年资本开支继续上修。市场认为 Goldman Sachs 的判断偏乐观。\n" + BODY,
        # a disclaimer that names no house as author
        "# Weekly\n" + "Text.\n" * 20 + "This material is for information only and is not an "
        "offer to buy or sell any securities.\n",
        "# 周报\n" + BODY * 6 + "免责声明：本报告仅供参考，不构成对任何证券的投资建议。\n",
    ],
)
def test_no_house_stays_empty(text: str) -> None:
    assert meta(text).broker == ""


def test_front_matter_source_and_broker_keys() -> None:
    fm = "---\ntitle: x\nsource: Wells Fargo Securities Equity Research\n---\n\n# x\n"
    assert meta(fm, "a.md").broker == "Wells Fargo"
    fm = "---\ntitle: x\nsource: 某某 AI 观察（第 3 期）\n---\n\n# x\n"
    assert meta(fm, "a.md").broker == ""
    fm = "---\nbroker: 澄岭证券\n---\n\n# x\n"
    assert meta(fm, "a.md").broker == "澄岭证券"
    assert find_broker(["x"], {"author": "BofA Global Research"}) == "BofA Securities"


def test_the_curated_list_holds_both_languages() -> None:
    names = {house for _, house in houses()}
    for house in ("国信证券", "中金公司", "招银国际", "Bernstein", "UBS", "Goldman Sachs", "CLSA"):
        assert house in names
    assert known_house("CICC Research") == "中金公司"
    assert known_house("Kuroshio Pacific Securities") == ""  # not 太平洋证券


def test_the_list_is_a_document_rules_table() -> None:
    """The curated list lives with the document rules and is read by ``rules.table``."""
    from pathlib import Path

    from aikg.extractors import rules
    from aikg.extractors.document.brokers import BROKERS_TABLE

    assert BROKERS_TABLE == "document/brokers.tsv"
    rows = rules.table(BROKERS_TABLE)
    assert {cells[0] for _, cells in rows} == {house for _, house in houses()}
    folder = Path(rules.__file__).parent
    assert (folder / "document" / "brokers.tsv").is_file()
    assert not (folder / "brokers.tsv").exists()


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2031 年 11 月 8 日", "2031-11-08"),
        ("2031年11月08日", "2031-11-08"),
        ("2031-11-08", "2031-11-08"),
        ("2031.11.08", "2031-11-08"),
        ("8 November 2031", "2031-11-08"),
        ("Nov 8, 2031", "2031-11-08"),
        ("November 8, 2031", "2031-11-08"),
        ("8 Nov 2031", "2031-11-08"),
        ("November 2031", ""),
    ],
)
def test_date_forms(text: str, iso: str) -> None:
    assert parse_date(text) == iso


def test_publication_date_and_period_from_the_cover() -> None:
    m = meta("Ostrava Brook Research | Company note | 8 November 2031\nText.\n" * 1)
    assert (m.published, m.period, m.language) == ("2031-11-08", "2031-11", "en")
    # a dated banner, not the coverage range and not a date in the prose
    m = meta("澄岭证券 · 周报\n统计区间：2031.11.01—2031.11.07　　发布日期：2031.11.09\n" + BODY)
    assert (m.published, m.period, m.language) == ("2031-11-09", "2031-11", "zh")
    m = meta("# 行业周报\n青岚科技 2031 年 5 月 3 日发布新品。\n3Q31 收入增长 12%。\n")
    assert m.published == "" and m.period == "2031-09"


def test_a_month_strategy_written_the_month_before() -> None:
    m = meta("澄岭证券\n2031 年 11 月 28 日\n\n12 月投资策略\n" + BODY)
    assert (m.period, m.published, m.report_type) == ("2031-12", "2031-11-28", "monthly_strategy")


@pytest.mark.parametrize(
    ("title", "lines", "kind"),
    [
        ("互联网行业 2031 年 12 月投资策略", [], "monthly_strategy"),
        ("Global Internet Monthly: March 2031", [], "monthly_strategy"),
        ("人工智能周报（31 年第 45 周）", [], "weekly_digest"),
        ("Tech Wrap — week to 7 March", [], "weekly_digest"),
        ("具身智能专题：从演示到交付", [], "thematic"),
        ("", ["ALBRIGHT HOUSE RESEARCH      THEMATIC | TECHNOLOGY"], "thematic"),
        ("青岚科技（688901.SH）三季报点评：利润率改善", [], "company_note"),
        ("Northwind Corp. (NWND US)", [], "company_note"),
        ("", ["Equity Research | Company Update | China Internet"], "company_note"),
        ("", ["证券研究报告 · 港股公司快评"], "flash_comment"),
        ("First take: results beat on cloud", [], "flash_comment"),
        ("11 月 AI 要闻速递", [], "news_digest"),
        ("AI Policy Roundup — March 2031", [], "news_digest"),
        ("Notes on a topic", ["Plain text."], "other"),
    ],
)
def test_report_type(title: str, lines: list[str], kind: str) -> None:
    assert report_type(title, lines) == kind


def test_report_type_reaches_the_report_node() -> None:
    from aikg.graph.assemble import build_graph

    m = meta("澄岭证券\n证券研究报告 | 行业周报\n" + BODY)
    G = build_graph([], [m])
    [node] = [n for n, d in G.nodes(data=True) if d.get("label") == "Report"]
    assert G.nodes[node]["report_type"] == "weekly_digest"
    assert G.nodes[node]["broker"] == "澄岭证券"


def test_publication_date_from_the_sidebar_and_running_heads() -> None:
    """A PDF whose cover date sits in its sidebar or running head (both kept out of
    the text) still has its publication date, and the period follows it."""
    body = "示例证券\n# 星河芯片深度报告\n正文提到 2029 年 1 月的旧事。\n"
    sidebar = "分析师：张三\n2031年03月04日\n相关研究\n《星河芯片首次覆盖》\n2030.11.02"
    doc = Document("a.pdf", "a", body, sidebar_text=sidebar)
    meta = segment(doc).meta
    assert (meta.published, meta.period) == ("2031-03-04", "2031-03")
    heads = ["示例证券 | 金工研究 | 2031年05月06日"]
    assert segment(Document("b.pdf", "b", body, running_heads=heads)).meta.published == (
        "2031-05-06"
    )
