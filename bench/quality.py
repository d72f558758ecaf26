"""Quality of a build of the benchmark corpus: the planted facts found, and the planted
names kept apart.

:func:`corpus_quality` scores a graph against the corpus gold file (the scorer of
``aikg eval``) and pools the categories into one recall and one precision;
:func:`merged_names` lists graph nodes that carry two different planted names (two
invented companies resolved into one), and :func:`lost_names` the planted names no node
carries.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from aikg.graph.evaluation import score


def corpus_quality(G: nx.MultiDiGraph, gold: dict) -> dict:
    """Pooled recall and precision over the categories with gold items, and per category.

    >>> corpus_quality(nx.MultiDiGraph(), {"reports": {}, "deals": []})["recall"]
    1.0
    """
    scores = score(G, gold)
    tp = sum(s["tp"] for s in scores.values())
    fp = sum(s["fp"] for s in scores.values())
    fn = sum(s["fn"] for s in scores.values())
    return {
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "categories": {
            name: {"gold": s["gold"], "recall": s["recall"], "precision": s["precision"]}
            for name, s in scores.items()
            if s["gold"]
        },
    }


def _carried(G: nx.MultiDiGraph, planted: set[str]) -> dict[str, set[str]]:
    """Node -> the planted names it carries (its name or one of its aliases)."""
    carried: dict[str, set[str]] = {}
    for node, data in G.nodes(data=True):
        names = {data.get("name"), *(data.get("aliases") or ())} & planted
        if names:
            carried[node] = names
    return carried


def merged_names(G: nx.MultiDiGraph, names: Iterable[str]) -> list[tuple[str, list[str]]]:
    """Nodes that carry two or more distinct planted names, with those names.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("company:a", name="A", aliases=["A", "B"])
    >>> merged_names(G, ["A", "B", "C"])
    [('company:a', ['A', 'B'])]
    """
    carried = _carried(G, set(names))
    return sorted((node, sorted(n)) for node, n in carried.items() if len(n) > 1)


def lost_names(G: nx.MultiDiGraph, names: Iterable[str]) -> list[str]:
    """Planted names that no node of ``G`` carries."""
    planted = set(names)
    kept = set().union(*_carried(G, planted).values()) if G else set()
    return sorted(planted - kept)


# -- the build as `aikg build` runs it, with its peak memory and CPU ---------------------


def _children(pid: int) -> list[int]:
    """The direct children of ``pid`` (from /proc)."""
    try:
        tasks = Path(f"/proc/{pid}/task").iterdir()
        return [int(c) for t in tasks for c in (t / "children").read_text().split()]
    except OSError:
        return []


def _proc_sample(pid: int) -> tuple[int, float] | None:
    """(RSS bytes, CPU seconds so far) of one process, None once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        rss_pages = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    return rss_pages * os.sysconf("SC_PAGE_SIZE"), (int(fields[11]) + int(fields[12])) / ticks


@dataclass
class TreeWatch:
    """Samples a process and all its descendants every ``interval`` seconds: the peak of
    their summed RSS (shared pages counted in each process, so an upper bound) and the
    CPU seconds of each (the last sample of each process, so at most one interval short)."""

    root: int
    interval: float = 0.1
    peak_rss: int = 0
    cpu: dict[int, float] = field(default_factory=dict)

    def sample(self) -> None:
        pending, rss = [self.root], 0
        while pending:
            pid = pending.pop()
            got = _proc_sample(pid)
            if got:
                rss += got[0]
                self.cpu[pid] = max(got[1], self.cpu.get(pid, 0.0))
            pending.extend(_children(pid))
        self.peak_rss = max(self.peak_rss, rss)

    def watch(self, process: subprocess.Popen) -> None:
        while process.poll() is None:
            self.sample()
            time.sleep(self.interval)


