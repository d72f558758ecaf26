"""The map page: one self-contained HTML file (vis-network inlined, the graph as JSON)
with a title, a search box that finds a node by any of its names, the node count, notes
on what was left out, and the legend from the schema.

Positions come from :mod:`.layout`, so the browser only draws; up to
``PHYSICS_MAX_NODES`` nodes, physics then tidies the drawn picture for two seconds.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import networkx as nx

from aikg.graph.analysis.loops import LoopSearch
from aikg.graph.outputs.maps.details import edge_tooltip, node_tooltip, report_titles
from aikg.graph.outputs.maps.layout import PHYSICS_MAX_NODES, edge_width, layout, node_sizes
from aikg.graph.outputs.maps.views import HIDDEN_LABELS, MapView, select
from aikg.schema import LABELS

__all__ = ["legend_html", "map_data", "map_html", "map_page", "write_map"]

LOOP_COLOR = "#d62728"
EDGE_COLOR = "#9aa5b1"
CAPTION = 28  # characters of a node's caption
INNER_CAPTION = 14  # ... for shapes that hold their caption inside (box, ellipse)
_INNER_SHAPES = frozenset({"box", "ellipse", "database", "text", "circle"})
CAPTIONED_MAX = 1500  # a large map captions only its biggest nodes (search finds them all)


def _vis_assets() -> tuple[str, str]:
    """vis-network's script and stylesheet, as pyvis ships them (no network needed);
    found without importing pyvis, whose import (IPython's with it) costs more than an
    update's map."""
    spec = find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pyvis, whose vis-network the map inlines, is not installed")
    lib = Path(next(iter(spec.submodule_search_locations))) / "templates" / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text("utf-8"), (lib / "vis-network.css").read_text(
        "utf-8"
    )


def loop_pairs(loops: LoopSearch | None) -> set[tuple[str, str]]:
    """The (source, target) edges money loops run along: payer -> event -> payee."""
    pairs: set[tuple[str, str]] = set()
    for loop in loops.to_json().get("loops", []) if loops is not None else []:
        for hop in loop["hops"]:
            for flow in hop["flows"]:
                pairs.update({(hop["from"], flow["flow"]), (flow["flow"], hop["to"])})
    return pairs


def _search_keys(attrs: dict[str, Any], node: str) -> list[str]:
    names = [str(attrs.get("name") or node), *map(str, attrs.get("aliases") or ())]
    if attrs.get("title"):
        names.append(str(attrs["title"]))
    # by length, then by text: a set's order follows the hash seed, the page must not
    return sorted({n.strip().casefold() for n in names if n.strip()}, key=lambda k: (len(k), k))


def _changed_around(G: nx.MultiDiGraph, changed: set) -> set:
    """The nodes whose tooltip may read one of the ``changed`` elements: a changed node
    and its neighbours, the two ends of a changed relationship."""
    around: set = set()
    for item in changed:
        if isinstance(item, tuple):
            around.update(item[:2])
        elif item in G:
            around.add(item)
            around.update(G._succ[item])
            around.update(G._pred[item])
    return around


def _tooltips(G: nx.MultiDiGraph, H: nx.MultiDiGraph, titles: dict, memo: Any) -> dict:
    """The tooltip of each node of ``H``: kept in ``memo`` where neither the node nor
    what its tooltip reads changed (see :mod:`aikg.graph.outputs.memo`), else made."""
    kept: dict = {}
    if memo is not None and memo.tooltip_reuse(titles):
        around = _changed_around(G, memo.changed)
        kept = {n: t for n, t in memo.tooltips.items() if n not in around}
    tips = {}
    for node in H:
        tip = kept.get(node)
        tips[node] = node_tooltip(G, node, titles) if tip is None else tip
    if memo is not None:
        memo.took("tooltip", sum(node in kept for node in H))
        memo.new_tooltips.update(tips)
        memo.new_titles = titles
    return tips


def _edge_tooltips(titles: dict, memo: Any) -> Callable[[tuple, dict, tuple], str]:
    """The tooltip of a relationship (``(u, v, key)``, its attributes, the names of its
    ends): kept in ``memo`` where the relationship did not change and its ends have the
    names it was made with (see :mod:`aikg.graph.outputs.memo`), else made."""
    kept = memo.edge_tooltips if memo is not None and memo.tooltip_reuse(titles) else {}

    def tip(edge: tuple, attrs: dict, names: tuple) -> str:
        entry = kept.get(edge)
        if entry is not None and entry[0] == names and memo.unchanged(edge):
            text = entry[1]
            memo.took("edge tooltip")
        else:
            text = edge_tooltip(attrs, titles, names)
        if memo is not None:
            memo.new_edge_tooltips[edge] = (names, text)
        return text

    return tip


def map_data(
    G: nx.MultiDiGraph,
    view: MapView | None = None,
    loops: LoopSearch | None = None,
    memo: Any = None,
) -> dict[str, Any]:
    """Everything the page draws: nodes and edges as vis-network wants them, the notes on
    what was left out, and the options (physics only for small maps). ``memo`` (an
    :class:`~aikg.graph.outputs.memo.OutputMemo`): the previous build's layout and
    tooltips, taken where they are provably the same."""
    H, notes, centre = select(G, view or MapView())
    titles = report_titles(G)
    pos = layout(H, memo=memo)
    tips = _tooltips(G, H, titles, memo)
    sizes = node_sizes(H)
    on_loop = loop_pairs(loops)
    looped = {n for pair in on_loop for n in pair}
    nodes = []
    for rank, node in enumerate(sorted(H, key=lambda n: -sizes[n])):  # biggest found first
        attrs = G.nodes[node]
        lab = LABELS.get(attrs.get("label"))
        color = lab.color if lab else "#999999"
        name = str(attrs.get("name") or node)
        shape = lab.shape if lab else "dot"
        cut = INNER_CAPTION if shape in _INNER_SHAPES else CAPTION
        nodes.append(
            {
                "id": node,
                "label": _caption(name, cut, rank, len(H)),
                "name": name,
                "kind": attrs.get("label"),
                "title": tips[node],
                "shape": shape,
                "size": round(sizes[node], 1),
                "x": round(pos[node][0], 1),
                "y": round(pos[node][1], 1),
                "color": {"background": color, "border": LOOP_COLOR if node in looped else color},
                "borderWidth": 3 if node in looped or node in centre else 1,
                "font": {"size": 12 + int(sizes[node] / 4)},
                "search": _search_keys(attrs, node),
            }
        )
    edges = []
    edge_tip = _edge_tooltips(titles, memo)
    for u, v, k, attrs in H.edges(keys=True, data=True):
        event = G.nodes[v] if G.nodes[v].get("amount") is not None else G.nodes[u]
        width = edge_width(event.get("amount"), event.get("currency"))
        in_loop = (u, v) in on_loop
        names = (G.nodes[u].get("name", u), G.nodes[v].get("name", v))
        edges.append(
            {
                "from": u,
                "to": v,
                "title": edge_tip((u, v, k), attrs, names),
                "color": LOOP_COLOR if in_loop else EDGE_COLOR,
                "width": max(width, 3.0) if in_loop else width,
                "arrows": "to",
            }
        )
    return {"nodes": nodes, "edges": edges, "notes": notes, "options": _options(len(nodes))}


def _caption(name: str, cut: int, rank: int, n: int) -> str | None:
    """The caption drawn on a node: its name, cut to `cut` characters; none for the
    smaller nodes of a large map (drawing ten thousand captions is what makes it slow)."""
    if n > 2 * CAPTIONED_MAX and rank >= CAPTIONED_MAX:
        return None
    return name if len(name) <= cut else name[: cut - 1] + "…"


def _options(n: int) -> dict[str, Any]:
    small = n <= PHYSICS_MAX_NODES
    physics: dict[str, Any] = {"enabled": False}
    if small:
        physics = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120},
            "stabilization": {"enabled": False},  # draw at once, then tidy
        }
    return {
        "physics": physics,
        "layout": {"improvedLayout": False},
        "nodes": {"font": {"face": "Noto Sans CJK SC, Noto Sans, sans-serif"}},
        "edges": {"smooth": small, "arrows": {"to": {"scaleFactor": 0.5}}},
        "interaction": {
            "hover": n <= 3000,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": n > 1000,
            "hideEdgesOnZoom": n > 3000,
        },
    }


