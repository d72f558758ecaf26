"""Render made-up reports in the layouts brokers print them in, and their plain text.

Each :class:`Spec` is one report: Chinese or English, one or two body columns, a sidebar
(left or right) on page 1 with analysts, contacts, registration numbers, rating and key
data, a running header and footer with page numbers, and blocks: headings, paragraphs,
ruled and unruled tables (one long enough to run across a page break), bar charts
(reportlab graphics: bars, value labels, axis ticks) between a caption and a source
line, and landscape pages (a page turned by /Rotate, or a table printed sideways on a
portrait page). ``render`` writes the PDF; ``plain_text`` gives the same content as a
text report (tab tables; a chart as its caption and source; no sidebar, header, footer),
so a test can build both and compare the facts. All wording is the tests' own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from support import pdfgen

W, H = A4
MARGIN = 50.0
TOP = 80.0  # body frames start below the running header
GUTTER = 18.0
SIDEBAR = 140.0


@dataclass
class Block:
    """``kind``: heading, para, ruled, unruled, chart, landscape."""

    kind: str
    text: str = ""  # heading/para text; table/chart caption
    rows: list[list[str]] = field(default_factory=list)
    source: str = ""  # the source line under a table or chart
    values: list[float] = field(default_factory=list)  # chart bars (labels: rows[0])
    turn_page: bool = False  # landscape: /Rotate 90 (else printed sideways)


@dataclass
class Spec:
    name: str
    lang: str  # "zh" or "en"
    title: str
    blocks: list[Block]
    columns: int = 1
    sidebar: str = ""  # "", "left" or "right"
    sidebar_lines: list[str] = field(default_factory=list)
    header: str = ""  # running header text (left), with the title short on the right
    footer: str = ""  # running footer text beside the page number
    page_number: str = "{n}"  # format of the page number ("- {n} -", "Page {n}")


def _font(lang: str) -> str:
    if lang == "zh":
        pdfgen._font()
        return pdfgen.FONT
    return "Helvetica"


def _style(lang: str, size: float, **kw) -> ParagraphStyle:
    return ParagraphStyle(
        f"{lang}{size}{sorted(kw.items())}",
        fontName=_font(lang),
        fontSize=size,
        leading=size * 1.4,
        wordWrap="CJK" if lang == "zh" else None,
        spaceAfter=4,
        **kw,
    )


def _table(rows: list[list[str]], lang: str, width: float, ruled: bool) -> Table:
    """A table that fits ``width``: the largest font (9 to 6 pt) at which no cell wraps;
    unruled tables keep a gap of 1.5 em or more between their columns."""
    ncols = max(len(r) for r in rows)
    for size in (9, 8, 7, 6):
        pad = 6.0 if ruled else 1.5 * size
        natural = [
            max(pdfgen.pdfmetrics.stringWidth(r[c], _font(lang), size) for r in rows if c < len(r))
            + pad
            + 1
            for c in range(ncols)
        ]
        if sum(natural) <= width:
            break
    style = _style(lang, size)
    data = [[Paragraph(escape(c), style) if c else "" for c in r] for r in rows]
    table = Table(data, colWidths=natural, repeatRows=1, hAlign="LEFT")
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3 if ruled else 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3 if ruled else pad),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    if ruled:
        commands.append(("GRID", (0, 0), (-1, -1), 0.6, "black"))
    table.setStyle(TableStyle(commands))
    return table


def _chart(block: Block, lang: str, width: float) -> Drawing:
    drawing = Drawing(width, 150)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 25, width - 45, 110
    chart.data = [block.values]
    chart.categoryAxis.categoryNames = block.rows[0]
    chart.categoryAxis.labels.fontName = _font(lang)
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = _font(lang)
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.barLabelFormat = "%.1f"
    chart.barLabels.fontName = _font(lang)
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


class Sideways(Flowable):
    """A table drawn a quarter turn counter-clockwise, filling the frame; with
    ``turn_page`` the page gets /Rotate 90 so that a viewer shows it upright."""

    def __init__(self, table: Table, caption: Paragraph, turn_page: bool) -> None:
        super().__init__()
        self.table, self.caption, self.turn_page = table, caption, turn_page

    def wrap(self, avail_width, avail_height):
        self.avail = (avail_width, avail_height)
        return avail_width, avail_height - 1

    def draw(self) -> None:
        canv = self.canv
        width, height = self.avail
        canv.saveState()
        canv.translate(width, 0)
        canv.rotate(90)  # local (u, v) is the page's (width - v, u)
        _, ch = self.caption.wrap(height, 40)
        self.caption.drawOn(canv, 0, width - ch)
        _, th = self.table.wrap(height, width)
        self.table.drawOn(canv, 0, width - ch - 8 - th)
        canv.restoreState()


def _story(spec: Spec, width: float) -> list[Flowable]:
    lang = spec.lang
    body, small = _style(lang, 10), _style(lang, 8)
    out: list[Flowable] = [Paragraph(escape(spec.title), _style(lang, 16, spaceBefore=2))]
    if spec.columns == 2 and not spec.sidebar:
        out.append(FrameBreak())
    out.append(NextPageTemplate("body"))
    for block in spec.blocks:
        if block.kind == "heading":
            out.append(Paragraph(escape(block.text), _style(lang, 12, spaceBefore=6)))
        elif block.kind == "para":
            out.append(Paragraph(escape(block.text), body))
        elif block.kind in ("ruled", "unruled"):
            parts = [
                Paragraph(escape(block.text), small),
                _table(block.rows, lang, width, block.kind == "ruled"),
                Paragraph(escape(block.source), small),
            ]
            # a short table stays whole; a long one runs on across the page break
            out += [KeepTogether(parts)] if len(block.rows) < 12 else parts
        elif block.kind == "chart":
            out.append(
                KeepTogether(
                    [
                        Paragraph(escape(block.text), small),
                        _chart(block, lang, width),
                        Paragraph(escape(block.source), small),
                    ]
                )
            )
        elif block.kind == "landscape":
            table = _table(block.rows, lang, H - TOP * 2, ruled=block.turn_page)
            caption = Paragraph(escape(block.text), small)
            out += [
                NextPageTemplate("turned" if block.turn_page else "full"),
                PageBreak(),
                Sideways(table, caption, block.turn_page),
            ]
            out += [NextPageTemplate("body"), PageBreak()]
    return out


def _frames(spec: Spec, first: bool) -> list[Frame]:
    inner = W - 2 * MARGIN
    height = H - 2 * TOP
    if first and spec.sidebar:
        x = MARGIN + (SIDEBAR + GUTTER if spec.sidebar == "left" else 0)
        return [Frame(x, TOP, inner - SIDEBAR - GUTTER, height, id="main")]
    col = (inner - GUTTER) / 2
    cols = [Frame(MARGIN + i * (col + GUTTER), TOP, col, height, id=f"c{i}") for i in (0, 1)]
    if spec.columns == 1:
        return [Frame(MARGIN, TOP, inner, height, id="one")]
    if first:
        title = Frame(MARGIN, H - TOP - 50, inner, 50, id="title")
        cols = [
            Frame(MARGIN + i * (col + GUTTER), TOP, col, height - 50, id=f"c{i}") for i in (0, 1)
        ]
        return [title, *cols]
    return cols


def _decorate(spec: Spec, first: bool, turned: bool = False):
    lang = spec.lang

    def on_page(canv, doc) -> None:
        if turned:
            return  # a landscape page: its header would print sideways
        canv.saveState()
        canv.setFont(_font(lang), 8)
        if spec.header:
            canv.drawString(MARGIN, H - 40, spec.header)
            canv.drawRightString(W - MARGIN, H - 40, spec.title[:24])
            canv.line(MARGIN, H - 45, W - MARGIN, H - 45)
        number = spec.page_number.format(n=doc.page)
        if spec.footer:
            canv.drawString(MARGIN, 30, spec.footer)
            canv.drawRightString(W - MARGIN, 30, number)
        else:
            canv.drawCentredString(W / 2, 30, number)
        canv.restoreState()
        if first and spec.sidebar:
            x = MARGIN if spec.sidebar == "left" else W - MARGIN - SIDEBAR
            frame = Frame(x, TOP, SIDEBAR, H - 2 * TOP, showBoundary=0)
            style = _style(lang, 8)
            frame.addFromList([Paragraph(escape(t), style) for t in spec.sidebar_lines], canv)

    return on_page


def render(spec: Spec, path: str | Path) -> Path:
    """Write the report as a PDF at ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = BaseDocTemplate(str(path), pagesize=A4, title=spec.name, invariant=1)
    full = [Frame(MARGIN, TOP, W - 2 * MARGIN, H - 2 * TOP, id="full")]
    doc.addPageTemplates(
        [
            PageTemplate("first", _frames(spec, True), onPage=_decorate(spec, True)),
            PageTemplate("body", _frames(spec, False), onPage=_decorate(spec, False)),
            PageTemplate("full", full, onPage=_decorate(spec, False)),
            PageTemplate("turned", full, onPage=_decorate(spec, False, True)),
        ]
    )
    doc.pageTemplates[-1].rotation = 90  # reportlab writes /Rotate 90 on "turned" pages
    width = _frames(spec, False)[0].width
    if spec.sidebar:
        width = min(width, _frames(spec, True)[0].width)
    doc.build(_story(spec, width) + [Spacer(1, 1)])
    return path


