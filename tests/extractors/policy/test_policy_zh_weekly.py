"""Chinese policy items of broker weeklies and digests: a numbered policy heading
("二、行业政策跟踪") opens a policy section; "近日" dates a policy to the report's month,
not to its effective date; an effective date or a comment deadline is no issue date;
a background word ("此前某院于 8 月印发") and a headline bracket ("【某办发布《…》】")
are no part of the issuer; a bold slash date ("**3/12** 某部就《…》"); "批准发布".
Invented titles and sentences throughout."""

from __future__ import annotations

from pathlib import Path

from aikg.extractors import policy
from aikg.extractors.document import read_document, segment
from aikg.schema import EventFact

WEEKLY = """星河证券 计算机行业周报
2031 年 3 月 24 日

## 二、行业政策跟踪

- 近日，国家网信办联合国家发展改革委、公安部公布《星河内容溯源管理办法》，\
自 2031 年 6 月 1 日起施行。
- 3 月 21 日，国家互联网信息办公室就《星河智能体安全规定（征求意见稿）》公开征求意见，\
意见反馈截止时间为 4 月 21 日。
- 此前国务院于 1 月印发的《关于深入推进星河算力建设的意见》明确了六项任务。
- **3/12** 工业和信息化部就《星河终端分级 第 1 部分：手机》等 3 项行业标准公开征求意见。
- 3 月 20 日，国家标准化管理委员会批准发布《星河大模型 第 3 部分：服务能力评估》等 12 项国家标准。

【网信办等四部门发布《星河拟人化互动服务办法》】3 月 10 日，\
国家网信办、公安部联合发布该办法，自 2031 年 5 月 1 日起施行。
"""


def _policies(tmp_path: Path) -> dict[str, tuple[str | None, list[str]]]:
    path = tmp_path / "weekly.md"
    path.write_text(WEEKLY, encoding="utf-8")
    facts = policy.extract(segment(read_document(path)))
    return {
        f.props["title"]: (f.props.get("date"), [p.entity.name for p in f.participants])
        for f in facts
        if isinstance(f, EventFact)
    }


def test_zh_weekly_policy_dates(tmp_path: Path) -> None:
    found = _policies(tmp_path)
    assert found["星河内容溯源管理办法"][0] == "2031-03"  # 近日: the report's month
    assert found["星河智能体安全规定(征求意见稿)"][0] == "2031-03-21"  # not the deadline
    assert found["星河拟人化互动服务办法"][0] == "2031-03-10"  # not the effective date


def test_zh_weekly_policy_issuers(tmp_path: Path) -> None:
    found = _policies(tmp_path)
    assert "公安部" in found["星河内容溯源管理办法"][1]
    assert found["关于深入推进星河算力建设的意见"][1] == ["国务院"]  # not "此前国务院"
    assert found["星河终端分级 第 1 部分:手机"][1] == ["工业和信息化部"]
    assert found["星河大模型 第 3 部分:服务能力评估"][1] == ["国家标准化管理委员会"]
    assert found["星河拟人化互动服务办法"][1] == ["网信办"]  # not "【网信办"
