"""Traditional Chinese (Hong Kong and Taiwan notes, traditional-script reposts): the
document stage folds the characters once, so every reader and the alias list see the
simplified words, and each fact's evidence keeps the report's own script. The note and
its figures are invented."""

from __future__ import annotations

from pathlib import Path

from aikg.extractors.document import read_document, segment
from aikg.extractors.document.script import simplified, traditional_forms
from aikg.graph.pipeline import process_document
from aikg.schema import EntityFact, RelationFact

NOTE = """# 港灣證券 | 香港科技互聯網

## 騰訊控股（0700.HK）：維持「買入」評級，目標價 720 港元

騰訊控股第三季淨利潤同比增長 15%，廣告與雲業務表現強勁。阿里巴巴集團同日發佈新一代
通義千問模型，並開源多模態權重。美團與中國移動簽訂戰略合作協議。

## 風險提示

宏觀經濟波動，監管政策變化。
"""


def test_the_list_folds_one_character_for_one() -> None:
    text = "阿里巴巴集團維持「買入」評級，淡馬錫參與融資"
    folded = simplified(text)
    assert folded == "阿里巴巴集团维持「买入」评级，淡马锡参与融资"
    assert len(folded) == len(text)  # offsets stay
    assert simplified("昇腾 910C，华为发布") == "昇腾 910C，华为发布"  # simplified text stays


def test_a_mixed_report_keeps_the_characters_it_writes_simplified() -> None:
    forms = traditional_forms("騰訊發佈新品；腾讯的发言人")
    assert ord("布") in forms  # 佈 only: written back
    assert ord("腾") not in forms and ord("讯") not in forms  # written both ways: left


def test_every_reader_sees_the_simplified_text(tmp_path: Path) -> None:
    path = tmp_path / "hk_note.md"
    path.write_text(NOTE, encoding="utf-8")
    report = segment(read_document(path))
    body = "\n".join(line for s in report.sections for line in s.lines)
    assert "腾讯控股第三季净利润" in body
    assert "阿里巴巴集团同日发布" in body
    assert all(s.heading == simplified(s.heading) for s in report.sections)


def test_names_are_simplified_and_evidence_is_traditional(tmp_path: Path) -> None:
    path = tmp_path / "hk_note.md"
    path.write_text(NOTE, encoding="utf-8")
    outcome = process_document(path)
    assert outcome.report is not None
    facts = outcome.report.facts
    names = {f.entity.name for f in facts if isinstance(f, EntityFact)}
    assert {"腾讯控股", "阿里巴巴集团", "美团", "中国移动"} <= names
    assert not any("騰" in n or "團" in n or "國" in n for n in names)
    tencent = [f for f in facts if isinstance(f, EntityFact) and f.entity.name == "腾讯控股"]
    assert any("騰訊控股" in f.evidence.text for f in tencent)  # the report's own script
    rates = [f for f in facts if isinstance(f, RelationFact) and f.type == "RATES"]
    assert [(f.target.name, f.props.get("rating")) for f in rates][:1] == [("腾讯控股", "买入")]
