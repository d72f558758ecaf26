"""Subsidiaries, products and partnerships in prose: seeds and invented reports."""

from functools import lru_cache
from pathlib import Path

from support import SEEDS  # noqa: E402

from aikg.extractors import deals, relations
from aikg.extractors.document import read_document, segment
from aikg.extractors.known import Known
from aikg.extractors.names.lexicon import lookup
from aikg.extractors.reconcile import reconcile_partnerships
from aikg.schema import RelationFact


def canon(name: str) -> str:
    entry = lookup(name)
    return entry.canonical if entry else name


def read(report, names: dict[str, str] | None = None) -> tuple[RelationFact, ...]:
    """The relations as the pipeline keeps them: with the names earlier extractors typed,
    reconciled with the deals (whose paid contracts are no partnerships)."""
    known = Known(names=names or {})
    found = [*deals.extract(report, known), *relations.extract(report, known)]
    return tuple(f for f in reconcile_partnerships(found) if isinstance(f, RelationFact))


@lru_cache(maxsize=8)
def seed(prefix: str) -> tuple[RelationFact, ...]:
    [path] = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    return read(segment(read_document(path)))


def rels(facts, rel_type: str) -> dict[tuple[str, str], RelationFact]:
    return {(canon(f.source.name), canon(f.target.name)): f for f in facts if f.type == rel_type}


def partners(facts) -> dict[frozenset[str], RelationFact]:
    return {frozenset(pair): f for pair, f in rels(facts, "PARTNERS_WITH").items()}


def run(tmp_path: Path, text: str) -> tuple[RelationFact, ...]:
    path = tmp_path / "sample.txt"
    path.write_text(text, encoding="utf-8")
    return read(segment(read_document(path)))


def test_seed_subsidiaries():
    subs = rels(seed("000"), "SUBSIDIARY_OF")
    assert ("Vantage Studios", "Ubisoft") in subs
    assert ("Savvy Games Group", "PIF") in subs
    assert ("沐瞳科技", "ByteDance") in subs  # "洽谈旗下全资子公司": the subject's own
    assert ("Xigua Limited", "Meituan") in rels(seed("001"), "SUBSIDIARY_OF")
    # a backer is no parent: "英伟达支持的 CoreWeave"
    assert ("CoreWeave", "NVIDIA") not in rels(seed("004"), "SUBSIDIARY_OF")


def test_seed_partnerships():
    found = partners(seed("004"))
    f = found[frozenset({"SenseTime", "Cambricon"})]
    assert (f.props["date"], f.props["date_precision"]) == ("2025-10", "month")
    assert found[frozenset({"OpenAI", "Broadcom"})].props["date"] == "2025-10-13"
    assert frozenset({"NVIDIA", "Intel"}) in found
    assert frozenset({"Google Cloud", "NVIDIA"}) in found  # elided subject: 并与 NVIDIA 联合优化
    assert frozenset({"ByteDance", "TSMC"}) in found  # 其与台积电合作开发
    # a paid lease described as 合作协议 is a deal, not a partnership
    assert frozenset({"CoreWeave", "OpenAI"}) not in found
    industry = partners(seed("000"))
    assert industry[frozenset({"JD Health", "金赛药业"})].props["date"] == "2025-11-27"


def test_relations_are_well_formed():
    for prefix in ("000", "001", "002", "003", "004"):
        for f in seed(prefix):
            assert f.type in ("SUBSIDIARY_OF", "PRODUCT_OF", "PARTNERS_WITH")
            assert f.source.name != f.target.name
            assert f.evidence.locator.startswith("line ") and "。" not in f.evidence.text
            for ref in (f.source, f.target):
                assert 1 < len(ref.name) <= 40 and not ref.name[0].isdigit()


ZH = """互联网行业 2031 年 3 月投资策略

## 人工智能动态

3月2日,星澜科技与蓝鲸半导体达成战略合作,双方将联合开发推理芯片。澜舟微电子(青禾集团全资子公司)\
同日宣布与 Korvana Cloud 签约。星澜科技旗下 AI 助手 Nimbo 上线新版本。

## 行业动态

据天眼查,栖云机器人有限公司成立,该公司由星澜科技全资持股。此前,青禾集团联合云岫智能推出算力平台。

## 免责声明

本公司与星澜科技达成合作的情形不构成推荐。
"""

EN = """AI Infrastructure Monthly, March 2031

## Industry news

Orbital Minds, a wholly owned subsidiary of Zentrix Labs, opened a lab in Oslo. \
Bluewhale Semi partnered with Helio Dynamics in January 2031 to co-design inference chips.
"""