def cli_build(inputs: list[Path], out: Path, jobs: int) -> dict:
    """``aikg build INPUTS --out OUT --jobs JOBS -q`` in a child process: its wall and
    CPU seconds (the tree's) and the peak RSS of the tree. Raises when it fails."""
    command = [sys.executable, "-m", "aikg.graph.cli", "build", *map(str, inputs)]
    command += ["--out", str(out), "--jobs", str(jobs), "-q"]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    watch = TreeWatch(process.pid)
    sampler = threading.Thread(target=watch.watch, args=(process,), daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    sampler.join()
    seconds = time.perf_counter() - started
    if process.returncode not in (0, 1):
        raise RuntimeError(f"aikg build failed ({process.returncode}): {stderr.decode()[-500:]}")
    return {
        "wall_s": seconds,
        "cpu_s": sum(watch.cpu.values()),
        "peak_rss_mb": watch.peak_rss / 2**20,
        "processes": len(watch.cpu),
        "summary": stdout.decode().strip()[:200],
    }


# -- quality, cost and memory at each N (bench/run.py) -----------------------------------

LINEAR_TARGET = 1.25  # CPU per report at N over that at the size before
MEMORY_TARGET_MB = 2048  # peak RSS of the build at 10,000 reports


def measure_size(reports: int, jobs: int, seed: int = 5) -> dict:
    """Build the text corpus of ``reports`` with ``aikg build`` and score it."""
    import json
    import tempfile

    from corpus import write_corpus

    from aikg.graph.outputs import load_build

    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(reports, Path(tmp), seed=seed)
        gold = json.loads((Path(tmp) / "gold.json").read_text("utf-8"))
        names = json.loads((Path(tmp) / "names.json").read_text("utf-8"))
        run = cli_build([Path(tmp) / "reports"], Path(tmp) / "out", jobs)
        G = load_build(Path(tmp) / "out")
    quality = corpus_quality(G, gold)
    return {
        **run,
        "n": reports,
        "recall": quality["recall"],
        "precision": quality["precision"],
        "merged": merged_names(G, names),
        "lost": lost_names(G, names),
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
    }


def extrapolate_rss(points: list[dict], to: int) -> float:
    """Peak RSS at ``to`` reports, on the line through the two largest measured sizes
    (an extrapolation, never a measurement)."""
    (n1, m1), (n2, m2) = [(p["n"], p["peak_rss_mb"]) for p in points[-2:]]
    # a fall between two small sizes is noise (the processes' start), not a trend
    return m2 + max(0.0, (m2 - m1) / (n2 - n1)) * (to - n2)


def scale_steps(sizes: list[int], jobs: int, seed: int = 5) -> list[dict]:
    """Rows for each size: quality (recall/precision no lower than at the smallest N, no
    planted names merged), the cost per report against the size before (linear in N), and
    the peak memory, with 10,000 extrapolated from the two largest sizes when not run."""
    from steps import row

    points = [measure_size(n, jobs, seed) for n in sorted(sizes)]
    first, rows = points[0], []
    for p in points:
        held = (p["recall"] >= first["recall"] - 0.01
                and p["precision"] >= first["precision"] - 0.01)  # fmt: skip
        rows.append(row(
            "quality: aikg build of the text corpus", p["n"], p["wall_s"], None,
            "recall, precision >= smallest N's; 0 names merged", held and not p["merged"],
            recall=round(p["recall"], 4), precision=round(p["precision"], 4),
            merged=len(p["merged"]), merged_examples=p["merged"][:3], lost=len(p["lost"]),
            cpu_s=round(p["cpu_s"], 2), per_doc_cpu_s=round(p["cpu_s"] / p["n"], 4),
            peak_rss_mb=round(p["peak_rss_mb"], 1), jobs=jobs, processes=p["processes"],
            nodes=p["nodes"], edges=p["edges"],
        ))  # fmt: skip
    for before, p in zip(points, points[1:], strict=False):
        ours, base = p["cpu_s"] / p["n"], before["cpu_s"] / before["n"]
        rows.append(row(
            f"build cost linear in N: CPU per report vs N = {before['n']}", p["n"], ours,
            base, f"<= {LINEAR_TARGET}x", ours <= LINEAR_TARGET * base,
            unit="CPU s per report (the build's process tree)",
        ))  # fmt: skip
    if len(points) >= 2:
        largest = points[-1]
        ten_k = largest["peak_rss_mb"] if largest["n"] >= 10_000 else None
        extrapolated = ten_k is None
        ten_k = ten_k or extrapolate_rss(points, 10_000)
        rows.append(row(
            "peak RSS of the build (tree) at 10,000 reports", 10_000, None, None,
            f"<= {MEMORY_TARGET_MB} MB", ten_k <= MEMORY_TARGET_MB,
            peak_rss_mb_10000=round(ten_k, 1), extrapolated=extrapolated,
            measured_mb={p["n"]: round(p["peak_rss_mb"], 1) for p in points},
        ))  # fmt: skip
    return rows
