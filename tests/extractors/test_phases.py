"""Phases: later extractors receive what earlier ones found as an argument (``Known``),
nothing is written into the report, and one extractor's failure keeps the others' facts."""

from __future__ import annotations

import copy

from support import SEEDS

from aikg.extractors import Extractor, registered_extractors, run_extractors
from aikg.extractors.document import read_document, segment
from aikg.extractors.known import Known
from aikg.schema import EntityFact, EntityRef, Evidence, ReportMeta, SegmentedReport


def _seed(prefix: str) -> SegmentedReport:
    [path] = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    return segment(read_document(path))


def _pairs(facts) -> set[frozenset[str]]:
    return {frozenset((f.source.name, f.target.name)) for f in facts if f.type == "PARTNERS_WITH"}


def test_a_partnership_that_is_a_paid_lease_is_left_to_the_deal() -> None:
    """CoreWeave "与 OpenAI 达成最新合作协议, 年内第三次扩大租赁": the prose phase reads a
    lease, so the relations phase, given it, reads no partnership of that sentence."""
    from aikg.extractors import deals, relations

    report = _seed("004")
    alone = _pairs(relations.extract(report, Known()))
    known = Known().learn("prose", list(deals.extract(report, Known())))
    assert any(text.startswith("此外,英伟达支持的") for text, _ in known.paid_deals)
    after_deals = _pairs(relations.extract(report, known))
    assert frozenset({"CoreWeave", "OpenAI"}) in alone - after_deals
    assert after_deals <= alone


def test_the_paid_deal_rule_acts_before_one_statement_per_pair_is_kept(tmp_path) -> None:
    """Why the rule is no filter on the finished facts: the lease sentence also states
    the partnership otherwise, and only the contract-like reading of it is the deal's."""
    from aikg.extractors import deals, relations

    (tmp_path / "r.md").write_text(
        "互联网行业 2031 年 4 月投资策略\n\n## 产业动态\n\n3 月 2 日,云杉算力与澄湖数据签署合作"
        "协议,由澄湖数据为其提供算力租赁服务,合同金额 10 亿美元。双方将深化合作。\n",
        encoding="utf-8",
    )
    report = segment(read_document(tmp_path / "r.md"))
    known = Known().learn("prose", list(deals.extract(report, Known())))
    pair = frozenset({"云杉算力", "澄湖数据"})
    assert [names for _, names in known.paid_deals] == [pair]
    assert _pairs(relations.extract(report, known)) == {pair}
    filtered = [
        f
        for f in relations.extract(report, Known())
        if (f.evidence.text, frozenset((f.source.name, f.target.name))) not in known.paid_deals
    ]
    assert filtered == []


def test_the_report_is_not_written_to() -> None:
    report = _seed("000")
    before = copy.deepcopy(report)
    facts, failures = run_extractors(report)
    assert facts and not failures
    assert report == before  # typed names travel as Known, not on the report


def test_each_phase_hands_on_what_it_adds() -> None:
    ev = Evidence("r", "row", "")
    typed = EntityFact(EntityRef("星桥智算", "Company"), ev)
    known = Known().learn("structured", [typed, EntityFact(EntityRef("X", "Company"), ev)])
    assert dict(known.names) == {"星桥智算": "Company"}  # one-character names left out
    assert known.learn("linking", [typed]) == known


def test_a_failing_extractor_keeps_what_it_yielded_and_the_others_run() -> None:
    ev = Evidence("r", "row", "")

    def broken(report):
        yield EntityFact(EntityRef("星桥智算", "Company"), ev)
        raise RuntimeError("bug")

    seen: list[Known] = []

    def prose(report, known):
        seen.append(known)
        return []

    report = SegmentedReport(ReportMeta("r"), [], [], "")
    steps = [Extractor("broken", "structured", broken), Extractor("prose", "prose", prose)]
    facts, failures = run_extractors(report, steps)
    assert [f.entity.name for f in facts] == ["星桥智算"]
    assert [(name, str(exc)) for name, exc in failures] == [("broken", "bug")]
    assert dict(seen[0].names) == {"星桥智算": "Company"}


def test_structured_extractors_take_the_report_only() -> None:
    for extractor in registered_extractors():
        params = extractor.run.__code__.co_varnames[: extractor.run.__code__.co_argcount]
        assert params == (("report",) if extractor.phase == "structured" else ("report", "known"))
