"""Benchmark: adding one report to a build of N costs at most 5% of the full build.

    python bench/bench_update.py --copies 20

The corpus is N = 5 x copies reports: copies of the seed reports, each marked so that its
content and report id differ (as bench_build.py makes them), plus one more copy of the
newest seed (by report date), the report "next month" brings. Measured side by side in this run:

* baseline: the full build of all N + 1 reports, as ``aikg build`` runs it (read and
  extract every document, resolve, graph, analyses, cache and manifest, every output);
* ours: ``aikg update`` adding the one report to the build of the N others (read and
  extract it, rebuild resolution, the graph and the analyses from the cached facts,
  rewrite every output and changes.json).

The build of N is made from the baseline's folder by removing the report (an update
that reads nothing), so the corpus is read once. Prints ours, baseline, ratio, target
and whether it is met; exits 1 when missed with --check.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from support import SEEDS  # noqa: E402  (one place says where the seeds are)

TARGET_RATIO = 0.05


def make_corpus(folder: Path, copies: int) -> Path:
    """``copies`` marked copies of every seed in ``folder``/base, and one more copy of the
    newest seed in ``folder``/new; returns that last one."""
    base, new = folder / "base", folder / "new"
    base.mkdir(parents=True)
    new.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(copies):
        for seed in seeds:
            _marked_copy(seed, base / f"copy{i:03d}_{seed.name}", i)
    if not seeds:
        raise SystemExit(f"no seed reports in {SEEDS}")
    return _marked_copy(_newest(seeds), new / f"next_{_newest(seeds).name}", copies)


def _newest(paths: list[Path]) -> Path:
    """The report of the latest date (publication, else period), as aikg reads it."""
    from aikg.extractors.document import read_document, segment

    def date(path: Path) -> str:
        meta = segment(read_document(path)).meta
        return meta.published or meta.period

    return max(paths, key=lambda p: (date(p), p.name))


def _marked_copy(seed: Path, target: Path, i: int) -> Path:
    shutil.copyfile(seed, target)
    with target.open("a", encoding="utf-8") as fh:
        fh.write(f"\n<!-- benchmark copy {i} -->\n")
    return target


def full_build(inputs: list[Path], out: Path):
    """What ``aikg build INPUTS --out OUT`` does, in this process."""
    from aikg.graph import build
    from aikg.graph.incremental.rebuild import record_build
    from aikg.graph.outputs import write_outputs

    result = build(inputs)
    record_build(out, inputs, result)
    write_outputs(result, out)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20, help="N = 5 x copies (default 100)")
    parser.add_argument("--check", action="store_true", help="exit 1 if the target is missed")
    args = parser.parse_args(argv)

    from aikg.graph.incremental.rebuild import update_build

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        newest = make_corpus(root, args.copies)
        out = root / "out"
        start = time.perf_counter()
        full = full_build([root / "base", newest], out)
        baseline = time.perf_counter() - start

        update_build(out, remove=[newest])  # the build of N (reads nothing)
        start = time.perf_counter()
        updated = update_build(out, [newest])
        ours = time.perf_counter() - start
        same = set(updated.result.graph.edges(keys=True)) == set(full.graph.edges(keys=True))
    n = len(full.reports) - 1
    ratio = ours / baseline
    print(
        f"adding 1 report to a build of {n}: read {len(updated.read)}, reused "
        f"{len(updated.reused)}, {updated.centrality_computed} projections measured; "
        f"same graph as the full build: {same}"
    )
    met = ratio <= TARGET_RATIO and same
    print(
        f"ours {ours:.2f}s  baseline {baseline:.2f}s  ratio {ratio:.3f}  "
        f"target <= {TARGET_RATIO}  {'met' if met else 'MISSED'}"
    )
    return 0 if met or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
