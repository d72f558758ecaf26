"""A tranche and the running total beside it in Chinese money news: an investor's
cumulative outlay ("累计投资达 300 亿元", "对 X 的累计出资已达 40 亿元") or the whole
commitment a tranche is part of ("300 亿元投资承诺中最后一笔 120 亿元") is no figure of
the investment; the tranche is. Invented companies and sentences."""

from __future__ import annotations

from pathlib import Path

from support.deal_facts import investment_props

HEAD = "---\ntitle: 一级市场周报\ndate: 2031-04-06\n---\n\n## 行业要闻\n\n"


def amounts(tmp_path: Path, body: str) -> dict[tuple[str, str], float]:
    found = investment_props(tmp_path / "sample.md", HEAD + body + "\n")
    return {pair: props.get("amount") for pair, props in found.items()}


def test_the_tranche_not_the_running_total_after_it(tmp_path):
    body = "4 月 1 日，星野资本完成对岚汐科技 120 亿元的第二期投资，累计投资达 300 亿元。"
    assert amounts(tmp_path, body) == {("星野资本", "岚汐科技"): 1.2e10}


def test_the_tranche_not_the_running_total_before_it(tmp_path):
    body = "4 月 2 日，鹿鸣集团对溪川科技的累计投资达到 40 亿元，其中本轮追加投资 15 亿元。"
    assert amounts(tmp_path, body) == {("鹿鸣集团", "溪川科技"): 1.5e9}


def test_the_tranche_not_the_commitment_it_is_part_of(tmp_path):
    body = "4 月 3 日，星野资本宣布已完成对岚汐科技 300 亿元投资承诺中最后一笔 120 亿元的注资。"
    assert amounts(tmp_path, body) == {("星野资本", "岚汐科技"): 1.2e10}


def test_the_sum_of_one_rounds_investors_is_its_figure(tmp_path):
    body = "4 月 4 日，溪川科技获青榄集团、鹿鸣集团合计投资 18 亿元。"
    found = amounts(tmp_path, body)
    assert found and set(found.values()) == {1.8e9}
