"""``bench/run.py --smoke`` runs every step end to end and writes results.json in the
documented shape (no timing is asserted: targets live in the benchmark)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

RUN = Path(__file__).resolve().parents[2] / "bench" / "run.py"
KEYS = {"name", "n", "ours_s", "baseline_s", "ratio", "target", "met"}


def run_bench(out: Path, *options: str) -> tuple[dict, str]:
    """``bench/run.py --smoke OPTIONS --out OUT`` in a child process: its results.json
    and what it printed."""
    done = subprocess.run(
        [sys.executable, str(RUN), "--smoke", *options, "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=1200,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(out.read_text("utf-8")), done.stdout


def test_smoke_run_writes_every_row(tmp_path):
    results, printed = run_bench(tmp_path / "results.json")
    assert results["plan"] == "smoke" and results["machine"]["python"]
    rows = results["rows"]
    assert all(KEYS <= set(r) for r in rows)
    names = " ".join(r["name"] for r in rows)
    for step in ("build PDFs", "quality", "update", "loops", "centrality", "Kendall tau", "rules:"):
        assert step in names, step
    loops = next(r for r in rows if r["name"].startswith("loops"))
    assert loops["planted_found"] is True and loops["loops"] == loops["baseline_cycles"]
    quality = [r for r in rows if r["name"].startswith("quality")]
    assert all(r["merged"] == 0 for r in quality)
    assert all(r["peak_rss_mb"] > 0 and r["cpu_s"] > 0 for r in quality)
    update = next(r for r in rows if r["name"].startswith("update"))
    assert update["same_outputs"] is True and update["read"] == 1
    rules = next(r for r in rows if r["name"].startswith("rules:"))
    assert rules["n"] > 100 and "toml" in rules["slowest"]
    assert "| step | N |" in printed


def test_build_reports_sets_the_build_sizes(tmp_path):
    results, _ = run_bench(tmp_path / "results.json", "--only", "build", "--build-reports", "3")
    assert results["build_reports"] == [3] and results["steps"] == ["build"]
    assert {r["n"] for r in results["rows"]} == {3}
    wall = next(r for r in results["rows"] if r["name"].startswith("build PDFs: wall"))
    assert wall["same_graph"] is True


def test_update_reports_sets_the_update_sizes(tmp_path):
    results, _ = run_bench(tmp_path / "results.json", "--only", "update", "--update-reports", "3")
    assert results["update_reports"] == [3] and results["steps"] == ["update"]
    [update] = results["rows"]
    assert update["n"] == 3 and update["continued"] is True and update["same_outputs"] is True
    # each side a fresh process: the median of three updates, and the one-report floor
    assert len(update["ours_cpu_runs_s"]) == 3 and update["one_report_build_cpu_s"] > 0
    assert sorted(update["ours_cpu_runs_s"])[1] == update["ours_s"]
