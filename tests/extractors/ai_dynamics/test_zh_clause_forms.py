"""Release forms of broker 传媒 weeklies, news wires and 算力 newsletters (zhrel, round 22):
a colon after a model's type word that introduces its name ("发布了最新一代基座大模型：X"), a
launch event held for a model ("举行 … 的 X 升级发布会"), a base-model modifier ("推出基于 A
打造的图像模型 B"), a clause that only dates the ones after it ("紧接着，19日凌晨，谷歌新推出的
X"), "N 天后" in digits and in Chinese numerals, a type descriptor that is no brand ("开源的
推理模型 M9"), a name after a descriptor's 的 ("上线了面向创作者的墨影 9.0"); English: a
parameter count as a model's version ("Zyra-Coder 14B") and a place-based descriptor before
a maker. Plans and report titles stay no releases. Invented names and sentences."""

from __future__ import annotations

from pathlib import Path

from support.releases import releases_in

WEEKLY = """证券研究报告 行业周报 传媒 日期: 2031年12月22日
周观点:星河智能升级发布,行业持续加码

二、行业要闻
12月16日,星河智能举行主题为“让每个人都有助理”的星语大模型V9.0升级发布会,并同步开放API。
12月19日,澄光科技发布了最新一代基座大模型:Chengguang-9。
北京时间12月18日凌晨,硅岭实验室发布Sila-9;紧接着,19日凌晨,\
谷歌新推出的Gemini 9.2 Flash登顶多个评测榜单。\
2天后,谷歌又推出基于Gemini 9.2 Flash打造的图像生成模型Nano Banana 9。
回顾来看,星桥智能今年6月开源的推理模型M9仍是主流选择;云帆智能表示将在明年一月推出YF-9。
12月20日,墨川智能正式发布视频生成模型“墨影 9.0”。\
三天后,墨川智能又上线了面向专业创作者的墨影 9.0 Pro。
"""


def test_colon_launch_event_modifier_and_date_clauses(tmp_path: Path) -> None:
    found = releases_in(tmp_path / "weekly.txt", WEEKLY)
    pairs = {(m, n): (a, d) for m, n, a, d in found}
    assert pairs[("星河智能", "星语大模型V9.0")][1] == "2031-12-16"  # 升级发布会
    assert ("澄光科技", "Chengguang-9") in pairs  # a type word's colon
    assert pairs[("硅岭实验室", "Sila-9")][1] == "2031-12-18"
    assert pairs[("谷歌", "Gemini 9.2 Flash")][1] == "2031-12-19"  # dated by "19日凌晨"
    assert pairs[("谷歌", "Nano Banana 9")][1] == "2031-12-21"  # 2 天后 of the 19th
    assert ("星桥智能", "M9") in pairs  # 推理模型 is a descriptor, no brand
    assert pairs[("墨川智能", "墨影 9.0 Pro")][1] == "2031-12-23"  # 三天后, after 的
    assert not any(n.startswith("基于") for _, n, _, _ in found)
    assert not any(n == "YF-9" for _, n, _, _ in found)  # a plan


NEWSLETTER = """# Model Desk

*Harbor Notes · December 19, 2031*

## Quick Updates

1. **Zentrix Labs** open-sourced **Zentrix-Coder 14B** under an Apache 2.0 license.
2. Among smaller labs, Oslo-based Borealis AI debuted Fjord-9, a vision-language model.
"""


def test_sized_names_and_place_based_makers(tmp_path: Path) -> None:
    found = {(m, n, a) for m, n, a, _ in releases_in(tmp_path / "n.md", NEWSLETTER)}
    assert ("Zentrix Labs", "Zentrix-Coder 14B", "open_source") in found
    assert ("Borealis AI", "Fjord-9", "release") in found
