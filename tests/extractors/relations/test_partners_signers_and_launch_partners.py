"""Partnerships of round 27: co-listed signers of one counterparty (pairs with it, not
with one another), a headline "extends partnership with", launch partners, "co-develop
and deploy", chief officers who are no party, a groundbreaking that names no alliance;
联合验证 / 共同建设 with a 公司 party (invented sentences)."""

from __future__ import annotations

from pathlib import Path

from support.partners import partners_in

EN = "---\ntitle: Weekly note\ndate: 2031-11-24\n---\n\n## News\n\n"
ZH = "---\ntitle: 周报\ndate: 2031-11-24\n---\n\n## 产业动态\n\n"


def pairs(tmp_path: Path, head: str, body: str) -> dict[frozenset[str], dict]:
    return partners_in(tmp_path / "sample.md", head + body + "\n")


def test_co_listed_signers_pair_with_the_counterparty_only(tmp_path):
    body = "Microsoft, Oracle and AMD signed collaboration agreements with Nebius on Nov 12.\n"
    found = pairs(tmp_path, EN, body)
    assert set(found) == {frozenset({"Nebius", x}) for x in ("Microsoft", "Oracle", "AMD")}
    assert found[frozenset({"Nebius", "AMD"})]["date"] == "2031-11-12"


def test_headline_forms_and_launch_partners(tmp_path):
    body = (
        "Tessal Photonics extends partnership with Corvan Systems to cover optics (Nov 10).\n\n"
        "Nebius opened its Madrid region with Brenna Labs as its launch partner on Nov 15.\n\n"
        "Quillon AI will co-develop and deploy liquid-cooled racks with Oracle.\n\n"
        "Orbis Robotics signed a strategic partnership with Microsoft on Nov 16, "
        "said Lena Ortiz, CPO of Orbis Robotics.\n"
    )
    found = pairs(tmp_path, EN, body)
    assert found[frozenset({"Tessal Photonics", "Corvan Systems"})]["date"] == "2031-11-10"
    assert found[frozenset({"Nebius", "Brenna Labs"})]["date"] == "2031-11-15"
    assert frozenset({"Quillon AI", "Oracle"}) in found
    assert frozenset({"Orbis Robotics", "Microsoft"}) in found
    assert not any("CPO" in name or "Madrid" in name for pair in found for name in pair)


def test_groundbreaking_alone_is_no_alliance(tmp_path):
    body = "Brenna Labs and Quillon AI broke ground on new campuses in Ohio and Texas.\n"
    assert pairs(tmp_path, EN, body) == {}


def test_joint_validation_and_building_with_a_company_party(tmp_path):
    body = (
        "11 月 6 日，寒武纪与中科曙光完成国产算力平台的联合验证。\n\n"
        "11 月 12 日，科大讯飞与星河科技公司联合验证了国产推理集群。\n\n"
        "11 月 13 日，北辰智能公司与中科曙光共同建设智算中心。\n"
    )
    found = pairs(tmp_path, ZH, body)
    assert found[frozenset({"寒武纪", "中科曙光"})]["date"] == "2031-11-06"
    assert found[frozenset({"科大讯飞", "星河科技公司"})]["date"] == "2031-11-12"
    assert found[frozenset({"北辰智能公司", "中科曙光"})]["date"] == "2031-11-13"
