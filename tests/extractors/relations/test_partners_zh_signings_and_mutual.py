"""Chinese partnerships as digests and broker weeklies word them (round 23): bold parties
dated before the verb ("A 与 B 于 11 月 26 日签署"), "A、B 和 C 共同发布", the two of a tie-up
going on together ("双方将在 … 上开展联合研发", "双方同时扩大在 … 上的合作"); talks are no
partnership (invented sentences)."""

from __future__ import annotations

from pathlib import Path

from support.partners import partners_in

HEAD = "---\ntitle: 科技周报\ndate: 2031-11-28\n---\n\n## 产业动态\n\n"


def partners(tmp_path: Path, body: str) -> dict[frozenset[str], dict]:
    """The PARTNERS_WITH pairs of a one-section markdown report, with their props."""
    return partners_in(tmp_path / "sample.md", HEAD + body + "\n")


def test_bold_parties_dated_before_the_signing(tmp_path):
    found = partners(tmp_path, "- **星澜智算**与**北汐数据科技**于 11 月 26 日签署战略合作协议。")
    assert found[frozenset({"星澜智算", "北汐数据科技"})]["date"] == "2031-11-26"


def test_three_parties_bring_out_a_joint_work(tmp_path):
    body = "- 11 月 25 日，澄渊股份、苏澜网络和霁光科技共同发布《液冷一体机白皮书》。"
    found = partners(tmp_path, body)
    pairs = {
        frozenset({"澄渊股份", "苏澜网络"}),
        frozenset({"澄渊股份", "霁光科技"}),
        frozenset({"苏澜网络", "霁光科技"}),
    }
    assert set(found) == pairs


def test_the_two_go_on_with_joint_research_or_widen_their_cooperation(tmp_path):
    body = (
        "- 11 月 24 日，栖梧机器人获得岭川资本数千万元战略投资，"
        "双方将在巡检机器人上开展联合研发。\n\n"
        "- 11 月 25 日，英伟达宣布向新思科技追加投资，双方同时扩大在 GPU 加速仿真上的合作。"
    )
    found = partners(tmp_path, body)
    assert found[frozenset({"栖梧机器人", "岭川资本"})]["date"] == "2031-11-24"
    assert found[frozenset({"英伟达", "新思科技"})]["date"] == "2031-11-25"


def test_talks_are_no_partnership(tmp_path):
    found = partners(tmp_path, "- 11 月 27 日，据悉曜石股份与汇岭智控正洽谈合作，尚未签署协议。")
    assert found == {}
