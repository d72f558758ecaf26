"""Release forms of AI 周报, 早报 and newsletters (relnames, round 23): topic-first items with
a date, a weekday or a venue between the model and its verb ("X 于本周一在 Hugging Face 开
源", "旗下 X 代码模型于本周三发布", "此前 A 的 X 已于上周五上线"), the covered company as 公司/其,
a Chinese brand hyphened to its version ("澜语-R3"), an alias that opens another company's
name ("小米粒科技"), company profiles ("X 成立于 …"), "将 X 升级至 Y"; English "upgraded X to
Y", a maker opening its model's name, "A's Y is now available" and "Y, the latest from X,
went live". Invented names and sentences."""

from __future__ import annotations

from pathlib import Path

from support.releases import releases_in

WEEKLY = """# AI 大模型周报（2031.11.03-2031.11.09）

星桥证券研究所 | 计算机 | 行业周报 | 2031 年 11 月 10 日

## 一、本周 AI 动态

1. **澜语智能**：澜语-R9 于本周一在 Hugging Face 开源，数学推理得分提升 12 个百分点。
2. **栖川科技**（未上市）：旗下 Qichuan-Coder 9 代码模型于本周三发布，支持长上下文。
3. **曜石智能**：本周开放 API 调用；此前曜石智能的代码模型 Yaoshi-Dev-9 已于上周五上线。
4. **映川互娱**：公司自研的视频生成模型“流光 9.0”已于本周六（11 月 8 日）对外发布。
5. 小米粒科技本周四发布儿童陪伴模型 Milo-9，首批搭载于自有学习机。
6. 星图视界成立于 2028 年，自研视频生成模型“星图-V9”于本周日上线。
7. 澄光科技本周二推出 Chengguang-9，云帆智能则在本周五上线 YF-9。
"""


def test_topic_first_items_and_weekdays_of_a_monday_weekly(tmp_path: Path) -> None:
    found = {(m, n): (a, d) for m, n, a, d in releases_in(tmp_path / "w.md", WEEKLY)}
    assert found[("澜语智能", "澜语-R9")] == ("open_source", "2031-11-03")  # the week reviewed
    assert found[("栖川科技", "Qichuan-Coder 9")] == ("release", "2031-11-05")
    assert found[("曜石智能", "Yaoshi-Dev-9")] == ("release", "2031-10-31")  # its own day
    assert found[("映川互娱", "流光 9.0")] == ("release", "2031-11-08")
    assert found[("小米粒科技", "Milo-9")] == ("release", "2031-11-06")  # not Xiaomi's
    assert found[("星图视界", "星图-V9")] == ("release", "2031-11-09")
    assert found[("澄光科技", "Chengguang-9")][1] == "2031-11-04"
    assert found[("云帆智能", "YF-9")][1] == "2031-11-07"  # 则在本周五
    assert not any(n in ("R9", "V9") for _, n in found)  # a hyphened brand stays whole


BRIEF = """星桥证券 AI 早报 2031年11月12日（周三）

【今日要点】
1、星衡智能今天开源视觉模型 Xingheng-VL-9，可在单张显卡上部署。
2、澄光科技本周一推出 Chengguang-9-Max；其语音模型「灵韵 9.0」已于上周五开启公测。
3、曜石智能本周二在 ModelScope 社区开源 Yaoshi-World 9，支持单图生成三维场景。
4、云帆智能于昨日将云帆大模型 X8 升级至云帆大模型 X9，推理速度提升一倍。
5、蓝鲸智算成立于 2029 年，其推理模型鲸思-R9 于周一上线。
"""


def test_relative_days_weekdays_and_update_targets_of_a_brief(tmp_path: Path) -> None:
    found = {(m, n): (a, d) for m, n, a, d in releases_in(tmp_path / "b.txt", BRIEF)}
    assert found[("星衡智能", "Xingheng-VL-9")] == ("open_source", "2031-11-12")
    assert found[("澄光科技", "Chengguang-9-Max")] == ("release", "2031-11-10")
    assert found[("澄光科技", "灵韵 9.0")] == ("release", "2031-11-07")  # a second release
    assert found[("曜石智能", "Yaoshi-World 9")] == ("open_source", "2031-11-11")
    assert found[("云帆智能", "云帆大模型 X9")] == ("update", "2031-11-11")
    assert found[("蓝鲸智算", "鲸思-R9")] == ("release", "2031-11-10")
    assert not any(m.endswith("成立") or n == "云帆大模型 X8" for m, n in found)


NEWSLETTER = """# Harbor Model Notes, Issue #9

*Wednesday, November 12, 2031 · a weekly letter on model launches*

## What shipped

- Borealis AI upgraded Fjord 8 to Fjord 9 on Monday, with better tool use.
- Mistral Medium 9.5 released with faster function calling on November 10.
- Zentrix Labs' Zyra-9 Codex is now available to Pro users, the company said on Tuesday.
- Halcyon-9, the latest from Kestrel Systems, went live on November 11 for paying teams.
"""


def test_model_first_english_items_name_their_makers(tmp_path: Path) -> None:
    found = {(m, n): (a, d) for m, n, a, d in releases_in(tmp_path / "n.md", NEWSLETTER)}
    assert found[("Borealis AI", "Fjord 9")] == ("update", "2031-11-10")
    assert ("Borealis AI", "Fjord 8") not in found  # the old version
    assert found[("Mistral AI", "Mistral Medium 9.5")] == ("release", "2031-11-10")
    assert found[("Zentrix Labs", "Zyra-9 Codex")] == ("release", "2031-11-11")
    assert found[("Kestrel Systems", "Halcyon-9")] == ("release", "2031-11-11")
