"""Reading reports: text files in their encodings, PDFs rendered from the seeds, bad input.

The PDFs are made at test time from the seed text files (``pdfgen``); what the PDF must
give back (paragraphs, figures, table cells) is read from the same seed file, so nothing
here depends on the wording of a report.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from support import (
    SEEDS,  # noqa: E402
    pdfgen,
)

from aikg.extractors.document import ReadError, collect_paths, read_document, segment
from aikg.schema import Document, ReportError

SEED_STEMS = [p.stem for p in sorted(SEEDS.glob("*.txt"))]
COMPARED_KINDS = ("summary", "ai_dynamics", "policy", "industry", "rating", "toc")


def squeeze(text: str) -> str:
    """Text as a PDF gives it back, without any white space (line breaks differ)."""
    text = unicodedata.normalize("NFKC", pdfgen.renderable(text.replace("**", "")))
    return re.sub(r"\s+", "", text)


def cell_key(cell: str) -> str:
    """A cell for comparing: normalised, single-spaced, and without the spaces next to
    Chinese text (a line break inside a wrapped cell may stand where a space stood)."""
    text = " ".join(unicodedata.normalize("NFKC", pdfgen.renderable(cell)).split())
    return re.sub(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])", "", text)


def rows_key(rows: list[list[str]]) -> list[list[str]]:
    width = max(len(r) for r in rows)
    return [[cell_key(c) for c in r] + [""] * (width - len(r)) for r in rows]


def seed_tables(stem: str) -> list[tuple[str, list[list[str]]]]:
    """The seed's tab-separated tables, each with the paragraph above it (its caption)."""
    blocks = pdfgen.parse_blocks((SEEDS / f"{stem}.txt").read_text("utf-8-sig"))
    found = []
    for before, block in zip([None, *blocks], blocks, strict=False):
        if block.kind == "table":
            caption = before.text if before is not None and before.kind != "table" else ""
            found.append((caption, block.rows))
    return found


@pytest.fixture(scope="module")
def seed_docs(tmp_path_factory) -> dict[str, tuple[Document, Document]]:
    """Each seed read as text and as a PDF rendered from it, by seed stem."""
    pdfs = pdfgen.seed_pdfs(tmp_path_factory.mktemp("seed-pdfs"))
    return {
        pdf.stem: (read_document(SEEDS / f"{pdf.stem}.txt"), read_document(pdf)) for pdf in pdfs
    }


def test_the_seeds_are_there() -> None:
    assert len(SEED_STEMS) >= 5, f"seed reports missing in {SEEDS}"


# ------------------------------------------------------------------------ text files

INVENTED = "# 示例行业周报\n\n## 人工智能动态\n\n星河半导体发布星河 X1 芯片,算力 420 TFLOPS。\n"


def test_utf8_with_bom_reads_without_the_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + INVENTED.encode("utf-8"))
    doc = read_document(path)
    assert doc.text == INVENTED
    assert doc.page_count == 0 and doc.pdf_tables == []


def test_gb18030_text_is_decoded(tmp_path: Path) -> None:
    data = INVENTED.encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # so the GB18030 fallback is what reads it
    path = tmp_path / "gb.txt"
    path.write_bytes(data)
    assert read_document(path).text == INVENTED


