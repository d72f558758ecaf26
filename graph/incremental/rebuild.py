"""Record a build for later updates, and update a build folder in place.

:func:`record_build` runs after ``aikg build``: it caches every document's facts
(:mod:`.cache`) and writes ``manifest.json`` (:mod:`.manifest`). :func:`update_build`
(``aikg update``) collects the build's inputs again, plus new ones and less removed ones;
reads and extracts only the documents whose content the cache does not hold; rebuilds
resolution, the graph and its analyses from the cached facts of the current reports (so a
removed or replaced report takes its facts with it, and facts another report also states
keep that report's evidence); and rewrites every output, each file through a temporary
file, together with ``changes.json`` (:mod:`.changes`).
"""

from __future__ import annotations

import json
import os
import pickle
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aikg.extractors.document import collect_paths
from aikg.graph.assemble import GraphBuilder
from aikg.graph.incremental.analyses import CentralityMemo
from aikg.graph.incremental.assembly import KeptAssembly, assembly_version, continue_assembly
from aikg.graph.incremental.cache import DocumentCache, file_hash
from aikg.graph.incremental.changes import compute_changes, graph_index
from aikg.graph.incremental.collector import collector_paused
from aikg.graph.incremental.manifest import (
    BUILT,
    COPY,
    FAILED,
    DocumentRow,
    Manifest,
    input_entry,
    load_manifest,
    resolve_inputs,
    write_manifest,
)
from aikg.graph.incremental.periods import ElementDigests, PeriodMemo
from aikg.graph.incremental.stamped import read_pickled, write_pickled
from aikg.graph.outputs import atomic_write, load_build, write_outputs
from aikg.graph.pipeline import (
    BuildResult,
    DocumentOutcome,
    Progress,
    ReportFacts,
    assemble,
    gather,
    process_document,
)
from aikg.schema import AikgError, ReportError

__all__ = ["CHANGES", "UpdateError", "UpdateResult", "analyse", "record_build", "update_build"]

CHANGES = "changes.json"
# the previous graph as compute_changes needs it (changes.graph_index)
INDEX_FILE, _INDEX_FORMAT = "graph-index.pickle", 1
DEFAULT_OPTIONS = {"max_loop_len": 4, "include_tentative": False, "group_units": False}


class UpdateError(AikgError):
    """A report named on the command line that is not there or not in the build."""


@dataclass
class UpdateResult:
    """What an update did: the new build, what changed, and which files it read."""

    result: BuildResult
    changes: dict[str, Any]
    read: list[str] = field(default_factory=list)  # extracted now
    reused: list[str] = field(default_factory=list)  # taken from the cache
    paths: dict[str, Path] = field(default_factory=dict)  # files written
    centrality_computed: int = 0  # projections measured (the others were unchanged)
    periods_measured: int = 0  # periods whose centrality was measured (not cached)
    continued: bool = False  # the previous build's assembly was continued (.assembly)
    digests_reused: int = 0  # element digests of the periods' keys taken as they were


def analyse(
    report_facts: list[ReportFacts],
    errors: list[ReportError],
    notes: list[str],
    options: dict[str, Any],
    memo: CentralityMemo | None = None,
    periods: PeriodMemo | None = None,
    assembled: tuple[GraphBuilder, list[str]] | None = None,
) -> BuildResult:
    """Resolution, the graph and its analyses from the facts of each report, as
    :func:`aikg.graph.pipeline.build` does after reading; centrality through ``memo``
    (:mod:`.analyses`) and, per period, ``periods`` (:mod:`.periods`), which give the
    same results without recomputing unchanged ones. ``assembled``: the builder (and
    its dropped-fact warnings) an update continued (:mod:`.assembly`), instead of
    assembling the facts anew; the builder is kept, pickled, in the result's
    ``assembly`` for the next update."""
    from aikg.graph.analysis import find_money_loops

    memo = memo or CentralityMemo()

    opts = {**DEFAULT_OPTIONS, **options}
    builder, warnings = assembled or assemble(report_facts)
    graph = builder.graph  # flushed before it is kept: the next update flushes less
    state = pickle.dumps((builder, warnings), pickle.HIGHEST_PROTOCOL)
    warnings = notes + [w for rf in report_facts for w in rf.warnings] + warnings
    loops = find_money_loops(
        graph,
        max_len=opts["max_loop_len"],
        include_tentative=opts["include_tentative"],
        group_units=opts["group_units"],
    )
    return BuildResult(
        graph=graph,
        loops=loops,
        centrality=memo.centrality(graph),
        centrality_by_period=(periods.by_period(graph) if periods else memo.by_period(graph)),
        reports=[rf.meta for rf in report_facts],
        errors=errors,
        warnings=warnings,
        report_facts=report_facts,
        assembly=state,
    )


def _rows(outcomes: list[DocumentOutcome], built: set[str]) -> list[DocumentRow]:
    """One manifest row per collected document, in reading order."""
    rows, seen = [], set()
    for outcome in outcomes:
        status = BUILT if outcome.path in built else FAILED
        if outcome.content_hash and outcome.content_hash in seen:
            status = COPY
        seen.add(outcome.content_hash)
        report_id = outcome.report.meta.report_id if outcome.report and status == BUILT else ""
        rows.append(DocumentRow(outcome.path, outcome.content_hash or "", report_id, status))
    return rows


