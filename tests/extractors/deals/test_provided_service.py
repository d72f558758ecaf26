"""The provided-service reading (deals/service.py): a contract's service words decide its
kind over the goods they name, and a clause that says who provides makes the provider
the payee. Invented companies and sentences, in the styles of contract notices, neocloud
news and foundry and OSAT coverage."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.deal_facts import money_events, who

ZH = "---\ntitle: 算力周报：合同密集落地\ndate: 2031-04-06\n---\n\n## 行业要闻\n\n"
EN = "---\ntitle: Compute weekly\ndate: 2031-04-06\n---\n\n## Industry news\n\n"


def _deals(tmp_path: Path, head: str, body: str) -> list[tuple[set[str], set[str], str]]:
    facts = money_events(tmp_path / "s.md", head + body + "\n")
    return [
        (who(f, "PAYS_FOR"), who(f, "PAID_TO"), f.props["kind"]) for f in facts if f.label == "Deal"
    ]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("4 月 2 日，澄川科技与岚汐集团签订 3 亿元 GPU 云服务合同。", "cloud_contract"),
        ("澄川科技获得岚汐集团的算力服务订单，金额约 8 亿元。", "compute_lease"),
        ("澄川科技将向岚汐集团提供 GPU 算力服务，合同金额 2 亿元。", "compute_lease"),
    ],
)
def test_a_compute_service_is_no_chip_purchase(tmp_path: Path, body: str, kind: str) -> None:
    payer = "澄川科技" if body.startswith("4 月") else "岚汐集团"
    payee = "岚汐集团" if payer == "澄川科技" else "澄川科技"
    assert _deals(tmp_path, ZH, body) == [({payer}, {payee}, kind)]


def test_the_osat_is_paid_for_its_packaging(tmp_path: Path) -> None:
    body = "澄川科技与岚汐集团签订合同，为其提供先进封装服务，金额 3 亿元。"
    assert _deals(tmp_path, ZH, body) == [({"岚汐集团"}, {"澄川科技"}, "payment")]
    body = "澄川科技获得岚汐集团先进封装订单，金额约 8 亿元。"
    assert _deals(tmp_path, ZH, body) == [({"岚汐集团"}, {"澄川科技"}, "payment")]


def test_the_party_named_as_the_service_side_is_paid(tmp_path: Path) -> None:
    body = "澄川科技与岚汐集团签订 3 亿元《算力服务协议》，澄川科技作为服务方。"
    assert _deals(tmp_path, ZH, body) == [({"岚汐集团"}, {"澄川科技"}, "compute_lease")]


def test_a_winner_named_before_the_buyers_project_is_paid(tmp_path: Path) -> None:
    body = "澄川科技被确定为岚汐集团算力服务项目的中标人，中标金额 3 亿元。"
    assert _deals(tmp_path, ZH, body) == [({"岚汐集团"}, {"澄川科技"}, "cloud_contract")]


@pytest.mark.parametrize(
    "body",
    [
        "Varda signed a $3bn contract with Meta to provide AI capacity over five years.",
        "Varda signed a $3bn, five-year contract with Meta under which it will provide"
        " dedicated GPU capacity.",
        "Varda signed a $3bn agreement with Meta to deliver dedicated AI capacity.",
    ],
)
def test_the_neocloud_that_provides_capacity_is_paid(tmp_path: Path, body: str) -> None:
    [(payers, payees, kind)] = _deals(tmp_path, EN, body)
    assert (payers, payees) == ({"Meta"}, {"Varda"})
    assert kind in ("cloud_contract", "compute_lease")


def test_a_named_provider_after_with_still_provides(tmp_path: Path) -> None:
    body = (
        "Meta Platforms has signed a deal worth up to $3.4bn with Corvina Cloud to supply"
        " GPU computing power for its training clusters over four years."
    )
    assert _deals(tmp_path, EN, body) == [({"Meta Platforms"}, {"Corvina Cloud"}, "compute_lease")]


def test_a_chip_contract_won_by_a_cloud_buys_its_compute(tmp_path: Path) -> None:
    body = "Bramwick Cloud wins $5.5bn, six-year GPU contract from Soria AI."
    assert _deals(tmp_path, EN, body) == [({"Soria AI"}, {"Bramwick Cloud"}, "cloud_contract")]


def test_foundry_and_packaging_work_is_paid_by_the_chip_designer(tmp_path: Path) -> None:
    body = "Tesla signed a $16.5bn foundry agreement with Samsung Electronics."
    assert _deals(tmp_path, EN, body) == [({"Tesla"}, {"Samsung Electronics"}, "capacity_order")]
    body = (
        "Amkor signed a $400mn agreement with Halden Semiconductor to provide advanced"
        " packaging and test services."
    )
    assert _deals(tmp_path, EN, body) == [({"Halden Semiconductor"}, {"Amkor"}, "payment")]
    body = "Broadcom signed a multi-year capacity agreement with TSMC covering CoWoS-L wafers."
    assert _deals(tmp_path, EN, body) == [({"Broadcom"}, {"TSMC"}, "capacity_order")]


def test_a_customers_own_purpose_keeps_the_customer_paying(tmp_path: Path) -> None:
    body = "Halden AI signed a $1bn agreement with Varda to buy GPU capacity over three years."
    [(payers, payees, _)] = _deals(tmp_path, EN, body)
    assert (payers, payees) == ({"Halden AI"}, {"Varda"})
    body = "澄川科技与岚汐集团签订 3 亿元算力服务器采购合同。"
    assert _deals(tmp_path, ZH, body) == [({"澄川科技"}, {"岚汐集团"}, "hardware_purchase")]


@pytest.mark.parametrize(
    ("body", "payer", "payee"),
    [
        ("Foxlin won an order from Orbis AI for AI servers.", "Orbis AI", "Foxlin"),
        ("Sarnell won a $16.5bn order from Tesla to make its AI6 chips.", "Tesla", "Sarnell"),
    ],
)
def test_an_order_won_from_a_customer_is_read_once(
    tmp_path: Path, body: str, payer: str, payee: str
) -> None:
    """ "order … from" after a verb of winning is no verb of buying: one deal, not also its
    reverse."""
    [(payers, payees, kind)] = _deals(tmp_path, EN, body)
    assert (payers, payees) == ({payer}, {payee})
    assert kind in ("hardware_purchase", "chip_purchase", "capacity_order")


def test_a_known_provider_that_supplies_gpus_is_paid_for_its_compute(tmp_path: Path) -> None:
    body = "Nscale signed a contract with Microsoft to supply 200,000 Nvidia GB300 GPUs."
    assert _deals(tmp_path, EN, body) == [({"Microsoft"}, {"Nscale"}, "cloud_contract")]


@pytest.mark.parametrize(
    ("body", "head", "payer", "payee", "kinds"),
    [
        (
            "台积电将为英伟达代工 Rubin GPU。",
            ZH,
            "英伟达",
            "台积电",
            ("capacity_order", "chip_purchase"),
        ),
        ("长电科技将为英伟达提供 CoWoS 封装服务。", ZH, "英伟达", "长电科技", ("payment",)),
        (
            "TSMC will manufacture Nvidia's Rubin GPUs on N3P.",
            EN,
            "Nvidia",
            "TSMC",
            ("capacity_order", "chip_purchase"),
        ),
        (
            "Amkor will package Apple chips produced at its Arizona plant under a $2bn deal.",
            EN,
            "Apple",
            "Amkor",
            ("payment",),
        ),
    ],
)
def test_the_designer_pays_the_foundry_and_the_osat(
    tmp_path: Path, body: str, head: str, payer: str, payee: str, kinds: tuple[str, ...]
) -> None:
    [(payers, payees, kind)] = _deals(tmp_path, head, body)
    assert (payers, payees) == ({payer}, {payee})
    assert kind in kinds


@pytest.mark.parametrize(
    ("body", "head", "payer", "payee"),
    [
        ("岚汐半导体将新一代芯片交由长电科技封装。", ZH, "岚汐半导体", "长电科技"),
        ("岚汐半导体的 AI 芯片由中芯国际代工。", ZH, "岚汐半导体", "中芯国际"),
        (
            "Halden Semiconductor tapped TSMC to manufacture its next AI accelerator.",
            EN,
            "Halden Semiconductor",
            "TSMC",
        ),
        (
            "Halden Semiconductor's next AI accelerator will be manufactured by TSMC.",
            EN,
            "Halden Semiconductor",
            "TSMC",
        ),
        (
            "Halden AI selected Varda to provide GPU capacity under a $1bn deal.",
            EN,
            "Halden AI",
            "Varda",
        ),
        (
            "Varda inked a $1bn deal with Halden AI to host its training clusters.",
            EN,
            "Halden AI",
            "Varda",
        ),
    ],
)
def test_the_customer_that_hands_over_the_work_pays(
    tmp_path: Path, body: str, head: str, payer: str, payee: str
) -> None:
    [(payers, payees, _)] = _deals(tmp_path, head, body)
    assert (payers, payees) == ({payer}, {payee})


def test_a_purchase_order_received_is_the_sellers(tmp_path: Path) -> None:
    body = "Varda received a $1bn purchase order from Halden AI for GPU servers."
    [(payers, payees, _)] = _deals(tmp_path, EN, body)
    assert (payers, payees) == ({"Halden AI"}, {"Varda"})


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("澄川科技签订 4.8 亿元算力服务合同，客户为岚汐集团。", ZH),
        ("澄川科技与岚汐集团签订算力服务合同，岚汐集团将向澄川科技支付服务费 4.8 亿元。", ZH),
        (
            "Varda signed a $2bn contract with Halden AI, which will pay Varda over five years"
            " for GPU capacity.",
            EN,
        ),
    ],
)
def test_the_customer_or_payer_named_after_the_contract_pays(
    tmp_path: Path, body: str, head: str
) -> None:
    payer, payee = ("岚汐集团", "澄川科技") if head == ZH else ("Halden AI", "Varda")
    [(payers, payees, kind)] = _deals(tmp_path, head, body)
    assert (payers, payees, kind) == ({payer}, {payee}, "compute_lease")


@pytest.mark.parametrize(
    "body",
    [
        "Varda agreed to provide Meta $3bn of compute over five years.",
        "Varda has been contracted by Meta to provide GPU capacity worth $3bn.",
        "Meta has contracted Varda for $3bn of GPU capacity.",
    ],
)
def test_the_provider_a_customer_engages_is_paid(tmp_path: Path, body: str) -> None:
    [(payers, payees, _)] = _deals(tmp_path, EN, body)
    assert (payers, payees) == ({"Meta"}, {"Varda"})


@pytest.mark.parametrize(
    ("body", "payer", "payee"),
    [
        ("SK hynix will supply HBM4 to Nvidia under a $10bn deal.", "Nvidia", "SK hynix"),
        ("Varda will supply Meta under a five-year, $3bn contract.", "Meta", "Varda"),
    ],
)
def test_the_buyer_a_supplier_serves_pays(
    tmp_path: Path, body: str, payer: str, payee: str
) -> None:
    [(payers, payees, _)] = _deals(tmp_path, EN, body)
    assert (payers, payees) == ({payer}, {payee})
    assert _deals(tmp_path, EN, "Varda will deliver a keynote to Meta staff.") == []