def test_invented_chinese_report(tmp_path):
    facts = run(tmp_path, ZH)
    subs = rels(facts, "SUBSIDIARY_OF")
    assert ("澜舟微电子", "青禾集团") in subs
    assert ("栖云机器人有限公司", "星澜科技") in subs  # 该公司由 X 全资持股
    products = rels(facts, "PRODUCT_OF")
    assert ("Nimbo", "星澜科技") in products
    assert products[("Nimbo", "星澜科技")].source.label == "Product"
    found = partners(facts)
    assert found[frozenset({"星澜科技", "蓝鲸半导体"})].props["date"] == "2031-03-02"
    assert frozenset({"澜舟微电子", "Korvana Cloud"}) in found
    assert frozenset({"青禾集团", "云岫智能"}) in found
    assert all("本公司" not in f.evidence.text for f in facts)  # disclaimer skipped


def test_invented_english_report(tmp_path):
    facts = run(tmp_path, EN)
    assert ("Orbital Minds", "Zentrix Labs") in rels(facts, "SUBSIDIARY_OF")
    f = partners(facts)[frozenset({"Bluewhale Semi", "Helio Dynamics"})]
    assert f.props["date"] == "2031-01"


def test_no_junk_names(tmp_path):
    text = (
        "互联网行业 2031 年 3 月投资策略\n\n## 行业动态\n\n"
        "多家厂商与客户达成合作,人工智能科技公司旗下产品持续迭代,双方将联合推进生态建设。"
    )
    assert run(tmp_path, text) == ()


OPEN_ZH = """互联网行业 2032 年 6 月投资策略

## 行业动态

6月3日,星桥智算联合云杉算力推出推理平台。澄湖数据与远山云算达成战略合作,双方将共同建设算力中心。
"""


def test_names_without_suffix(tmp_path):
    path = tmp_path / "sample.txt"
    path.write_text(OPEN_ZH, encoding="utf-8")
    report = segment(read_document(path))
    found = partners(read(report))
    # clause-start subject and the object of 与 before 达成: no list holds either name
    assert found[frozenset({"澄湖数据", "远山云算"})].props["date"] == "2032-06-03"
    # the subject and object of 联合 before a verb of a joint undertaking (推出)
    assert found[frozenset({"星桥智算", "云杉算力"})].props["date"] == "2032-06-03"
    found = partners(read(report, {"星桥智算": "Company", "云杉算力": "Company"}))  # typed
    assert found[frozenset({"星桥智算", "云杉算力"})].props["date"] == "2032-06-03"


def test_joint_undertakings_name_no_generic_party(tmp_path):
    text = (
        "互联网行业 2032 年 6 月投资策略\n\n## 行业动态\n\n"
        "6月3日,星桥智算联合多所高校推出推理平台。该公司联合创始人表示将继续投入。"
        "联合国发布报告。\n"
    )
    assert run(tmp_path, text) == ()


EN_APPOSITIVE = """Compute Finance Review, April 2033

## Industry news

Ondrel Robotics, a unit of Tessmark Inc., partnered with Kestrel AI in March 2033. Quillon \
Corp. teamed up with Marlow Semi.
"""


def test_english_appositives_and_abbreviations(tmp_path):
    facts = run(tmp_path, EN_APPOSITIVE)
    assert ("Ondrel Robotics", "Tessmark") in rels(facts, "SUBSIDIARY_OF")
    found = partners(facts)
    # the unit partners, not its parent named in the appositive
    assert found[frozenset({"Ondrel Robotics", "Kestrel AI"})].props["date"] == "2033-03"
    assert frozenset({"Tessmark", "Kestrel AI"}) not in found
    f = found[frozenset({"Quillon Corp", "Marlow Semi"})]  # "Corp." ends no sentence
    assert f.evidence.text == "Quillon Corp. teamed up with Marlow Semi."


EN_OBJECT_FIRST = """Compute Finance Review, May 2033

## Industry news

- Zentrix, in turn, committed to buy $2bn of capacity from Orbis Cloud and agreed to a
  technology partnership with Kestrel Labs to tune its next models.
- Calloway Power and Brightwater Grid agreed a partnership worth up to $1bn to deploy
  fuel cells at data centres (Apr 9, included here for completeness).
"""


def test_english_subject_is_never_the_object_of_a_preposition(tmp_path):
    """ "… from Orbis Cloud and agreed to a partnership with Kestrel Labs": the partner is
    the sentence's subject, not the name after "from"; a date a parenthetical states
    with other words still dates the partnership."""
    found = partners(run(tmp_path, EN_OBJECT_FIRST))
    assert frozenset({"Zentrix", "Kestrel Labs"}) in found
    assert frozenset({"Orbis Cloud", "Kestrel Labs"}) not in found
    assert found[frozenset({"Calloway Power", "Brightwater Grid"})].props["date"] == "2033-04-09"
