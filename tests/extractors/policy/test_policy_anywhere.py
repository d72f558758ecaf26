"""Policies stated in any section but the disclaimers, in both languages: several
issuers before the date, "等N部门", a legislature's session, "就《…》征求意见", numbered
notices, a city as issuer, a reporting clause, a foreign official; English roundup items
whose heading names the policy "(Issuer, date)", a law named alone, a possessive issuer.
Every region is a country code. Counter-examples yield nothing."""

from __future__ import annotations

from pathlib import Path

from support.policies import issuers_date_region as _row
from support.policies import issuers_of as _issuers
from support.policies import policies_in

from aikg.schema import EventFact

ZH = """星河证券 互联网行业周报 2031 年 4 月

一、本周要闻

- 星河省网信办、星河省工业和信息化厅 3 月 14 日联合发布的《星河省生成式内容标识办法》\
将于 9 月 1 日起施行。
- 3 月 20 日，国家数据局等六部门印发《关于推进公共数据开放的实施意见》。

3 月 26 日，青川省人大常委会第九次会议表决通过《青川省数据条例》，条例自 2032 年 1 月 1 日起施行。

3 月 28 日，国家网信办就《智能体服务管理办法（征求意见稿）》公开征求意见，截止日期为 4 月 27 日。

二、公司动态

1. 4 月 2 日，商务部发布 2031 年第 18 号、第 19 号公告，对部分算力设备实施出口管制。
2. 4 月 8 日，青州市发布《青州市智能算力券实施细则》。
3. 4 月 9 日，美国商务部工业与安全局（BIS）表示，暂缓执行此前发布的“先进计算穿透规则”。
4. 美国纽约州州长霍桑 4 月 12 日签署《纽约州前沿模型安全法案》。
5. 4 月 15 日，星河科技发布《2031 年可持续发展报告》。
6. 国家统计局 4 月 16 日发布的数据显示，3 月软件业务收入增长 12%。
7. 4 月 18 日，星尘直播发布《平台内容治理规则》，清理违规账号。
8. 《星河省数据安全条例》自 4 月 20 日起施行。
9. 4 月 22 日，美国政府以《星河芯片法案》补助资金入股某芯片公司。

免责声明

3 月 5 日，国家数据局印发《数据要素流通管理办法》。
"""

EN = """# Tech Policy Wrap, April 2031

## Japan

1. Compute Access Plan (Ministry of Digital Affairs, 3 Mar 2031). The ministry's plan
sets targets for public compute.

## United States

2. Frontier Model Safety Act (AB 12), Colorado.
Governor Alma Reyes signed the bill on 14 Mar 2031. It takes effect on 1 Jan 2032.

3. Chip affiliates rule suspended. The Commerce Department's Bureau of Industry and \
Security had issued an interim final rule on 2 Feb 2031. On 24 Mar 2031, BIS suspended \
the rule.

4. Federal pre-emption of state AI rules. A draft executive order circulated in \
mid-March but had not been signed at the time of writing.

5. Capex Plan (Lumora Inc., FY31). Spending rises on 2 Mar 2031.

## United Kingdom

6. Digital Markets (Audit) Act 2031. Received Royal Assent on 20 Mar 2031.

## Company notes

On 12 March 2031 the European Commission published the AI Sandbox Guidelines.
On 5 March 2031, the CAC released draft measures on AI agents.
The UK government unveiled its Compute Skills Action Plan on 13 March 2031.
The Chip Export Security Act took effect on 1 April 2031.
The Senate debated the Chip Export Bill on 4 April 2031.
The Commission approved the acquisition of Zentrix by Lumora on 3 April 2031.

- Lumora published a "Teen Safety Blueprint" on 6 Mar 2031. It is a company programme.
- The Harlow Institute, a think tank, published model legislation on audits (20 Mar 2031).

## Important disclosures

On 3 March 2031, the European Commission published the Compute Audit Guidelines.
"""


def _facts(tmp_path: Path, name: str, text: str) -> dict[str, EventFact]:
    return policies_in(tmp_path / name, text)


