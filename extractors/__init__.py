"""Extractors: functions from a segmented report to facts.

Each extractor is a plain function ``extract(report: SegmentedReport) -> Iterable[Fact]``
registered in ``EXTRACTORS``; it reads only the sections and tables it understands, and
every fact it yields carries its ``Evidence``. Patterns and word lists live as data in
``rules/`` beside the code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from aikg.schema import Fact, SegmentedReport

Extractor = Callable[[SegmentedReport], Iterable[Fact]]


def registered_extractors() -> dict[str, Extractor]:
    """The extractors the pipeline runs, by name, in order.

    The structured extractors come first: the names they type (a table's investee, a
    headline's company) are handed to the prose extractors through
    ``SegmentedReport.known_names`` before those run (see ``PROSE_EXTRACTORS``).
    """
    from aikg.extractors import ai_dynamics, chips, deals, policy, relations, tables, units

    return {
        "ai_dynamics": ai_dynamics.extract,
        "policy": policy.extract,
        "tables": tables.extract,
        "chips": chips.extract,
        "deals": deals.extract,
        "relations": relations.extract,
        "units": units.extract,
    }


# Extractors that read running prose and use the names the others found first.
PROSE_EXTRACTORS: frozenset[str] = frozenset({"deals", "relations"})
