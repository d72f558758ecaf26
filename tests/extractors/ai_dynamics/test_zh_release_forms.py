"""Chinese release forms of broker weeklies, deep-dives and daily briefs: "将 X 更新至 Y",
a maker and type phrase before the name ("X 视频生成模型 Y 正式上线", "音乐模型「Y」正式
发布"), "开启内测", a full company name with its short name ("以下简称"), and timelines
whose maker is only in their heading. Invented names and sentences throughout."""

from __future__ import annotations

from pathlib import Path

from support.releases import releases_in

from aikg.extractors.names.mentions import find_mentions

WEEKLY = """传媒行业周报：大模型追踪
2031 年 12 月 8 日
一、大模型追踪
1. 12 月 1 日，智谱将 Zhulan 系列旗舰模型更新至 Zhulan-4.7，推理速度提升一倍。
2. 12 月 4 日，阶跃星辰视频生成模型 Vexa-Video-2 正式上线。
3. 12 月 2 日，百度文心 Q9 开启内测，首批面向企业开发者。
4. 杭州鹭汀智能科技有限公司（以下简称“鹭汀智能”）12 月 5 日推出新一代推理大模型 Luting-R2。
5. 12 月 6 日，Zhulan-4.7 已被多家应用接入，调用量翻倍。

二、行业要闻
- 12 月 3 日，昆仑万维音乐模型「天籁 Sono V8」正式发布。
- 12 月 5 日，字节跳动发布豆包大模型 2.9 lite 与视频生成模型 Vexa-Cut 3.5 pro。

**澄岚智能模型迭代时间线**

- 2029 年 3 月：Zhulan-1 发布
- 2030 年 6 月：发布推理模型 Zhulan-R1
- 2031 年 7 月 11 日：Zhulan-3 正式开源

**百度文心大模型迭代时间线**

- 2029 年 4 月：文心大模型 7.0 Turbo 与文心 Q1 Turbo 发布
- 2030 年 6 月 30 日：文心 7.5 系列 10 款模型正式开源
"""


def _releases(tmp_path: Path, text: str, name: str) -> set[tuple]:
    return releases_in(tmp_path / name, text)


def test_zh_weekly_release_forms(tmp_path: Path) -> None:
    found = _releases(tmp_path, WEEKLY, "weekly.md")
    assert ("智谱", "Zhulan-4.7", "update", "2031-12-01") in found  # 更新至: the new one
    assert not any(model == "Zhulan" for _, model, _, _ in found)  # not the series name
    assert ("阶跃星辰", "Vexa-Video-2", "release", "2031-12-04") in found
    assert ("百度", "文心 Q9", "release", "2031-12-02") in found
    assert ("鹭汀智能", "Luting-R2", "release", "2031-12-05") in found  # the short name
    assert ("昆仑万维", "天籁 Sono V8", "release", "2031-12-03") in found
    # a brand, a model word and a version; a lower-case edition word ends a name
    assert ("字节跳动", "豆包大模型 2.9 lite", "release", "2031-12-05") in found
    assert ("字节跳动", "Vexa-Cut 3.5 pro", "release", "2031-12-05") in found
    # 被 X 接入 is integration, no second release of Zhulan-4.7 on 12-06
    assert not any(d == "2031-12-06" for *_, d in found)


def test_zh_timeline_maker_from_its_heading(tmp_path: Path) -> None:
    found = _releases(tmp_path, WEEKLY, "weekly.md")
    assert ("澄岚智能", "Zhulan-1", "release", "2029-03") in found
    assert ("澄岚智能", "Zhulan-R1", "release", "2030-06") in found
    assert ("澄岚智能", "Zhulan-3", "open_source", "2031-07-11") in found
    # a brand, a type word and a version before the verb; two names joined by 与
    assert ("百度", "文心大模型 7.0 Turbo", "release", "2029-04") in found
    assert ("百度", "文心 Q1 Turbo", "release", "2029-04") in found
    assert ("百度", "文心 7.5", "open_source", "2030-06-30") in found


def test_known_name_inside_a_compound_is_no_mention() -> None:
    assert [m.name for m in find_mentions("中国移动与鹭汀智能签署协议")][:1] == ["中国移动"]
    assert "中国移动" not in [m.name for m in find_mentions("中国移动游戏市场规模达 3000 亿元")]
    assert "荣耀" not in [m.name for m in find_mentions("《王者荣耀》十周年庆推出限定皮肤")]
    assert "荣耀" in [m.name for m in find_mentions("澄岚智能已与荣耀达成预装合作")]
