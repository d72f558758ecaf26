"""Render reports into PDFs for the tests, with reportlab.

``seed_to_pdf`` turns a seed text file (the text of a broker PDF) back into a PDF that
reads like one: paragraphs wrapped to the page width, markdown headings as larger,
bold-looking lines, and each run of tab-separated lines as a ruled table (grid lines,
so pdfplumber's ``extract_tables`` finds it) under its caption paragraph. The font is the
built-in CID font STSong-Light, so Chinese renders without a font file and pdfplumber
reads it back.

``invented_pdf``, ``scanned_pdf`` and ``truncated_pdf`` make small PDFs of the tests'
own: a made-up report, an image-only page and a damaged file.

Characters the font has no glyph for but a Latin font has (the middle dot "·", the bullet
"•", "é") are drawn in Helvetica, as a broker's PDF mixes a Latin font into its CJK text;
the others (emoji, private-use symbols) are dropped, as a PDF with a missing glyph loses
them; ``renderable`` gives the text a PDF of a given text can give back, for comparing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import (
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

FONT = "STSong-Light"
MARGIN = 50.0
FRAME_WIDTH = A4[0] - 2 * MARGIN
from support import SEEDS  # noqa: E402

_BODY = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, wordWrap="CJK", spaceAfter=5)
_HEADING_SIZES = {1: 17, 2: 14, 3: 12}
_CELL_SIZES = (8, 7, 6, 5)
_CELL_PADDING = 3.0


@lru_cache(maxsize=1)
def _font() -> UnicodeCIDFont:
    font = UnicodeCIDFont(FONT)
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(font)
    return font


@lru_cache(maxsize=4096)
def _has_glyph(ch: str) -> bool:
    """Whether STSong-Light draws ``ch`` (its UniGB-UCS2-H CMap maps it to a glyph)."""
    if ch.isascii():
        return True
    if ord(ch) > 0xFFFF or unicodedata.category(ch) in ("Co", "Cs", "Cn"):
        return False
    from pdfminer.cmapdb import CMapDB

    return bool(list(CMapDB.get_cmap("UniGB-UCS2-H").decode(ch.encode("utf-16-be"))))


@lru_cache(maxsize=4096)
def _latin_only(ch: str) -> bool:
    """Whether ``ch`` is drawn in the Latin font: STSong-Light has no glyph for it and
    Helvetica's WinAnsi encoding has one ("·", "•", "é")."""
    if _has_glyph(ch):
        return False
    try:
        ch.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def renderable(text: str) -> str:
    """The text as the PDF shows it: a no-break space becomes a space, glyphless
    characters go."""
    text = text.replace("\u00a0", " ")
    return "".join(ch for ch in text if ch in "\t\n" or _has_glyph(ch) or _latin_only(ch))


def escaped(text: str) -> str:
    """Paragraph markup for renderable text: XML escaped, the characters only the Latin
    font draws set in it.

    >>> escaped("Dec 17 · <b>")
    'Dec 17 <font name="Helvetica">·</font> &lt;b&gt;'
    """
    return "".join(
        f'<font name="Helvetica">{ch}</font>' if _latin_only(ch) else escape(ch) for ch in text
    )


# ---------------------------------------------------------------------------- blocks


@dataclass
class Block:
    kind: str  # "heading", "para" or "table"
    text: str = ""
    level: int = 0  # heading level; list nesting for a paragraph
    rows: list[list[str]] = field(default_factory=list)


def _is_table_start(line: str) -> bool:
    return "\t" in line and len([c for c in line.split("\t") if c.strip()]) >= 2


