"""Entity names that look like junk: dates, numbers, captions, sentences, boilerplate."""

from __future__ import annotations

import networkx as nx
import pytest

from aikg.graph.evaluation import (
    junk_reason,
    junk_report,
)


@pytest.mark.parametrize(
    "name, label, reason",
    [
        ("Gemini 3 Pro", "Model", None),
        ("昇腾 910B", "Chip", None),
        ("阿里巴巴（中国）网络技术有限公司", "Company", None),
        ("《广东省国家数字经济创新发展试验区建设方案（2025—2027 年）》", "Policy", None),
        ("2025-11-19", "Company", "a date"),
        ("11 月 19 日", "Model", "a date"),
        ("2,250", "Chip", "a number"),
        ("图 3", "Company", "a figure caption"),
        ("资料来源：Wind", "Company", "a figure caption"),
        ("行业政策", "Policy", "a section title"),
        ("本报告仅供参考请阅读文末的重要声明与风险提示", "Company", "a disclaimer phrase"),
        ("OpenAI 与 Target 携手，将新的体验带入零售领域。", "Company", "a sentence"),
        ("发布 Gemini 3", "Model", "starts with a verb"),
        (
            "一个名字非常非常长以至于不可能是任何一家真实公司的名称的字符串啊啊啊",
            "Company",
            "too long",
        ),
    ],
)
def test_junk_reasons(name, label, reason):
    assert junk_reason(name, label) == reason


def test_junk_report_counts_only_entity_labels():
    G = nx.MultiDiGraph()
    G.add_node("company:a", label="Company", name="腾讯")
    G.add_node("model:b", label="Model", name="11月19日")
    G.add_node("policy:c", label="Policy", name="p", title="风险提示")
    G.add_node("deal:d", label="Deal", name="图 3")
    result = junk_report(G)
    assert (result["checked"], result["junk"], result["ratio"]) == (3, 2, round(2 / 3, 4))
    assert result["by_label"]["Policy"] == {"checked": 1, "junk": 1}
