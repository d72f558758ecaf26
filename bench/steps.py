"""The measured steps of ``bench/run.py``: each runs ours and its baseline in the same
process run and returns result rows (``name``, ``n``, ``ours_s``, ``baseline_s``,
``ratio``, ``target``, ``met`` and notes)."""

from __future__ import annotations

import multiprocessing
import tempfile
import time
from pathlib import Path

import networkx as nx
from corpus import write_corpus
from money_graph import money_graph

Row = dict


def row(name: str, n: int, ours: float | None, baseline: float | None, target: str, met, **notes):
    """One result row; ``ratio`` is ours / baseline when both are measured."""
    ratio = ours / baseline if ours is not None and baseline else None
    return {
        "name": name,
        "n": n,
        "ours_s": None if ours is None else round(ours, 3),
        "baseline_s": None if baseline is None else round(baseline, 3),
        "ratio": None if ratio is None else round(ratio, 3),
        "target": target,
        "met": met,
        **notes,
    }


# -- build: PDFs against pdfplumber alone ------------------------------------------------
#
# Each build and the floor run in a fresh Python process, so that no step inherits
# another's warm caches and every process is counted: the CPU of a run is the
# RUSAGE_CHILDREN growth it causes (the child, the pool's fork server and its workers,
# which the fork server reaps). The child stops the fork server itself at the end, or
# the server and its workers would outlive it unmeasured.

_FLOOR_CHILD = """
import json, sys, time
w = time.perf_counter()
import pdfplumber
from pathlib import Path
for path in sorted(Path(sys.argv[1]).glob("*.pdf")):
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.extract_tables()
print(json.dumps({"wall": time.perf_counter() - w}))
"""

_BUILD_CHILD = """
import json, pickle, sys, time
w = time.perf_counter()
import multiprocessing.forkserver as forkserver
from aikg.graph import build
jobs, folder, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
cpu, call = time.process_time(), time.perf_counter()
result = build([folder], jobs=jobs)
call_cpu, call_wall = time.process_time() - cpu, time.perf_counter() - call
getattr(forkserver._forkserver, "_stop", lambda: None)()  # reap it and its workers
with open(out, "wb") as fh:
    pickle.dump(result.graph, fh)
print(json.dumps({"wall": time.perf_counter() - w, "call_cpu": call_cpu,
                  "call_wall": call_wall, "reports": len(result.reports)}))
"""


def measured_child(code: str, *args: str) -> dict:
    """Run ``code`` in a fresh interpreter; its printed JSON plus ``cpu`` (user + system
    seconds of the child and every process it reaped) and ``process_wall``."""
    import json
    import resource
    import subprocess
    import sys

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                          text=True, check=True)  # fmt: skip
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {**json.loads(done.stdout.splitlines()[-1]), "cpu": cpu, "process_wall": wall}


def pdfplumber_floor(folder: Path) -> dict:
    """pdfplumber alone reading every page's text and tables, in a child process."""
    return measured_child(_FLOOR_CHILD, str(folder))


def child_build(folder: Path, jobs: int, graph_out: Path) -> dict:
    """``build([folder], jobs=jobs)`` in a child process (its graph pickled to
    ``graph_out``); ``cpu`` counts the pool's workers."""
    return measured_child(_BUILD_CHILD, str(jobs), str(folder), str(graph_out))


def read_and_extract_cpu(paths: list[Path]) -> tuple[float, float, float]:
    """CPU seconds (this process) of reading every PDF, and of segmenting and
    extracting every one, after one warm-up document; and the warm-up's."""
    from aikg.extractors.document import read_document, segment
    from aikg.graph.pipeline import extract_report

    started = time.process_time()
    extract_report(segment(read_document(paths[0])))  # rules and the name matcher load
    warm = time.process_time() - started
    started = time.process_time()
    docs = [read_document(p) for p in paths]
    read = time.process_time() - started
    started = time.process_time()
    for doc in docs:
        extract_report(segment(doc))
    return read, time.process_time() - started, warm


