"""A wrap next to a title or a quotation (``extractors/document/pdf/wrapped.py``): a line
ending in a closing bracket or quote ("…签署《…行政令》", '… the "National Framework"')
goes on in the next line unless a sentence ended inside it, and a line that is a title
in book brackets ("《…行动方案》(… Plan)") goes on the line above when that line runs on,
even in a document too short to tell its paragraph spacing.

Where the PDF breaks the line depends on the words before it, so each sentence is printed
after fillers of growing length until the break falls where the test wants it.
"""

from __future__ import annotations

import unicodedata

import pdfplumber
import pytest
from support.pdfgen import text_to_pdf

from aikg.extractors.document import read_document, segment

ZH_CLOSER = (
    "，海屿国总统签署《关于确保国家人工智能政策框架的行政令》，由海屿国数字事务部"
    "牵头落实，要求各州在 90 日内提交评估报告。"
)
EN_CLOSER = (
    " said on Tuesday that the Office of the President had signed the "
    '"National Framework for Trusted Compute" order, which the Ministry of Digital '
    "Affairs will carry out."
)
ZH_TITLE = "12 月 9 日，澜州市政府发布《澜州市促进智能算力建设行动方案》(Lanzhou Compute Plan)"


def _squeezed(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace(" ", "")


def _printed(text: str, path, broken) -> tuple[list[str], list[str]] | None:
    """The PDF's raw lines and the lines read back, or None when no line ``broken``."""
    pdf = text_to_pdf(text, path)
    with pdfplumber.open(pdf) as doc:
        raw = [ln for page in doc.pages for ln in page.extract_text().split("\n")]
    if not any(broken(ln.rstrip()) for ln in raw[1:]):
        return None
    return raw, read_document(pdf).text.split("\n")


def _cases(sentence: str, filler: str, broken, tmp_path, wanted: int = 3):
    found = []
    for k in range(60):
        text = filler * k + sentence
        got = _printed(f"# Note\n\n{text}", tmp_path / f"p{k}.pdf", broken)
        if got:
            found.append((text, got[1]))
        if len(found) == wanted:
            break
    assert found, "no filler put the break where the test needs it"
    return found


@pytest.mark.parametrize(
    ("sentence", "filler", "closer"),
    [(ZH_CLOSER, "甲", "》"), (EN_CLOSER, "ab ", '"')],
    ids=["zh", "en"],
)
def test_a_line_ending_in_a_closer_goes_on(tmp_path, sentence, filler, closer) -> None:
    for text, lines in _cases(sentence, filler, lambda ln: ln.endswith(closer), tmp_path):
        assert _squeezed(text) in [_squeezed(ln) for ln in lines], lines


def test_a_title_line_goes_on_the_line_above(tmp_path) -> None:
    for text, lines in _cases(ZH_TITLE, "甲", lambda ln: ln.startswith("《"), tmp_path):
        assert _squeezed(text) in [_squeezed(ln) for ln in lines], lines


def test_the_issuer_after_the_title_reads_in_its_sentence(tmp_path) -> None:
    text, _ = _cases(ZH_CLOSER, "甲", lambda ln: ln.endswith("》"), tmp_path, wanted=1)[0]
    pdf = text_to_pdf(f"# Note\n\n{text}", tmp_path / "issuer.pdf")
    report = segment(read_document(pdf))
    lines = [_squeezed(ln) for section in report.sections for ln in section.lines]
    assert any("行政令》,由海屿国数字事务部" in ln for ln in lines), lines
