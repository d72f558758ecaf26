"""Cover pages as houses print them, drawn with reportlab's canvas for the tests.

``contact_block_pdf``: the analysts' contacts (name, role, registration number, phone,
e-mail) in a block across the width of page 1 under the summary, not in a sidebar:
one analyst a line ("rows") or the analysts side by side, each a stack of lines
("grid"). ``series_label_pdf``: a cover whose largest print is the series label
("行业月报", "证券研究报告", "Equity Research", "Industry Update") with the report's
real title beside or under it in smaller print. All names, numbers and sentences are
the tests' own.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4

from support import pdfgen

W, H = A4
MARGIN = 50.0

ZH_PROSE = [
    "星河芯片第三季度营收同比增长百分之四十二，推理卡需求保持旺盛。",
    "公司计划年内量产新一代推理芯片，封装产线扩产进度符合预期。",
    "云厂商订单环比继续增长，我们维持对公司毛利率改善的判断。",
    "存储涨价推动产品提价，下游客户的库存水平处于合理区间。",
    "风险提示：下游需求不及预期，新产品量产进度不及预期。",
]
EN_PROSE = [
    "Aurora Chips grew third-quarter revenue by 42% as demand for its cards held up.",
    "The company plans volume output of its next inference chip later this year.",
    "Orders from cloud builders rose again and the new packaging line is on schedule.",
    "Memory price rises let the company lift its prices without losing customers.",
    "Risks: slower demand from cloud buyers and delays to the new chip.",
]
# (name, registration number, phone, e-mail): invented analysts
ZH_ANALYSTS = [
    ("林一鸣", "S0010520000001", "021-60000001", "linyiming@example.com"),
    ("周若涵", "S0010521000002", "021-60000002", "zhouruohan@example.com"),
    ("吴思远", "S0010522000003", "021-60000003", "wusiyuan@example.com"),
]
EN_ANALYSTS = [
    ("Dana Whitlow", "S0010520000011", "+852 2000 0011", "dana.whitlow@example.com"),
    ("Omar Reyes", "S0010521000012", "+852 2000 0012", "omar.reyes@example.com"),
    ("Lena Marsh", "S0010522000013", "+852 2000 0013", "lena.marsh@example.com"),
]


def _canvas(path: str | Path, lang: str):
    from reportlab.pdfgen.canvas import Canvas

    if lang == "zh":
        pdfgen._font()
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    return canvas, (pdfgen.FONT if lang == "zh" else "Helvetica")


def _prose(canvas, font: str, lines: list[str], top: float, size: float = 10) -> float:
    canvas.setFont(font, size)
    for k, line in enumerate(lines):
        canvas.drawString(MARGIN, top - k * size * 1.6, line)
    return top - len(lines) * size * 1.6


def _contact_rows(lang: str) -> list[str]:
    """One analyst a line, across the page."""
    if lang == "zh":
        return [
            f"证券分析师：{n}    执业证书编号：{s}    电话：{p}    邮箱：{e}"
            for n, s, p, e in ZH_ANALYSTS
        ]
    return [f"{n}, CFA    SAC No. {s}    {p}    {e}" for n, s, p, e in EN_ANALYSTS]


def contact_block_pdf(path: str | Path, lang: str, form: str = "rows") -> Path:
    """A two-page note whose page 1 carries its analysts in a full-width block between
    the summary and the rest of the text (see the module docstring)."""
    canvas, font = _canvas(path, lang)
    zh = lang == "zh"
    canvas.setFont(font, 9)
    canvas.drawString(MARGIN, H - 50, "证券研究报告 | 公司点评" if zh else "Company note")
    canvas.setFont(font, 18)
    canvas.drawString(
        MARGIN, H - 85, "星河芯片：推理需求延续" if zh else "Aurora Chips: demand holds"
    )
    prose = ZH_PROSE if zh else EN_PROSE
    y = _prose(canvas, font, prose[:3], H - 125) - 20
    analysts = ZH_ANALYSTS if zh else EN_ANALYSTS
    canvas.setFont(font, 8)
    if form == "rows":
        for k, line in enumerate(_contact_rows(lang)):
            canvas.drawString(MARGIN, y - k * 14, line)
        y -= len(analysts) * 14 + 20
    else:  # each analyst a stack of lines, the stacks side by side
        role = "分析师" if zh else "Analyst"
        for c, (name, sac, phone, mail) in enumerate(analysts):
            x = MARGIN + c * 170
            fields = [name, role, ("执业证书编号：" if zh else "SAC No. ") + sac, phone, mail]
            for k, text in enumerate(fields):
                canvas.drawString(x, y - k * 12, text)
        y -= 5 * 12 + 20
    _prose(canvas, font, prose[3:], y)
    canvas.showPage()
    _prose(canvas, font, list(reversed(prose)), H - 80)
    canvas.showPage()
    canvas.save()
    return Path(path)


def series_label_pdf(path: str | Path, lang: str, label: str, title: str, beside: bool) -> Path:
    """A one-page note whose largest print is the series ``label``; the real ``title``
    is set smaller, beside the label (same band, to its right) or under it."""
    canvas, font = _canvas(path, lang)
    canvas.setFont(font, 9)
    canvas.drawString(MARGIN, H - 40, "2031年03月04日" if lang == "zh" else "4 March 2031")
    canvas.setFont(font, 26)
    canvas.drawString(MARGIN, H - 80, label)
    canvas.setFont(font, 16)
    if beside:
        canvas.drawString(W / 2 - 10, H - 78, title)
    else:
        canvas.drawString(MARGIN, H - 112, title)
    prose = (ZH_PROSE if lang == "zh" else EN_PROSE) * 2
    _prose(canvas, font, prose, H - 150)
    canvas.showPage()
    canvas.save()
    return Path(path)


def label_line_pdf(path: str | Path, lang: str, label: str, title: str, gap: float) -> Path:
    """A one-page note whose cover prints the series ``label`` and the ``title`` on one
    line in the same print: one string ("行业月报 | 算力…") when ``gap`` is 0, else the
    label and then the title ``gap`` points to its right."""
    canvas, font = _canvas(path, lang)
    canvas.setFont(font, 9)
    canvas.drawString(MARGIN, H - 40, "2031年03月04日" if lang == "zh" else "4 March 2031")
    canvas.setFont(font, 18)
    if gap:
        canvas.drawString(MARGIN, H - 80, label)
        canvas.drawString(MARGIN + canvas.stringWidth(label, font, 18) + gap, H - 80, title)
    else:
        canvas.drawString(MARGIN, H - 80, f"{label} {title}" if label else title)
    prose = (ZH_PROSE if lang == "zh" else EN_PROSE) * 2
    _prose(canvas, font, prose, H - 130)
    canvas.showPage()
    canvas.save()
    return Path(path)


SIDE_TABLES = {
    "zh": (
        (
            "表 1：推理芯片出货量（万片）",
            [
                ["公司", "2030", "2031E"],
                ["星河芯片", "120", "180"],
                ["远山科技", "85", "110"],
                ["青岚半导体", "40", "66"],
            ],
        ),
        (
            "表 2：云厂商资本开支（亿元）",
            [
                ["公司", "2030", "2031E"],
                ["北辰云", "900", "1200"],
                ["南港数据", "430", "520"],
                ["东岭智算", "150", "260"],
            ],
        ),
    ),
    "en": (
        (
            "Table 1: Inference chip shipments (k)",
            [
                ["Company", "2030", "2031E"],
                ["Aurora Chips", "120", "180"],
                ["Fern Labs", "85", "110"],
                ["Kestrel Micro", "40", "66"],
            ],
        ),
        (
            "Table 2: Cloud capex (US$bn)",
            [
                ["Company", "2030", "2031E"],
                ["Northpeak", "90", "120"],
                ["Harbor Data", "43", "52"],
                ["Eastridge", "15", "26"],
            ],
        ),
    ),
}


def side_by_side_pdf(path: str | Path, lang: str, ruled: bool) -> Path:
    """A page with two tables next to each other, each under its own caption (both
    captions on one band), ruled (a grid each) or unruled (aligned columns only),
    between two paragraphs; the source line under each table."""
    canvas, font = _canvas(path, lang)
    prose = ZH_PROSE if lang == "zh" else EN_PROSE
    y = _prose(canvas, font, prose[:2], H - 80) - 16
    canvas.setFont(font, 9)
    widths = (90.0, 60.0, 60.0)
    for t, (caption, rows) in enumerate(SIDE_TABLES[lang]):
        x = MARGIN + t * 260
        canvas.drawString(x, y, caption)
        top = y - 10
        for r, row in enumerate(rows):
            cx = x
            for c, cell in enumerate(row):
                canvas.drawString(cx + 3, top - 12 - r * 16, cell)
                cx += widths[c]
        if ruled:
            for r in range(len(rows) + 1):
                canvas.line(x, top - r * 16, x + sum(widths), top - r * 16)
            edges = [x + sum(widths[:c]) for c in range(len(widths) + 1)]
            for ex in edges:
                canvas.line(ex, top, ex, top - len(rows) * 16)
        source = "资料来源：公司公告" if lang == "zh" else "Source: company data"
        canvas.drawString(x, top - len(rows) * 16 - 14, source)
    _prose(canvas, font, prose[2:4], y - 130)
    canvas.showPage()
    canvas.save()
    return Path(path)


MERGED_HEADER = {
    "zh": [
        ["公司", "营业收入（亿元）", "", "净利润（亿元）", ""],
        ["", "2030", "2031E", "2030", "2031E"],
        ["星河芯片", "120", "180", "20.1", "25.3"],
        ["远山科技", "85", "110", "10.4", "12.9"],
    ],
    "en": [
        ["Company", "Revenue (US$m)", "", "Net profit (US$m)", ""],
        ["", "2030", "2031E", "2030", "2031E"],
        ["Aurora Chips", "120", "180", "20.1", "25.3"],
        ["Fern Labs", "85", "110", "10.4", "12.9"],
    ],
}


def merged_header_pdf(path: str | Path, lang: str) -> Path:
    """A ruled table whose first header row has cells spanning two columns each (the
    span's inner rule left out) and whose first header cell spans both header rows,
    under a caption, between two paragraphs."""
    canvas, font = _canvas(path, lang)
    prose = ZH_PROSE if lang == "zh" else EN_PROSE
    y = _prose(canvas, font, prose[:2], H - 80) - 16
    canvas.setFont(font, 9)
    canvas.drawString(MARGIN, y, "表 3：盈利预测" if lang == "zh" else "Table 3: Forecasts")
    rows, widths, step = MERGED_HEADER[lang], (100.0, 70.0, 70.0, 70.0, 70.0), 16
    top = y - 10
    edges = [MARGIN + sum(widths[:c]) for c in range(len(widths) + 1)]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            canvas.drawString(edges[c] + 3, top - 12 - r * step, cell)
    for r in range(len(rows) + 1):
        # the first column's header cell spans both header rows: no rule inside it
        canvas.line(edges[1] if r == 1 else MARGIN, top - r * step, edges[-1], top - r * step)
    for c, x in enumerate(edges):
        # the rule inside a spanning header cell starts below the first row
        start = top - step if c in (2, 4) else top
        canvas.line(x, start, x, top - len(rows) * step)
    _prose(canvas, font, prose[2:4], top - len(rows) * step - 30)
    canvas.showPage()
    canvas.save()
    return Path(path)


GROUP_HEADER_RATINGS = {
    "zh": [
        ["代码", "名称", "评级", "收盘价", "EPS（元）", "", "PE（倍）", ""],
        ["", "", "", "", "2030E", "2031E", "2030E", "2031E"],
        ["688901.SH", "青岚科技", "买入", "42.10", "1.05", "1.32", "40.1", "31.9"],
        ["0988.HK", "曜川网络", "增持", "17.35", "0.62", "0.80", "28.0", "21.7"],
    ],
    "en": [
        ["Ticker", "Company", "Rating", "Price", "EPS (US$)", "", "P/E (x)", ""],
        ["", "", "", "", "2030E", "2031E", "2030E", "2031E"],
        ["AURC US", "Aurora Chips", "Buy", "31.80", "1.05", "1.32", "30.3", "24.1"],
        ["FERN US", "Fern Labs", "Overweight", "17.35", "0.62", "0.80", "28.0", "21.7"],
    ],
}


def _group_table(canvas, rows: list[list[str]], top: float, ruled: bool) -> float:
    """Draw a table whose first row groups the columns (see :func:`group_header_pdf`)
    from ``top`` down; where it ends."""
    widths = [70.0] * 2 + [52.0] * (len(rows[0]) - 2)
    edges = [MARGIN + sum(widths[:c]) for c in range(len(widths) + 1)]
    step = 16
    spans = []  # (first column, last column) of each group row cell
    for c, cell in enumerate(rows[0]):
        if cell:
            spans.append([c, c])
        elif spans:
            spans[-1][1] = c
    for first, last in spans:
        text = rows[0][first]
        if first < 2:
            canvas.drawString(edges[first] + 3, top - 12, text)
        else:
            canvas.drawCentredString((edges[first] + edges[last + 1]) / 2, top - 12, text)
    for r, row in enumerate(rows[1:], 1):
        for c, cell in enumerate(row):  # names from the left, figures centred
            if c < 2:
                canvas.drawString(edges[c] + 3, top - 12 - r * step, cell)
            else:
                canvas.drawCentredString((edges[c] + edges[c + 1]) / 2, top - 12 - r * step, cell)
    if ruled:
        grouped = {c for first, last in spans if last > first for c in range(first + 1, last + 1)}
        for r in range(len(rows) + 1):
            # under the group row, a rule only where a group label sits over its columns
            if r == 1:
                for first, last in spans:
                    if last > first:
                        canvas.line(edges[first], top - step, edges[last + 1], top - step)
                continue
            canvas.line(MARGIN, top - r * step, edges[-1], top - r * step)
        for c, x in enumerate(edges):
            canvas.line(x, top - step if c in grouped else top, x, top - len(rows) * step)
    return top - len(rows) * step


def group_header_pdf(path: str | Path, lang: str, rows: list[list[str]], ruled: bool) -> Path:
    """A table whose header takes two rows: a group label (``rows[0]``, blank where its
    span goes on) printed centred over the columns it groups, the columns' own titles
    (``rows[1]``) under it, the first columns' titles once, in the group row; ruled (a
    grid, no rule inside a spanning cell) or unruled (aligned columns only); under a
    caption, between two paragraphs."""
    canvas, font = _canvas(path, lang)
    prose = ZH_PROSE if lang == "zh" else EN_PROSE
    y = _prose(canvas, font, prose[:2], H - 80) - 16
    canvas.setFont(font, 8)
    canvas.drawString(MARGIN, y, "表 4：重点公司估值" if lang == "zh" else "Table 4: Valuations")
    bottom = _group_table(canvas, rows, y - 10, ruled)
    source = "资料来源：测试预测" if lang == "zh" else "Source: test estimates"
    canvas.drawString(MARGIN, bottom - 14, source)
    _prose(canvas, font, prose[2:4], bottom - 40)
    canvas.showPage()
    canvas.save()
    return Path(path)


def continued_group_header_pdf(path: str | Path, lang: str, rows: list[list[str]]) -> Path:
    """A ruled table of a two-row header (``rows[:2]``) that starts at the foot of page 1
    and goes on at the top of page 2 under its header printed again, no caption there:
    the first body row on page 1, the others on page 2."""
    canvas, font = _canvas(path, lang)
    prose = ZH_PROSE if lang == "zh" else EN_PROSE
    y = _prose(canvas, font, prose * 6, H - 80) - 16
    canvas.setFont(font, 8)
    canvas.drawString(MARGIN, y, "表 4：重点公司估值" if lang == "zh" else "Table 4: Valuations")
    _group_table(canvas, rows[:3], y - 10, ruled=True)
    canvas.showPage()
    canvas.setFont(font, 8)
    bottom = _group_table(canvas, rows[:2] + rows[3:], H - 60, ruled=True)
    source = "资料来源：测试预测" if lang == "zh" else "Source: test estimates"
    canvas.drawString(MARGIN, bottom - 14, source)
    _prose(canvas, font, prose[:2], bottom - 40)
    canvas.showPage()
    canvas.save()
    return Path(path)
