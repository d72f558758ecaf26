"""The made-up reports :mod:`support.layouts` renders: Chinese and English specs with
filler prose, a rating table, a bar chart, a table long enough to cross a page break,
and the corpus of layouts (columns, sidebars, landscape pages) the PDF tests read.
All wording is the tests' own.
"""

from __future__ import annotations

from support.layouts import Block, Spec

# ------------------------------------------------------------------------- the corpus

ZH_FILLER = [
    "我们认为算力需求仍将保持较快增长,云厂商资本开支维持高位,推理侧需求占比持续提升,"
    "国产算力产业链有望受益于供给改善与良率提升。",
    "应用层面,智能体产品的日活用户数稳步上行,企业客户的付费意愿逐步增强,订阅与按量计费"
    "并行的商业模式正在形成,行业整体毛利率有望改善。",
    "估值方面,板块当前市盈率处于近五年中枢下方,盈利预测上修的公司表现更优,建议关注业绩"
    "确定性较强、现金流稳健的龙头公司。",
    "风险方面,需关注宏观经济波动、行业竞争加剧、监管政策变化以及海外供应链不确定性"
    "对相关公司经营带来的影响。",
]
EN_FILLER = [
    "We expect demand for compute to keep growing quickly, with cloud capital spending staying "
    "high and inference taking a rising share of workloads across the sector.",
    "Usage of agent products keeps climbing and enterprise customers show a growing willingness "
    "to pay, so subscription and usage based pricing now run side by side.",
    "Valuations sit below their five year median, and names with upward earnings revisions "
    "have outperformed; we prefer leaders with visible growth and solid cash flow.",
    "Risks include a weaker macro backdrop, fiercer competition, changes in regulation and "
    "uncertainty in overseas supply chains that could weigh on operations.",
]
ZH_RATING = [
    ["公司代码", "公司名称", "投资评级", "昨收盘", "总市值", "EPS 2031E"],
    ["0700.HK", "腾讯控股", "优于大市", "617.0", "5,642,395", "27.60"],
    ["9988.HK", "阿里巴巴-SW", "优于大市", "157.0", "2,996,916", "6.66"],
    ["3690.HK", "美团-W", "中性", "96.5", "589,762", "-1.26"],
]
EN_RATING = [
    ["Ticker", "Company", "Rating", "Price", "Target price"],
    ["GOOGL.O", "Alphabet", "Outperform", "310.5", "360.0"],
    ["MSFT.O", "Microsoft", "Outperform", "520.0", "600.0"],
    ["META.O", "Meta", "Neutral", "700.2", "720.0"],
]
CHART_LABELS = ["27Q1", "27Q2", "27Q3", "27Q4"]
CHART_VALUES = [137.5, 248.25, 359.75, 461.5]  # bar labels 137.5 ... 461.5 are chart text


def month_rows(lang: str, count: int) -> list[list[str]]:
    """A long table of monthly index figures (it runs across a page break)."""
    head = (
        ["月份", "指数点位", "月涨跌幅", "成交额"]
        if lang == "zh"
        else ["Month", "Index level", "Monthly change", "Turnover"]
    )
    rows = [head]
    for i in range(count):
        year, month = 2028 + i // 12, i % 12 + 1
        rows.append(
            [f"{year}-{month:02d}", f"{3000 + 17 * i:,}", f"{(i % 7) - 3:.1f}%", f"{800 + 9 * i}"]
        )
    return rows


def _zh_blocks(k: int) -> tuple[list[Block], list[str]]:
    news = (
        f"人工智能动态:1) 谷歌:发布 Gemini {10 + k} Pro;2) OpenAI:推出 GPT-{10 + k} 系列模型;"
        f"3) 月之暗面:开源 Kimi K{10 + k} Thinking 模型。"
    )
    invest = (
        f"2031 年 2 月 {10 + k} 日,英伟达宣布向 OpenAI 投资 {50 + k} 亿美元,"
        "用于建设新一代数据中心。"
    )
    side = [
        "投资评级:优于大市(维持)",
        f"分析师:张明{k}",
        f"执业证书编号:S09805200000{10 + k}",
        "电话:021-60000000",
        f"邮箱:zhangming{k}@example.com",
        "基础数据",
        "总市值(亿元) 12,345",
        "52 周最高/最低 88.0/52.1",
        f"相关研究:《谷歌发布 Gemini {k + 3} Flash 模型点评》",
    ]
    blocks = [
        Block("heading", "核心观点"),
        Block("para", news),
        Block("para", invest),
    ]
    return blocks, side


def _en_blocks(k: int) -> tuple[list[Block], list[str]]:
    news = (
        f"AI dynamics: 1) Google: released Gemini {10 + k} Ultra; 2) Anthropic: launched "
        f"Claude Opus {10 + k}; 3) OpenAI: released GPT-{10 + k} model."
    )
    invest = (
        f"In February 2031, Microsoft invested US${5 + k} billion in Anthropic to expand its "
        "compute capacity."
    )
    side = [
        "Analysts",
        f"Jane Doe{k}, CFA",
        "+852 2000 0000",
        f"jane.doe{k}@example.com",
        "Rating: Overweight",
        "Price target: HK$88.00",
        "Market cap (US$bn) 123.4",
        "52-week range 52.1-88.0",
        f"Related research: Google released Gemini {k + 3} Flash",
    ]
    blocks = [Block("heading", "Key points"), Block("para", news), Block("para", invest)]
    return blocks, side


