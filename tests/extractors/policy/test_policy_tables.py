"""Policy tables in both languages: one policy per row, with issuers, date and region;
tables without a policy column yield nothing."""

from __future__ import annotations

from pathlib import Path

from support.policies import issuers_date_region as _row
from support.policies import policies_in

from aikg.schema import EventFact

ZH = """星河证券 计算机行业月报 2031 年 4 月

表 3: 近期人工智能相关政策梳理

| 发布时间 | 发布部门 | 政策名称 |
| --- | --- | --- |
| 3 月 5 日 | 国家数据局、工业和信息化部 | 《关于推进数据标注产业发展的实施意见》 |
| 3 月 18 日 | 青州市人民政府 | 《青州市算力券管理办法》 |

表 4: 重点公司估值

| 公司 | 时间 | 名称 |
| --- | --- | --- |
| 星河科技 | 3 月 9 日 | 星河大模型 |
"""

EN = """# AI Policy Monthly, April 2031

Exhibit 2: Recent measures

| Date | Issuer | Policy |
|---|---|---|
| 4 Mar 2031 | European Commission | AI Sandbox Access Guidelines |
| 12 Mar 2031 | CAC | Measures for Agent Services |

Exhibit 3: Calendar

| Date | Jurisdiction | Item |
|---|---|---|
| 1 May 2031 | EU | AI Act obligations apply |
"""


def _facts(tmp_path: Path, name: str, text: str) -> dict[str, EventFact]:
    return policies_in(tmp_path / name, text)


def test_chinese_policy_table(tmp_path: Path) -> None:
    facts = _facts(tmp_path, "zh.md", ZH)
    assert set(facts) == {"关于推进数据标注产业发展的实施意见", "青州市算力券管理办法"}
    notice = facts["关于推进数据标注产业发展的实施意见"]
    assert _row(notice) == (["国家数据局", "工业和信息化部"], "2031-03-05", "CN")
    assert _row(facts["青州市算力券管理办法"]) == (["青州市人民政府"], "2031-03-18", "CN")
    assert "row" in notice.evidence.locator


def test_english_policy_table(tmp_path: Path) -> None:
    facts = _facts(tmp_path, "en.md", EN)
    # the calendar's Item column is no policy column
    assert set(facts) == {"AI Sandbox Access Guidelines", "Measures for Agent Services"}
    guide = facts["AI Sandbox Access Guidelines"]
    assert _row(guide) == (["European Commission"], "2031-03-04", "EU")
    assert _row(facts["Measures for Agent Services"]) == (["CAC"], "2031-03-12", "CN")
