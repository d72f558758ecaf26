"""Funding cards: a head line naming the company and its round, then "- Key: value"
fields. Every name of an investor field invests in the head's company with the round's
amount; comment fields (valuation, takeaway, 点评) give no party."""

from aikg.extractors.document import segment
from aikg.graph.pipeline import extract_report
from aikg.schema import Document

EN = """# Example Letter #3

## Rounds of the week

**Tarrow Labs — $220mn Series B**
- What they do: agents for insurers
- Lead investor: Kestle Growth
- Participants: Ambry Ventures and Oxhill Capital
- Valuation: $2bn post-money
- Takeaway: Morrant AI is its closest rival.

**Ibuki Robotics — ¥12bn Series A**
- What they do: humanoids for Japanese care homes
- Led by: Sorano Bank
"""

ZH = """# 示例创投周报（2026.03.09–2026.03.13）

## 本周融资

**澄岭智能｜A轮**
- 融资金额：3亿元人民币
- 投资方：泓川资本（领投）、苍岭创投
- 投后估值：20亿元
- 点评：与沧浪智能路线相近。
"""


def rounds(text: str, path: str) -> dict[str, tuple[set[str], float | None, str, str]]:
    report = segment(Document(path=path, report_id="c", text=text))
    out = {}
    for fact in extract_report(report).facts:
        if getattr(fact, "label", "") != "Investment":
            continue
        investee = next(p.entity.name for p in fact.participants if p.direction == "out")
        investors = {p.entity.name for p in fact.participants if p.direction == "in"}
        props = fact.props
        out[investee] = (
            investors,
            props.get("amount"),
            props.get("currency", ""),
            props.get("round", ""),
        )
    return out


def test_english_cards_give_each_investor_the_round() -> None:
    got = rounds(EN, "letter.md")
    assert got["Tarrow Labs"] == (
        {"Kestle Growth", "Ambry Ventures", "Oxhill Capital"},
        2.2e8,
        "USD",
        "b",
    )
    assert got["Ibuki Robotics"] == ({"Sorano Bank"}, 1.2e10, "JPY", "a")
    assert "Morrant AI" not in {name for investors, *_ in got.values() for name in investors}


def test_chinese_cards_read_their_fields() -> None:
    got = rounds(ZH, "weekly.md")
    assert got["澄岭智能"] == ({"泓川资本", "苍岭创投"}, 3e8, "CNY", "a")
