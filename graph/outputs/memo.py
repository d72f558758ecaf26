"""What a build's outputs can take, as it was, from the outputs of the build before.

A build folder with a cache (``aikg build`` keeps one for updates) also keeps
``cache/outputs-memo.pickle``, which :func:`~aikg.graph.outputs.write.write_outputs`
reads before writing and writes after:

- the map's force layout (:func:`aikg.graph.outputs.maps.layout.layout`), by a digest
  of its whole input (the number of core nodes, their edges as the layout indexes them,
  the seed and the iterations): equal inputs give the same positions bit for bit, so a
  full build and an update both take it when the core the layout sees is unchanged;
- each map node's and relationship's tooltip and each element's GraphML text,
  which an update takes only for an element it did not change (``changed``: the
  elements whose attributes the update's continued builder touched,
  :attr:`aikg.graph.assemble.GraphBuilder.touched`; a node's tooltip also reads its
  relationships and neighbours, a relationship's the names of its ends, which must be
  the names it was made with), and only when the memo was written for the build that
  update continues (the same reports) by this code (a digest of the output modules).
  Without ``changed`` (a full build, or an update that took the full path) every
  tooltip and text is made anew.

The file is sealed like the other pickles of the cache
(:mod:`aikg.graph.incremental.stamped`): a file of another user or machine reads as
missing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["MEMO_FILE", "OutputMemo", "outputs_version"]

MEMO_FILE = "outputs-memo.pickle"
_FORMAT = 1
# the modules whose code decides what the memo holds
_OUTPUT_MODULES = (
    "aikg.graph.outputs.write",
    "aikg.graph.outputs.memo",
    "aikg.graph.outputs.text",
    "aikg.graph.outputs.maps.layout",
    "aikg.graph.outputs.maps.details",
    "aikg.graph.outputs.maps.page",
    "aikg.graph.outputs.maps.views",
)


def outputs_version() -> str:
    """A digest of aikg's version and the code of the output modules."""
    from aikg.graph.incremental.fingerprint import modules_digest
    from aikg.graph.incremental.manifest import aikg_version

    return modules_digest(aikg_version(), _OUTPUT_MODULES)


@dataclass
class OutputMemo:
    """The kept parts of one build's outputs (see the module), and those of the build
    being written, collected for the next one (``new_*``)."""

    reports: list[str] = field(default_factory=list)  # report ids of the kept build
    layouts: dict[str, bytes] = field(default_factory=dict)
    tooltips: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    graphml: dict[Any, tuple[str, tuple]] = field(default_factory=dict)
    # (u, v, key) -> (the names of its ends, the tooltip)
    edge_tooltips: dict[tuple, tuple[tuple, str]] = field(default_factory=dict)
    # elements changed since the kept build; None: any may have (nothing per element)
    changed: set | None = None
    new_layouts: dict[str, bytes] = field(default_factory=dict)
    new_tooltips: dict[str, str] = field(default_factory=dict)
    new_graphml: dict[Any, tuple[str, tuple]] = field(default_factory=dict)
    new_edge_tooltips: dict[tuple, tuple[tuple, str]] = field(default_factory=dict)
    new_titles: dict[str, str] = field(default_factory=dict)
    taken: dict[str, int] = field(default_factory=dict)  # what was taken, per kind (not kept)

    def took(self, kind: str, count: int = 1) -> None:
        """Count ``count`` kept texts of ``kind`` taken."""
        self.taken[kind] = self.taken.get(kind, 0) + count

    def since(self, reports: list[str], changed: set | None) -> None:
        """Say which elements changed since the build of ``reports`` (an update's
        continued builder); per element nothing is taken from a memo of another build."""
        self.changed = set(changed) if changed is not None and reports == self.reports else None

    def unchanged(self, item: Any) -> bool:
        """Whether the kept text of ``item`` (a node id or ``(u, v, key)``) may be taken."""
        return self.changed is not None and item not in self.changed

    def tooltip_reuse(self, titles: dict[str, str]) -> bool:
        """Whether kept tooltips may be taken: some elements are known to be unchanged
        and every report the kept ones could cite has the title it had."""
        if self.changed is None:
            return False
        return all(titles.get(rid) == title for rid, title in self.titles.items())

    def force_layout(self, key: str, compute: Callable[[], Any]) -> Any:
        """The force layout of input digest ``key``: kept, else ``compute()`` (a numpy
        array of positions, kept bit for bit)."""
        import numpy as np

        kept = self.layouts.get(key) or self.new_layouts.get(key)
        if kept is not None:
            positions = np.frombuffer(kept, dtype=np.float64).reshape(-1, 2).copy()
            self.took("layout")
        else:
            positions = compute()
        self.new_layouts[key] = np.ascontiguousarray(positions, dtype=np.float64).tobytes()
        return positions

    @classmethod
    def load(cls, folder: Path) -> OutputMemo:
        """The memo kept in ``folder`` (a build's cache), or an empty one."""
        from aikg.graph.incremental.stamped import read_pickled

        data = read_pickled(Path(folder) / MEMO_FILE, _FORMAT, outputs_version())
        if not isinstance(data, dict):
            return cls()
        return cls(
            data["reports"],
            data["layouts"],
            data["tooltips"],
            data["titles"],
            data["graphml"],
            data["edge_tooltips"],
        )

    def save(self, folder: Path, reports: list[str]) -> None:
        """Keep what this build's outputs used (for the build of ``reports``)."""
        from aikg.graph.incremental.stamped import write_pickled

        data = {
            "reports": list(reports),
            "layouts": self.new_layouts,
            "tooltips": self.new_tooltips,
            "titles": self.new_titles,
            "graphml": self.new_graphml,
            "edge_tooltips": self.new_edge_tooltips,
        }
        write_pickled(Path(folder) / MEMO_FILE, _FORMAT, outputs_version(), data)
