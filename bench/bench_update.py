"""Benchmark: adding one report to a build of N costs at most 5% of the full build.

    python bench/bench_update.py --reports 1000 [--jobs 2] [--check] [--profile OUT.prof]

The corpus is the planted-fact text corpus of :mod:`corpus` (N + 1 reports, seed 5); the
report "next month" brings is the newest one (latest report date, the last of those),
kept in a folder of its own. Measured side by side in this run:

* baseline: the full build of all N + 1 reports, as ``aikg build`` runs it (read and
  extract every document on ``--jobs`` processes, resolve, graph, analyses, cache and
  manifest, every output);
* ours: ``aikg update`` adding the one report to the build of the N others (read and
  extract it, rebuild resolution, the graph and the analyses from the cached facts,
  rewrite every output and changes.json).

The build of N is made from the baseline's folder by removing the report (an update
that reads nothing), so the corpus is read once. The update must write the same graph,
loops and centrality files as the full build (compared as JSON). Prints ours, baseline,
ratio, target and whether it is met; exits 1 when missed with --check.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
from corpus import write_corpus  # noqa: E402

TARGET_RATIO = 0.05
# the outputs an update must write exactly as the full build does
COMPARED = ("graph.json", "cycles.json", "centrality.json", "centrality_by_period.json")


def newest_report(folder: Path) -> Path:
    """The report of the latest date (publication, else period) as aikg reads it; of
    several, the last by name."""
    from aikg.extractors.document import read_document, segment

    def date(path: Path) -> str:
        meta = segment(read_document(path)).meta
        return meta.published or meta.period or ""

    return max(sorted(folder.iterdir()), key=lambda p: (date(p), p.name))


def make_corpus(root: Path, reports: int, seed: int = 5) -> tuple[Path, Path]:
    """``reports`` + 1 corpus reports: the folder of the ``reports`` old ones and the
    newest report, moved to ``root``/new."""
    write_corpus(reports + 1, root, seed=seed)
    base = root / "reports"
    newest = newest_report(base)
    (root / "new").mkdir()
    return base, newest.rename(root / "new" / newest.name)


def full_build(inputs: list[Path], out: Path, jobs: int):
    """What ``aikg build INPUTS --out OUT --jobs JOBS`` does, in this process."""
    from aikg.graph import build
    from aikg.graph.incremental.rebuild import record_build
    from aikg.graph.outputs import write_outputs

    result = build(inputs, jobs=jobs, keep_assembly=True)
    record_build(out, inputs, result)
    write_outputs(result, out)
    return result


def _outputs(folder: Path) -> dict:
    return {name: json.loads((folder / name).read_text("utf-8")) for name in COMPARED}


def _timed(call):
    """``call()`` with its wall and CPU seconds (this process)."""
    wall, cpu = time.perf_counter(), time.process_time()
    value = call()
    return value, time.perf_counter() - wall, time.process_time() - cpu


def measure(reports: int, jobs: int = 1, seed: int = 5, profile: Path | None = None) -> dict:
    """The full build of ``reports`` + 1 against the update adding the newest one; the
    figures and checks as a dict (see :func:`main`)."""
    from aikg.graph.incremental.rebuild import update_build

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        base, newest = make_corpus(root / "corpus", reports, seed)
        out = root / "out"
        full, baseline, baseline_cpu = _timed(lambda: full_build([base, newest], out, jobs))
        expected = _outputs(out)
        update_build(out, remove=[newest])  # the build of N (reads nothing)
        if profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        updated, ours, ours_cpu = _timed(lambda: update_build(out, [newest]))
        if profile:
            profiler.disable()
            profiler.dump_stats(profile)
        same = _outputs(out) == expected
    return {
        "n": len(full.reports) - 1,
        "ours_s": ours,
        "baseline_s": baseline,
        "ours_cpu_s": ours_cpu,
        "baseline_cpu_s": baseline_cpu,
        "jobs": jobs,
        "read": len(updated.read),
        "reused": len(updated.reused),
        "projections_measured": updated.centrality_computed,
        "periods_measured": updated.periods_measured,
        "periods": len(updated.result.centrality_by_period["periods"]),
        "continued": updated.continued,
        "digests_reused": updated.digests_reused,
        "new_report": newest.name,
        "same_outputs": same,
    }


def update_step(reports: int, seed: int = 5) -> dict:
    """The row of ``bench/run.py``: CPU seconds of the update against those of the full
    build, both in this process (the full build on one process, so that its CPU is all
    counted here: on a shared machine CPU seconds say more than wall time); wall times
    in the notes."""
    from steps import row

    m = measure(reports, jobs=1, seed=seed)
    return row(
        "update: add 1 report, CPU vs the full build", m["n"], m["ours_cpu_s"],
        m["baseline_cpu_s"], f"<= {TARGET_RATIO}x; same outputs",
        m["ours_cpu_s"] <= TARGET_RATIO * m["baseline_cpu_s"] and m["same_outputs"],
        wall_s=round(m["ours_s"], 2), baseline_wall_s=round(m["baseline_s"], 2),
        wall_ratio=round(m["ours_s"] / m["baseline_s"], 3), same_outputs=m["same_outputs"],
        read=m["read"], reused=m["reused"], projections_measured=m["projections_measured"],
        periods_measured=m["periods_measured"], periods=m["periods"],
        new_report=m["new_report"], continued=m["continued"],
        digests_reused=m["digests_reused"], load_average=[round(x, 1) for x in os.getloadavg()],
    )  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100, help="N, the build's size")
    parser.add_argument("--jobs", type=int, default=1, help="processes of the full build")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--profile", type=Path, help="write the update's cProfile here")
    parser.add_argument("--check", action="store_true", help="exit 1 if the target is missed")
    args = parser.parse_args(argv)
    if args.reports < 1:
        print(f"--reports {args.reports}: must be at least 1", file=sys.stderr)
        return 2
    m = measure(args.reports, args.jobs, args.seed, args.profile)
    ratio = m["ours_s"] / m["baseline_s"]
    print(
        f"adding {m['new_report']} to a build of {m['n']}: read {m['read']}, reused "
        f"{m['reused']}, {m['projections_measured']} projections measured; "
        f"same outputs as the full build: {m['same_outputs']}"
    )
    met = ratio <= TARGET_RATIO and m["same_outputs"]
    print(
        f"ours {m['ours_s']:.2f}s ({m['ours_cpu_s']:.2f}s CPU)  baseline "
        f"{m['baseline_s']:.2f}s ({m['baseline_cpu_s']:.2f}s CPU in this process, "
        f"{m['jobs']} jobs)  ratio {ratio:.3f}  target <= {TARGET_RATIO}  "
        f"{'met' if met else 'MISSED'}"
    )
    return 0 if met or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
