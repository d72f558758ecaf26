"""Who pays in a Chinese deal is what its clause says, not who signs first nor whom the
item is about: the party that pays the fee or places the orders, the 甲方 or buyer, the
party the signer supplies, the tenderer of a won tender; a company block's 公司; a
provider by its name that signs; the traditional script folded first. Invented
companies and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.deal_facts import money_events, who

HEAD = "---\ntitle: 计算机周报：合同方向\ndate: 2031-05-10\n---\n\n"


def _pairs(tmp_path: Path, body: str) -> list[tuple[set[str], set[str]]]:
    facts = money_events(tmp_path / "c.md", HEAD + body + "\n")
    return [(who(f, "PAYS_FOR"), who(f, "PAID_TO")) for f in facts if f.label == "Deal"]


@pytest.mark.parametrize(
    ("item", "payer", "payee"),
    [
        (
            "◆ 朔汀股份：与衡屿科技签署《算力服务合同》，总金额 2.7 亿元，衡屿科技按月支付服务费。",
            "衡屿科技",
            "朔汀股份",
        ),
        (
            "◆ 衡屿科技：与朔汀股份签署《算力服务合同》，总金额 2.7 亿元，衡屿科技按季支付服务费。",
            "衡屿科技",
            "朔汀股份",
        ),
        (
            "◆ 朔汀股份：与衡屿科技签订 AI 服务器采购框架协议，金额不超过 4 亿元，"
            "由衡屿科技分批下单。",
            "衡屿科技",
            "朔汀股份",
        ),
        (
            "◆ 朔汀股份：与衡屿科技签订智算服务协议，金额 1.1 亿元，衡屿科技作为本合同的甲方。",
            "衡屿科技",
            "朔汀股份",
        ),
        (
            "◆ 衡屿科技：与朔汀股份签订框架协议，向朔汀股份交付液冷服务器，金额 3 亿元。",
            "朔汀股份",
            "衡屿科技",
        ),
    ],
)
def test_the_clause_after_the_agreement_names_the_payer(
    tmp_path: Path, item: str, payer: str, payee: str
) -> None:
    assert _pairs(tmp_path, "## 公司动态\n\n" + item) == [({payer}, {payee})]


def test_a_company_block_heading_names_its_bare_company(tmp_path: Path) -> None:
    body = (
        "## 重点公司：朔汀股份\n\n"
        "公司中标中国联通智算中心服务器集中采购项目，中标金额 3.4 亿元。\n\n"
        "## 【衡屿科技】\n\n公司拟向汀洲电子采购推理服务器，采购金额 2 亿元。"
    )
    assert _pairs(tmp_path, body) == [({"中国联通"}, {"朔汀股份"}), ({"衡屿科技"}, {"汀洲电子"})]


def test_a_tender_sum_makes_the_signer_the_paid_winner(tmp_path: Path) -> None:
    body = "## 【朔汀股份】\n\n公司与中国移动签订推理服务器采购合同，中标金额 1.75 亿元。"
    assert _pairs(tmp_path, body) == [({"中国移动"}, {"朔汀股份"})]


def test_a_provider_by_its_name_is_paid_unless_a_clause_says_otherwise(tmp_path: Path) -> None:
    body = (
        "## 行业要闻\n\n汀洲智算披露与衡屿科技追加签订算力服务合同，金额 2.2 亿元。\n\n"
        "北屿云与朔汀股份签订算力服务合同，由朔汀股份为北屿云提供 GPU 算力，金额 9000 万元。"
    )
    assert _pairs(tmp_path, body) == [({"衡屿科技"}, {"汀洲智算"}), ({"北屿云"}, {"朔汀股份"})]


def test_an_order_customer_named_after_the_verb_pays(tmp_path: Path) -> None:
    body = "## 公司动态\n\n朔汀股份获汀芷数据 1.3 亿元 AI 服务器订单。"
    assert _pairs(tmp_path, body) == [({"汀芷数据"}, {"朔汀股份"})]


def test_traditional_script_reads_as_simplified(tmp_path: Path) -> None:
    body = (
        "## 公司動態\n\n"
        "衡屿科技與中國移動簽訂框架協議，向中國移動供應 AI 加速卡，合同金額約 5 億元。"
    )
    assert _pairs(tmp_path, body) == [({"中国移动"}, {"衡屿科技"})]
