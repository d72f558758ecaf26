"""Benchmark: adding one report to a build of N costs at most 5% of the full build.

    python bench/bench_update.py --reports 1000 [--repeat 3] [--check] [--profile OUT.prof]

The corpus is the planted-fact text corpus of :mod:`corpus` (N + 1 reports, seed 5); the
report "next month" brings is the newest one (latest report date, the last of those),
kept in a folder of its own. Both sides run as a user runs them, each in a fresh Python
process, and are counted in CPU seconds of that process (the machine is shared: wall
time swings with the load):

* baseline: ``aikg build REPORTS NEW --out OUT --jobs 1`` (every document read in that
  process, so that all of its CPU is counted), which also keeps the cache and the
  builder an update goes on from, and writes every output;
* ours: ``aikg update OUT NEW`` on the build of the N others: it reads the kept state
  and the previous outputs it compares with, reads and extracts the one report, and
  rewrites every output and changes.json.

Both pay the interpreter, the imports and the first document's loading of the rules
and models once; measured in one process (as before round 24), the full build paid
them and the update, run after it, did not, which flattered the update by 2-3 s of
CPU. The build of N is made from the full build's folder by removing the
report (an update that reads nothing, not timed), copied aside and put back before each
of ``--repeat`` updates (the row takes the median). Every update must write the same
graph, loops and centrality files as the full build (compared as JSON). The floor
``aikg build NEW`` of the one report alone (a fresh process too) says what any update
reading it pays before touching the build.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
from corpus import write_corpus  # noqa: E402
from steps import measured_child, row  # noqa: E402

TARGET_RATIO = 0.05
# the outputs an update must write exactly as the full build does
COMPARED = ("graph.json", "cycles.json", "centrality.json", "centrality_by_period.json")

# `aikg build INPUTS... --out OUT --jobs 1 --quiet`, as the console script runs it
_BUILD_CHILD = """
import json, sys
from aikg.graph.cli import main
main(["build", *sys.argv[2:], "--out", sys.argv[1], "--jobs", "1", "--quiet"],
     standalone_mode=False)
print(json.dumps({}))
"""

# `aikg update OUT NEW` (the verb calls update_build), with what the update did
_UPDATE_CHILD = """
import json, sys
import aikg.graph.cli  # what the console script imports first
from aikg.graph.incremental.rebuild import update_build
profile = sys.argv[3] if len(sys.argv) > 3 else ""
if profile:
    import cProfile
    profiler = cProfile.Profile()
    profiler.enable()
u = update_build(sys.argv[1], [sys.argv[2]])
if profile:
    profiler.disable()
    profiler.dump_stats(profile)
print(json.dumps({"read": len(u.read), "reused": len(u.reused),
                  "projections_measured": u.centrality_computed,
                  "periods_measured": u.periods_measured, "continued": u.continued,
                  "digests_reused": u.digests_reused,
                  "periods": len(u.result.centrality_by_period["periods"])}))
"""

# `aikg update OUT --remove NEW`: the build of N (not timed)
_REMOVE_CHILD = """
import json, sys
from aikg.graph.incremental.rebuild import update_build
update_build(sys.argv[1], remove=[sys.argv[2]])
print(json.dumps({}))
"""


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


def _outputs(folder: Path) -> dict:
    return {name: json.loads((folder / name).read_text("utf-8")) for name in COMPARED}


def _load() -> float:
    return round(os.getloadavg()[0], 1)


def measure(reports: int, seed: int = 5, repeat: int = 3, profile: Path | None = None) -> dict:
    """The full build of ``reports`` + 1 against ``repeat`` updates adding the newest
    one to the build of the others, each in a fresh process; the figures and checks as
    a dict (see :func:`update_step`). ``profile``: the cProfile of one more update, not counted."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        base, newest = make_corpus(root / "corpus", reports, seed)
        out, kept = root / "out", root / "build-of-n"
        loads = [_load()]
        full = measured_child(_BUILD_CHILD, str(out), str(base), str(newest))
        loads.append(_load())
        expected = _outputs(out)
        floor = measured_child(_BUILD_CHILD, str(root / "one"), str(newest))
        measured_child(_REMOVE_CHILD, str(out), str(newest))
        shutil.copytree(out, kept)
        updates, same = [], True
        for index in range(repeat + bool(profile)):
            if index:
                shutil.rmtree(out)
                shutil.copytree(kept, out)
            if index == repeat:  # profiled apart: the profiler's cost is not counted
                measured_child(_UPDATE_CHILD, str(out), str(newest), str(profile))
                break
            updates.append(measured_child(_UPDATE_CHILD, str(out), str(newest)))
            loads.append(_load())
            same = same and _outputs(out) == expected
    cpu = statistics.median(u["cpu"] for u in updates)
    wall = statistics.median(u["process_wall"] for u in updates)
    return {
        **{k: v for k, v in updates[0].items() if k not in ("cpu", "process_wall")},
        "n": reports,
        "ours_cpu_s": cpu,
        "ours_s": wall,
        "ours_cpu_runs_s": [round(u["cpu"], 3) for u in updates],
        "baseline_cpu_s": full["cpu"],
        "baseline_s": full["process_wall"],
        "one_report_build_cpu_s": round(floor["cpu"], 3),
        "new_report": newest.name,
        "same_outputs": same,
        "load_average": loads,
    }


def update_step(reports: int, seed: int = 5, repeat: int = 3, profile: Path | None = None) -> dict:
    """The row of ``bench/run.py``: CPU seconds of ``aikg update`` adding one report
    (median of ``repeat``) against those of ``aikg build`` of all (one job), each a
    fresh process; wall times and every update's CPU in the notes."""
    m = measure(reports, seed=seed, repeat=repeat, profile=profile)
    return row(
        "update: add 1 report, CPU vs the full build", m["n"], m["ours_cpu_s"],
        m["baseline_cpu_s"], f"<= {TARGET_RATIO}x; same outputs",
        m["ours_cpu_s"] <= TARGET_RATIO * m["baseline_cpu_s"] and m["same_outputs"],
        wall_s=round(m["ours_s"], 2), baseline_wall_s=round(m["baseline_s"], 2),
        wall_ratio=round(m["ours_s"] / m["baseline_s"], 3),
        **{k: m[k] for k in ("ours_cpu_runs_s", "one_report_build_cpu_s", "same_outputs",
                             "read", "reused", "projections_measured", "periods_measured",
                             "periods", "new_report", "continued", "digests_reused",
                             "load_average")},
        measured="each side a fresh process (aikg build --jobs 1; aikg update)",
    )  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100, help="N, the build's size")
    parser.add_argument("--repeat", type=int, default=3, help="updates measured (median)")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--profile", type=Path, help="profile one more update (not counted)")
    parser.add_argument("--check", action="store_true", help="exit 1 if the target is missed")
    args = parser.parse_args(argv)
    if args.reports < 1 or args.repeat < 1:
        print("--reports and --repeat must be at least 1", file=sys.stderr)
        return 2
    r = update_step(args.reports, args.seed, args.repeat, args.profile)
    print(json.dumps(r, indent=1))
    print(
        f"ours {r['ours_s']:.2f}s CPU (median of {args.repeat}: {r['ours_cpu_runs_s']})  "
        f"baseline {r['baseline_s']:.2f}s CPU  ratio {r['ratio']:.3f}  target <= "
        f"{TARGET_RATIO}  {'met' if r['met'] else 'MISSED'}"
    )
    return 0 if r["met"] or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
