"""Policies of the "行业政策" sections: title, date, region, scope and issuer."""

from __future__ import annotations

from pathlib import Path

from support import SEEDS  # noqa: E402

from aikg.extractors import policy
from aikg.extractors.document import read_document, segment
from aikg.schema import EventFact

# (seed prefix, words of the title, date (None: undated), issuer or "" when none is named)
EXPECTED = [
    ("000", "人工智能+医疗卫生", "2025-11-04", "国家卫生健康委"),
    ("000", "数字经济创新发展试验区", "2025-11-20", "广东省人民政府"),
    ("000", "创世纪计划", "2025-11-24", "美国总统"),
    ("000", "能源试点工作的通知", "2025-11-28", "国家能源局综合司"),
    ("000", "人工智能+视听", "2025-11-28", ""),
    ("000", "动画微短剧专项治理", "2025-11-09", "广电总局"),  # industry news section
    ("001", "全球人工智能治理倡议", None, "中国"),
    ("002", "赋能工业互联网", "2026-05-10", "北京市经济和信息化局"),
    ("002", "模塑申城", "2026-05-07", "上海市经济信息化委"),
    ("002", "典型应用场景案例集", "2026-05", "广东省人工智能与机器人产业联盟"),
    ("002", "南通市", "2026-05-01", ""),
    ("002", "短视频内容标注", "2026-05-12", "中央网信办"),  # untitled directive, news section
    ("002", "微短剧精品创作传播计划", "2026-05-23", "广电总局"),  # industry news section
]


def _policies(path: Path) -> list[EventFact]:
    return list(policy.extract(segment(read_document(str(path)))))


def _seed(prefix: str) -> list[EventFact]:
    return _policies(next(SEEDS.glob(f"{prefix}_*.txt")))


def _issuer(fact: EventFact) -> str:
    return next((p.entity.name for p in fact.participants if p.rel_type == "ISSUED"), "")


def test_seed_policies_recall_and_issuers() -> None:
    found = {p: _seed(p) for p in ("000", "001", "002")}
    missed = []
    for prefix, words, date, issuer in EXPECTED:
        hits = [f for f in found[prefix] if words in f.props["title"]]
        if not any(f.props.get("date") == date and _issuer(f) == issuer for f in hits):
            missed.append((prefix, words))
    assert len(missed) / len(EXPECTED) <= 0.05, missed
    # nothing else: no policy read from an abbreviation or a reference
    assert [len(found[p]) for p in ("000", "001", "002")] == [6, 1, 6]


def test_seed_policy_props() -> None:
    facts = _seed("000")
    health = next(f for f in facts if "医疗卫生" in f.props["title"])
    assert health.props["region"] == "CN" and health.props["scope"] == "人工智能+医疗卫生"
    assert health.key == ("title",) and health.label == "Policy"
    assert health.participants[0].entity.label == "Organization"
    assert health.evidence.locator == "line 292"
    us = next(f for f in facts if f.props["title"] == "创世纪计划")
    assert us.props["region"] == "US"
    energy = next(f for f in facts if "能源试点" in f.props["title"])
    assert energy.props["scope"] == "人工智能+能源"
    regions = {f.props.get("region") for f in _seed("002")}
    assert regions == {"CN"}  # regions are country codes


SAMPLE = """互联网行业 2031 年 4 月投资策略

行业政策:多地推进人工智能应用

江川推进制造业智能化。3 月 5 日,江川省工业和信息化厅印发\
《江川省“人工智能+制造”行动方案(2031—2033 年)》。\
《行动方案》明确重点任务。

3 月 9 日,国家数据局发布关于开展“人工智能+”交通试点工作的通知。

3 月 16 日起,《青州市促进人工智能产业发展若干措施》正式施行。

3 月 22 日,美国总统签署行政令,启动人工智能“灯塔计划”。

风险提示:政策风险。
"""


def test_invented_policies(tmp_path: Path) -> None:
    path = tmp_path / "sample.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    facts = {f.props["title"]: f for f in _policies(path)}
    assert set(facts) == {
        "江川省“人工智能+制造”行动方案(2031—2033 年)",
        "关于开展“人工智能+”交通试点工作的通知",
        "青州市促进人工智能产业发展若干措施",
        "灯塔计划",
    }
    plan = facts["江川省“人工智能+制造”行动方案(2031—2033 年)"]
    assert _issuer(plan) == "江川省工业和信息化厅" and plan.props["date"] == "2031-03-05"
    assert plan.props["region"] == "CN" and plan.props["scope"] == "人工智能+制造"
    notice = facts["关于开展“人工智能+”交通试点工作的通知"]
    assert _issuer(notice) == "国家数据局" and notice.props["region"] == "CN"
    assert notice.props["scope"] == "人工智能+交通"
    local = facts["青州市促进人工智能产业发展若干措施"]
    assert local.participants == [] and local.props["region"] == "CN"
    assert _issuer(facts["灯塔计划"]) == "美国总统"


