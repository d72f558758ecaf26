"""Where extraction's CPU goes: cProfile of ``segment`` + ``extract_report`` over a corpus.

    python bench/profile_extraction.py tests/corpus/dev/zh tests/corpus/dev/en
    python bench/profile_extraction.py --bench 100            # N bench text reports (seed 11)
    python bench/profile_extraction.py --bench 30 --pdf --top 30 --out /tmp/x.prof

Every document is read first (not profiled) and one warm-up document is extracted (the
rules, the name matcher and jieba load), then ``segment`` + ``extract_report`` of every
document runs under cProfile. Prints the CPU seconds of reading and of extracting (their
ratio is the ``build PDFs: extraction`` row's, measured on these files) and the top
functions by cumulative and by own time. ``--out`` keeps the profile for pstats or
snakeviz. ``--repeat R`` extracts the corpus R times unprofiled and prints the best pass
(for before/after timings: no profiler overhead).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))


def corpus_paths(folders: list[str], bench: int, pdf: bool, tmp: Path) -> list[Path]:
    """The documents profiled: those of ``folders`` and ``bench`` bench reports."""
    paths = [
        p
        for folder in folders
        for p in sorted(Path(folder).iterdir())
        if p.suffix in (".md", ".txt", ".pdf")
    ]
    if bench:
        from corpus import write_corpus

        write_corpus(bench, tmp, seed=11, pdf=pdf)
        paths += sorted((tmp / "reports").iterdir())
    return paths


def extract_all(docs) -> None:
    from aikg.extractors.document import segment
    from aikg.graph.pipeline import extract_report

    for doc in docs:
        extract_report(segment(doc))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", help="folders of reports")
    parser.add_argument("--bench", type=int, default=0, help="bench reports added (seed 11)")
    parser.add_argument("--pdf", action="store_true", help="bench reports as PDFs")
    parser.add_argument("--top", type=int, default=20, help="functions listed per order")
    parser.add_argument("--out", type=Path, help="keep the profile here")
    parser.add_argument("--repeat", type=int, default=0, help="unprofiled timing passes")
    args = parser.parse_args(argv)

    from aikg.extractors.document import read_document

    with tempfile.TemporaryDirectory() as tmp:
        paths = corpus_paths(args.folders, args.bench, args.pdf, Path(tmp))
        started = time.process_time()
        docs = [read_document(p) for p in paths]
        read = time.process_time() - started
    extract_all(docs[:1])  # warm-up: rules, name matcher, jieba
    if args.repeat:
        passes = []
        for _ in range(args.repeat):
            started = time.process_time()
            extract_all(docs)
            passes.append(time.process_time() - started)
        best = min(passes)
        print(f"{len(docs)} documents: read {read:.2f} s CPU; extract best of {args.repeat} "
              f"{best:.2f} s ({best / read:.2f}x reading); passes "
              + ", ".join(f"{p:.2f}" for p in passes))  # fmt: skip
        return 0
    profile = cProfile.Profile()  # wall clock: a CPU timer is a system call per event
    started = time.process_time()
    profile.enable()
    extract_all(docs)
    profile.disable()
    extract = time.process_time() - started
    print(f"{len(docs)} documents: read {read:.2f} s CPU, extract {extract:.2f} s "
          f"under the profiler ({extract / read:.2f}x reading)")  # fmt: skip
    if args.out:
        profile.dump_stats(args.out)
    for order in ("cumulative", "tottime"):
        text = io.StringIO()
        pstats.Stats(profile, stream=text).strip_dirs().sort_stats(order).print_stats(args.top)
        print(f"--- top {args.top} by {order}")
        print(text.getvalue().split("ncalls", 1)[-1].join(("ncalls", "")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
