"""Chinese money in company notes and 投融资 weeklies (round 24): a 公告点评 or company flash
note calls the company it covers 公司 (named by the title with its ticker, by a title that
ends on it after the note's kind, or by a cover line), so 公司 pays, is paid or invests;
a weekly dates its items with one-digit days ("12.1"); investors that "参与了本轮融资" are
investors of the round; what is no deal (a backlog, revenue, capex, market value, a
valuation) stays out. Invented companies and sentences."""

from __future__ import annotations

from pathlib import Path

from support.deal_facts import money_events, money_pairs

from aikg.schema import EventFact

NOTE = "# {title}\n\n**公司研究 · 公告点评**｜计算机｜2031 年 12 月 9 日\n\n## 事件\n\n"
BODY = (
    "12 月 8 日晚，公司发布公告，与汀湾智算科技有限公司签订《算力服务合同》，合同金额约 5.6 亿元，"
    "服务期限为五年，客户将在五年内按月支付服务费。\n\n"
    "同日，公司公告拟以 2.4 亿元现金收购岫川热控 100% 股权。\n\n"
    "11 月 20 日，公司中标中国电信 2031 年至 2032 年智算中心 AI 服务器集中采购项目，"
    "中标金额约 9.8 亿元。公司在手订单已超过 20 亿元，约占公司 2030 年度营业收入的 70%，"
    "资本开支约 12 亿元，总市值约 300 亿元。\n"
)


def note_facts(tmp_path: Path, title: str, cover: str = "") -> list[EventFact]:
    """The money facts of a company note titled ``title`` (a cover line may lead the body)."""
    text = NOTE.format(title=title) + cover + BODY
    return money_events(tmp_path / "note_2031-12.md", text)


def test_the_covered_company_is_the_notes_company_in_every_deal(tmp_path):
    facts = note_facts(tmp_path, "澄峤信息（688961.SH）公告点评：签订算力服务合同")
    assert money_pairs(facts) == {
        ("Deal", "汀湾智算科技有限公司", "澄峤信息"),
        ("Investment", "澄峤信息", "岫川热控"),
        ("Deal", "中国电信", "澄峤信息"),
    }
    by_amount = {f.props["amount"]: f for f in facts}
    assert sorted(by_amount) == [2.4e8, 5.6e8, 9.8e8]  # no backlog, revenue, capex, value
    assert by_amount[5.6e8].props["date"] == "2031-12-08"  # 在五年内 is a term, no date
    assert by_amount[2.4e8].props["date"] == "2031-12-08"  # 同日
    assert by_amount[9.8e8].props["kind"] == "hardware_purchase"  # the tender names servers


def test_the_covered_company_from_a_title_ending_on_it_or_a_cover_line(tmp_path):
    after_kind = note_facts(tmp_path, "汀洲证券 计算机行业公告点评：澄峤信息")
    cover = note_facts(tmp_path, "签订算力服务合同，智算运营提速", "澄峤信息（688961）｜计算机\n\n")
    for facts in (after_kind, cover):
        assert ("Deal", "汀湾智算科技有限公司", "澄峤信息") in money_pairs(facts)


def test_no_note_no_covered_company(tmp_path):
    head = "# 计算机行业周报：算力合同密集落地\n\n报告日期：2031 年 12 月 9 日\n\n"
    text = head + "## 公司动态\n\n" + BODY
    pairs = money_pairs(money_events(tmp_path / "weekly_2031-12.md", text))
    assert not any("澄峤信息" in pair for pair in pairs)


def test_weekly_items_dated_with_one_digit_days_and_their_investors(tmp_path):
    text = (
        "千汀证券 | 创投研究\nAI 投融资周报（2031 年第 49 周：12.1—12.7）\n报告日期：2031-12-08\n\n"
        "【一、融资事件】\n"
        "1. 12.1  “栖汀机器人”完成 4 亿元 B 轮融资，由澄溪资本领投，岱汀创投跟投，"
        "老股东远汀资本持续加注。\n"
        "2. 12.3  AI 编程公司“墨汀智能”宣布完成超 2 亿元 A+ 轮融资，"
        "汀兰资本、岚汀创投参与了本轮融资。\n"
        "3. 12.4  “雾汀数据”完成 6000 万元 Pre-A 轮融资，由鹤汀创投独家投资，"
        "公司投后估值约 5 亿元。\n"
    )
    facts = money_events(tmp_path / "vc_weekly_2031w49.txt", text)
    dates = {(a, b): f.props.get("date") for f in facts for (_, a, b) in money_pairs([f])}
    assert dates == {
        ("澄溪资本", "栖汀机器人"): "2031-12-01",
        ("岱汀创投", "栖汀机器人"): "2031-12-01",
        ("远汀资本", "栖汀机器人"): "2031-12-01",
        ("汀兰资本", "墨汀智能"): "2031-12-03",
        ("岚汀创投", "墨汀智能"): "2031-12-03",
        ("鹤汀创投", "雾汀数据"): "2031-12-04",
    }
    assert sorted({f.props["amount"] for f in facts}) == [6e7, 2e8, 4e8]  # no valuation
