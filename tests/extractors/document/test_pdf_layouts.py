"""PDFs in the layouts brokers print them in read like their text.

The corpus (``support.layouts``) is made at test time: twelve reports, Chinese and
English, with two-column bodies, sidebars on page 1, running headers and footers with
page numbers, ruled and unruled tables, a table across a page break, bar charts between
a caption and a source line, and landscape pages. Each is also written as plain text;
the PDF must give back what the text holds, in order, and nothing of the page furniture.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from support import layout_corpus, layouts

from aikg.extractors.document import read_document

SPECS = layout_corpus.corpus()
NAMES = [s.name for s in SPECS]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def cell_key(cell: str) -> str:
    text = " ".join(unicodedata.normalize("NFKC", cell).split())
    return re.sub(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])", "", text)


def rows_key(rows: list[list[str]]) -> list[list[str]]:
    return [[cell_key(c) for c in r] for r in rows]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, tuple]:
    """name -> (spec, pdf path, text path, the PDF read)."""
    folder = tmp_path_factory.mktemp("layouts")
    out = {}
    for spec in SPECS:
        pdf = layouts.render(spec, folder / "pdf" / f"{spec.name}.pdf")
        txt = folder / "txt" / f"{spec.name}.txt"
        txt.parent.mkdir(exist_ok=True)
        txt.write_text(layouts.plain_text(spec), "utf-8")
        out[spec.name] = (spec, pdf, txt, read_document(pdf))
    return out


@pytest.fixture(scope="module")
def builds(corpus):
    from aikg.graph import build

    pdfs = [pdf for _, pdf, _, _ in corpus.values()]
    txts = [txt for _, _, txt, _ in corpus.values()]
    return build(pdfs), build(txts)


def _facts(G, rel: str) -> set[tuple[str, str]]:
    def name(node: str) -> str:
        data = G.nodes[node]
        return data["period"] if data["label"] == "Report" else data["name"]

    return {(name(u), name(v)) for u, v, d in G.edges(data=True) if d["type"] == rel}


def _blocks(spec, *kinds: str):
    return [b for b in spec.blocks if b.kind in kinds]


def test_the_corpus_shows_every_layout():
    assert len(SPECS) >= 12
    assert {s.lang for s in SPECS} == {"zh", "en"}
    assert {s.sidebar for s in SPECS} >= {"left", "right"}
    assert any(s.columns == 2 for s in SPECS)
    kinds = {b.kind for s in SPECS for b in s.blocks}
    assert kinds >= {"ruled", "unruled", "chart", "landscape"}
    turned = {b.turn_page for s in SPECS for b in _blocks(s, "landscape")}
    assert turned == {True, False}


def test_pdf_build_states_the_same_facts_as_the_text_build(builds):
    pdf, txt = builds
    assert not pdf.errors and not txt.errors
    for rel in ("RELEASED", "INVESTS_IN", "RATES"):
        from_txt, from_pdf = _facts(txt.graph, rel), _facts(pdf.graph, rel)
        assert from_txt, rel
        assert from_pdf == from_txt, (rel, sorted(from_txt ^ from_pdf)[:10])


def test_the_sidebar_states_no_fact(builds):
    pdf, _ = builds
    released = {model for _, model in _facts(pdf.graph, "RELEASED")}
    assert not {m for m in released if m.endswith("Flash")}  # the related-research titles


@pytest.mark.parametrize("name", NAMES)
def test_reading_order_follows_the_columns(corpus, name):
    spec, _, _, doc = corpus[name]
    body = squeeze(doc.text)
    expected = [spec.title] + [
        t
        for b in spec.blocks
        for t in ([b.text] + ([b.source] if b.kind in ("ruled", "unruled", "chart") else []))
        if b.kind != "landscape" and t
    ]
    at = 0
    for text in expected:
        found = body.find(squeeze(text), at)
        assert found >= 0, f"{text!r} not in order (or not whole) after offset {at}"
        at = found + len(squeeze(text))
    assert doc.page_count >= 2


@pytest.mark.parametrize("name", NAMES)
def test_running_headers_footers_and_page_numbers_are_dropped(corpus, name):
    spec, _, _, doc = corpus[name]
    lines = [ln.strip() for ln in doc.text.split("\n")]
    assert not [ln for ln in lines if spec.header in ln]
    if spec.footer:
        assert not [ln for ln in lines if spec.footer in ln]
    numbers = {spec.page_number.format(n=n) for n in range(1, doc.page_count + 1)}
    assert not numbers & set(lines)
    assert any(spec.header in head for head in doc.running_heads)


@pytest.mark.parametrize("name", NAMES)
def test_the_sidebar_is_kept_out_of_the_text_and_handed_on(corpus, name):
    spec, _, _, doc = corpus[name]
    if not spec.sidebar:
        assert doc.sidebar_text == ""
        return
    body, side = squeeze(doc.text), squeeze(doc.sidebar_text)
    for line in spec.sidebar_lines:
        assert squeeze(line) not in body, line
        assert squeeze(line) in side, line
    assert re.search(r"S\d{12}|@example\.com", doc.sidebar_text)


@pytest.mark.parametrize("name", [s.name for s in SPECS if _blocks(s, "chart")])
def test_chart_labels_and_ticks_stay_out_of_the_prose(corpus, name):
    spec, _, _, doc = corpus[name]
    lines = {ln.strip() for ln in doc.text.split("\n")}
    labels = {f"{v:.1f}" for v in layout_corpus.CHART_VALUES} | set(layout_corpus.CHART_LABELS)
    labels |= {"100", "200", "300", "400"}  # axis ticks
    assert not {ln for ln in lines if set(ln.split()) & labels}
    for chart in _blocks(spec, "chart"):
        assert chart.text in lines and chart.source in lines


def _table(doc, caption: str):
    found = [t for t in doc.pdf_tables if cell_key(t.caption) == cell_key(caption)]
    assert len(found) == 1, [t.caption for t in doc.pdf_tables]
    return found[0]


@pytest.mark.parametrize("name", NAMES)
def test_ruled_and_unruled_tables_come_back_with_their_cells(corpus, name):
    spec, _, _, doc = corpus[name]
    for block in _blocks(spec, "ruled", "unruled"):
        table = _table(doc, block.text)
        assert rows_key(table.rows) == rows_key(block.rows), block.kind
        assert table.source == "pdf" and table.page >= 1
    body = squeeze(doc.text)
    for block in _blocks(spec, "ruled", "unruled"):
        assert squeeze("".join(block.rows[1])) not in body  # rows are read once, as a table


@pytest.mark.parametrize("name", [s.name for s in SPECS if any(len(b.rows) > 12 for b in s.blocks)])
def test_a_table_across_a_page_break_is_one_table(corpus, name):
    spec, _, _, doc = corpus[name]
    (block,) = [b for b in spec.blocks if len(b.rows) > 12]
    table = _table(doc, block.text)
    assert rows_key(table.rows) == rows_key(block.rows)
    assert table.page < doc.page_count  # it started before the last page


@pytest.mark.parametrize("name", [s.name for s in SPECS if _blocks(s, "landscape")])
def test_landscape_pages_are_read(corpus, name):
    import pdfplumber

    spec, pdf, _, doc = corpus[name]
    (block,) = _blocks(spec, "landscape")
    table = _table(doc, block.text)
    assert rows_key(table.rows) == rows_key(block.rows)
    with pdfplumber.open(pdf) as opened:
        rotations = {p.rotation for p in opened.pages}
        sideways = any(not c["upright"] for p in opened.pages for c in p.chars)
    assert (90 in rotations) == block.turn_page
    assert sideways == (not block.turn_page)


@pytest.mark.parametrize("name", NAMES)
def test_every_line_knows_its_page(corpus, name):
    import pdfplumber

    spec, pdf, _, doc = corpus[name]
    lines = doc.text.split("\n")
    assert len(doc.line_pages) == len(lines)
    assert doc.line_pages == sorted(doc.line_pages)
    assert doc.page_of(1) == 1 and doc.page_of(len(lines) + 1) == 0
    with pdfplumber.open(pdf) as opened:
        # pages read as they stand (a page printed sideways reads garbled that way)
        page_text = [
            squeeze(p.extract_text() or "") if all(c["upright"] for c in p.chars) else None
            for p in opened.pages
        ]
    checked = 0
    for number, line in enumerate(lines, 1):
        text = page_text[doc.page_of(number) - 1]
        if len(line.strip()) >= 12 and text is not None:
            # headings come marked by their print ("# …", "## …"), wrapped lines joined:
            # pdfplumber reads a page's two columns row by row, so a joined line's pieces
            # lie apart in its text; all but the pieces across a join lie there
            bare = squeeze(re.sub(r"^#+ ", "", line))
            pieces = [bare[k : k + 8] for k in range(0, len(bare) - 7, 8)]
            found = sum(piece in text for piece in pieces)
            assert found >= 0.8 * len(pieces), (number, doc.page_of(number), line)
            checked += 1
    assert checked >= 10


def test_pdf_evidence_names_the_page_and_text_evidence_the_line(builds):
    pdf, txt = builds
    for G, pattern in (
        (pdf.graph, r"page \d+ (line \d+|table .* row \d+)"),
        (txt.graph, r"line \d+"),
    ):
        locators = [
            loc
            for _, _, d in G.edges(data=True)
            if d["type"] in ("RELEASED", "RATES")
            for loc in d.get("evidence_locators", [])
        ]
        assert locators
        assert all(re.fullmatch(pattern, loc) for loc in locators), locators[:5]
