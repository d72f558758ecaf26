"""The outputs of a build do not depend on Python's hash seed: two builds of the same
reports in processes with different PYTHONHASHSEED write the same bytes (map.html sorted
a set of search keys by length only, so names of one length came in the seed's order)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FILES = ("map.html", "graph.json", "graph.graphml", "report.md")


def _build(seeds: Path, out: Path, seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    code = (
        "import sys; from aikg.graph.cli import main; "
        "main(['build', sys.argv[1], '--out', sys.argv[2], '--jobs', '1', '--quiet'], "
        "standalone_mode=False)"
    )
    subprocess.run([sys.executable, "-c", code, str(seeds), str(out)], env=env, check=True)


def test_two_builds_under_different_hash_seeds_write_the_same_files(seeds_dir, tmp_path):
    _build(seeds_dir, tmp_path / "a", "1")
    _build(seeds_dir, tmp_path / "b", "2")
    for name in FILES:
        a, b = (tmp_path / "a" / name).read_bytes(), (tmp_path / "b" / name).read_bytes()
        assert a == b, f"{name} differs between hash seeds"