def _mark_removed(G, removed: list[str]) -> None:
    """Name the reports an update took out in the graph, for ``aikg load`` to withdraw;
    a build that removed none says nothing, so its graph.json is the API build's."""
    if removed:
        G.graph["removed_reports"] = removed
    else:
        G.graph.pop("removed_reports", None)


def _removed_reports(build_dir: Path, current: Iterable[str]) -> list[str]:
    """Reports the folder's previous build held (or had removed) that are gone now."""
    try:
        old = load_manifest(build_dir)
    except AikgError:
        return []
    return sorted((set(old.removed_reports) | set(old.report_ids())) - set(current))


def record_build(
    build_dir: str | Path, inputs: Iterable[str | Path], result: BuildResult, **options: Any
) -> Path:
    """After a full build into ``build_dir`` (before its outputs are written): cache the
    facts of each document and write the manifest. The loop options of the build are
    recorded so that an update uses the same ones. Returns the manifest's path."""
    build_dir = Path(build_dir)
    inputs = list(inputs)
    cache = DocumentCache(build_dir)
    by_path = {rf.meta.path: rf for rf in result.report_facts}
    paths, _ = collect_paths(inputs)
    outcomes = []
    for path in paths:
        try:
            digest = file_hash(path)
        except OSError:
            digest = None
        outcome = DocumentOutcome(str(path), digest, by_path.get(str(path)))
        cache.put(outcome)
        outcomes.append(outcome)
    manifest = Manifest(
        inputs=[input_entry(item) for item in inputs],
        options={**DEFAULT_OPTIONS, **options},
        documents=_rows(outcomes, set(by_path)),
    )
    manifest.removed_reports = _removed_reports(build_dir, manifest.report_ids())
    _mark_removed(result.graph, manifest.removed_reports)
    cache.prune({row.content_hash for row in manifest.documents if row.status == BUILT})
    memo = CentralityMemo()
    memo.remember(result.graph, result.centrality)
    periods = PeriodMemo(cache.folder, cache.version)
    periods.by_period(result.graph, remember=result.centrality_by_period)
    periods.prune()
    memo.save(cache.folder, cache.version)
    version = assembly_version(cache.version)
    KeptAssembly.save(
        cache.folder,
        version,
        result.assembly,
        outcomes,
        result.report_facts,
        periods.digests.current,
    )
    write_pickled(
        cache.folder / INDEX_FILE, _INDEX_FORMAT, cache.version, graph_index(result.graph)
    )
    (build_dir / CHANGES).unlink(missing_ok=True)  # a full build is no update
    return write_manifest(build_dir, manifest)


def _current_inputs(manifest: Manifest, new: list[str], remove: list[str]) -> None:
    """Apply the command line to the manifest's inputs and exclusions (in place)."""
    for item in new:
        if not os.path.exists(item):
            raise UpdateError(f"{item}: no such file or folder")
        absolute = os.path.abspath(item)
        manifest.excluded = [
            e for e in manifest.excluded if not (e == absolute or e.startswith(absolute + os.sep))
        ]
        if all(entry["absolute"] != absolute for entry in manifest.inputs):
            manifest.inputs.append(input_entry(item))
    known = {os.path.abspath(row.path) for row in manifest.documents}
    for item in remove:
        absolute = os.path.abspath(item)
        given = [entry for entry in manifest.inputs if entry["absolute"] == absolute]
        if given:
            manifest.inputs = [e for e in manifest.inputs if e not in given]
        elif absolute in known:
            manifest.excluded.append(absolute)
        else:
            raise UpdateError(f"{item}: --remove names no report of this build")


def _outcomes(
    paths: list[Path], cache: DocumentCache, progress: Progress | None
) -> tuple[list[DocumentOutcome], list[str], list[str]]:
    """Each document's outcome: from the cache when its content is there, else read and
    extracted now (and cached). Returns the outcomes and the paths read and reused."""
    outcomes, read, reused, seen = [], [], [], set()
    for index, path in enumerate(paths):
        if progress:
            progress(str(path), index, len(paths))
        try:
            digest = file_hash(path)
        except OSError as exc:
            error = ReportError(str(path), f"cannot read file: {exc.strerror or exc}")
            outcomes.append(DocumentOutcome(str(path), error=error))
            continue
        if digest in seen:  # a copy: gather() keeps the first and notes this one
            outcomes.append(DocumentOutcome(str(path), digest))
            continue
        seen.add(digest)
        outcome = cache.get(digest, str(path))
        if outcome is None:
            outcome = process_document(path)
            cache.put(outcome)
            read.append(str(path))
        else:
            reused.append(str(path))
        outcomes.append(outcome)
    if progress:
        progress("done", len(paths), len(paths))
    return outcomes, read, reused