def test_chinese_policies_in_any_section(tmp_path: Path) -> None:
    facts = _facts(tmp_path, "zh.txt", ZH)
    assert set(facts) == {
        "星河省生成式内容标识办法",
        "关于推进公共数据开放的实施意见",
        "青川省数据条例",
        "智能体服务管理办法(征求意见稿)",
        "2031年第18号公告",
        "2031年第19号公告",
        "青州市智能算力券实施细则",
        "先进计算穿透规则",
        "纽约州前沿模型安全法案",
        "星河省数据安全条例",
    }
    # several issuers before the date; the effective date (9 月 1 日) is not the date
    labels = facts["星河省生成式内容标识办法"]
    assert _row(labels) == (["星河省网信办", "星河省工业和信息化厅"], "2031-03-14", "CN")
    assert _row(facts["关于推进公共数据开放的实施意见"]) == (["国家数据局"], "2031-03-20", "CN")
    assert _row(facts["青川省数据条例"]) == (["青川省人大常委会"], "2031-03-26", "CN")
    assert _issuers(facts["智能体服务管理办法(征求意见稿)"]) == ["国家网信办"]
    assert _row(facts["2031年第19号公告"]) == (["商务部"], "2031-04-02", "CN")
    assert _row(facts["青州市智能算力券实施细则"]) == (["青州市"], "2031-04-08", "CN")
    bis = facts["先进计算穿透规则"]
    assert _row(bis) == (["美国商务部工业与安全局"], "2031-04-09", "US")
    state = facts["纽约州前沿模型安全法案"]
    assert _row(state) == (["纽约州州长霍桑"], "2031-04-12", "US")
    # a regulation in 《》 coming into force needs no issuer
    assert _row(facts["星河省数据安全条例"]) == ([], "2031-04-20", "CN")
    assert all(p.entity.label == "Organization" for f in facts.values() for p in f.participants)


def test_chinese_non_policies_yield_nothing(tmp_path: Path) -> None:
    facts = _facts(tmp_path, "zh.txt", ZH)
    # a company's report or rule, statistics, and anything in the disclaimer
    # a law only cited, with no act of issuing
    assert not any("芯片法案" in t for t in facts)
    for title in ("2031 年可持续发展报告", "平台内容治理规则", "数据要素流通管理办法"):
        assert not any(title.replace(" ", "") in t.replace(" ", "") for t in facts)


def test_english_roundup_items_and_prose(tmp_path: Path) -> None:
    facts = _facts(tmp_path, "en.md", EN)
    assert set(facts) == {
        "Compute Access Plan",
        "Frontier Model Safety Act",
        "Chip affiliates rule suspended",
        "Digital Markets (Audit) Act 2031",
        "AI Sandbox Guidelines",
        "draft measures on AI agents",
        "Compute Skills Action Plan",
        "Chip Export Security Act",
    }
    # the heading's parenthesis gives issuer and date; the section heading the region
    assert _row(facts["Compute Access Plan"]) == (
        ["Ministry of Digital Affairs"],
        "2031-03-03",
        "JP",
    )
    # a governor signs; the effective date is not the date; a state is the US
    assert _row(facts["Frontier Model Safety Act"]) == (["Governor Alma Reyes"], "2031-03-14", "US")
    # a possessive's owned body issues; the body's "interim final rule" is the same act
    rule = facts["Chip affiliates rule suspended"]
    assert _row(rule) == (["Bureau of Industry and Security"], "2031-02-02", "US")
    # a law may be named without its issuer
    assert _row(facts["Digital Markets (Audit) Act 2031"]) == ([], "2031-03-20", "UK")
    assert _row(facts["AI Sandbox Guidelines"]) == (["European Commission"], "2031-03-12", "EU")
    assert facts["Compute Access Plan"].evidence.locator == "line 5"
    # prose anywhere: a known body's region from its other names; a lower-case government
    assert _row(facts["draft measures on AI agents"]) == (["CAC"], "2031-03-05", "CN")
    assert _row(facts["Compute Skills Action Plan"]) == (["UK government"], "2031-03-13", "UK")
    # a named law coming into force needs no issuer
    assert _row(facts["Chip Export Security Act"]) == ([], "2031-04-01", None)


def test_english_non_policies_yield_nothing(tmp_path: Path) -> None:
    facts = _facts(tmp_path, "en.md", EN)
    # a draft not yet signed, a company's plan or programme, a think tank's model bill,
    # a bill debated, a merger approval, and the disclosures
    words_list = ("pre-emption", "Capex", "Teen Safety", "legislation", "Compute Audit")
    for words in (*words_list, "Chip Export Bill", "acquisition"):
        assert not any(words in title for title in facts), words
