"""Graph files before and after a speed change: build the reference corpora, compare bytes.

    python bench/same_graphs.py --out /tmp/before            # on the old code
    python bench/same_graphs.py --out /tmp/after --against /tmp/before

Builds the seeds, dev zh, dev en, a bench corpus (``--pdf-reports`` PDFs of
``bench/corpus.py``, seed 11, as the build step of ``bench/run.py`` writes them) and the
six scored corpora rendered to PDF as ``tests/test_dev_pdf_corpora.py`` renders them
(``pdf-dev-zh``, ``pdf-heldout2-en``, ...; ``--only`` some of them) with ``aikg build``
and keeps each build's ``graph.json`` and ``graph.graphml`` under ``OUT/<corpus>/``.
With ``--against REF`` every kept file must be byte-identical to REF's: the script names
each file that differs and exits 1. A speed change must leave every graph file as it was.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))
from corpus import write_corpus  # noqa: E402
from support import SEEDS  # noqa: E402  (one place says where the seeds are)

KEPT = ("graph.json", "graph.graphml")


# The bench PDFs go to the same folder on every run: a report's path is in the graph.
BENCH_FOLDER = Path(tempfile.gettempdir()) / "aikg-same-graphs"


# The corpora the PDF corpus test renders, under the names this script gives them.
SCORED = ("dev/zh", "dev/en", "heldout/zh", "heldout/en", "heldout2/zh", "heldout2/en")


def rendered(corpus: str) -> Path:
    """The reports of ``tests/corpus/<corpus>`` as PDFs, rendered as the PDF corpus test
    renders them, into a folder of their own under :data:`BENCH_FOLDER`."""
    from support.markdown_pdf import report_to_pdf

    folder = BENCH_FOLDER / "corpora" / corpus.replace("/", "-")
    folder.mkdir(parents=True)
    for report in sorted((ROOT / "tests" / "corpus" / corpus).iterdir()):
        if report.suffix in (".md", ".txt"):
            report_to_pdf(report, folder / f"{report.stem}.pdf")
    return folder


def corpora(pdf_reports: int, only: list[str] | None) -> dict[str, Path]:
    """The corpora compared (those of ``only``, all by default): name -> input folder
    (the PDFs written afresh)."""
    shutil.rmtree(BENCH_FOLDER, ignore_errors=True)
    write_corpus(pdf_reports, BENCH_FOLDER, seed=11, pdf=True)
    found = {
        "seeds": SEEDS,
        "dev-zh": ROOT / "tests" / "corpus" / "dev" / "zh",
        "dev-en": ROOT / "tests" / "corpus" / "dev" / "en",
        f"bench-pdf-{pdf_reports}": BENCH_FOLDER / "reports",
    }
    for corpus in SCORED:
        name = "pdf-" + corpus.replace("/", "-")
        if only is None or name in only:
            found[name] = rendered(corpus)
    return found


def build_into(folder: Path, out: Path, jobs: int) -> None:
    """``aikg build folder`` (in a child process, as a user runs it); keep the graph files."""
    with tempfile.TemporaryDirectory() as tmp:
        command = [str(Path(sys.executable).parent / "aikg"), "build", str(folder)]
        command += ["--out", tmp, "-q", "--jobs", str(jobs)]
        subprocess.run(command, check=True, capture_output=True, text=True)
        out.mkdir(parents=True, exist_ok=True)
        for name in KEPT:
            shutil.copyfile(Path(tmp) / name, out / name)


def differing(out: Path, reference: Path) -> list[str]:
    """The kept files under ``out`` that are missing from ``reference`` or differ in a byte."""
    bad = []
    for path in sorted(out.rglob("*")):
        if path.is_file():
            other = reference / path.relative_to(out)
            if not other.is_file() or not filecmp.cmp(path, other, shallow=False):
                bad.append(str(path.relative_to(out)))
    return bad


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the graph files")
    parser.add_argument("--against", type=Path, help="a folder an earlier run wrote")
    parser.add_argument("--pdf-reports", type=int, default=30, help="bench PDFs built")
    parser.add_argument("--jobs", type=int, default=1, help="processes per build")
    parser.add_argument(
        "--only", help="comma-separated corpora (seeds, dev-zh, dev-en, bench, pdf-dev-zh, ...)"
    )
    args = parser.parse_args(argv)
    if args.against and not args.against.is_dir():
        print(f"--against {args.against}: no such folder", file=sys.stderr)
        return 2
    only = args.only.split(",") if args.only else None
    for name, folder in corpora(args.pdf_reports, only).items():
        if only is None or name.split("-pdf")[0] in only:
            build_into(folder, args.out / name, args.jobs)
            print(f"built {name}", flush=True)
    if not args.against:
        return 0
    bad = differing(args.out, args.against)
    for name in bad:
        print(f"differs: {name}")
    print("graph files: " + ("DIFFERENT" if bad else "byte-identical"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
