"""Tables in invented reports whose names no list holds (flattened and headerless
tables, investor columns, repeated headers across a page break, tables that state no
fact) and tables read from PDFs of the seeds and of invented reports."""

from __future__ import annotations

from pathlib import Path

from support import SEEDS  # noqa: E402
from support.pdfgen import seed_to_pdf, text_to_pdf
from support.table_facts import (
    investments,
    parties,
    rates,
    report_from,
    seed_facts,
)

from aikg.extractors import tables
from aikg.extractors.document import read_document, segment
from aikg.schema import EntityFact, RelationFact

# ------------------------------------------------------------------- invented reports

INVENTED = """# 星海证券 AI 产业 2031 年 3 月投资策略

重点公司估值表

代码 名称 评级 股价 总市值 EPS PE
(元) (亿元)
2031E 2032E 2031E 2032E
688901.SH 星辰微电子 买入 56.20 320 1.20 1.65 46.8 34.1
300977.SZ 云帆数据 增持 18.40 85 0.45 0.61 40.9 -
QNTM.O Quantum Loom Buy 42.5 5,230 1.10 1.85 38.6 23.0
688901.SH 星辰微电子 买入 56.20 320 1.20 1.65 46.8 34.1
资料来源: 星海证券预测

表 4: 青松资本: 近两年对外投资梳理

投资时间\t轮次\t被投企业\t业务简介
2031/2/12\t天使轮\t青鸾机器\t仿生机器人研发商
2030/6/3\tB+轮\t墨韵算力\t智算中心
\t\t\t运营服务商
2030/3/18\t并购\tZephyr Dynamics\t欧洲工业软件商
资料来源: 示例数据

星海证券 行业研究

2029/11/2\tPre-A 轮\t霁光半导体\t车规芯片设计商
2029/7/9\t定向增发\tNimbus Labs\t云原生数据库

图 8: 远山集团: 半导体领域对外投资一览
序号 被投企业 产业链环节 轮次 时间
1 霁光半导体 车规 AI 芯片设计 Pre-A 轮 2029.04
2 Orbit Silicon Inc 硅光互连芯片 B轮 2028/3/23
3 澜舟 AI 对话模型研发商 种子轮 2028.06
资料来源: 示例数据

图 9: 星海证券覆盖公司表现
代码 名称 涨跌幅 收盘价
688901.SH 星辰微电子 -3.2 56.20
"""


def test_invented_rating_table_flattened(tmp_path: Path) -> None:
    report = report_from(INVENTED, tmp_path)
    found = rates(list(tables.extract(report)))
    assert set(found) == {"688901.SH", "300977.SZ", "QNTM.O"}  # the repeated row once
    star = found["688901.SH"]
    assert star.target.name == "星辰微电子" and star.props["rating"] == "买入"
    assert star.props["price_currency"] == "CNY"
    assert star.props["market_cap_mn"] == 32000.0  # 320 亿元
    assert star.props["forecast_years"] == ["2031E", "2032E"]
    assert star.props["eps"] == [1.2, 1.65] and star.props["pe"] == [46.8, 34.1]
    assert found["300977.SZ"].props["pe"] == [40.9, None]
    assert found["QNTM.O"].target.name == "Quantum Loom"
    assert found["QNTM.O"].props["price_currency"] == "USD"


def test_invented_investment_tables(tmp_path: Path) -> None:
    report = report_from(INVENTED, tmp_path)
    facts = list(tables.extract(report))
    got = {
        (parties(e)[0], parties(e)[1], e.props["date"], e.props["round"])
        for e in investments(facts)
    }
    assert got == {
        ("青松资本", "青鸾机器", "2031-02-12", "angel"),
        ("青松资本", "墨韵算力", "2030-06-03", "b_plus"),
        ("青松资本", "Zephyr Dynamics", "2030-03-18", "acquisition"),
        ("青松资本", "霁光半导体", "2029-11-02", "pre_a"),  # continued, no caption
        ("青松资本", "Nimbus Labs", "2029-07-09", "private_placement"),
        ("远山集团", "霁光半导体", "2029-04", "pre_a"),  # space-separated rows
        ("远山集团", "Orbit Silicon Inc", "2028-03-23", "b"),
        ("远山集团", "澜舟 AI", "2028-06", "seed"),
    }
    profiles = {f.entity.name: f.props.get("profile") for f in facts if isinstance(f, EntityFact)}
    assert profiles["墨韵算力"] == "智算中心运营服务商"  # wrapped onto the next row
    assert profiles["Orbit Silicon Inc"] == "硅光互连芯片"
    acquisition = next(e for e in investments(facts) if parties(e)[1] == "Zephyr Dynamics")
    assert acquisition.props["kind"] == "acquisition"


def test_headerless_table_found_by_cell_shape(tmp_path: Path) -> None:
    text = (
        "# 示例 2031 年 5 月策略\n\n图 3: 北辰创投: 投资布局\n\n"
        "战略投资\t2031-01-05\t云栈科技\t边缘计算平台\n"
        "C轮\t2030-12-20\tHelio Robotics\t协作机器人\n"
        "未披露\t2030-09\t森屿生物\t合成生物研发商\n"
    )
    events = investments(list(tables.extract(report_from(text, tmp_path))))
    got = {(parties(e), e.props["round"]) for e in events}
    assert got == {
        (("北辰创投", "云栈科技"), "strategic"),
        (("北辰创投", "Helio Robotics"), "c"),
        (("北辰创投", "森屿生物"), "undisclosed"),
    }


