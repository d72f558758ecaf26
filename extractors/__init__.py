"""Extractors: functions from a segmented report to facts, and the stages before them.

Stages that extract nothing: :mod:`.document` (read, normalise, segment) and the shared
:mod:`.text` (sentences, scripts, surface forms), :mod:`.values` (dates, amounts,
rounds) and :mod:`.names` (alias lexicon, mentions, anaphora).

The families, one package each, every one exposing ``extract`` and its ``PHASE``:
:mod:`.ai_dynamics`, :mod:`.policy`, :mod:`.tables`, :mod:`.chips` (``structured``: they
read tables and the layout of news sections and need nothing), :mod:`.deals` (``prose``:
it reads sentences with the names the structured ones typed) and :mod:`.relations` with
:mod:`.relations.units` (``linking``), and last :mod:`.mentions` (every entity a report
names, as an ``EntityFact``).
A later phase receives what the earlier ones found as a :class:`~.known.Known`
argument; no extractor calls another, and nothing is written into the report. Last, one
reconcile pass (:mod:`.reconcile`) judges the finished facts together: an event the
report states twice (a headline and its paragraph, a table row and the prose beside it)
becomes one fact, and a partnership whose sentence states a paid deal of the same pair
is left to the deal. Every fact
carries its ``Evidence``. Patterns and word lists live as data in ``rules/``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from aikg.extractors.known import Known
from aikg.extractors.reconcile import reconcile_facts
from aikg.schema import Fact, SegmentedReport

PHASES: tuple[str, ...] = ("structured", "prose", "linking")


@dataclass(frozen=True)
class Extractor:
    """A registered extractor: its name, its phase and its ``extract`` function, called as
    ``run(report)`` in the ``structured`` phase and ``run(report, known)`` after it."""

    name: str
    phase: str
    run: Callable[..., Iterable[Fact]]


def registered_extractors() -> list[Extractor]:
    """The extractors the pipeline runs, in order (phase by phase); facts are listed in
    this order."""
    from aikg.extractors import ai_dynamics, chips, deals, mentions, policy, relations, tables
    from aikg.extractors.relations import units

    found = [
        Extractor("ai_dynamics", ai_dynamics.PHASE, ai_dynamics.extract),
        Extractor("policy", policy.PHASE, policy.extract),
        Extractor("tables", tables.PHASE, tables.extract),
        Extractor("chips", chips.PHASE, chips.extract),
        Extractor("deal_tables", deals.TABLES_PHASE, deals.extract_tables),
        Extractor("deals", deals.PHASE, deals.extract),
        Extractor("relations", relations.PHASE, relations.extract),
        Extractor("units", units.PHASE, units.extract),
        Extractor("mentions", mentions.PHASE, mentions.extract),
    ]
    order = [PHASES.index(e.phase) for e in found]
    assert order == sorted(order), "extractors must be registered phase by phase"
    return found


def run_extractors(
    report: SegmentedReport, extractors: list[Extractor] | None = None
) -> tuple[list[Fact], list[tuple[str, Exception]]]:
    """Run the extractors phase by phase on one report.

    Returns the facts and the extractors that raised, with the exception; the facts an
    extractor yielded before it raised are kept, and so are the other extractors'.

    >>> from aikg.schema import ReportMeta, Section
    >>> r = SegmentedReport(ReportMeta("r"), [Section("prose", "", ["阿里云收入增长。"], 3)],
    ...                     [], "")
    >>> facts, failures = run_extractors(r)
    >>> [(f.type, f.source.name, f.target.name) for f in facts if hasattr(f, "type")], failures
    ([('SUBSIDIARY_OF', '阿里云', 'Alibaba')], [])
    >>> [f.entity.name for f in facts if hasattr(f, "entity")]
    ['阿里云']
    """
    facts: list[Fact] = []
    failures: list[tuple[str, Exception]] = []
    known = Known()
    phase_facts: list[Fact] = []
    phase = PHASES[0]
    for extractor in extractors if extractors is not None else registered_extractors():
        while extractor.phase != phase:  # a phase is over: what it found is known
            known = known.learn(phase, phase_facts)
            phase, phase_facts = PHASES[PHASES.index(phase) + 1], []
        found: list[Fact] = []
        try:
            if extractor.phase == PHASES[0]:
                found.extend(extractor.run(report))
            else:
                found.extend(extractor.run(report, known))
        except Exception as exc:  # one extractor's bug must not lose the report
            failures.append((extractor.name, exc))
        phase_facts.extend(found)
        facts.extend(found)
    return reconcile_facts(facts), failures
