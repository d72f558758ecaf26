"""Policy forms of news wires, Wind-style 早餐, 橘鸦-style 早报 and US policy newsletters
(zhrel, round 22): a drafting verb ends the issuer ("某办起草了《…（征求意见稿）》", "A、B 联合
制定并于 12 月 4 日发布了《…》"); a body that will issue an act has not issued it ("将加快
出台《…》", "正在研究制定《…》"); a paragraph under a numbered news headline opens with its
act and needs no date; English: a bold run-in label is no title when the item names its own,
a single-quoted title, a bare title word ("issued guidance requiring …"), a bill that passed
one chamber, a state governor's region. Invented titles and sentences."""

from __future__ import annotations

from pathlib import Path

from aikg.extractors import policy
from aikg.extractors.document import read_document, segment
from aikg.schema import EventFact

WEEKLY = """# 某某证券 计算机行业周报（2031年12月12日）

## 二、行业政策

12月3日，国家数据局起草了《星河公共数据授权运营规范（征求意见稿）》，向社会公开征求意见。

工业和信息化部、国家标准化管理委员会联合制定并于12月4日发布了《星河智能终端安全要求》。

国家发改委表示，将加快出台《星河数据产权登记条例》。

市场监管总局正在研究制定《星河算法合规指引》，预计明年出台。

《星河数据安全条例》将于2032年1月1日起施行。
"""

DIGEST = """# 某某 AI 早报 2031-12-18

### 9. 📈 工信部等四部门印发星河智能体方案 {#9}

**标签：** `工信部`

工业和信息化部联合国家发展改革委、教育部、科技部印发《星河智能体应用场景培育行动方案》，提出到2033年培育100个场景。
"""

NEWSLETTER = """# Policy Weekly

*Harbor Notes · December 19, 2031*

## Policy

1. **BIS moves on subsidiaries.** On December 15, the Bureau of Industry and \
Security issued guidance requiring export licenses for chip sales to subsidiaries.
2. **Two state laws land.** Oregon Governor Ana Ruiz signed the Fjord Pricing \
Transparency Act on December 16. Illinois SB 4417 passed the House 98-12.
3. **White House framework.** The White House released 'A Framework for Fjord Model \
Testing' on December 17.
"""


def _found(tmp_path: Path, name: str, text: str) -> dict[str, EventFact]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    facts = policy.extract(segment(read_document(path)))
    return {f.props["title"]: f for f in facts if isinstance(f, EventFact)}


def _issuers(fact: EventFact) -> list[str]:
    return [p.entity.name for p in fact.participants]


def test_drafting_verbs_and_plans(tmp_path: Path) -> None:
    found = _found(tmp_path, "weekly.md", WEEKLY)
    draft = found["星河公共数据授权运营规范(征求意见稿)"]
    assert _issuers(draft) == ["国家数据局"] and draft.props["date"] == "2031-12-03"
    standard = found["星河智能终端安全要求"]
    assert _issuers(standard) == ["工业和信息化部", "国家标准化管理委员会"]
    assert standard.props["date"] == "2031-12-04"
    assert not any("产权登记" in t or "合规指引" in t for t in found)  # plans
    assert "星河数据安全条例" in found  # "将于 … 起施行" still states the law


def test_numbered_headline_item_opens_with_its_act(tmp_path: Path) -> None:
    found = _found(tmp_path, "digest.md", DIGEST)
    plan = found["星河智能体应用场景培育行动方案"]
    assert "国家发展改革委" in _issuers(plan) and "date" not in plan.props


def test_run_in_labels_quoted_titles_and_votes(tmp_path: Path) -> None:
    found = _found(tmp_path, "policy.md", NEWSLETTER)
    assert not {"Two state laws land", "White House framework"} & set(found)
    assert found["guidance"].props["date"] == "2031-12-15"
    assert found["Fjord Pricing Transparency Act"].props["region"] == "US"
    assert _issuers(found["Illinois SB 4417"]) == ["House"]
    assert found["A Framework for Fjord Model Testing"].props["region"] == "US"