def legend_html() -> str:
    """The map legend, generated from the schema's labels."""
    items = "".join(
        f'<div><span class="swatch" style="background:{lab.color}"></span>'
        f"{html.escape(lab.name)} <small>({html.escape(lab.shape)})</small></div>"
        for lab in LABELS.values()
        if lab.name not in HIDDEN_LABELS
    )
    return (
        f'<details id="aikg-legend" open><summary>labels</summary>{items}'
        f'<div><span style="color:{LOOP_COLOR}">━</span> money loop · '
        "edge width: amount · node size: PageRank</div></details>"
    )


_STYLE = """
html, body { margin: 0; height: 100%; font: 13px "Noto Sans CJK SC", "Noto Sans", sans-serif; }
#aikg-network { position: absolute; inset: 0; background: #ffffff; }
#aikg-panel { position: fixed; top: 10px; left: 10px; z-index: 10; max-width: 340px;
  background: rgba(255,255,255,.94); padding: 8px 12px; border: 1px solid #ccc;
  border-radius: 4px; }
#aikg-panel h1 { font-size: 15px; margin: 0 0 6px; }
#aikg-search input { width: 230px; }
#aikg-status { margin: 4px 0; color: #333; }
#aikg-notes { color: #666; font-size: 12px; margin: 4px 0; }
.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 6px; border-radius: 2px; }
div.vis-tooltip { white-space: pre-wrap !important; max-width: 440px; overflow-wrap: anywhere;
  font: 12px/1.45 "Noto Sans CJK SC", "Noto Sans", sans-serif; padding: 8px; }
"""