def plain_text(spec: Spec) -> str:
    """The report's content as a text report (what a clean conversion would give)."""
    parts = [f"# {spec.title}"]
    for block in spec.blocks:
        if block.kind == "heading":
            parts.append(f"## {block.text}")
        elif block.kind == "para":
            parts.append(block.text)
        elif block.kind == "chart":
            parts += [block.text, block.source]
        else:
            parts.append(block.text)
            parts += ["\t".join(r) for r in block.rows]
            if block.source:
                parts.append(block.source)
    return "\n\n".join(parts) + "\n"


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


# ------------------------------------------------------ cover quirks (real PDFs show)


def quirks_pdf(path: str | Path, lang: str) -> Path:
    """A two-page note with what real broker PDFs carry besides their text: its summary
    inside a ruled frame (a box whose ruling lines pdfplumber takes for a one-column
    table), the cover laid out on a sparse ruled grid, word-processor template marks
    (``[Table_Summary]``, ``＃title＃`` drawn in white) and a distributor's watermark
    stamp alone on a line; page 2 has a real ruled table that must stay a table."""
    from reportlab.pdfgen.canvas import Canvas

    font = _font(lang)
    zh = lang == "zh"
    box = (
        [
            "核心观点",
            "星河芯片第三季度营收同比增长42%至18亿元。",
            "公司将于年内量产新一代推理芯片。",
        ]
        if zh
        else [
            "OUR TAKE",
            "Aurora Chips grew 3Q revenue 42% YoY to $1.8bn.",
            "It plans volume output of its next inference chip this year.",
        ]
    )
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont(font, 11)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.drawString(MARGIN, H - 60, "＃title＃" if zh else "#title#")  # invisible mark
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(font, 26)  # a short banner label in the largest print: no title
    canvas.drawString(W - MARGIN - 120, H - 50, "金融工程" if zh else "EQUITY")
    canvas.setFont(font, 20)  # the title: the cover's largest worded print
    canvas.drawString(
        MARGIN, H - 84, "[Table_Title]" + ("星河芯片深度报告" if zh else "Aurora Chips deep dive")
    )
    canvas.setFont(font, 11)
    # a sparse layout grid over the cover (three by four cells, one filled)
    top, bottom = H - 100, H - 300
    for k in range(4):
        canvas.line(MARGIN, top - k * (top - bottom) / 3, W - MARGIN, top - k * (top - bottom) / 3)
    for k in range(5):
        x = MARGIN + k * (W - 2 * MARGIN) / 4
        canvas.line(x, top, x, bottom)
    canvas.drawString(
        MARGIN + 4, top - 20, "[Table_Summary]" + ("投资要点" if zh else "Key points")
    )
    # the summary frame: one ruled column, one line a row
    frame_top = H - 340
    for k, line in enumerate(box):
        canvas.drawString(MARGIN + 6, frame_top - 16 - k * 18, line)
    canvas.rect(MARGIN, frame_top - 16 - len(box) * 18, W - 2 * MARGIN, len(box) * 18 + 10)
    for k in range(1, len(box)):
        y = frame_top - 12 - k * 18
        canvas.line(MARGIN, y, W - MARGIN, y)
    canvas.setFont("Helvetica", 8)
    canvas.drawString(MARGIN, 120, "qZtRnVbWcXeYmLpKoJ8HgFdSaQwErTyUiOpAsDfGhJkL")
    canvas.showPage()
    canvas.setFont(font, 10)
    rows = [["公司", "营收", "增速"], ["星河芯片", "18", "42%"], ["远山科技", "9", "15%"]]
    if not zh:
        rows = [
            ["Company", "Revenue", "Growth"],
            ["Aurora Chips", "1.8", "42%"],
            ["Fern Labs", "0.9", "15%"],
        ]
    y0 = H - 120
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            canvas.drawString(MARGIN + 6 + c * 120, y0 - 14 - r * 20, cell)
    for r in range(len(rows) + 1):
        canvas.line(MARGIN, y0 - r * 20, MARGIN + 360, y0 - r * 20)
    for c in range(4):
        canvas.line(MARGIN + c * 120, y0, MARGIN + c * 120, y0 - len(rows) * 20)
    canvas.showPage()
    canvas.save()
    return Path(path)