def _continued(
    paths: list[Path], kept: KeptAssembly, cache: DocumentCache, progress: Progress | None
) -> tuple[list[DocumentOutcome], list[str], list[str]] | None:
    """The outcomes of an update that can continue the ``kept`` assembly: the kept
    documents' from it (their facts not read), the new ones read or taken from the
    cache; None when the documents are not the kept ones followed by new contents."""
    documents = []
    for path in paths:
        try:
            documents.append((str(path), file_hash(path)))
        except OSError:
            return None  # the full path reports it
    outcomes = kept.outcomes(documents)
    if outcomes is None or not all(cache.holds(o.content_hash or "") for o in outcomes):
        return None  # other documents, or facts other rules made: the full path
    new_hashes = [digest for _, digest in documents[len(outcomes) :]]
    known = {digest for _, digest in documents[: len(outcomes)]}
    if len(set(new_hashes)) < len(new_hashes) or known.intersection(new_hashes):
        return None  # a copy: the full path reads it once and notes it
    new, read, reused = _outcomes(paths[len(outcomes) :], cache, progress)
    return outcomes + new, read, [o.path for o in outcomes] + reused


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def update_build(
    build_dir: str | Path,
    new_inputs: Iterable[str | Path] = (),
    remove: Iterable[str | Path] = (),
    progress: Progress | None = None,
) -> UpdateResult:
    """Update a build folder in place (see the module). ``new_inputs`` are files or
    folders to add; ``remove`` are inputs or documents of the build to leave out (a file
    of the build that is no longer on disk leaves by itself). Raises ManifestError or
    BuildFolderError for a folder that is no build, UpdateError for a bad argument."""
    with collector_paused():
        return _update(Path(build_dir), new_inputs, remove, progress)


def _update(
    build_dir: Path,
    new_inputs: Iterable[str | Path],
    remove: Iterable[str | Path],
    progress: Progress | None,
) -> UpdateResult:
    """:func:`update_build`, the collector paused."""
    manifest = load_manifest(build_dir)
    old_ids = set(manifest.report_ids())
    _current_inputs(manifest, [str(p) for p in new_inputs], [str(p) for p in remove])
    paths, problems = collect_paths(resolve_inputs(manifest.inputs))
    excluded = set(manifest.excluded)
    paths = [p for p in paths if os.path.abspath(p) not in excluded]
    cache = DocumentCache(build_dir)
    # the old graph as the change report needs it: kept by the previous build, else read
    old_index = read_pickled(cache.folder / INDEX_FILE, _INDEX_FORMAT, cache.version)
    old_index = old_index or graph_index(load_build(build_dir))
    version = assembly_version(cache.version)
    kept = KeptAssembly.load(cache.folder, version)
    continued = _continued(paths, kept, cache, progress) if kept else None
    assembled = None
    if continued:
        outcomes, read, reused = continued
        report_facts, errors, notes = gather(outcomes)
        assembled = continue_assembly(kept, report_facts[len(kept.documents) :])
    if assembled is None:  # the full path (the new documents are in the cache now)
        outcomes, read_now, reused = _outcomes(paths, cache, None if continued else progress)
        read = continued[1] if continued else read_now
        reused = [path for path in reused if path not in read]
        report_facts, errors, notes = gather(outcomes)
    notes += [f"{p.path}: {p.reason}; its facts leave the build" for p in problems]
    memo = CentralityMemo.load(cache.folder, cache.version)
    digests = ElementDigests(kept.digests, assembled[0].touched) if assembled else None
    periods = PeriodMemo(cache.folder, cache.version, digests)
    result = analyse(report_facts, errors, notes, manifest.options, memo, periods, assembled)
    new_ids = {rf.meta.report_id for rf in report_facts}
    manifest.removed_reports = sorted((set(manifest.removed_reports) | old_ids) - new_ids)
    _mark_removed(result.graph, manifest.removed_reports)
    manifest.documents = _rows(outcomes, {rf.meta.path for rf in report_facts})
    new_index = graph_index(result.graph)
    changes = compute_changes(
        old_index,
        _read_json(build_dir / "centrality.json"),
        _read_json(build_dir / "cycles.json"),
        result,
        added=new_ids - old_ids,
        removed=old_ids - new_ids,
        new=new_index,
    )
    write_pickled(cache.folder / INDEX_FILE, _INDEX_FORMAT, cache.version, new_index)
    since = (
        ([meta.report_id for meta, _ in kept.reports], assembled[0].touched) if assembled else None
    )
    written = write_outputs(result, build_dir, changes=changes, unchanged_since=since)
    written[CHANGES] = build_dir / CHANGES
    atomic_write(written[CHANGES], json.dumps(changes, ensure_ascii=False, indent=1))
    written["manifest.json"] = write_manifest(build_dir, manifest)
    cache.prune({row.content_hash for row in manifest.documents if row.status == BUILT})
    periods.prune()
    memo.save(cache.folder, cache.version)
    KeptAssembly.save(
        cache.folder, version, result.assembly, outcomes, report_facts, periods.digests.current
    )
    return UpdateResult(
        result,
        changes,
        read,
        reused,
        written,
        memo.computed,
        periods.measured,
        continued=assembled is not None,
        digests_reused=periods.digests.reused,
    )
