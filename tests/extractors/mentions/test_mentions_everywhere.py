"""Mentions everywhere: every entity named in a sentence, heading or table cell, typed,
with evidence, in both languages; junk and boilerplate yield nothing. All sentences and
names are invented."""

from aikg.extractors import mentions
from aikg.extractors.known import Known
from aikg.extractors.mentions import mentions_in
from aikg.schema import ReportMeta, Section, SegmentedReport, Table


def found(text: str, names: dict[str, str] | None = None) -> set[tuple[str, str]]:
    return {(m.name, m.label) for m in mentions_in(text, names)}


def report(sections: list[Section], tables: list[Table] | None = None) -> SegmentedReport:
    return SegmentedReport(ReportMeta("r", broker="远川证券"), sections, tables or [], "")


def test_chinese_companies_by_suffix_and_trade_word():
    got = found("据悉，澜舟深算科技与明渠智算签署协议，雾港游戏亦参与。")
    assert {("澜舟深算科技", "Company"), ("明渠智算", "Company"), ("雾港游戏", "Company")} <= got


def test_english_companies_by_head_word_and_ticker():
    got = found("Marlowe Capital Partners backed Pellucid Bio; TeraWulf (WULF US) rose.")
    assert got == {
        ("Marlowe Capital Partners", "Company"),
        ("Pellucid Bio", "Company"),
        ("TeraWulf", "Company"),
    }


def test_issuers_in_both_languages():
    assert ("国家能源局", "Organization") in found("国家能源局与国务院发布通知")
    assert ("国务院", "Organization") in found("国家能源局与国务院发布通知")
    assert ("European Commission", "Organization") in found("The European Commission said")


def test_versioned_models_in_both_languages():
    assert found("阿里开源 Qwen3-Max 与混元 2.0") >= {("Qwen3-Max", "Model"), ("混元 2.0", "Model")}
    got = found("Orbis shipped GPT-5.1 Instant and Claude Haiku 4.5 this week.")
    assert {("GPT-5.1 Instant", "Model"), ("Claude Haiku 4.5", "Model")} <= got


def test_chip_part_numbers_in_both_languages():
    assert found("采购 JX-680 芯片与昇腾 950PR") >= {("JX-680", "Chip"), ("昇腾 950PR", "Chip")}
    got = found("It bought MI355X and QX-900 accelerators.")
    assert {("MI355X", "Chip"), ("QX-900", "Chip")} <= got
    # a report title's compact date is no part number
    assert found("计算机行业周报 20251117-20251121：算力需求跟踪") == set()


def test_products_by_their_word():
    assert ("LX-Agent 2.0", "Product") in found("星衡智能推出 LX-Agent 2.0")


def test_junk_yields_nothing():
    for text in [
        "该模型采用 Apache 2.0 许可，权重约 60GB，支持 INT8 与 FP16。",
        "The model ships under MIT, needs 24GB and runs in FP8.",
        "同比增长 30%，功耗 275W，售价 3499 元。",
        "On Nov 12, Figure 3 shows Q3 2025 results.",
        "当前，公司计划扩大投入。",
    ]:
        assert found(text) == set(), text


def test_people_are_no_companies():
    assert found("Governor Lena Ortiz signed it, CEO Mark Doyle said.") == set()


def test_extract_reads_headings_paragraphs_and_cells_but_not_boilerplate():
    r = report(
        [
            Section("prose", "星衡智能：发布 Kuafu-2.5", ["砺芯微电子推出 JX-680 芯片。"], 5),
            Section("front", "", ["分析师：林澄 邮箱：lin@example.com 远川证券研究所"], 1),
            Section("disclaimer", "免责声明", ["本报告由远川证券发布，鹤汀封测不承担责任。"], 90),
        ],
        [Table([["公司", "代码"], ["栖梧晶圆", "688719.SH"]], caption="表 1", start_line=40)],
    )
    facts = list(mentions.extract(r, Known()))
    got = {(f.entity.name, f.entity.label) for f in facts}
    assert {("星衡智能", "Company"), ("Kuafu-2.5", "Model"), ("砺芯微电子", "Company")} <= got
    assert {("JX-680", "Chip"), ("栖梧晶圆", "Company")} <= got
    assert ("鹤汀封测", "Company") not in got  # disclaimer
    assert not any("远川" in name for name, _ in got)  # the publishing broker
    heading = next(f for f in facts if f.entity.name == "星衡智能")
    assert heading.evidence.locator == "line 4" and heading.evidence.report_id == "r"
    cell = next(f for f in facts if f.entity.name == "栖梧晶圆")
    assert "table '表 1' row 1" in cell.evidence.locator


def test_bracketed_forms_become_aliases():
    r = report(
        [
            Section(
                "prose",
                "",
                [
                    "曦禾智能（Xihe AI）与极曜半导体（688719.SH）合作，"
                    "Halvorsen Compute (HALV US) 亦参与。"
                ],
                3,
            )
        ]
    )
    aliases = {f.entity.name: f.aliases for f in mentions.extract(r) if f.aliases}
    assert aliases == {
        "曦禾智能": ("Xihe AI",),
        "极曜半导体": ("688719.SH",),
        "Halvorsen Compute": ("HALV US",),
    }


def test_known_names_are_found_again():
    assert ("栖霞", "Company") in found("栖霞完成交付", {"栖霞": "Company"})


def test_other_houses_named_in_prose_are_companies():
    # a rating wrap names the houses that moved their targets; they are companies, while
    # the publishing broker still is not (see the test above)
    got = found("Halden Bank and TD Cowen raised their targets; Citi reiterated a Buy.")
    assert {("TD Cowen", "Company"), ("Citi", "Company")} <= got
    # a Chinese house's short form opens other companies' names: 中金资本 is no 中金公司
    assert ("中金公司", "Company") not in found("本轮由中金资本领投，澜舟深算科技跟投。")


def test_prose_that_speaks_of_analysts_or_calls_is_read():
    r = report(
        [
            Section(
                "prose",
                "",
                [
                    "Several analysts raised their targets on Halvorsen Compute (HALV US).",
                    "公司在业绩电话会上表示，星衡智能全年资本开支约 1860 亿元。",
                    "云厂商大幅增加资本开支，砺芯微电子受益。",
                ],
                3,
            ),
            Section("front", "", ["证券分析师 林澄 0755-81982651 S0980521120004"], 1),
        ]
    )
    got = {(f.entity.name, f.entity.label) for f in mentions.extract(r, Known())}
    assert {("Halvorsen Compute", "Company"), ("星衡智能", "Company")} <= got
    assert ("砺芯微电子", "Company") in got
    assert not any("资本" in name for name, _ in got)  # 资本开支 is capex, no investor
    assert not any("林澄" in name for name, _ in got)  # the contact line yields nothing
