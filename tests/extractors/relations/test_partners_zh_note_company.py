"""A Chinese company note's 公司 is the company it covers (round 24): "公司与 X 签署战略合作协议"
in a 公告点评 titled "X（688xxx.SH）…" partners the covered company with X; in a weekly, 公司 names
no one. Invented companies and sentences."""

from __future__ import annotations

from support.partners import partners_in

BODY = "## 点评\n\n12 月 3 日，公司与华岳云签署战略合作协议，双方将共建智算集群。\n"


def test_a_notes_company_partners_with_the_one_it_signs_with(tmp_path):
    head = "# 澄峤信息（688961.SH）公告点评：生态合作深化\n\n"
    text = head + "**公司研究 · 公告点评**｜2031 年 12 月 9 日\n\n" + BODY
    found = partners_in(tmp_path / "note_2031-12.md", text)
    assert found[frozenset({"澄峤信息", "华岳云"})]["date"] == "2031-12-03"


def test_a_weeklys_company_word_names_no_partner(tmp_path):
    text = "# 计算机行业周报：算力合同密集落地\n\n报告日期：2031 年 12 月 9 日\n\n" + BODY
    found = partners_in(tmp_path / "weekly_2031-12.md", text)
    assert not any("澄峤信息" in pair for pair in found)