def boxed_cover_pdf(path: str | Path) -> Path:
    """An English cover as US houses print it: the summary in the left column, the
    analysts (name, phone, e-mail) in a narrow right column, and under both a
    full-width key-figures table whose rows cross the column gutter and leave a gap of
    their own further right (a gutter that parts no columns)."""
    from reportlab.pdfgen.canvas import Canvas

    prose = [
        "Aurora Chips grew third-quarter revenue by 42% to $1.8bn, ahead of",
        "what the market expected, as demand for its inference cards held up",
        "through the quarter. Orders from cloud builders rose again and the",
        "company now plans volume output of its next inference chip this year.",
        "We keep our view that the memory shortage helps its pricing, and we",
        "expect margins to widen further as the new packaging line ramps up.",
        "Fern Labs signed a supply deal with Aurora Chips for 2032 deliveries.",
        "The board also approved a new buyback worth $2bn over two years.",
    ]
    analysts = ["12 January 2031 | 7:30AM EST", "Dana Whitlow", "+1-212-555-0101"]
    analysts += ["dana.whitlow@example.com", "Omar Reyes"]
    analysts += ["+1-212-555-0102", "omar.reyes@example.com"]
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(MARGIN, H - 70, "Aurora Chips: demand holds")
    canvas.setFont("Helvetica", 9)
    for k, line in enumerate(prose):
        canvas.drawString(MARGIN, H - 110 - k * 12, line)
    for k, line in enumerate(analysts):
        canvas.drawString(400, H - 104 - k * 19, line)
    rows = [
        ["Aurora Chips AUR.O", "$ 120.50 45,210", "12 January 2031 closing", "1", "150.00"],
        ["Fern Labs FERN.O", "$ 44.10 9,870", "12 January 2031 closing", "2", "50.00"],
        ["Kestrel Micro KST.O", "$ 18.75 2,310", "12 January 2031 closing", "1", "25.00"],
    ]
    for r, row in enumerate(rows):
        for x, cell in zip((MARGIN, 170, 300, 450, 545), row, strict=True):
            canvas.drawString(x, H - 300 - r * 14, cell)
    canvas.showPage()
    canvas.save()
    return Path(path)