def _load() -> float:
    """The machine's one-minute load average (the machine is shared: a wall time means
    little when it is far above the CPUs)."""
    import os

    return round(os.getloadavg()[0], 2)


def build_steps(reports: int, jobs: int) -> list[Row]:
    """N corpus PDFs: the build's CPU on one process, its wall time on ``jobs``
    processes (CPU of the workers counted too), both against pdfplumber alone on the
    same files in one process; extraction's CPU against reading's; and our reading's
    CPU against the floor's (informational: where the build's CPU goes). Every row
    notes the load average before and after its runs."""
    import pickle

    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(reports, Path(tmp), seed=11, pdf=True)
        folder = Path(tmp) / "reports"
        paths = sorted(folder.glob("*.pdf"))
        load_before = _load()
        floor = pdfplumber_floor(folder)
        one = child_build(folder, 1, Path(tmp) / "one.pickle")
        many = child_build(folder, jobs, Path(tmp) / "many.pickle")
        graphs = [pickle.loads((Path(tmp) / f).read_bytes()) for f in ("one.pickle", "many.pickle")]
        read, extract, warm = read_and_extract_cpu(paths)
    same = nx.utils.graphs_equal(*graphs)
    load = {"load_before": load_before, "load_after": _load(), "cpus": _cpus()}
    # what is neither reading nor extracting: imports, loading the rules and the name
    # matcher, resolving and assembling the graph, the money loops and centrality
    rest = one["cpu"] - read - extract
    return [
        row("build PDFs: CPU vs pdfplumber", reports, one["cpu"], floor["cpu"], "<= 1.5x",
            one["cpu"] <= 1.5 * floor["cpu"], build_call_cpu_s=round(one["call_cpu"], 3),
            per_report_cpu_s=round(one["cpu"] / reports, 4),
            read_cpu_s=round(read, 3), extract_cpu_s=round(extract, 3),
            rest_cpu_s=round(rest, 3), **load),
        row(f"build PDFs: wall, {jobs} jobs vs 1-process pdfplumber", reports,
            many["process_wall"], floor["process_wall"], "<= 0.8x",
            many["process_wall"] <= 0.8 * floor["process_wall"], same_graph=same,
            cpu_s=round(many["cpu"], 3), build_call_wall_s=round(many["call_wall"], 3),
            cpu_vs_one_job=round(many["cpu"] / one["cpu"], 3), **load),
        row("build PDFs: extraction CPU vs reading CPU", reports, extract, read, "<= 0.3x",
            extract <= 0.3 * read, warm_up_cpu_s=round(warm, 3), **load),
        row("build PDFs: our reading CPU vs pdfplumber", reports, read, floor["cpu"],
            "informational", None, note="the floor's CPU counts its interpreter and imports",
            **load),
    ]  # fmt: skip


def _cpus() -> int:
    """The CPUs this process may use."""
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


# -- loops: ours against plain simple_cycles ---------------------------------------------


def _company_digraph(G: nx.MultiDiGraph) -> nx.DiGraph:
    """Payer -> payee between companies, through each Deal/Investment node."""
    D = nx.DiGraph()
    for node, data in G.nodes(data=True):
        if data.get("label") in ("Deal", "Investment"):
            for payer in G.predecessors(node):
                for payee in G.successors(node):
                    D.add_edge(payer, payee)
    return D


def _count_cycles(D: nx.DiGraph, max_len: int, out) -> None:
    out.put(sum(1 for _ in nx.simple_cycles(D, length_bound=max_len)))


LOOPS_TARGET = 100  # ours at least this many times faster than nx.simple_cycles


