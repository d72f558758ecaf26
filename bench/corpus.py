"""Benchmark corpus: N invented reports with the facts they plant, as text or PDF.

    python bench/corpus.py --reports 100 --out /tmp/corpus [--pdf]
    aikg build /tmp/corpus/reports --out /tmp/corpus-build
    aikg eval /tmp/corpus-build --gold /tmp/corpus/gold.json

Reports cycle through the three layouts of :mod:`corpus_layouts` (Chinese monthly
strategy, Chinese thematic deep-dive, English note), over monthly periods from 2023-01
on, about a shared invented world (:class:`corpus_layouts.Universe`) drawn from
``random.Random(seed)``. ``gold.json`` lists every planted fact (the format ``aikg eval
--gold`` reads) and ``names.json`` every planted company name, to check none is merged.
With ``--pdf`` the reports are rendered to PDF (tests/support/pdfgen.py) instead.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent / "tests"))
from corpus_layouts import LAYOUTS, Draft, Universe  # noqa: E402

from aikg.graph.evaluation.gold import CATEGORIES  # noqa: E402

SIZES = (10, 100, 1_000, 10_000)


def report_period(index: int) -> tuple[int, int]:
    """The (year, month) of the ``index``-th report: one month after the other from 2023-01."""
    return 2023 + (index // 12) % 4, index % 12 + 1


def draft_reports(count: int, seed: int = 0) -> list[Draft]:
    """The ``count`` reports of the corpus, each with its text and planted facts."""
    world = Universe.sized(count, seed)
    drafts = []
    for index in range(count):
        layout = list(LAYOUTS)[index % len(LAYOUTS)]
        write, _ = LAYOUTS[layout]
        year, month = report_period(index)
        draft = Draft(f"c{index:05d}_{layout}_{year}-{month:02d}")
        write(draft, world, random.Random(f"{seed}:{index}"), year, month)
        drafts.append(draft)
    return drafts


def gold_of(drafts: list[Draft]) -> dict:
    """The gold file of the corpus: every planted fact, per category."""
    gold: dict = {
        "_doc": ["Facts planted by bench/corpus.py; names and sentences are invented."],
        "version": 1,
        "reports": {d.stem: "benchmark corpus report" for d in drafts},
    }
    for category in CATEGORIES:
        gold[category] = [item for d in drafts for item in d.gold.get(category, [])]
    return gold


def planted_names(drafts: list[Draft]) -> list[str]:
    """Every company name a fact of the corpus names (payers, investors, makers...)."""
    keys = ("maker", "investor", "investee", "payer", "payee", "vendor")
    names = {
        name
        for d in drafts
        for items in d.gold.values()
        for item in items
        for key in keys
        for name in item.get(key, [])
    }
    names |= {
        item["company"][0] if isinstance(item["company"], list) else item["company"]
        for d in drafts
        for item in d.gold.get("ratings", [])
    }
    return sorted(names)


def pdf_text(text: str) -> str:
    """Markdown pipe tables as the tab-separated rows the PDF renderer draws as ruled
    tables (their ``| --- |`` rule lines dropped); other lines as they are."""
    lines = []
    for line in text.split("\n"):
        if line.startswith("| ---"):
            continue
        if line.startswith("|") and line.endswith("|"):
            line = "\t".join(cell.strip() for cell in line.strip("|").split("|"))
        lines.append(line)
    return "\n".join(lines)


def write_corpus(count: int, out: Path, *, seed: int = 0, pdf: bool = False) -> dict:
    """Write ``count`` reports to ``out/reports`` and ``gold.json``, ``names.json`` to
    ``out``; returns a summary (reports, facts per category, names)."""
    drafts = draft_reports(count, seed)
    folder = out / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    for draft in drafts:
        suffix = LAYOUTS[draft.stem.split("_", 1)[1].rsplit("_", 1)[0]][1]
        if pdf:
            from support.pdfgen import text_to_pdf

            text_to_pdf(pdf_text(draft.text()), folder / f"{draft.stem}.pdf", title=draft.stem)
        else:
            (folder / f"{draft.stem}{suffix}").write_text(draft.text(), "utf-8")
    gold = gold_of(drafts)
    names = planted_names(drafts)
    (out / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), "utf-8")
    (out / "names.json").write_text(json.dumps(names, ensure_ascii=False, indent=0), "utf-8")
    return {
        "reports": count,
        "facts": {c: len(gold[c]) for c in CATEGORIES if gold[c]},
        "names": len(names),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10, help=f"how many (sizes: {SIZES})")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--pdf", action="store_true", help="render the reports to PDF")
    args = parser.parse_args(argv)
    if args.reports < 1:
        print(f"--reports {args.reports}: must be at least 1", file=sys.stderr)
        return 2
    print(json.dumps(write_corpus(args.reports, args.out, seed=args.seed, pdf=args.pdf)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
