"""The houses real research collections carry, each recognised where a report signs
itself (cover line, banner, source line, sidebar, running head) by its full name, its
short name and its English name; a house the text merely cites stays out. The texts
are written for this test (invented analysts, invented figures)."""

from __future__ import annotations

import pytest

from aikg.extractors.document import segment
from aikg.schema import Document

BODY = "正文：行业需求继续改善，订单稳步增长，毛利率小幅回升。\n" * 4
EN_BODY = "Demand kept improving through the quarter and orders grew again.\n" * 4

# (the name the graph uses, its English name as the house prints it)
ZH_HOUSES = [
    ("华安证券", "Huaan Securities"),
    ("东兴证券", "Dongxing Securities"),
    ("信达证券", "Cinda Securities"),
    ("国联证券", "Guolian Securities"),
    ("中泰证券", "Zhongtai Securities"),
    ("财通证券", "Caitong Securities"),
    ("长江证券", "Changjiang Securities"),
    ("光大证券", "Everbright Securities"),
    ("兴业证券", "Industrial Securities"),
    ("东吴证券", "Soochow Securities"),
    ("天风证券", "Tianfeng Securities"),
    ("浙商证券", "Zheshang Securities"),
    ("民生证券", "Minsheng Securities"),
    ("开源证券", "Kaiyuan Securities"),
    ("国金证券", "Sinolink Securities"),
    ("西部证券", "Western Securities"),
    ("华西证券", "Huaxi Securities"),
    ("德邦证券", "Tebon Securities"),
    ("方正证券", "Founder Securities"),
    ("国元证券", "Guoyuan Securities"),
    ("华福证券", "Huafu Securities"),
    ("东北证券", "Northeast Securities"),
    ("山西证券", "Shanxi Securities"),
    ("万联证券", "Wanlian Securities"),
    ("国盛证券", "Guosheng Securities"),
    ("华鑫证券", "China Fortune Securities"),
    ("粤开证券", "Yuekai Securities"),
    ("甬兴证券", "Yongxing Securities"),
    ("东莞证券", "Dongguan Securities"),
    ("中原证券", "Central China Securities"),
]


def meta(text: str, name: str = "r.txt", **extra):
    return segment(Document(path=name, report_id="r", text=text, **extra)).meta


@pytest.mark.parametrize(("house", "english"), ZH_HOUSES)
def test_a_chinese_house_by_each_of_its_names(house: str, english: str) -> None:
    # the full registered name on the cover, over the banner
    assert meta(f"{house}股份有限公司\n证券研究报告 · 行业点评\n" + BODY).broker == house
    # the short name with its institute, as a cover line with separators
    assert meta(f"{house}研究所 | 行业周报\n# 算力需求跟踪\n" + BODY).broker == house
    # the English name, as the house prints it on an English cover
    assert meta(f"{english} | Equity Research | Industry Update\n" + EN_BODY).broker == house
    # only a source line far down the report names it
    assert meta(BODY * 5 + f"资料来源：Wind，{house}研究所\n" + BODY).broker == house


def test_a_house_without_an_english_name_of_its_own() -> None:
    assert meta("首创证券\n证券研究报告 | 公司点评\n" + BODY).broker == "首创证券"


@pytest.mark.parametrize(
    ("cover", "house"),
    [
        ("Nomura | Global Markets Research | Anchor Report", "Nomura"),
        ("Citi Research | Equity | Asia Pacific", "Citi"),
        ("Jefferies Equity Research | Technology", "Jefferies"),
        ("BofA SECURITIES | Equity Research", "BofA Securities"),
        ("Macquarie Research | China Internet", "Macquarie"),
        ("CLSA | Asia Pacific Markets | Technology", "CLSA"),
        ("Barclays | Equity Research | US Semiconductors", "Barclays"),
        ("Deutsche Bank Research | Global Technology", "Deutsche Bank"),
        ("HSBC Global Research | Equities | Technology", "HSBC"),
        ("Mizuho Securities | Equity Research", "Mizuho"),
        ("Bernstein | Research | Asia Semiconductors", "Bernstein"),
        ("Daiwa Capital Markets | Hong Kong | Internet", "Daiwa"),
        ("CICC Research | Company Update", "中金公司"),
        ("CMBI | Equity Research | China Internet", "招银国际"),
        ("Haitong International | Equity Research", "海通证券"),
        ("SMBC Nikko | Japan Equity Research", "SMBC Nikko"),
        ("DBS Group Research | Equity", "DBS"),
        ("RBC Capital Markets | Equity Research", "RBC Capital Markets"),
    ],
)
def test_an_english_house_on_its_cover_and_in_its_source_lines(cover: str, house: str) -> None:
    assert meta(f"{cover}\nAurora Chips: demand holds\n" + EN_BODY).broker == house
    alias = cover.split("|")[0].strip()
    late = EN_BODY * 5 + f"Source: FactSet, company data, {alias} estimates\n"
    assert meta(late).broker == house