def loops_step(companies: int, flows: int, budget: float, max_len: int = 4) -> Row:
    """Our loop search against ``nx.simple_cycles`` with the same bound, the baseline in
    a child process stopped after its budget (then reported as cut off, and the speed-up
    as a lower bound). The budget is at least 1.5 x the target x ours, so a cut-off
    baseline still shows whether the target is met: ``budget`` only raises it."""
    from aikg.graph.analysis import find_money_loops

    G, planted = money_graph(companies, flows)
    started = time.perf_counter()
    loops = find_money_loops(G, max_len=max_len)
    ours = time.perf_counter() - started
    found = {frozenset(loop.nodes) for loop in loops.loops}
    all_planted = all(frozenset(p) in found for p in planted)
    D = _company_digraph(G)
    budget = max(budget, 1.5 * LOOPS_TARGET * ours)
    queue = multiprocessing.get_context("fork").Queue()
    child = multiprocessing.get_context("fork").Process(
        target=_count_cycles, args=(D, max_len, queue)
    )
    started = time.perf_counter()
    child.start()
    child.join(budget)
    baseline = time.perf_counter() - started
    cut_off = child.is_alive()
    if cut_off:
        child.kill()
        child.join()
    baseline_cycles = None if cut_off else queue.get()
    speedup = baseline / ours
    return row(
        "loops vs nx.simple_cycles", G.number_of_edges(), ours, baseline,
        f">= {LOOPS_TARGET}x faster; all planted found",
        speedup >= LOOPS_TARGET and all_planted,
        speedup=round(speedup, 1), speedup_is_lower_bound=cut_off,
        baseline_cut_off=cut_off, budget_s=round(budget, 1),
        loops=len(loops.loops), baseline_cycles=baseline_cycles,
        planted=len(planted), planted_found=all_planted, nodes=G.number_of_nodes(),
    )  # fmt: skip


# -- centrality --------------------------------------------------------------------------


def centrality_steps(companies: int, flows: int, baseline: bool) -> list[Row]:
    """Centrality with the fast engines against plain NetworkX (when ``baseline``), and
    the per-period pass against one full pass."""
    from aikg.graph.analysis import centrality_by_period, compute_centrality

    G, _ = money_graph(companies, flows)
    n = G.number_of_nodes()
    started = time.perf_counter()
    compute_centrality(G)
    ours = time.perf_counter() - started
    plain = None
    if baseline:
        started = time.perf_counter()
        compute_centrality(G, engine="networkx")
        plain = time.perf_counter() - started
    started = time.perf_counter()
    periods = centrality_by_period(G, cumulative=True)
    per_period = time.perf_counter() - started
    return [
        row("centrality vs plain networkx", n, ours, plain, "<= 60 s at 120k nodes",
            ours <= 60 if n >= 100_000 else None),
        row("centrality per period vs one full pass", n, per_period, ours, "<= 3x",
            per_period <= 3 * ours, periods=len(periods["periods"])),
    ]  # fmt: skip


def rank_agreement_step(companies: int, flows: int, top: int = 100) -> Row:
    """Kendall tau between sampled (k=200) and exact betweenness over the top ``top``
    nodes of the exact ranking, on the whole projection of a graph small enough."""
    from scipy.stats import kendalltau

    from aikg.graph.analysis import project
    from aikg.graph.analysis.measures import betweenness

    G, _ = money_graph(companies, flows)
    H = project(G, "whole")
    started = time.perf_counter()
    sampled = betweenness(H, k=200, seed=0)
    ours = time.perf_counter() - started
    started = time.perf_counter()
    exact = betweenness(H)
    full = time.perf_counter() - started
    best = sorted(exact, key=lambda v: (-exact[v], str(v)))[:top]
    tau = kendalltau([exact[v] for v in best], [sampled[v] for v in best]).statistic
    return row(
        f"betweenness k=200 vs exact: Kendall tau of top {top}", H.number_of_nodes(), ours,
        full, "tau reported", None, kendall_tau=round(float(tau), 3),
    )  # fmt: skip
