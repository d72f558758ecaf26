"""Small invented reports with planted changes, written at test time, and helpers to build
and update a folder through the command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner, Result

from aikg.graph.cli import main
from aikg.graph.outputs import load_build

# the seeds split by report date: the early ones built first, the late ones added after
EARLY = ("001", "004", "003")  # 2024-12, 2025-10, 2025-11
LATE = ("000", "002")  # 2025-12, 2026-06


def copy_seeds(seeds_dir: Path, folder: Path, prefixes: tuple[str, ...]) -> Path:
    """The seeds with these number prefixes copied into ``folder`` (made if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    for prefix in prefixes:
        [path] = seeds_dir.glob(f"{prefix}_*.txt")
        shutil.copy(path, folder / path.name)
    return folder


# March: Ostrava Dynamics is only in talks to invest in Pellucid AI, so the money loop
# Ostrava -> Pellucid -> Harrowgate -> Ostrava is tentative and not counted.
MARCH = """Compute Finance Review, March 2033

## Transactions

In March 2033, Ostrava Dynamics was in talks to invest $6 billion in Pellucid AI. \
Pellucid AI signed a $3.2 billion compute contract with Harrowgate Cloud, which will supply \
capacity through 2036. Harrowgate Cloud will spend $2.4 billion to buy Ostrava Dynamics' \
Tarn-4 accelerators.
"""

# April: the investment is signed (status change, the loop closes), a new investor and a
# new model appear.
APRIL = """Compute Finance Review, April 2033

## Transactions

In March 2033, Ostrava Dynamics signed an agreement to invest $6 billion in Pellucid AI. \
Brisa Robotics agreed to invest $500 million in Harrowgate Cloud.

## AI dynamics

1) Pellucid AI: released the Quill-7 model.
"""

# Two April strategy notes of the same date: one investment and one rating row, with
# other figures in the second (a conflict each).
_RATED = """互联网行业 2033 年 4 月投资策略

## 行业动态

2033年4月,栖霞视觉宣布向木棉智造投资 {amount} 亿美元。

重点公司盈利预测及投资评级

公司代码\t公司名称\t投资评级\t昨收盘 (港元)\t总市值 (百万港元)\tEPS\t\tPE\t
\t\t\t\t\t2033E\t2034E\t2033E\t2034E
8801.HK\t栖霞视觉\t优于大市\t{price}\t120,000\t{eps}\t2.60\t24.8\t20.0

资料来源：Wind
"""
NOTE_ONE = _RATED.format(amount="1", price="52.0", eps="2.10")
NOTE_TWO = _RATED.format(amount="1.5", price="55.5", eps="2.30")


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def aikg(*args: str | Path) -> Result:
    """Run the command line in this process; the result keeps stdout and stderr apart."""
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def changes_of(build: Path) -> dict:
    return json.loads((build / "changes.json").read_text("utf-8"))


def canonical(build: Path) -> tuple[dict, dict]:
    """A build's graph as comparable data: nodes and edges with all their properties."""
    G = load_build(build)
    dump = lambda d: json.dumps(d, sort_keys=True, ensure_ascii=False)  # noqa: E731
    nodes = {n: dump(d) for n, d in G.nodes(data=True)}
    edges = {(u, v, k): dump(d) for u, v, k, d in G.edges(keys=True, data=True)}
    return nodes, edges


def report_id(build: Path, path: Path) -> str:
    """The report id the build gave a file."""
    rows = json.loads((build / "manifest.json").read_text("utf-8"))["documents"]
    return next(r["report_id"] for r in rows if Path(r["path"]).resolve() == path.resolve())
