"""The release frame outside the AI dynamics layout: makers no list holds, venues and
adverbs between maker and verb, clause dates, plans, chips, brands with versions and
model-tracker tables; invented names and sentences, in both languages."""

from __future__ import annotations

from pathlib import Path

from support.releases import releases_in

ZH = """计算机行业周报
2031 年 11 月 20 日
核心观点
● 11月4日，澄岚智能在年度开发者大会上发布新一代推理模型 Zhulan-4，同日开源 Zhulan-4-Mini。
● 11月6日，英国 AI 公司 Tessaly Labs 在 Hugging Face 上发布开源代码模型 Tessaly-Coder-9B，\
随后在 9 日开源 Tessaly-Math 2。
● 11月7日，启峰光算发布第二代云端推理卡 QF-S3，采用 7nm 工艺。
● 业内预计澄岚智能将推出 Zhulan-5 系列模型。
● 11月8日，AI 搜索公司鹭汀科技完成 2 亿元 B 轮融资；公司同日发布检索模型 Luting-Search 2。
"""

EN = """Weekly AI wrap
20 November 2031
Models
- Corvane Labs unveiled Orrin-3 Pro (Nov 18), a multimodal model for enterprise users.
- Veltrix AI open-sourced the Sable 2 family (Nov 17) under Apache 2.0.
- Corvane Labs is expected to launch Orrin-4 next year.
- Ostrava AI shipped Kite-2 (Nov 12), and Harlow Dynamics launched its Wren-2 voice model on Monday.

| Maker | Model | Date | Type | Licence |
|---|---|---|---|---|
| Quillon AI | Quill-R2 | 2031-11-12 | Open weights | MIT |
| Harlow Dynamics | HD-VLA 1 | 2031-11-14 | API only | Proprietary |
"""


def _releases(tmp_path: Path, text: str, name: str) -> set[tuple]:
    return releases_in(tmp_path / name, text)


def test_zh_makers_no_list_holds_with_clause_dates(tmp_path: Path) -> None:
    found = _releases(tmp_path, ZH, "zh.txt")
    assert ("澄岚智能", "Zhulan-4", "release", "2031-11-04") in found  # venue between
    assert ("澄岚智能", "Zhulan-4-Mini", "open_source", "2031-11-04") in found  # carried
    assert ("Tessaly Labs", "Tessaly-Coder-9B", "open_source", "2031-11-06") in found
    assert ("Tessaly Labs", "Tessaly-Math 2", "open_source", "2031-11-09") in found  # 9 日
    assert ("鹭汀科技", "Luting-Search 2", "release", "2031-11-08") in found  # 公司同日


def test_zh_plans_chips_and_pronouns_are_no_releases(tmp_path: Path) -> None:
    found = _releases(tmp_path, ZH, "zh.txt")
    names = {model for _, model, _, _ in found}
    assert "QF-S3" not in names  # a chip beside 推理卡
    assert not any(model.startswith("Zhulan-5") for model in names)  # 预计 ... 将推出
    assert not any(maker.startswith("公司") for maker, _, _, _ in found)


def test_en_bullets_and_plans(tmp_path: Path) -> None:
    found = _releases(tmp_path, EN, "en.md")
    assert ("Corvane Labs", "Orrin-3 Pro", "release", "2031-11-18") in found
    assert ("Veltrix AI", "Sable 2", "open_source", "2031-11-17") in found
    assert not any(model.startswith("Orrin-4") for _, model, _, _ in found)
    assert ("Ostrava AI", "Kite-2", "release", "2031-11-12") in found
    assert ("Harlow Dynamics", "Wren-2", "release", "2031-11-17") in found  # on Monday


def test_model_tracker_table(tmp_path: Path) -> None:
    found = _releases(tmp_path, EN, "en.md")
    assert ("Quillon AI", "Quill-R2", "open_source", "2031-11-12") in found
    assert ("Harlow Dynamics", "HD-VLA 1", "release", "2031-11-14") in found
    assert not any(model in ("MIT", "Proprietary", "Open weights") for _, model, _, _ in found)


def test_zh_tracker_with_rowspan_maker(tmp_path: Path) -> None:
    text = (
        "AI 模型月报\n2031 年 11 月 30 日\n\n<table>\n<thead><tr><th>厂商</th><th>模型</th>"
        "<th>发布日期</th><th>开源协议</th></tr></thead>\n<tbody>\n"
        '<tr><td rowspan="2">澄岚智能</td><td>Zhulan-4</td><td>2031-11-04</td><td>MIT</td></tr>\n'
        "<tr><td>Zhulan-4-Max</td><td>2031-11-10</td><td>不开源</td></tr>\n</tbody>\n</table>\n"
    )
    found = _releases(tmp_path, text, "zh.md")
    assert ("澄岚智能", "Zhulan-4", "open_source", "2031-11-04") in found
    assert ("澄岚智能", "Zhulan-4-Max", "release", "2031-11-10") in found
