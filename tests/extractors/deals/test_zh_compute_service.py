"""A compute-service contract whose provider is the subject and says so after the
contract ("X 与 Y 签订 9.8 亿元算力服务合同，为其提供 AIDC 算力服务"): the customer Y pays,
even where the service's Latin acronym (AIDC, IDC) looks like a name. Invented
companies and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.deal_facts import money_events, who

HEAD = "---\ntitle: 算力周报：合同密集落地\ndate: 2031-04-06\n---\n\n## 行业要闻\n\n"


@pytest.mark.parametrize("service", ["AIDC 算力服务", "IDC 及算力服务", "智算算力服务"])
def test_the_customer_the_provider_serves_pays(tmp_path: Path, service: str) -> None:
    body = f"4 月 1 日，澄川科技与岚汐集团签订 9.8 亿元算力服务合同，为其提供{service}。"
    deals = [f for f in money_events(tmp_path / "s.md", HEAD + body + "\n") if f.label == "Deal"]
    assert [(who(f, "PAYS_FOR"), who(f, "PAID_TO")) for f in deals] == [
        ({"岚汐集团"}, {"澄川科技"})
    ]
    assert deals[0].props["amount"] == 9.8e8