def spec(name: str, lang: str, k: int, *, filler: int = 16, **parts) -> Spec:
    """One report of the corpus; ``parts`` choose the layout and the extra blocks:
    columns, sidebar, page_number, rating ("ruled"/"unruled"), chart, long ("ruled"/
    "unruled"), landscape ("turned"/"sideways")."""
    zh = lang == "zh"
    blocks, side = (_zh_blocks if zh else _en_blocks)(k)
    fill = ZH_FILLER if zh else EN_FILLER
    blocks += [Block("para", fill[i % len(fill)]) for i in range(filler)]
    if parts.get("rating"):
        caption = "表 1:重点公司盈利预测及投资评级" if zh else "Table 1: Ratings and forecasts"
        source = "资料来源:公司公告、示例证券研究所" if zh else "Source: company data, estimates"
        blocks.append(Block(parts["rating"], caption, ZH_RATING if zh else EN_RATING, source))
    if parts.get("chart"):
        caption = "图 2:示例公司季度收入(亿元)" if zh else "Exhibit 2: Quarterly revenue (US$m)"
        source = "资料来源:公司财报、示例证券研究所" if zh else "Source: company filings"
        blocks.append(Block("chart", caption, [CHART_LABELS], source, CHART_VALUES))
        blocks += [Block("para", fill[(i + 1) % len(fill)]) for i in range(3)]
    if parts.get("long"):
        caption = "表 3:示例指数月度表现" if zh else "Table 3: Monthly index performance"
        source = "资料来源:示例数据库" if zh else "Source: example database"
        blocks.append(Block(parts["long"], caption, month_rows(lang, 60), source))
    if parts.get("landscape"):
        caption = "表 4:横排的示例估值表" if zh else "Table 4: Valuation table printed landscape"
        rows = [
            (
                ["公司", "营收 2030", "营收 2031E", "净利 2030", "净利 2031E", "市盈率"]
                if zh
                else ["Company", "Sales 2030", "Sales 2031E", "Profit 2030", "Profit 2031E", "PE"]
            ),
            ["Alpha", "120.5", "140.2", "20.1", "25.3", "18.2x"],
            ["Beta", "88.0", "95.5", "10.4", "12.9", "22.5x"],
            ["Gamma", "45.3", "60.1", "5.2", "7.7", "30.1x"],
        ]
        blocks.append(Block("landscape", caption, rows, turn_page=parts["landscape"] == "turned"))
        blocks += [Block("para", fill[2])]
    title = (
        f"互联网行业 2031 年 {k + 1} 月投资策略"
        if zh
        else f"Internet sector monthly: {k + 1:02d}/2031"
    )
    return Spec(
        name=name,
        lang=lang,
        title=title,
        blocks=blocks,
        columns=parts.get("columns", 1),
        sidebar=parts.get("sidebar", ""),
        sidebar_lines=side,
        header="示例证券 | 证券研究报告" if zh else "Example Securities | Equity Research",
        footer=parts.get("footer", "请务必阅读正文之后的免责声明及其项下所有内容" if zh else ""),
        page_number=parts.get("page_number", "- {n} -" if zh else "Page {n}"),
    )


def corpus() -> list[Spec]:
    """The twelve reports, each showing some of the phenomena."""
    return [
        spec("zh-2col-sidebar-right", "zh", 0, columns=2, sidebar="right", rating="ruled", chart=1),
        spec(
            "zh-sidebar-left-unruled",
            "zh",
            1,
            sidebar="left",
            rating="unruled",
            chart=1,
            page_number="第 {n} 页",
        ),
        spec(
            "en-2col-sidebar-right",
            "en",
            0,
            columns=2,
            sidebar="right",
            rating="ruled",
            chart=1,
            filler=22,
        ),
        spec("en-sidebar-left-unruled", "en", 1, sidebar="left", rating="unruled", chart=1),
        spec("zh-2col", "zh", 2, columns=2, rating="ruled", chart=1, filler=22),
        spec("en-2col", "en", 2, columns=2, rating="unruled", chart=1, filler=24),
        spec("zh-long-ruled", "zh", 3, rating="ruled", long="ruled", page_number="{n}", footer=""),
        spec("en-long-unruled", "en", 3, rating="unruled", long="unruled", filler=20),
        spec("zh-turned-page", "zh", 4, rating="ruled", landscape="turned"),
        spec("en-sideways-table", "en", 4, rating="ruled", landscape="sideways"),
        spec(
            "zh-2col-charts",
            "zh",
            5,
            columns=2,
            sidebar="left",
            rating="unruled",
            chart=1,
            filler=24,
        ),
        spec(
            "en-everything",
            "en",
            5,
            columns=2,
            sidebar="right",
            rating="unruled",
            chart=1,
            long="ruled",
            landscape="turned",
            filler=20,
        ),
    ]
