"""A rating's price target: from the key-data box, a rating table's target column, a
peer view in parentheses, and a PDF sidebar that alone prints the note's rating."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import layouts

from aikg.extractors.document import read_document, segment
from aikg.extractors.tables import ratings
from aikg.schema import RelationFact


def _rates(report) -> dict[str, RelationFact]:
    return {f.target.name: f for f in ratings(report) if isinstance(f, RelationFact)}


def _text_report(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return segment(read_document(path))


def test_the_key_data_box_gives_close_and_target(tmp_path):
    zh = (
        "星河半导体（688777.SH）三季报点评：先进封装放量\n\n"
        "投资评级：买入（维持）\n目标股价：95.00 元\n当前股价：66.85 元\n\n"
        "核心观点\n公司三季度收入同比增长。\n"
    )
    en = (
        "Zentrix Inc. (ZTX US)\n\nRating: Outperform (unchanged)\n"
        "Price target (12m): $64.00 (from $58.00)\nPrice (Nov 28 close): $51.20\n\n"
        "Key points\nThe quarter beat on revenue.\n"
    )
    zh_rates = _rates(_text_report(tmp_path, "zh.txt", zh))["星河半导体"].props
    en_rates = _rates(_text_report(tmp_path, "en.txt", en))["Zentrix Inc."].props
    assert (zh_rates["rating"], zh_rates["close_price"], zh_rates["target_price"]) == (
        "买入",
        66.85,
        95.0,
    )
    assert (en_rates["rating"], en_rates["close_price"], en_rates["target_price"]) == (
        "Outperform",
        51.2,
        64.0,
    )


@pytest.mark.parametrize("column", ["PT (US$)", "Target price", "目标价"])
def test_a_rating_table_target_column(tmp_path, column):
    rows = [
        ["Company", "Ticker", "Rating", "Price", column],
        ["Orbis Data", "ORBS US", "Buy", "14.10", "18.00"],
        ["Zentrix", "ZTX US", "Neutral", "61.25", "-"],
    ]
    text = "Coverage update\n\nTable 1: Our ratings\n" + "\n".join("\t".join(r) for r in rows)
    rates = _rates(_text_report(tmp_path, "t.txt", text + "\nSource: estimates\n"))
    assert rates["Orbis Data"].props["target_price"] == 18.0
    assert rates["Orbis Data"].props["close_price"] == 14.1
    assert "target_price" not in rates["Zentrix"].props  # "-": no target, not zero


def test_a_peer_view_in_parentheses_gives_its_target(tmp_path):
    text = (
        "Sector note\n\nWe rate Orbis Data (ORBS US, $14.10, Outperform; PT $18) and keep "
        "Zentrix (ZTX US, $61.25) at Neutral.\n"
    )
    rates = _rates(_text_report(tmp_path, "p.txt", text))
    assert rates["Orbis Data"].props["target_price"] == 18.0
    assert "target_price" not in rates["Zentrix"].props


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_rating_printed_only_in_the_sidebar(tmp_path, lang):
    zh = lang == "zh"
    title = "星河半导体(688777.SH)点评:封装订单放量" if zh else "Zentrix Inc. (ZTX US): Orders ramp"
    side = (
        ["投资评级:买入(维持)", "目标价:95.00 元", "分析师:林一", "邮箱:lin@example.com"]
        if zh
        else ["Rating: Overweight", "Price target: $64.00", "Analyst: A. Lin"]
    )
    body = "公司三季度收入同比增长,毛利率改善。" if zh else "The quarter beat on revenue."
    spec = layouts.Spec(
        f"side-{lang}",
        lang,
        title,
        [layouts.Block("heading", "核心观点" if zh else "Key points")]
        + [layouts.Block("para", body) for _ in range(6)],
        sidebar="left",
        sidebar_lines=side,
    )
    doc = read_document(layouts.render(spec, tmp_path / f"side-{lang}.pdf"))
    assert "95.00" not in doc.text and "64.00" not in doc.text  # the box is no prose
    report = segment(doc)
    (rated,) = _rates(report).values()
    assert rated.props["rating"] == ("买入" if zh else "Overweight")
    assert rated.props["target_price"] == (95.0 if zh else 64.0)
    assert "sidebar" in rated.evidence.locator
    assert rated.evidence.text.startswith("投资评级" if zh else "Rating")
