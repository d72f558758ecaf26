"""Hand-drawn PDF pages with what real broker covers carry besides their text: boxed
summaries, sparse ruled grids, template marks, watermarks, an analyst column beside a
summary, headings of several sizes. Drawn with reportlab's canvas so that each quirk
sits exactly where the test needs it. All wording is the tests' own.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4

from support.layouts import MARGIN, H, W, font_for

# ------------------------------------------------------ cover quirks (real PDFs show)


def quirks_pdf(path: str | Path, lang: str) -> Path:
    """A two-page note with what real broker PDFs carry besides their text: its summary
    inside a ruled frame (a box whose ruling lines pdfplumber takes for a one-column
    table), the cover laid out on a sparse ruled grid, word-processor template marks
    (``[Table_Summary]``, ``＃title＃`` drawn in white) and a distributor's watermark
    stamp alone on a line; page 2 has a real ruled table that must stay a table."""
    from reportlab.pdfgen.canvas import Canvas

    font = font_for(lang)
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