def test_a_pdf_signed_only_in_its_sidebar_or_running_head() -> None:
    """The text of a PDF's body may name no house: the sidebar (analysts with their
    registration numbers, the house under them) or the running head signs it."""
    body = "# 算力需求跟踪\n" + BODY
    sidebar = "分析师：林一\n执业证书编号：S0010520000001\n邮箱：lin@example.com\n华福证券研究所"
    assert meta(body, "a.pdf", sidebar_text=sidebar).broker == "华福证券"
    heads = ["甬兴证券 | 证券研究报告 | 行业周报"]
    assert meta(body, "b.pdf", running_heads=heads).broker == "甬兴证券"
    assert meta(body, "c.pdf", sidebar_text="分析师：林一\n邮箱：lin@example.com").broker == ""


@pytest.mark.parametrize(
    ("text", "broker"),
    [
        # a house the prose cites is not the report's house
        (
            "澄岭证券\n证券研究报告 | 行业周报\n据华安证券测算，明年需求增长 20%。\n" + BODY,
            "澄岭证券",
        ),
        ("# 行业周报\n据华安证券测算，明年需求增长 20%。\n" + BODY, ""),
        ("# 行业周报\n根据东兴证券研究所的统计，订单继续增长。\n" + BODY, ""),
        ("# 行业周报\n华安证券认为 明年需求仍将改善\n" + BODY, ""),
        # an exchange, a newspaper and the trade body end in 证券… but are no house
        ("# 行业周报\n上海证券交易所\n证券时报\n" + BODY + "资料来源：深圳证券交易所，Wind\n", ""),
        ("# 行业周报\n中国证券业协会\n" + BODY, ""),
        # a brokerage sector report lists the houses it covers, one a line
        ("景川证券 | 非银行业月报\n重点股票\n华安证券\n东兴证券\n信达证券\n" + BODY, "景川证券"),
        ("# 非银行业月报\n重点股票\n华安证券\n东兴证券\n信达证券\n" + BODY, ""),
        # English prose quoting another house
        (
            "Fenwick Lowry Research | Company note\nAccording to Citi, demand will grow.\n"
            + EN_BODY,
            "Fenwick Lowry",
        ),
    ],
)
def test_a_house_named_in_passing_signs_nothing(text: str, broker: str) -> None:
    assert meta(text).broker == broker


@pytest.mark.parametrize(
    ("lang", "header", "side", "house"),
    [
        ("zh", "华福证券 | 证券研究报告", "", "华福证券"),
        ("zh", "", "东兴证券研究所", "东兴证券"),
        ("en", "Mizuho Securities | Equity Research", "", "Mizuho"),
        ("en", "", "Dongxing Securities", "东兴证券"),
    ],
)
def test_a_generated_pdf_signed_in_its_running_head_or_sidebar(
    tmp_path, lang: str, header: str, side: str, house: str
) -> None:
    """A PDF rendered at test time whose body names no house: its running head (dropped
    from the text) or its sidebar (kept apart) names it."""
    from support import layout_corpus, layouts

    from aikg.extractors.document import read_document

    spec = layout_corpus.spec("signed", lang, 0, sidebar="right", filler=40)
    spec.header = header
    if side:
        spec.sidebar_lines = [*spec.sidebar_lines[:4], side]
    doc = read_document(layouts.render(spec, tmp_path / "signed.pdf"))
    assert house.split()[0] not in doc.text
    assert segment(doc).meta.broker == house