def parse_blocks(text: str) -> list[Block]:
    """Split report text into headings, paragraphs and tables.

    A paragraph is one non-blank line (the seeds put a blank line between paragraphs);
    a table is a run of tab-separated lines (blank lines inside the run are skipped),
    the same rule ``segment.find_tables`` reads the text by.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _is_table_start(line):
            rows: list[list[str]] = []
            while i < len(lines) and (
                "\t" in lines[i]
                or (not lines[i].strip() and i + 1 < len(lines) and "\t" in lines[i + 1])
            ):
                if lines[i].strip():
                    rows.append([c.strip() for c in lines[i].split("\t")])
                i += 1
            if len(rows) >= 2:
                blocks.append(Block("table", rows=rows))
            else:
                blocks.extend(Block("para", " ".join(c for c in r if c)) for r in rows)
            continue
        i += 1
        stripped = line.strip()
        if not stripped:
            continue
        heading = re.match(r"^(#{1,6})\s*(.*)$", stripped)
        if heading:
            if heading.group(2).strip():
                blocks.append(Block("heading", heading.group(2).strip(), len(heading.group(1))))
            continue
        indent = len(line) - len(line.lstrip(" "))
        blocks.append(Block("para", stripped.replace("\t", " "), level=min(indent // 2, 4)))
    return blocks


# ------------------------------------------------------------------------ flowables


def _markup(text: str) -> str:
    """Paragraph markup for plain text: markdown bold markers go, XML is escaped."""
    return escaped(renderable(text.replace("**", "")))


class _BoldParagraph(Paragraph):
    """A paragraph drawn filled and stroked (text render mode 2): bold without a bold
    font, as CID fonts have none."""

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setLineWidth(0.4)
        canv._code.append("2 Tr")  # text state operator, allowed outside BT/ET
        super().draw()
        canv.restoreState()


def _text_width(text: str, size: float) -> float:
    return _font().stringWidth(text, size)


def _column_widths(rows: list[list[str]], size: float) -> list[float] | None:
    """Column widths that fill the frame, or None if the table cannot fit at ``size``.

    Every column is at least as wide as its longest unbreakable run (a Latin word or
    number: reportlab breaks those only when they cannot fit); the rest of the width is
    shared by water-filling towards each column's natural width.
    """
    columns = list(zip(*rows, strict=True))
    pad = 2 * _CELL_PADDING + 1
    natural = [max(_text_width(c, size) for c in col) + pad for col in columns]
    minimum = [
        max([_text_width(w, size) for c in col for w in re.findall(r"[!-~]+", c)] + [size * 2])
        + pad
        for col in columns
    ]
    if sum(minimum) > FRAME_WIDTH:
        return None
    if sum(natural) <= FRAME_WIDTH:
        extra = (FRAME_WIDTH - sum(natural)) / len(natural)
        return [n + extra for n in natural]
    lo, hi = 0.0, FRAME_WIDTH
    for _ in range(40):  # the cap L with sum(max(min_i, min(nat_i, L))) == width
        cap = (lo + hi) / 2
        total = sum(max(m, min(n, cap)) for m, n in zip(minimum, natural, strict=True))
        lo, hi = (cap, hi) if total < FRAME_WIDTH else (lo, cap)
    return [max(m, min(n, lo)) for m, n in zip(minimum, natural, strict=True)]


def _table(rows: list[list[str]], scale: float = 1.0) -> Table:
    ncols = max(len(r) for r in rows)
    cells = [[renderable(c) for c in r] + [""] * (ncols - len(r)) for r in rows]
    for size in _CELL_SIZES:
        widths = _column_widths(cells, size)
        if widths:
            break
    else:
        size, widths = _CELL_SIZES[-1], [FRAME_WIDTH / ncols] * ncols
    style = ParagraphStyle(
        f"cell{size}", fontName=FONT, fontSize=size, leading=size * 1.25, wordWrap="CJK"
    )
    data = [[Paragraph(escaped(c), style) if c else "" for c in r] for r in cells]
    table = Table(data, colWidths=[w * scale for w in widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, "black"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


@lru_cache(maxsize=16)
def _heading_style(level: int) -> ParagraphStyle:
    size = _HEADING_SIZES.get(level, 11)
    return ParagraphStyle(
        f"h{level}",
        fontName=FONT,
        fontSize=size,
        leading=size * 1.35,
        wordWrap="CJK",
        spaceBefore=size * 0.6,
        spaceAfter=size * 0.4,
        keepWithNext=1,
    )


@lru_cache(maxsize=16)
def _para_style(level: int) -> ParagraphStyle:
    return ParagraphStyle(f"p{level}", parent=_BODY, leftIndent=level * 12)


def flowables(blocks: list[Block], table_scale: float = 1.0) -> list[Flowable]:
    """Platypus flowables for the blocks; a table's caption paragraph keeps with it.

    ``table_scale`` above 1 draws every table that much wider than the text frame, centred,
    so that it reaches past both edges of the page (as wide tables do in broker PDFs).
    """
    _font()
    out: list[Flowable] = []
    for block in blocks:
        if block.kind == "heading":
            out.append(_BoldParagraph(_markup(block.text), _heading_style(block.level)))
        elif block.kind == "para":
            out.append(Paragraph(_markup(block.text), _para_style(block.level)))
        elif block.kind == "table":
            if out and isinstance(out[-1], Paragraph):
                out[-1].keepWithNext = 1  # the caption stays above its table
            out.extend([_table(block.rows, table_scale), Spacer(1, 8)])
    return out


def text_to_pdf(
    text: str, pdf_path: str | Path, *, title: str = "report", table_scale: float = 1.0
) -> Path:
    """Render report text (markdown headings, paragraphs, tab tables) as a PDF."""
    pdf_path = Path(pdf_path)
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(pdf_path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        invariant=1,  # same input, same bytes
    )
    doc.build(flowables(parse_blocks(text), table_scale))
    return pdf_path


def seed_to_pdf(txt_path: str | Path, pdf_path: str | Path, table_scale: float = 1.0) -> Path:
    """Render one seed text file as a PDF (``table_scale``: see :func:`flowables`)."""
    txt_path = Path(txt_path)
    text = txt_path.read_bytes().decode("utf-8-sig")
    return text_to_pdf(text, pdf_path, title=txt_path.stem, table_scale=table_scale)


def seed_paths() -> list[Path]:
    """The seed reports, sorted by name."""
    return sorted(SEEDS.glob("*.txt"))


def seed_pdfs(tmp_dir: str | Path, table_scale: float = 1.0) -> list[Path]:
    """Render every seed into ``tmp_dir`` (same stem, .pdf); the paths in seed order.

    Meant for a session-scoped fixture: ``seed_pdfs(tmp_path_factory.mktemp("pdf"))``.
    """
    tmp_dir = Path(tmp_dir)
    return [seed_to_pdf(p, tmp_dir / f"{p.stem}.pdf", table_scale) for p in seed_paths()]


# ----------------------------------------------------------------- invented reports

INVENTED_CAPTION = "表 1:示例芯片参数对比"
INVENTED_ROWS = [
    ["芯片", "厂商", "制程", "算力 (TFLOPS)", "发布时间"],
    ["星河 X1", "星河半导体", "5nm", "420", "2031 年 3 月"],
    ["Aurora A7", "Aurora Labs", "4nm", "1,150", "2031 年 5 月"],
    ["青岚 Q9 一款名字很长的测试推理加速芯片型号", "青岚科技", "7nm", "96.5", "2031 年 6 月"],
]


def invented_text(
    *,
    title: str = "示例行业 2031 年 7 月投资策略",
    rows: list[list[str]] | None = None,
    caption: str = INVENTED_CAPTION,
    filler: int = 0,
) -> str:
    """A small made-up report: title, as-of date, AI-news and policy sections, one table.

    ``filler`` adds that many long paragraphs before the table (to push it down a page
    or across pages).
    """
    rows = INVENTED_ROWS if rows is None else rows
    parts = [
        f"# {title}",
        "核心观点",
        "市场回顾:截至 2031 年 7 月 2 日,示例指数 PE-TTM 为 18.20x,处于历史 40%分位点。",
        "## 人工智能动态",
        "1) 星河半导体:发布星河 X1 推理芯片,能效较上一代提升 35%;"
        "2) Aurora Labs:推出 Aurora A7,面向数据中心训练场景。",
        "## 行业政策",
        "示例部门发布算力基础设施指导意见,鼓励企业建设绿色数据中心。",
    ]
    sentence = (
        "这是一段用于测试的填充文字,描述示例行业的发展情况,包括模型训练、推理部署"
        "以及应用落地等多个方面的进展,Aurora Labs 与星河半导体在其中扮演重要角色。"
    )
    parts += [sentence * 4 for _ in range(filler)]
    parts.append(caption)
    parts += ["\t".join(r) for r in rows]
    parts.append("资料来源:示例数据库")
    return "\n\n".join(parts) + "\n"


def invented_pdf(path: str | Path, **kwargs) -> Path:
    """Render ``invented_text(**kwargs)`` as a PDF at ``path``."""
    return text_to_pdf(invented_text(**kwargs), path, title="invented")


def scanned_pdf(path: str | Path) -> Path:
    """A PDF whose one page is a picture of text (no text layer), like a scan."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    image = Image.new("L", (600, 300), 255)
    draw = ImageDraw.Draw(image)
    for row in range(8):
        draw.text((20, 20 + row * 30), "SCANNED PAGE 2031 REPORT", fill=0)
    path = Path(path)
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.drawImage(ImageReader(image), MARGIN, 400, width=480, height=240)
    canvas.showPage()
    canvas.save()
    return path


def truncated_pdf(source: str | Path, path: str | Path, keep: float = 0.4) -> Path:
    """A copy of ``source`` cut after ``keep`` of its bytes (a broken download)."""
    data = Path(source).read_bytes()
    path = Path(path)
    path.write_bytes(data[: max(16, int(len(data) * keep))])
    return path
