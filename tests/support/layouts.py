"""Render made-up reports in the layouts brokers print them in, and their plain text.

Each :class:`Spec` is one report: Chinese or English, one or two body columns, a sidebar
(left or right) on page 1 with analysts, contacts, registration numbers, rating and key
data, a running header and footer with page numbers, and blocks: headings, paragraphs,
ruled and unruled tables (one long enough to run across a page break), bar charts
(reportlab graphics: bars, value labels, axis ticks) between a caption and a source
line, and landscape pages (a page turned by /Rotate, or a table printed sideways on a
portrait page). ``render`` writes the PDF; ``plain_text`` gives the same content as a
text report (tab tables; a chart as its caption and source; no sidebar, header, footer),
so a test can build both and compare the facts. The reports themselves are in
:mod:`support.layout_corpus`; hand-drawn cover pages in :mod:`support.cover_pdfs`. All
wording is the tests' own.
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


def font_for(lang: str) -> str:
    if lang == "zh":
        pdfgen._font()
        return pdfgen.FONT
    return "Helvetica"


def _style(lang: str, size: float, **kw) -> ParagraphStyle:
    return ParagraphStyle(
        f"{lang}{size}{sorted(kw.items())}",
        fontName=font_for(lang),
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
            max(
                pdfgen.pdfmetrics.stringWidth(r[c], font_for(lang), size)
                for r in rows
                if c < len(r)
            )
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
    chart.categoryAxis.labels.fontName = font_for(lang)
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = font_for(lang)
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.barLabelFormat = "%.1f"
    chart.barLabels.fontName = font_for(lang)
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
        canv.setFont(font_for(lang), 8)
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
