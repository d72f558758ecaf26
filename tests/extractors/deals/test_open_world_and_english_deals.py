"""Deals and investments in prose with names no list holds (open world) and in English
sentences: possessives, acquisitions, status words. Invented companies and sentences."""

from pathlib import Path

import pytest
from support.deal_facts import find, one, report_of, roles

from aikg.extractors import deals
from aikg.extractors.document import read_document, segment
from aikg.extractors.known import Known
from aikg.extractors.names.lexicon import lookup
from aikg.extractors.names.mentions import find_mentions
from aikg.schema import EventFact

# --- open world: names with no organisation suffix and no list entry ---------------

OPEN_ZH = """互联网行业 2032 年 6 月投资策略

## 产业链动态

2032年5月,澄湖数据宣布向远山云算投资至多 12 亿美元,用于扩建推理集群。远山云算与白杨算力\
达成一项 6 亿美元的协议,由白杨算力为其提供算力租赁服务。白杨算力则斥资 4 亿美元向澄湖数据\
购买 Corvid-5 加速卡。

5 月 20 日,栖霞视觉宣布向木棉智造投资 1 亿美元。随后则斥资 3 亿元向澄湖数据采购推理服务器。

我们认为,公司与客户达成长期合作协议,多家云厂商正向上游供应商采购芯片,政府向企业提供补贴。
"""


def test_chinese_names_without_suffix_in_deal_roles(tmp_path):
    facts = report_of(tmp_path, OPEN_ZH)
    assert all(lookup(n) is None for n in ("澄湖数据", "远山云算", "白杨算力", "栖霞视觉"))
    f = one(facts, "Investment", "澄湖数据", "远山云算", "equity")  # clause-start subject
    assert (f.props["amount"], f.props["amount_qualifier"]) == (1.2e9, "up_to")
    assert f.props["date"] == "2032-05"
    # "由 Y 为其提供": 其 is the other party of the agreement, which pays Y
    lease = one(facts, "Deal", "远山云算", "白杨算力", "compute_lease")
    assert lease.props["amount"] == 6.0e8 and lease.props["status"] == "committed"
    assert not find(facts, "Deal", "白杨算力", "远山云算")
    buy = one(facts, "Deal", "白杨算力", "澄湖数据", "chip_purchase")  # "Y 则斥资 …向 Z 购买"
    assert buy.props["amount"] == 4.0e8
    one(facts, "Investment", "栖霞视觉", "木棉智造", amount=1.0e8, date="2032-05-20")
    # "随后则斥资": the elided subject is the previous sentence's
    f = one(facts, "Deal", "栖霞视觉", "澄湖数据", "hardware_purchase")
    assert f.props["amount"] == 3.0e8 and f.props["currency"] == "CNY"
    names = {p.entity.name for f in facts for p in f.participants}
    assert not names & {"公司", "客户", "云厂商", "上游供应商", "政府", "企业"}


def test_typed_names_are_threaded_into_the_sentences(tmp_path):
    (tmp_path / "sample.txt").write_text(OPEN_ZH, encoding="utf-8")
    report = segment(read_document(tmp_path / "sample.txt"))
    untyped = tuple(deals.extract(report))
    buy = one(untyped, "Deal", "白杨算力", "澄湖数据", "chip_purchase")
    assert "INVOLVES" not in roles(buy)  # "Corvid-5" is no chip code a pattern knows
    known = Known(names={"Corvid-5": "Chip", "澄湖数据": "Company"})  # typed by a table
    buy = one(tuple(deals.extract(report, known)), "Deal", "白杨算力", "澄湖数据", "chip_purchase")
    assert roles(buy)["INVOLVES"] == {"Corvid-5"}


OPEN_EN = """AI Infrastructure Monthly, June 2032

## Industry news

In May 2032, Quorvex agreed to invest up to $3 billion in Zelmora. Zelmora signed a \
$900 million agreement with Tarnwell for compute capacity; Tarnwell will provide Zelmora with \
GPUs. Nimbus9 bought 20,000 Corvid-5 accelerators from Quorvex for about $400 million.
"""


def test_english_names_without_suffix(tmp_path):
    (tmp_path / "sample.txt").write_text(OPEN_EN, encoding="utf-8")
    report = segment(read_document(tmp_path / "sample.txt"))
    facts = tuple(deals.extract(report))
    f = one(facts, "Investment", "Quorvex", "Zelmora", "equity")
    assert (f.props["amount"], f.props["date"]) == (3.0e9, "2032-05")
    f = one(facts, "Deal", "Zelmora", "Tarnwell", "cloud_contract")  # Tarnwell provides
    assert f.props["amount"] == 9.0e8
    assert not find(facts, "Deal", "Nimbus9")  # a name with a digit: no pattern's
    known = Known(names={"Nimbus9": "Company", "Corvid-5": "Chip"})  # a table typed it
    f = one(tuple(deals.extract(report, known)), "Deal", "Nimbus9", "Quorvex", "chip_purchase")
    assert f.props["amount"] == 4.0e8 and roles(f)["INVOLVES"] == {"Corvid-5"}