INVESTOR_COLUMN = """# 示例 2031 年 5 月策略

表 6: AI 初创企业融资事件

日期\t投资方\t被投企业\t轮次\t金额
2031-04-02\t星海资本、远山集团\t云栈科技\tB轮\t5 亿元
2031-03-15\tOrion Ventures\tHelio Robotics\tSeries A\t$30 million

重点公司盈利预测
公司名称\t投资评级\t收盘价\tEPS\t\tPE
\t\t\t2031E\t2032E\t2031E\t2032E
星辰微电子\t买入\t56.2\t1.20\t1.65\t46.8\t34.1
云帆数据\t增持\t18.4\t0.45\t0.61\t40.9\t30.2
"""


def test_investor_column_amounts_and_ratings_without_tickers(tmp_path: Path) -> None:
    facts = list(tables.extract(report_from(INVESTOR_COLUMN, tmp_path)))
    events = investments(facts)
    first = next(e for e in events if parties(e)[1] == "云栈科技")
    investors = [p.entity.name for p in first.participants if p.rel_type == "MAKES_INVESTMENT"]
    assert investors == ["星海资本", "远山集团"]
    assert first.props["amount"] == 5e8 and first.props["currency"] == "CNY"
    helio = next(e for e in events if parties(e)[1] == "Helio Robotics")
    assert parties(helio)[0] == "Orion Ventures" and helio.props["round"] == "a"
    assert helio.props["amount"] == 3e7 and helio.props["currency"] == "USD"
    rated = {f.target.name: f.props for f in facts if isinstance(f, RelationFact)}
    assert rated["星辰微电子"]["eps"] == [1.2, 1.65] and rated["云帆数据"]["rating"] == "增持"
    assert "ticker" not in rated["星辰微电子"]


def test_repeated_header_and_page_break(tmp_path: Path) -> None:
    text = (
        "# 示例 2031 年 5 月策略\n\n图 3: 北辰创投: 近两年对外投资梳理\n"
        "被投企业\t简介\t时间\t轮次\n云栈科技\t边缘计算平台\t2031-01-05\t战略投资\n"
        "被投企业\t简介\t时间\t轮次\nHelio Robotics\t协作机器人\t2030-12-20\tC轮\n"
        "资料来源: 示例\n\n示例证券 行业研究 第 5 页\n\n"
        "被投企业\t简介\t时间\t轮次\n森屿生物\t合成生物研发商\t2030-09\t未披露\n"
    )
    facts = list(tables.extract(report_from(text, tmp_path)))
    assert {parties(e) for e in investments(facts)} == {
        ("北辰创投", "云栈科技"),
        ("北辰创投", "Helio Robotics"),
        ("北辰创投", "森屿生物"),
    }
    assert {f.entity.name for f in facts if isinstance(f, EntityFact)} == {
        "云栈科技",
        "Helio Robotics",
        "森屿生物",
    }


def test_other_tables_give_no_junk(tmp_path: Path) -> None:
    text = (
        "# 示例 2031 年 5 月策略\n\n图 1: 板块表现\n\n"
        "细分板块\t证券代码\t证券名称\t月涨跌幅\t收盘价\n"
        "游戏\t0777.HK\t星火游戏\t-3.1\t12.2\n"
        "\t0888.HK\t远航网络\t2.4\t8.6\n\n"
        "内容目录\n\n行情回顾\t4\n人工智能动态\t5\n\n"
        "图 2: 指标测算\n\n指标\t2030\t2031E\nTAM\t391.6\t437.9\nYoY\t\t11.8%\n"
    )
    assert not list(tables.extract(report_from(text, tmp_path)))


def test_round_words_normalise() -> None:
    from aikg.extractors.values.rounds import normalise_round

    cases = {
        "战略投资": "strategic",
        "并购": "acquisition",
        "PreIPO": "pre_ipo",
        "B+轮": "b_plus",
        "A轮": "a",
        "天使轮": "angel",
        "种子轮": "seed",
        "Pre-A轮": "pre_a",
        "定向增发": "private_placement",
        "IPO": "ipo",
        "未披露": "undisclosed",
        "Series B": "b",
        "E轮及以后": "e",
    }
    for text, expected in cases.items():
        assert normalise_round(text)[0] == expected, text
    assert normalise_round("潮玩艺术生活品牌") is None


# ------------------------------------------------------------------------- PDF tables


def test_seed_tables_read_from_pdf(tmp_path: Path) -> None:
    """The same reports as PDFs: ruled tables (source "pdf") give the same facts."""
    pdf = seed_to_pdf(next(SEEDS.glob("004_*.txt")), tmp_path / "004.pdf")
    report = segment(read_document(pdf))
    assert any(t.source == "pdf" for t in report.tables)
    events = investments(list(tables.extract(report)))
    text_events = {(parties(e), e.props["date"]) for e in investments(seed_facts("004"))}
    pdf_events = {(parties(e), e.props["date"]) for e in events}
    assert len(pdf_events & text_events) >= 0.95 * len(text_events)
    assert any(e.evidence.locator.startswith("page ") for e in events)
    pdf = seed_to_pdf(next(SEEDS.glob("000_*.txt")), tmp_path / "000.pdf")
    found = rates(list(tables.extract(segment(read_document(pdf)))))
    assert set(found) == set(rates(seed_facts("000")))
    assert found["0700.HK"].props["eps"] == [27.60, 32.63]


def test_invented_tables_read_from_pdf(tmp_path: Path) -> None:
    report = segment(read_document(text_to_pdf(INVENTED, tmp_path / "invented.pdf")))
    facts = list(tables.extract(report))
    assert set(rates(facts)) == {"688901.SH", "300977.SZ", "QNTM.O"}
    got = {(parties(e), e.props["round"]) for e in investments(facts)}
    assert (("青松资本", "霁光半导体"), "pre_a") in got  # the continued table
    assert (("远山集团", "Orbit Silicon Inc"), "b") in got
    assert len(got) == 8
