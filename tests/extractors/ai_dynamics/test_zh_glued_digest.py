"""Release forms of WeChat-style morning briefs and PDF text: Latin names glued to
Chinese words ("月之暗面Kimi K9.5上线", "发布Claude Opus 9.6模型"), a reporting verb whose
complement names the release ("X 宣布旗下某实验室的音乐生成大模型 Y 开启公测"), a maker
glued to its model by a hyphen ("DeepSeek-V9.3 正式上线"), a verb closing a bracketed
headline label ("【国产大模型密集更新】"), and release rows written as lines, not a table
("⭐ 03.08 ｜ X ｜ Y ｜ 开源", a PDF's space-aligned columns). Plans and rumours stay no
releases. Invented names and sentences throughout."""

from __future__ import annotations

from pathlib import Path

from support.releases import releases_in

BRIEF = """晨间消息汇总（2031.03.16）

三、国内消息
1、月之暗面Kimi K9.5上线，支持256K上下文。
2、Anthropic发布Claude Opus 9.6模型，价格仅为上一代三分之一。
3、腾讯音乐宣布旗下天琴实验室的音乐生成大模型 TME Muse 9 开启公测。
4、DeepSeek-V9.3 正式上线，API价格不变。
5、【国产大模型密集更新】腾讯混元发布HunyuanVideo 9.1视频生成模型；\
阶跃星辰开源Step-Audio 9.5语音模型。
6、百度计划最快明年一季度发布文心9.5，官方暂未回应。

四、模型速览
- ⭐ 03.08 ｜ 澜屿智能 ｜ LanYu-R9 ｜ 推理模型，开源
- ⭐ 03.09 ｜ 快手 ｜ 可灵 O9 ｜ 视频模型，公测
"""


def test_glued_names_and_reported_releases(tmp_path: Path) -> None:
    found = {(m, n, a) for m, n, a, _ in releases_in(tmp_path / "brief.txt", BRIEF)}
    assert ("月之暗面", "Kimi K9.5", "release") in found  # glued maker, model as subject
    assert ("Anthropic", "Claude Opus 9.6", "release") in found  # glued 发布 + name + 模型
    assert ("腾讯音乐", "TME Muse 9", "release") in found  # 宣布 + a lab's typed model
    assert ("DeepSeek", "DeepSeek-V9.3", "release") in found  # the maker opens the name
    assert ("阶跃星辰", "Step-Audio 9.5", "open_source") in found
    # the label's verb 更新 takes nothing beyond 】, so no other maker gets Tencent's model
    assert {m for m, n, _ in found if n == "HunyuanVideo 9.1"} == {"腾讯"}
    assert not any(n.startswith("文心") for _, n, _ in found)  # a plan


def test_release_rows_written_as_lines(tmp_path: Path) -> None:
    found = releases_in(tmp_path / "brief.txt", BRIEF)
    assert ("澜屿智能", "LanYu-R9", "open_source", "2031-03-08") in found
    assert ("快手", "可灵 O9", "release", "2031-03-09") in found


TIMELINE = """具身智能专题
2031 年 9 月 22 日

二、具身大模型进展时间线

2031 年 2 月：星衡智能发布通用视觉-语言-动作模型 Kuafu-VLA 9，可控制两台机器人协作
2031 年 3 月：谷歌 DeepMind 发布 Gemini Robotics 与 Gemini Robotics-ER
2031 年 3 月 18 日：英伟达在年度大会上开源人形机器人基础模型 GR00T N9
"""


def test_timeline_entries_and_known_models(tmp_path: Path) -> None:
    found = releases_in(tmp_path / "deep.txt", TIMELINE)
    # names the alias list holds as models count without a version
    assert ("谷歌 DeepMind", "Gemini Robotics", "release", "2031-03") in found
    assert ("谷歌 DeepMind", "Gemini Robotics-ER", "release", "2031-03") in found
    assert ("英伟达", "GR00T N9", "open_source", "2031-03-18") in found  # one event per entry
