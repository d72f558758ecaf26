"""The analysts' contacts printed in a block across page 1 (not in a sidebar), one
analyst a line or the analysts side by side, become report metadata: out of the text
and the tables, into the sidebar text, the analysts' names on the report's metadata;
never prose, an entity or a fact. The PDFs are made at test time
(``support.covers.contact_block_pdf``); the names and numbers are invented."""

from __future__ import annotations

import pytest
from support import covers

from aikg.extractors.document import read_document, segment
from aikg.graph.pipeline import process_document
from aikg.schema import Document


@pytest.fixture(
    scope="module", params=[("zh", "rows"), ("zh", "grid"), ("en", "rows"), ("en", "grid")]
)
def note(request, tmp_path_factory):
    lang, form = request.param
    path = covers.contact_block_pdf(
        tmp_path_factory.mktemp("contacts") / f"{lang}-{form}.pdf", lang, form
    )
    analysts = covers.ZH_ANALYSTS if lang == "zh" else covers.EN_ANALYSTS
    return lang, path, read_document(path), analysts


def test_the_block_leaves_the_text_and_the_tables(note) -> None:
    lang, _, doc, analysts = note
    cells = " ".join(c for t in doc.pdf_tables for r in t.rows for c in r)
    for name, sac, phone, mail in analysts:
        for field in (name, sac, phone, mail):
            assert field not in doc.text and field not in cells
            assert field in doc.sidebar_text
    # the prose around the block stays, in order
    first, last = (covers.ZH_PROSE if lang == "zh" else covers.EN_PROSE)[2:4]
    assert 0 <= doc.text.index(first) < doc.text.index(last)


def test_the_analysts_are_the_reports_metadata(note) -> None:
    _, _, doc, analysts = note
    meta = segment(doc).meta
    assert sorted(meta.analysts) == sorted(name for name, *_ in analysts)
    assert meta.title in (
        "星河芯片：推理需求延续",
        "星河芯片:推理需求延续",
        "Aurora Chips: demand holds",
    )


def test_no_fact_or_entity_comes_from_the_block(note) -> None:
    _, path, _, analysts = note
    facts = process_document(path).report.facts
    for fact in facts:
        said = fact.evidence.text + " " + str(getattr(fact, "entity", ""))
        for name, sac, phone, mail in analysts:
            assert not any(f in said for f in (name, sac, phone, mail))


def test_a_text_cover_names_its_analysts_after_their_role() -> None:
    text = (
        "澄岭证券\n证券研究报告 | 公司点评\n# 星河芯片：推理需求延续\n"
        "证券分析师：林一鸣　执业证书编号：S0010520000001\n"
        "研究助理：周若涵\n"
        "星河芯片 电话会议纪要：管理层表示订单充足。\n"
        "正文：星河芯片第三季度营收同比增长。\n"
    )
    meta = segment(Document("a.txt", "a", text)).meta
    assert meta.analysts == ["林一鸣", "周若涵"]
    assert segment(Document("b.txt", "b", "# 周报\n分析师认为需求旺盛。\n")).meta.analysts == []


def test_the_report_node_carries_its_analysts(tmp_path) -> None:
    """The analysts reach the graph's Report node (and so Neo4j and the exports)."""
    from aikg.graph.pipeline import build

    (tmp_path / "a.txt").write_text(
        "澄岭证券\n证券研究报告 | 公司点评\n# 星河芯片：推理需求延续\n"
        "证券分析师：林一鸣　执业证书编号：S0010520000001\n"
        "正文：星河芯片第三季度营收同比增长。\n",
        encoding="utf-8",
    )
    G = build([tmp_path]).graph
    [report] = [d for _, d in G.nodes(data=True) if d["label"] == "Report"]
    assert report["analysts"] == ["林一鸣"]