def test_find_mentions_with_typed_names():
    text = "Helix-9 Pro 与 Helix-90 及 Helix-9 均由阿里云提供"
    names = {"Helix-9": "Chip", "Helix-9 Pro": "Chip", "阿里": "Company", "中国": "Organization"}
    found = [(m.name, m.label, m.canonical) for m in find_mentions(text, names)]
    # longest first; a Latin name ends at a word boundary; the lexicon's 阿里云 wins
    assert found == [
        ("Helix-9 Pro", "Chip", ""),
        ("Helix-9", "Chip", ""),
        ("阿里云", "Company", "Alibaba Cloud"),
    ]
    assert [m.name for m in find_mentions("Helix-9 芯片", None)] == []
    assert [m.name for m in find_mentions("中国厂商", names)] == []  # generic words dropped


# --- English reports: sentences, possessives, status words --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ostrava Dynamics agreed to invest in Pellucid AI. Pellucid AI signed a contract.",
            ["Ostrava Dynamics agreed to invest in Pellucid AI.", "Pellucid AI signed a contract."],
        ),
        (  # company suffixes, dotted initials, vs., No., approx., decimals, tickers
            "Tessmark Inc. paid approx. $1.8 billion to Quillon Corp. and Marlow Co. Ltd. "
            "for a U.S. site, e.g. in Ohio. Quillon (QLN.O) ranks No. 2 vs. rivals. "
            "2033 looks strong. “It is done,” Quillon said! Next? Yes.",
            [
                "Tessmark Inc. paid approx. $1.8 billion to Quillon Corp. and Marlow Co. Ltd. "
                "for a U.S. site, e.g. in Ohio.",
                "Quillon (QLN.O) ranks No. 2 vs. rivals.",
                "2033 looks strong.",
                "“It is done,” Quillon said!",
                "Next?",
                "Yes.",
            ],
        ),
        (  # a month abbreviation before a day; a lower-case brand opens a sentence
            "On Jan. 12 Kestrel AI raised a Series A. iQuanta joined later.",
            ["On Jan. 12 Kestrel AI raised a Series A.", "iQuanta joined later."],
        ),
    ],
)
def test_english_sentences(text, expected):
    from aikg.extractors.text.sentences import prose_sentences as sentences

    assert [s.text for s in sentences(text)] == expected


EN_LOOP = """Compute Finance Review, April 2033

## Transactions

In April 2033, Ostrava Dynamics agreed to invest up to $6 billion in Pellucid AI. Pellucid AI \
signed a $3.2 billion compute contract with Harrowgate Cloud, which will supply capacity through \
2036. Harrowgate Cloud will spend $2.4 billion to buy Ostrava Dynamics' Tarn-4 accelerators.
"""


def test_english_commitments_form_a_loop(tmp_path):
    (tmp_path / "loop.md").write_text(EN_LOOP, encoding="utf-8")
    facts = tuple(deals.extract(segment(read_document(tmp_path / "loop.md"))))
    inv = one(facts, "Investment", "Ostrava Dynamics", "Pellucid AI", "equity", amount=6.0e9)
    cloud = one(facts, "Deal", "Pellucid AI", "Harrowgate Cloud", "cloud_contract", amount=3.2e9)
    chips = one(facts, "Deal", "Harrowgate Cloud", "Ostrava Dynamics", "chip_purchase")
    assert chips.props["amount"] == 2.4e9
    # each evidence is its own sentence
    assert inv.evidence.text.startswith("In April 2033") and inv.evidence.text.endswith("AI.")
    assert cloud.evidence.text.startswith("Pellucid AI signed") and "2036." in cloud.evidence.text
    assert chips.evidence.text.startswith("Harrowgate Cloud will spend")
    assert {f.props["status"] for f in (inv, cloud, chips)} == {"committed"}
    assert len(facts) == 3  # "buy X's accelerators" is no acquisition of X
    assert not find(facts, "Investment", "Harrowgate Cloud", "Ostrava Dynamics")

    from aikg.graph import build

    loops = [set(loop.names) for loop in build([tmp_path]).loops.loops]
    assert {"Ostrava Dynamics", "Pellucid AI", "Harrowgate Cloud"} in loops


def _one_sentence(tmp_path: Path, sentence: str) -> tuple[EventFact, ...]:
    text = f"Compute Finance Review, April 2033\n\n## Transactions\n\n{sentence}\n"
    return report_of(tmp_path, text)