NEWS = """互联网行业 2031 年 4 月投资策略

行业动态:游戏版号下发

游戏版号下发。3 月 20 日,国家新闻出版署公布 3 月国产网络游戏审批信息,星尘工作室《青岚纪》等获批。

行业数据发布。据 3 月 21 日消息,某数据机构发布《2031 年 3 月游戏产业报告》。

监管加码。3 月 26 日,网信办印发《关于规范生成式内容标识的通知》,要求平台落实标注。

虚拟主播监管。3 月 27 日,国家网信办部署指导各平台规范虚拟主播身份提示,明确提示位置。

平台自律。3 月 29 日,星尘直播部署整治低质直播内容,清理违规账号。

行业政策:对外合作

中方提出的星河数字合作倡议,为各国合作提供方案。

风险提示:政策风险。
"""


def test_invented_news_section_is_read_strictly(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_text(NEWS, encoding="utf-8")
    facts = {f.props["title"]: f for f in _policies(path)}
    assert set(facts) == {
        "关于规范生成式内容标识的通知",
        "规范虚拟主播身份提示",
        "星河数字合作倡议",
    }
    # a regulator's untitled directive is a policy; a platform's own clean-up is not
    directive = facts["规范虚拟主播身份提示"]
    assert _issuer(directive) == "国家网信办" and directive.props["date"] == "2031-03-27"
    notice = facts["关于规范生成式内容标识的通知"]
    assert _issuer(notice) == "网信办" and notice.props["region"] == "CN"
    assert notice.props["date"] == "2031-03-26"
    pact = facts["星河数字合作倡议"]
    assert _issuer(pact) == "中国" and "date" not in pact.props


ENGLISH = """# Digital Policy Monthly, April 2031

## Policy

- On March 3, the European Commission published the AI Sandbox Access Guidelines.
- On March 9, 2031, the U.S. Department of Commerce issued new licensing rules for AI \
training clusters. The rules take effect in May.
- The Synthetic Media Disclosure Act was passed by the European Parliament on 12 March 2031.
- In March, the Ministry of Digital Affairs of Japan released draft measures for AI labelling.
- On March 20, Lumora Inc. published a blog post on safety.

## Industry news

Cloud. On March 22, Nimbra Cloud published the Nimbra Partner Framework for resellers.
Rules. On March 24, the UK Department for Science, Innovation and Technology issued the \
AI Audit Code of Practice.
"""


def test_invented_english_policies(tmp_path: Path) -> None:
    path = tmp_path / "english.md"
    path.write_text(ENGLISH, encoding="utf-8")
    facts = {f.props["title"]: f for f in _policies(path)}
    assert set(facts) == {
        "AI Sandbox Access Guidelines",
        "licensing rules for AI training clusters",
        "Synthetic Media Disclosure Act",
        "draft measures for AI labelling",
        "AI Audit Code of Practice",  # news section: an issuer and a date, so kept
    }
    expected = {
        "AI Sandbox Access Guidelines": ("European Commission", "2031-03-03", "EU"),
        "licensing rules for AI training clusters": (
            "U.S. Department of Commerce",
            "2031-03-09",
            "US",
        ),
        "Synthetic Media Disclosure Act": ("European Parliament", "2031-03-12", "EU"),
        "draft measures for AI labelling": (
            "Ministry of Digital Affairs of Japan",
            "2031-03",
            "JP",
        ),
        "AI Audit Code of Practice": (
            "UK Department for Science, Innovation and Technology",
            "2031-03-24",
            "UK",
        ),
    }
    for title, (issuer, date, region) in expected.items():
        fact = facts[title]
        assert (_issuer(fact), fact.props["date"], fact.props["region"]) == (issuer, date, region)
        assert all(p.entity.label == "Organization" for p in fact.participants)
    assert facts["AI Sandbox Access Guidelines"].evidence.locator == "line 5"
    assert facts["draft measures for AI labelling"].props["date_precision"] == "month"


def test_english_titles_and_issuers() -> None:
    assert policy.find_title_en(" the Compute Fairness Act (CFA).") == "Compute Fairness Act"
    assert policy.find_title_en(" a statement on pricing.") == ""
    assert policy.find_issuer_en("In a briefing, the Treasury Department") == "Treasury Department"
    assert policy.find_issuer_en("On March 2, Lumora Inc.") == ""