_SCRIPT = """
(function () {
  const data = JSON.parse(document.getElementById('aikg-data').textContent);
  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const body = document.body;
  const network = new vis.Network(document.getElementById('aikg-network'),
                                  {nodes: nodes, edges: edges}, data.options);
  window.aikgNetwork = network;
  network.once('afterDrawing', function () { body.dataset.drawn = String(performance.now()); });
  if (data.options.physics.enabled) {
    setTimeout(function () {
      network.setOptions({physics: {enabled: false}});
      if (!body.dataset.found) network.fit({animation: false});
    }, 2000);
  }
  const names = document.getElementById('aikg-names');
  data.nodes.slice(0, 5000).forEach(function (n) {
    const option = document.createElement('option');
    option.value = n.name;
    names.appendChild(option);
  });
  function find(query) {
    const q = query.trim().toLowerCase();
    if (!q) return null;
    const tests = [k => k === q, k => k.startsWith(q), k => k.includes(q)];
    for (const test of tests) {
      for (const n of data.nodes) { if (n.search.some(test)) return n; }
    }
    return null;
  }
  const status = document.getElementById('aikg-status');
  document.getElementById('aikg-search').addEventListener('submit', function (event) {
    event.preventDefault();
    const query = document.getElementById('aikg-query').value;
    const hit = find(query);
    if (!hit) {
      status.textContent = 'no node called “' + query + '”';
      delete body.dataset.found;
      return;
    }
    network.selectNodes([hit.id]);
    network.focus(hit.id, {scale: 1.3, animation: false});
    status.textContent = 'found ' + hit.name + ' (' + hit.kind + ')';
    body.dataset.found = hit.id;
  });
})();
"""


def map_page(data: dict[str, Any], title: str) -> str:
    """The HTML page of `data` (see :func:`map_data`)."""
    script, style = _vis_assets()
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    n, m = len(data["nodes"]), len(data["edges"])
    notes = "".join(f"<div>{html.escape(note)}</div>" for note in data["notes"])
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>{html.escape(title)}</title>
<style>{style}</style>
<style>{_STYLE}</style>
<script>{script}</script>
</head>
<body>
<div id="aikg-network"></div>
<div id="aikg-panel">
<h1>{html.escape(title)}</h1>
<form id="aikg-search"><input id="aikg-query" list="aikg-names" autocomplete="off"
 placeholder="find a node: 英伟达, OpenAI…"> <button>find</button></form>
<datalist id="aikg-names"></datalist>
<div id="aikg-count" data-nodes="{n}" data-edges="{m}">{n:,} nodes, {m:,} edges</div>
<div id="aikg-status"></div>
<div id="aikg-notes">{notes}</div>
{legend_html()}
</div>
<script type="application/json" id="aikg-data">{payload}</script>
<script>{_SCRIPT}</script>
</body>
</html>
"""


def map_html(
    G: nx.MultiDiGraph,
    loops: LoopSearch | None = None,
    view: MapView | None = None,
    memo: Any = None,
) -> str:
    """The interactive map of `view` as the text of an HTML file that opens offline.
    ValueError, naming the option, when the view asks for something the graph lacks.
    ``memo``: as for :func:`map_data`."""
    view = view or MapView()
    return map_page(map_data(G, view, loops, memo), f"aikg map: {view.describe()}")


def write_map(
    G: nx.MultiDiGraph,
    path: str | Path,
    loops: LoopSearch | None = None,
    view: MapView | None = None,
    memo: Any = None,
) -> Path:
    """Write :func:`map_html` to ``path``."""
    path = Path(path)
    path.write_text(map_html(G, loops, view, memo), encoding="utf-8")
    return path
