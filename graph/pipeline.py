"""The whole path: read -> segment -> extract -> resolve -> graph -> analyse.

The Python API for notebooks is :func:`build`::

    >>> from aikg.graph import build
    >>> result = build(["../shared/seeds"])                      # doctest: +SKIP
    >>> result.graph.number_of_nodes(), len(result.loops.loops)  # doctest: +SKIP

A document that cannot be read or segmented is reported as a one-line ``ReportError``
and the others are still processed.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from aikg.extractors import run_extractors
from aikg.extractors.document import ReadError, collect_paths, read_document, segment
from aikg.extractors.document.script import in_report_script
from aikg.graph.assemble import GraphBuilder, SchemaViolation
from aikg.schema import Fact, ReportError, ReportMeta, SegmentedReport

if TYPE_CHECKING:  # build() imports the analyses only when it runs them
    from aikg.graph.analysis import LoopSearch
    from aikg.graph.parallel import Executor

Progress = Callable[[str, int, int], None]  # (stage/document, done, total)


@dataclass
class ReportFacts:
    meta: ReportMeta
    facts: list[Fact]
    warnings: list[str] = field(default_factory=list)


@dataclass
class BuildResult:
    """What a build produces: the graph, its analyses, and what went wrong where."""

    graph: nx.MultiDiGraph
    loops: LoopSearch
    centrality: dict
    reports: list[ReportMeta]
    centrality_by_period: dict = field(default_factory=dict)
    errors: list[ReportError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # the facts of each report, for the per-document cache of aikg.graph.incremental
    report_facts: list[ReportFacts] = field(default_factory=list, repr=False)
    # the builder once its graph was read, with the facts it dropped, pickled (when
    # asked): what aikg.graph.incremental.assembly goes on from
    assembly: bytes | None = field(default=None, repr=False)

    def summary(self) -> str:
        G = self.graph
        return (
            f"{len(self.reports)} documents, {G.number_of_nodes()} nodes, "
            f"{G.number_of_edges()} edges, {len(self.loops.loops)} money loops"
            + (f", {len(self.errors)} failed" if self.errors else "")
        )


def extract_report(report: SegmentedReport) -> ReportFacts:
    """Run every registered extractor on one segmented report, phase by phase
    (:func:`aikg.extractors.run_extractors`).

    An extractor that raises is reported as a warning naming the report and the
    extractor; the facts of the other extractors are kept.
    """
    facts, failures = run_extractors(report)
    warnings = [
        f"{report.meta.path}: extractor {name!r} failed: {type(exc).__name__}: {exc}"
        for name, exc in failures
    ]
    return ReportFacts(report.meta, facts, warnings)


@dataclass
class DocumentOutcome:
    """What the per-document stage (read -> segment -> extract) made of one file:
    its facts, or the one-line error that stopped it. Plain data, so that it can
    cross a process boundary or be cached."""

    path: str
    content_hash: str | None = None
    report: ReportFacts | None = None
    error: ReportError | None = None


def process_document(path: str | Path) -> DocumentOutcome:
    """Read, segment and extract one document; never raises for a bad document."""
    try:
        doc = read_document(Path(path))
    except ReadError as exc:
        return DocumentOutcome(str(path), error=ReportError(str(path), str(exc)))
    try:
        report = segment(doc)
    except Exception as exc:
        reason = f"cannot segment: {type(exc).__name__}: {exc}"
        return DocumentOutcome(str(path), doc.content_hash, error=ReportError(str(path), reason))
    facts = extract_report(report)
    if doc.line_pages:  # PDF evidence: "page P line N" (the PDF modules only for a PDF)
        from aikg.extractors.document.pdf import with_pages

        with_pages(facts.facts, doc.line_pages)
    in_report_script(facts.facts, doc.text)  # read folded, quoted as the report writes
    return DocumentOutcome(str(path), doc.content_hash, report=facts)


def failed_document(path: str, reason: str) -> DocumentOutcome:
    """The outcome of a document whose worker failed (killed, out of memory)."""
    return DocumentOutcome(path, error=ReportError(path, reason))


def gather(
    outcomes: Iterable[DocumentOutcome],
) -> tuple[list[ReportFacts], list[ReportError], list[str]]:
    """Keep the first of documents with the same content (a copy under another name
    is read once, so its evidence is not counted twice); split facts from errors."""
    done: list[ReportFacts] = []
    errors: list[ReportError] = []
    notes: list[str] = []
    first_path: dict[str, str] = {}  # content hash -> the path it was read from
    for outcome in outcomes:
        if outcome.content_hash and outcome.content_hash in first_path:
            notes.append(
                f"{outcome.path}: same content as {first_path[outcome.content_hash]}; read once"
            )
            continue
        if outcome.content_hash:
            first_path[outcome.content_hash] = outcome.path
        if outcome.error:
            errors.append(outcome.error)
        elif outcome.report:
            done.append(outcome.report)
    return done, errors, notes


def read_reports(
    inputs: Iterable[str | Path],
    progress: Progress | None = None,
    executor: Executor | None = None,
) -> tuple[list[ReportFacts], list[ReportError], list[str]]:
    """Read, segment and extract every report, where ``executor`` says
    (:class:`aikg.graph.parallel.Executor`: in-process by default, a local pool of
    ``jobs`` processes, or a Dask scheduler). The result is the same for all of them.

    Returns the facts per report, the documents that could not be processed (one
    ``ReportError`` each) and warnings (a copy of a report read once). Raises
    :class:`aikg.graph.parallel.ExecutorError` when a Dask scheduler cannot be used.
    """
    from aikg.graph.parallel import map_documents

    paths, errors = collect_paths(inputs)
    outcomes = map_documents(paths, process_document, failed_document, executor, progress)
    done, failed, notes = gather(outcomes)
    return done, errors + failed, notes


def assemble(report_facts: list[ReportFacts]) -> tuple[GraphBuilder, list[str]]:
    """Resolve and assemble the facts of all reports; the builder as it stands before
    its graph is read (the status histories and conflicts are worked out when it is,
    and again for what later facts observe, so that an update can go on adding reports
    to it: :mod:`aikg.graph.incremental.assembly`) and the facts it dropped."""
    builder = GraphBuilder()
    builder.resolver.learn([f for rf in report_facts for f in rf.facts])
    for rf in report_facts:
        builder.add_report(rf.meta)
    return builder, add_facts(builder, report_facts)


def add_facts(builder: GraphBuilder, report_facts: list[ReportFacts]) -> list[str]:
    """Add the facts of each report, in order; a warning per fact the schema refuses."""
    warnings: list[str] = []
    for rf in report_facts:
        for fact in rf.facts:
            try:
                builder.add(fact)
            except SchemaViolation as exc:
                warnings.append(f"{rf.meta.path}: dropped a fact: {exc}")
    return warnings


def graph_from(report_facts: list[ReportFacts]) -> tuple[nx.MultiDiGraph, list[str]]:
    """Resolve and assemble the facts of all reports into one graph."""
    builder, warnings = assemble(report_facts)
    return builder.graph, warnings


def build(
    inputs: Iterable[str | Path],
    *,
    max_loop_len: int = 4,
    include_tentative: bool = False,
    group_units: bool = False,
    progress: Progress | None = None,
    jobs: int = 1,
    scheduler: str | None = None,
    keep_assembly: bool = False,
) -> BuildResult:
    """Build the event graph from files and folders of reports, with its analyses.

    Returns a :class:`BuildResult` whose ``graph`` is a ``networkx.MultiDiGraph``. The
    loop options are those of :func:`aikg.graph.analysis.find_money_loops`. The
    per-document stage runs on ``jobs`` local processes (1: in this process), or on the
    Dask cluster of ``scheduler`` (``tcp://HOST:PORT``); the graph is the same.
    ``keep_assembly``: keep the builder, pickled, in ``assembly`` (``aikg build`` keeps
    it for the next ``aikg update`` to go on from).
    """
    from aikg.graph.analysis import centrality_by_period, compute_centrality, find_money_loops
    from aikg.graph.parallel import Executor

    executor = Executor(jobs=jobs, scheduler=scheduler)
    report_facts, errors, notes = read_reports(inputs, progress, executor)
    builder, warnings = assemble(report_facts)
    graph = builder.graph  # kept flushed: an update flushes only what its reports observe
    assembly = pickle.dumps((builder, warnings), pickle.HIGHEST_PROTOCOL) if keep_assembly else None
    warnings = notes + [w for rf in report_facts for w in rf.warnings] + warnings
    loops = find_money_loops(
        graph, max_len=max_loop_len, include_tentative=include_tentative, group_units=group_units
    )
    centrality = compute_centrality(graph)
    return BuildResult(
        graph=graph,
        loops=loops,
        centrality=centrality,
        centrality_by_period=centrality_by_period(graph, cumulative=True),
        reports=[rf.meta for rf in report_facts],
        errors=errors,
        warnings=warnings,
        report_facts=report_facts,
        assembly=assembly,
    )
