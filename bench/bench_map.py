"""Benchmark: how fast a large map draws in headless Chromium, against a small baseline.

    python bench/bench_map.py --nodes 10000 [--check]

Writes the map of a made-up graph of ``--nodes`` nodes (tests/graph/outputs/synthetic.py)
and, as the baseline measured in the same run and the same browser, the map of a
100-node one. Each is opened offline in Debian's headless Chromium; "drawn" is the time
from navigation to vis-network's first complete drawing, "search" the time to find and
centre a node typed into the search box. Target (bench/README.md): the large map drawn
in under 5 s. With --check the script exits 1 when the target is missed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "graph" / "outputs"))
from headless import Page  # noqa: E402  (the map tests' Chromium driver)
from synthetic import synthetic_graph  # noqa: E402

from aikg.graph.outputs.maps import write_map  # noqa: E402

TARGET_DRAW_SECONDS = 5.0
BASELINE_NODES = 100


def measure(nodes: int, folder: Path, runs: int) -> dict[str, float]:
    """Write the map of a `nodes`-node graph and time it in Chromium (best of `runs`)."""
    G = synthetic_graph(nodes)
    start = time.perf_counter()
    path = write_map(G, folder / f"map-{nodes}.html")
    written = time.perf_counter() - start
    drawn, search = [], []
    for _ in range(runs):
        with Page() as page:
            page.open(path)
            page.wait_for("document.body.dataset.drawn")
            drawn.append(float(page.evaluate("document.body.dataset.drawn")) / 1000)
            if page.console_errors:
                raise SystemExit(f"console errors: {page.console_errors}")
            start = time.perf_counter()
            page.type_text("#aikg-query", "公司00003")
            page.wait_for("document.body.dataset.found")
            search.append(time.perf_counter() - start)
    return {
        "nodes": nodes,
        "write_s": written,
        "drawn_s": min(drawn),
        "search_s": min(search),
        "mb": path.stat().st_size / 1e6,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nodes", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--check", action="store_true", help="exit 1 if the target is missed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="aikg-bench-map-") as tmp:
        rows = [measure(n, Path(tmp), args.runs) for n in (BASELINE_NODES, args.nodes)]
    for row in rows:
        print(
            f"map of {row['nodes']:,} nodes: written in {row['write_s']:.1f} s "
            f"({row['mb']:.1f} MB), drawn in {row['drawn_s']:.2f} s, "
            f"search found a node in {row['search_s']:.2f} s"
        )
    baseline, large = rows
    print(
        f"large map: {large['drawn_s'] - baseline['drawn_s']:+.2f} s over the "
        f"{BASELINE_NODES}-node baseline; target drawn < {TARGET_DRAW_SECONDS:.0f} s"
    )
    missed = large["drawn_s"] >= TARGET_DRAW_SECONDS
    if missed:
        print("target missed")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