def test_markdown_reads_and_segments(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(INVENTED, encoding="utf-8")
    doc = read_document(path)
    assert doc.text == INVENTED
    kinds = [s.kind for s in segment(doc).sections]
    assert "ai_dynamics" in kinds


def test_report_id_follows_the_content(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b" / "a.txt"
    b.parent.mkdir()
    a.write_text(INVENTED, encoding="utf-8")
    b.write_text(INVENTED, encoding="utf-8")
    assert read_document(a).report_id == read_document(b).report_id
    b.write_text(INVENTED + "补充。\n", encoding="utf-8")
    assert read_document(a).report_id != read_document(b).report_id
    assert read_document(a).report_id.startswith("a-")


@pytest.mark.parametrize("stem", SEED_STEMS)
def test_seed_text_reads_as_written(stem: str) -> None:
    path = SEEDS / f"{stem}.txt"
    doc = read_document(path)
    assert doc.text == path.read_bytes().decode("utf-8-sig")
    assert doc.report_id == read_document(path).report_id


# ----------------------------------------------------------------- PDFs of the seeds


@pytest.mark.parametrize("stem", SEED_STEMS)
def test_pdf_gives_back_every_paragraph(seed_docs, stem: str) -> None:
    txt, pdf = seed_docs[stem]
    assert pdf.page_count >= 2
    # the analysts' contact lines across page 1 are the report's metadata: they leave
    # the text for the sidebar text (extractors/document/pdf/contacts.py)
    body, side = squeeze(pdf.text), squeeze(pdf.sidebar_text)
    blocks = pdfgen.parse_blocks(txt.text)
    missing = [
        b.text
        for b in blocks
        if b.kind != "table" and squeeze(b.text) not in body and squeeze(b.text) not in side
    ]
    assert not missing, f"{len(missing)} paragraphs not in the PDF text, e.g. {missing[0]!r}"


FACTS = {
    "ticker": r"\b\d{4}\.HK\b|\b[A-Z]{2,5} US\b",
    "date": r"20\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\b20\d{2}-\d{2}-\d{2}\b",
    "figure": r"\d+(?:\.\d+)?%",
}


@pytest.mark.parametrize("stem", SEED_STEMS)
def test_pdf_text_keeps_tickers_dates_and_figures(seed_docs, stem: str) -> None:
    txt, pdf = seed_docs[stem]
    # Ruled tables are read as tables and kept out of the running text.
    cells = "\n".join(c for t in pdf.pdf_tables for r in t.rows for c in r)
    body = squeeze(pdf.text + "\n" + cells)
    found_any = 0
    for kind, pattern in FACTS.items():
        facts = sorted(set(re.findall(pattern, txt.text)))
        found_any += bool(facts)
        absent = [f for f in facts if squeeze(f) not in body]
        assert not absent, f"{kind}s missing from the PDF text: {absent[:5]}"
    assert found_any >= 2


@pytest.mark.parametrize("stem", SEED_STEMS)
def test_pdf_ruled_tables_match_the_seed_tables(seed_docs, stem: str) -> None:
    _, pdf = seed_docs[stem]
    expected = seed_tables(stem)
    assert len(pdf.pdf_tables) == len(expected)
    for (caption, rows), table in zip(expected, pdf.pdf_tables, strict=True):
        assert table.source == "pdf" and table.page >= 1
        assert cell_key(table.caption) == cell_key(caption)
        assert len(table.rows) == len(rows), caption
        assert rows_key(table.rows) == rows_key(rows), caption


def test_chip_table_of_004_comes_back_cell_for_cell(seed_docs) -> None:
    stem = next(s for s in SEED_STEMS if s.startswith("004"))
    caption, rows = next((c, r) for c, r in seed_tables(stem) if "芯片对比" in c)
    _, pdf = seed_docs[stem]
    table = next(t for t in pdf.pdf_tables if "芯片对比" in t.caption)
    assert len(rows) >= 10
    assert len(table.rows) == len(rows)
    width = max(len(r) for r in rows)
    assert all(len(r) == width for r in table.rows)
    for want, got in zip(rows, table.rows, strict=True):
        want = [" ".join(pdfgen.renderable(c).split()) for c in want]
        assert got == want + [""] * (width - len(want))
    # and the chip names (second column) are not read again as running text
    names = {r[1] for r in rows[1:] if len(r) > 1 and re.search(r"\d", r[1])}
    assert len(names) >= 5
    txt, _ = seed_docs[stem]
    prose = squeeze("\n".join(ln for ln in txt.text.splitlines() if "\t" not in ln))
    table_only = [n for n in names if squeeze(n) not in prose]
    assert table_only
    assert not any(squeeze(n) in squeeze(pdf.text) for n in table_only)


@pytest.mark.parametrize("stem", SEED_STEMS)
def test_segment_reads_the_pdf_as_it_reads_the_text(seed_docs, stem: str) -> None:
    txt, pdf = seed_docs[stem]
    from_txt, from_pdf = segment(txt), segment(pdf)
    assert from_pdf.meta.period == from_txt.meta.period != ""
    assert [t.source for t in from_txt.tables] == ["text"] * len(from_txt.tables)
    assert [t.source for t in from_pdf.tables] == ["pdf"] * len(from_txt.tables)
    for a, b in zip(from_txt.tables, from_pdf.tables, strict=True):
        assert cell_key(b.caption) == cell_key(a.caption)
        assert rows_key(b.rows) == rows_key(a.rows)

    def headed(report):
        return [(s.kind, squeeze(s.heading)) for s in report.sections if s.kind in COMPARED_KINDS]

    # a heading the seed's text broke after a comma reads whole from the PDF
    pairs = list(zip(headed(from_pdf), headed(from_txt), strict=True))
    assert all(p[0] == t[0] and p[1].startswith(t[1]) for p, t in pairs), pairs
    if from_txt.sections_of("disclaimer"):
        assert from_pdf.sections_of("disclaimer")


# ------------------------------------------------------------------ invented PDFs


def test_invented_pdf_reads_text_table_and_caption(tmp_path: Path) -> None:
    doc = read_document(pdfgen.invented_pdf(tmp_path / "inv.pdf"))
    assert doc.page_count == 1
    assert "Aurora Labs" in doc.text and "2031 年 7 月 2 日" in doc.text
    [table] = doc.pdf_tables
    assert table.rows == pdfgen.INVENTED_ROWS  # the long name wraps in its cell
    assert table.caption == pdfgen.INVENTED_CAPTION
    report = segment(doc)
    assert report.meta.period == "2031-07"
    assert {"ai_dynamics", "policy"} <= {s.kind for s in report.sections}


def test_table_running_over_pages_reads_as_one(tmp_path: Path) -> None:
    rows = [pdfgen.INVENTED_ROWS[0]] + [
        [f"型号 {i}", f"厂商{i % 7}", "5nm", f"{100 + i * 3.5:.1f}", f"2031 年 {i % 12 + 1} 月"]
        for i in range(90)
    ]
    doc = read_document(pdfgen.invented_pdf(tmp_path / "long.pdf", rows=rows, filler=3))
    assert doc.page_count >= 3  # the table starts on the first page and runs over two more
    [table] = doc.pdf_tables
    assert table.caption == pdfgen.INVENTED_CAPTION
    assert table.rows == rows  # the header repeated on each page is read once


# ------------------------------------------------------------------------ bad input


def _read_error(path: Path) -> str:
    with pytest.raises(ReadError) as info:
        read_document(path)
    message = str(info.value)
    assert message and "\n" not in message and len(message) < 200
    return message


@pytest.mark.parametrize("name", ["empty.txt", "empty.md", "empty.pdf", "blank.txt"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b" \n\t\n" if name.startswith("blank") else b"")
    assert _read_error(path) == "file is empty"


def test_pdf_that_is_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_text(INVENTED, encoding="utf-8")
    assert "not a PDF" in _read_error(path)


@pytest.mark.parametrize("keep", [0.05, 0.5, 0.97])
def test_truncated_pdf(tmp_path: Path, keep: float) -> None:
    whole = pdfgen.invented_pdf(tmp_path / "whole.pdf", filler=6)
    path = pdfgen.truncated_pdf(whole, tmp_path / "cut.pdf", keep=keep)
    assert _read_error(path).startswith("damaged PDF")


def test_pdf_with_a_garbage_body(tmp_path: Path) -> None:
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    assert _read_error(path).startswith("damaged PDF")


def test_scanned_pdf_without_text(tmp_path: Path) -> None:
    path = pdfgen.scanned_pdf(tmp_path / "scan.pdf")
    assert "no extractable text" in _read_error(path)


def test_binary_text_file(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert re.search(r"binary|not UTF-8", _read_error(path))


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "cannot read file" in _read_error(tmp_path / "absent.pdf")
    assert "cannot read file" in _read_error(tmp_path)


def test_collect_paths_reports_problems(tmp_path: Path) -> None:
    docx, bare = tmp_path / "report.docx", tmp_path / "README"
    docx.write_bytes(b"PK\x03\x04")
    bare.write_text("x", encoding="utf-8")
    paths, problems = collect_paths([docx, bare, tmp_path / "absent.txt"])
    assert paths == []
    assert problems == [
        ReportError(str(docx), "unsupported file type .docx"),
        ReportError(str(bare), "unsupported file type (none)"),
        ReportError(str(tmp_path / "absent.txt"), "no such file or folder"),
    ]
    assert str(problems[0]) == f"{docx}: unsupported file type .docx"  # one line each
    assert all("\n" not in str(p) for p in problems)


def test_collect_paths_walks_folders_and_deduplicates(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    files = [
        tmp_path / "b.txt",
        tmp_path / "a.PDF",
        tmp_path / "sub" / "c.md",
        tmp_path / "sub" / "deeper" / "d.txt",
    ]
    for f in files:
        f.write_text("x", encoding="utf-8")
    (tmp_path / "sub" / "skip.docx").write_text("x", encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    paths, problems = collect_paths([tmp_path, "b.txt", tmp_path / "sub", Path("sub/c.md")])
    assert problems == []  # other kinds inside a folder are passed over silently
    assert [p.resolve() for p in paths] == sorted(f.resolve() for f in files)
