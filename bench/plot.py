"""Plot cost against N from a results file of bench/run.py (needs matplotlib: the
``bench`` extra).

    python bench/plot.py bench/results/2026-12-01-default.json bench/results/cost.png

One panel per step measured at more than one N (or with a baseline): our seconds and the
baseline's against N, log-log.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path


def plot(results_path: Path, png_path: Path) -> Path:
    """Draw the panels of ``results_path`` into ``png_path``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = json.loads(results_path.read_text("utf-8"))["rows"]
    steps: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if r.get("ours_s") is not None:
            steps[r["name"]].append(r)
    fig, axes = plt.subplots(1, len(steps), figsize=(4 * len(steps), 3.6), squeeze=False)
    for ax, (name, points) in zip(axes[0], steps.items(), strict=True):
        points.sort(key=lambda r: r["n"])
        ns = [r["n"] for r in points]
        ax.plot(ns, [r["ours_s"] for r in points], "o-", label="ours")
        base = [(r["n"], r["baseline_s"]) for r in points if r.get("baseline_s") is not None]
        if base:
            ax.plot(*zip(*base, strict=True), "s--", label="baseline")
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("N")
        ax.set_ylabel("seconds")
        ax.set_title(name, fontsize=8)
        ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(png_path, dpi=110)
    return png_path


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print("usage: python bench/plot.py RESULTS.json OUT.png", file=sys.stderr)
        sys.exit(2)
    print(plot(Path(sys.argv[1]), Path(sys.argv[2])))
