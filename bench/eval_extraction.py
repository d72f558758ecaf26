"""Extraction quality: build the seed reports and score the graph against the gold file.

    python bench/eval_extraction.py [--gold tests/gold/seeds.json] [--seeds DIR] [--check]

Prints one line per category (gold items, found, recall, precision, extras), the junk
ratio of entity names, then every miss and extra with the reason. With ``--check`` the
exit code is 1 when a category's recall or precision is below the threshold (0.95).
Importable: ``evaluate_seeds()`` returns the scores and the junk report.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from aikg.graph.evaluation import (
    failures,
    format_scores,
    junk_report,
    load_gold,
    score,
    validate_gold,
)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from support import SEEDS, SEEDS_GOLD  # noqa: E402  (one place says where the seeds are)

GOLD = SEEDS_GOLD


def evaluate_seeds(seeds: Path = SEEDS, gold_path: Path = GOLD) -> dict:
    """Build ``seeds``, score the graph against ``gold_path``; scores, junk and timing."""
    from aikg.graph import build

    gold = load_gold(gold_path)
    problems = validate_gold(gold)
    if problems:
        raise ValueError(f"{gold_path}: " + "; ".join(problems[:5]))
    started = time.perf_counter()
    result = build([seeds])
    seconds = time.perf_counter() - started
    return {
        "scores": score(result.graph, gold),
        "junk": junk_report(result.graph),
        "build_seconds": round(seconds, 2),
        "summary": result.summary(),
        "errors": [f"{e.path}: {e.reason}" for e in result.errors],
        "warnings": list(result.warnings),
    }


def report_text(outcome: dict, max_listed: int | None = None, show_matched: bool = False) -> str:
    """The printed report: build summary, score table, junk ratio, misses and extras."""
    junk = outcome["junk"]
    head = [f"build: {outcome['summary']} in {outcome['build_seconds']} s"]
    head += [f"build error: {e}" for e in outcome["errors"]]
    table = format_scores(outcome["scores"], max_listed, show_matched)
    first, _, rest = table.partition("\n\n")
    lines = [
        *head,
        "",
        first,
        "",
        f"junk names: {junk['junk']}/{junk['checked']} ({junk['ratio']:.1%})",
    ]
    lines += [f"  - {j['label']} {j['name']!r}: {j['reason']}" for j in junk["items"][:max_listed]]
    if rest:
        lines += ["", rest]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold file (JSON)")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="folder of seed reports")
    parser.add_argument("--check", action="store_true", help="exit 1 below the threshold")
    parser.add_argument("--threshold", type=float, default=0.95)
    parser.add_argument("--max-listed", type=int, default=None, help="misses/extras shown")
    parser.add_argument("--show-matched", action="store_true", help="list every match too")
    parser.add_argument("--json", type=Path, help="also write the full outcome here")
    args = parser.parse_args(argv)
    outcome = evaluate_seeds(args.seeds, args.gold)
    print(report_text(outcome, args.max_listed, args.show_matched))
    if args.json:
        args.json.write_text(json.dumps(outcome, ensure_ascii=False, indent=1), "utf-8")
    failed = failures(outcome["scores"], args.threshold)
    if failed:
        print("\nbelow threshold: " + "; ".join(failed))
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
