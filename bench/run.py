"""Every benchmark, ours against a baseline measured in the same run, as one table.

    python bench/run.py            # sizes that finish in about 10 minutes on 2 cores
    python bench/run.py --full     # adds the large sizes (the 120k-node graph, N=1,000)
    python bench/run.py --smoke    # tiny sizes, no Neo4j: the test that keeps this alive
    python bench/run.py --full --only quality,update   # some steps of a plan
    python bench/run.py --only build --build-reports 100,1000   # the build at these N
    python bench/run.py --only update --update-reports 1000      # the update at these N

Prints one table (step, N, ours, baseline, ratio, target, met) and writes
``bench/results.json`` (``--out`` to change): the machine, the date and the rows, each
with at least ``name``, ``n``, ``ours_s``, ``baseline_s``, ``ratio``, ``target``,
``met``. The machines are shared and noisy: ratios mean more than absolute times.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import steps  # noqa: E402
from bench_update import update_step  # noqa: E402
from quality import scale_steps  # noqa: E402
from regex_guard import regex_step  # noqa: E402

# name -> (arguments per plan); each plan is smoke, default or full.
PLANS = {
    "smoke": {
        "build": [2],
        "quality": [3, 6],
        "update": [4],
        "loops": [(100, 400, 30.0)],
        "centrality": [(100, 400, True)],
        "agreement": (100, 400),
        "neo4j": None,
        "rules": 30,
    },
    "default": {
        "build": [10],
        "quality": [10, 100],
        "update": [100],
        "loops": [(1000, 5000, 120.0)],
        "centrality": [(1000, 5000, True)],
        "agreement": (1000, 5000),
        "neo4j": (2000, 8000, 1000),
        "rules": 60,
    },
    "full": {
        "build": [10, 100],
        "quality": [10, 100, 1000],
        "update": [100, 1000],
        "loops": [(1000, 5000, 120.0), (4000, 20000, 900.0), (20000, 100000, 1800.0)],
        "centrality": [(1000, 5000, True), (20000, 100000, False)],
        "agreement": (2000, 10000),
        "neo4j": (20000, 50000, 2000),
        "rules": 60,
    },
}


def machine() -> dict:
    """What the numbers were measured on."""
    return {
        "host": platform.node(),
        "python": platform.python_version(),
        "cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "system": f"{platform.system()} {platform.release()} {platform.machine()}",
    }


STEPS = ("build", "quality", "update", "loops", "centrality", "agreement", "neo4j", "rules")


def run(plan: dict, jobs: int, say=print, only: tuple[str, ...] = STEPS) -> list[dict]:
    """The steps of ``plan`` named in ``only`` (all by default); prints each row as it
    is measured."""
    rows: list[dict] = []

    def add(new: list[dict]) -> None:
        for r in new:
            say(format_row(r))
        rows.extend(new)

    if "build" in only:
        for reports in plan["build"]:
            add(steps.build_steps(reports, jobs))
    if "quality" in only:  # quality, cost per report and peak memory at each N
        add(scale_steps(plan["quality"], jobs))
    if "update" in only:
        for reports in plan["update"]:
            add([update_step(reports)])
    if "loops" in only:
        for companies, flows, budget in plan["loops"]:
            add([steps.loops_step(companies, flows, budget)])
    if "centrality" in only:
        for companies, flows, baseline in plan["centrality"]:
            add(steps.centrality_steps(companies, flows, baseline))
    if "agreement" in only:
        add([steps.rank_agreement_step(*plan["agreement"])])
    if "rules" in only:
        add([regex_step(plan["rules"])])
    if plan["neo4j"] and "neo4j" in only:
        from neo4j_steps import neo4j_steps

        add(neo4j_steps(*plan["neo4j"]))
    return rows


def _cell(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3g}"
    return str(value)


HEADER = ("step", "N", "ours s", "baseline s", "ratio", "target", "met")


def format_row(r: dict) -> str:
    """One table line (markdown), with the row's notes after it."""
    cells = [r["name"], r["n"], r["ours_s"], r["baseline_s"], r["ratio"], r["target"], r["met"]]
    notes = {k: v for k, v in r.items() if k not in ("name", "n", "ours_s", "baseline_s",
                                                     "ratio", "target", "met")}  # fmt: skip
    line = "| " + " | ".join(_cell(c) for c in cells) + " |"
    return line + (f" {json.dumps(notes)}" if notes else "")


def table(rows: list[dict]) -> str:
    """The rows as a markdown table (notes left out)."""
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    for r in rows:
        cells = [r["name"], r["n"], r["ours_s"], r["baseline_s"], r["ratio"], r["target"]]
        lines.append("| " + " | ".join(_cell(c) for c in [*cells, r["met"]]) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--full", action="store_true", help="add the large sizes")
    size.add_argument("--smoke", action="store_true", help="tiny sizes, no Neo4j")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the builds")
    parser.add_argument("--out", type=Path, default=BENCH / "results.json")
    parser.add_argument(
        "--only",
        metavar="STEP,...",
        help=f"run only these steps of the plan (of {', '.join(STEPS)})",
    )
    parser.add_argument(
        "--build-reports",
        metavar="N,...",
        help="the corpus sizes of the build step instead of the plan's (PDF reports)",
    )
    parser.add_argument(
        "--update-reports",
        metavar="N,...",
        help="the build sizes of the update step instead of the plan's",
    )
    args = parser.parse_args(argv)
    only = tuple(args.only.split(",")) if args.only else STEPS
    unknown = sorted(set(only) - set(STEPS))
    if unknown:
        print(f"--only {args.only}: no step {', '.join(unknown)}", file=sys.stderr)
        return 2
    name = "full" if args.full else "smoke" if args.smoke else "default"
    started = dt.datetime.now(dt.UTC)
    plan = dict(PLANS[name])
    if args.build_reports:
        plan["build"] = [int(n) for n in args.build_reports.split(",")]
    if args.update_reports:
        plan["update"] = [int(n) for n in args.update_reports.split(",")]
    rows = run(plan, args.jobs, only=only)
    print()
    print(table(rows))
    results = {
        "plan": name,
        "build_reports": plan["build"],
        "update_reports": plan["update"],
        "steps": list(only),
        "started": started.isoformat(timespec="seconds"),
        "seconds": round((dt.datetime.now(dt.UTC) - started).total_seconds(), 1),
        "machine": machine(),
        "rows": rows,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1, default=str), "utf-8")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
