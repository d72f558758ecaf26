"""The per-document stage on a local process pool and on a real local Dask cluster: the
build equals the in-process one, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from aikg.graph.cli import main
from aikg.graph.parallel import Executor, ExecutorError, map_documents
from aikg.graph.pipeline import failed_document, process_document, read_reports

# The outputs that must not depend on where documents were read (map.html and report.md
# are drawn from the same graph).
COMPARED = ("graph.json", "cycles.json", "centrality.json", "centrality_by_period.json")


def _build(out: Path, *options: str, inputs: tuple[str, ...]) -> None:
    result = CliRunner().invoke(
        main, ["build", *inputs, "--out", str(out), "-q", *options], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output


def _same_outputs(a: Path, b: Path) -> None:
    for name in COMPARED:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_two_jobs_build_the_same_graph_as_one(seeds_dir, seed_out, tmp_path):
    """seed_out is the in-process build (jobs=1) of the session."""
    _build(tmp_path, "--jobs", "2", inputs=(str(seeds_dir),))
    _same_outputs(seed_out, tmp_path)


def test_dask_cluster_builds_the_same_graph(seeds_dir, seed_out, tmp_path):
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        _build(tmp_path, "--scheduler", cluster.scheduler_address, inputs=(str(seeds_dir),))
        assert len(cluster.scheduler.workers) == 2
    _same_outputs(seed_out, tmp_path)


def _invented(folder: Path) -> list[Path]:
    """Three small invented English notes and one unreadable file, in that order."""
    paths = []
    for n, (payer, payee) in enumerate([("Quorvex", "Talmira"), ("Beskel", "Orrin Data")]):
        path = folder / f"note{n}.txt"
        path.write_text(
            f"Invented Securities research note, March 2025\n\n"
            f"{payer} signed a $2 billion cloud contract with {payee} on March {n + 3}, 2025.\n",
            "utf-8",
        )
        paths.append(path)
    broken = folder / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    paths.append(broken)
    return paths


def test_pool_keeps_input_order_progress_and_errors(tmp_path):
    paths = _invented(tmp_path)
    calls: list[tuple[str, int, int]] = []
    pooled_run = map_documents(
        paths, process_document, failed_document, Executor(jobs=2), lambda *c: calls.append(c)
    )
    outcomes = list(pooled_run)
    assert [o.path for o in outcomes] == [str(p) for p in paths]
    assert outcomes[2].error and "broken.pdf" in str(outcomes[2].error)
    assert [c[1] for c in calls] == [1, 2, 3, 3] and calls[-1][0] == "done"
    local = read_reports(paths, executor=Executor(jobs=1))
    pooled = read_reports(paths, executor=Executor(jobs=2))
    assert [r.facts for r in local[0]] == [r.facts for r in pooled[0]]
    assert [str(e) for e in local[1]] == [str(e) for e in pooled[1]]


def test_bad_scheduler_is_one_line_and_exit_code(tmp_path):
    note = _invented(tmp_path)[0]
    usage = CliRunner().invoke(
        main, ["build", str(note), "--out", str(tmp_path / "o"), "--scheduler", "localhost"]
    )
    assert usage.exit_code == 2 and "--scheduler localhost" in usage.output
    with pytest.raises(ExecutorError, match="cannot reach the scheduler"):
        list(
            map_documents(
                [note], process_document, failed_document, Executor(scheduler="tcp://127.0.0.1:9")
            )
        )


def test_in_process_run_keeps_its_warm_state_out_of_the_collector_and_gives_it_back(tmp_path):
    """From ten documents on, the in-process run freezes what the warm-up loaded (the
    collector's full passes skip it) and unfreezes it at the end; the facts are those
    of reading each document alone."""
    import gc

    notes = _invented(tmp_path)[:2]
    paths = [tmp_path / f"copy{n}_{p.name}" for n in range(5) for p in notes]
    for n, path in enumerate(paths):
        path.write_text(notes[n % 2].read_text("utf-8") + f"\nCopy {n}.\n", "utf-8")
    frozen_before = gc.get_freeze_count()
    seen: list[int] = []

    def work(path: str):
        seen.append(gc.get_freeze_count())
        return process_document(path)

    outcomes = list(map_documents(paths, work, failed_document, Executor(jobs=1)))
    assert len(paths) == 10 and all(count > frozen_before for count in seen)
    assert gc.get_freeze_count() == frozen_before
    alone = [process_document(str(p)).report.facts for p in paths]
    assert [o.report.facts for o in outcomes] == alone
