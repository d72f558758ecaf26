"""The outputs of a build do not depend on Python's hash seed: two builds of the same
reports in processes with different PYTHONHASHSEED write the same bytes (map.html sorted
a set of search keys by length only, so names of one length came in the seed's order; and
the force layout of a map over 1,400 nodes took its core's edges from a subgraph view,
which then iterates a set of the core's nodes)."""

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


# the positions of a map of 2,000 nodes (its core of 700 laid out by force), as a digest
_LAYOUT_CHILD = """
import hashlib, random
import networkx as nx
from aikg.graph.outputs.maps.layout import layout
rng = random.Random(3)
H = nx.MultiDiGraph()
names = [f"company:c{i}" for i in range(2000)]
for _ in range(4000):
    H.add_edge(rng.choice(names), rng.choice(names))
print(hashlib.sha1(repr(sorted(layout(H).items())).encode()).hexdigest())
"""


def test_the_layout_of_a_large_map_does_not_follow_the_hash_seed():
    digests = {
        subprocess.run(
            [sys.executable, "-c", _LAYOUT_CHILD],
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1