def headed_pdf(path: str | Path) -> Path:
    """A one-page company note whose headings are told only by their print: a large
    section heading, bold run-in headings at body size ("Risks", "Valuation") and body
    text; a bold two-line paragraph that is no heading."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    y = H - 70

    def put(text: str, font: str = "Helvetica", size: float = 10, gap: float = 14) -> None:
        nonlocal y
        canvas.setFont(font, size)
        canvas.drawString(MARGIN, y, text)
        y -= gap

    put("12 January 2031", "Helvetica-Bold", 24, 30)  # a dated banner, not the title
    put("Aurora Chips: demand holds", "Helvetica-Bold", 20, 30)
    put("Company overview", "Helvetica", 14, 20)
    put("Aurora Chips designs inference cards for cloud builders and sells them")
    put("through two distributors in Asia and one in Europe.", gap=20)
    put("Risks", "Helvetica-Bold")
    put("A slower build-out by cloud buyers would weigh on orders and margins.", gap=20)
    put("Valuation", "Helvetica-Bold")
    put("We rate Aurora Chips Buy with a target price of $150 on 30x 2032E P/E.")
    put("Our earnings estimates stay above the market's for both years.", gap=20)
    put("Bold words that run over two lines are a paragraph set in bold,", "Helvetica-Bold")
    put("not a heading of their own.", "Helvetica-Bold", gap=20)
    put("The last paragraph closes the note.")
    canvas.showPage()
    canvas.save()
    return Path(path)
