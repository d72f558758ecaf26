"""Coverage tables whose rows for companies the house does not cover say "Not rated",
"NR", "未评级", "无评级" or leave the rating "—" (their figures are consensus ones): such
a row is a company with its ticker, once, and no RATES fact; the rated rows keep their
RATES. The reports are written for this test (invented companies and figures)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from aikg.extractors import tables
from aikg.extractors.document import segment
from aikg.extractors.tables.common import rating_words
from aikg.extractors.tables.rating import is_not_rated
from aikg.graph.pipeline import build
from aikg.schema import Document, EntityFact, RelationFact

EN_ALIGNED = """Fenwick Lowry Research | Asia Semiconductors | 12 March 2031
Asia memory: pricing turns

We see memory pricing turning up in the second quarter and stay positive on the group.

Exhibit 4: Coverage and peers
Company              Ticker     Rating      Price    EPS 2031E   EPS 2032E   PE 2031E   PE 2032E
Aurora Chips         AURC US    Buy         120.50   4.10        5.20        29.4       23.2
Kestrel Micro        KSTM US    Neutral     18.75    1.10        1.30        17.0       14.4
Halden Memory        HLDM US    Not rated   44.10    2.05        2.40        21.5       18.4
Brightwater Semi     BWSC US    NR          9.80     0.55        0.70        17.8       14.0
Ostrander Devices OSTD US       —           31.20    1.40        1.65        22.3       18.9
Source: FactSet, Fenwick Lowry Research estimates; NR: not rated, consensus estimates.

Aurora Chips remains our top pick in the group.
"""

ZH_TABS = """澄岭证券
证券研究报告 | 行业点评
存储行业：价格拐点已至

我们认为二季度存储价格将开始回升，维持行业推荐评级。

表 1：重点公司盈利预测及投资评级
代码\t名称\t评级\t收盘价\tEPS 2031E\tEPS 2032E\tPE 2031E\tPE 2032E
688901.SH\t星河芯片\t买入\t88.50\t2.10\t2.80\t42.1\t31.6
688902.SH\t远山存储\t增持\t45.20\t1.20\t1.55\t37.7\t29.2
688903.SH\t青岚半导体\t未评级\t31.00\t0.80\t1.05\t38.8\t29.5
688904.SH\t鹿鸣微电子\t无评级\t22.10\t0.40\t0.62\t55.3\t35.6
688905.SH\t白塔电子\t—\t17.60\t0.30\t0.45\t58.7\t39.1
资料来源：Wind，澄岭证券研究所；未评级公司盈利预测来自 Wind 一致预期

我们继续看好星河芯片。
"""

EN_PIPE = """---
title: Asia memory monthly
date: 2031-03-12
---

# Asia memory monthly

Memory pricing keeps improving across the region.

Table 2: Ratings and estimates

| Company | Ticker | Rating | Price | EPS 2031E | EPS 2032E |
|---|---|---|---|---|---|
| Aurora Chips | AURC US | Overweight | 120.50 | 4.10 | 5.20 |
| Halden Memory | HLDM US | NR | 44.10 | 2.05 | 2.40 |
| Ostrander Devices | OSTD US | — | 31.20 | 1.40 | 1.65 |

Source: company data, estimates.
"""

RATED = {
    "en.txt": {"Aurora Chips": "Buy", "Kestrel Micro": "Neutral"},
    "zh.txt": {"星河芯片": "买入", "远山存储": "增持"},
    "pipe.md": {"Aurora Chips": "Overweight"},
}
NOT_RATED = {
    "en.txt": {"Halden Memory": "HLDM", "Brightwater Semi": "BWSC", "Ostrander Devices": "OSTD"},
    "zh.txt": {"青岚半导体": "688903", "鹿鸣微电子": "688904", "白塔电子": "688905"},
    "pipe.md": {"Halden Memory": "HLDM", "Ostrander Devices": "OSTD"},
}
TEXTS = {"en.txt": EN_ALIGNED, "zh.txt": ZH_TABS, "pipe.md": EN_PIPE}


def test_not_rated_words_are_rating_words() -> None:
    """Each not-rated word is a rating word too, so its cell is never read as a name."""
    words = {w.casefold() for w in rating_words()}
    for word in ("Not Rated", "NR", "未评级", "无评级"):
        assert is_not_rated(word) and word.casefold() in words
    assert not is_not_rated("Buy") and not is_not_rated("买入")


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_a_not_rated_row_is_a_company_and_no_rating(name: str) -> None:
    report = segment(Document(path=name, report_id="r", text=TEXTS[name]))
    facts = list(tables.extract(report))
    rates = {f.target.name: f.props["rating"] for f in facts if isinstance(f, RelationFact)}
    assert rates == RATED[name]
    companies = {
        f.entity.name: f.props.get("ticker", "") for f in facts if isinstance(f, EntityFact)
    }
    for company, ticker in NOT_RATED[name].items():
        assert ticker in companies[company].replace(" ", ".")
    assert set(companies) == set(RATED[name]) | set(NOT_RATED[name])


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    folder: Path = tmp_path_factory.mktemp("not-rated")
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return build([folder]).graph


def test_the_graph_holds_each_company_once_and_rates_only_the_rated(
    graph: nx.MultiDiGraph,
) -> None:
    companies = [d for _, d in graph.nodes(data=True) if d.get("label") == "Company"]
    for listed in NOT_RATED.values():
        for company, ticker in listed.items():
            # one node carries both the name and the ticker: the ticker is no company
            # of its own
            named = [d for d in companies if company in [d["name"], *d.get("aliases", [])]]
            with_ticker = [
                d
                for d in companies
                if any(a.replace(" ", ".").startswith(ticker) for a in [d["name"], *d["aliases"]])
            ]
            assert len(named) == 1 and with_ticker == named
    ratings = {
        (graph.nodes[v]["name"], d["rating"])
        for _, v, d in graph.edges(data=True)
        if d.get("type") == "RATES"
    }
    assert {r for _, r in ratings} == {"Buy", "Neutral", "买入", "增持", "Overweight"}
    rated = {
        n: a
        for _, n, d in graph.edges(data=True)
        if d.get("type") == "RATES"
        for a in [graph.nodes[n].get("aliases", [])]
    }
    assert len(rated) == len({c for r in RATED.values() for c in r})
    for listed in NOT_RATED.values():
        assert not any(set(listed) & set(aliases) for aliases in rated.values())
