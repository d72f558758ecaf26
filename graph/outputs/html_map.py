"""An interactive pyvis map of the graph: colour and shape by label (from the schema),
a legend, tooltips with properties and evidence, money loops highlighted.

The page is self-contained (vis-network inlined), so it opens without a network.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network

from aikg.graph.analysis.loops import LoopSearch
from aikg.schema import LABELS

HIDDEN_TYPES = {"MENTIONS"}  # provenance lives in tooltips, not as map edges
HIDDEN_LABELS = {"Report"}
_SKIP_PROPS = {
    "label",
    "name",
    "aliases",
    "reports",
    "evidence_reports",
    "evidence_texts",
    "evidence_locators",
    "type",
}


def _tooltip(attrs: dict[str, Any], heading: str, max_evidence: int = 3) -> str:
    lines = [heading]
    if attrs.get("aliases"):
        lines.append("aliases: " + ", ".join(map(str, attrs["aliases"][:12])))
    for key, value in attrs.items():
        if key in _SKIP_PROPS or value in (None, "", []):
            continue
        if isinstance(value, list):
            value = ", ".join(map(str, value))
        lines.append(f"{key}: {value}")
    texts = attrs.get("evidence_texts") or []
    reports = attrs.get("evidence_reports") or []
    for text, report in list(zip(texts, reports, strict=False))[:max_evidence]:
        snippet = text if len(text) <= 160 else text[:157] + "..."
        lines.append(f"[{report}] {snippet}")
    if len(texts) > max_evidence:
        lines.append(f"(+{len(texts) - max_evidence} more pieces of evidence)")
    if attrs.get("reports"):
        lines.append("reports: " + ", ".join(attrs["reports"]))
    return "\n".join(lines)


def legend_html() -> str:
    """The map legend, generated from the schema's labels."""
    items = "".join(
        f'<div><span style="display:inline-block;width:12px;height:12px;'
        f'background:{lab.color};margin-right:6px;border-radius:2px"></span>'
        f"{html.escape(lab.name)} <small>({html.escape(lab.shape)})</small></div>"
        for lab in LABELS.values()
        if lab.name not in HIDDEN_LABELS
    )
    return (
        '<div id="aikg-legend" style="position:fixed;top:10px;left:10px;z-index:10;'
        "background:rgba(255,255,255,.92);padding:8px 12px;border:1px solid #ccc;"
        'font:13px sans-serif;border-radius:4px"><b>aikg</b> — labels'
        f"{items}<div style='margin-top:6px'><span style='color:#d62728'>━</span> "
        "money loop</div></div>"
    )


def build_network(G: nx.MultiDiGraph, loops: LoopSearch | None = None) -> Network:
    """The pyvis network for ``G`` (Report nodes and MENTIONS edges left out)."""
    loop_pairs: set[tuple[str, str]] = set()
    if loops is not None:
        # Money runs payer -> Investment/Deal node -> payee in the typed graph.
        for loop in loops.to_json().get("loops", []):
            for hop in loop["hops"]:
                for flow in hop["flows"]:
                    loop_pairs.update({(hop["from"], flow["flow"]), (flow["flow"], hop["to"])})
    net = Network(
        height="900px", width="100%", directed=True, cdn_resources="in_line", bgcolor="#ffffff"
    )
    net.force_atlas_2based(gravity=-60, spring_length=120)
    shown = [n for n, d in G.nodes(data=True) if d.get("label") not in HIDDEN_LABELS]
    degree = dict(G.degree(shown))
    for node in shown:
        attrs = G.nodes[node]
        lab = LABELS.get(attrs["label"])
        net.add_node(
            node,
            label=str(attrs.get("name", node))[:40],
            title=_tooltip(attrs, f"{attrs['label']}: {attrs.get('name', node)}"),
            color=lab.color if lab else "#999999",
            shape=lab.shape if lab else "dot",
            size=10 + min(30, 2 * degree.get(node, 0)),
            font={"size": 14 + min(22, degree.get(node, 0))},
        )
    shown_set = set(shown)
    for u, v, attrs in G.edges(data=True):
        if attrs.get("type") in HIDDEN_TYPES or u not in shown_set or v not in shown_set:
            continue
        in_loop = (u, v) in loop_pairs
        net.add_edge(
            u,
            v,
            title=_tooltip(attrs, attrs["type"]),
            color="#d62728" if in_loop else "#9aa5b1",
            width=3 if in_loop else 1,
            arrows="to",
        )
    return net


def write_map(G: nx.MultiDiGraph, path: str | Path, loops: LoopSearch | None = None) -> Path:
    """Write the interactive map to ``path`` (an HTML file that opens offline)."""
    net = build_network(G, loops)
    page = net.generate_html(notebook=False)
    # pyvis links Bootstrap from a CDN for its card frame; the map needs none of it, and
    # the page must open without a network.
    page = re.sub(r'<(link|script)[^>]+(href|src)="https?://[^"]*"[^>]*>(\s*</script>)?', "", page)
    page = page.replace("<body>", "<body>\n" + legend_html(), 1)
    page = page.replace("<title>", "<title>aikg map", 1) if "<title>" in page else page
    path = Path(path)
    path.write_text(page, encoding="utf-8")
    return path
