"""The entities category: scored by name per report, parties interchangeable."""

import networkx as nx

from aikg.graph.assemble import build_graph
from aikg.graph.evaluation import score, validate_gold
from aikg.graph.resolve import Resolver
from aikg.schema import EntityFact, EntityRef, Evidence, ReportMeta


def graph() -> nx.MultiDiGraph:
    facts = [
        EntityFact(EntityRef("星衡智能", "Company"), Evidence("r1", "星衡智能发布", "line 3")),
        EntityFact(EntityRef("Kuafu-2.5", "Model"), Evidence("r1", "Kuafu-2.5", "line 4")),
        EntityFact(EntityRef("国家能源局", "Organization"), Evidence("r1", "国家能源局", "line 5")),
        EntityFact(EntityRef("澜舟深算", "Company"), Evidence("r1", "澜舟深算", "line 50")),
        EntityFact(EntityRef("雾港游戏", "Company"), Evidence("r2", "雾港游戏", "line 2")),
    ]
    return build_graph(facts, [ReportMeta("r1", path="x/r1.md"), ReportMeta("r2", path="x/r2.md")])


GOLD = {
    "reports": {"r1": "", "r2": ""},
    "scope": {"default": {"r1": {"exclude_lines": [[40, 60]]}}},
    "entities": [
        {"report": "r1", "line": 3, "label": "Company", "name": "星衡智能"},
        {"report": "r1", "line": 4, "label": "Model", "name": ["Kuafu 2.5", "夸父 2.5"]},
        {"report": "r1", "line": 5, "label": "Company", "name": "国家能源局"},
        {"report": "r1", "line": 6, "label": "Chip", "name": "JX-680", "invented": True},
        {"report": "r1", "line": 3, "label": "Company", "name": "雾港游戏"},
    ],
}


def test_entities_scored_by_name_per_report():
    assert validate_gold(GOLD) == []
    s = score(graph(), GOLD)["entities"]
    # found: 星衡智能, Kuafu-2.5 (spacing), 国家能源局 (Organization as Company)
    assert (s["tp"], s["fn"]) == (3, 2)
    missed = sorted(m["name"] for m in s["misses"])
    assert missed == ["JX-680", "雾港游戏"]  # 雾港游戏 is named by r2, not r1
    # no extras: 澜舟深算 is out of r1's scope, and r2 is outside the gold's scope
    assert s["extras"] == [] and s["out_of_scope"] == 2
    assert s["recall"] == 0.6 and s["precision"] == 1.0


def test_existing_categories_unchanged_without_entities():
    gold = {"reports": {"r1": ""}, "chips": []}
    assert list(score(graph(), gold)) == ["chips"]
    # a chip only named is no chip fact
    G = build_graph(
        [EntityFact(EntityRef("JX-680", "Chip"), Evidence("r1", "JX-680", "line 3"))],
        [ReportMeta("r1")],
    )
    assert score(G, gold)["chips"]["extracted"] == 0


def test_near_identical_invented_names_stay_apart():
    r = Resolver()
    ids = {r.resolve(EntityRef(n, "Company")).id for n in ["星衡智能", "星衡智造", "星衡智能科技"]}
    assert len(ids) == 3
    assert r.resolve(EntityRef("Halvorsen Compute", "Company")) != r.resolve(
        EntityRef("Halvorsen Fabric", "Company")
    )
