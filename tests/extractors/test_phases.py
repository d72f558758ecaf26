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
    """CoreWeave "与 OpenAI 达成最新合作协议, 年内第三次扩大租赁": the relations reader
    reads a partnership there, and the reconcile pass leaves that sentence to the lease
    the deal reader found in it."""
    from aikg.extractors import relations

    report = _seed("004")
    lease = "此外,英伟达支持的"
    alone = relations.extract(report, Known())
    assert any(f.evidence.text.startswith(lease) for f in alone if f.type == "PARTNERS_WITH")
    facts = run_extractors(report)[0]
    deals = [f for f in facts if getattr(f, "label", "") == "Deal"]
    assert any(f.evidence.text.startswith(lease) for f in deals)
    partnered = [f for f in facts if getattr(f, "type", "") == "PARTNERS_WITH"]
    assert not any(f.evidence.text.startswith(lease) for f in partnered)


def test_the_paid_deal_rule_keeps_the_pairs_other_statements(tmp_path) -> None:
    """The reconcile pass acts on each sentence's statement: the lease sentence is the
    deal's, and the paragraph's other statement of the pair keeps the partnership."""
    (tmp_path / "r.md").write_text(
        "互联网行业 2031 年 4 月投资策略\n\n## 产业动态\n\n3 月 2 日,云杉算力与澄湖数据签署合作"
        "协议,由澄湖数据为其提供算力租赁服务,合同金额 10 亿美元。双方将深化合作。\n",
        encoding="utf-8",
    )
    facts = run_extractors(segment(read_document(tmp_path / "r.md")))[0]
    partnered = [f for f in facts if getattr(f, "type", "") == "PARTNERS_WITH"]
    assert _pairs(partnered) == {frozenset({"云杉算力", "澄湖数据"})}
    assert [f.evidence.text for f in partnered] == ["双方将深化合作"]
    assert partnered[0].props["date"] == "2031-03-02"
    deal = next(f for f in facts if getattr(f, "label", "") == "Deal")
    assert deal.props["amount"] == 1e9


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
