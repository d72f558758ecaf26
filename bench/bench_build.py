"""Benchmark: build time and peak memory for N copies of the seed reports.

    python bench/bench_build.py --copies 20

Each copy is a distinct report (its own id), so the graph gains evidence and reports as
it would from a year of monthly reports. The build runs in a child process
(``steps.child_build``) on ``--jobs`` processes (default: the CPUs available, as
``aikg build``), so the CPU and the peak memory printed count the pool's workers
(RUSAGE_CHILDREN), not only the process that waits for them; the CPU per document and
the load average are printed beside the wall time, which the target is about. Copies of
the seeds are text: ``bench/run.py`` measures the build of PDFs. Targets are in
bench/README.md; the script exits 1 when a target is missed with --check.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))
from steps import child_build  # noqa: E402
from support import SEEDS  # noqa: E402  (one place says where the seeds are)

TARGET_SECONDS_PER_DOC = 3.0
TARGET_PEAK_MB = 2048


def make_corpus(folder: Path, copies: int) -> list[Path]:
    """Copy the seeds ``copies`` times, each copy marked so its report id differs."""
    paths = []
    for i in range(copies):
        for seed in sorted(SEEDS.glob("*.txt")):
            target = folder / f"copy{i:03d}_{seed.name}"
            shutil.copyfile(seed, target)
            with target.open("a", encoding="utf-8") as fh:
                fh.write(f"\n<!-- benchmark copy {i} -->\n")
            paths.append(target)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--jobs", type=int, default=None, help="processes (default: CPUs)")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args(argv)

    from aikg.graph.parallel import default_jobs

    jobs = args.jobs or default_jobs()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reports"
        folder.mkdir()
        paths = make_corpus(folder, args.copies)
        measured = child_build(folder, jobs, Path(tmp) / "graph.pickle")
    # the largest of the child and the workers it reaped (each worker holds the rules)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    seconds = measured["process_wall"]
    per_doc = seconds / len(paths)
    load = os.getloadavg()[0]
    print(
        f"{len(paths)} documents on {jobs} process(es) in {seconds:.1f}s wall "
        f"({per_doc:.2f}s/doc), {measured['cpu']:.1f}s CPU with the workers "
        f"({measured['cpu'] / len(paths):.2f}s/doc), peak RSS {peak_mb:.0f} MB; "
        f"{measured['reports']} reports built; load average {load:.1f} on "
        f"{default_jobs()} CPUs (a wall time far above the CPU time means a shared machine)"
    )
    ok = per_doc <= TARGET_SECONDS_PER_DOC and peak_mb <= TARGET_PEAK_MB
    print(
        f"targets: <= {TARGET_SECONDS_PER_DOC}s/doc, <= {TARGET_PEAK_MB} MB: "
        f"{'met' if ok else 'MISSED'}"
    )
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