@pytest.mark.parametrize(
    ("sentence", "kind", "payee", "amount"),
    [
        ("Harrowgate Cloud will buy Ostrava Dynamics's Tarn-4 chips for $500 million.",
         "chip_purchase", "Ostrava Dynamics", 5.0e8),
        ("Harrowgate Cloud bought Quillon Corp.'s inference servers for $90 million.",
         "hardware_purchase", "Quillon Corp", 9.0e7),
        ("Harrowgate Cloud committed to spend $2 billion on Ostrava Dynamics’ Tarn-4 chips.",
         "chip_purchase", "Ostrava Dynamics", 2.0e9),
        ("Harrowgate Cloud agreed to purchase Tessmark Inc.'s GPUs for $300 million.",
         "chip_purchase", "Tessmark", 3.0e8),
    ],
)  # fmt: skip
def test_possessive_names_the_seller_not_the_target(tmp_path, sentence, kind, payee, amount):
    facts = _one_sentence(tmp_path, sentence)
    f = one(facts, "Deal", "Harrowgate Cloud", payee, kind)
    assert f.props["amount"] == amount
    assert not [f for f in facts if f.label == "Investment"]


def test_acquisitions_name_the_company_itself(tmp_path):
    facts = _one_sentence(
        tmp_path,
        "Harrowgate Cloud agreed to buy Ostrava Dynamics for $7 billion. Quillon Corp. was "
        "acquired by Tessmark Inc. for $1.1 billion. Kestrel AI agreed to acquire Marlow "
        "Semi’s robotics unit.",
    )
    f = one(facts, "Investment", "Harrowgate Cloud", "Ostrava Dynamics", "acquisition")
    assert (f.props["amount"], f.props["status"]) == (7.0e9, "committed")
    f = one(facts, "Investment", "Tessmark", "Quillon Corp", "acquisition")
    assert f.props["amount"] == 1.1e9
    # a carve-out: the unit's owner, as the sentence names it, is the investee (the
    # convention of the held-out gold since round 29; the Chinese 业务 below stays none)
    one(facts, "Investment", "Kestrel AI", "Marlow Semi", "acquisition")
    zh = (
        "互联网行业 2033 年 4 月投资策略\n\n## 行业动态\n\n"
        "澜舟微电子收购赤霄半导体的芯片业务。栖云科技以 20 亿元收购海纳智能的全部股权。"
    )
    facts = report_of(tmp_path, zh, "zh.txt")
    assert not find(facts, "Investment", "澜舟微电子", "赤霄半导体")
    assert one(facts, "Investment", "栖云科技", "海纳智能", "acquisition").props["amount"] == 2e9


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Ostrava Dynamics will invest $1 billion in Pellucid AI.", "committed"),
        ("In May 2033, Ostrava Dynamics will invest $1 billion in Pellucid AI.", "committed"),
        ("Ostrava Dynamics agreed to invest $1 billion in Pellucid AI.", "committed"),
        ("Ostrava Dynamics has committed to invest $1 billion in Pellucid AI.", "committed"),
        ("Ostrava Dynamics plans to invest $1 billion in Pellucid AI.", "planned"),
        ("Ostrava Dynamics intends to invest $1 billion in Pellucid AI.", "planned"),
        ("Ostrava Dynamics is in talks to invest $1 billion in Pellucid AI.", "tentative"),
        ("Ostrava Dynamics may invest $1 billion in Pellucid AI.", "tentative"),
        ("Ostrava Dynamics could invest $1 billion in Pellucid AI.", "tentative"),
        ("Ostrava Dynamics is considering investing $1 billion in Pellucid AI.", "tentative"),
        ("Ostrava Dynamics is reportedly in discussions to invest in Pellucid AI.", "tentative"),
        ("Ostrava Dynamics signed a letter of intent to acquire Pellucid AI.", "tentative"),
        ("Ostrava Dynamics signed a memorandum of understanding with Pellucid AI.", "tentative"),
    ],
)
def test_english_status_words(tmp_path, sentence, status):
    [f] = _one_sentence(tmp_path, sentence)
    assert {"Ostrava Dynamics", "Pellucid AI"} <= set().union(*roles(f).values())
    assert f.props["status"] == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("星澜科技将向云岫智能投资 5 亿元。", "committed"),  # 将 = will: a commitment
        ("星澜科技承诺向云岫智能投资 5 亿元。", "committed"),
        ("星澜科技拟向云岫智能投资 5 亿元。", "planned"),
        ("星澜科技或将向云岫智能投资 5 亿元。", "tentative"),  # 或将 = may: the longer word
        ("星澜科技与云岫智能签署合作备忘录。", "tentative"),
    ],
)
def test_chinese_status_words_match_the_english(tmp_path, sentence, status):
    [f] = report_of(tmp_path, f"互联网行业 2033 年 4 月投资策略\n\n## 行业动态\n\n{sentence}\n")
    assert f.props["status"] == status
