"""What an update or a build of text reports does not import: pyvis (and the IPython it
brings) is only for :func:`aikg.graph.outputs.build_network`, pdfplumber and pdfminer only
for a PDF. Each costs about half a second of CPU that an update adding one text report
to a large build would pay for nothing (issue #14)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from aikg.graph.outputs.maps import page

HEAVY = ("pyvis", "IPython", "pdfplumber", "pdfminer")

_CHILD = """
import json, sys
from pathlib import Path
import aikg.graph.cli
from aikg.graph.incremental.rebuild import update_build
from aikg.graph.pipeline import process_document
folder = Path(sys.argv[1])
report = folder / "note.txt"
report.write_text("# Note\\n\\nAcme Corp signed a supply agreement with Beta Ltd.\\n", "utf-8")
process_document(report)
from aikg.graph.outputs import maps, write_outputs
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})))
"""


def test_text_reports_and_outputs_import_no_map_or_pdf_library(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = set(json.loads(out.stdout.splitlines()[-1]))
    assert not loaded.intersection(HEAVY), sorted(loaded.intersection(HEAVY))


def test_the_map_finds_vis_network_without_importing_pyvis() -> None:
    script, style = page._vis_assets()
    assert "vis" in script and len(script) > 100_000 and style.strip()
    import importlib.resources

    lib = importlib.resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    assert script == (lib / "vis-network.min.js").read_text("utf-8")


def test_build_network_still_makes_a_pyvis_network() -> None:
    import networkx as nx

    from aikg.graph.outputs import build_network

    G = nx.MultiDiGraph()
    G.add_node("company:a", label="Company", name="A")
    G.add_node("company:b", label="Company", name="B")
    G.add_edge("company:a", "company:b", key="k", type="PARTNERS_WITH")
    net = build_network(G)
    assert type(net).__module__ == "pyvis.network"
    assert {n["id"] for n in net.nodes} >= {"company:a", "company:b"}
