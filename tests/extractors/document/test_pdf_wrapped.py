"""A sentence a PDF wrapped across lines is read as the one line its author wrote
(``extractors/document/pdf/wrapped.py``), while list items, short closing lines, new
paragraphs and headings stay apart, in Chinese and English, in one or two columns."""

from __future__ import annotations

import unicodedata

import pytest
from support.layouts import Block, Spec, render
from support.pdfgen import text_to_pdf

from aikg.extractors.document import read_document, segment

EN_LONG = (
    "Orrin Compute said on December 16 that it had signed a five-year agreement with "
    "Tallis Cloud for accelerator capacity in two new data halls, and that the first "
    "racks would be handed over in the second quarter of next year."
)
ZH_LONG = (
    "12 月 3 日，星澜智算公告与北屿数据签订算力服务合同，合同金额约 4.6 亿元，服务期"
    "三年，双方将在液冷机房、推理集群调度与模型部署等方面开展长期合作，首批算力预计"
    "于明年一季度交付。"
)
REPORT = f"""# Weekly compute wrap

{EN_LONG}

- Short item one.
- Short item two that also ends here.

Closing line.

{ZH_LONG}

## Next section

A new paragraph starts here.
"""


def _same(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace(" ", "")


def _lines(path) -> list[str]:
    """The document's lines, width-folded and without spaces (CJK gets none back)."""
    return [_same(ln) for ln in read_document(path).text.split("\n") if ln.strip()]


def test_a_wrapped_sentence_is_one_line_and_blocks_stay_apart(tmp_path):
    lines = _lines(text_to_pdf(REPORT, tmp_path / "wrap.pdf"))
    assert _same(EN_LONG) in lines and _same(ZH_LONG) in lines
    assert _same("- Short item one.") in lines
    assert _same("- Short item two that also ends here.") in lines
    assert _same("Closing line.") in lines
    assert any(ln.endswith("Nextsection") for ln in lines)
    assert _same("A new paragraph starts here.") in lines


def test_the_sentence_reads_whole_downstream(tmp_path):
    report = segment(read_document(text_to_pdf(REPORT, tmp_path / "wrap.pdf")))
    lines = [ln for section in report.sections for ln in section.lines]
    assert EN_LONG in lines  # the sentence, its date and its object on one line


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_two_columns_join_within_their_column(tmp_path, lang):
    long = EN_LONG if lang == "en" else ZH_LONG
    end = "Left column ends." if lang == "en" else "左栏结束。"
    blocks = [Block("para", long), Block("para", end)] * 4
    spec = Spec(name="two", lang=lang, title="Wrap", blocks=blocks, columns=2)
    lines = _lines(render(spec, tmp_path / f"two-{lang}.pdf"))
    assert lines.count(_same(long)) == 4, lines  # each copy whole, in its column
    assert lines.count(_same(end)) == 4


def _split_by_a_page_break(tmp_path, long: str):
    """A PDF where ``long`` starts at the foot of one page and ends on the next: the
    filler before it grows until the page break falls inside it."""
    import pdfplumber

    for count in range(28, 45):
        filler = "\n\n".join(f"Paragraph {k} ends here." for k in range(count))
        pdf = text_to_pdf(f"# Long note\n\n{filler}\n\n{long}\n", tmp_path / f"p{count}.pdf")
        with pdfplumber.open(pdf) as opened:
            pages = [_same(p.extract_text() or "") for p in opened.pages]
        head, tail = _same(long)[:20], _same(long)[-20:]
        if any(head in a and tail in b for a, b in zip(pages, pages[1:], strict=False)):
            return pdf
    raise AssertionError("no page break fell inside the paragraph")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_sentence_a_page_break_cut_is_one_line(tmp_path, lang):
    long = " ".join([EN_LONG] * 4) if lang == "en" else ZH_LONG * 4  # lines to split
    doc = read_document(_split_by_a_page_break(tmp_path, long))
    lines = [_same(ln) for ln in doc.text.split("\n") if ln.strip()]
    assert _same(long) in lines


# paragraphs whose printed lines break where a plain reading would end them: after a
# sentence, inside a bracket, between a month and its day, before a date (each break
# checked on the page itself below, so the test says what it reads)
RUN_ON = [
    (
        "Corlis Robotics (a Leeds maker of robots) closed a $52m Series A led by Ashgrove "
        "Partners; Tamber Ventures also invested. The round values Corlis at $400m "
        "post-money. (Dec 3)",
        "invested.",
    ),
    (
        "Vantor Labs: the $180m Series B (the start-up based in Leeds) drew money from "
        "Lightspeed, Redpoint and NVentures. (Dec 3)",
        "(Dec",
    ),
    (
        "Brightfold AI (based in Leeds, UK) unveiled Quill-2, its first open-weight coding "
        "model, at a developer event on December 10.",
        "December",
    ),
    (
        "9 月 12 日，根据公告显示，江城市经济和信息化局印发《江城市算力基础设施高质量发展"
        "行动方案》，提出到2027 年全市智能算力规模达到 20 EFLOPS。",
        "提出到",
    ),
]
SPACED_REPORT = "# Run-on lines\n\n" + "\n\n".join(
    [EN_LONG, "Short closing line.", *(p for p, _ in RUN_ON), ZH_LONG, "另起一段。", "- An item."]
)


def test_a_paragraph_runs_on_where_the_page_spaces_paragraphs_apart(tmp_path):
    import pdfplumber

    from aikg.extractors.document.pdf.layout import text_lines

    pdf = text_to_pdf(SPACED_REPORT, tmp_path / "runon.pdf")
    with pdfplumber.open(pdf) as opened:
        printed = [ln.text.rstrip() for p in opened.pages for ln in text_lines(p.chars)]
    lines = _lines(pdf)
    for paragraph, break_after in RUN_ON:
        # the page breaks the paragraph there, and the reader joins it again
        assert any(ln.endswith(break_after) for ln in printed), (break_after, printed)
        assert _same(paragraph) in lines, (paragraph, lines)
    # paragraphs set apart by their gap stay apart, and so do items
    assert _same("Short closing line.") in lines and _same("另起一段。") in lines
    assert _same("- An item.") in lines


def test_unspaced_paragraphs_keep_the_plain_rule():
    """Without a wider gap between paragraphs than between their lines, a line that ends
    a sentence at the edge ends its paragraph, and a date starts an entry of its own."""
    from aikg.extractors.document.pdf.layout import Line
    from aikg.extractors.document.pdf.wrapped import join_wrapped, line_pitch

    def line(text: str, top: float, x1: float = 500.0) -> Line:
        chars = [
            {"text": ch, "x0": 50.0 + 5 * k, "x1": 55.0 + 5 * k, "size": 10.0}
            for k, ch in enumerate(text)
        ]
        chars[-1]["x1"] = x1
        return Line(text, 50.0, x1, top, top + 10.0, chars)

    page = [
        line("甲公司与乙公司签署合作协议，双方将在模型训练与推理部署等方面合作。", 0),
        line("2031 年 3 月：丙公司发布新一代推理芯片，能效较上一代提升。", 14),
        line("短句。", 28, x1=80.0),
        line("丁公司表示，将在明年推出面向企业的智能体平台并开放接口，提出到", 42),
        line("2032 年实现规模化商用。", 56, x1=170.0),
    ]
    assert line_pitch([page]) is None  # every gap is 4 pt: nothing tells paragraphs apart
    assert [ln.text for ln in join_wrapped(page)] == [ln.text for ln in page]
