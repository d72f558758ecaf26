"""Release names, makers and days of AI dailies and weekly newsletters (releases round 27):
a Chinese family glued to its Latin version ("云岫V7"), a family joined to its line by a
middle dot ("青穹·织锦 3.0"), a quoted family before a model word and version ("“汀兰”行业
大模型3.0"), a maker's brand opening the name ("讯飞星火X9" keeps its whole form as an
alias); "同日" and a weekday with its bracketed day dating an item; "静默更新" an
update; 公司 in a company note the covered company; a team named topic-first the maker;
fiscal periods, desktop supercomputers and phones that carry a chip no models. Invented
names and sentences throughout."""

from __future__ import annotations

from pathlib import Path

from support.releases import releases_in

from aikg.extractors import ai_dynamics
from aikg.extractors.document import read_document, segment
from aikg.extractors.names.gate import junk_reason
from aikg.schema import EntityFact

DAILY = """# 澜汀 AI 日报（2031 年 3 月 6 日）

## 模型发布

1. 3 月 5 日，岫川智能发布云岫V7 多模态大模型，工具调用能力明显增强。
2. 同日，澄衡科技推出澄衡星澜X5 推理模型，面向金融问答。
3. 本周二（3月4日），栖霞科技上线青穹·织锦 3.0 图像生成模型。
4. 3 月 4 日，汀兰科技发布“汀兰”行业大模型3.0，覆盖保险理赔。
5. 上周五（2月28日），鲸岩智能静默更新 JY-Reason 3.1，官网与 App 同步切换至新版本。
6. 3 月 5 日，Lumen 团队开源 Lumen-TTS 3 语音合成模型。

## 终端与业绩

7. 3 月 5 日，岫川智能推出 Xiuchuan Box 3 桌面超算，面向个人开发者。
8. 3 月 5 日，栖霞科技发布 Qixia Phone 9，搭载自研 QX-1 芯片。
"""


def test_family_names_read_whole(tmp_path: Path) -> None:
    found = {(m, n, a) for m, n, a, _ in releases_in(tmp_path / "daily.md", DAILY)}
    assert ("岫川智能", "云岫V7", "release") in found  # 新 ends a brand, not the name
    assert ("澄衡科技", "澄衡星澜X5", "release") in found
    assert ("栖霞科技", "青穹·织锦 3.0", "release") in found  # not "织锦 3.0"
    assert ("汀兰科技", "汀兰行业大模型3.0", "release") in found  # not the quoted 汀兰 alone
    assert not {n for _, n, _ in found} & {"V7", "织锦 3.0", "汀兰"}


def test_item_days_and_quiet_updates(tmp_path: Path) -> None:
    found = releases_in(tmp_path / "daily.md", DAILY)
    assert ("澄衡科技", "澄衡星澜X5", "release", "2031-03-05") in found  # 同日: the item above
    assert ("栖霞科技", "青穹·织锦 3.0", "release", "2031-03-04") in found
    # the bracketed day dates the item; 静默更新 is an update, and the official site
    # and app it went live on make it no product
    assert ("鲸岩智能", "JY-Reason 3.1", "update", "2031-02-28") in found


def test_team_maker_and_non_models(tmp_path: Path) -> None:
    found = {(m, n) for m, n, _, _ in releases_in(tmp_path / "daily.md", DAILY)}
    assert ("Lumen 团队", "Lumen-TTS 3") in found  # no company named: the team
    models = {n for _, n in found}
    assert "Xiuchuan Box 3" not in models  # a desktop supercomputer
    assert "Qixia Phone 9" not in models  # a phone carrying a chip


def test_team_under_a_company_heading_is_the_company(tmp_path: Path) -> None:
    text = "# 人工智能月报\n\n## 人工智能动态\n\n栖霞科技：开源 Qixia-Coder 3\n\n" \
        "3 月 2 日，Lumen 团队开源 Qixia-Coder 3 代码模型。\n"  # fmt: skip
    makers = {m for m, n, _, _ in releases_in(tmp_path / "monthly.md", text)}
    assert "Lumen 团队" not in makers


def test_brand_of_the_maker_stays_an_alias(tmp_path: Path) -> None:
    text = "# 澜汀 AI 日报（2031 年 3 月 6 日）\n\n## 模型发布\n\n" \
        "1. 3 月 5 日，科大讯飞推出讯飞星火X9，面向教育场景。\n"  # fmt: skip
    path = tmp_path / "daily.md"
    path.write_text(text, encoding="utf-8")
    facts = list(ai_dynamics.extract(segment(read_document(path))))
    aliases = {a for f in facts if isinstance(f, EntityFact) for a in f.aliases}
    assert "讯飞星火X9" in aliases


NOTE = """岭泽证券
栖霞科技（688999.SH）公司点评：青穹 3.0 发布
2031 年 3 月 7 日

点评：
1. 公司 3 月 5 日发布青穹 3.0，推理与代码能力提升。
2. 同日，公司静默更新青穹 X2.5 推理模型，降低调用价格。
3. 公司语音团队 3 月 6 日开源 QX-TTS 2，面向开发者免费商用。
风险提示：技术迭代不及预期。
"""


def test_covered_company_of_a_note(tmp_path: Path) -> None:
    found = releases_in(tmp_path / "note.txt", NOTE)
    assert ("栖霞科技", "青穹 3.0", "release", "2031-03-05") in found
    assert ("栖霞科技", "青穹 X2.5", "update", "2031-03-05") in found
    assert ("栖霞科技", "QX-TTS 2", "open_source", "2031-03-06") in found  # its team


WEEKLY = """# Tidemark AI Weekly — March 7, 2031

## Models

- On March 3, Marrow Labs quietly updated Fathom-R 3.2 on its website and app.
- The Vellum team open-sourced Vellum-Voice 3 on March 4, covering 24 languages.
- On March 5, Corvalis AI launched the Corvalis Desk 3 desktop supercomputer.
"""


def test_english_team_quiet_update_and_device(tmp_path: Path) -> None:
    found = releases_in(tmp_path / "weekly.md", WEEKLY)
    assert ("Marrow Labs", "Fathom-R 3.2", "update", "2031-03-03") in found
    assert ("Vellum team", "Vellum-Voice 3", "open_source", "2031-03-04") in found
    assert not any(n == "Corvalis Desk 3" for _, n, _, _ in found)


def test_fiscal_periods_are_dates_to_the_gate() -> None:
    for period in ("FY26Q3", "4QFY25", "2031Q2", "FY25H2", "3Q26"):
        assert junk_reason(period, "Model") == "a date", period
    for name in ("H200", "H20", "V7", "GLM-4.6"):
        assert junk_reason(name, "Model") is None, name
